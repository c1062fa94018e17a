import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from './support/totp';
import { startTestApp, type TestApp } from './support/app';
import { PERSONA_NAMES, setUpPersonas, type Personas } from './support/personas';

type Outcome = string; // 'ok', 'sees', 'hidden', or an error code
type Persona = keyof Personas;

/** Runs an operation as a persona and reduces the answer to 'ok' or the error code. */
async function outcome(t: TestApp, token: string | null, query: string, variables?: Record<string, unknown>): Promise<Outcome> {
  const result = await t.gql(token, query, variables);
  if (result.status >= 500) return `HTTP ${result.status}`;
  return result.errors?.length ? String(result.errors[0].extensions?.code) : 'ok';
}

const everyone = (value: Outcome, overrides: Partial<Record<Persona, Outcome>> = {}) =>
  Object.fromEntries(PERSONA_NAMES.map((p) => [p, overrides[p] ?? value])) as Record<Persona, Outcome>;

/**
 * R1: every operation × every persona answers exactly as DOMAIN.md's "Who may do what" says. Mutations are exercised with
 * validateOnly where they have it, so the matrix changes nothing; the rest target rows made for the purpose.
 */
describe('authorization matrix (R1)', () => {
  let t: TestApp;
  let personas: Personas;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    personas = await setUpPersonas(t);
    ids.root = await t.ids.scope('/');
    ids.production = await t.ids.scope('Production');
    ids.development = await t.ids.scope('Development');
    ids.tier3 = await t.ids.scope('Tier 3 Office Admins');
    ids.bob = await t.ids.principal('bob@contoso.test');
    ids.carol = await t.ids.principal('carol@contoso.test');
    ids.dave = await t.ids.principal('dave@contoso.test');
    ids.pipeline = await t.ids.principal('deploy-pipeline');
    ids.securityReader = await t.ids.role('Security Reader');
    ids.reader = await t.ids.role('Reader');
    ids.owner = await t.ids.role('Owner');
    ids.member = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Member'"))[0].id;
    const [carolsRole] = await t.sql<{ id: string }>('SELECT id FROM role_assignment WHERE principal_id = $1', [ids.carol]);
    ids.carolsAssignment = carolsRole.id;
    const [davesOwner] = await t.sql<{ id: string }>('SELECT id FROM role_assignment WHERE principal_id = $1 AND role_id = $2', [ids.dave, ids.owner]);
    ids.davesOwner = davesOwner.id;
  });
  afterAll(async () => t?.stop());

  const expectMatrix = async (
    name: string,
    run: (token: string | null, persona: Persona) => Promise<Outcome>,
    expected: Record<Persona, Outcome>,
  ) => {
    const actual: Record<string, Outcome> = {};
    for (const persona of PERSONA_NAMES) actual[persona] = await run(personas[persona], persona);
    expect(actual, name).toEqual(expected);
  };

  it('me, viewer and sign-out need a session; me and step-up are for users only', async () => {
    await expectMatrix('me', (tok) => outcome(t, tok, '{ me { id } }'), everyone('ok', { anonymous: 'UNAUTHENTICATED', servicePrincipal: 'FORBIDDEN' }));
    await expectMatrix('viewer', (tok) => outcome(t, tok, '{ viewer { id } }'), everyone('ok', { anonymous: 'UNAUTHENTICATED' }));
    await expectMatrix(
      'stepUpMfa',
      (tok) => outcome(t, tok, 'mutation { stepUpMfa(code: "000000") { mfaAt } }'),
      everyone('MFA_REQUIRED', { anonymous: 'UNAUTHENTICATED', servicePrincipal: 'FORBIDDEN' }),
    );
  });

  it('the directory, the scope tree, the role catalogue and role settings are readable by anyone signed in', async () => {
    const signedIn = everyone('ok', { anonymous: 'UNAUTHENTICATED' });
    await expectMatrix('principals', (tok) => outcome(t, tok, '{ principals(first: 5) { totalCount } }'), signedIn);
    await expectMatrix('scopes', (tok) => outcome(t, tok, '{ scopes { id childCount } }'), signedIn);
    await expectMatrix('roleDefinitions', (tok) => outcome(t, tok, '{ roleDefinitions { id } }'), signedIn);
    await expectMatrix('roleSettings', (tok) => outcome(t, tok, `{ roleSettings(roleId: "${ids.securityReader}") { isDefault } }`), signedIn);
  });

  it('directory assignments of others are read by GA, PRA, Security Reader/Administrator and Global Reader only', async () => {
    const sees = (tok: string | null) =>
      t
        .gql<{ roleAssignments: { edges: { node: { id: string } }[] } }>(tok, `{ roleAssignments(filter: { principalId: "${ids.carol}" }) { edges { node { id } } } }`)
        .then((r) => (r.errors ? String(r.errors[0].extensions?.code) : r.data!.roleAssignments.edges.some((e) => e.node.id === ids.carolsAssignment) ? 'sees' : 'hidden'));
    await expectMatrix(
      'carol’s Security Reader at /',
      sees,
      everyone('hidden', { anonymous: 'UNAUTHENTICATED', securityReader: 'sees', globalReader: 'sees', privilegedRoleAdmin: 'sees', globalAdmin: 'sees' }),
    );
  });

  it('resource assignments are read by GA, Global Reader and Owners/UAAs at that scope or above', async () => {
    const sees = (tok: string | null) =>
      t
        .gql<{ roleAssignments: { edges: { node: { id: string } }[] } }>(tok, `{ roleAssignments(filter: { scopeId: "${ids.production}" }) { edges { node { id } } } }`)
        .then((r) => (r.errors ? String(r.errors[0].extensions?.code) : r.data!.roleAssignments.edges.some((e) => e.node.id === ids.davesOwner) ? 'sees' : 'hidden'));
    await expectMatrix('dave’s Owner at Production', sees, everyone('hidden', { anonymous: 'UNAUTHENTICATED', globalReader: 'sees', globalAdmin: 'sees' }));
  });

  it('effective access of someone else: refused to those who read nothing beyond themselves', async () => {
    await expectMatrix(
      'effectiveAccess(dave)',
      (tok) => outcome(t, tok, `{ effectiveAccess(principalId: "${ids.dave}") { endAt } }`),
      everyone('FORBIDDEN', {
        anonymous: 'UNAUTHENTICATED',
        securityReader: 'ok',
        globalReader: 'ok',
        privilegedRoleAdmin: 'ok',
        globalAdmin: 'ok',
        siblingOwner: 'ok',
      }),
    );
  });

  const assign = (scopeId: string, roleId: string, principalId: string, type = 'ELIGIBLE') => (tok: string | null) =>
    outcome(
      t,
      tok,
      'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id validateOnly } }',
      { input: { principalId, roleId, scopeId, type, duration: 'P7D', justification: 'matrix', validateOnly: true } },
    );

  it('assigning a DIRECTORY role: Global and Privileged Role Administrators only', async () => {
    await expectMatrix(
      'assign Security Reader at /',
      assign(ids.root, ids.securityReader, ids.bob),
      everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', privilegedRoleAdmin: 'ok', globalAdmin: 'ok' }),
    );
  });

  it('assigning a RESOURCE role: GA and Owners/UAAs at that scope or above, not at a sibling', async () => {
    await expectMatrix(
      'assign Reader at Production',
      assign(ids.production, ids.reader, ids.carol),
      everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'ok' }),
    );
    await expectMatrix(
      'assign Reader at Development',
      assign(ids.development, ids.reader, ids.carol),
      everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'ok', siblingOwner: 'ok' }),
    );
  });

  it('assigning group membership: GA, PRA (and the group’s owners)', async () => {
    await expectMatrix(
      'assign Member of Tier 3',
      assign(ids.tier3, ids.member, ids.carol),
      everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', privilegedRoleAdmin: 'ok', globalAdmin: 'ok' }),
    );
  });

  it('removing and updating someone’s directory assignment: GA and PRA only; refused ones change nothing', async () => {
    const before = await t.sql('SELECT end_at FROM role_assignment WHERE id = $1', [ids.carolsAssignment]);
    await expectMatrix(
      'update carol’s assignment',
      (tok) =>
        outcome(t, tok, 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }', {
          input: { assignmentId: ids.carolsAssignment, duration: 'P10D', validateOnly: true },
        }),
      // Those who may not even read it learn nothing about it: NOT_FOUND, as for an id that does not exist.
      everyone('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', privilegedRoleAdmin: 'ok', globalAdmin: 'ok', securityReader: 'FORBIDDEN', globalReader: 'FORBIDDEN' }),
    );
    const nonManagers: Persona[] = ['plainUser', 'eligibleUser', 'approver', 'securityReader', 'globalReader', 'siblingOwner', 'servicePrincipal'];
    const readers: Persona[] = ['securityReader', 'globalReader'];
    for (const persona of nonManagers) {
      expect(await outcome(t, personas[persona], `mutation { removeAssignment(assignmentId: "${ids.carolsAssignment}") { id } }`), persona).toBe(
        readers.includes(persona) ? 'FORBIDDEN' : 'NOT_FOUND',
      );
    }
    expect(await t.sql('SELECT end_at FROM role_assignment WHERE id = $1', [ids.carolsAssignment])).toEqual(before);
  });

  it('settings, custom roles and API tokens: GA and PRA only', async () => {
    const admins = everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', privilegedRoleAdmin: 'ok', globalAdmin: 'ok' });
    await expectMatrix(
      'updateRoleSettings',
      (tok) => outcome(t, tok, `mutation { updateRoleSettings(roleId: "${ids.securityReader}", input: { activation: { requireTicket: false } }) { isDefault } }`),
      admins,
    );
    let n = 0;
    await expectMatrix(
      'createCustomRole',
      (tok) => outcome(t, tok, `mutation { createCustomRole(input: { name: "Matrix role ${n++}", kind: DIRECTORY }) { id } }`),
      admins,
    );
    await expectMatrix(
      'createApiToken',
      (tok) => outcome(t, tok, `mutation { createApiToken(servicePrincipalId: "${ids.pipeline}", name: "matrix") { token } }`),
      admins,
    );
    await expectMatrix('apiTokens', (tok) => outcome(t, tok, '{ apiTokens { id } }'), admins);
  });

  it('the directory and the scope tree (own tenant): groups, service principals, disabling, shaping scopes, by DOMAIN.md’s rows', async () => {
    const denied = { anonymous: 'UNAUTHENTICATED' } as const;
    const tenantManagers = everyone('FORBIDDEN', { ...denied, privilegedRoleAdmin: 'ok', globalAdmin: 'ok' });
    let n = 0;
    await expectMatrix('createGroup', (tok) => outcome(t, tok, `mutation { createGroup(input: { displayName: "Matrix group ${n++}" }) { id } }`), tenantManagers);
    await expectMatrix(
      'createGroup(roleAssignable)',
      (tok) => outcome(t, tok, `mutation { createGroup(input: { displayName: "Matrix tier ${n++}", roleAssignable: true }) { id } }`),
      tenantManagers,
    );
    await expectMatrix('createServicePrincipal', (tok) => outcome(t, tok, `mutation { createServicePrincipal(input: { displayName: "matrix-sp-${n++}" }) { id } }`), tenantManagers);
    // Enabling someone already enabled changes nothing: the matrix only asks who may.
    const enable = (id: string) => (tok: string | null) => outcome(t, tok, 'mutation($id: ID!) { setPrincipalEnabled(principalId: $id, enabled: true) { id } }', { id });
    await expectMatrix('setPrincipalEnabled(user)', enable(ids.carol), everyone('FORBIDDEN', { ...denied, globalAdmin: 'ok' }));
    await expectMatrix('setPrincipalEnabled(service principal)', enable(ids.pipeline), tenantManagers);
    const tier3Group = await t.ids.principal('Tier 3 Office Admins');
    await expectMatrix('setPrincipalEnabled(role-assignable group)', enable(tier3Group), tenantManagers);

    // Scopes: Global Administrators everywhere; Owners and Contributors below where they hold it (the sibling owner is Owner at Development).
    const shapers = everyone('FORBIDDEN', { ...denied, globalAdmin: 'ok', siblingOwner: 'ok' });
    await expectMatrix(
      'createScope(under Development)',
      (tok) => outcome(t, tok, `mutation { createScope(input: { parentId: "${ids.development}", name: "rg-matrix-${n++}", type: RESOURCE_GROUP }) { id } }`),
      shapers,
    );
    await expectMatrix(
      'createScope(under Production)',
      (tok) => outcome(t, tok, `mutation { createScope(input: { parentId: "${ids.production}", name: "rg-matrix-${n++}", type: RESOURCE_GROUP }) { id } }`),
      everyone('FORBIDDEN', { ...denied, globalAdmin: 'ok' }),
    );
    const adminToken = personas.globalAdmin;
    const fresh = async () =>
      (await t.gql<{ createScope: { id: string } }>(adminToken, `mutation { createScope(input: { parentId: "${ids.development}", name: "rg-fresh-${n++}", type: RESOURCE_GROUP }) { id } }`)).data!
        .createScope.id;
    await expectMatrix('updateScope(rename)', async (tok) => outcome(t, tok, `mutation { updateScope(id: "${await fresh()}", input: { name: "renamed-${n++}" }) { id } }`), shapers);
    await expectMatrix('archiveScope', async (tok) => outcome(t, tok, `mutation { archiveScope(id: "${await fresh()}") { id } }`), shapers);
    await expectMatrix(
      'createScope(administrative unit)',
      (tok) => outcome(t, tok, `mutation { createScope(input: { parentId: "${ids.root}", name: "AU ${n++}", type: ADMINISTRATIVE_UNIT }) { id } }`),
      tenantManagers,
    );
  });

  it('unlocking sign-in: Global Administrators for anyone, Privileged Role Administrators for users who are not administrators', async () => {
    const unlock = (principalId: string) => (tok: string | null) => outcome(t, tok, 'mutation($id: ID!) { unlockSignIn(principalId: $id) }', { id: principalId });
    await expectMatrix('unlockSignIn(dave)', unlock(ids.dave), everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', privilegedRoleAdmin: 'ok', globalAdmin: 'ok' }));
    const admin = await t.ids.principal('admin@contoso.test');
    await expectMatrix('unlockSignIn(admin)', unlock(admin), everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'ok' }));
  });

  it('requests: everyone sees their own; others’ only where they may read', async () => {
    const count = async (tok: string | null) => {
      const r = await t.gql<{ roleRequests: { totalCount: number } }>(tok, `{ roleRequests(filter: { principalId: "${ids.carol}" }) { totalCount } }`);
      return r.errors ? String(r.errors[0].extensions?.code) : r.data!.roleRequests.totalCount > 0 ? 'sees' : 'hidden';
    };
    await expectMatrix(
      'carol’s requests',
      count,
      everyone('hidden', { anonymous: 'UNAUTHENTICATED', securityReader: 'sees', globalReader: 'sees', privilegedRoleAdmin: 'sees', globalAdmin: 'sees' }),
    );
  });

  it('activation and approval: the eligible activate, only the named approver decides, nobody decides their own', async () => {
    const secAdmin = await t.ids.role('Security Administrator');
    const activate = (tok: string | null) =>
      outcome(t, tok, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
        input: { roleId: secAdmin, scopeId: ids.root, duration: 'PT1H', justification: 'matrix', mfaCode: '123456', validateOnly: true },
      });
    await expectMatrix(
      'activateRole (dry run)',
      activate,
      everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', eligibleUser: 'ok' }),
    );
    const asked = await t.gql<{ activateRole: { id: string } }>(personas.eligibleUser, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
      input: { roleId: secAdmin, scopeId: ids.root, duration: 'PT1H', justification: 'matrix', mfaCode: await totpCode('JBSWY3DPEHPK3PXP', new Date(Date.now() + 30_000)) },
    });
    const requestId = asked.data!.activateRole.id;
    const approve = (tok: string | null) => outcome(t, tok, 'mutation($id: ID!) { approveRequest(requestId: $id, justification: "matrix") { id } }', { id: requestId });
    const others: Persona[] = ['anonymous', 'plainUser', 'eligibleUser', 'securityReader', 'globalReader', 'privilegedRoleAdmin', 'globalAdmin', 'siblingOwner', 'servicePrincipal'];
    const refused: Record<string, Outcome> = {};
    for (const persona of others) refused[persona] = await approve(personas[persona]);
    expect(refused).toEqual({
      anonymous: 'UNAUTHENTICATED',
      // Those who cannot see the request are told what they would be told of an unknown id.
      plainUser: 'NOT_FOUND',
      eligibleUser: 'FORBIDDEN',
      securityReader: 'FORBIDDEN',
      globalReader: 'FORBIDDEN',
      privilegedRoleAdmin: 'FORBIDDEN',
      globalAdmin: 'FORBIDDEN',
      siblingOwner: 'NOT_FOUND',
      servicePrincipal: 'FORBIDDEN',
    });
    const cancel: Record<string, Outcome> = {};
    for (const persona of ['plainUser', 'approver', 'globalAdmin'] as Persona[]) {
      cancel[persona] = await outcome(t, personas[persona], 'mutation($id: ID!) { cancelRequest(requestId: $id) { id } }', { id: requestId });
    }
    expect(cancel).toEqual({ plainUser: 'NOT_FOUND', approver: 'NOT_FOUND', globalAdmin: 'NOT_FOUND' });
    expect(await approve(personas.approver)).toBe('ok');
  });
  it('identity providers’ connections (SCIM tokens): Global Administrators only, to make, list and revoke', async () => {
    const globalOnly = everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'ok' });
    let n = 0;
    await expectMatrix('createScimToken', (tok) => outcome(t, tok, `mutation { createScimToken(name: "matrix ${n++}") { token } }`), globalOnly);
    await expectMatrix('scimTokens', (tok) => outcome(t, tok, '{ scimTokens { id } }'), globalOnly);
    const [made] = await t.sql<{ id: string }>("SELECT id FROM scim_token WHERE name LIKE 'matrix %' LIMIT 1");
    await expectMatrix('revokeScimToken', (tok) => outcome(t, tok, 'mutation($id: ID!) { revokeScimToken(id: $id) }', { id: made.id }), globalOnly);
    await expectMatrix('identityProviders', (tok) => outcome(t, tok, '{ identityProviders { id } }'), globalOnly);
    // Anyone may see what the sign-in page offers, signed in or not.
    await expectMatrix('signInProviders', (tok) => outcome(t, tok, '{ signInProviders { id } }'), everyone('ok'));
    // The issuer does not answer here (nothing listens on that port): those who may get as far as the issuer check.
    const connect = `mutation { createIdentityProvider(input: { name: "Matrix", issuer: "https://elevate-matrix.invalid", clientId: "c", guest: true, createMembers: true, homeOrganization: "M" }) { id } }`;
    await expectMatrix('createIdentityProvider', (tok) => outcome(t, tok, connect), everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'BAD_USER_INPUT' }));
    // Turning password sign-in off: who may update the person (here: nobody bound anywhere, so even they get BAD_USER_INPUT).
    await expectMatrix(
      'setPasswordSignIn',
      (tok) => outcome(t, tok, 'mutation($id: ID!) { setPasswordSignIn(principalId: $id, enabled: false) }', { id: ids.carol }),
      everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'BAD_USER_INPUT' }),
    );
  });

  it('access reviews: created and managed by those who manage the role at the scope; read by its readers and reviewers; decided by reviewers', async () => {
    const contributor = await t.ids.role('Contributor');
    const make = async (name: string, roleId: string, scopeId: string) => {
      const made = await t.gql<{ createAccessReview: { id: string; instances: { id: string }[] } }>(
        personas.globalAdmin,
        'mutation($input: AccessReviewInput!) { createAccessReview(input: $input) { id instances { id } } }',
        { input: { name, roleIds: [roleId], scopeId, reviewers: [{ kind: 'USERS', principalIds: [ids.bob] }], requireReason: false } },
      );
      if (!made.data) throw new Error(JSON.stringify(made.errors));
      return { id: made.data.createAccessReview.id, instanceId: made.data.createAccessReview.instances[0].id };
    };
    const gaOnly = everyone('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'ok' });
    const creating = (roleId: string, scopeId: string) => (tok: string | null) =>
      outcome(t, tok, 'mutation($input: AccessReviewInput!) { createAccessReview(input: $input) { id } }', {
        input: { name: 'matrix', roleIds: [roleId], scopeId, reviewers: [{ kind: 'SELF' }] },
      });
    // A resource role at Production: Global Administrators (and Owners or User Access Administrators there, none here).
    await expectMatrix('createAccessReview (resource role)', creating(contributor, ids.production), gaOnly);
    // A directory role: Global and Privileged Role Administrators.
    await expectMatrix('createAccessReview (directory role)', creating(ids.securityReader, ids.root), { ...gaOnly, privilegedRoleAdmin: 'ok' });
    // The olga persona owns Development: she reviews its resource roles.
    expect(await creating(contributor, ids.development)(personas.siblingOwner)).toBe('ok');
    await expectMatrix('accessReviews', (tok) => outcome(t, tok, '{ accessReviews { totalCount } }'), everyone('ok', { anonymous: 'UNAUTHENTICATED' }));

    const review = await make('matrix read', contributor, ids.production);
    const [item] = await t.sql<{ id: string }>('SELECT id FROM access_review_item WHERE instance_id = $1 LIMIT 1', [review.instanceId]);
    // Readers of Contributor at Production (Global Administrators and Readers), and bob, its reviewer.
    const readers = everyone('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', globalAdmin: 'ok', globalReader: 'ok', approver: 'ok' });
    await expectMatrix('accessReview', (tok) => outcome(t, tok, 'query($id: ID!) { accessReview(id: $id) { id } }', { id: review.id }), readers);
    await expectMatrix('accessReviewInstance', (tok) => outcome(t, tok, 'query($id: ID!) { accessReviewInstance(id: $id) { id } }', { id: review.instanceId }), readers);
    await expectMatrix('reviewItems', (tok) => outcome(t, tok, 'query($id: ID) { reviewItems(filter: { instanceId: $id }) { totalCount } }', { id: review.instanceId }), readers);
    // Only its reviewer decides; readers see it but may not; the others do not see it.
    await expectMatrix(
      'decideReviewItems',
      (tok) => outcome(t, tok, 'mutation($ids: [ID!]!) { decideReviewItems(itemIds: $ids, decision: APPROVE) { id } }', { ids: [item.id] }),
      everyone('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', servicePrincipal: 'FORBIDDEN', approver: 'ok', globalAdmin: 'FORBIDDEN', globalReader: 'FORBIDDEN' }),
    );
    await expectMatrix(
      'acceptReviewRecommendations',
      (tok) => outcome(t, tok, 'mutation($id: ID!) { acceptReviewRecommendations(instanceId: $id) }', { id: review.instanceId }),
      everyone('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', servicePrincipal: 'FORBIDDEN', approver: 'ok', globalAdmin: 'ok', globalReader: 'ok' }),
    );
    // Managing: those who manage the role there; readers and reviewers are told they may not; the rest do not see it.
    const managers = everyone('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', servicePrincipal: 'FORBIDDEN', globalAdmin: 'ok', globalReader: 'FORBIDDEN', approver: 'FORBIDDEN' });
    await expectMatrix('resetAccessReview', (tok) => outcome(t, tok, 'mutation($id: ID!) { resetAccessReview(instanceId: $id) { id } }', { id: review.instanceId }), managers);
    await expectMatrix('stopAccessReview', (tok) => outcome(t, tok, 'mutation($id: ID!) { stopAccessReview(instanceId: $id) { id } }', { id: review.instanceId }), managers);
    await expectMatrix('applyAccessReview', (tok) => outcome(t, tok, 'mutation($id: ID!) { applyAccessReview(instanceId: $id) { id } }', { id: review.instanceId }), managers);
    await expectMatrix('deleteAccessReview', (tok) => outcome(t, tok, 'mutation($id: ID!) { deleteAccessReview(id: $id) }', { id: review.id }), {
      ...managers,
      // Deleted by the Global Administrator: gone for those after.
      siblingOwner: 'NOT_FOUND',
    });
  });
});
