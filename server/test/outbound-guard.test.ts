import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundGuard, OutboundRefused, type HostResolver } from '../src/lib/outbound';

/** The outbound guard on its own (R14): address classes, and requests to a real local HTTP server. */
describe('the outbound guard', () => {
  let server: Server;
  let port: number;
  let connections = 0;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      if (req.url === '/slow') return void setTimeout(() => res.writeHead(204).end(), 2000);
      if (req.url === '/big') return void res.writeHead(200).end('x'.repeat(10_000));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('by default reaches only global unicast addresses; IPv4 inside IPv6 is judged as the IPv4 it carries', () => {
    const guard = new OutboundGuard({ allowPrivate: false });
    const refused = [
      '127.0.0.1', '127.255.0.9', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1',
      '100.127.255.254', '0.0.0.0', '0.1.2.3', '255.255.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1', '192.0.0.170',
      '192.0.2.1', '198.18.0.1', '::1', '::', 'fe80::1', 'fc00::1', 'fdff::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe',
      '::ffff:10.0.0.1', '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '2001::1', '2001:db8::1', 'fec0::1',
    ];
    for (const address of refused) expect(guard.refusal(address), address).not.toBeNull();
    for (const address of ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '::ffff:93.184.215.14', '64:ff9b::808:808']) {
      expect(guard.refusal(address), address).toBeNull();
    }
    expect(guard.refusal('169.254.169.254')).toMatch(/link-local/);
    expect(guard.refusal('::ffff:7f00:1')).toMatch(/127\.0\.0\.1.*loopback/);
  });

  it('OUTBOUND_ALLOW_PRIVATE lets loopback, private, link-local, unique local and CGNAT through, never unspecified, multicast or broadcast', () => {
    const guard = new OutboundGuard({ allowPrivate: true });
    for (const address of ['127.0.0.1', '10.0.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '8.8.8.8']) {
      expect(guard.refusal(address), address).toBeNull();
    }
    for (const address of ['0.0.0.0', '::', '224.0.0.1', 'ff02::1', '255.255.255.255']) expect(guard.refusal(address), address).not.toBeNull();
  });

  it('refuses before connecting: a literal loopback address, localhost by the system resolver, a scheme other than http(s)', async () => {
    const guard = new OutboundGuard({ allowPrivate: false });
    const before = connections;
    for (const url of [`http://127.0.0.1:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, `http://localhost:${port}/`, `http://2130706433:${port}/`]) {
      await expect(guard.request(url, { method: 'GET', timeoutMs: 2000 }), url).rejects.toBeInstanceOf(OutboundRefused);
    }
    await expect(guard.request(`ftp://127.0.0.1:${port}/`, { method: 'GET', timeoutMs: 2000 })).rejects.toBeInstanceOf(OutboundRefused);
    await expect(guard.checkUrl(new URL(`http://localhost:${port}/`), 2000)).rejects.toThrow(/localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(connections).toBe(before);
    expect(received).toHaveLength(0);
  });

  it('connects to the address its own look-up checked: the resolver is asked once per request, and a name it maps to loopback arrives', async () => {
    let asked = 0;
    let answer = '127.0.0.1';
    const resolve: HostResolver = async () => {
      asked += 1;
      return [{ address: answer, family: 4 }];
    };
    const open = new OutboundGuard({ allowPrivate: true, resolve });
    const response = await open.request(`http://api.elevate.test:${port}/named`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, timeoutMs: 2000, maxResponseBytes: 1000 });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('{"ok":true}');
    expect(received).toContain('POST /named');
    expect(asked).toBe(1);

    const strict = new OutboundGuard({ allowPrivate: false, resolve });
    answer = '93.184.215.14';
    await expect(strict.checkUrl(new URL('https://api.elevate.test/'), 2000)).resolves.toBeUndefined();
    answer = '127.0.0.1';
    const before = connections;
    const refused = await strict.request(`http://api.elevate.test:${port}/rebound`, { method: 'POST', body: '{}', timeoutMs: 2000 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OutboundRefused);
    expect(String((refused as Error).message)).toBe('api.elevate.test resolves to 127.0.0.1, a loopback address');
    expect(connections).toBe(before);
    expect(received).not.toContain('POST /rebound');
  });

  it('registration does not refuse a name that does not resolve (delivery resolves again), nor a public one', async () => {
    const guard = new OutboundGuard({ allowPrivate: false, resolve: async () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })) });
    await expect(guard.checkUrl(new URL('https://not-yet.example.com/hook'), 2000)).resolves.toBeUndefined();
    await expect(guard.checkUrl(new URL('https://93.184.215.14/hook'), 2000)).resolves.toBeUndefined();
    await expect(guard.checkUrl(new URL('gopher://93.184.215.14/hook'), 2000)).rejects.toBeInstanceOf(OutboundRefused);
  });

  it('bounds the exchange: a deadline for the whole request, a limit on the response body', async () => {
    const guard = new OutboundGuard({ allowPrivate: true });
    await expect(guard.request(`http://127.0.0.1:${port}/slow`, { method: 'GET', timeoutMs: 200 })).rejects.toThrow('timed out after 200 ms');
    await expect(guard.request(`http://127.0.0.1:${port}/big`, { method: 'GET', timeoutMs: 2000, maxResponseBytes: 1000 })).rejects.toThrow('the response is larger than 1000 bytes');
    const discarded = await guard.request(`http://127.0.0.1:${port}/big`, { method: 'GET', timeoutMs: 2000 });
    expect(discarded.status).toBe(200);
    expect(discarded.body).toHaveLength(0);
  });
});
