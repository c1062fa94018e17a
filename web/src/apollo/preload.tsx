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

/** A query to start on the server, with the variables its view will ask it with. */
export interface Preload {
  query: TypedDocumentNode<unknown, never>;
  variables: OperationVariables;
}

/** One query of `Preloaded`, typed: the variables are those of the document. */
export function preload<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables): Preload {
  return { query, variables } as unknown as Preload;
}

/** PreloadQuery's props: whether `variables` may be left out depends on the document, which a generic one cannot tell. */
type PreloadProps = Parameters<typeof PreloadQuery<unknown, OperationVariables>>[0];

/**
 * A page's queries, started on the dashboard's server as the page is asked for (all at once, in parallel with the
 * layout), so that its rows are in the first HTML instead of waiting for the scripts to load, hydrate and ask. The
 * client views below run the same queries with the same variables and find the answers in their cache (on the server
 * while rendering the HTML, and in the browser, where the answers arrive with the page); they still ask again once
 * mounted (cache-and-network), which also covers what changed before their subscriptions started. Without a session
 * nothing is preloaded: the views ask in the browser, where an ended session leads to the sign-in page. An error is not
 * thrown here: the view asks again and shows it as it would any other.
 *
 * Put no `<Suspense>` above it in a page: the server then waits for the answers (tens of milliseconds) and sends the rows
 * in the page's first HTML, where they are parsed and painted with the frame. Inside a boundary they come in a later chunk
 * that React reveals only on an animation frame, which the browser gives after it has run the page's scripts: on two
 * cores that cost 300–500 ms on a first visit. On a navigation the old page stays until the new one has its data.
 */
export async function Preloaded({ queries, children }: { queries: readonly Preload[]; children: ReactNode }) {
  if (!(await sessionToken())) return children;
  return queries.reduceRight<ReactNode>((inner, { query, variables }) => {
    const props = {
      query,
      variables,
      errorPolicy: 'all',
      children: (queryRef: QueryRef<unknown>) => <AwaitPreloaded queryRef={queryRef}>{inner}</AwaitPreloaded>,
    } as unknown as PreloadProps;
    return <PreloadQuery {...props} />;
  }, children);
}
