import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID, GROUPS_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, USER_ADMINISTRATOR_ID } from '../src/modules/roles/built-in-roles';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';
import { wsClient } from './support/ws';

const SET = 'mutation ($id: ID!, $on: Boolean!, $why: String) { setPrincipalEnabled(principalId: $id, enabled: $on, reason: $why) { id enabled } }';
const ACTIVATE = 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id status assignment { id } } }';
const ACCESS = 'query ($p: ID!, $s: ID, $at: DateTime) { effectiveAccess(principalId: $p, scopeId: $s, asOf: $at) { role { name } } }';
const ME = '{ viewer { id } }';
const GROUP = 'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id displayName roleAssignable externalId source enabled } }';
const SP = 'mutation ($input: CreateServicePrincipalInput!) { createServicePrincipal(input: $input) { id displayName externalId source } }';
const TOKEN = 'mutation ($sp: ID!) { createApiToken(servicePrincipalId: $sp, name: "ci") { token } }';

type SetResult = { setPrincipalEnabled: { id: string; enabled: boolean } };
type Access = { effectiveAccess: { role: { name: string } }[] };

/** Waits for a subscription to be refused or to end, and says how (the first error's code, or COMPLETE). */
function endOf(client: Client, query: string): { ended: Promise<string>; started: Promise<void> } {
  let started: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const ended = new Promise<string>((resolve) => {
    client.subscribe(
      { query },
      {
        next: (value) => {
          if (value.errors?.length) resolve(String(value.errors[0].extensions?.code));
        },
        error: (error) => resolve(Array.isArray(error) ? String((error[0] as { extensions?: { code?: string } }).extensions?.code) : 'SOCKET'),
        complete: () => resolve('COMPLETE'),
      },
    );
    client.on('connected', () => setTimeout(started, 200));
  });
  return { ended, started: ready };
}

/**
 * DOMAIN.md: "Disabling a principal takes effect at once: it holds nothing from that instant, its sessions and API tokens
 * stop working, its live feeds end, its open requests are canceled, and it cannot be the last Global or Privileged Role
 * Administrator." Enabling it again restores nothing by itself; the past keeps who was enabled when.
 */
describe('disabling and enabling principals', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let admin: string;
  const clients: Client[] = [];
  const audit = (principalId: string) =>
    t.sql<{ action: string; after: Record<string, unknown> }>('SELECT action, after FROM audit_event WHERE target_principal_id = $1 ORDER BY seq', [principalId]);

  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
    admin = await t.signInWithMfa('admin@contoso.test');
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t?.stop();
  });

  it('a disabled user holds nothing at once, loses sessions, requests, activations and live feeds; enabling restores only what still stands', async () => {
    const production = await t.ids.scope('Production');
    const reader = await t.ids.role('Reader');
    const securityAdmin = await t.ids.role('Security Administrator');
    const ivy = await addUser(t, 'Ivy Leaver', 'ivy@contoso.test');
    const eligibility = await adminAssign(t, admin, { principalId: ivy, roleId: reader, scopeId: production, type: 'ELIGIBLE' });
    await adminAssign(t, admin, { principalId: ivy, roleId: securityAdmin, scopeId: TENANT_ROOT_SCOPE_ID, type: 'ELIGIBLE' });
    const ivyToken = await t.signInWithMfa('ivy@contoso.test');

    const activated = await t.gql<{ activateRole: { status: string; assignment: { id: string } } }>(ivyToken, ACTIVATE, {
      input: { eligibilityId: eligibility.assignmentId, duration: 'PT2H', justification: 'incident 7' },
    });
    expect(activated.data?.activateRole.status).toBe('PROVISIONED');
    // Security Administrator needs Bob's approval in the demo: it waits.
    const pending = await t.gql<{ activateRole: { id: string; status: string } }>(ivyToken, ACTIVATE, {
      input: { roleId: securityAdmin, scopeId: TENANT_ROOT_SCOPE_ID, duration: 'PT1H', justification: 'audit prep' },
    });
    expect(pending.data?.activateRole.status).toBe('PENDING_APPROVAL');
    expect((await t.gql<Access>(admin, ACCESS, { p: ivy, s: production })).data?.effectiveAccess.map((r) => r.role.name)).toEqual(['Reader']);

    const client = wsClient(t.url, ivyToken);
    clients.push(client);
    const feed = endOf(client, 'subscription { myRequests { id status } }');
    await feed.started;

    clock.advance(60_000);
    const beforeDisable = clock.now().toISOString();
    clock.advance(60_000);
    const disabled = await t.gql<SetResult>(admin, SET, { id: ivy, on: false, why: 'left the company' });
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data?.setPrincipalEnabled).toEqual({ id: ivy, enabled: false });

    // Her live feed ends now, not at its next event; her token stops working.
    expect(await feed.ended).toBe('UNAUTHENTICATED');
    expect((await t.gql(ivyToken, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // She holds nothing, though the admin's eligibility stays; her activation ended; her waiting request was canceled, saying why.
    expect((await t.gql<Access>(admin, ACCESS, { p: ivy, s: production })).data?.effectiveAccess).toEqual([]);
    const [activation] = await t.sql<{ end_reason: string }>('SELECT end_reason FROM role_assignment WHERE id = $1', [activated.data!.activateRole.assignment.id]);
    expect(activation.end_reason).toBe('REVOKED');
    const [request] = await t.sql<{ status: string; status_reason: string }>('SELECT status, status_reason FROM role_request WHERE id = $1', [pending.data!.activateRole.id]);
    expect(request).toEqual({ status: 'CANCELED', status_reason: 'Canceled: Ivy Leaver was disabled: left the company.' });
    const [disabledEvent] = (await audit(ivy)).filter((e) => e.action === 'directory.principal_disabled');
    expect(disabledEvent.after).toMatchObject({ reason: 'left the company', sessionsEnded: 1, requestsCanceled: 1, activationsEnded: 1 });
    // The past still answers: before the disablement she held Reader there.
    expect((await t.gql<Access>(admin, ACCESS, { p: ivy, s: production, at: beforeDisable })).data?.effectiveAccess.map((r) => r.role.name)).toEqual(['Reader']);
    // She cannot sign in.
    const signIn = await t.gql(null, 'mutation { signIn(email: "ivy@contoso.test", password: "Elevate-demo-1") { token } }');
    expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    clock.advance(60_000);
    const whileDisabled = clock.now().toISOString();
    clock.advance(60_000);
    const enabled = await t.gql<SetResult>(admin, SET, { id: ivy, on: true });
    expect(enabled.data?.setPrincipalEnabled.enabled).toBe(true);
    // Nothing comes back by itself: the old session, the activation, the request stay ended.
    expect((await t.gql(ivyToken, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.sql<{ status: string }>('SELECT status FROM role_request WHERE id = $1', [pending.data!.activateRole.id]))[0].status).toBe('CANCELED');
    expect((await t.gql<Access>(admin, ACCESS, { p: ivy, s: production })).data?.effectiveAccess).toEqual([]);
    // The time she was disabled stays a time she held nothing.
    expect((await t.gql<Access>(admin, ACCESS, { p: ivy, s: production, at: whileDisabled })).data?.effectiveAccess).toEqual([]);
    // Her eligibility still stands: she may sign in and activate again.
    const again = await t.signInWithMfa('ivy@contoso.test');
    const reactivated = await t.gql<{ activateRole: { status: string } }>(again, ACTIVATE, {
      input: { eligibilityId: eligibility.assignmentId, duration: 'PT1H', justification: 'back' },
    });
    expect(reactivated.data?.activateRole.status).toBe('PROVISIONED');
    expect((await audit(ivy)).map((e) => e.action)).toContain('directory.principal_enabled');

    // Doing it twice changes nothing and records nothing.
    const events = (await audit(ivy)).length;
    expect((await t.gql<SetResult>(admin, SET, { id: ivy, on: true })).data?.setPrincipalEnabled.enabled).toBe(true);
    expect((await audit(ivy)).length).toBe(events);
  });

  it('a service principal disabled: its API tokens stop working, for good', async () => {
    const made = await t.gql<{ createServicePrincipal: { id: string; source: string; externalId: string } }>(admin, SP, {
      input: { displayName: 'backup-runner', description: 'nightly backups', externalId: 'app-77' },
    });
    expect(made.data?.createServicePrincipal).toMatchObject({ source: 'LOCAL', externalId: 'app-77' });
    const sp = made.data!.createServicePrincipal.id;
    const token = (await t.gql<{ createApiToken: { token: string } }>(admin, TOKEN, { sp })).data!.createApiToken.token;
    expect((await t.gql<{ viewer: { id: string } }>(token, ME)).data?.viewer.id).toBe(sp);
    expect((await t.gql<SetResult>(admin, SET, { id: sp, on: false })).data?.setPrincipalEnabled.enabled).toBe(false);
    expect((await t.gql(token, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await t.gql<SetResult>(admin, SET, { id: sp, on: true });
    expect((await t.gql(token, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await audit(sp)).find((e) => e.action === 'directory.principal_disabled')?.after).toMatchObject({ apiTokensRevoked: 1 });
    // External ids are unique per type.
    const again = await t.gql(admin, SP, { input: { displayName: 'other', externalId: 'app-77' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('who may: User Administrators disable users but not tenant administrators; Groups Administrators only groups that are not role-assignable', async () => {
    const userAdminId = await addUser(t, 'Uma UserAdmin', 'uma@contoso.test');
    await adminAssign(t, admin, { principalId: userAdminId, roleId: USER_ADMINISTRATOR_ID, scopeId: TENANT_ROOT_SCOPE_ID, type: 'ACTIVE' });
    const groupsAdminId = await addUser(t, 'Gus GroupsAdmin', 'gus@contoso.test');
    await adminAssign(t, admin, { principalId: groupsAdminId, roleId: GROUPS_ADMINISTRATOR_ID, scopeId: TENANT_ROOT_SCOPE_ID, type: 'ACTIVE' });
    const uma = await t.signIn('uma@contoso.test');
    const gus = await t.signIn('gus@contoso.test');
    const frank = await addUser(t, 'Frank Plain', 'frank-disable@contoso.test');
    const frankToken = await t.signIn('frank-disable@contoso.test');
    const adminId = await t.ids.principal('admin@contoso.test');
    const tier3 = await t.ids.principal('Tier 3 Office Admins');
    const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.code;

    expect(code(await t.gql(frankToken, SET, { id: frank, on: false }))).toBe('FORBIDDEN');
    expect(code(await t.gql(uma, SET, { id: adminId, on: false }))).toBe('FORBIDDEN');
    expect(code(await t.gql(uma, SET, { id: tier3, on: false }))).toBe('FORBIDDEN');
    expect(code(await t.gql(gus, SET, { id: tier3, on: false }))).toBe('FORBIDDEN');
    expect(code(await t.gql(gus, SET, { id: frank, on: false }))).toBe('FORBIDDEN');
    expect(code(await t.gql(uma, SET, { id: userAdminId, on: false }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(uma, SET, { id: 'not-an-id', on: false }))).toBe('NOT_FOUND');
    expect(code(await t.gql(uma, SET, { id: '00000000-0000-4000-8000-0000000000ff', on: false }))).toBe('NOT_FOUND');
    expect(code(await t.gql(uma, SET, { id: frank, on: false, why: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect((await t.sql<{ enabled: boolean }>('SELECT enabled FROM principal WHERE id = ANY($1::uuid[])', [[adminId, tier3, frank]])).every((r) => r.enabled)).toBe(true);

    expect((await t.gql<SetResult>(uma, SET, { id: frank, on: false, why: 'contract ended' })).data?.setPrincipalEnabled.enabled).toBe(false);
    // The Global Administrators hear of it (the one who did it would not).
    const told = await t.sql<{ principal_id: string; title: string; body: string }>(
      "SELECT principal_id, title, body FROM in_app_notification WHERE event_type = 'PRINCIPAL_DISABLED' AND title = 'Frank Plain was disabled'",
    );
    expect(told.map((row) => row.principal_id)).toEqual([adminId]);
    expect(told[0].body).toContain('Reason: contract ended');
    // Groups: Gus makes and disables a plain group, never a role-assignable one.
    expect(code(await t.gql(gus, GROUP, { input: { displayName: 'Tier 0', roleAssignable: true } }))).toBe('FORBIDDEN');
    const plain = await t.gql<{ createGroup: { id: string } }>(gus, GROUP, { input: { displayName: 'Book club' } });
    expect(plain.errors).toBeUndefined();
    expect((await t.gql<SetResult>(gus, SET, { id: plain.data!.createGroup.id, on: false })).data?.setPrincipalEnabled.enabled).toBe(false);
  });

  it('a new group has its scope and its owners; bad owners or a taken external id change nothing', async () => {
    const owner = await addUser(t, 'Olive Owner', 'olive@contoso.test');
    const created = await t.gql<{ createGroup: { id: string; roleAssignable: boolean; externalId: string; source: string; enabled: boolean } }>(admin, GROUP, {
      input: { displayName: 'Tier 1 Ops', description: 'on-call', roleAssignable: true, externalId: 'grp-1', ownerIds: [owner] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createGroup).toMatchObject({ roleAssignable: true, externalId: 'grp-1', source: 'LOCAL', enabled: true });
    const group = created.data!.createGroup.id;
    const [scope] = await t.sql<{ id: string; type: string; path: string[] }>('SELECT id, type, path FROM scope WHERE group_id = $1', [group]);
    expect(scope).toMatchObject({ type: 'GROUP', path: [TENANT_ROOT_SCOPE_ID, scope.id] });
    const owners = await t.sql<{ principal_id: string; type: string }>("SELECT principal_id, type FROM role_assignment WHERE scope_id = $1 AND end_reason IS NULL", [scope.id]);
    expect(owners).toEqual([{ principal_id: owner, type: 'ACTIVE' }]);
    // The owner manages the group's members.
    const oliveToken = await t.signIn('olive@contoso.test');
    const member = await addUser(t, 'Mo Member', 'mo@contoso.test');
    const added = await adminAssign(t, oliveToken, { principalId: member, roleId: GROUP_MEMBER_ID, scopeId: scope.id, type: 'ACTIVE' });
    expect(added.assignmentId).toBeTruthy();

    const count = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM principal'))[0].n;
    const before = await count();
    for (const input of [
      { displayName: 'x', ownerIds: ['00000000-0000-4000-8000-0000000000ff'] },
      { displayName: 'x', ownerIds: [group] },
      { displayName: 'x', externalId: 'grp-1' },
      { displayName: '   ' },
      { displayName: 'x', ownerIds: Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) },
    ]) {
      const result = await t.gql(admin, GROUP, { input });
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(result.errors?.[0].extensions?.code);
    }
    expect(await count()).toBe(before);
  });

  it('the last Global Administrator cannot be disabled, not even through the group that holds the role', async () => {
    const admins = await t.gql<{ createGroup: { id: string } }>(admin, GROUP, { input: { displayName: 'Break glass', roleAssignable: true } });
    const group = admins.data!.createGroup.id;
    const [scope] = await t.sql<{ id: string }>('SELECT id FROM scope WHERE group_id = $1', [group]);
    const zed = await addUser(t, 'Zed Zero', 'zed@contoso.test');
    const membership = await adminAssign(t, admin, { principalId: zed, roleId: GROUP_MEMBER_ID, scopeId: scope.id, type: 'ACTIVE' });
    // A standing membership (set up directly: the Member role's settings allow no permanent ones).
    await t.sql('UPDATE role_assignment SET end_at = NULL WHERE id = $1', [membership.assignmentId]);
    // Permanent, as the demo's settings allow: the tenant stays covered for ever without Ada.
    await adminAssign(t, admin, { principalId: group, roleId: GLOBAL_ADMINISTRATOR_ID, scopeId: TENANT_ROOT_SCOPE_ID, type: 'ACTIVE', duration: null });
    const zedToken = await t.signInWithMfa('zed@contoso.test');
    const adminId = await t.ids.principal('admin@contoso.test');

    // Zed (Global Administrator through the group) disables Ada: the group still holds the role.
    expect((await t.gql<SetResult>(zedToken, SET, { id: adminId, on: false })).data?.setPrincipalEnabled.enabled).toBe(false);
    const refused = await t.gql(zedToken, SET, { id: group, on: false });
    expect(refused.errors?.[0].extensions?.code).toBe('LAST_ADMIN_PROTECTED');
    expect((await t.sql<{ enabled: boolean }>('SELECT enabled FROM principal WHERE id = $1', [group]))[0].enabled).toBe(true);
    expect(await t.sql('SELECT 1 FROM principal_disablement WHERE principal_id = $1', [group])).toEqual([]);
    // Ada comes back (enabling is never refused by the guard).
    expect((await t.gql<SetResult>(zedToken, SET, { id: adminId, on: true })).data?.setPrincipalEnabled.enabled).toBe(true);
  });

  it('a break-glass account signing in is told to every Global Administrator', async () => {
    const count = async () => (await t.sql<{ n: number }>("SELECT count(*)::int AS n FROM in_app_notification WHERE event_type = 'BREAK_GLASS_SIGN_IN'"))[0].n;
    const before = await count();
    await t.signIn('admin@contoso.test');
    expect(await count()).toBe(before + 2);
    const rows = await t.sql<{ principal_id: string; title: string }>(
      "SELECT principal_id, title FROM in_app_notification WHERE event_type = 'BREAK_GLASS_SIGN_IN' ORDER BY created_at DESC, principal_id LIMIT 2",
    );
    const admins = await t.sql<{ id: string }>("SELECT id FROM principal WHERE email IN ('admin@contoso.test', 'zed@contoso.test') ORDER BY id");
    expect(rows.map((r) => r.principal_id).sort()).toEqual(admins.map((a) => a.id));
    expect(rows[0].title).toBe('Break-glass account signed in: Ada Admin');
    // Someone who holds the role only through a group, or for a time, is not a break-glass account.
    await t.signIn('zed@contoso.test');
    expect(await count()).toBe(before + 2);
  });
});
