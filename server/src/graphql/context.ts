import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookies } from 'cookie';
import type { Caller } from '../modules/access/caller';
import type { Services } from '../composition';

export const SESSION_COOKIE = 'elevate_session';

export interface GraphQLContext {
  services: Services;
  caller: Caller;
  /** The bearer token presented in a header or connectionParams (never the cookie's: scripts must not see that one). */
  token: string | null;
  /** A token was presented but is unknown, expired or revoked. */
  invalidToken: boolean;
  /** HTTP only: sets or clears the dashboard's httpOnly session cookie. */
  cookies?: { set(token: string, expiresAt: Date): void; clear(): void };
}

/** The token from `Authorization: Bearer …`, a graphql-ws connectionParams.authorization, or the session cookie. */
export function tokenFrom(
  headers: IncomingHttpHeaders,
  connectionAuthorization?: unknown,
): { token: string; source: 'bearer' | 'cookie' } | null {
  const authorization =
    typeof connectionAuthorization === 'string' ? connectionAuthorization : (headers.authorization as string | undefined);
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const token = match ? match[1] : authorization.trim();
    return token ? { token, source: 'bearer' } : null;
  }
  const cookieHeader = headers.cookie;
  const token = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
  return token ? { token, source: 'cookie' } : null;
}

/** One context builder for HTTP requests and WebSocket operations. */
export async function buildContext(
  services: Services,
  args: {
    headers: IncomingHttpHeaders;
    remoteAddress: string | null;
    connectionAuthorization?: unknown;
    cookies?: GraphQLContext['cookies'];
  },
): Promise<GraphQLContext> {
  const presented = tokenFrom(args.headers, args.connectionAuthorization);
  const viewer = presented ? await services.auth.resolveToken(presented.token) : null;
  const userAgent = typeof args.headers['user-agent'] === 'string' ? args.headers['user-agent'].slice(0, 400) : null;
  return {
    services,
    caller: services.caller(viewer, { clientIp: args.remoteAddress, userAgent }),
    token: viewer && presented?.source === 'bearer' ? presented.token : null,
    invalidToken: Boolean(presented) && !viewer,
    cookies: args.cookies,
  };
}
