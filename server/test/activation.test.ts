import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { totpCode } from './support/totp';
import { startTestApp, type TestApp } from './support/app';
import { settle, subscribe } from './support/live';
import { wsClient } from './support/ws';

const ACTIVATE = `mutation($input: ActivateRoleInput!) {
  activateRole(input: $input) { id status action validateOnly assignment { id startAt endAt } approvals { stage state approvers { displayName } } }
}`;
const APPROVE = 'mutation($id: ID!, $j: String, $d: Duration) { approveRequest(requestId: $id, justification: $j, duration: $d) { id status assignment { id startAt endAt } } }';
const DENY = 'mutation($id: ID!, $j: String) { denyRequest(requestId: $id, justification: $j) { id status } }';
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'ok';

interface Activated {
  activateRole: { id: string; status: string; assignment: { id: string; endAt: string } | null; approvals: { state: string; approvers: { displayName: string }[] }[] };
}

describe('just-in-time activation and approval', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  const clients: Client[] = [];
  // A TOTP code is accepted once: alice steps up once here and the tests reuse that session (MFA stays fresh).
  let aliceMfa: string;
  const ws = (token: string) => {
    const client = wsClient(t.url, token);
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    t = await startTestApp();
    id.root = await t.ids.scope('/');
    id.secAdmin = await t.ids.role('Security Administrator');
    id.userAdmin = await t.ids.role('User Administrator');
    id.tier3 = await t.ids.scope('Tier 3 Office Admins');
    id.member = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Member'"))[0].id;
    id.alice = await t.ids.principal('alice@contoso.test');
    aliceMfa = await t.signInWithMfa('alice@contoso.test');
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t?.stop();
  });

  it('alice asks for Security Administrator; bob sees it live, approves; alice and the admins see it happen', async () => {
    const alice = await t.signIn('alice@contoso.test');
    const bob = await t.signIn('bob@contoso.test');
    const admin = await t.signIn('admin@contoso.test');
    const queue = subscribe(ws(bob), 'subscription { approvalQueue { kind request { id status principal { displayName } role { name } } } }', (d) => d.approvalQueue as { kind: string; request: { id: string; status: string; principal: { displayName: string } } });
    const mine = subscribe(ws(alice), 'subscription { myRequests { id status } }', (d) => d.myRequests as { id: string; status: string });
    const activity = subscribe(ws(admin), 'subscription { activations { kind at assignment { principal { displayName } role { name } } } }', (d) => d.activations as { kind: string; assignment: { principal: { displayName: string }; role: { name: string } } });
    const carolsFeed = subscribe(ws(await t.signIn('carol@contoso.test')), 'subscription { approvalQueue { kind request { id } } }', (d) => d.approvalQueue as { kind: string });
    await settle();

    const noMfa = await t.gql(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT2H', justification: 'incident 42' } });
    expect(code(noMfa)).toBe('MFA_REQUIRED');
    const tooLong = await t.gql(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT5H', justification: 'x', mfaCode: '123456' } });
    expect(code(tooLong)).toBe('POLICY_VIOLATION');
    const noReason = await t.gql(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', mfaCode: '123456' } });
    expect(code(noReason)).toBe('POLICY_VIOLATION');

    const asked = await t.gql<Activated>(alice, ACTIVATE, {
      input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT2H', justification: 'incident 42', mfaCode: await totpCode(DEMO_TOTP_SECRET, new Date(Date.now() + 30_000)) },
    });
    expect(asked.errors).toBeUndefined();
    const request = asked.data!.activateRole;
    expect(request).toMatchObject({ status: 'PENDING_APPROVAL', assignment: null });
    expect(request.approvals[0]).toMatchObject({ state: 'PENDING', approvers: [{ displayName: 'Bob Approver' }] });

    const added = await queue.waitFor((e) => e.request.id === request.id);
    expect(added).toMatchObject({ kind: 'ADDED', request: { status: 'PENDING_APPROVAL', principal: { displayName: 'Alice Analyst' } } });
    expect(code(await t.gql(alice, APPROVE, { id: request.id, j: 'me' }))).toBe('FORBIDDEN');
    expect(code(await t.gql(await t.signIn('carol@contoso.test'), APPROVE, { id: request.id, j: 'not mine' }))).toBe('FORBIDDEN');

    const approved = await t.gql<{ approveRequest: { status: string; assignment: { startAt: string; endAt: string } } }>(bob, APPROVE, { id: request.id, j: 'go ahead', d: 'PT1H' });
    expect(approved.data?.approveRequest.status).toBe('PROVISIONED');
    const window = approved.data!.approveRequest.assignment;
    expect(new Date(window.endAt).getTime() - new Date(window.startAt).getTime()).toBe(3600_000);

    await queue.waitFor((e) => e.request.id === request.id && e.kind === 'REMOVED');
    await mine.waitFor((e) => e.id === request.id && e.status === 'PROVISIONED');
    await activity.waitFor((e) => e.kind === 'ACTIVATED' && e.assignment.role.name === 'Security Administrator');
    await settle(200);
    expect(carolsFeed.events).toEqual([]);

    const access = await t.gql<{ effectiveAccess: { role: { name: string } }[] }>(alice, `{ effectiveAccess(principalId: "${id.alice}", scopeId: "${id.root}") { role { name } } }`);
    expect(access.data?.effectiveAccess.map((e) => e.role.name)).toContain('Security Administrator');
    const again = await t.gql(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', justification: 'again' } });
    expect(code(again)).toBe('CONFLICT');
  });

  it('activates without approval at once; a recent step-up is not asked again; deactivates', async () => {
    const alice = aliceMfa;
    const activated = await t.gql<Activated>(alice, ACTIVATE, { input: { roleId: id.userAdmin, scopeId: id.root, duration: 'PT30M', justification: 'reset a password' } });
    expect(activated.data?.activateRole.status).toBe('PROVISIONED');
    const tooShort = await t.gql(alice, ACTIVATE, { input: { roleId: id.userAdmin, scopeId: id.root, duration: 'PT10M', justification: 'x' } });
    expect(code(tooShort)).toBe('BAD_USER_INPUT');
    const off = await t.gql<{ deactivateRole: { action: string; status: string } }>(alice, `mutation { deactivateRole(assignmentId: "${activated.data!.activateRole.assignment!.id}") { action status } }`);
    expect(off.data?.deactivateRole).toEqual({ action: 'SELF_DEACTIVATE', status: 'PROVISIONED' });
    const [row] = await t.sql<{ end_reason: string }>('SELECT end_reason FROM role_assignment WHERE id = $1', [activated.data!.activateRole.assignment!.id]);
    expect(row.end_reason).toBe('DEACTIVATED');
  });

  it('PIM for Groups: activating membership of Tier 3 Office Admins grants its four roles', async () => {
    const alice = aliceMfa;
    const result = await t.gql<Activated>(alice, ACTIVATE, { input: { roleId: id.member, scopeId: id.tier3, duration: 'PT1H', justification: 'mailbox migration' } });
    expect(result.data?.activateRole.status).toBe('PROVISIONED');
    const access = await t.gql<{ effectiveAccess: { role: { name: string }; paths: { kind: string }[] }[] }>(alice, `{ effectiveAccess(principalId: "${id.alice}", scopeId: "${id.root}") { role { name } paths { kind } } }`);
    const viaGroup = access.data!.effectiveAccess.filter((e) => e.paths.some((p) => p.kind === 'GROUP')).map((e) => e.role.name).sort();
    expect(viaGroup).toEqual(['Exchange Administrator', 'Search Administrator', 'SharePoint Administrator', 'Teams Administrator']);
  });

  it('two approvers at once: one decision counts, the other gets CONFLICT (R4)', async () => {
    const admin = await t.signIn('admin@contoso.test');
    const carolId = await t.ids.principal('carol@contoso.test');
    const bobId = await t.ids.principal('bob@contoso.test');
    const update = await t.gql(admin, `mutation($r: ID!, $c: ID!, $b: ID!) { updateRoleSettings(roleId: $r, input: { activation: { approvalStages: [{ approverIds: [$b, $c] }] } }) { isDefault } }`, { r: id.secAdmin, c: carolId, b: bobId });
    expect(update.errors).toBeUndefined();
    const bob = await t.signIn('bob@contoso.test');
    const carol = await t.signIn('carol@contoso.test');
    for (let round = 0; round < 10; round++) {
      const alice = aliceMfa;
      // End any activation left from the previous round so that a new one may be asked for.
      await t.sql(`UPDATE role_assignment SET end_at = now(), end_reason = 'DEACTIVATED' WHERE principal_id = $1 AND role_id = $2 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`, [id.alice, id.secAdmin]);
      const asked = await t.gql<Activated>(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', justification: `round ${round}` } });
      expect(asked.errors, `round ${round}`).toBeUndefined();
      const requestId = asked.data!.activateRole.id;
      const decisions = await Promise.all([
        t.gql(bob, round % 2 ? DENY : APPROVE, { id: requestId, j: 'bob' }),
        t.gql(carol, APPROVE, { id: requestId, j: 'carol' }),
      ]);
      expect(decisions.map(code).sort(), `round ${round}`).toEqual(['CONFLICT', 'ok']);
      const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM approval_decision WHERE request_id = $1', [requestId]);
      expect(n).toBe(1);
      const [{ m }] = await t.sql<{ m: number }>("SELECT count(*)::int AS m FROM role_assignment WHERE created_by_request_id = $1", [requestId]);
      expect(m).toBeLessThanOrEqual(1);
    }
  });

  it('the approver who comes second is told CONFLICT and may still read the request it was asked to decide', async () => {
    // Bob may read Security Administrator requests at / only as their approver; carol (Security Reader) may read them anyway.
    const admin = await t.signIn('admin@contoso.test');
    const [bobId, carolId] = [await t.ids.principal('bob@contoso.test'), await t.ids.principal('carol@contoso.test')];
    const update = await t.gql(admin, `mutation($r: ID!, $c: ID!, $b: ID!) { updateRoleSettings(roleId: $r, input: { activation: { approvalStages: [{ approverIds: [$b, $c] }] } }) { isDefault } }`, { r: id.secAdmin, c: carolId, b: bobId });
    expect(update.errors).toBeUndefined();
    const bob = await t.signIn('bob@contoso.test');
    const carol = await t.signIn('carol@contoso.test');
    await t.sql(`UPDATE role_assignment SET end_at = now(), end_reason = 'DEACTIVATED' WHERE principal_id = $1 AND role_id = $2 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`, [id.alice, id.secAdmin]);
    const asked = await t.gql<Activated>(aliceMfa, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', justification: 'second approver' } });
    expect(asked.errors).toBeUndefined();
    const requestId = asked.data!.activateRole.id;
    expect(code(await t.gql(carol, APPROVE, { id: requestId, j: 'carol first' }))).toBe('ok');
    for (const decision of [APPROVE, DENY]) expect(code(await t.gql(bob, decision, { id: requestId, j: 'bob second' }))).toBe('CONFLICT');
    const read = await t.gql<{ roleRequest: { id: string; status: string } }>(bob, 'query($id: ID!) { roleRequest(id: $id) { id status } }', { id: requestId });
    expect(read.errors).toBeUndefined();
    expect(read.data?.roleRequest.status).toBe('PROVISIONED');
    // Someone who was never asked still finds nothing there.
    const dave = await t.signIn('dave@contoso.test');
    expect(code(await t.gql(dave, 'query($id: ID!) { roleRequest(id: $id) { id } }', { id: requestId }))).toBe('NOT_FOUND');
    expect(code(await t.gql(dave, APPROVE, { id: requestId, j: 'dave' }))).toBe('NOT_FOUND');
  });

  it('two activations of one eligibility at once: one activation (R4)', async () => {
    const alice = aliceMfa;
    await t.sql(`UPDATE role_assignment SET end_at = now(), end_reason = 'DEACTIVATED' WHERE principal_id = $1 AND role_id = $2 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`, [id.alice, id.userAdmin]);
    const input = { roleId: id.userAdmin, scopeId: id.root, duration: 'PT1H', justification: 'twice' };
    const results = await Promise.all([t.gql(alice, ACTIVATE, { input }), t.gql(alice, ACTIVATE, { input })]);
    expect(results.map(code).sort()).toEqual(['CONFLICT', 'ok']);
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM role_assignment WHERE principal_id = $1 AND role_id = $2 AND type = 'ACTIVE' AND end_at > now()`, [id.alice, id.userAdmin]);
    expect(n).toBe(1);
  });

  it('deny and cancel paths', async () => {
    const admin = await t.signIn('admin@contoso.test');
    await t.gql(admin, `mutation($r: ID!) { updateRoleSettings(roleId: $r, input: { activation: { approvalStages: [] } }) { isDefault } }`, { r: id.secAdmin });
    await t.sql(`UPDATE role_assignment SET end_at = now(), end_reason = 'DEACTIVATED' WHERE principal_id = $1 AND type = 'ACTIVE' AND origin = 'ACTIVATED' AND (end_at IS NULL OR end_at > now())`, [id.alice]);
    const alice = aliceMfa;
    const first = await t.gql<Activated>(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', justification: 'deny me' } });
    // No approvers named: Global and Privileged Role Administrators decide directory roles.
    expect(first.data?.activateRole.approvals[0].approvers.map((a) => a.displayName)).toContain('Ada Admin');
    const denied = await t.gql<{ denyRequest: { status: string } }>(admin, DENY, { id: first.data!.activateRole.id, j: 'not now' });
    expect(denied.data?.denyRequest.status).toBe('DENIED');
    const second = await t.gql<Activated>(alice, ACTIVATE, { input: { roleId: id.secAdmin, scopeId: id.root, duration: 'PT1H', justification: 'cancel me' } });
    const canceled = await t.gql<{ cancelRequest: { status: string } }>(alice, `mutation { cancelRequest(requestId: "${second.data!.activateRole.id}") { status } }`);
    expect(canceled.data?.cancelRequest.status).toBe('CANCELED');
    expect(code(await t.gql(admin, APPROVE, { id: second.data!.activateRole.id, j: 'late' }))).toBe('CONFLICT');
  });

  it('extend and renew: asked by the holder, decided by an administrator of the scope; or done directly', async () => {
    const erinId = await t.ids.principal('erin@fabrikam.test');
    const [eligibility] = await t.sql<{ id: string }>("SELECT id FROM role_assignment WHERE principal_id = $1 AND type = 'ELIGIBLE'", [erinId]);
    const erin = await t.signIn('erin@fabrikam.test');
    const dave = await t.signIn('dave@contoso.test');
    const ask = (query: string) => t.gql<Record<string, { id: string; status: string }>>(erin, query, { id: eligibility.id, j: 'project runs longer' });
    const EXTEND = 'mutation($id: ID!, $j: String!) { requestExtension(assignmentId: $id, justification: $j) { id status } }';
    const RENEW = 'mutation($id: ID!, $j: String!) { requestRenewal(assignmentId: $id, justification: $j) { id status } }';
    expect(code(await ask(EXTEND))).toBe('POLICY_VIOLATION');
    await t.sql("UPDATE role_assignment SET end_at = now() + interval '10 days' WHERE id = $1", [eligibility.id]);
    const extension = await ask(EXTEND);
    expect(extension.data?.requestExtension.status).toBe('PENDING_ADMIN_DECISION');
    expect(code(await ask(EXTEND))).toBe('CONFLICT');
    // bob cannot see erin's request at rg-web: he is told nothing about it.
    expect(code(await t.gql(await t.signIn('bob@contoso.test'), APPROVE, { id: extension.data!.requestExtension.id, j: 'fine' }))).toBe('NOT_FOUND');
    const decided = await t.gql<{ approveRequest: { status: string } }>(dave, APPROVE, { id: extension.data!.requestExtension.id, j: 'fine' });
    expect(decided.data?.approveRequest.status).toBe('PROVISIONED');
    const [extended] = await t.sql<{ end_at: Date }>('SELECT end_at FROM role_assignment WHERE id = $1', [eligibility.id]);
    expect(extended.end_at.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);

    await t.sql("UPDATE role_assignment SET end_at = now() - interval '5 days' WHERE id = $1", [eligibility.id]);
    const renewal = await ask(RENEW);
    expect(renewal.data?.requestRenewal.status).toBe('PENDING_ADMIN_DECISION');
    const renewed = await t.gql<{ approveRequest: { status: string; assignment: { id: string } } }>(dave, APPROVE, { id: renewal.data!.requestRenewal.id, j: 'again' });
    expect(renewed.data?.approveRequest.status).toBe('PROVISIONED');
    expect(renewed.data?.approveRequest.assignment.id).not.toBe(eligibility.id);

    // Directly, by an administrator: extend a running assignment (no approval).
    const bobId = await t.ids.principal('bob@contoso.test');
    const made = await t.gql<{ assignRole: { assignment: { id: string } } }>(dave, 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { assignment { id } } }', {
      input: { principalId: bobId, roleId: await t.ids.role('Contributor'), scopeId: await t.ids.scope('rg-web'), type: 'ELIGIBLE', duration: 'P10D' },
    });
    const direct = await t.gql<{ extendAssignment: { action: string } }>(
      dave,
      'mutation($input: UpdateAssignmentInput!) { extendAssignment(input: $input) { action } }',
      { input: { assignmentId: made.data!.assignRole.assignment.id, duration: 'P20D' } },
    );
    expect(direct.errors, JSON.stringify(direct.errors)).toBeUndefined();
    expect(direct.data?.extendAssignment.action).toBe('ADMIN_EXTEND');
    const again = await t.gql(dave, 'mutation($id: ID!) { renewAssignment(assignmentId: $id, duration: "P30D") { action } }', { id: eligibility.id });
    expect(code(again)).toBe('CONFLICT');
  });

  it('an administrator revokes an activation: it ends at once, its request is REVOKED, and the feed says so', async () => {
    const admin = await t.signIn('admin@contoso.test');
    const feed = subscribe(ws(admin), 'subscription { activations { kind assignment { id } } }', (d) => d.activations as { kind: string; assignment: { id: string } });
    await settle();
    await t.sql(`UPDATE role_assignment SET end_at = now(), end_reason = 'DEACTIVATED' WHERE principal_id = $1 AND role_id = $2 AND type = 'ACTIVE' AND (end_at IS NULL OR end_at > now())`, [id.alice, id.userAdmin]);
    const activated = await t.gql<Activated>(aliceMfa, ACTIVATE, { input: { roleId: id.userAdmin, scopeId: id.root, duration: 'PT1H', justification: 'to be revoked' } });
    const assignmentId = activated.data!.activateRole.assignment!.id;
    const removed = await t.gql(admin, 'mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "suspicious") { status } }', { id: assignmentId });
    expect(removed.errors).toBeUndefined();
    await feed.waitFor((e) => e.kind === 'REVOKED' && e.assignment.id === assignmentId);
    const [request] = await t.sql<{ status: string }>('SELECT status FROM role_request WHERE id = $1', [activated.data!.activateRole.id]);
    expect(request.status).toBe('REVOKED');
  });
});
