import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { logger } from '../../lib/logger';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';

/** One way a principal holds a role: an assignment in force, held directly or through a group membership (`findHoldings`). */
export interface HoldingRow {
  holder_id: string;
  assignment_id: string;
  principal_id: string;
  role_id: string;
  scope_id: string;
  start_at: Date;
  end_at: Date | null;
  via_group_id: string | null;
  membership_id: string | null;
  membership_start_at: Date | null;
  membership_end_at: Date | null;
  role_kind: string;
  scope_type: string;
  scope_path: string[];
  scope_group_id: string | null;
}

export interface HoldingFilter {
  scopeIds?: readonly string[];
  roleKind?: string;
  roleId?: string;
  roleIds?: readonly string[];
}

/** Instants are kept in microseconds, as Postgres compares them (a JS Date has milliseconds); the Dates are what pg would return. */
interface Assignment {
  id: string;
  principalId: string;
  roleId: string;
  scopeId: string;
  startUs: number;
  endUs: number | null;
  startAt: Date;
  endAt: Date | null;
}

interface Principal {
  enabled: boolean;
  disabledUs: number | null;
  /** The periods it was disabled (principal_disablement), only read for a principal that has been disabled. */
  disablements: { from: number; to: number | null }[];
}

interface Scope {
  type: string;
  path: string[];
  groupId: string | null;
}

interface Waiter {
  ticket: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  query(config: { text: string; values?: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
  release(): void;
}
interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  connect(): Promise<PgClient>;
}

/** How far back the index answers: ACTIVE rows that ended longer ago are not kept, and older instants are asked of SQL. */
const RETENTION_MS = 7 * 24 * 3600_000;
/** Change rows older than this are deleted; an index that has not read the feed for half of it reloads instead. */
const FEED_RETENTION = '1 hour';
const STALE_MS = 30 * 60_000;

/** A timestamp column as microseconds since the epoch (exact: below 2^53 until the year 2255). */
const us = (column: string): string => `(extract(epoch FROM ${column}) * 1000000)::bigint`;
const micros = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function assignmentOf(row: Json): Assignment {
  const [id, principalId, roleId, scopeId, start, end] = row;
  const startUs = Number(start);
  const endUs = micros(end);
  return {
    id: id as string,
    principalId: principalId as string,
    roleId: roleId as string,
    scopeId: scopeId as string,
    startUs,
    endUs,
    startAt: new Date(Math.floor(startUs / 1000)),
    endAt: endUs === null ? null : new Date(Math.floor(endUs / 1000)),
  };
}

const ASSIGNMENT_COLUMNS = `a.id, a.principal_id, a.role_id, a.scope_id, ${us('a.start_at')}, ${us('a.end_at')}`;
const PRINCIPAL_COLUMNS = `p.id, p.enabled, ${us('p.disabled_at')}`;
const DISABLEMENT_COLUMNS = `d.principal_id, ${us('d.disabled_at')}, ${us('d.enabled_at')}`;
const SCOPE_COLUMNS = 's.id, s.type, s.path, s.group_id';
const ROLE_COLUMNS = 'r.id, r.kind';

/**
 * One statement, one snapshot: the horizon (every transaction below it has ended), the change rows at or above the last
 * horizon not yet applied, and the current rows they name — so what is applied together was true together.
 */
const POLL_SQL = `WITH c AS MATERIALIZED (
    SELECT pos, xid, kind, ref FROM access_change WHERE xid >= $1::xid8 AND NOT (pos = ANY($2::bigint[]))
  )
  SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
    (SELECT json_agg(json_build_array(pos::text, xid::text, kind, ref)) FROM c) AS changes,
    (SELECT json_agg(json_build_array(${ASSIGNMENT_COLUMNS})) FROM role_assignment a
      WHERE a.id IN (SELECT ref FROM c WHERE kind = 'assignment') AND a.type = 'ACTIVE') AS assignments,
    (SELECT json_agg(json_build_array(${PRINCIPAL_COLUMNS})) FROM principal p
      WHERE p.id IN (SELECT ref FROM c WHERE kind = 'principal')) AS principals,
    (SELECT json_agg(json_build_array(${DISABLEMENT_COLUMNS})) FROM principal_disablement d
      WHERE d.principal_id IN (SELECT ref FROM c WHERE kind = 'principal')) AS disablements,
    (SELECT json_agg(json_build_array(${SCOPE_COLUMNS})) FROM scope s
      WHERE s.id IN (SELECT ref FROM c WHERE kind = 'scope')) AS scopes,
    (SELECT json_agg(json_build_array(${ROLE_COLUMNS})) FROM role_definition r
      WHERE r.id IN (SELECT ref FROM c WHERE kind = 'role')) AS roles`;


/**
 * What is held, in memory, on every replica: the ACTIVE assignments (and group memberships) in force or ended within
 * the retention, the principals' enablement, the scopes and the roles' kinds — everything `findHoldings` joins. It
 * follows the database through `access_change` (migration access-change), which triggers fill in the transaction of
 * every write; it never trusts a message to arrive.
 *
 * **Every read is as fresh as SQL.** Before answering, a read waits for a poll of the change feed that began after the
 * read did (`fresh`): one statement, shared by every read waiting at the time, that sees every transaction committed
 * before it — this replica's, another replica's or a script's. So a read after a write (anywhere) sees the write, with
 * no token to carry, and the answer is the one the SQL statement would give (the property test compares them). What
 * the index saves is the join: the holdings of a principal are a few map lookups instead of a statement over
 * role_assignment, principal, scope and role_definition.
 *
 * The feed is read by transaction id, not by insertion order: rows of every transaction below the snapshot's xmin are
 * final; rows above it may still be joined by older transactions, so each poll reads from the last xmin and skips the
 * rows it already applied. Expiry is read time (an assignment past its end is simply not in force at the instant asked).
 */
export class AccessIndex {
  private assignments = new Map<string, Assignment>();
  private byPrincipal = new Map<string, Map<string, Assignment>>();
  private principals = new Map<string, Principal>();
  private scopes = new Map<string, Scope>();
  private roles = new Map<string, string>();
  private horizon = '0';
  /** Change rows at or above the horizon already applied: position → transaction id. */
  private applied = new Map<string, bigint>();
  private validFrom = Number.POSITIVE_INFINITY;
  private loaded = false;
  private lastPoll = 0;
  private lastPrune = 0;
  private asked = 0;
  private waiters: Waiter[] = [];
  private draining: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Polls and reloads done, for tests and the benchmarks. */
  readonly stats = { polls: 0, reloads: 0, changes: 0 };

  constructor(private readonly db: DataSource) {}

  private get pool(): PgPool {
    return (this.db.driver as PostgresDriver).master as PgPool;
  }

  /** Loads everything, then keeps reading the feed every `pollMs` (so it stays near, and the feed is pruned). */
  async start(pollMs: number): Promise<void> {
    await this.load();
    this.timer = setInterval(() => void this.fresh().catch(() => undefined), pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining?.catch(() => undefined);
  }

  size(): { assignments: number; principals: number; scopes: number } {
    return { assignments: this.assignments.size, principals: this.principals.size, scopes: this.scopes.size };
  }

  /** Whether the index answers for the instant `at` (loaded, and not before what it keeps). */
  covers(at: Date): boolean {
    return this.loaded && !this.stopped && at.getTime() >= this.validFrom;
  }

  /**
   * The holdings `findHoldings` would return for each of `holderIds` at `at` (ACTIVE), after a poll begun after this
   * call. Rejects when the feed cannot be read (the caller asks SQL).
   */
  async holdings(holderIds: readonly string[], at: Date, filter: HoldingFilter = {}): Promise<HoldingRow[]> {
    await this.fresh();
    if (!this.covers(at)) throw new Error('access index: instant not covered');
    const out: HoldingRow[] = [];
    for (const holderId of holderIds) this.collect(holderId, at.getTime() * 1000, filter, out);
    return out;
  }

  /** Resolves once a poll that began after this call has been applied. */
  fresh(): Promise<void> {
    const ticket = ++this.asked;
    const promise = new Promise<void>((resolve, reject) => this.waiters.push({ ticket, resolve, reject }));
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return promise;
  }

  private async drain(): Promise<void> {
    while (this.waiters.length) {
      const upTo = this.asked;
      let failure: unknown = null;
      try {
        await this.poll();
      } catch (error) {
        failure = error;
        logger.warn('access index: the change feed could not be read', { error: error instanceof Error ? error.message : String(error) });
      }
      const done = this.waiters.filter((waiter) => waiter.ticket <= upTo);
      this.waiters = this.waiters.filter((waiter) => waiter.ticket > upTo);
      for (const waiter of done) {
        if (failure) waiter.reject(failure);
        else waiter.resolve();
      }
    }
  }

  private async poll(): Promise<void> {
    if (this.stopped) throw new Error('access index: stopped');
    if (!this.loaded || Date.now() - this.lastPoll > STALE_MS) return this.load();
    const result = await this.pool.query({ name: 'access_index_poll', text: POLL_SQL, values: [this.horizon, [...this.applied.keys()]] });
    const row = result.rows[0];
    const changes = (row.changes as [string, string, string, string | null][] | null) ?? [];
    this.lastPoll = Date.now();
    this.stats.polls += 1;
    if (changes.some(([, , kind]) => kind === 'reload')) return this.load();
    if (changes.length) this.apply(changes, row);
    const horizon = BigInt(row.horizon as string);
    for (const [pos, xid] of this.applied) if (xid < horizon) this.applied.delete(pos);
    this.horizon = row.horizon as string;
    if (Date.now() - this.lastPrune > 60_000) await this.prune();
  }

  /** Applies one poll's rows, synchronously: no read sees half of it. */
  private apply(changes: [string, string, string, string | null][], row: Record<string, unknown>): void {
    this.stats.changes += changes.length;
    const named = { assignment: new Set<string>(), principal: new Set<string>(), scope: new Set<string>(), role: new Set<string>() };
    for (const [pos, xid, kind, ref] of changes) {
      this.applied.set(pos, BigInt(xid));
      if (ref && kind in named) named[kind as keyof typeof named].add(ref);
    }
    for (const id of named.assignment) this.removeAssignment(id);
    for (const id of named.principal) this.principals.delete(id);
    for (const id of named.scope) this.scopes.delete(id);
    for (const id of named.role) this.roles.delete(id);
    this.addRows({
      principals: (row.principals as Json[] | null) ?? [],
      disablements: (row.disablements as Json[] | null) ?? [],
      scopes: (row.scopes as Json[] | null) ?? [],
      roles: (row.roles as Json[] | null) ?? [],
      assignments: (row.assignments as Json[] | null) ?? [],
    });
  }

  private addRows(rows: { principals: Json[]; disablements: Json[]; scopes: Json[]; roles: Json[]; assignments: Json[] }): void {
    for (const [id, enabled, disabled] of rows.principals) {
      this.principals.set(id as string, { enabled: enabled as boolean, disabledUs: micros(disabled), disablements: [] });
    }
    for (const [principalId, disabled, enabled] of rows.disablements) {
      this.principals.get(principalId as string)?.disablements.push({ from: Number(disabled), to: micros(enabled) });
    }
    for (const [id, type, path, groupId] of rows.scopes) {
      this.scopes.set(id as string, { type: type as string, path: path as string[], groupId: groupId as string | null });
    }
    for (const [id, kind] of rows.roles) this.roles.set(id as string, kind as string);
    for (const row of rows.assignments) this.addAssignment(assignmentOf(row));
  }

  /** Everything, from one REPEATABLE READ snapshot whose xmin becomes the horizon. */
  private async load(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [{ horizon, now }] = (await client.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon, now() AS now')).rows as {
        horizon: string;
        now: Date;
      }[];
      const validFrom = now.getTime() - RETENTION_MS;
      // Rows as arrays, in the order the poll's JSON gives them, so that both are read by one piece of code.
      const rows = async (sql: string, values?: unknown[]): Promise<Json[]> =>
        (await client.query({ text: sql, values, rowMode: 'array' })).rows as unknown as Json[];
      const loadedRows = {
        assignments: await rows(
          `SELECT ${ASSIGNMENT_COLUMNS} FROM role_assignment a WHERE a.type = 'ACTIVE' AND (a.end_at IS NULL OR a.end_at > $1)`,
          [new Date(validFrom)],
        ),
        principals: await rows(`SELECT ${PRINCIPAL_COLUMNS} FROM principal p`),
        disablements: await rows(`SELECT ${DISABLEMENT_COLUMNS} FROM principal_disablement d`),
        scopes: await rows(`SELECT ${SCOPE_COLUMNS} FROM scope s`),
        roles: await rows(`SELECT ${ROLE_COLUMNS} FROM role_definition r`),
      };
      await client.query('COMMIT');

      this.assignments = new Map();
      this.byPrincipal = new Map();
      this.principals = new Map();
      this.scopes = new Map();
      this.roles = new Map();
      this.validFrom = validFrom;
      this.addRows(loadedRows);
      this.horizon = horizon;
      this.applied = new Map();
      this.loaded = true;
      this.lastPoll = Date.now();
      this.stats.reloads += 1;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Drops what ended before the retention (and answers no instant before it), and deletes the feed's old rows. */
  private async prune(): Promise<void> {
    this.lastPrune = Date.now();
    const cutoff = Date.now() - RETENTION_MS;
    for (const assignment of this.assignments.values()) {
      if (assignment.endUs !== null && assignment.endUs <= cutoff * 1000) this.removeAssignment(assignment.id);
    }
    this.validFrom = Math.max(this.validFrom, cutoff);
    await this.pool.query(`DELETE FROM access_change WHERE at < now() - interval '${FEED_RETENTION}'`);
  }

  private addAssignment(assignment: Assignment): void {
    if (assignment.endUs !== null && assignment.endUs <= this.validFrom * 1000) return;
    this.assignments.set(assignment.id, assignment);
    let own = this.byPrincipal.get(assignment.principalId);
    if (!own) this.byPrincipal.set(assignment.principalId, (own = new Map()));
    own.set(assignment.id, assignment);
  }

  private removeAssignment(id: string): void {
    const assignment = this.assignments.get(id);
    if (!assignment) return;
    this.assignments.delete(id);
    const own = this.byPrincipal.get(assignment.principalId);
    own?.delete(id);
    if (own?.size === 0) this.byPrincipal.delete(assignment.principalId);
  }

  /** enabled-at.ts's rule, in memory. */
  private enabledAt(principalId: string, at: number): boolean {
    const principal = this.principals.get(principalId);
    if (!principal) return false;
    if (principal.disabledUs === null) return true;
    if (!principal.enabled && !(principal.disabledUs > at)) return false;
    return !principal.disablements.some((period) => period.from <= at && (period.to === null || period.to > at));
  }

  /** access.repository.ts's holdings statement, in memory (same rows; no order is promised by either). */
  private collect(holderId: string, at: number, filter: HoldingFilter, out: HoldingRow[]): void {
    if (!this.enabledAt(holderId, at)) return;
    const own = this.byPrincipal.get(holderId);
    if (!own) return;
    for (const assignment of own.values()) {
      if (!inForce(assignment, at)) continue;
      this.emit(holderId, assignment, null, null, filter, out);
      if (assignment.roleId !== GROUP_MEMBER_ID) continue;
      const groupId = this.scopes.get(assignment.scopeId)?.groupId;
      if (!groupId || !this.enabledAt(groupId, at)) continue;
      for (const held of this.byPrincipal.get(groupId)?.values() ?? []) {
        if (inForce(held, at)) this.emit(holderId, held, groupId, assignment, filter, out);
      }
    }
  }

  private emit(holderId: string, a: Assignment, viaGroupId: string | null, membership: Assignment | null, filter: HoldingFilter, out: HoldingRow[]): void {
    if (filter.roleId && a.roleId !== filter.roleId) return;
    if (filter.roleIds && !filter.roleIds.includes(a.roleId)) return;
    if (filter.scopeIds && !filter.scopeIds.includes(a.scopeId)) return;
    const roleKind = this.roles.get(a.roleId);
    const scope = this.scopes.get(a.scopeId);
    if (!roleKind || !scope) return;
    if (filter.roleKind && roleKind !== filter.roleKind) return;
    out.push({
      holder_id: holderId,
      assignment_id: a.id,
      principal_id: a.principalId,
      role_id: a.roleId,
      scope_id: a.scopeId,
      start_at: a.startAt,
      end_at: a.endAt,
      via_group_id: viaGroupId,
      membership_id: membership?.id ?? null,
      membership_start_at: membership?.startAt ?? null,
      membership_end_at: membership?.endAt ?? null,
      role_kind: roleKind,
      scope_type: scope.type,
      scope_path: scope.path,
      scope_group_id: scope.groupId,
    });
  }
}

/** In force at `at` (microseconds): started, and not ended. */
function inForce(assignment: Assignment, at: number): boolean {
  return assignment.startUs <= at && (assignment.endUs === null || assignment.endUs > at);
}

type Json = (string | number | boolean | null | string[])[];

const indexes = new WeakMap<DataSource, AccessIndex>();

/** The running index of a database, for the repository's reads (app.ts registers it when ACCESS_INDEX is on). */
export function registerAccessIndex(db: DataSource, index: AccessIndex | null): void {
  if (index) indexes.set(db, index);
  else indexes.delete(db);
}

/** The index that may answer a read through `db` at `at`: none inside a transaction (it must see its own writes). */
export function accessIndexFor(db: EntityManager, at: Date): AccessIndex | null {
  if (db.queryRunner?.isTransactionActive) return null;
  const index = indexes.get(db.connection);
  return index?.covers(at) ? index : null;
}
