'use client';

import { ApolloNextAppProvider } from '@apollo/client-integration-nextjs';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ApiEndpoint } from './endpoint';
import { makeClientFactory } from './makeClient';

const EndpointContext = createContext<ApiEndpoint>({ apiUrl: null, apiPort: '4000' });

/** Where the API is, for the few plain HTTP links beside GraphQL (the audit download). */
export function useApiEndpoint(): ApiEndpoint {
  return useContext(EndpointContext);
}

/** Apollo Client for every Client Component, made once per browser tab (and once per SSR request). */
export function ElevateApolloProvider({ endpoint, children }: { endpoint: ApiEndpoint; children: ReactNode }) {
  const { apiUrl, apiPort } = endpoint;
  const makeClient = useMemo(() => makeClientFactory({ apiUrl, apiPort }), [apiUrl, apiPort]);
  return (
    <EndpointContext.Provider value={endpoint}>
      <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>
    </EndpointContext.Provider>
  );
}
