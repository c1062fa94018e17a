import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';

/**
 * A client that keeps a connection open between requests (every HTTP client does: browsers, Node's agent, load balancers)
 * must never have it closed under a request it is sending. Node closes an idle connection after 5 s by default, which is
 * exactly when Node's own agent and Playwright would reuse it: the request is reset (ECONNRESET, or a 502 from a proxy
 * whose idle timeout is 60 s). The server keeps idle connections longer than the clients in front of it, and says so.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

/** Sends one request on the socket and resolves with the head of its answer (status line and headers). */
function exchange(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (socket.readyState !== 'open') return reject(new Error(`the server closed the idle connection (${socket.readyState})`));
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = received.slice(0, end);
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
      if (received.length - end - 4 < length) return;
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(head);
    };
    const onClose = () => reject(new Error(`the server closed the connection (received ${JSON.stringify(received)})`));
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
  });
}

it('keeps an idle keep-alive connection past 5 s and serves the next request on it', async () => {
  const { port } = new URL(app.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  try {
    const first = await exchange(socket, '/healthz');
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    // The hint clients such as undici follow: at least a load balancer's usual 60 s.
    const hinted = Number(/keep-alive: timeout=(\d+)/i.exec(first)?.[1]);
    expect(hinted).toBeGreaterThanOrEqual(60);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await exchange(socket, '/healthz')).toMatch(/^HTTP\/1\.1 200/);
  } finally {
    socket.destroy();
  }
}, 30_000);
