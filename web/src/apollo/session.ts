import { cookies } from 'next/headers';
import { endpointFromEnvironment, graphqlHttpUrl } from './endpoint';

/** The API's session cookie (server/src/graphql/context.ts); httpOnly, so only this server and the API read it. */
export const SESSION_COOKIE = 'elevate_session';

/** On the dashboard's server: the session token the browser sent, or null. It never goes into what the page renders. */
export async function sessionToken(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

/** The cookie header that carries `token` to the API. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
}

/**
 * Where this server reaches the API. ELEVATE_API_INTERNAL_URL when the browser's address of the API is not reachable
 * from here (behind a proxy, in the compose file's network); otherwise the browser's address, or 127.0.0.1 at its port.
 */
export function serverGraphqlUrl(): string {
  return process.env.ELEVATE_API_INTERNAL_URL || graphqlHttpUrl(endpointFromEnvironment());
}
