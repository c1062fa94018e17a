import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/demo-seed';
import { startTestApp, type TestApp } from './support/app';

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

/** The client address that sign-in budgets and audit record: X-Forwarded-For only from the proxies TRUST_PROXY names. */
describe.each([
  ['TRUST_PROXY unset: the header is a client’s claim and is ignored', undefined, '127.0.0.1'],
  ['TRUST_PROXY=loopback: the proxy on loopback is believed', 'loopback', '203.0.113.7'],
])('%s', (_name, trust, expected) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false', ...(trust ? { TRUST_PROXY: trust } : {}) } });
  });
  afterAll(async () => t?.stop());

  it('records the address of the client behind it', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: 'carol@contoso.test', password: DEMO_PASSWORD } }),
    });
    expect(((await response.json()) as { data?: unknown }).data).toBeTruthy();
    const [event] = await t.sql<{ client_ip: string }>("SELECT client_ip FROM audit_event WHERE action = 'auth.sign_in' ORDER BY seq DESC LIMIT 1");
    expect(event.client_ip.replace(/^::ffff:/, '')).toBe(expected);
  });
});
