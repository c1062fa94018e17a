import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';
import { settle, subscribe } from './support/live';
import { wsClient, wsRequest } from './support/ws';

const ALERT = `id type severity title active dismissed incidentCount lastScannedAt resource remediable viewerCanManage
  settings { enabled thresholds { name value min max defaultValue } }
  incidents { id detail principal { id } role { id name } scope { id } assignment { id } }`;

interface AlertNode {
  id: string;
  type: string;
  severity: string;
  active: boolean;
  dismissed: boolean;
  incidentCount: number;
  lastScannedAt: string | null;
  resource: boolean;
  remediable: boolean;
  viewerCanManage: boolean;
  settings: { enabled: boolean; thresholds: { name: string; value: number; min: number; max: number; defaultValue: number }[] };
  incidents: { id: string; detail: string; principal: { id: string } | null; role: { id: string; name: string } | null; scope: { id: string } | null; assignment: { id: string } | null }[];
}

describe('security alerts: raised and cleared by the condition, in the change that causes it; dismiss, refresh, remediate', () => {
  let t: TestApp;
  let admin: string;
  let carol: string;
  let alice: string;
  let dave: string;
  const id: Record<string, string> = {};

  const alerts = async (token: string) => {
    const result = await t.gql<{ alerts: AlertNode[] }>(token, `query { alerts { ${ALERT} } }`);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.alerts;
  };
  const alertOf = async (type: string, token = admin) => (await alerts(token)).find((alert) => alert.type === type) as AlertNode;
  const mutate = async <T,>(token: string, query: string, variables: Record<string, unknown>) => t.gql<T>(token, query, variables);
  const setThresholds = async (type: string, thresholds: { name: string; value: number }[], token = admin) =>
    mutate<{ updateAlertSettings: AlertNode }>(token, `mutation($id: ID!, $input: AlertSettingsInput!) { updateAlertSettings(alertId: $id, input: $input) { ${ALERT} } }`, {
      id: (await alertOf(type)).id,
      input: { thresholds },
    });
  const stored = async () =>
    (await t.sql<{ alert_type: string; key: string; detail: string }>('SELECT alert_type, key, detail FROM alert_incident ORDER BY alert_type, key')).map((row) => `${row.alert_type} ${row.key} ${row.detail}`);

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    admin = await t.signIn('admin@contoso.test');
    carol = await t.signIn('carol@contoso.test');
    alice = await t.signIn('alice@contoso.test');
    dave = await t.signIn('dave@contoso.test');
    id.ga = await t.ids.role('Global Administrator');
    id.root = await t.ids.scope('/');
    id.owner = await t.ids.role('Owner');
    id.production = await t.ids.scope('Production');
    id.frank = await addUser(t, 'Frank Plain', 'frank@contoso.test');
    id.gus = await addUser(t, 'Gus Spare', 'gus@contoso.test');
    const refreshed = await t.gql<{ refreshAlerts: AlertNode[] }>(admin, `mutation { refreshAlerts { type lastScannedAt } }`);
    expect(refreshed.errors).toBeUndefined();
  });
  afterAll(async () => t?.stop());

  it('the catalogue: nine alerts with their severities and thresholds, for the directory readers; others are refused', async () => {
    const all = await alerts(admin);
    expect(all.map((alert) => [alert.type, alert.severity])).toEqual([
      ['ROLES_ASSIGNED_OUTSIDE', 'HIGH'],
      ['TOO_MANY_GLOBAL_ADMINS', 'LOW'],
      ['NO_MFA_ON_ACTIVATION', 'LOW'],
      ['REDUNDANT_ASSIGNMENT', 'LOW'],
      ['STALE_SIGN_IN', 'MEDIUM'],
      ['FREQUENT_ACTIVATION', 'LOW'],
      ['TOO_MANY_OWNERS', 'MEDIUM'],
      ['TOO_MANY_PERMANENT_OWNERS', 'MEDIUM'],
      ['DUPLICATE_CUSTOM_ROLE', 'MEDIUM'],
    ]);
    expect(all.every((alert) => alert.lastScannedAt !== null && alert.viewerCanManage)).toBe(true);
    expect(all.find((alert) => alert.type === 'STALE_SIGN_IN')?.settings.thresholds).toEqual([{ name: 'days', value: 90, min: 1, max: 365, defaultValue: 90 }]);
    const asReader = await alerts(carol);
    expect(asReader).toHaveLength(9);
    expect(asReader.every((alert) => !alert.viewerCanManage)).toBe(true);
    // alice holds nothing active; dave owns Production: he reads the resource alerts only.
    expect((await t.gql(alice, 'query { alerts { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await alerts(dave)).map((alert) => alert.type)).toEqual(['TOO_MANY_OWNERS', 'TOO_MANY_PERMANENT_OWNERS']);
    expect((await t.gql(null, 'query { alerts { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('too many Global Administrators: raised in the assignment that crosses the threshold (audited, in the inbox), remediated through ADMIN_REMOVE, cleared', async () => {
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(DISTINCT principal_id)::int AS n FROM role_assignment WHERE role_id = $1 AND origin = 'ASSIGNED' AND start_at <= now() AND (end_at IS NULL OR end_at > now())`,
      [id.ga],
    );
    const set = await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: n + 1 }, { name: 'minimumPercent', value: 0 }]);
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateAlertSettings).toMatchObject({ active: false, incidentCount: 0 });

    const granted = await adminAssign(t, admin, { principalId: id.frank, roleId: id.ga, scopeId: id.root, type: 'ACTIVE' });
    const raised = await alertOf('TOO_MANY_GLOBAL_ADMINS');
    expect(raised).toMatchObject({ active: true, incidentCount: n + 1 });
    const franks = raised.incidents.find((incident) => incident.principal?.id === id.frank);
    expect(franks).toMatchObject({ role: { id: id.ga }, scope: { id: id.root }, assignment: { id: granted.assignmentId } });
    expect(franks?.detail).toContain(`One of ${n + 1} Global Administrators`);
    expect(await t.sql("SELECT 1 FROM audit_event WHERE action = 'alert.raised' AND after->>'alert' = 'TOO_MANY_GLOBAL_ADMINS'")).toHaveLength(1);
    const inbox = await t.sql<{ title: string }>(
      "SELECT n.title FROM in_app_notification n JOIN principal p ON p.id = n.principal_id WHERE p.email = 'admin@contoso.test' AND n.event_type = 'ALERT_RAISED'",
    );
    expect(inbox.map((row) => row.title)).toEqual(['Security alert: There are too many Global Administrators']);

    // A reader may not remediate; the administrator may, through the normal removal.
    const remediate = `mutation($id: ID!) { remediateAlertIncident(incidentId: $id, justification: "too many admins") { active incidentCount } }`;
    expect((await mutate(carol, remediate, { id: franks!.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const remediated = await mutate<{ remediateAlertIncident: { active: boolean; incidentCount: number } }>(admin, remediate, { id: franks!.id });
    expect(remediated.errors).toBeUndefined();
    expect(remediated.data?.remediateAlertIncident).toEqual({ active: false, incidentCount: 0 });
    const [ended] = await t.sql<{ end_reason: string; justification: string }>(
      'SELECT a.end_reason, r.justification FROM role_assignment a JOIN role_request r ON r.id = a.ended_by_request_id WHERE a.id = $1',
      [granted.assignmentId],
    );
    expect(ended).toEqual({ end_reason: 'REMOVED', justification: 'too many admins' });
  });

  it('the last-admin guard holds against a remediation', async () => {
    await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 1 }, { name: 'minimumPercent', value: 0 }]);
    const alert = await alertOf('TOO_MANY_GLOBAL_ADMINS');
    expect(alert.active).toBe(true);
    // Remove every Global Administrator the alert names: the last one is refused.
    const codes: (string | undefined)[] = [];
    for (const incident of alert.incidents.filter((incident) => incident.assignment)) {
      const result = await t.gql(admin, `mutation($id: ID!) { remediateAlertIncident(incidentId: $id) { id } }`, { id: incident.id });
      codes.push(result.errors?.[0].extensions?.code as string | undefined);
    }
    expect(codes.at(-1)).toBe('LAST_ADMIN_PROTECTED');
    expect((await alertOf('TOO_MANY_GLOBAL_ADMINS')).incidentCount).toBeGreaterThanOrEqual(1);
    await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 3 }, { name: 'minimumPercent', value: 10 }]);
  });

  it('roles without MFA on activation: raised by a settings change, remediated by requiring MFA', async () => {
    const securityAdministrator = await t.ids.role('Security Administrator');
    const updated = await t.gql(admin, 'mutation($roleId: ID!) { updateRoleSettings(roleId: $roleId, input: { activation: { requireMfa: false } }) { roleId: role { id } } }', {
      roleId: securityAdministrator,
    });
    expect(updated.errors).toBeUndefined();
    const raised = await alertOf('NO_MFA_ON_ACTIVATION');
    const incident = raised.incidents.find((one) => one.role?.id === securityAdministrator);
    expect(incident?.detail).toBe('Security Administrator can be activated without multi-factor authentication');
    const remediated = await t.gql(admin, `mutation($id: ID!) { remediateAlertIncident(incidentId: $id) { incidents { id } } }`, { id: incident!.id });
    expect(remediated.errors).toBeUndefined();
    const [row] = await t.sql<{ mfa: string }>("SELECT settings->'activation'->>'requireMfa' AS mfa FROM role_setting WHERE role_id = $1 AND scope_id IS NULL", [securityAdministrator]);
    expect(row.mfa).toBe('true');
    expect((await alertOf('NO_MFA_ON_ACTIVATION')).incidents.some((one) => one.role?.id === securityAdministrator)).toBe(false);
  });

  it('too many owners: a resource alert its owners read for their scopes; dismissed, then raised again by a new incident; refresh re-raises what holds', async () => {
    await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 2 }]);
    await adminAssign(t, admin, { principalId: id.gus, roleId: id.owner, scopeId: id.production, type: 'ELIGIBLE' });
    const alert = await alertOf('TOO_MANY_OWNERS');
    expect(alert.active).toBe(true);
    const atProduction = alert.incidents.filter((incident) => incident.scope?.id === id.production);
    expect(atProduction.length).toBeGreaterThanOrEqual(2);
    // dave owns Production: he sees these incidents, and may not dismiss the alert.
    const davesView = await alertOf('TOO_MANY_OWNERS', dave);
    expect(davesView.incidents.every((incident) => incident.scope?.id === id.production)).toBe(true);
    expect(davesView.incidentCount).toBe(atProduction.length);
    const dismiss = `mutation($id: ID!) { dismissAlert(alertId: $id) { active dismissed } }`;
    expect((await t.gql(dave, dismiss, { id: alert.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const dismissed = await t.gql<{ dismissAlert: { active: boolean; dismissed: boolean } }>(admin, dismiss, { id: alert.id });
    expect(dismissed.data?.dismissAlert).toEqual({ active: false, dismissed: true });
    expect((await t.gql(admin, dismiss, { id: alert.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const refreshed = await t.gql<{ refreshAlerts: { type: string; dismissed: boolean; active: boolean }[] }>(admin, 'mutation { refreshAlerts { type dismissed active } }');
    expect(refreshed.data?.refreshAlerts.find((one) => one.type === 'TOO_MANY_OWNERS')).toEqual({ type: 'TOO_MANY_OWNERS', dismissed: false, active: true });

    await t.gql(admin, dismiss, { id: alert.id });
    await adminAssign(t, admin, { principalId: id.frank, roleId: id.owner, scopeId: id.production, type: 'ELIGIBLE' });
    expect(await alertOf('TOO_MANY_OWNERS')).toMatchObject({ dismissed: false, active: true, incidentCount: atProduction.length + 1 });
  });

  it('a dismissal ends when what it dismissed is gone: an alert that finds nothing is not shown as dismissed', async () => {
    expect((await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 1 }, { name: 'minimumPercent', value: 0 }])).errors).toBeUndefined();
    try {
      const alert = await alertOf('TOO_MANY_GLOBAL_ADMINS');
      expect(alert.active).toBe(true);
      const dismissed = await t.gql<{ dismissAlert: { dismissed: boolean } }>(admin, 'mutation($id: ID!) { dismissAlert(alertId: $id) { dismissed } }', { id: alert.id });
      expect(dismissed.data?.dismissAlert.dismissed).toBe(true);
    } finally {
      await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 3 }, { name: 'minimumPercent', value: 10 }]);
    }
    expect(await alertOf('TOO_MANY_GLOBAL_ADMINS')).toMatchObject({ active: false, dismissed: false, incidentCount: 0 });
  });

  it('bad settings are refused with the field and change nothing; turning an alert off clears it', async () => {
    const before = await alertOf('STALE_SIGN_IN');
    for (const [thresholds, field] of [
      [[{ name: 'weeks', value: 3 }], 'thresholds[0].name'],
      [[{ name: 'days', value: 0 }], 'thresholds[0].value'],
      [[{ name: 'days', value: 366 }], 'thresholds[0].value'],
      [[{ name: 'days', value: 5 }, { name: 'days', value: 6 }], 'thresholds[1].name'],
    ] as const) {
      const result = await setThresholds('STALE_SIGN_IN', [...thresholds]);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await alertOf('STALE_SIGN_IN')).settings).toEqual(before.settings);
    const missing = await t.gql(admin, 'mutation { dismissAlert(alertId: "00000000-0000-4000-8000-00000000dead") { id } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(admin, 'mutation { remediateAlertIncident(incidentId: "nope") { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const owners = await alertOf('TOO_MANY_OWNERS');
    const off = await t.gql<{ updateAlertSettings: AlertNode }>(admin, `mutation($id: ID!) { updateAlertSettings(alertId: $id, input: { enabled: false }) { ${ALERT} } }`, { id: owners.id });
    expect(off.data?.updateAlertSettings).toMatchObject({ active: false, incidentCount: 0, settings: { enabled: false } });
    expect(await t.sql("SELECT 1 FROM alert_incident WHERE alert_type = 'TOO_MANY_OWNERS'")).toHaveLength(0);
    await t.gql(admin, `mutation($id: ID!) { updateAlertSettings(alertId: $id, input: { enabled: true, thresholds: [{ name: "owners", value: 3 }] }) { id } }`, { id: owners.id });
  });

  it('live over WebSocket: an alert raised reaches those who read it, with its incidents; an owner hears only resource alerts', async () => {
    const clients = [wsClient(t.url, admin), wsClient(t.url, carol), wsClient(t.url, dave)];
    type Event = { type: string; active: boolean; incidentCount: number };
    const query = 'subscription { alerts { type active incidentCount } }';
    const [admins, carols, daves] = clients.map((client) => subscribe(client, query, (data) => data.alerts as Event));
    try {
      await settle(300);
      const set = await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 1 }, { name: 'minimumPercent', value: 0 }]);
      expect(set.errors).toBeUndefined();
      const raised = (event: Event) => event.type === 'TOO_MANY_GLOBAL_ADMINS' && event.active && event.incidentCount > 0;
      await admins.waitFor(raised);
      await carols.waitFor(raised);
      // An owner's resource alert moves too; dave hears it, and nothing of the Global Administrators.
      await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 2 }]);
      await daves.waitFor((event) => event.type === 'TOO_MANY_OWNERS');
      expect(daves.events.filter((event) => event.type === 'TOO_MANY_GLOBAL_ADMINS')).toEqual([]);
    } finally {
      for (const feed of [admins, carols, daves]) feed.stop();
      await Promise.all(clients.map((client) => client.dispose()));
      await setThresholds('TOO_MANY_GLOBAL_ADMINS', [{ name: 'minimumCount', value: 3 }, { name: 'minimumPercent', value: 10 }]);
      await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 3 }]);
    }
  });

  it('incidents are paged in raised order, counted in SQL and limited to what the reader may read; a crafted cursor is bad input', async () => {
    expect((await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 2 }])).errors).toBeUndefined();
    // Two Owners outside dave's reach: incidents he may not read.
    for (const principalId of [id.frank, id.gus]) await adminAssign(t, admin, { principalId, roleId: id.owner, scopeId: await t.ids.scope('Development'), type: 'ELIGIBLE' });
    try {
      const all = await alertOf('TOO_MANY_OWNERS');
      expect(all.incidentCount).toBeGreaterThanOrEqual(3);
      type Page = { alert: { incidentCount: number; incidentPage: { totalCount: number; edges: { cursor: string; node: { id: string; scope: { id: string } | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
      const pageQuery = `query($id: ID!, $after: String) { alert(id: $id) { incidentCount incidentPage(first: 1, after: $after) { totalCount edges { cursor node { id scope { id } } } pageInfo { hasNextPage endCursor } } } }`;
      const walk = async (token: string) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const result: { data?: Page | null; errors?: unknown } = await t.gql<Page>(token, pageQuery, { id: all.id, after });
          if (!result.data) throw new Error(JSON.stringify(result.errors));
          const page: Page['alert']['incidentPage'] = result.data.alert.incidentPage;
          expect(page.totalCount).toBe(result.data.alert.incidentCount);
          expect(page.edges.length).toBeLessThanOrEqual(1);
          seen.push(...page.edges.map((edge) => edge.node.id));
          if (!page.pageInfo.hasNextPage) return { seen, total: page.totalCount };
          after = page.pageInfo.endCursor;
        }
      };
      const admins = await walk(admin);
      expect(admins.seen).toEqual(all.incidents.map((incident) => incident.id));
      expect(admins.total).toBe(all.incidentCount);
      // dave owns Production: his pages hold the Production incidents only, and his count is theirs.
      const daves = await walk(dave);
      const atProduction = all.incidents.filter((incident) => incident.scope?.id === id.production).map((incident) => incident.id);
      expect(daves.seen).toEqual(atProduction);
      expect(daves.total).toBe(atProduction.length);
      expect(daves.total).toBeLessThan(all.incidentCount);
      // `incidents(first)` is the first page.
      const first = await t.gql<{ alert: { incidents: { id: string }[] } }>(admin, 'query($id: ID!) { alert(id: $id) { incidents(first: 2) { id } } }', { id: all.id });
      expect(first.data?.alert.incidents.map((incident) => incident.id)).toEqual(admins.seen.slice(0, 2));

      for (const after of ['nope', Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'x'])).toString('base64url')]) {
        const bad = await t.gql(admin, pageQuery, { id: all.id, after });
        expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const tooMany = await t.gql(admin, 'query($id: ID!) { alert(id: $id) { incidentPage(first: 101) { totalCount } } }', { id: all.id });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      // One alert: dave may not read the Global Administrators' one, alice none; both as if it did not exist.
      const ga = await alertOf('TOO_MANY_GLOBAL_ADMINS');
      for (const token of [dave, alice]) expect((await t.gql(token, 'query($id: ID!) { alert(id: $id) { id } }', { id: ga.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(admin, 'query { alert(id: "00000000-0000-4000-8000-00000000dead") { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 3 }]);
    }
  });

  it('viewerCanRemediate says what remediateAlertIncident would take', async () => {
    expect((await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 2 }])).errors).toBeUndefined();
    try {
      const query = `query { alerts { type incidents(first: 100) { scope { id } viewerCanRemediate } } }`;
      const of = async (token: string) => (await t.gql<{ alerts: { type: string; incidents: { scope: { id: string } | null; viewerCanRemediate: boolean }[] }[] }>(token, query)).data!.alerts;
      const owners = (alerts: Awaited<ReturnType<typeof of>>) => alerts.find((alert) => alert.type === 'TOO_MANY_OWNERS')!.incidents;
      // The admin may remediate what has a remedy; the reader nothing; dave his scope's incidents.
      expect(owners(await of(admin)).every((incident) => incident.viewerCanRemediate)).toBe(true);
      expect((await of(carol)).every((alert) => alert.incidents.every((incident) => !incident.viewerCanRemediate))).toBe(true);
      const daves = owners(await of(dave));
      expect(daves.length).toBeGreaterThan(0);
      expect(daves.every((incident) => incident.viewerCanRemediate && incident.scope?.id === id.production)).toBe(true);
    } finally {
      await setThresholds('TOO_MANY_OWNERS', [{ name: 'owners', value: 3 }]);
    }
  });

  it('the subscription refuses at subscribe time who may read no alert, over WebSocket, without closing the socket', async () => {
    const client = wsClient(t.url, alice);
    try {
      const refused = await wsRequest(client, 'subscription { alerts { id } }');
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // The same socket still answers.
      const me = await wsRequest(client, '{ viewer { id } }');
      expect(me.errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });

  it('what the changes left incrementally is exactly what a full scan finds', async () => {
    // More changes of every kind: an outside assignment (as SCIM would make it), a stale account, activations.
    await t.sql("UPDATE principal SET last_sign_in_at = now() - interval '200 days', created_at = now() - interval '400 days' WHERE id = $1", [id.gus]);
    await adminAssign(t, admin, { principalId: id.gus, roleId: await t.ids.role('Security Reader'), scopeId: id.root, type: 'ACTIVE' });
    const incremental = await stored();
    expect(incremental.some((row) => row.startsWith('STALE_SIGN_IN '))).toBe(true);
    await t.gql(admin, 'mutation { refreshAlerts { id } }');
    expect(await stored()).toEqual(incremental);
  });
});
