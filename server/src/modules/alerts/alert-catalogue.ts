import { type AlertRemedy, AlertSeverity, AlertType } from '../../lib/vocabulary/alerts';
import { AZURE_OWNER_ID, GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';

/**
 * One finding of an alert: what it names (principal, role, scope, assignment: any may be null) and why, in words. The
 * `key` identifies it across scans, so that a finding that still holds is the same incident.
 */
export interface IncidentRow {
  key: string;
  principal_id: string | null;
  role_id: string | null;
  scope_id: string | null;
  assignment_id: string | null;
  detail: string;
}

/**
 * How a change reaches an alert's incidents:
 * - `holder`: each incident is one holding (or one holder's activations of a role at a scope), decided by that holding, its
 *   holder and its role alone: a change reaches the incidents of the principals it names and of the roles it redefines;
 * - `scope`: incidents are counted per scope (the owners of a resource): a change reaches every incident at the scopes it names;
 * - `global`: counted over the whole tenant, or small and cheap (role settings, role definitions): recomputed whole.
 */
export type Reach = 'holder' | 'scope' | 'global';

/** What a remediation does: end the incident's assignment (ADMIN_REMOVE), require MFA on the role's activation, or nothing automatic. */
export type Remedy = `${AlertRemedy}`;

/** Whether an incident names what its alert's remedy changes: an assignment to remove, a role to require MFA on. */
export function remediable(definition: { remedy: Remedy }, incident: { assignmentId: string | null; roleId: string | null }): boolean {
  if (definition.remedy === 'REMOVE_ASSIGNMENT') return incident.assignmentId !== null;
  return definition.remedy === 'REQUIRE_MFA' && incident.roleId !== null;
}

/** A threshold of an alert: an integer in [min, max]. */
export interface Threshold {
  name: string;
  label: string;
  min: number;
  max: number;
  defaultValue: number;
}

export interface AlertDefinition<S extends Record<string, number> = Record<string, number>> {
  type: AlertType;
  severity: AlertSeverity;
  title: string;
  description: string;
  mitigation: string;
  /** The thresholds, each an integer in its range, with Entra's defaults. */
  thresholds: Threshold[];
  reach: Reach;
  /** Incidents only about resource scopes: their Owners read them too. */
  resource: boolean;
  remedy: Remedy;
  /** The findings' SQL: `$1` is now; `param` adds a parameter and returns its placeholder. */
  sql(settings: S, param: (value: unknown) => string): string;
}

const IN_FORCE = `a.origin = 'ASSIGNED' AND a.start_at <= $1 AND (a.end_at IS NULL OR a.end_at > $1)`;
const threshold = (name: string, label: string, min: number, max: number, defaultValue: number): Threshold => ({ name, label, min, max, defaultValue });
const holding = `CASE WHEN a.type = 'ELIGIBLE' THEN 'eligible' WHEN a.end_at IS NULL THEN 'permanently active' ELSE 'active' END`;

const define = <S extends Record<string, number>>(definition: AlertDefinition<S>): AlertDefinition => definition as unknown as AlertDefinition;

/** Entra's alert catalogue (DOMAIN.md, "Alerts"), each as the SQL of its findings over what is in force now. */
export const ALERTS: readonly AlertDefinition[] = [
  define({
    type: AlertType.ROLES_ASSIGNED_OUTSIDE,
    severity: AlertSeverity.HIGH,
    title: 'Roles are being assigned outside of Elevate',
    description: 'Privileged roles held through an assignment that an identity provider or an import made (SCIM, OpenID Connect groups, imports), not through Elevate, with no justification, approval or time bound of its own.',
    mitigation: 'Review each assignment. Remove it here (the source will be told at its next push), or assign the role through Elevate with an end date and stop the provider from granting it.',
    thresholds: [],
    reach: 'holder',
    resource: false,
    remedy: 'REMOVE_ASSIGNMENT',
    sql: () => `
      SELECT a.id::text AS key, a.principal_id, a.role_id, a.scope_id, a.id AS assignment_id,
             'Holds ' || r.name || ' (' || ${holding} || '), assigned by ' || a.source::text || ', not through Elevate' AS detail
        FROM role_assignment a
        JOIN role_definition r ON r.id = a.role_id AND r.privileged
        JOIN principal p ON p.id = a.principal_id AND p.enabled
       WHERE ${IN_FORCE} AND a.source <> 'LOCAL'`,
  }),
  define({
    type: AlertType.TOO_MANY_GLOBAL_ADMINS,
    severity: AlertSeverity.LOW,
    title: 'There are too many Global Administrators',
    description: 'The number of people holding Global Administrator (eligible or active, directly or through a group) and their share of all enabled users are both at or over the thresholds.',
    mitigation: 'Keep a few Global Administrators and give everyone else the least privileged role that does their job. Remove the Global Administrator assignments that are not needed.',
    thresholds: [threshold('minimumCount', 'Global Administrators at least', 1, 1000, 3), threshold('minimumPercent', 'and at least this % of users', 0, 100, 10)],
    reach: 'global',
    resource: false,
    remedy: 'REMOVE_ASSIGNMENT',
    sql: (s, param) => `
      WITH direct AS (
        SELECT a.id, a.principal_id, h.type AS holder_type, h.display_name
          FROM role_assignment a JOIN principal h ON h.id = a.principal_id AND h.enabled
         WHERE a.role_id = '${GLOBAL_ADMINISTRATOR_ID}' AND a.scope_id = '${TENANT_ROOT_SCOPE_ID}' AND ${IN_FORCE}
      ), people AS (
        SELECT DISTINCT ON (u.id) u.id AS principal_id, x.assignment_id, x.via
          FROM (
            SELECT d.principal_id AS user_id, d.id AS assignment_id, NULL::text AS via, 0 AS rank FROM direct d WHERE d.holder_type = 'USER'
            UNION ALL
            SELECT m.principal_id, d.id, d.display_name, 1
              FROM direct d
              JOIN scope gs ON gs.group_id = d.principal_id
              JOIN role_assignment m ON m.scope_id = gs.id AND m.role_id = '${GROUP_MEMBER_ID}' AND m.type = 'ACTIVE'
               AND m.start_at <= $1 AND (m.end_at IS NULL OR m.end_at > $1)
             WHERE d.holder_type = 'GROUP'
          ) x
          JOIN principal u ON u.id = x.user_id AND u.type = 'USER' AND u.enabled
         ORDER BY u.id, x.rank, x.assignment_id
      ), totals AS (
        SELECT (SELECT count(*) FROM people) AS admins, (SELECT count(*) FROM principal WHERE type = 'USER' AND enabled) AS users
      )
      SELECT p.principal_id::text AS key, p.principal_id, '${GLOBAL_ADMINISTRATOR_ID}'::uuid AS role_id, '${TENANT_ROOT_SCOPE_ID}'::uuid AS scope_id,
             -- Through a group: remediating one member must not end the group's holding for all of them.
             CASE WHEN p.via IS NULL THEN p.assignment_id END AS assignment_id,
             'One of ' || t.admins || ' Global Administrators (' || round(100.0 * t.admins / t.users) || ' % of ' || t.users || ' users)'
               || coalesce(', through group ' || p.via, '') AS detail
        FROM people p, totals t
       WHERE t.admins >= ${param(s.minimumCount)}::int AND 100 * t.admins >= ${param(s.minimumPercent)}::int * t.users`,
  }),
  define({
    type: AlertType.NO_MFA_ON_ACTIVATION,
    severity: AlertSeverity.LOW,
    title: "Roles don't require multi-factor authentication for activation",
    description: 'Privileged roles whose settings (the role-wide default or an override at a scope) let people activate them without a fresh multi-factor step-up.',
    mitigation: 'Require multi-factor authentication on activation in the role settings.',
    thresholds: [],
    reach: 'global',
    resource: false,
    remedy: 'REQUIRE_MFA',
    sql: () => `
      SELECT st.id::text AS key, NULL::uuid AS principal_id, r.id AS role_id, coalesce(st.scope_id, '${TENANT_ROOT_SCOPE_ID}'::uuid) AS scope_id, NULL::uuid AS assignment_id,
             r.name || CASE WHEN st.scope_id IS NULL THEN ' can be activated without multi-factor authentication'
                            ELSE ' can be activated at ' || s.name || ' without multi-factor authentication' END AS detail
        FROM role_setting st
        JOIN role_definition r ON r.id = st.role_id AND r.privileged
        LEFT JOIN scope s ON s.id = st.scope_id
       WHERE st.settings -> 'activation' ->> 'requireMfa' = 'false' AND (s.id IS NULL OR s.archived_at IS NULL)`,
  }),
  define({
    type: AlertType.REDUNDANT_ASSIGNMENT,
    severity: AlertSeverity.LOW,
    title: "Administrators aren't using their privileged roles",
    description: 'Eligible for a privileged role for longer than the period, and not activated in it.',
    mitigation: 'Remove the eligibility of those who do not use the role, or review it with its holder.',
    thresholds: [threshold('days', 'Days without an activation', 0, 100, 30)],
    reach: 'holder',
    resource: false,
    remedy: 'REMOVE_ASSIGNMENT',
    sql: (s, param) => `
      SELECT a.id::text AS key, a.principal_id, a.role_id, a.scope_id, a.id AS assignment_id,
             'Eligible for ' || r.name || ' since ' || to_char(a.start_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') || ', not activated in the last ' || ${param(s.days)}::int || ' days' AS detail
        FROM role_assignment a
        JOIN role_definition r ON r.id = a.role_id AND r.privileged
        JOIN principal p ON p.id = a.principal_id AND p.enabled
       WHERE ${IN_FORCE} AND a.type = 'ELIGIBLE' AND a.start_at <= $1 - make_interval(days => ${param(s.days)}::int)
         AND NOT EXISTS (
           SELECT 1 FROM role_assignment x
            WHERE x.eligibility_id = a.id AND x.origin = 'ACTIVATED' AND x.start_at > $1 - make_interval(days => ${param(s.days)}::int) AND x.start_at <= $1)`,
  }),
  define({
    type: AlertType.STALE_SIGN_IN,
    severity: AlertSeverity.MEDIUM,
    title: 'Potential stale accounts in a privileged role',
    description: 'People who hold a privileged role (eligible or active) and have not signed in for the period, or never since their account was made that long ago.',
    mitigation: 'Find out whether the account is still needed; remove its privileged roles, or disable it.',
    thresholds: [threshold('days', 'Days without a sign-in', 1, 365, 90)],
    reach: 'holder',
    resource: false,
    remedy: 'REMOVE_ASSIGNMENT',
    sql: (s, param) => `
      SELECT a.id::text AS key, a.principal_id, a.role_id, a.scope_id, a.id AS assignment_id,
             'Holds ' || r.name || ' (' || ${holding} || '); ' ||
             CASE WHEN p.last_sign_in_at IS NULL THEN 'never signed in' ELSE 'last signed in ' || to_char(p.last_sign_in_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') END AS detail
        FROM role_assignment a
        JOIN role_definition r ON r.id = a.role_id AND r.privileged
        JOIN principal p ON p.id = a.principal_id AND p.enabled AND p.type = 'USER'
       WHERE ${IN_FORCE} AND coalesce(p.last_sign_in_at, p.created_at) <= $1 - make_interval(days => ${param(s.days)}::int)`,
  }),
  define({
    type: AlertType.FREQUENT_ACTIVATION,
    severity: AlertSeverity.LOW,
    title: 'Roles are being activated too frequently',
    description: 'The same person activated the same role at the same scope as many times as the threshold within the time frame: the maximum duration may be too short, or the role is used as standing access.',
    mitigation: "Find out why; lengthen the role's maximum activation duration if the work needs it.",
    thresholds: [threshold('activations', 'Activations at least', 2, 100, 2), threshold('timeFrameHours', 'within hours', 1, 720, 1)],
    reach: 'holder',
    resource: false,
    remedy: 'NONE',
    sql: (s, param) => `
      SELECT a.principal_id::text || ':' || a.role_id::text || ':' || a.scope_id::text AS key, a.principal_id, a.role_id, a.scope_id,
             (array_agg(a.id ORDER BY a.start_at DESC, a.id))[1] AS assignment_id,
             'Activated ' || count(*) || ' times in the last ' || ${param(s.timeFrameHours)}::int || ' hours' AS detail
        FROM role_assignment a
        JOIN principal p ON p.id = a.principal_id AND p.enabled
       WHERE a.origin = 'ACTIVATED' AND a.start_at <= $1 AND a.start_at > $1 - make_interval(hours => ${param(s.timeFrameHours)}::int)
       GROUP BY a.principal_id, a.role_id, a.scope_id
      HAVING count(*) >= ${param(s.activations)}::int`,
  }),
  define({
    type: AlertType.TOO_MANY_OWNERS,
    severity: AlertSeverity.MEDIUM,
    title: 'Too many owners assigned to a resource',
    description: 'A resource scope (a management group, subscription, resource group or resource) where as many principals as the threshold hold Owner there (eligible or active).',
    mitigation: 'Keep a few owners on each resource; give the others Contributor or a narrower role.',
    thresholds: [threshold('owners', 'Owners at least', 2, 1000, 3)],
    reach: 'scope',
    resource: true,
    remedy: 'REMOVE_ASSIGNMENT',
    sql: (s, param) => ownersSql(param(s.owners), 'TRUE', 'owners'),
  }),
  define({
    type: AlertType.TOO_MANY_PERMANENT_OWNERS,
    severity: AlertSeverity.MEDIUM,
    title: 'Too many permanent owners assigned to a resource',
    description: 'A resource scope (a management group, subscription, resource group or resource) where as many principals as the threshold hold Owner there permanently and active.',
    mitigation: 'Make the owners eligible, so that they activate Owner when they need it, and keep at most one permanent owner.',
    thresholds: [threshold('permanentOwners', 'Permanent owners at least', 1, 1000, 2)],
    reach: 'scope',
    resource: true,
    remedy: 'REMOVE_ASSIGNMENT',
    sql: (s, param) => ownersSql(param(s.permanentOwners), `a.type = 'ACTIVE' AND a.end_at IS NULL`, 'permanent owners'),
  }),
  define({
    type: AlertType.DUPLICATE_CUSTOM_ROLE,
    severity: AlertSeverity.MEDIUM,
    title: 'Duplicate custom roles',
    description: 'A custom role with exactly the permissions of another role of its kind (a built-in one, or an older custom one).',
    mitigation: 'Use the existing role and delete the duplicate once nobody holds it.',
    thresholds: [],
    reach: 'global',
    resource: false,
    remedy: 'NONE',
    sql: () => `
      WITH sets AS (
        SELECT r.id, r.name, r.kind, r.built_in, r.created_at, ARRAY(SELECT DISTINCT x FROM unnest(r.permissions) x ORDER BY x) AS permissions
          FROM role_definition r WHERE cardinality(r.permissions) > 0
      )
      SELECT DISTINCT ON (d.id) d.id::text AS key, NULL::uuid AS principal_id, d.id AS role_id, NULL::uuid AS scope_id, NULL::uuid AS assignment_id,
             'Has the same permissions as ' || o.name AS detail
        FROM sets d
        JOIN sets o ON o.kind = d.kind AND o.permissions = d.permissions AND o.id <> d.id
         AND (o.built_in OR (o.created_at, o.id) < (d.created_at, d.id))
       WHERE NOT d.built_in
       ORDER BY d.id, o.built_in DESC, o.created_at, o.id`,
  }),
];

function ownersSql(threshold: string, which: string, noun: string): string {
  return `
    WITH owners AS (
      SELECT a.id, a.principal_id, a.role_id, a.scope_id, a.type, a.end_at, count(*) OVER (PARTITION BY a.scope_id) AS n
        FROM role_assignment a
        JOIN scope s ON s.id = a.scope_id AND s.type IN ('MANAGEMENT_GROUP', 'SUBSCRIPTION', 'RESOURCE_GROUP', 'RESOURCE')
       WHERE a.role_id = '${AZURE_OWNER_ID}' AND ${IN_FORCE} AND ${which}
    )
    SELECT a.id::text AS key, a.principal_id, a.role_id, a.scope_id, a.id AS assignment_id,
           'One of ' || a.n || ' ${noun} of this resource (' || ${holding} || ')' AS detail
      FROM owners a WHERE a.n >= ${threshold}::int`;
}

export const ALERT_BY_TYPE: ReadonlyMap<AlertType, AlertDefinition> = new Map(ALERTS.map((alert) => [alert.type, alert]));

/** An alert's stored thresholds: each stored value in its range, or its default (a new threshold, an old row). */
export function settingsOf(definition: AlertDefinition, stored: unknown): Record<string, number> {
  const values = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return Object.fromEntries(
    definition.thresholds.map((t) => {
      const value = values[t.name];
      return [t.name, typeof value === 'number' && Number.isInteger(value) && value >= t.min && value <= t.max ? value : t.defaultValue];
    }),
  );
}
