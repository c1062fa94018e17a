import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookies } from 'cookie';
import type { Caller } from '../modules/access/caller';
import type { Services } from '../modules/services';

export const SESSION_COOKIE = 'elevate_session';

export interface GraphQLContext {
  services: Services;
  caller: Caller;
  /** The bearer token presented, if any (stepUpMfa returns it back). */
  token: string | null;
  /** A token was presented but is unknown, expired or revoked. */
  invalidToken: boolean;
  /** HTTP only: sets or clears the dashboard's httpOnly session cookie. */
  cookies?: { set(token: string, expiresAt: Date): void; clear(): void };
}

/** The token from `Authorization: Bearer …`, a graphql-ws connectionParams.authorization, or the session cookie. */
export function tokenFrom(headers: IncomingHttpHeaders, connectionAuthorization?: unknown): string | null {
  const authorization =
    typeof connectionAuthorization === 'string' ? connectionAuthorization : (headers.authorization as string | undefined);
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match ? match[1] : authorization.trim() || null;
  }
  const cookieHeader = headers.cookie;
  if (!cookieHeader) return null;
  return parseCookies(cookieHeader)[SESSION_COOKIE] ?? null;
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
  const token = tokenFrom(args.headers, args.connectionAuthorization);
  const viewer = token ? await services.auth.resolveToken(token) : null;
  const userAgent = typeof args.headers['user-agent'] === 'string' ? args.headers['user-agent'].slice(0, 400) : null;
  return {
    services,
    caller: services.caller(viewer, { clientIp: args.remoteAddress, userAgent }),
    token: viewer ? token : null,
    invalidToken: Boolean(token) && !viewer,
    cookies: args.cookies,
  };
}
