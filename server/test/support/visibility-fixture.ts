import type { TestApp } from './app';
import { adminAssign } from './personas';

const ACTIVATE = 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status assignment { id } } }';

/** The demo personas of API.md, signed in (those who activate with a fresh MFA step-up), plus the pipeline's API token. */
export interface DemoTokens {
  admin: string;
  pra: string;
  alice: string;
  bob: string;
  carol: string;
  dave: string;
  erin: string;
  pipeline: string;
}

export interface VisibilityFixture {
  tokens: DemoTokens;
  id: Record<string, string>;
}

async function activate(t: TestApp, token: string, input: Record<string, unknown>): Promise<{ id: string; status: string; assignment: { id: string } | null }> {
  const result = await t.gql<{ activateRole: { id: string; status: string; assignment: { id: string } | null } }>(token, ACTIVATE, {
    input: { duration: 'PT2H', justification: 'visibility fixture', ...input },
  });
  if (!result.data?.activateRole) throw new Error(`activateRole failed: ${JSON.stringify(result.errors)}`);
  return result.data.activateRole;
}

/**
 * The demo tenant with the relations that cross scopes (R16), made through the API:
 * - bob is ELIGIBLE for Virtual Machine Contributor at Contoso and activated it at Production, below it: the activation is
 *   dave's to read (Owner at Production), the eligibility it came from is not;
 * - Tier 3 Office Admins holds Reader ACTIVE at Production and alice activated her membership: dave reads the group's
 *   assignment, not alice's membership (a GROUP role of a group he does not own);
 * - alice asked for Security Administrator: pending, bob decides it (and reads it only for that);
 * - SQL DB Contributor needs erin's approval (a guest approver; carol on escalation); dave is eligible at Production and
 *   asked: pending; carol asked at rg-web and erin denied it; Reader has an override at Production;
 * - erin activated her Contributor at rg-web;
 * - pra is made ACTIVE (the demo has them ELIGIBLE), so the persona is the administrator it is named after.
 */
export async function setUpVisibilityFixture(t: TestApp): Promise<VisibilityFixture> {
  const id: Record<string, string> = {};
  for (const name of ['/', 'Contoso', 'Production', 'Development', 'rg-web', 'Tier 3 Office Admins']) id[name] = await t.ids.scope(name);
  for (const name of ['Reader', 'Contributor', 'Virtual Machine Contributor', 'SQL DB Contributor', 'Security Administrator', 'Privileged Role Administrator']) {
    id[name] = await t.ids.role(name);
  }
  id.Member = (await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'GROUP' AND name = 'Member'"))[0].id;
  for (const [key, who] of Object.entries({ admin: 'admin@contoso.test', pra: 'pra@contoso.test', alice: 'alice@contoso.test', bob: 'bob@contoso.test', carol: 'carol@contoso.test', dave: 'dave@contoso.test', erin: 'erin@fabrikam.test', tier3: 'Tier 3 Office Admins', pipeline: 'deploy-pipeline' })) {
    id[key] = await t.ids.principal(who);
  }

  const admin = await t.signIn('admin@contoso.test');
  await adminAssign(t, admin, { principalId: id.pra, roleId: id['Privileged Role Administrator'], scopeId: id['/'], type: 'ACTIVE' });

  // bob: eligible at Contoso, active (activated) at Production.
  const bobsEligibility = await adminAssign(t, admin, { principalId: id.bob, roleId: id['Virtual Machine Contributor'], scopeId: id.Contoso, type: 'ELIGIBLE' });
  id.bobsEligibility = bobsEligibility.assignmentId;
  const bob = await t.signInWithMfa('bob@contoso.test');
  const bobsActivation = await activate(t, bob, { eligibilityId: id.bobsEligibility, scopeId: id.Production });
  if (!bobsActivation.assignment) throw new Error(`bob's activation is ${bobsActivation.status}`);
  id.bobsActivationRequest = bobsActivation.id;
  id.bobsActivation = bobsActivation.assignment.id;

  // Tier 3 holds Reader at Production; alice's membership is activated.
  const groupsReader = await adminAssign(t, admin, { principalId: id.tier3, roleId: id.Reader, scopeId: id.Production, type: 'ACTIVE' });
  id.tier3Reader = groupsReader.assignmentId;
  const alice = await t.signInWithMfa('alice@contoso.test');
  const membership = await activate(t, alice, { roleId: id.Member, scopeId: id['Tier 3 Office Admins'] });
  if (!membership.assignment) throw new Error(`alice's membership is ${membership.status}`);
  id.alicesMembership = membership.assignment.id;
  [{ id: id.alicesMembershipEligibility }] = await t.sql<{ id: string }>(
    "SELECT id FROM role_assignment WHERE principal_id = $1 AND role_id = $2 AND type = 'ELIGIBLE'",
    [id.alice, id.Member],
  );

  // alice asks for Security Administrator: bob approves it.
  const pendingForBob = await activate(t, alice, { roleId: id['Security Administrator'], scopeId: id['/'], duration: 'PT1H' });
  id.alicesPendingRequest = pendingForBob.id;

  // erin approves SQL DB Contributor; dave asks for it at Production.
  const settings = await t.gql(
    admin,
    'mutation($r: ID!, $input: RoleSettingsInput!) { updateRoleSettings(roleId: $r, input: $input) { isDefault } }',
    { r: id['SQL DB Contributor'], input: { activation: { requireApproval: true, approvalStages: [{ approverIds: [id.erin], escalationApproverIds: [id.carol], escalateAfter: 'PT12H' }] } } },
  );
  if (settings.errors) throw new Error(`updateRoleSettings failed: ${JSON.stringify(settings.errors)}`);
  // An override at a scope, so RoleSettings.scope has something to show.
  const override = await t.gql(admin, 'mutation($r: ID!, $s: ID) { updateRoleSettings(roleId: $r, scopeId: $s, input: { activation: { requireTicket: false } }) { isDefault } }', {
    r: id.Reader,
    s: id.Production,
  });
  if (override.errors) throw new Error(`updateRoleSettings failed: ${JSON.stringify(override.errors)}`);
  await adminAssign(t, admin, { principalId: id.dave, roleId: id['SQL DB Contributor'], scopeId: id.Production, type: 'ELIGIBLE' });
  const dave = await t.signInWithMfa('dave@contoso.test');
  const pendingForErin = await activate(t, dave, { roleId: id['SQL DB Contributor'], scopeId: id.Production });
  id.davesPendingRequest = pendingForErin.id;
  // carol asked for it too, at rg-web; erin denied that one.
  await adminAssign(t, admin, { principalId: id.carol, roleId: id['SQL DB Contributor'], scopeId: id['rg-web'], type: 'ELIGIBLE' });
  const carol = await t.signInWithMfa('carol@contoso.test');
  const deniedByErin = await activate(t, carol, { roleId: id['SQL DB Contributor'], scopeId: id['rg-web'] });
  id.carolsDeniedRequest = deniedByErin.id;

  const erin = await t.signInWithMfa('erin@fabrikam.test');
  const denied = await t.gql(erin, 'mutation($id: ID!) { denyRequest(requestId: $id, justification: "not needed") { status } }', { id: id.carolsDeniedRequest });
  if (denied.errors) throw new Error(`denyRequest failed: ${JSON.stringify(denied.errors)}`);
  // erin activates her own Contributor at rg-web.
  const erinsActivation = await activate(t, erin, { roleId: id.Contributor, scopeId: id['rg-web'] });
  id.erinsActivationRequest = erinsActivation.id;

  // Access reviews: Contributor at Contoso, each holder reviewing themselves (carol the fallback), dave has decided his;
  // Reader at Production reviewed by bob, stopped by admin.
  const review = async (input: Record<string, unknown>) => {
    const made = await t.gql<{ createAccessReview: { id: string; instances: { id: string }[] } }>(
      admin,
      'mutation($input: AccessReviewInput!) { createAccessReview(input: $input) { id instances { id } } }',
      { input },
    );
    if (!made.data) throw new Error(`createAccessReview failed: ${JSON.stringify(made.errors)}`);
    return made.data.createAccessReview;
  };
  const contributors = await review({ name: 'Contributors', roleIds: [id.Contributor], scopeId: id.Contoso, reviewers: [{ kind: 'SELF', fallbackPrincipalIds: [id.carol] }] });
  id.contributorsReview = contributors.id;
  const [davesItem] = await t.sql<{ id: string }>('SELECT id FROM access_review_item WHERE instance_id = $1 AND principal_id = $2', [contributors.instances[0].id, id.dave]);
  const decided = await t.gql(dave, 'mutation($ids: [ID!]!) { decideReviewItems(itemIds: $ids, decision: DENY, reason: "no longer") { id } }', { ids: [davesItem.id] });
  if (decided.errors) throw new Error(`decideReviewItems failed: ${JSON.stringify(decided.errors)}`);
  const readers = await review({ name: 'Readers', roleIds: [id.Reader], scopeId: id.Production, reviewers: [{ kind: 'USERS', principalIds: [id.bob] }] });
  id.readersReview = readers.id;
  const stopped = await t.gql(admin, 'mutation($id: ID!) { stopAccessReview(instanceId: $id) { id } }', { id: readers.instances[0].id });
  if (stopped.errors) throw new Error(`stopAccessReview failed: ${JSON.stringify(stopped.errors)}`);

  // Alerts: too many Global Administrators (threshold 1), dismissed by admin; too many owners at Production (dave, and bob eligible).
  const [{ id: owner }] = await t.sql<{ id: string }>("SELECT id FROM role_definition WHERE kind = 'RESOURCE' AND name = 'Owner'");
  await adminAssign(t, admin, { principalId: id.bob, roleId: owner, scopeId: id.Production, type: 'ELIGIBLE' });
  const catalogue = await t.gql<{ alerts: { id: string; type: string }[] }>(admin, 'query { alerts { id type } }');
  const alertId = (type: string) => catalogue.data!.alerts.find((alert) => alert.type === type)!.id;
  const alertSettings = 'mutation($id: ID!, $input: AlertSettingsInput!) { updateAlertSettings(alertId: $id, input: $input) { incidentCount } }';
  for (const [type, thresholds] of [
    ['TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 1 }, { name: 'minimumPercent', value: 0 }]],
    ['TOO_MANY_OWNERS', [{ name: 'owners', value: 2 }]],
  ] as const) {
    const set = await t.gql<{ updateAlertSettings: { incidentCount: number } }>(admin, alertSettings, { id: alertId(type), input: { thresholds } });
    if (!set.data?.updateAlertSettings.incidentCount) throw new Error(`${type} found nothing: ${JSON.stringify(set)}`);
  }
  const dismissed = await t.gql(admin, 'mutation($id: ID!) { dismissAlert(alertId: $id) { id } }', { id: alertId('TOO_MANY_GLOBAL_ADMINS') });
  if (dismissed.errors) throw new Error(`dismissAlert failed: ${JSON.stringify(dismissed.errors)}`);

  const issued = await t.gql<{ createApiToken: { token: string } }>(
    admin,
    'mutation($id: ID!) { createApiToken(servicePrincipalId: $id, name: "visibility") { token } }',
    { id: id.pipeline },
  );
  if (!issued.data) throw new Error(JSON.stringify(issued.errors));

  return {
    id,
    tokens: {
      admin,
      pra: await t.signIn('pra@contoso.test'),
      alice,
      bob,
      carol,
      dave,
      erin,
      pipeline: issued.data.createApiToken.token,
    },
  };
}
