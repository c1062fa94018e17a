import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../src/db/demo-seed';
import { startTestApp, type TestApp } from './support/app';
import { wsClient, wsRequest } from './support/ws';

/**
 * R13: a WebSocket handshake or an HTTP request from an origin outside the allow-list (CORS_ORIGINS, or the dashboard's
 * origins by default) is refused before anything runs — with the victim's session cookie, or with a bearer token. A
 * browser always names the page's origin on a WebSocket handshake and on a POST; clients that are not browsers (scripts,
 * curl, other servers) send no Origin and are not affected.
 */

const ALLOWED = 'http://localhost:3000';
const FOREIGN = ['http://evil.example', 'null', 'http://localhost:3000.evil.example', 'https://localhost:3000', 'http://localhost:3001'];
const SIGN_OUT = 'mutation { signOut }';
const ME = '{ me { email } }';

interface Refusal {
  status: number;
  body: string;
}

/** A raw handshake, as a browser page would make it: resolves with the HTTP answer when the upgrade is refused. */
function handshake(url: string, headers: Record<string, string>): Promise<Refusal | 'open'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', (error) => reject(error));
  });
}

function expectForbiddenJson(label: string, status: number, body: string) {
  expect(status, `${label}: ${body}`).toBe(403);
  const parsed = JSON.parse(body) as { errors?: { message: string; extensions?: { code?: string } }[] };
  expect(parsed.errors?.[0]?.extensions?.code, `${label}: ${body}`).toBe('FORBIDDEN');
  expect(parsed.errors?.[0]?.message, label).toMatch(/origin/i);
}

describe('cross-site requests (R13)', () => {
  let t: TestApp;
  let cookie: string;
  let token: string;
  const wsUrl = () => t.url;

  /** The cookie's session still answers `me`: nothing signed it out. */
  const stillSignedIn = async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ME }),
    });
    return ((await response.json()) as { data?: { me?: { email: string } } }).data?.me?.email;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  // Each test has its own session: one that a hijack signed out must not fail the next test.
  beforeEach(async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: 'alice@contoso.test', p: DEMO_PASSWORD } }),
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('elevate_session='));
    if (!set) throw new Error('no session cookie');
    cookie = set.split(';')[0];
    token = ((await response.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
  });
  afterAll(async () => t?.stop());

  describe('WebSocket', () => {
    it('refuses the handshake from a foreign origin carrying the session cookie, with 403 and a FORBIDDEN error', async () => {
      for (const origin of FOREIGN) {
        const answer = await handshake(wsUrl(), { origin, cookie });
        expect(answer, `${origin}: the handshake was accepted`).not.toBe('open');
        const refusal = answer as Refusal;
        expectForbiddenJson(`handshake from ${origin}`, refusal.status, refusal.body);
      }
    });

    it('runs nothing for a foreign page: neither a query nor a mutation reaches the session', async () => {
      const client = wsClient(wsUrl(), undefined, { headers: { origin: 'http://evil.example', cookie } });
      try {
        const me = await wsRequest(client, ME).then(
          (result) => result,
          (error: Error) => ({ refused: error.message }),
        );
        expect(JSON.stringify(me)).not.toContain('alice@contoso.test');
        const signOut = await wsRequest(client, SIGN_OUT).then(
          (result) => result,
          (error: Error) => ({ refused: error.message }),
        );
        expect(signOut, 'signOut answered over a hijacked socket').toHaveProperty('refused');
      } finally {
        await client.dispose();
      }
      expect(await stillSignedIn(), 'the foreign page signed the victim out').toBe('alice@contoso.test');
    });

    it('refuses a bearer token from a foreign origin too (a browser page is never a script)', async () => {
      const answer = await handshake(wsUrl(), { origin: 'http://evil.example' });
      expect(answer).not.toBe('open');
      expect((answer as Refusal).status).toBe(403);
    });

    it('accepts the dashboard’s origin with the cookie, and clients that send no origin', async () => {
      const dashboard = wsClient(wsUrl(), undefined, { headers: { origin: ALLOWED, cookie } });
      const script = wsClient(wsUrl(), token);
      try {
        expect(await wsRequest(dashboard, ME)).toEqual({ data: { me: { email: 'alice@contoso.test' } } });
        expect(await wsRequest(script, ME)).toEqual({ data: { me: { email: 'alice@contoso.test' } } });
      } finally {
        await dashboard.dispose();
        await script.dispose();
      }
    });
  });

  describe('HTTP', () => {
    const post = (headers: Record<string, string>, query: string) =>
      fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

    it('refuses POST /graphql from a foreign origin with the cookie before the operation runs', async () => {
      for (const origin of FOREIGN) {
        const response = await post({ origin, cookie }, SIGN_OUT);
        expectForbiddenJson(`POST from ${origin}`, response.status, await response.text());
        expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      }
      expect(await stillSignedIn(), 'a foreign POST signed the victim out').toBe('alice@contoso.test');
    });

    it('refuses a foreign origin with a bearer token, and a foreign preflight', async () => {
      const response = await post({ origin: 'http://evil.example', authorization: `Bearer ${token}` }, ME);
      expectForbiddenJson('bearer from a foreign origin', response.status, await response.text());
      const preflight = await fetch(t.url, {
        method: 'OPTIONS',
        headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('refuses GET /audit/export from a foreign origin before anything is read', async () => {
      const exportUrl = t.url.replace(/\/graphql$/, '/audit/export?format=ndjson');
      const response = await fetch(exportUrl, { headers: { origin: 'http://evil.example', cookie } });
      expectForbiddenJson('export from a foreign origin', response.status, await response.text());
      const ours = await fetch(exportUrl, { headers: { origin: ALLOWED, cookie } });
      expect(ours.status).toBe(200);
      await ours.text();
    });

    it('answers the dashboard’s origin and requests without an origin', async () => {
      const dashboard = await post({ origin: ALLOWED, cookie }, ME);
      expect(dashboard.status).toBe(200);
      expect(await dashboard.json()).toEqual({ data: { me: { email: 'alice@contoso.test' } } });
      const script = await post({ authorization: `Bearer ${token}` }, ME);
      expect(await script.json()).toEqual({ data: { me: { email: 'alice@contoso.test' } } });
    });
  });
});
