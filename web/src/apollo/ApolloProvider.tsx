'use client';

import { ApolloNextAppProvider } from '@apollo/client-integration-nextjs';
import { useMemo, type ReactNode } from 'react';
import type { ApiEndpoint } from './endpoint';
import { makeClientFactory } from './makeClient';

/** Apollo Client for every Client Component, made once per browser tab (and once per SSR request). */
export function ElevateApolloProvider({ endpoint, children }: { endpoint: ApiEndpoint; children: ReactNode }) {
  const { apiUrl, apiPort } = endpoint;
  const makeClient = useMemo(() => makeClientFactory({ apiUrl, apiPort }), [apiUrl, apiPort]);
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
