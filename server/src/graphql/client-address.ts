import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { Config } from '../config';

/**
 * The client's address, the same way for HTTP requests and WebSocket handshakes: the socket's peer, or — behind the
 * reverse proxies TRUST_PROXY names — the nearest address in X-Forwarded-For that no trusted proxy added. Sign-in
 * budgets count per client address (auth/attempt-budget.ts), so behind a proxy this must be set, or every client would
 * share the proxy's address; and only named proxies are believed, or a client could claim any address it likes.
 */
export function clientAddressResolver(trust: Config['TRUST_PROXY']): (request: IncomingMessage) => string | null {
  if (trust === undefined) return (request) => request.socket.remoteAddress ?? null;
  const trusted = typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : proxyAddr.compile(trust);
  return (request) => proxyAddr(request, trusted);
}
