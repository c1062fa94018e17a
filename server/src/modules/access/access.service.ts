import { AccessPathKind } from '../../lib/vocabulary/assignments';
import { RoleKind, roleKindForScope } from '../../lib/vocabulary/scopes';
import { badInput, forbidden, isUuid, notFound, requireId } from '../../lib/errors';
import { TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { ScopeEntity } from '../scopes/scope.entity';
import { pathAt } from '../scopes/tree-history';
import type { Kernel } from '../../kernel/kernel';
import { findHoldings, findHoldingsOfMany, type HoldingRow } from './access.repository';
import { AccessCheckProblem, type AccessCheckInput, type AccessCheckResult } from './check-access.types';
import type { AccessPath, EffectiveRole } from './access.type';
import type { Caller } from './caller';
import { assertMayReadAccessOf } from './policy';

/** "What does P hold (at S, at T)" and "why does P hold R at S": read-time evaluation, never past an end. */
export class AccessService {
  constructor(private readonly kernel: Kernel) {}

  async effectiveAccess(caller: Caller, principalIdInput: string, scopeIdInput?: string | null, asOf?: Date | null): Promise<EffectiveRole[]> {
    const { principalId, scope, at, mayRead } = await this.prepare(caller, principalIdInput, scopeIdInput, asOf);
    const holdings = await findHoldings(
      this.kernel.db.manager,
      principalId,
      at,
      scope ? { scopeIds: scope.path, roleKind: roleKindForScope(scope.type) } : {},
    );
    const byRole = new Map<string, EffectiveRole>();
    for (const holding of holdings.filter(mayRead)) {
      const scopeId = scope ? scope.id : holding.scope_id;
      const key = `${holding.role_id}@${scopeId}`;
      const entry = byRole.get(key) ?? { roleId: holding.role_id, scopeId, endAt: null, paths: [] };
      entry.paths.push(this.pathOf(holding, scope));
      byRole.set(key, entry);
    }
    for (const entry of byRole.values()) entry.endAt = latestEnd(entry.paths);
    if (byRole.size === 0) await this.requireExists(caller, principalId, principalIdInput);
    return [...byRole.values()];
  }

  async explainAccess(
    caller: Caller,
    principalIdInput: string,
    roleIdInput: string,
    scopeIdInput: string,
    asOf?: Date | null,
  ): Promise<AccessPath[]> {
    const roleId = requireId(roleIdInput, 'role');
    const { principalId, scope, at, mayRead } = await this.prepare(caller, principalIdInput, scopeIdInput, asOf);
    if (!scope) throw notFound('scope', scopeIdInput);
    const role = await caller.loaders.role.load(roleId);
    if (!role) throw notFound('role', roleIdInput);
    const holdings = await findHoldings(this.kernel.db.manager, principalId, at, {
      scopeIds: scope.path,
      roleKind: roleKindForScope(scope.type),
      roleId,
    });
    const paths = holdings.filter(mayRead).map((holding) => this.pathOf(holding, scope));
    if (paths.length === 0) await this.requireExists(caller, principalId, principalIdInput);
    return paths;
  }

  /**
   * `checkAccess` (API.md, "A fast check for tools"): many questions "does P hold R at S (at T)", answered in the order
   * asked, each exactly as `effectiveAccess(P, S, T)` would (the same holdings, the same read rule). Names are resolved
   * in one statement per kind; the holdings in one statement per instant asked about. A check that names nothing is
   * denied with its problem (one deleted user does not fail a gateway's whole batch); a malformed one fails the call.
   */
  async checkAccess(caller: Caller, checks: readonly AccessCheckInput[]): Promise<AccessCheckResult[]> {
    caller.requireViewer();
    if (checks.length > MAX_CHECKS) throw badInput(`At most ${MAX_CHECKS} checks a call (${checks.length} given).`, 'checks');
    const asked = checks.map((check, index) => parseCheck(check, index));
    const capabilities = await caller.capabilities();
    const db = this.kernel.db.manager;
    const now = this.kernel.now();

    const principals = await resolveNames<ParsedCheck['principal']>(
      asked.map((check) => check.principal),
      async (by, values) => {
        if (by === 'id') return (await db.query('SELECT id, id::text AS key FROM principal WHERE id = ANY($1::uuid[])', [values])) as NameRow[];
        if (by === 'email') return (await db.query(`SELECT id, email AS key FROM principal WHERE email = ANY($1::text[])`, [values])) as NameRow[];
        return (await db.query('SELECT id, external_id AS key FROM principal WHERE external_id = ANY($1::text[])', [values])) as NameRow[];
      },
    );
    const roles = await resolveNames<ParsedCheck['role']>(
      asked.map((check) => check.role),
      async (by, values) => {
        if (by === 'id') return (await db.query('SELECT id, id::text AS key, kind FROM role_definition WHERE id = ANY($1::uuid[])', [values])) as NameRow[];
        return (await db.query(`SELECT id, name AS key, kind FROM role_definition WHERE name = ANY($1::text[])`, [values])) as NameRow[];
      },
    );
    const scopes = await resolveNames<ParsedCheck['scope']>(
      asked.map((check) => check.scope),
      async (by, values) => {
        if (by === 'id') return (await db.query('SELECT id, id::text AS key FROM scope WHERE id = ANY($1::uuid[])', [values])) as NameRow[];
        return (await db.query('SELECT id, external_id AS key FROM scope WHERE external_id = ANY($1::text[])', [values])) as NameRow[];
      },
    );

    // Who reads nobody else asks about themselves only: anything else (someone, or a name that is nobody) is refused
    // whole, so that the answer does not tell which emails exist.
    const principalOf = asked.map((check) => pickName(principals, check.principal));
    if (!capabilities.readsAnyoneElse && principalOf.some((row) => row?.id !== capabilities.principalId)) {
      throw forbidden('You may only check your own access.');
    }
    // The scope first: a role's name that two kinds share is the one of the scope's kind (Owner at a subscription is the
    // resource role); without a scope, a directory role at the tenant root.
    const root = await caller.loaders.scope.load(TENANT_ROOT_SCOPE_ID);
    const scopeOf = await Promise.all(
      asked.map(async (check) => {
        if (!check.scope) return root;
        const row = pickName(scopes, check.scope);
        return row ? await caller.loaders.scope.load(row.id) : null;
      }),
    );
    const roleOf = asked.map((check, index) => {
      const scope = scopeOf[index];
      // An unknown scope is the check's problem: its role need not be told apart.
      if (check.scope && !scope) return pickRole(roles, check, index, null, true);
      // Without a scope: the directory role of that name; a name only other kinds have needs a scope (refused below).
      const role = pickRole(roles, check, index, check.scope && scope ? roleKindForScope(scope.type) : RoleKind.DIRECTORY, !check.scope);
      if (role && !check.scope && role.kind !== RoleKind.DIRECTORY) throw badInput('A resource or group role is held at a scope: give scopeId or scopeExternalId.', `checks[${index}].scopeId`);
      return role;
    });

    // The holdings of every principal asked about, of the roles asked about, once per instant.
    const instants = new Map<number, { at: Date; principalIds: Set<string>; roleIds: Set<string> }>();
    asked.forEach((check, index) => {
      const principal = principalOf[index];
      const role = roleOf[index];
      if (!principal || !role) return;
      const at = check.asOf ?? now;
      const entry = instants.get(at.getTime()) ?? { at, principalIds: new Set<string>(), roleIds: new Set<string>() };
      entry.principalIds.add(principal.id);
      entry.roleIds.add(role.id);
      instants.set(at.getTime(), entry);
    });
    const holdingsAt = new Map<number, Map<string, HoldingRow[]>>();
    for (const [time, entry] of instants) {
      const byHolder = new Map<string, HoldingRow[]>();
      for (const row of await findHoldingsOfMany(db, [...entry.principalIds], [...entry.roleIds], entry.at)) {
        const list = byHolder.get(row.holder_id) ?? [];
        list.push(row);
        byHolder.set(row.holder_id, list);
      }
      holdingsAt.set(time, byHolder);
    }

    return Promise.all(
      asked.map(async (check, index): Promise<AccessCheckResult> => {
        const principal = principalOf[index];
        const role = roleOf[index];
        const found = scopeOf[index];
        const problem = !principal ? AccessCheckProblem.UNKNOWN_PRINCIPAL : !role ? AccessCheckProblem.UNKNOWN_ROLE : !found ? AccessCheckProblem.UNKNOWN_SCOPE : null;
        if (problem || !principal || !role || !found) return { allowed: false, endAt: null, reason: null, inheritedFromScopeId: null, problem };
        const at = check.asOf ?? now;
        // As of an instant: the ancestors the scope had then, as effectiveAccess reads them.
        const scope = check.asOf ? { ...found, path: await pathAt(db, found, check.asOf) } : found;
        const kind = roleKindForScope(scope.type);
        const ancestors = new Set(scope.path);
        const paths = (holdingsAt.get(at.getTime())?.get(principal.id) ?? [])
          .filter((holding) => holding.role_id === role.id && holding.role_kind === kind && ancestors.has(holding.scope_id))
          .filter((holding) => capabilities.readsRow(holding.role_kind as RoleKind, { id: holding.scope_id, path: holding.scope_path, groupId: holding.scope_group_id }, [principal.id]))
          .map((holding) => this.pathOf(holding, scope));
        if (!paths.length) return { allowed: false, endAt: null, reason: null, inheritedFromScopeId: null, problem: null };
        const longest = [...paths].sort(longestFirst)[0];
        return { allowed: true, endAt: latestEnd(paths), reason: longest.kind, inheritedFromScopeId: longest.inheritedFromScopeId, problem: null };
      }),
    );
  }

  /** Only asked when nothing was found: an unknown principal is NOT_FOUND, a known one simply holds nothing. */
  private async requireExists(caller: Caller, principalId: string, shown: string): Promise<void> {
    if (!(await caller.loaders.principal.load(principalId))) throw notFound('principal', shown);
  }

  private async prepare(caller: Caller, principalIdInput: string, scopeIdInput: string | null | undefined, asOf: Date | null | undefined) {
    caller.requireViewer();
    const principalId = requireId(principalIdInput, 'principal');
    const capabilities = await caller.capabilities();
    assertMayReadAccessOf(capabilities, principalId);
    let scope: ScopeEntity | null = null;
    if (scopeIdInput !== null && scopeIdInput !== undefined) {
      scope = await caller.loaders.scope.load(requireId(scopeIdInput, 'scope'));
      if (!scope) throw notFound('scope', scopeIdInput);
      // As of an instant: the ancestors the scope had then (a move since changed them: scopes/tree-history.ts).
      if (asOf) scope = { ...scope, path: await pathAt(this.kernel.db.manager, scope, asOf) };
    }
    const mayRead = (holding: HoldingRow) =>
      capabilities.readsRow(holding.role_kind as RoleKind, { id: holding.scope_id, path: holding.scope_path, groupId: holding.scope_group_id }, [principalId]);
    return { principalId, scope, at: asOf ?? this.kernel.now(), mayRead };
  }

  private pathOf(holding: HoldingRow, scope: ScopeEntity | null): AccessPath {
    const viaGroup = holding.via_group_id !== null;
    return {
      kind: viaGroup ? AccessPathKind.GROUP : AccessPathKind.DIRECT,
      assignmentId: holding.assignment_id,
      membershipId: holding.membership_id,
      groupId: holding.via_group_id,
      inheritedFromScopeId: scope && holding.scope_id !== scope.id ? holding.scope_id : null,
      startAt: viaGroup ? later(holding.start_at, holding.membership_start_at) : holding.start_at,
      endAt: viaGroup ? earlierEnd(holding.end_at, holding.membership_end_at) : holding.end_at,
    };
  }
}

function later(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}

function earlierEnd(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function latestEnd(paths: AccessPath[]): Date | null {
  if (paths.some((path) => path.endAt === null)) return null;
  return paths.reduce<Date | null>((latest, path) => (latest === null || (path.endAt && path.endAt > latest) ? path.endAt : latest), null);
}

/** At most this many checks a call (API.md). */
export const MAX_CHECKS = 1000;

type Name = { by: string; value: string } | null;
interface ParsedCheck {
  principal: { by: 'id' | 'email' | 'externalId'; value: string; field: string };
  role: { by: 'id' | 'name'; value: string; field: string; kind: RoleKind | null };
  scope: { by: 'id' | 'externalId'; value: string; field: string } | null;
  asOf: Date | null;
}
interface NameRow {
  id: string;
  key: string;
  kind?: string;
}

/** Exactly one of the fields, given and not blank; or, when `optional`, none. */
function oneOf<K extends string>(check: AccessCheckInput, index: number, fields: Record<K, keyof AccessCheckInput>, what: string, optional = false): { by: K; value: string; field: string } | null {
  const given = (Object.entries(fields) as [K, keyof AccessCheckInput][]).filter(([, field]) => check[field] !== null && check[field] !== undefined);
  const names = Object.values(fields).join(', ');
  if (given.length > 1) throw badInput(`Name the ${what} one way only: ${given.map(([, field]) => field).join(' and ')} were both given.`, `checks[${index}].${given[1][1]}`);
  if (!given.length) {
    if (optional) return null;
    throw badInput(`Name the ${what}: give one of ${names}.`, `checks[${index}].${Object.values(fields)[0] as string}`);
  }
  const [by, field] = given[0];
  const value = String(check[field]).trim();
  if (!value || value.length > 1000) throw badInput(`The ${what}'s ${field} is ${value ? 'longer than 1,000 characters' : 'blank'}.`, `checks[${index}].${field}`);
  return { by, value, field: `checks[${index}].${field}` };
}

function parseCheck(check: AccessCheckInput, index: number): ParsedCheck {
  const principal = oneOf(check, index, { id: 'principalId', email: 'email', externalId: 'principalExternalId' } as const, 'principal') as ParsedCheck['principal'];
  if (principal.by === 'email') principal.value = principal.value.toLowerCase();
  const role = oneOf(check, index, { id: 'roleId', name: 'roleName' } as const, 'role') as Omit<ParsedCheck['role'], 'kind'>;
  if (check.roleKind && role.by === 'id') throw badInput('roleKind goes with roleName (a role id names one role already).', `checks[${index}].roleKind`);
  const scope = oneOf(check, index, { id: 'scopeId', externalId: 'scopeExternalId' } as const, 'scope', true);
  return { principal, role: { ...role, kind: check.roleKind ?? null }, scope, asOf: check.asOf ?? null };
}

/** Resolves every name of one kind in one statement per way of naming: `key → rows` (ids that are no UUID name nothing). */
async function resolveNames<N extends Name>(names: readonly N[], lookup: (by: string, values: string[]) => Promise<NameRow[]>): Promise<Map<string, NameRow[]>> {
  const wanted = new Map<string, Set<string>>();
  for (const name of names) {
    if (!name || (name.by === 'id' && !isUuid(name.value))) continue;
    const values = wanted.get(name.by) ?? new Set<string>();
    values.add(name.by === 'id' ? name.value.toLowerCase() : name.value);
    wanted.set(name.by, values);
  }
  const found = new Map<string, NameRow[]>();
  for (const [by, values] of wanted) {
    for (const row of await lookup(by, [...values])) {
      const key = `${by}:${row.key}`;
      found.set(key, [...(found.get(key) ?? []), row]);
    }
  }
  return found;
}

/** The one row a name resolved to, or null; a name that fits two (a user and a group with one external id) is refused. */
function pickName(found: Map<string, NameRow[]>, name: { by: string; value: string; field: string }): NameRow | null {
  const rows = found.get(`${name.by}:${name.by === 'id' ? name.value.toLowerCase() : name.value}`) ?? [];
  if (rows.length > 1) throw badInput(`"${name.value}" names ${rows.length} of them: name it by id.`, name.field);
  return rows[0] ?? null;
}

function pickRole(found: Map<string, NameRow[]>, check: ParsedCheck, index: number, scopeKind: RoleKind | null, lenient = false): NameRow | null {
  let rows = (found.get(`${check.role.by}:${check.role.by === 'id' ? check.role.value.toLowerCase() : check.role.value}`) ?? []).filter(
    (row) => !check.role.kind || row.kind === check.role.kind,
  );
  if (rows.length > 1 && scopeKind && rows.some((row) => row.kind === scopeKind)) rows = rows.filter((row) => row.kind === scopeKind);
  if (rows.length > 1 && !lenient) throw badInput(`There is a role "${check.role.value}" of each of ${rows.map((row) => row.kind).join(' and ')}: give roleKind.`, `checks[${index}].roleKind`);
  return rows[0] ?? null;
}

/** The path that lasts longest first: permanent, then the latest end; a direct one before one through a group. */
function longestFirst(a: AccessPath, b: AccessPath): number {
  if ((a.endAt === null) !== (b.endAt === null)) return a.endAt === null ? -1 : 1;
  if (a.endAt && b.endAt && a.endAt.getTime() !== b.endAt.getTime()) return b.endAt.getTime() - a.endAt.getTime();
  if (a.kind !== b.kind) return a.kind === AccessPathKind.DIRECT ? -1 : 1;
  return 0;
}
