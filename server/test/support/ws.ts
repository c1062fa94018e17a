import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface WsResult {
  data?: Record<string, unknown> | null;
  /** Errors of the result, or the errors the server answered the subscribe message with. */
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A graphql-ws client on the API's endpoint (same path and port as HTTP), optionally signed in. `headers` ride on the
 * upgrade request, as a browser's Origin and Cookie do.
 */
export function wsClient(httpUrl: string, token?: string, options: { headers?: Record<string, string> } = {}): Client {
  const { headers } = options;
  const webSocketImpl = headers
    ? class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      }
    : WebSocket;
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Runs one operation (a query or mutation works as well as a subscription) and collects what comes back. */
export function wsRequest(client: Client, query: string, variables?: Record<string, unknown>): Promise<WsResult> {
  return new Promise((resolve, reject) => {
    let result: WsResult | null = null;
    const timer = setTimeout(() => reject(new Error(`no answer over WebSocket to ${query.slice(0, 80)}`)), 10_000);
    client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (value) => {
          result = { data: value.data ?? null, errors: value.errors as WsResult['errors'] };
        },
        error: (error) => {
          clearTimeout(timer);
          if (Array.isArray(error)) resolve({ errors: error as WsResult['errors'] });
          else if (error instanceof Error) reject(error);
          else {
            const close = error as { code?: number; reason?: string };
            reject(new Error(`the server closed the WebSocket (${close.code ?? '?'} ${close.reason ?? ''}) instead of answering`));
          }
        },
        complete: () => {
          clearTimeout(timer);
          resolve(result ?? {});
        },
      },
    );
  });
}
