import { ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { ApolloClient, InMemoryCache } from '@apollo/client-integration-nextjs';
import { createClient, type Client } from 'graphql-ws';
import type { ErrorCode } from '@/gql/graphql';
import { getConnectionStatus, setConnectionStatus } from './connection';
import { graphqlHttpUrl, graphqlWsUrl, type ApiEndpoint } from './endpoint';
import { possibleTypes } from './possibleTypes';


const KEEP_ALIVE_MS = 12_000;
const PONG_TIMEOUT_MS = 6_000;

/**
 * The WebSocket client (graphql-ws): lazy (connects when the first subscription starts), retried forever with
 * exponential backoff, and kept alive with pings; a pong that does not come back closes the socket so it reconnects
 * instead of hanging on a dead connection. The session cookie rides on the upgrade request.
 */
function webSocketClient(endpoint: ApiEndpoint): Client {
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let socket: WebSocket | null = null;
  return createClient({
    url: graphqlWsUrl(endpoint),
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** retries, 30_000) + Math.random() * 500)),
    on: {
      connecting: () => {
        setConnectionStatus(getConnectionStatus() === 'reconnecting' ? 'reconnecting' : 'connecting');
      },
      connected: (connected) => {
        socket = connected as WebSocket;
        setConnectionStatus('connected');
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        socket = null;
        // 1000: the lazy client closed it because no subscription needs it; anything else is a drop, retried.
        const code = (event as { code?: number } | undefined)?.code;
        setConnectionStatus(code === 1000 ? 'idle' : 'reconnecting');
      },
    },
  });
}

/** Set once the person signs out here: the page is on its way to the sign-in page already (a full navigation resets it). */
let signingOut = false;

/**
 * Called before signing out on purpose: operations still in flight then answer UNAUTHENTICATED, and must not send the
 * person to the sign-in page with a way back to where they were, racing the sign-out's own navigation.
 */
export function leavingSession(): void {
  signingOut = true;
}

/**
 * A session that ended (expired, signed out elsewhere) shows up as UNAUTHENTICATED on any operation: go to the sign-in
 * page, remembering where the user was. A full navigation also drops the cache of the old session.
 */
const PUBLIC_PAGES = ['/sign-in', '/setup', '/invitation'];

function signInRedirectLink(): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (typeof window === 'undefined' || signingOut || operation.operationName === 'SignIn') return;
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.code === ('UNAUTHENTICATED' satisfies ErrorCode))) return;
    const { pathname, search } = window.location;
    // Pages for people without a session: sign-in itself, and the setup and invitation links.
    if (PUBLIC_PAGES.some((page) => pathname.startsWith(page))) return;
    window.location.assign(`/sign-in?next=${encodeURIComponent(pathname + search)}`);
  });
}

/** Network failures of queries are retried a few times; mutations never (they are not idempotent). */
function retryLink(): ApolloLink {
  return new RetryLink({
    delay: { initial: 300, max: 3_000, jitter: true },
    attempts: { max: 3, retryIf: (error, operation) => Boolean(error) && operation.operationType === 'query' && !CombinedGraphQLErrors.is(error) },
  });
}

export function makeClientFactory(endpoint: ApiEndpoint) {
  return function makeClient() {
    const http = new HttpLink({ uri: graphqlHttpUrl(endpoint), credentials: 'include' });
    // The WebSocket link exists only in the browser; subscriptions go there, everything else over HTTP.
    const transport =
      typeof window === 'undefined'
        ? http
        : ApolloLink.split((operation) => operation.operationType === 'subscription', new GraphQLWsLink(webSocketClient(endpoint)), http);
    return new ApolloClient({
      cache: new InMemoryCache({
        possibleTypes,
        typePolicies: {
          // A listed assignment row depends on the list it came from (inheritedFrom, viaGroup, state as of an instant),
          // so rows are kept inside their list instead of being merged by id.
          RoleAssignment: { keyFields: false },
          // One answer per viewer, read in parts (the navigation's flags, a page's few): parts merge into one object.
          ViewerCapabilities: { merge: true },
        },
      }),
      link: ApolloLink.from([signInRedirectLink(), retryLink(), transport]),
      defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
    });
  };
}
