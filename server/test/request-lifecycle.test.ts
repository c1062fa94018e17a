import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { adminAssign } from './support/personas';

const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }';
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => (result.errors ? result.errors[0].extensions?.code : 'ok');

/** Holes in the request/schedule lifecycle found from outside (issue 8, items 7, 8, 11, 13). */
describe('the request and schedule lifecycle', () => {
  let t: TestApp;
  let admin: string;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    id.dave = await t.ids.principal('dave@contoso.test');
    id.frank = await t.ids.principal('carol@contoso.test');
    id.contributor = await t.ids.role('Contributor');
    id.reader = await t.ids.role('Reader');
    id.development = await t.ids.scope('Development');
    id.rgDev = await t.ids.scope('rg-dev');
    id.rgWeb = await t.ids.scope('rg-web');
    id.root = await t.ids.scope('/');
  });
  afterAll(async () => t?.stop());

  it('a canceled schedule is history: removing or updating it is refused and its reason stays CANCELED (#13)', async () => {
    const carol = await t.ids.principal('carol@contoso.test');
    const startAt = new Date(Date.now() + 86_400_000).toISOString();
    const granted = await t.gql<{ assignRole: { id: string; status: string; assignment: { id: string } } }>(
      admin,
      'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id status assignment { id } } }',
      { input: { principalId: carol, roleId: id.reader, scopeId: id.rgWeb, type: 'ACTIVE', startAt, duration: 'P7D', justification: 'later' } },
    );
    expect(granted.data?.assignRole.status).toBe('GRANTED');
    const assignmentId = granted.data!.assignRole.assignment.id;
    expect(code(await t.gql(admin, 'mutation($id: ID!) { cancelRequest(requestId: $id) { status } }', { id: granted.data!.assignRole.id }))).toBe('ok');
    const [before] = await t.sql('SELECT start_at, end_at, end_reason, ended_by_request_id FROM role_assignment WHERE id = $1', [assignmentId]);
    expect(before.end_reason).toBe('CANCELED');
    const requestsBefore = await t.sql('SELECT count(*)::int AS n FROM role_request');

    expect(code(await t.gql(admin, 'mutation($id: ID!) { removeAssignment(assignmentId: $id) { status } }', { id: assignmentId }))).toBe('CONFLICT');
    const update = await t.gql(admin, 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { status } }', {
      input: { assignmentId, duration: 'P3D', justification: 'revive it' },
    });
    expect(code(update)).toBe('CONFLICT');
    expect((await t.sql('SELECT start_at, end_at, end_reason, ended_by_request_id FROM role_assignment WHERE id = $1', [assignmentId]))[0]).toEqual(before);
    expect(await t.sql('SELECT count(*)::int AS n FROM role_request')).toEqual(requestsBefore);
  });

  it('decisions on an unknown or invisible request are NOT_FOUND, never FORBIDDEN (#7)', async () => {
    const bob = await t.signIn('bob@contoso.test');
    const unknown = randomUUID();
    for (const [name, query, variables] of [
      ['approve', 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "x") { id } }', { id: unknown }],
      ['deny', 'mutation($id: ID!) { denyRequest(requestId: $id, justification: "x") { id } }', { id: unknown }],
      ['decide many', 'mutation($ids: [ID!]!) { decideRequests(requestIds: $ids, decision: APPROVE, justification: "x") { id } }', { ids: [unknown] }],
    ] as const) {
      expect(code(await t.gql(bob, query, variables)), name).toBe('NOT_FOUND');
      expect(code(await t.gql(admin, query, variables)), `${name} as admin`).toBe('NOT_FOUND');
    }
  });

  it('an admin edit of an assignment the caller may not read says nothing about it; a reader is refused without facts (#8)', async () => {
    const dave = await t.signIn('dave@contoso.test');
    const carol = await t.signIn('carol@contoso.test');
    const [ga] = await t.sql<{ id: string }>(
      "SELECT a.id FROM role_assignment a JOIN principal p ON p.id = a.principal_id WHERE p.email = 'admin@contoso.test' AND a.end_at IS NULL",
    );
    const unknown = randomUUID();
    const attempts = (assignmentId: string) => [
      t.gql(dave, 'mutation($input: UpdateAssignmentInput!) { extendAssignment(input: $input) { id } }', { input: { assignmentId, duration: 'P400D' } }),
      t.gql(dave, 'mutation($id: ID!) { renewAssignment(assignmentId: $id, duration: "P1D") { id } }', { id: assignmentId }),
      t.gql(dave, 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }', { input: { assignmentId, duration: 'P1D' } }),
      t.gql(dave, 'mutation($id: ID!) { removeAssignment(assignmentId: $id) { id } }', { id: assignmentId }),
    ];
    // The admin's permanent Global Administrator assignment and an id that names nothing get the same answers.
    const onReal = await Promise.all(attempts(ga.id));
    const onUnknown = await Promise.all(attempts(unknown));
    expect(onReal.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(onReal.map((r) => r.errors?.[0].message.replace(ga.id, '<id>'))).toEqual(onUnknown.map((r) => r.errors?.[0].message.replace(unknown, '<id>')));
    // carol (Security Reader) may read it but not manage it: FORBIDDEN, and nothing about its window.
    const asReader = await t.gql(carol, 'mutation($input: UpdateAssignmentInput!) { extendAssignment(input: $input) { id } }', { input: { assignmentId: ga.id, duration: 'P400D' } });
    expect(code(asReader)).toBe('FORBIDDEN');
    expect(asReader.errors?.[0].message).not.toMatch(/permanent|ended|renew/i);
    const renew = await t.gql(carol, 'mutation($id: ID!) { renewAssignment(assignmentId: $id) { id } }', { id: ga.id });
    expect(code(renew)).toBe('FORBIDDEN');
    expect(renew.errors?.[0].message).not.toMatch(/permanent|ended|renew|extend/i);
  });

  describe('one activation of a role at a scope at a time, whichever eligibility it comes from (#11)', () => {
    let dave: string;
    let eligibilities: string[];

    beforeAll(async () => {
      // dave is eligible for Contributor at Development (demo); now also at rg-dev, below it.
      await adminAssign(t, admin, { principalId: id.dave, roleId: id.contributor, scopeId: id.rgDev, type: 'ELIGIBLE', duration: 'P30D' });
      eligibilities = (
        await t.sql<{ id: string }>("SELECT id FROM role_assignment WHERE principal_id = $1 AND role_id = $2 AND type = 'ELIGIBLE' ORDER BY scope_id", [id.dave, id.contributor])
      ).map((row) => row.id);
      expect(eligibilities).toHaveLength(2);
      dave = await t.signInWithMfa('dave@contoso.test');
    });

    const activeAtRgDev = async () =>
      (
        await t.sql<{ n: number }>(
          "SELECT count(*)::int AS n FROM role_assignment WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = 'ACTIVE' AND end_reason IS NULL AND (end_at IS NULL OR end_at > now())",
          [id.dave, id.contributor, id.rgDev],
        )
      )[0].n;
    const activate = (eligibilityId: string) =>
      t.gql<{ activateRole: { id: string; status: string } }>(dave, ACTIVATE, {
        input: { eligibilityId, scopeId: id.rgDev, duration: 'PT1H', justification: 'deploy', ticketSystem: 'JIRA', ticketNumber: 'OPS-1' },
      });

    it('in parallel through two eligibilities: one activation, the other CONFLICT', async () => {
      const results = await Promise.all(eligibilities.map(activate));
      expect(results.map(code).sort()).toEqual(['CONFLICT', 'ok']);
      expect(await activeAtRgDev()).toBe(1);
      // Sequentially too, while it is in force.
      expect(code(await activate(eligibilities.find((e) => e !== results.find((r) => r.data)?.data?.activateRole.id)!))).toBe('CONFLICT');
      const [active] = await t.sql<{ id: string }>(
        "SELECT id FROM role_assignment WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = 'ACTIVE' AND end_reason IS NULL AND end_at > now()",
        [id.dave, id.contributor, id.rgDev],
      );
      expect(code(await t.gql(dave, 'mutation($id: ID!) { deactivateRole(assignmentId: $id) { id } }', { id: active.id }))).toBe('ok');
    });

    it('with approval: a second request through the other eligibility is refused while the first waits; an approval never makes a second', async () => {
      const bob = await t.ids.principal('bob@contoso.test');
      const settings = await t.gql(
        admin,
        `mutation($role: ID!, $scope: ID!, $bob: ID!) { updateRoleSettings(roleId: $role, scopeId: $scope, input: {
           activation: { requireApproval: true, requireMfa: false, approvalStages: [{ approverIds: [$bob] }] } }) { isDefault } }`,
        { role: id.contributor, scope: id.rgDev, bob },
      );
      expect(settings.errors).toBeUndefined();
      const first = await activate(eligibilities[0]);
      expect(first.data?.activateRole.status).toBe('PENDING_APPROVAL');
      expect(code(await activate(eligibilities[1]))).toBe('CONFLICT');
      // Meanwhile an administrator makes dave Contributor at rg-dev directly: the approval must not add a second.
      await adminAssign(t, admin, { principalId: id.dave, roleId: id.contributor, scopeId: id.rgDev, type: 'ACTIVE', duration: 'P1D' });
      const approved = await t.gql<{ approveRequest: { status: string } }>(
        await t.signIn('bob@contoso.test'),
        'mutation($id: ID!) { approveRequest(requestId: $id, justification: "ok") { status } }',
        { id: first.data!.activateRole.id },
      );
      expect(approved.data?.approveRequest.status).toBe('FAILED');
      expect(await activeAtRgDev()).toBe(1);
    });
  });
});
