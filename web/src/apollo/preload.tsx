import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import type { QueryRef } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { AwaitPreloaded } from './AwaitPreloaded';
import { possibleTypes } from './possibleTypes';
import { serverGraphqlUrl, sessionCookie, sessionToken } from './session';

/**
 * Apollo Client in React Server Components, one per request, asking the API with the browser's session cookie. Only
 * `PreloadQuery` uses it: what it reads goes to the browser's cache, never into server-rendered markup of its own.
 */
const { PreloadQuery } = registerApolloClient(async () => {
  const token = await sessionToken();
  return new ApolloClient({
    cache: new InMemoryCache({ possibleTypes }),
    link: new HttpLink({ uri: serverGraphqlUrl(), headers: token ? { cookie: sessionCookie(token) } : {}, fetchOptions: { cache: 'no-store' } }),
  });
});

/**
 * A page's main query, started on the dashboard's server as the page is asked for (in parallel with the layout), so
 * that its rows are in the first HTML instead of waiting for the scripts to load, hydrate and ask. The client view
 * below runs the same query with the same variables and finds the answer in its cache (on the server while rendering
 * the HTML, and in the browser, where the answer arrives with the page). Without a session nothing is preloaded: the
 * view asks in the browser, where an ended session leads to the sign-in page. An error is not thrown here: the view
 * asks again and shows it as it would any other.
 */
/** PreloadQuery's props: whether `variables` may be left out depends on TVariables, which a generic one cannot tell. */
type PreloadProps<TData, TVariables extends OperationVariables> = Parameters<typeof PreloadQuery<TData, TVariables>>[0];

export async function Preloaded<TData, TVariables extends OperationVariables>({
  query,
  variables,
  children,
}: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  children: ReactNode;
}) {
  if (!(await sessionToken())) return children;
  const props = {
    query,
    variables,
    errorPolicy: 'all',
    children: (queryRef: QueryRef<unknown>) => <AwaitPreloaded queryRef={queryRef}>{children}</AwaitPreloaded>,
  } as unknown as PreloadProps<TData, TVariables>;
  return <PreloadQuery {...props} />;
}
