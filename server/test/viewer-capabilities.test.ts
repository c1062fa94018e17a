import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';
import { settle, subscribe, type Feed } from './support/live';
import { wsClient } from './support/ws';

/** Every flag the dashboard's navigation reads, in the schema's order. */
const FLAGS = [
  'manageUsers',
  'manageTenant',
  'manageGroups',
  'manageRoleAssignableGroups',
  'editScopes',
  'readOverview',
  'readAssignments',
  'manageAssignments',
  'readRoles',
  'readRoleSettings',
  'manageRoleSettings',
  'readAccessReviews',
  'manageAccessReviews',
  'readAlerts',
  'manageAlerts',
  'readDirectory',
  'readScopes',
  'manageIdentityProviders',
  'manageWebhooks',
  'readActivity',
  'readAudit',
] as const;
type Flags = Record<(typeof FLAGS)[number], boolean>;
const SELECTION = FLAGS.join(' ');

/** The flags that are true, so a failure names them. */
const granted = (flags: Flags) => FLAGS.filter((flag) => flags[flag]);

describe('viewerCapabilities: what each person may use, by the rules of the operations behind each page', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  const token: Record<string, string> = {};

  const capabilitiesOf = async (who: string) => {
    const result = await t.gql<{ viewerCapabilities: Flags }>(token[who], `query { viewerCapabilities { ${SELECTION} } }`);
    expect(result.errors).toBeUndefined();
    return granted(result.data!.viewerCapabilities);
  };

  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
    for (const who of ['admin', 'alice', 'carol', 'dave', 'bob']) token[who] = await t.signIn(`${who}@contoso.test`);
    token.pra = await t.signInWithMfa('pra@contoso.test');
  });
  afterAll(async () => t?.stop());

  it('per persona: alice and pra (only eligible) nothing; carol reads; dave manages resources; the admin everything', async () => {
    expect(await capabilitiesOf('alice')).toEqual([]);
    expect(await capabilitiesOf('pra')).toEqual([]);
    // bob is Reader at Production: a resource role that reads nothing of others' assignments.
    expect(await capabilitiesOf('bob')).toEqual([]);
    expect(await capabilitiesOf('carol')).toEqual([
      'readOverview',
      'readAssignments',
      'readRoles',
      'readRoleSettings',
      'readAccessReviews',
      'readAlerts',
      'readDirectory',
      'readScopes',
      'readActivity',
      'readAudit',
    ]);
    // dave, Owner at Production: not the tenant's root, but assignments, settings, reviews and resource alerts there.
    expect(await capabilitiesOf('dave')).toEqual([
      'editScopes',
      'readAssignments',
      'manageAssignments',
      'readRoles',
      'readRoleSettings',
      'manageRoleSettings',
      'readAccessReviews',
      'manageAccessReviews',
      'readAlerts',
      'readDirectory',
      'readScopes',
      'readActivity',
      'readAudit',
    ]);
    expect(await capabilitiesOf('admin')).toEqual([...FLAGS]);
  });

  it('each flag says what its page answers: the refused are refused, the allowed answered', async () => {
    // Alerts: carol and dave read them, alice is refused; the same for identity providers and webhooks (admin only here).
    const alertsOf = async (who: string) => (await t.gql(token[who], 'query { alerts { id } }')).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await Promise.all(['alice', 'carol', 'dave', 'admin'].map(alertsOf))).toEqual(['FORBIDDEN', 'OK', 'OK', 'OK']);
    const providersOf = async (who: string) => (await t.gql(token[who], 'query { identityProviders { id } }')).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await Promise.all(['alice', 'carol', 'dave', 'admin'].map(providersOf))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK']);
    const webhooksOf = async (who: string) => (await t.gql(token[who], 'query { webhooks { id } }')).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await Promise.all(['alice', 'carol', 'dave', 'admin'].map(webhooksOf))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK']);
    // Assignments beyond one's own: alice sees only hers, carol others' too.
    const holdersOf = async (who: string) => {
      const result = await t.gql<{ roleAssignments: { edges: { node: { principal: { id: string } } }[] } }>(
        token[who],
        'query { roleAssignments(first: 100) { edges { node { principal { id } } } } }',
      );
      return new Set(result.data!.roleAssignments.edges.map((edge) => edge.node.principal.id)).size;
    };
    expect(await holdersOf('alice')).toBeLessThanOrEqual(1);
    expect(await holdersOf('carol')).toBeGreaterThan(1);
  });

  it('live over WebSocket: pra activates Privileged Role Administrator and the flags arrive; deactivated or expired, they go away; alice hears nothing of it', async () => {
    type Event = Flags;
    const query = `subscription { viewerCapabilitiesChanged { ${SELECTION} } }`;
    const clients = [wsClient(t.url, token.pra), wsClient(t.url, token.alice)];
    const [pras, alices] = clients.map((client) => subscribe(client, query, (data) => data.viewerCapabilitiesChanged as Event)) as [Feed<Event>, Feed<Event>];
    const activate = async (duration: string) => {
      const result = await t.gql<{ activateRole: { status: string; assignment: { id: string } } }>(
        token.pra,
        'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { status assignment { id } } }',
        { input: { roleId: await t.ids.role('Privileged Role Administrator'), scopeId: await t.ids.scope('/'), duration, justification: 'navigation test' } },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.activateRole.status).toBe('PROVISIONED');
      return result.data!.activateRole.assignment.id;
    };
    try {
      // Each feed opens with the answer now.
      await pras.waitFor((event) => granted(event).length === 0);
      await alices.waitFor((event) => granted(event).length === 0);
      await settle();

      const first = await activate('PT1H');
      const managing = await pras.waitFor((event) => event.manageTenant);
      expect(granted(managing)).toEqual([
        'manageTenant',
        'manageGroups',
        'manageRoleAssignableGroups',
        'editScopes',
        'readOverview',
        'readAssignments',
        'manageAssignments',
        'readRoles',
        'readRoleSettings',
        'manageRoleSettings',
        'readAccessReviews',
        'manageAccessReviews',
        'readAlerts',
        'manageAlerts',
        'readDirectory',
        'readScopes',
        'manageWebhooks',
        'readActivity',
        'readAudit',
      ]);

      // The last active Privileged Role Administrator may not end it (the last-admin guard): a second one first.
      const spare = await addUser(t, 'Sam Spare', 'sam.spare@contoso.test');
      await adminAssign(t, token.admin, { principalId: spare, roleId: await t.ids.role('Privileged Role Administrator'), scopeId: await t.ids.scope('/'), type: 'ACTIVE', duration: 'P1D' });
      const off = await t.gql(token.pra, 'mutation($id: ID!) { deactivateRole(assignmentId: $id) { status } }', { id: first });
      expect(off.errors).toBeUndefined();
      await pras.waitFor((event) => granted(event).length === 0 && pras.events.indexOf(event) > pras.events.indexOf(managing));
      expect(pras.events).toHaveLength(3);

      // Again, and this time it runs out: the sweeper records the expiry and the flags go with it.
      await activate('PT30M');
      await pras.waitFor((event) => event.manageTenant && pras.events.indexOf(event) === 3);
      clock.advance(31 * 60_000);
      await t.app.services.sweeper.sweep();
      await pras.waitFor((event) => !event.manageTenant && pras.events.indexOf(event) === 4);
      expect(pras.events).toHaveLength(5);

      // Nothing of pra's changes reached alice: only her first answer.
      await settle(300);
      expect(alices.events).toHaveLength(1);
    } finally {
      pras.stop();
      alices.stop();
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('live: a role given to a group reaches its members; the removal takes it back', async () => {
    const frank = await addUser(t, 'Frank Member', 'frank.member@contoso.test');
    token.frank = await t.signIn('frank.member@contoso.test');
    const group = await t.ids.principal('Tier 3 Office Admins');
    const [groupScope] = await t.sql<{ id: string }>('SELECT id FROM scope WHERE group_id = $1', [group]);
    await adminAssign(t, token.admin, { principalId: frank, roleId: await t.ids.role('Member'), scopeId: groupScope.id, type: 'ACTIVE' });
    const client = wsClient(t.url, token.frank);
    const feed = subscribe(client, `subscription { viewerCapabilitiesChanged { ${SELECTION} } }`, (data) => data.viewerCapabilitiesChanged as Flags);
    try {
      await feed.waitFor((event) => granted(event).length === 0);
      await settle();
      const given = await adminAssign(t, token.admin, {
        principalId: group,
        roleId: await t.ids.role('Security Reader'),
        scopeId: await t.ids.scope('/'),
        type: 'ACTIVE',
      });
      await feed.waitFor((event) => event.readAudit && event.readOverview && !event.manageAssignments);
      const removed = await t.gql(token.admin, 'mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "test") { status } }', { id: given.assignmentId });
      expect(removed.errors).toBeUndefined();
      await feed.waitFor((event) => !event.readAudit && feed.events.indexOf(event) === 2);
      expect(feed.events.map((event) => event.readAudit)).toEqual([false, true, false]);
    } finally {
      feed.stop();
      await client.dispose();
    }
  });
});
