import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { chainHash, auditContent } from '../src/modules/audit/audit.writer';
import { totpCode } from './support/totp';
import { startTestApp, type TestApp } from './support/app';
import { addUser } from './support/personas';

const ASSIGN = `mutation($input: AssignRoleInput!) {
  assignRole(input: $input) { id action status type validateOnly startAt endAt assignment { id type origin state startAt endAt } }
}`;
const UPDATE = 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id action status endAt assignment { endAt } } }';
const REMOVE = 'mutation($id: ID!, $j: String) { removeAssignment(assignmentId: $id, justification: $j) { id action status } }';

type Assigned = { assignRole: { id: string; status: string; validateOnly: boolean; assignment: { id: string; state: string; endAt: string | null } | null } };

describe('admin assignments', () => {
  let t: TestApp;
  let admin: string;
  const id: Record<string, string> = {};
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@contoso.test');
    for (const name of ['/', 'Production', 'Development', 'vm-web-01', 'rg-web']) id[name] = await t.ids.scope(name);
    id.tier3Scope = await t.ids.scope('Tier 3 Office Admins');
    for (const name of ['bob@contoso.test', 'carol@contoso.test', 'dave@contoso.test', 'deploy-pipeline', 'Tier 3 Office Admins', 'erin@fabrikam.test']) {
      id[name] = await t.ids.principal(name);
    }
    for (const name of ['Reader', 'Contributor', 'Security Reader', 'Global Reader', 'Helpdesk Administrator', 'Owner']) id[name] = await t.ids.role(name);
    id.member = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Member'"))[0].id;
  });
  afterAll(async () => t?.stop());

  let counts: { assignments: number; requests: number; audit: number };
  const snapshot = async () => {
    const [row] = await t.sql<{ a: number; r: number; e: number }>(
      'SELECT (SELECT count(*)::int FROM role_assignment) a, (SELECT count(*)::int FROM role_request) r, (SELECT count(*)::int FROM audit_event) e',
    );
    return { assignments: row.a, requests: row.r, audit: row.e };
  };
  beforeEach(async () => {
    counts = await snapshot();
  });

  it('assigns an eligible role for a duration: a PROVISIONED request, the schedule and its audit events in one go', async () => {
    const result = await t.gql<Assigned>(admin, ASSIGN, {
      input: { principalId: id['bob@contoso.test'], roleId: id['Helpdesk Administrator'], scopeId: id['/'], type: 'ELIGIBLE', duration: 'P90D', justification: 'on call' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.assignRole).toMatchObject({ status: 'PROVISIONED', validateOnly: false, assignment: { state: 'IN_FORCE' } });
    expect(await snapshot()).toEqual({ assignments: counts.assignments + 1, requests: counts.requests + 1, audit: counts.audit + 2 });
    const [request] = await t.sql<{ action: string; settings_snapshot: unknown }>('SELECT action, settings_snapshot FROM role_request WHERE id = $1', [result.data!.assignRole.id]);
    expect(request.action).toBe('ADMIN_ASSIGN');
    expect(request.settings_snapshot).toMatchObject({ assignment: { maxEligibleSeconds: 365 * 86400 } });
  });

  it('a later start is GRANTED and SCHEDULED', async () => {
    const startAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const result = await t.gql<Assigned>(admin, ASSIGN, {
      input: { principalId: id['carol@contoso.test'], roleId: id['Helpdesk Administrator'], scopeId: id['/'], type: 'ELIGIBLE', startAt, duration: 'P7D' },
    });
    expect(result.data?.assignRole).toMatchObject({ status: 'GRANTED', assignment: { state: 'SCHEDULED' } });
  });

  it('dry runs check everything and change nothing', async () => {
    const ok = await t.gql<Assigned>(admin, ASSIGN, {
      input: { principalId: id['bob@contoso.test'], roleId: id['Global Reader'], scopeId: id['/'], type: 'ELIGIBLE', duration: 'P30D', validateOnly: true },
    });
    expect(ok.data?.assignRole).toMatchObject({ validateOnly: true, status: 'PROVISIONED', assignment: null });
    const refused = await t.gql(admin, ASSIGN, {
      input: { principalId: id['bob@contoso.test'], roleId: id['Global Reader'], scopeId: id['/'], type: 'ELIGIBLE', validateOnly: true },
    });
    expect(code(refused)).toBe('POLICY_VIOLATION');
    expect(await snapshot()).toEqual(counts);
  });

  it('follows the role settings: no permanence unless allowed, bounded durations, justification for active', async () => {
    const base = { principalId: id['dave@contoso.test'], roleId: id['Global Reader'], scopeId: id['/'] };
    expect(code(await t.gql(admin, ASSIGN, { input: { ...base, type: 'ELIGIBLE' } }))).toBe('POLICY_VIOLATION');
    expect(code(await t.gql(admin, ASSIGN, { input: { ...base, type: 'ELIGIBLE', duration: 'P400D' } }))).toBe('POLICY_VIOLATION');
    expect(code(await t.gql(admin, ASSIGN, { input: { ...base, type: 'ACTIVE', duration: 'P200D', justification: 'x' } }))).toBe('POLICY_VIOLATION');
    expect(code(await t.gql(admin, ASSIGN, { input: { ...base, type: 'ACTIVE', duration: 'P10D' } }))).toBe('POLICY_VIOLATION');
    // Security Reader's demo settings allow permanent active assignments.
    const permanent = await t.gql<Assigned>(admin, ASSIGN, {
      input: { principalId: id['dave@contoso.test'], roleId: id['Security Reader'], scopeId: id['/'], type: 'ACTIVE', justification: 'audit season' },
    });
    expect(permanent.data?.assignRole.assignment?.endAt).toBeNull();
  });

  it('asks the admin for MFA when the settings require it for active assignments', async () => {
    await t.gql(admin, `mutation { updateRoleSettings(roleId: "${id['Reader']}", input: { assignment: { requireMfaOnActive: true } }) { isDefault } }`);
    const input = { principalId: id['erin@fabrikam.test'], roleId: id['Reader'], scopeId: id['rg-web'], type: 'ACTIVE', duration: 'P1D', justification: 'review' };
    expect(code(await t.gql(admin, ASSIGN, { input }))).toBe('MFA_REQUIRED');
    const withCode = await t.gql<Assigned>(admin, ASSIGN, { input: { ...input, mfaCode: await totpCode(DEMO_TOTP_SECRET) } });
    expect(withCode.errors).toBeUndefined();
    await t.gql(admin, `mutation { updateRoleSettings(roleId: "${id['Reader']}", input: { assignment: { requireMfaOnActive: false } }) { isDefault } }`);
  });

  it('service principals hold only ACTIVE, time-bound assignments', async () => {
    const base = { principalId: id['deploy-pipeline'], roleId: id['Reader'], scopeId: id['Development'], justification: 'deploys' };
    expect(code(await t.gql(admin, ASSIGN, { input: { ...base, type: 'ELIGIBLE', duration: 'P1D' } }))).toBe('POLICY_VIOLATION');
    await t.gql(admin, `mutation { updateRoleSettings(roleId: "${id['Reader']}", input: { assignment: { allowPermanentActive: true } }) { isDefault } }`);
    expect(code(await t.gql(admin, ASSIGN, { input: { ...base, type: 'ACTIVE' } }))).toBe('POLICY_VIOLATION');
    expect((await t.gql(admin, ASSIGN, { input: { ...base, type: 'ACTIVE', duration: 'P30D' } })).errors).toBeUndefined();
  });

  it('keeps kinds apart and groups flat', async () => {
    // A directory role at a resource scope.
    expect(code(await t.gql(admin, ASSIGN, { input: { principalId: id['bob@contoso.test'], roleId: id['Security Reader'], scopeId: id['Production'], type: 'ELIGIBLE', duration: 'P1D' } }))).toBe('BAD_USER_INPUT');
    // A group as a member of a group.
    expect(code(await t.gql(admin, ASSIGN, { input: { principalId: id['Tier 3 Office Admins'], roleId: id.member, scopeId: id.tier3Scope, type: 'ACTIVE', duration: 'P1D', justification: 'x' } }))).toBe('BAD_USER_INPUT');
    const [plain] = await t.sql<{ id: string }>("INSERT INTO principal (type, display_name) VALUES ('GROUP', 'Not role-assignable') RETURNING id");
    expect(code(await t.gql(admin, ASSIGN, { input: { principalId: plain.id, roleId: id['Reader'], scopeId: id['Production'], type: 'ELIGIBLE', duration: 'P1D' } }))).toBe('POLICY_VIOLATION');
  });

  it('refuses a second overlapping schedule of the same kind', async () => {
    const input = { principalId: id['carol@contoso.test'], roleId: id['Reader'], scopeId: id['Development'], type: 'ELIGIBLE', duration: 'P10D' };
    expect((await t.gql(admin, ASSIGN, { input })).errors).toBeUndefined();
    expect(code(await t.gql(admin, ASSIGN, { input }))).toBe('CONFLICT');
  });

  it('updates the end of a running assignment, but never its start', async () => {
    const created = await t.gql<Assigned>(admin, ASSIGN, {
      input: { principalId: id['bob@contoso.test'], roleId: id['Contributor'], scopeId: id['Development'], type: 'ELIGIBLE', duration: 'P10D' },
    });
    const assignmentId = created.data!.assignRole.assignment!.id;
    const updated = await t.gql<{ updateAssignment: { action: string; assignment: { endAt: string } } }>(admin, UPDATE, { input: { assignmentId, duration: 'P20D' } });
    expect(updated.data?.updateAssignment.action).toBe('ADMIN_UPDATE');
    expect(new Date(updated.data!.updateAssignment.assignment.endAt).getTime()).toBeGreaterThan(Date.now() + 19 * 86_400_000);
    expect(code(await t.gql(admin, UPDATE, { input: { assignmentId, startAt: new Date(Date.now() + 86_400_000).toISOString() } }))).toBe('BAD_USER_INPUT');
  });

  it('removes by ending, keeps the past answerable, and ends activations made from a removed eligibility', async () => {
    const created = await t.gql<Assigned>(admin, ASSIGN, {
      input: { principalId: id['dave@contoso.test'], roleId: id['Reader'], scopeId: id['vm-web-01'], type: 'ELIGIBLE', duration: 'P10D' },
    });
    const eligibilityId = created.data!.assignRole.assignment!.id;
    const [activation] = await t.sql<{ id: string }>(
      `INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at, eligibility_id)
       VALUES ($1, $2, $3, 'ACTIVE', 'ACTIVATED', now() - interval '1 minute', now() + interval '2 hours', $4) RETURNING id`,
      [id['dave@contoso.test'], id['Reader'], id['vm-web-01'], eligibilityId],
    );
    const before = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const removed = await t.gql<{ removeAssignment: { status: string; action: string } }>(admin, REMOVE, { id: eligibilityId, j: 'no longer needed' });
    expect(removed.data?.removeAssignment).toMatchObject({ action: 'ADMIN_REMOVE', status: 'PROVISIONED' });
    const rows = await t.sql<{ id: string; end_reason: string }>('SELECT id, end_reason FROM role_assignment WHERE id = ANY($1::uuid[]) ORDER BY id', [[eligibilityId, activation.id]]);
    expect(rows.map((r) => r.end_reason).sort()).toEqual(['REMOVED', 'REVOKED']);
    const list = (asOf: string | null, state = 'IN_FORCE') =>
      t.gql<{ roleAssignments: { edges: { node: { assignmentId: string; endReason: string | null } }[] } }>(
        admin,
        `query($f: RoleAssignmentFilter) { roleAssignments(filter: $f) { edges { node { assignmentId endReason } } } }`,
        { f: { principalId: id['dave@contoso.test'], scopeId: id['vm-web-01'], asOf, state } },
      );
    const then = (await list(before.toISOString())).data!.roleAssignments.edges.map((e) => e.node.assignmentId);
    expect(then).toEqual(expect.arrayContaining([eligibilityId, activation.id]));
    const now = (await list(null)).data!.roleAssignments.edges.map((e) => e.node.assignmentId);
    expect(now).not.toContain(eligibilityId);
    const ended = (await list(null, 'ENDED')).data!.roleAssignments.edges.map((e) => e.node);
    expect(ended).toContainEqual({ assignmentId: eligibilityId, endReason: 'REMOVED' });
    expect(code(await t.gql(admin, REMOVE, { id: eligibilityId }))).toBe('CONFLICT');
    // The effective access of dave at vm-web-01 at `before` had Reader (through the activation); now it does not.
    const access = async (asOf: string | null) =>
      (
        await t.gql<{ effectiveAccess: { role: { name: string } }[] }>(admin, `query($a: DateTime) { effectiveAccess(principalId: "${id['dave@contoso.test']}", scopeId: "${id['vm-web-01']}", asOf: $a) { role { name } } }`, { a: asOf })
      ).data!.effectiveAccess.map((e) => e.role.name);
    expect(await access(before.toISOString())).toContain('Reader');
    expect(await access(null)).not.toContain('Reader');
  });

  it('answers who holds Owner at vm-web-01: dave, inherited from Production', async () => {
    const result = await t.gql<{ roleAssignments: { edges: { node: { principal: { displayName: string }; role: { name: string }; inheritedFrom: { name: string } | null } }[] } }>(
      admin,
      `{ roleAssignments(filter: { scopeId: "${id['vm-web-01']}", includeInherited: true, expandGroups: true, roleId: "${id['Owner']}" }) { edges { node { principal { displayName } role { name } inheritedFrom { name } } } } }`,
    );
    expect(result.data?.roleAssignments.edges.map((e) => e.node)).toContainEqual({ principal: { displayName: 'Dave DevOps' }, role: { name: 'Owner' }, inheritedFrom: { name: 'Production' } });
  });

  it('lists group holdings expanded to members, and a disabled principal holds nothing', async () => {
    const frank = await addUser(t, 'Frank Member', 'frank.member@contoso.test');
    await t.gql(admin, ASSIGN, { input: { principalId: frank, roleId: id.member, scopeId: id.tier3Scope, type: 'ACTIVE', duration: 'P1D', justification: 'x' } });
    const expanded = await t.gql<{ roleAssignments: { totalCount: number; edges: { node: { principal: { id: string }; viaGroup: { displayName: string } | null } }[] } }>(
      admin,
      `{ roleAssignments(filter: { principalId: "${frank}", expandGroups: true }) { totalCount edges { node { principal { id } viaGroup { displayName } } } } }`,
    );
    const viaGroup = expanded.data!.roleAssignments.edges.filter((e) => e.node.viaGroup?.displayName === 'Tier 3 Office Admins');
    expect(viaGroup).toHaveLength(4);
    const roles = async () =>
      (await t.gql<{ effectiveAccess: unknown[] }>(admin, `{ effectiveAccess(principalId: "${frank}", scopeId: "${id['/']}") { endAt } }`)).data!.effectiveAccess.length;
    expect(await roles()).toBe(4);
    await t.sql('UPDATE principal SET enabled = false, disabled_at = now() WHERE id = $1', [frank]);
    expect(await roles()).toBe(0);
  });

  it('pages with cursors and a stable total', async () => {
    const page = (after: string | null) =>
      t.gql<{ roleAssignments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(
        admin,
        'query($after: String) { roleAssignments(first: 3, after: $after, filter: { state: ALL }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
    const first = (await page(null)).data!.roleAssignments;
    const second = (await page(first.pageInfo.endCursor)).data!.roleAssignments;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.edges.map((e) => e.node.id)).not.toContain(first.edges[0].node.id);
  });

  it('writes a linear hash chain of audit events', async () => {
    const events = await t.sql<Record<string, unknown> & { seq: string; prev_hash: string; hash: string }>('SELECT * FROM audit_event ORDER BY seq');
    expect(events.length).toBeGreaterThan(5);
    let prev = '0'.repeat(64);
    for (const [index, e] of events.entries()) {
      expect(Number(e.seq)).toBe(index + 1);
      expect(e.prev_hash).toBe(prev);
      const content = auditContent({
        seq: e.seq, id: e.id as string, at: e.at as Date, actorType: e.actor_type as string, actorId: e.actor_id as string | null,
        action: e.action as string, targetPrincipalId: e.target_principal_id as string | null, roleId: e.role_id as string | null,
        scopeId: e.scope_id as string | null, requestId: e.request_id as string | null, assignmentId: e.assignment_id as string | null,
        justification: e.justification as string | null, ticket: e.ticket as string | null, before: e.before, after: e.after,
        clientIp: e.client_ip as string | null, userAgent: e.user_agent as string | null,
      });
      expect(e.hash).toBe(chainHash(prev, content));
      prev = e.hash;
    }
  });
});
