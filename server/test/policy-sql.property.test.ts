import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource, EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source';
import { RequestAction, RequestStatus } from '../src/lib/vocabulary/requests';
import { RoleKind, ScopeType } from '../src/lib/vocabulary/scopes';
import { findHoldings } from '../src/modules/access/access.repository';
import { Capabilities, type ScopeRef } from '../src/modules/access/capabilities';
import { adminsOf, approversOf, decidersAmong, decidersOf, defaultApprovers, mayDecide, type DecisionContext } from '../src/modules/approvals/approvers';
import type { RoleRequestEntity } from '../src/modules/requests/role-request.entity';
import {
  AZURE_CONTRIBUTOR_ID,
  AZURE_OWNER_ID,
  AZURE_READER_ID,
  GLOBAL_ADMINISTRATOR_ID,
  GLOBAL_READER_ID,
  GROUP_MEMBER_ID,
  GROUP_OWNER_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  REPORTS_READER_ID,
  SECURITY_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  TENANT_ROOT_SCOPE_ID,
  USER_ACCESS_ADMINISTRATOR_ID,
  USER_ADMINISTRATOR_ID,
} from '../src/modules/roles/built-in-roles';
import { defaultRoleSettings, type ApprovalStage } from '../src/modules/settings/role-settings.schema';
import { createTestDatabase } from './support/database';

/**
 * The policy has SQL forms next to its in-memory rule: `adminsOf` (who `canManage` a role kind at a scope),
 * `approversOf` / `decidersAmong` (who `mayDecide` a request) and `Capabilities.visibilitySql` (what `readsRow` allows).
 * effective-access.property.test.ts signs in as Global Administrator, for whom every filter is `true`; here random tenants
 * (a scope tree, users and service principals, groups and their memberships, eligible and active assignments with their
 * windows, disabled principals, requests at every status with random approval stages) are written to a real PostgreSQL
 * and every principal who is not a Global Administrator is compared: the SQL and the rule must agree on each of them.
 *
 * Each tenant lives in a transaction that is rolled back, so the runs do not see each other (the demo tenant is there
 * too; results are restricted to the generated principals and rows). Failing cases shrink; the seed is fixed (override
 * with POLICY_SEED) so that a failure reproduces.
 */

const SEED = Number(process.env.POLICY_SEED ?? 20261201);
const RUNS = Number(process.env.POLICY_RUNS ?? 80);
const HOUR = 3_600_000;
const AT = new Date('2026-06-01T12:00:00.000Z');
/** Subscribers who are nobody in the tenant: listening, never deciding (they push decidersAmong past its few-candidates path). */
const LISTENERS = Array.from({ length: 600 }, () => randomUUID());

const DIRECTORY_ROLES = [
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  SECURITY_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  GLOBAL_READER_ID,
  USER_ADMINISTRATOR_ID,
  REPORTS_READER_ID,
  // Rarely: a Global Administrator reads and manages everything, which proves nothing about the filters.
  GLOBAL_ADMINISTRATOR_ID,
];
const RESOURCE_ROLES = [AZURE_OWNER_ID, AZURE_CONTRIBUTOR_ID, AZURE_READER_ID, USER_ACCESS_ADMINISTRATOR_ID];
const GROUP_ROLES = [GROUP_MEMBER_ID, GROUP_MEMBER_ID, GROUP_OWNER_ID];
const KINDS = [RoleKind.DIRECTORY, RoleKind.RESOURCE, RoleKind.GROUP] as const;
const STATUSES = [
  RequestStatus.PENDING_APPROVAL,
  RequestStatus.PENDING_APPROVAL,
  RequestStatus.PENDING_APPROVAL,
  RequestStatus.PENDING_APPROVAL,
  RequestStatus.PENDING_APPROVAL,
  RequestStatus.PENDING_ADMIN_DECISION,
  RequestStatus.PENDING_ADMIN_DECISION,
  RequestStatus.PENDING_ADMIN_DECISION,
  RequestStatus.GRANTED,
  RequestStatus.PROVISIONED,
  RequestStatus.DENIED,
  RequestStatus.CANCELED,
  RequestStatus.EXPIRED,
  RequestStatus.REVOKED,
  RequestStatus.FAILED,
];

// ---- the tenant, as fast-check generates it: indices into lists, resolved modulo their lengths ----------------------

const window = fc.record({
  // Mostly in force at AT; some not yet started, some ended (a zero length: canceled before it began).
  startHours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -240, max: 0 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 48 }) }),
  lengthHours: fc.option(fc.integer({ min: 0, max: 480 }), { freq: 4 }),
});
const disabled = fc.option(fc.integer({ min: -100, max: 100 }), { freq: 5 });
const ref = fc.record({ group: fc.boolean(), index: fc.nat() });
const stageSpec = fc.record({
  approvers: fc.array(ref, { maxLength: 3, size: 'max' }),
  escalation: fc.array(ref, { maxLength: 2, size: 'max' }),
  escalateAfterHours: fc.option(fc.integer({ min: 1, max: 30 }), { freq: 2 }),
});
const tenantSpec = fc.record({
  scopes: fc.array(fc.record({ parent: fc.nat(), alternative: fc.boolean() }), { minLength: 2, maxLength: 9, size: 'max' }),
  members: fc.array(fc.record({ servicePrincipal: fc.boolean(), disabled }), { minLength: 2, maxLength: 6, size: 'max' }),
  groups: fc.array(fc.record({ disabled }), { maxLength: 3, size: 'max' }),
  assignments: fc.array(
    fc.record({
      holder: ref,
      kind: fc.constantFrom(...KINDS),
      role: fc.nat(),
      scope: fc.nat(),
      atRoot: fc.boolean(),
      active: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      window,
    }),
    { maxLength: 30, size: 'max' },
  ),
  requests: fc.array(
    fc.record({
      principal: fc.nat(),
      requestedBy: fc.option(fc.nat(), { freq: 3 }),
      kind: fc.constantFrom(...KINDS),
      role: fc.nat(),
      scope: fc.nat(),
      status: fc.constantFrom(...STATUSES),
      stages: fc.array(stageSpec, { maxLength: 3, size: 'max' }),
      currentStage: fc.nat({ max: 3 }),
      stageStartedHoursAgo: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }),
    }),
    { minLength: 1, maxLength: 10, size: 'max' },
  ),
});
type TenantSpec = typeof tenantSpec extends fc.Arbitrary<infer T> ? T : never;

interface Scope extends ScopeRef {
  type: ScopeType;
}
interface Row {
  id: string;
  kind: RoleKind;
  scope: Scope;
  principals: string[];
}
interface Tenant {
  scopes: Scope[];
  /** Users and service principals: who may act. */
  members: string[];
  groups: string[];
  requests: { entity: DecisionContext['request'] & Pick<RoleRequestEntity, 'id' | 'requestedById'>; context: DecisionContext }[];
  requestRows: Row[];
  assignmentRows: Row[];
}

const pick = <T,>(list: readonly T[], index: number): T => list[index % list.length];
const hours = (n: number) => new Date(AT.getTime() + n * HOUR);

function childType(parent: ScopeType, alternative: boolean): ScopeType | null {
  switch (parent) {
    case ScopeType.TENANT:
      return alternative ? ScopeType.ADMINISTRATIVE_UNIT : ScopeType.MANAGEMENT_GROUP;
    case ScopeType.MANAGEMENT_GROUP:
      return alternative ? ScopeType.MANAGEMENT_GROUP : ScopeType.SUBSCRIPTION;
    case ScopeType.SUBSCRIPTION:
      return ScopeType.RESOURCE_GROUP;
    case ScopeType.RESOURCE_GROUP:
    case ScopeType.RESOURCE:
      return ScopeType.RESOURCE;
    default:
      return null;
  }
}

async function writeTenant(tx: EntityManager, spec: TenantSpec): Promise<Tenant> {
  const root: Scope = { id: TENANT_ROOT_SCOPE_ID, path: [TENANT_ROOT_SCOPE_ID], groupId: null, type: ScopeType.TENANT };
  const scopes: Scope[] = [root];
  const addScope = async (type: ScopeType, parent: Scope, groupId: string | null) => {
    const id = randomUUID();
    const scope: Scope = { id, type, path: [...parent.path, id], groupId };
    await tx.query('INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, $2, $3, $4, $5, $6)', [
      id, type, `p-${id.slice(0, 8)}`, parent.id, scope.path, groupId,
    ]);
    scopes.push(scope);
    return scope;
  };
  for (const { parent, alternative } of spec.scopes) {
    const above = pick(scopes, parent);
    const type = childType(above.type, alternative);
    await addScope(type ?? ScopeType.MANAGEMENT_GROUP, type ? above : root, null);
  }
  const insertPrincipal = async (type: 'USER' | 'SERVICE_PRINCIPAL' | 'GROUP', disabledHours: number | null) => {
    const id = randomUUID();
    await tx.query(
      `INSERT INTO principal (id, type, display_name, email, user_type, role_assignable, enabled, disabled_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id, type, `p-${id.slice(0, 8)}`, type === 'USER' ? `${id}@policy.test` : null, type === 'USER' ? 'MEMBER' : null, type === 'GROUP',
        disabledHours === null, disabledHours === null ? null : hours(disabledHours),
      ],
    );
    return id;
  };
  const members: string[] = [];
  for (const member of spec.members) members.push(await insertPrincipal(member.servicePrincipal ? 'SERVICE_PRINCIPAL' : 'USER', member.disabled));
  const groups: string[] = [];
  const groupScopes: Scope[] = [];
  for (const group of spec.groups) {
    const id = await insertPrincipal('GROUP', group.disabled);
    groups.push(id);
    groupScopes.push(await addScope(ScopeType.GROUP, root, id));
  }
  const directoryScopes = scopes.filter((s) => s.type === ScopeType.TENANT || s.type === ScopeType.ADMINISTRATIVE_UNIT);
  const resourceScopes = scopes.filter((s) => s.type !== ScopeType.TENANT && s.type !== ScopeType.ADMINISTRATIVE_UNIT && s.type !== ScopeType.GROUP);
  /** A role of the kind and a scope it is assigned at, as the product makes them (DIRECTORY mostly at the root). */
  const place = (kind: RoleKind, role: number, scope: number, atRoot: boolean): { roleId: string; scope: Scope } | null => {
    if (kind === RoleKind.DIRECTORY) return { roleId: pick(DIRECTORY_ROLES, role), scope: atRoot ? root : pick(directoryScopes, scope) };
    if (kind === RoleKind.RESOURCE) return resourceScopes.length ? { roleId: pick(RESOURCE_ROLES, role), scope: pick(resourceScopes, scope) } : null;
    return groupScopes.length ? { roleId: pick(GROUP_ROLES, role), scope: pick(groupScopes, scope) } : null;
  };
  const assignmentRows: Row[] = [];
  for (const a of spec.assignments) {
    const placed = place(a.kind, a.role, a.scope, a.atRoot);
    if (!placed) continue;
    // Groups hold directory and resource roles; they are neither members nor owners of groups (no nesting).
    const holder = a.holder.group && groups.length && a.kind !== RoleKind.GROUP ? pick(groups, a.holder.index) : pick(members, a.holder.index);
    if (placed.scope.groupId === holder) continue;
    const id = randomUUID();
    const start = hours(a.window.startHours);
    const end = a.window.lengthHours === null ? null : new Date(start.getTime() + a.window.lengthHours * HOUR);
    await tx.query(
      `INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, origin, start_at, end_at, source)
       VALUES ($1, $2, $3, $4, $5, 'ASSIGNED', $6, $7, 'IMPORT')`,
      [id, holder, placed.roleId, placed.scope.id, a.active ? 'ACTIVE' : 'ELIGIBLE', start, end],
    );
    assignmentRows.push({ id, kind: a.kind, scope: placed.scope, principals: [holder] });
  }
  const requests: Tenant['requests'] = [];
  const requestRows: Row[] = [];
  const toRef = (r: { group: boolean; index: number }) =>
    r.group && groups.length ? { id: pick(groups, r.index), type: 'GROUP' as const } : { id: pick(members, r.index), type: 'USER' as const };
  for (const r of spec.requests) {
    const placed = place(r.kind, r.role, r.scope, true);
    if (!placed) continue;
    const principalId = pick(members, r.principal);
    const requestedById = r.requestedBy === null ? principalId : pick(members, r.requestedBy);
    const adminDecided = r.status === RequestStatus.PENDING_ADMIN_DECISION;
    const stages: ApprovalStage[] = r.stages.map((s) => ({
      approvers: s.approvers.map(toRef),
      quorum: 1,
      timeoutSeconds: 24 * 3600,
      escalationApprovers: s.escalation.map(toRef),
      escalateAfterSeconds: s.escalateAfterHours === null ? null : s.escalateAfterHours * 3600,
    }));
    const settings = defaultRoleSettings();
    settings.activation.requireApproval = true;
    settings.activation.approvalStages = stages;
    const entity = {
      id: randomUUID(),
      principalId,
      requestedById,
      status: r.status,
      // Mostly a stage that exists; sometimes one past the last (which nobody decides).
      currentStage: adminDecided ? 0 : r.currentStage % (stages.length + 1),
      stageStartedAt: r.stageStartedHoursAgo === null ? null : hours(-r.stageStartedHoursAgo),
      settingsSnapshot: settings,
    };
    await tx.query(
      `INSERT INTO role_request (id, action, status, type, principal_id, requested_by_id, role_id, scope_id, settings_snapshot, current_stage, stage_started_at)
       VALUES ($1, $2, $3, 'ACTIVE', $4, $5, $6, $7, $8, $9, $10)`,
      [
        entity.id, adminDecided ? RequestAction.SELF_EXTEND : RequestAction.SELF_ACTIVATE, entity.status, principalId, requestedById, placed.roleId,
        placed.scope.id, JSON.stringify(settings), entity.currentStage, entity.stageStartedAt,
      ],
    );
    requests.push({ entity, context: { request: entity, roleKind: r.kind, scope: placed.scope } });
    requestRows.push({ id: entity.id, kind: r.kind, scope: placed.scope, principals: [principalId, requestedById] });
  }
  return { scopes, members, groups, requests, requestRows, assignmentRows };
}

// ---- the harness ------------------------------------------------------------------------------------------------------

describe('the SQL forms of the policy say what its rule says, for principals who are not Global Administrators', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDataSource(database.url, 2);
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** Writes the tenant in a transaction, runs the check in it, and rolls it back whatever happens. */
  async function inTenant(spec: TenantSpec, check: (tx: EntityManager, tenant: Tenant) => Promise<void>): Promise<void> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await check(runner.manager, await writeTenant(runner.manager, spec));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** The generated principals who may act and are not Global Administrators, with their capabilities now. */
  async function personas(tx: EntityManager, tenant: Tenant): Promise<Capabilities[]> {
    const people: Capabilities[] = [];
    // One connection: one statement after the other.
    for (const id of tenant.members) people.push(new Capabilities(id, await findHoldings(tx, id, AT)));
    return people.filter((capabilities) => !capabilities.isGlobalAdmin);
  }

  const run = (property: fc.IAsyncProperty<[TenantSpec]>) => fc.assert(property, { seed: SEED, numRuns: RUNS });
  const stats = { managers: 0, personas: 0, deciders: 0, visibleRows: 0, hiddenRows: 0, sets: {} as Record<string, number> };

  it('(a) adminsOf(kind, scope) holds p exactly when p canManage that kind at that scope', async () => {
    await run(
      fc.asyncProperty(tenantSpec, (spec) =>
        inTenant(spec, async (tx, tenant) => {
          const people = await personas(tx, tenant);
          stats.personas += people.length;
          for (const scope of tenant.scopes) {
            for (const kind of KINDS) {
              const admins = await adminsOf(tx, kind, scope, AT);
              for (const capabilities of people) {
                const manages = capabilities.canManage(kind, scope);
                if (manages) stats.managers += 1;
                expect(admins.has(capabilities.principalId), `${capabilities.principalId} manages ${kind} at ${scope.id} (${scope.type})`).toBe(manages);
              }
            }
          }
        }),
      ),
    );
    // The tenants must make managers of non-admins (Privileged Role Administrators, owners, group owners), or (a) says little.
    expect(stats.managers).toBeGreaterThan(RUNS / 3);
  });

  it('(b) for every request: approversOf ∋ p ⇔ mayDecide(p) ⇔ p ∈ decidersAmong(candidates)', async () => {
    await run(
      fc.asyncProperty(tenantSpec, (spec) =>
        inTenant(spec, async (tx, tenant) => {
          const defaults = await defaultApprovers(tx, AT);
          for (const { context } of tenant.requests) {
            const all = await approversOf(tx, context, AT);
            const among = await decidersAmong(tx, context, new Set(tenant.members), AT, context.request.currentStage, context.request.status, async () => defaults);
            // Many listening (more than the members among whom a group stage asks in SQL): the same deciders.
            const amongMany = await decidersAmong(tx, context, new Set([...tenant.members, ...LISTENERS]), AT, context.request.currentStage, context.request.status, async () => defaults);
            for (const id of tenant.members) {
              const one = await mayDecide(tx, context, id, AT);
              const oneWithDefaults = await mayDecide(tx, context, id, AT, context.request.currentStage, context.request.status, defaults);
              const what = `${id} on a ${context.request.status} request (stage ${context.request.currentStage}, ${context.roleKind})`;
              expect(all.has(id), `approversOf: ${what}`).toBe(one);
              expect(among.has(id), `decidersAmong: ${what}`).toBe(one);
              expect(amongMany.has(id), `decidersAmong with ${LISTENERS.length} more listening: ${what}`).toBe(one);
              expect(oneWithDefaults, `mayDecide with the default approvers known: ${what}`).toBe(one);
              if (one) stats.deciders += 1;
            }
            const { set } = decidersOf(context, AT);
            const key = set.kind === 'NAMED' && set.groupIds.length ? 'NAMED_WITH_GROUPS' : set.kind;
            stats.sets[key] = (stats.sets[key] ?? 0) + 1;
          }
        }),
      ),
    );
    expect(stats.deciders).toBeGreaterThan(RUNS / 4);
    // Every kind of decider set was evaluated.
    for (const kind of ['NOBODY', 'NAMED', 'NAMED_WITH_GROUPS', 'DEFAULT_APPROVERS', 'SCOPE_ADMINISTRATORS']) expect(stats.sets[kind], kind).toBeGreaterThan(0);
  });

  afterAll(() => console.info('policy-sql coverage', stats));

  it('(c) visibilitySql selects exactly the requests and schedules the in-memory read rule lets p read', async () => {
    await run(
      fc.asyncProperty(tenantSpec, (spec) =>
        inTenant(spec, async (tx, tenant) => {
          for (const capabilities of await personas(tx, tenant)) {
            // The columns RequestService#list and the activation history (live/activation-history.ts) give it.
            for (const { rows, sql, principals } of [
              {
                rows: tenant.requestRows,
                sql: 'FROM role_request q JOIN role_definition r ON r.id = q.role_id JOIN scope s ON s.id = q.scope_id WHERE q.id',
                principals: ['q.principal_id', 'q.requested_by_id'],
              },
              {
                rows: tenant.assignmentRows,
                sql: 'FROM role_assignment a JOIN role_definition r ON r.id = a.role_id JOIN scope s ON s.id = a.scope_id WHERE a.id',
                principals: ['a.principal_id'],
              },
            ]) {
              const params: unknown[] = [rows.map((row) => row.id)];
              const predicate = capabilities.visibilitySql(params, { kind: 'r.kind', path: 's.path', groupId: 's.group_id', principals });
              const selected = ((await tx.query(`SELECT ${principals[0].split('.')[0]}.id ${sql} = ANY($1::uuid[]) AND ${predicate}`, params)) as { id: string }[])
                .map((row) => row.id)
                .sort();
              const readable = rows.filter((row) => capabilities.readsRow(row.kind, row.scope, row.principals)).map((row) => row.id).sort();
              expect(selected, `what ${capabilities.principalId} reads`).toEqual(readable);
              stats.visibleRows += readable.length;
              stats.hiddenRows += rows.length - readable.length;
            }
          }
        }),
      ),
    );
    expect(stats.visibleRows).toBeGreaterThan(RUNS);
    expect(stats.hiddenRows).toBeGreaterThan(RUNS);
  });
});
