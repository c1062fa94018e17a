'use client';

import { ApolloNextAppProvider } from '@apollo/client-integration-nextjs';
import { disableFragmentWarnings } from 'graphql-tag';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ApiEndpoint } from './endpoint';
import { makeClientFactory } from './makeClient';

// A preloaded query (src/apollo/preload.tsx) reaches this client as text that the integration parses twice, printed
// differently, which graphql-tag takes for two fragments of one name and warns about once per fragment. Our fragment
// names are unique already (GraphQL Code Generator refuses duplicates).
disableFragmentWarnings();

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
