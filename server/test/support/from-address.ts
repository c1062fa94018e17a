import { request } from 'node:http';
import type { GraphQLResponse, TestApp } from './app';

/**
 * A POST /graphql over real HTTP from a chosen local address: every 127.x.y.z is this machine's loopback, so a test can
 * be several clients at different addresses (a stranger at one, the account's owner at another) without a proxy.
 */
export function clientAt(t: TestApp, localAddress: string) {
  const target = new URL(t.url);
  return <T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          localAddress,
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResponse<T>;
              resolve({ ...parsed, status: response.statusCode ?? 0 });
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
}
