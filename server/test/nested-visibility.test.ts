import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { setUpVisibilityFixture, type VisibilityFixture } from './support/visibility-fixture';

const code = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code ?? 'ok';

/**
 * R16, the holes found by hand (the schema walk in visibility-walk.test.ts finds them too): a nested assignment is
 * shown only to those its root lookup, `roleAssignment(id)`, shows it to.
 */
describe('nested assignments have the visibility of roleAssignment(id) (R16)', () => {
  let t: TestApp;
  let f: VisibilityFixture;
  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    f = await setUpVisibilityFixture(t);
  });
  afterAll(async () => t?.stop());

  it('an Owner at Production does not reach an eligibility at Contoso through RoleAssignment.eligibility or RoleRequest.source', async () => {
    const { dave } = f.tokens;
    expect(code(await t.gql(dave, `{ roleAssignment(id: "${f.id.bobsEligibility}") { id } }`))).toBe('NOT_FOUND');
    const activation = await t.gql<{ roleAssignment: { id: string; eligibility: { id: string } | null } }>(
      dave,
      `{ roleAssignment(id: "${f.id.bobsActivation}") { id eligibility { id } } }`,
    );
    expect(activation.errors).toBeUndefined();
    expect(activation.data!.roleAssignment).toEqual({ id: f.id.bobsActivation, eligibility: null });
    const request = await t.gql<{ roleRequest: { source: { id: string } | null; assignment: { id: string; eligibility: { id: string } | null } | null } }>(
      dave,
      `{ roleRequest(id: "${f.id.bobsActivationRequest}") { source { id } assignment { id eligibility { id } } } }`,
    );
    expect(request.errors).toBeUndefined();
    expect(request.data!.roleRequest).toEqual({ source: null, assignment: { id: f.id.bobsActivation, eligibility: null } });
    // The live feed and its history carry the same object: the same field, the same answer.
    const history = await t.gql<{ activationEvents: { edges: { node: { assignment: { id: string; eligibility: { id: string } | null } } }[] } }>(
      dave,
      '{ activationEvents(first: 100) { edges { node { assignment { id eligibility { id } } } } } }',
    );
    const seen = history.data!.activationEvents.edges.map((e) => e.node.assignment).filter((a) => a.id === f.id.bobsActivation);
    expect(seen).toEqual([{ id: f.id.bobsActivation, eligibility: null }]);
  });

  it('bob himself, and the Global Administrator, still see where his activation came from', async () => {
    for (const token of [f.tokens.bob, f.tokens.admin]) {
      const result = await t.gql<{ roleRequest: { source: { id: string } | null } }>(token, `{ roleRequest(id: "${f.id.bobsActivationRequest}") { source { id } } }`);
      expect(result.data!.roleRequest.source).toEqual({ id: f.id.bobsEligibility });
    }
  });

  it('an Owner at Production explaining alice’s Reader there sees the group’s assignment, not her membership of Tier 3', async () => {
    const explain = `{ explainAccess(principalId: "${f.id.alice}", roleId: "${f.id.Reader}", scopeId: "${f.id.Production}") {
      kind assignment { id } membership { id } group { id } } }`;
    const seenByDave = await t.gql<{ explainAccess: unknown[] }>(f.tokens.dave, explain);
    expect(seenByDave.errors).toBeUndefined();
    expect(seenByDave.data!.explainAccess).toEqual([{ kind: 'GROUP', assignment: { id: f.id.tier3Reader }, membership: null, group: { id: f.id.tier3 } }]);
    expect(code(await t.gql(f.tokens.dave, `{ roleAssignment(id: "${f.id.alicesMembership}") { id } }`))).toBe('NOT_FOUND');
    const effective = await t.gql<{ effectiveAccess: { paths: { membership: { id: string } | null }[] }[] }>(
      f.tokens.dave,
      `{ effectiveAccess(principalId: "${f.id.alice}", scopeId: "${f.id.Production}") { paths { membership { id } } } }`,
    );
    expect(effective.data!.effectiveAccess.flatMap((e) => e.paths)).toEqual([{ membership: null }]);
  });

  it('a Security Reader explaining alice’s Tier 3 roles sees the group’s directory assignment, not the membership (a group role)', async () => {
    const exchange = await t.ids.role('Exchange Administrator');
    const result = await t.gql<{ explainAccess: { membership: { id: string } | null; assignment: { id: string } }[] }>(
      f.tokens.carol,
      `{ explainAccess(principalId: "${f.id.alice}", roleId: "${exchange}", scopeId: "${f.id['/']}") { assignment { id } membership { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.explainAccess).toHaveLength(1);
    expect(result.data!.explainAccess[0].membership).toBeNull();
  });

  it('alice reads her own paths in full, and the group’s assignment she holds through it by id', async () => {
    const result = await t.gql<{ explainAccess: unknown[] }>(
      f.tokens.alice,
      `{ explainAccess(principalId: "${f.id.alice}", roleId: "${f.id.Reader}", scopeId: "${f.id.Production}") { assignment { id } membership { id eligibility { id } } } }`,
    );
    expect(result.data!.explainAccess).toEqual([
      { assignment: { id: f.id.tier3Reader }, membership: { id: f.id.alicesMembership, eligibility: { id: f.id.alicesMembershipEligibility } } },
    ]);
    // roleAssignments(expandGroups) lists the group's assignment for her; its root lookup agrees.
    const byId = await t.gql<{ roleAssignment: { id: string; principal: { id: string } } }>(f.tokens.alice, `{ roleAssignment(id: "${f.id.tier3Reader}") { id principal { id } } }`);
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.roleAssignment).toEqual({ id: f.id.tier3Reader, principal: { id: f.id.tier3 } });
    // Only for members: carol is not one, and reads no resource scope.
    expect(code(await t.gql(f.tokens.carol, `{ roleAssignment(id: "${f.id.tier3Reader}") { id } }`))).toBe('NOT_FOUND');
  });

  it('an approver reads the request they decide, not the eligibility behind it', async () => {
    const bobs = await t.gql<{ roleRequest: { id: string; canDecide: boolean; source: { id: string } | null } }>(
      f.tokens.bob,
      `{ roleRequest(id: "${f.id.alicesPendingRequest}") { id canDecide source { id } } }`,
    );
    expect(bobs.errors).toBeUndefined();
    expect(bobs.data!.roleRequest).toEqual({ id: f.id.alicesPendingRequest, canDecide: true, source: null });
    const queue = await t.gql<{ roleRequests: { edges: { node: { id: string; source: { id: string } | null } }[] } }>(
      f.tokens.erin,
      '{ roleRequests(filter: { awaitingMyDecision: true }) { edges { node { id source { id } } } } }',
    );
    expect(queue.data!.roleRequests.edges.map((e) => e.node)).toEqual([{ id: f.id.davesPendingRequest, source: null }]);
  });

  it('an approver keeps reading the request they decided and the schedule it made, nothing more', async () => {
    const approved = await t.gql<{ approveRequest: { status: string; assignment: { id: string; startAt: string; endAt: string } | null } }>(
      f.tokens.bob,
      'mutation($id: ID!) { approveRequest(requestId: $id, justification: "ok", duration: "PT30M") { status assignment { id startAt endAt } } }',
      { id: f.id.alicesPendingRequest },
    );
    expect(approved.errors).toBeUndefined();
    const made = approved.data!.approveRequest.assignment!;
    expect(new Date(made.endAt).getTime() - new Date(made.startAt).getTime()).toBe(30 * 60_000);
    const later = await t.gql<{ roleRequest: { status: string; assignment: { id: string } | null; source: { id: string } | null } }>(
      f.tokens.bob,
      `{ roleRequest(id: "${f.id.alicesPendingRequest}") { status assignment { id } source { id } } }`,
    );
    expect(later.data!.roleRequest).toEqual({ status: 'PROVISIONED', assignment: { id: made.id }, source: null });
    expect(code(await t.gql(f.tokens.bob, `{ roleAssignment(id: "${made.id}") { id } }`))).toBe('ok');
    expect(code(await t.gql(f.tokens.dave, `{ roleAssignment(id: "${made.id}") { id } }`))).toBe('NOT_FOUND');
    expect(code(await t.gql(f.tokens.dave, `{ roleRequest(id: "${f.id.alicesPendingRequest}") { id } }`))).toBe('NOT_FOUND');
  });
});
