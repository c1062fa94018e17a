import { lookup } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';
import { startWebhookSink, verifySignature } from './support/sinks';

const CREATE = 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url } } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { id url } }';
const DELIVERIES = 'query($id: ID!) { webhookDeliveries(webhookId: $id) { status attempts lastStatusCode lastError } }';
/** Global unicast addresses: what a name on the internet resolves to. Nothing here ever connects to them. */
const PUBLIC_V4 = '93.184.215.14';
const PUBLIC_V6 = '2606:2800:21f:cb07:6820:80da:af6b:8b2c';

type Gql = { errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

/**
 * Names the test controls, answered by the resolver the composition root hands the outbound guard; every other name goes
 * to the system's resolver (so `localhost` is real DNS). `asked` counts the look-ups per name.
 */
function controlledDns() {
  const names = new Map<string, string[]>();
  const asked = new Map<string, number>();
  const resolveHost = async (hostname: string) => {
    asked.set(hostname, (asked.get(hostname) ?? 0) + 1);
    const answer = names.get(hostname);
    if (!answer) return lookup(hostname, { all: true, verbatim: true });
    return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { names, asked, resolveHost };
}

/** R14 with the default configuration (OUTBOUND_ALLOW_PRIVATE unset): only public addresses are reached. */
describe('R14: outbound requests reach public addresses only', () => {
  const dns = controlledDns();
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startWebhookSink>>;
  let admin: string;
  const counts = async () =>
    (await t.sql<{ webhooks: number; audit: number }>('SELECT (SELECT count(*) FROM webhook)::int AS webhooks, (SELECT count(*) FROM audit_event)::int AS audit'))[0];
  const refusal = (result: Gql) => ({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field });
  const eligibleAssignment = async (name: string) =>
    adminAssign(t, admin, {
      principalId: await addUser(t, name, `${name.toLowerCase().replace(/\W+/g, '.')}@contoso.test`),
      roleId: await t.ids.role('Reports Reader'),
      scopeId: await t.ids.scope('/'),
      type: 'ELIGIBLE',
    });

  beforeAll(async () => {
    sink = await startWebhookSink();
    t = await startTestApp({ config: { JOBS: 'false' }, resolveHost: dns.resolveHost });
    admin = await t.signIn('admin@contoso.test');
    // Her break-glass sign-in notice (she is a permanent Global Administrator) goes first: the tests count their own.
    await t.app.services.notifications.delivery.deliverDue();
  });
  afterAll(async () => {
    await t?.stop();
    await sink?.stop();
  });

  it('refuses every forbidden address form at registration and on update: BAD_USER_INPUT on url, nothing written', async () => {
    const forbidden = [
      `http://127.0.0.1:5488`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://0.0.0.0/',
      'http://10.0.0.1/hook',
      'http://172.16.5.4/hook',
      'https://192.168.1.1/hook',
      'http://100.64.0.1/',
      'http://[fc00::1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a9fe:a9fe]/',
      'http://[::]/',
      'http://224.0.0.1/',
      'http://255.255.255.255/',
      'http://[ff02::1]/',
      'http://[64:ff9b::7f00:1]/',
      'http://192.0.0.170/',
    ];
    dns.names.set('hooks.public.test', [PUBLIC_V4]);
    const kept = await t.gql<{ createWebhook: { webhook: { id: string; url: string } } }>(admin, CREATE, {
      input: { url: 'https://hooks.public.test/elevate', events: ['APPROVAL_REMINDER'] },
    });
    expect(kept.errors).toBeUndefined();
    const { id, url } = kept.data!.createWebhook.webhook;
    const before = await counts();
    for (const candidate of forbidden) {
      expect(refusal(await t.gql(admin, CREATE, { input: { url: candidate, events: ['APPROVED'] } })), candidate).toEqual({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(refusal(await t.gql(admin, UPDATE, { id, input: { url: candidate } })), candidate).toEqual({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const said = (await t.gql<Gql>(admin, CREATE, { input: { url: 'http://169.254.169.254/latest/meta-data/', events: ['APPROVED'] } })).errors![0].message;
    expect(said).toMatch(/169\.254\.169\.254.*link-local/);
    expect(await counts()).toEqual(before);
    expect((await t.sql<{ url: string }>('SELECT url FROM webhook WHERE id = $1', [id]))[0].url).toBe(url);
    expect((await t.gql(admin, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id })).errors).toBeUndefined();
  });

  it('refuses a host name that resolves to a forbidden address: localhost by the system resolver, and a name with any private address', async () => {
    dns.names.set('mixed.test', [PUBLIC_V4, '10.1.2.3']);
    dns.names.set('mapped.test', [PUBLIC_V6, '::ffff:169.254.169.254']);
    const before = await counts();
    for (const url of [`http://localhost:${sink.port}/hook`, 'https://mixed.test/hook', 'https://mapped.test/hook']) {
      const result = await t.gql<Gql>(admin, CREATE, { input: { url, events: ['APPROVED'] } });
      expect(refusal(result), url).toEqual({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(result.errors![0].message, url).toMatch(/resolves to/);
    }
    expect(await counts()).toEqual(before);
    expect(sink.hooks).toHaveLength(0);
  });

  it('DNS rebinding: a name public at registration and loopback at delivery is refused at the connection, recorded, and retried later', async () => {
    dns.names.set('rebind.test', [PUBLIC_V4]);
    const created = await t.gql<{ createWebhook: { webhook: { id: string } } }>(admin, CREATE, {
      input: { url: `http://rebind.test:${sink.port}/rebind`, events: ['ELIGIBLE_ASSIGNED'] },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createWebhook.webhook.id;
    dns.names.set('rebind.test', ['127.0.0.1']);
    const askedBefore = dns.asked.get('rebind.test') ?? 0;
    await eligibleAssignment('Rita Rebind');
    // Sent: the holder's email (logged, as no SMTP_URL is set); failed: the webhook.
    expect(await t.app.services.notifications.delivery.deliverDue()).toEqual({ sent: 1, failed: 1 });
    expect(sink.hooks).toHaveLength(0);
    // One look-up for the one connection: the address checked is the address connected to.
    expect((dns.asked.get('rebind.test') ?? 0) - askedBefore).toBe(1);
    const [row] = (await t.gql<{ webhookDeliveries: Record<string, unknown>[] }>(admin, DELIVERIES, { id })).data!.webhookDeliveries;
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
    expect(row.lastError).toMatch(/refused.*rebind\.test.*127\.0\.0\.1.*loopback/);
    expect((await t.gql(admin, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id })).errors).toBeUndefined();
  });

  it('a forbidden literal address stored before the guard existed is refused at delivery and recorded', async () => {
    dns.names.set('legacy.test', [PUBLIC_V4]);
    const created = await t.gql<{ createWebhook: { webhook: { id: string } } }>(admin, CREATE, { input: { url: 'https://legacy.test/hook', events: ['ELIGIBLE_ASSIGNED'] } });
    const id = created.data!.createWebhook.webhook.id;
    await t.sql('UPDATE webhook SET url = $2 WHERE id = $1', [id, `${sink.url}/legacy`]);
    await eligibleAssignment('Lena Legacy');
    expect(await t.app.services.notifications.delivery.deliverDue()).toEqual({ sent: 1, failed: 1 });
    expect(sink.hooks).toHaveLength(0);
    const [row] = (await t.gql<{ webhookDeliveries: Record<string, unknown>[] }>(admin, DELIVERIES, { id })).data!.webhookDeliveries;
    expect(row.lastError).toMatch(/refused.*127\.0\.0\.1.*loopback/);
    expect((await t.gql(admin, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id })).errors).toBeUndefined();
  });
});

describe('R14 with OUTBOUND_ALLOW_PRIVATE=true (tests and local development)', () => {
  const dns = controlledDns();
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startWebhookSink>>;
  let admin: string;

  beforeAll(async () => {
    sink = await startWebhookSink();
    t = await startTestApp({ config: { JOBS: 'false', OUTBOUND_ALLOW_PRIVATE: 'true' }, resolveHost: dns.resolveHost });
    admin = await t.signIn('admin@contoso.test');
    // Her break-glass sign-in notice (she is a permanent Global Administrator) goes first: the tests count their own.
    await t.app.services.notifications.delivery.deliverDue();
  });
  afterAll(async () => {
    await t?.stop();
    await sink?.stop();
  });

  it('local sinks get signed deliveries, by literal address and by a name the guard resolves; redirects are not followed', async () => {
    dns.names.set('sink.elevate.test', ['127.0.0.1']);
    const secrets: Record<string, string> = {};
    const ids: Record<string, string> = {};
    for (const [name, url] of [
      ['literal', `${sink.url}/literal`],
      ['named', `http://sink.elevate.test:${sink.port}/named`],
      ['redirect', `${sink.url}/redirect`],
    ]) {
      const created = await t.gql<{ createWebhook: { secret: string; webhook: { id: string } } }>(admin, CREATE, { input: { url, events: ['ELIGIBLE_ASSIGNED'] } });
      expect(created.errors, name).toBeUndefined();
      secrets[name] = created.data!.createWebhook.secret;
      ids[name] = created.data!.createWebhook.webhook.id;
    }
    sink.redirects['/redirect'] = `${sink.url}/followed`;
    await adminAssign(t, admin, {
      principalId: await addUser(t, 'Lola Local', 'lola.local@contoso.test'),
      roleId: await t.ids.role('Reports Reader'),
      scopeId: await t.ids.scope('/'),
      type: 'ELIGIBLE',
    });
    // Sent: two webhooks and the holder's email (logged, as no SMTP_URL is set); failed: the redirect.
    expect(await t.app.services.notifications.delivery.deliverDue()).toEqual({ sent: 3, failed: 1 });
    expect(sink.hooks.map((hook) => hook.path).sort()).toEqual(['/literal', '/named', '/redirect']);
    for (const hook of sink.hooks.filter((h) => h.path !== '/redirect')) {
      const name = hook.path.slice(1);
      expect(verifySignature(secrets[name], hook.body, hook.headers['x-elevate-signature'] as string), name).toBe(true);
    }
    expect(sink.hooks.find((hook) => hook.path === '/named')!.headers.host).toBe(`sink.elevate.test:${sink.port}`);
    const [redirected] = (await t.gql<{ webhookDeliveries: Record<string, unknown>[] }>(admin, DELIVERIES, { id: ids.redirect })).data!.webhookDeliveries;
    expect(redirected).toMatchObject({ status: 'PENDING', lastStatusCode: 302, lastError: 'HTTP 302' });
  });

  it('never a destination even so: the unspecified address, multicast, broadcast', async () => {
    for (const url of [`http://0.0.0.0:${sink.port}/`, 'http://[::]/', 'http://224.0.0.1/', 'http://255.255.255.255/', 'http://[ff02::1]/']) {
      const result = await t.gql<Gql>(admin, CREATE, { input: { url, events: ['APPROVED'] } });
      expect(result.errors?.[0]?.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
  });
});
