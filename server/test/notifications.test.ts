import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { ManualClock } from './support/clock';
import { logger, setLogLevel } from '../src/lib/logger';
import { writeAudit } from '../src/modules/audit/audit.writer';
import { systemActor } from '../src/modules/auth/viewer';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';
import { settle, subscribe } from './support/live';
import { startSmtpSink, startWebhookSink, verifySignature } from './support/sinks';
import { wsClient } from './support/ws';

const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }';
const APPROVE = 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "fine") { id status } }';
const CREATE_WEBHOOK = 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events } } }';
const INBOX = 'query($unread: Boolean) { unreadNotificationCount notifications(first: 20, unreadOnly: $unread) { totalCount edges { node { id event title body link requestId readAt } } } }';
const WEB = 'http://elevate.test:3000';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Inbox {
  unreadNotificationCount: number;
  notifications: { totalCount: number; edges: { node: { id: string; event: string; title: string; body: string; link: string; requestId: string | null; readAt: string | null } }[] };
}

/** Notifications with real parts: an SMTP server, an HTTP endpoint, Postgres; the delivery worker and reminders driven by the test. */
describe('notifications', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let hooks: Awaited<ReturnType<typeof startWebhookSink>>;
  let admin: string;
  let secret: string;
  let webhookId: string;
  // The webhook sink is on loopback: allowed explicitly here (R14's refusals run with the default, in outbound.test.ts).
  const config = () => ({ JOBS: 'false', SMTP_URL: smtp.url, PUBLIC_WEB_URL: WEB, NOTIFY_RETRY_BASE_MS: '1000', OUTBOUND_ALLOW_PRIVATE: 'true' });
  const deliver = () => t.app.services.notifications.delivery.deliverDue();
  const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpSink();
    hooks = await startWebhookSink();
    t = await startTestApp({ clock, config: config() });
    admin = await t.signIn('admin@contoso.test');
    const created = await t.gql<{ createWebhook: { secret: string; webhook: { id: string } } }>(admin, CREATE_WEBHOOK, {
      input: { url: `${hooks.url}/elevate`, events: ['PENDING_APPROVAL', 'APPROVED', 'ACTIVATED', 'APPROVAL_REMINDER'], description: 'SIEM' },
    });
    secret = created.data!.createWebhook.secret;
    webhookId = created.data!.createWebhook.webhook.id;
    // Ada is a break-glass account (a permanent Global Administrator): her sign-in was told to the Global
    // Administrators (test/disable-principal.test.ts). The tests below start from what they do themselves.
    await deliver();
    smtp.mails.length = 0;
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
    await hooks?.stop();
  });

  it('an activation needing approval: the approver gets a mail with a deep link, an inbox item, a reminder; the webhook a signed delivery', async () => {
    expect(secret).toMatch(/^whsec_/);
    const alice = await t.signInWithMfa('alice@contoso.test');
    const asked = await t.gql<{ activateRole: { id: string; status: string } }>(alice, ACTIVATE, {
      input: { roleId: await t.ids.role('Security Administrator'), scopeId: await t.ids.scope('/'), duration: 'PT1H', justification: 'incident 42' },
    });
    const requestId = asked.data!.activateRole.id;
    expect(asked.data!.activateRole.status).toBe('PENDING_APPROVAL');
    // Nothing is sent before the worker runs; then each recipient gets one mail.
    expect(smtp.mails).toHaveLength(0);
    expect(await deliver()).toEqual({ sent: 3, failed: 0 });

    const [toBob] = mailsTo('bob@contoso.test');
    expect(toBob.subject).toBe('[Elevate] Approval needed: Alice Analyst asks for Security Administrator at /');
    expect(toBob.text).toContain(`Review in Approvals: ${WEB}/approvals`);
    expect(toBob.text).toContain('Justification: incident 42');
    expect(toBob.html).toContain(`href="${WEB}/approvals"`);
    expect(toBob.messageId).toMatch(/^<[0-9a-f-]{36}@elevate\.notifications>$/);
    const [toAlice] = mailsTo('alice@contoso.test');
    expect(toAlice.subject).toContain('Your request for Security Administrator at / awaits approval');
    expect(toAlice.text).toContain(`${WEB}/my-requests`);

    expect(hooks.hooks).toHaveLength(1);
    const [hook] = hooks.hooks;
    expect(verifySignature(secret, hook.body, hook.headers['x-elevate-signature'] as string)).toBe(true);
    expect(verifySignature('whsec_wrong', hook.body, hook.headers['x-elevate-signature'] as string)).toBe(false);
    const body = JSON.parse(hook.body) as { id: string; type: string; data: { requestId: string; principal: { email: string }; link: string } };
    expect(hook.headers['x-elevate-event']).toBe('PENDING_APPROVAL');
    expect(hook.headers['x-elevate-delivery']).toBe(body.id);
    expect(body).toMatchObject({ type: 'PENDING_APPROVAL', data: { requestId, principal: { email: 'alice@contoso.test' }, link: `${WEB}/approvals` } });

    let bob = await t.signIn('bob@contoso.test');
    const inbox = await t.gql<Inbox>(bob, INBOX, { unread: true });
    expect(inbox.data!.unreadNotificationCount).toBe(1);
    const [item] = inbox.data!.notifications.edges.map((edge) => edge.node);
    expect(item).toMatchObject({ event: 'PENDING_APPROVAL', link: '/approvals', requestId, readAt: null });

    // Halfway through the 24-hour stage timeout, bob is reminded once however often the job runs.
    clock.advance(12 * HOUR + 1000);
    expect(await t.app.services.notifications.reminders.run()).toBe(1);
    expect(await t.app.services.notifications.reminders.run()).toBe(0);
    await deliver();
    expect(mailsTo('bob@contoso.test').map((mail) => mail.subject)).toEqual([
      toBob.subject,
      '[Elevate] Reminder: Alice Analyst’s request for Security Administrator at / awaits your decision',
    ]);
    expect(hooks.hooks.map((h) => h.headers['x-elevate-event'])).toEqual(['PENDING_APPROVAL', 'APPROVAL_REMINDER']);

    bob = await t.signIn('bob@contoso.test');
    const read = await t.gql<{ markNotificationsRead: { id: string; readAt: string }[] }>(bob, 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }', { ids: [item.id] });
    expect(read.data!.markNotificationsRead[0].readAt).not.toBeNull();
    expect((await t.gql<Inbox>(bob, INBOX)).data!.unreadNotificationCount).toBe(1);
    expect((await t.gql<{ markAllNotificationsRead: number }>(bob, 'mutation { markAllNotificationsRead }')).data!.markAllNotificationsRead).toBe(1);
    expect((await t.gql<Inbox>(bob, INBOX)).data!.unreadNotificationCount).toBe(0);

    // Bob approves: alice hears it (approved, and active); the webhook gets APPROVED and ACTIVATED; bob is not told of his own act.
    const before = smtp.mails.length;
    expect((await t.gql<{ approveRequest: { status: string } }>(bob, APPROVE, { id: requestId })).data!.approveRequest.status).toBe('PROVISIONED');
    await deliver();
    const fresh = smtp.mails.slice(before);
    expect(fresh.filter((mail) => mail.to.includes('bob@contoso.test'))).toHaveLength(0);
    expect(fresh.filter((mail) => mail.to.includes('alice@contoso.test')).map((mail) => mail.subject).sort()).toEqual([
      '[Elevate] Your Security Administrator at / is active',
      '[Elevate] Your request for Security Administrator at / was approved',
    ]);
    expect(hooks.hooks.slice(2).map((h) => h.headers['x-elevate-event']).sort()).toEqual(['ACTIVATED', 'APPROVED']);
    admin = await t.signIn('admin@contoso.test');
    const deliveries = await t.gql<{ webhooks: { lastDelivery: { status: string; lastStatusCode: number } }[] }>(admin, '{ webhooks { lastDelivery { status lastStatusCode } } }');
    expect(deliveries.data!.webhooks[0].lastDelivery).toEqual({ status: 'SENT', lastStatusCode: 204 });
  });

  it('a failing endpoint is retried with backoff, then succeeds: delivered once, its results visible', async () => {
    admin = await t.signIn('admin@contoso.test');
    const flaky = await t.gql<{ createWebhook: { secret: string; webhook: { id: string } } }>(admin, CREATE_WEBHOOK, {
      input: { url: `${hooks.url}/flaky`, events: ['ELIGIBLE_ASSIGNED'] },
    });
    const id = flaky.data!.createWebhook.webhook.id;
    hooks.failures['/flaky'] = 2;
    const frank = await addUser(t, 'Frank Retry', 'frank.retry@contoso.test');
    await adminAssign(t, admin, { principalId: frank, roleId: await t.ids.role('Reports Reader'), scopeId: await t.ids.scope('/'), type: 'ELIGIBLE' });
    const onFlaky = () => hooks.hooks.filter((hook) => hook.path === '/flaky');
    await deliver();
    expect(onFlaky().map((hook) => hook.status)).toEqual([500]);
    const DELIVERIES = 'query($id: ID!) { webhookDeliveries(webhookId: $id) { id event status attempts lastStatusCode lastError nextAttemptAt sentAt } }';
    let rows = (await t.gql<{ webhookDeliveries: Record<string, unknown>[] }>(admin, DELIVERIES, { id })).data!.webhookDeliveries;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'ELIGIBLE_ASSIGNED', status: 'PENDING', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500', sentAt: null });
    expect(new Date(rows[0].nextAttemptAt as string).getTime()).toBe(clock.now().getTime() + 1000);
    // Not due yet: nothing is sent.
    await deliver();
    expect(onFlaky()).toHaveLength(1);
    clock.advance(1000);
    await deliver();
    clock.advance(1999);
    await deliver();
    expect(onFlaky()).toHaveLength(2);
    clock.advance(1);
    await deliver();
    clock.advance(60_000);
    await deliver();
    expect(onFlaky().map((hook) => hook.status)).toEqual([500, 500, 204]);
    expect(new Set(onFlaky().map((hook) => hook.headers['x-elevate-delivery'])).size).toBe(1);
    rows = (await t.gql<{ webhookDeliveries: Record<string, unknown>[] }>(admin, DELIVERIES, { id })).data!.webhookDeliveries;
    expect(rows[0]).toMatchObject({ status: 'SENT', attempts: 3, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
    expect(verifySignature(flaky.data!.createWebhook.secret, onFlaky()[2].body, onFlaky()[2].headers['x-elevate-signature'] as string)).toBe(true);
    // Deleting a webhook takes its deliveries with it.
    expect((await t.gql<{ deleteWebhook: string }>(admin, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id })).data!.deleteWebhook).toBe(id);
    expect(await t.sql('SELECT 1 FROM notification_outbox WHERE webhook_id = $1', [id])).toHaveLength(0);
  });

  it('a change that rolls back sends nothing: no rows, no mail, no webhook, no inbox item', async () => {
    const services = t.app.services;
    const counts = async () => (await t.sql<{ o: number; i: number }>('SELECT (SELECT count(*) FROM notification_outbox)::int AS o, (SELECT count(*) FROM in_app_notification)::int AS i'))[0];
    const before = await counts();
    const mails = smtp.mails.length;
    const delivered = hooks.hooks.length;
    const alice = await t.ids.principal('alice@contoso.test');
    const leave = services.kernel.join({
      name: 'failing',
      beforeCommit: async () => {
        throw new Error('the commit fails after the outbox was written');
      },
    });
    try {
      await expect(
        services.kernel.change(async (tx) => {
          await writeAudit(tx, systemActor, services.now(), [
            { action: 'assignment.created', targetPrincipalId: alice, roleId: await t.ids.role('Reports Reader'), scopeId: await t.ids.scope('/'), after: { type: 'ELIGIBLE' } },
          ]);
        }),
      ).rejects.toThrow('the commit fails');
    } finally {
      leave();
    }
    expect(await counts()).toEqual(before);
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(mails);
    expect(hooks.hooks).toHaveLength(delivered);
  });

  it('two delivery workers on one outbox: each notification is sent exactly once', async () => {
    const second: RunningApp = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...config() } as NodeJS.ProcessEnv), t.databaseUrl, {
      clock,
      seedDemo: false,
      jobs: false,
    });
    try {
      admin = await t.signIn('admin@contoso.test');
      await deliver(); // her break-glass sign-in notice
      const start = smtp.mails.length;
      const people: string[] = [];
      for (let i = 0; i < 12; i++) people.push(await addUser(t, `Worker Test ${i}`, `worker${i}@contoso.test`));
      const roleId = await t.ids.role('Reports Reader');
      const scopeId = await t.ids.scope('/');
      for (const principalId of people) await adminAssign(t, admin, { principalId, roleId, scopeId, type: 'ELIGIBLE' });
      const [{ n }] = await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'PENDING'");
      expect(n).toBe(12);
      const results = await Promise.all([deliver(), second.services.notifications.delivery.deliverDue(), deliver(), second.services.notifications.delivery.deliverDue()]);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(12);
      const fresh = smtp.mails.slice(start);
      expect(fresh).toHaveLength(12);
      expect(new Set(fresh.map((mail) => mail.messageId)).size).toBe(12);
      expect(new Set(fresh.flatMap((mail) => mail.to))).toEqual(new Set(people.map((_, i) => `worker${i}@contoso.test`)));
      expect(fresh[0].subject).toBe('[Elevate] You are eligible for Reports Reader at /');
      expect(fresh[0].text).toContain(`Activate in My roles: ${WEB}/my-roles`);
    } finally {
      await second.stop();
    }
  });

  it('reminders 14 days and 1 day before an assignment ends, once each, and a notice when it has ended', async () => {
    admin = await t.signIn('admin@contoso.test');
    const holder = await addUser(t, 'Hana Holder', 'hana@contoso.test');
    await adminAssign(t, admin, { principalId: holder, roleId: await t.ids.role('Reports Reader'), scopeId: await t.ids.scope('/'), type: 'ELIGIBLE', duration: 'P20D' });
    const reminders = t.app.services.notifications.reminders;
    await reminders.run();
    await deliver();
    const subjects = () => mailsTo('hana@contoso.test').map((mail) => mail.subject);
    expect(subjects()).toEqual(['[Elevate] You are eligible for Reports Reader at /']);
    clock.advance(6 * DAY - 60_000);
    await reminders.run();
    await deliver();
    expect(subjects()).toHaveLength(1);
    clock.advance(2 * 60_000);
    await reminders.run();
    await reminders.run();
    await deliver();
    expect(subjects()).toEqual(['[Elevate] You are eligible for Reports Reader at /', '[Elevate] Your assignment of Reports Reader at / ends in 14 days']);
    const reminder = mailsTo('hana@contoso.test')[1];
    expect(reminder.text).toContain(`Extend in My roles: ${WEB}/my-roles`);
    // The admins of the scope hear of it too (the Global Administrator).
    expect(mailsTo('admin@contoso.test').some((mail) => mail.subject === '[Elevate] Hana Holder’s assignment of Reports Reader at / ends in 14 days')).toBe(true);
    clock.advance(13 * DAY);
    await Promise.all([reminders.run(), reminders.run()]);
    await deliver();
    expect(subjects().slice(2)).toEqual(['[Elevate] Your assignment of Reports Reader at / ends in 1 day']);
    clock.advance(DAY);
    await t.app.services.sweeper.sweep();
    await reminders.run();
    await deliver();
    expect(subjects().slice(3)).toEqual(['[Elevate] Your eligibility for Reports Reader at / has ended']);
    expect(mailsTo('hana@contoso.test')[3].text).toContain(`Renew in My roles: ${WEB}/my-roles`);
  });

  it('bad inputs get clear codes and change nothing', async () => {
    admin = await t.signIn('admin@contoso.test');
    const alice = await t.signIn('alice@contoso.test');
    const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
    const [{ n: webhooks }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM webhook');
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'not a url', 'https://user:pass@example.com/hook', '', `https://example.com/${'x'.repeat(2100)}`]) {
      expect(code(await t.gql(admin, CREATE_WEBHOOK, { input: { url, events: ['APPROVED'] } })), url).toBe('BAD_USER_INPUT');
    }
    expect(code(await t.gql(admin, CREATE_WEBHOOK, { input: { url: 'https://example.com/hook', events: [] } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, CREATE_WEBHOOK, { input: { url: 'https://example.com/hook', events: ['NOPE'] } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(alice, CREATE_WEBHOOK, { input: { url: 'https://example.com/hook', events: ['APPROVED'] } }))).toBe('FORBIDDEN');
    expect(code(await t.gql(alice, '{ webhooks { id } }'))).toBe('FORBIDDEN');
    expect(code(await t.gql(null, '{ unreadNotificationCount }'))).toBe('UNAUTHENTICATED');
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect(code(await t.gql(admin, 'mutation($id: ID!) { updateWebhook(id: $id, input: { enabled: false }) { id } }', { id: ghost }))).toBe('NOT_FOUND');
    expect(code(await t.gql(admin, 'mutation($id: ID!) { updateWebhook(id: $id, input: { url: "gopher://x" }) { id } }', { id: webhookId }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(admin, 'mutation { deleteWebhook(id: "nope") }'))).toBe('NOT_FOUND');
    expect(code(await t.gql(admin, 'query($id: ID!) { webhookDeliveries(webhookId: $id) { id } }', { id: ghost }))).toBe('NOT_FOUND');
    expect(code(await t.gql(alice, '{ notifications(first: 0) { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(alice, '{ notifications(first: 500) { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(alice, '{ notifications(after: "garbage") { totalCount } }'))).toBe('BAD_USER_INPUT');
    // Someone else's notification is not found, and marking fails as a whole.
    const [bobs] = await t.sql<{ id: string }>("SELECT n.id FROM in_app_notification n JOIN principal p ON p.id = n.principal_id WHERE p.email = 'bob@contoso.test' LIMIT 1");
    const [mine] = await t.sql<{ id: string }>("SELECT n.id FROM in_app_notification n JOIN principal p ON p.id = n.principal_id WHERE p.email = 'alice@contoso.test' AND read_at IS NULL LIMIT 1");
    expect(code(await t.gql(alice, 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }', { ids: [mine.id, bobs.id] }))).toBe('NOT_FOUND');
    expect(code(await t.gql(alice, 'mutation { markNotificationsRead(ids: ["nope"]) { id } }'))).toBe('NOT_FOUND');
    const [still] = await t.sql<{ read_at: Date | null }>('SELECT read_at FROM in_app_notification WHERE id = $1', [mine.id]);
    expect(still.read_at).toBeNull();
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM webhook'))[0].n).toBe(webhooks);
  });

  it('R12: a webhook secret is shown once, then never: not in GraphQL, audit, outbox, errors or logs', async () => {
    admin = await t.signIn('admin@contoso.test');
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    const capture = (chunk: string | Uint8Array) => (lines.push(String(chunk)), true);
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    let created: { secret: string; webhook: { id: string } };
    try {
      setLogLevel('debug');
      created = (await t.gql<{ createWebhook: typeof created }>(admin, CREATE_WEBHOOK, { input: { url: `${hooks.url}/down`, events: ['ELIGIBLE_ASSIGNED'] } })).data!.createWebhook;
      hooks.failures['/down'] = 1;
      await adminAssign(t, admin, { principalId: await addUser(t, 'Ivy R12', 'ivy@contoso.test'), roleId: await t.ids.role('Reports Reader'), scopeId: await t.ids.scope('/'), type: 'ELIGIBLE' });
      await deliver();
      logger.debug('r12 capture works');
      setLogLevel('error');
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    expect(lines.join('')).toContain('r12 capture works');
    expect(lines.join('')).toContain('notification delivery failed');
    expect(lines.join('')).not.toContain(created.secret);
    const listed = await t.gql(admin, '{ webhooks { id url events description enabled lastDelivery { lastError } } }');
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const asked = await t.gql(admin, '{ webhooks { secret } }');
    expect(asked.errors?.[0]?.message).toContain('Cannot query field "secret"');
    const updated = await t.gql(admin, 'mutation($id: ID!) { updateWebhook(id: $id, input: { description: "rotated? no" }) { id description } }', { id: created.webhook.id });
    expect(JSON.stringify(updated)).not.toContain(created.secret);
    // Stored only where signing needs it.
    const tables = await t.sql<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    const holding: string[] = [];
    for (const { name } of tables) {
      const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" t WHERE strpos(to_jsonb(t)::text, $1) > 0`, [created.secret]);
      if (row.n > 0) holding.push(name);
    }
    expect(holding).toEqual(['webhook']);
  });

  it('a webhook URL’s query (and userinfo) stays out of audit: host and path only, for every audit reader and in the table', async () => {
    admin = await t.signIn('admin@contoso.test');
    const first = 'tok-first-7f3a9c1e';
    const second = 'tok-second-b81d44e0';
    const created = await t.gql<{ createWebhook: { webhook: { id: string; url: string } } }>(admin, CREATE_WEBHOOK, {
      input: { url: `https://siem.example.com/elevate/in?token=${first}&team=sec`, events: ['APPROVED'] },
    });
    const id = created.data!.createWebhook.webhook.id;
    // Administrators still see (and may edit) the whole URL: it is the endpoint.
    expect(created.data!.createWebhook.webhook.url).toContain(first);
    // Credentials in the URL are refused on input (bad inputs above); one stored before that rule is kept out of audit too.
    const password = 'pw-legacy-9c2e';
    await t.sql('UPDATE webhook SET url = $2 WHERE id = $1', [id, `https://legacy:${password}@siem.example.com/elevate/in?token=${first}&team=sec`]);
    const UPDATE = 'mutation($id: ID!, $url: String!) { updateWebhook(id: $id, input: { url: $url }) { id } }';
    expect((await t.gql(admin, UPDATE, { id, url: `https://siem.example.com/elevate/v2?token=${second}` })).errors).toBeUndefined();
    expect((await t.gql(admin, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id })).errors).toBeUndefined();

    const AUDIT = '{ auditEvents(filter: { action: ["webhook.created", "webhook.updated", "webhook.deleted"] }, first: 100) { edges { node { action before after } } } }';
    type Events = { auditEvents: { edges: { node: { action: string; before: { url?: string } | null; after: { url?: string } | null } }[] } };
    const carol = await t.signIn('carol@contoso.test');
    for (const [who, token] of [['carol', carol], ['admin', admin]] as const) {
      const events = await t.gql<Events>(token, AUDIT);
      expect(events.errors, who).toBeUndefined();
      const mine = events.data!.auditEvents.edges.map((edge) => edge.node).filter((node) => JSON.stringify(node).includes('/elevate/'));
      expect(mine.map((node) => node.action).sort(), who).toEqual(['webhook.created', 'webhook.deleted', 'webhook.updated']);
      const text = JSON.stringify(events);
      expect(text, who).not.toContain(first);
      expect(text, who).not.toContain(second);
      expect(text, who).not.toContain('team=sec');
      expect(text, who).not.toContain(password);
      const updated = mine.find((node) => node.action === 'webhook.updated')!;
      expect([updated.before?.url, updated.after?.url], who).toEqual(['https://siem.example.com/elevate/in?[redacted]', 'https://siem.example.com/elevate/v2?[redacted]']);
    }
    const exported = await fetch(`${t.url.replace(/\/graphql$/, '')}/audit/export?format=ndjson`, { headers: { authorization: `Bearer ${carol}` } });
    expect(exported.status).toBe(200);
    const lines = await exported.text();
    expect(lines).toContain('siem.example.com/elevate/in');
    expect(lines).not.toContain(first);
    expect(lines).not.toContain(second);
    expect(lines).not.toContain(password);
    const [raw] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event e WHERE strpos(to_jsonb(e)::text, $1) > 0 OR strpos(to_jsonb(e)::text, $2) > 0 OR strpos(to_jsonb(e)::text, $3) > 0', [
      first,
      second,
      password,
    ]);
    expect(raw.n).toBe(0);
    expect((await t.gql<{ verifyAudit: { ok: boolean } }>(admin, '{ verifyAudit { ok } }')).data!.verifyAudit.ok).toBe(true);
  });
});

describe('notifications with the job queue running', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const clients: Client[] = [];
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ config: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t?.stop();
    await smtp?.stop();
  });

  it('the worker sends right after the change commits; the bell’s subscription gets only the subscriber’s own', async () => {
    const bob = await t.signIn('bob@contoso.test');
    const admin = await t.signIn('admin@contoso.test');
    const bobClient = wsClient(t.url, bob);
    const adminClient = wsClient(t.url, admin);
    clients.push(bobClient, adminClient);
    type Item = { event: string; title: string; link: string };
    const bobs = subscribe(bobClient, 'subscription { notifications { event title link } }', (d) => d.notifications as Item);
    const admins = subscribe(adminClient, 'subscription { notifications { event title link } }', (d) => d.notifications as Item);
    await settle(300);
    const alice = await t.signInWithMfa('alice@contoso.test');
    await t.gql(alice, ACTIVATE, {
      input: { roleId: await t.ids.role('Security Administrator'), scopeId: await t.ids.scope('/'), duration: 'PT1H', justification: 'live bell' },
    });
    const item = await bobs.waitFor((e) => e.event === 'PENDING_APPROVAL', 10_000);
    expect(item).toEqual({ event: 'PENDING_APPROVAL', title: 'Approval needed: Alice Analyst asks for Security Administrator at /', link: '/approvals' });
    await smtp.waitFor(3);
    // Besides the request's: Ada's break-glass sign-in notice (she is a permanent Global Administrator), by mail only.
    const requestMails = smtp.mails.filter((mail) => !mail.subject.includes('Break-glass account signed in'));
    expect(requestMails.map((mail) => mail.to[0]).sort()).toEqual(['alice@contoso.test', 'bob@contoso.test']);
    expect(admins.events).toHaveLength(0);
  });
});
