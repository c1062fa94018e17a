import type { EntityManager } from 'typeorm';
import type { Emit, Kernel, TransactionParticipant } from '../../kernel/kernel';
import { AlertType } from '../../lib/vocabulary/alerts';
import { logger } from '../../lib/logger';
import { ActorType } from '../../lib/vocabulary/principals';
import type { Actor } from '../auth/viewer';
import { bufferedAudit, type PreparedAuditEvent, writeAudit } from '../audit/audit.writer';
import { AZURE_OWNER_ID, GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID } from '../roles/built-in-roles';
import { ALERT_BY_TYPE, ALERTS, type AlertDefinition, settingsOf } from './alert-catalogue';
import type { AlertEntity } from './alert.entities';

/**
 * What a change touched, and which alerts that can move: the principals its audit events are about, the roles it
 * redefined (role events only: an assignment of a role reaches its holder's incidents, not every holder's of that role),
 * and the scopes it names (where a holding changed, or a scope itself).
 */
export interface Touched {
  types: Set<AlertType>;
  principalIds: Set<string>;
  roleIds: Set<string>;
  scopeIds: Set<string>;
}

/** What rewriting one alert's incidents did: raised (new), cleared (no longer found), changed (new or different). */
export interface Rewrite {
  type: AlertType;
  raised: number;
  cleared: number;
  changed: number;
  /** A dismissed alert found something new, and is dismissed no longer. */
  reraised: boolean;
}

/** What settling an alert's own state did: whether it was raised (audited, told) or cleared. */
export interface Settled {
  /** How many incidents it has: counted when it was raised or found nothing, null otherwise. */
  total: number | null;
  becameActive: boolean;
  becameClear: boolean;
}

/** What a full scan did to one alert. */
export type ScanOutcome = Omit<Rewrite, 'changed' | 'reraised'> & Settled;

export interface AlertRaisedListener {
  raised(tx: EntityManager, definition: AlertDefinition, alert: AlertEntity, total: number, emit: Emit): Promise<void>;
}

const ALL = ALERTS.map((alert) => alert.type);
/** Changes that move no alert: the alerts' own, reviews' bookkeeping (their removals are assignment events of their own), integrations. */
const INERT = /^(alert|access_review|webhook|scim\.token|identity_provider|tenant|notification)\.|^auth\.(api_token|mfa|sign_out|sign_in_failed|sign_in_unlocked|invitation_code_failed)/;
const SIGN_IN = /^auth\./;

const ROLE_EVENT = /^role\./;
/** Roles whose holdings count Global Administrators: the role itself, and membership of a group that may hold it. */
const COUNTS_ADMINS: ReadonlySet<string> = new Set([GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID]);
const COUNTS_OWNERS: ReadonlySet<AlertType> = new Set([AlertType.TOO_MANY_OWNERS, AlertType.TOO_MANY_PERMANENT_OWNERS]);

/** Which alerts an audited event can move (the rest of its reach is the principal, role and scope it names). */
function typesOf({ action, roleId }: AuditedTouch): readonly AlertType[] {
  if (INERT.test(action)) return [];
  if (SIGN_IN.test(action)) return [AlertType.STALE_SIGN_IN];
  if (action === 'settings.updated') return [AlertType.NO_MFA_ON_ACTIVATION];
  if (ROLE_EVENT.test(action)) return ALL;
  if (action.startsWith('scope.')) return [AlertType.NO_MFA_ON_ACTIVATION, AlertType.TOO_MANY_OWNERS, AlertType.TOO_MANY_PERMANENT_OWNERS];
  // A holding (or a principal: created, disabled, enabled — the count of users moves the share).
  return ALL.filter(
    (type) =>
      type !== AlertType.NO_MFA_ON_ACTIVATION &&
      type !== AlertType.DUPLICATE_CUSTOM_ROLE &&
      (type !== AlertType.TOO_MANY_GLOBAL_ADMINS || !roleId || COUNTS_ADMINS.has(roleId)) &&
      // Owners are counted by their assignments of Owner alone.
      (!COUNTS_OWNERS.has(type) || !roleId || roleId === AZURE_OWNER_ID),
  );
}

type AuditedTouch = Pick<PreparedAuditEvent, 'action' | 'targetPrincipalId' | 'roleId' | 'scopeId'>;

export function touchedBy(events: readonly AuditedTouch[]): Touched | null {
  const touched: Touched = { types: new Set(), principalIds: new Set(), roleIds: new Set(), scopeIds: new Set() };
  for (const event of events) {
    const types = typesOf(event);
    if (!types.length) continue;
    for (const type of types) touched.types.add(type);
    if (event.targetPrincipalId) touched.principalIds.add(event.targetPrincipalId);
    if (event.roleId && ROLE_EVENT.test(event.action)) touched.roleIds.add(event.roleId);
    if (event.scopeId) touched.scopeIds.add(event.scopeId);
  }
  return touched.types.size ? touched : null;
}

/**
 * The incidents of `definition` a change can reach, as SQL over a row with principal_id, role_id and scope_id (`param`
 * adds a parameter): 'TRUE' for a full scan or a global alert, null when the change reaches none of them.
 */
function reachOf(definition: AlertDefinition, touched: Touched | null, param: (value: unknown) => string): ((row: string) => string) | null {
  if (!touched || definition.reach === 'global') return () => 'TRUE';
  const dimensions: [string, Set<string>][] =
    definition.reach === 'holder' ? [['principal_id', touched.principalIds], ['role_id', touched.roleIds]] : [['scope_id', touched.scopeIds]];
  const named = dimensions.filter(([, ids]) => ids.size).map(([column, ids]) => [column, param([...ids])] as const);
  if (!named.length) return null;
  return (row) => `(${named.map(([column, ids]) => `${row}.${column} = ANY(${ids}::uuid[])`).join(' OR ')})`;
}

/**
 * The advisory lock spaces (two-key form) of the alerts, keyed by an alert's place in the catalogue:
 * - the alert's lock: taken shared by a rescan that rewrites only some principals' or scopes' incidents, exclusively by
 *   whatever rewrites or decides the alert whole (a full scan, a role's or a global alert's rescan, a settings change,
 *   a dismissal);
 * - a partition's lock (`PARTITION_LOCK_SPACE + k`, the hash of the principal or scope): exclusive, under the alert's
 *   shared lock, so that two changes about one principal rescan it one after the other, each reading after the
 *   other's commit — an incident of a partitioned alert is decided by its own principal's (or scope's) rows alone;
 * - the settling lock: whoever reads and writes the alert's own state (shown, dismissed) — see `settle`.
 * Every transaction takes them in one order (alerts' locks, then partitions', by key; the settling lock last).
 */
const ALERT_LOCK_SPACE = 7_274_101;
const SETTLE_LOCK_SPACE = 7_274_102;
const PARTITION_LOCK_SPACE = 7_274_110;
const SYSTEM: Actor = { type: ActorType.SYSTEM, id: null, clientIp: null, userAgent: null };

/** How a change's rescan holds one alert: partitioned by the principals or scopes it names, or whole; null when it reaches none. */
function holdOf(definition: AlertDefinition, touched: Touched): { partitions: string[] } | 'whole' | null {
  if (definition.reach === 'global') return 'whole';
  if (definition.reach === 'holder') {
    // A role redefined reaches every holder's incidents of that role.
    if (touched.roleIds.size) return 'whole';
    return touched.principalIds.size ? { partitions: [...touched.principalIds] } : null;
  }
  return touched.scopeIds.size ? { partitions: [...touched.scopeIds] } : null;
}

/** The state of an alert the settling reads, and what it decides from it. */
interface AlertState extends AlertEntity {
  some: boolean;
}

function decide(state: AlertState): { undismiss: boolean; shown: boolean } {
  // Nothing found any more: a dismissal ends with what it dismissed (the alert is clear, not "dismissed"), so the next
  // finding raises it as new.
  const undismiss = Boolean(state.dismissedAt) && !state.some;
  return { undismiss, shown: state.enabled && state.some && !state.dismissedAt };
}

const STATE_COLUMNS = `a.id, a.type, a.enabled, a.settings, a.shown, a.dismissed_at AS "dismissedAt", a.dismissed_by_id AS "dismissedById",
  a.last_scanned_at AS "lastScannedAt", a.updated_at AS "updatedAt", EXISTS (SELECT 1 FROM alert_incident i WHERE i.alert_type = a.type) AS some`;

/**
 * Keeps each alert's incidents equal to what its SQL finds (alert-catalogue.ts), two ways that give the same answer:
 * - **incrementally, in the change's transaction** (a participant of every change, before the notification outbox and
 *   the audit chain): the alerts the change's audit events can move are re-run for the principals, roles and scopes they
 *   name — a partitioned alert's findings filtered to those, its stored incidents replaced by the same filter; a global
 *   alert (counts over the tenant, duplicates among roles) whole. Locks (above) make two changes that can decide one
 *   incident take turns, and let changes about different principals or scopes rescan one alert at the same time;
 * - **in full**, on refresh and on the sweeper's schedule (time moves some alerts: sign-ins age, activations leave the
 *   window), each alert in its own short transaction holding the alert's lock exclusively.
 * The alert's own state — raised (`alert.raised`, audited and told through the listener), cleared, a dismissal ended —
 * depends on all its incidents, which concurrent changes rewrite in parts none of them sees whole: it is **settled**
 * right after a change that raised or cleared incidents commits (before the change answers), under the settling lock,
 * from what is committed then. A full scan settles in its own transaction.
 */
export class AlertScanner {
  private listener: AlertRaisedListener | null = null;
  /** The alerts a transaction's rescan moved, to settle once it has committed. */
  private readonly unsettled = new WeakMap<EntityManager, Set<AlertType>>();

  constructor(private readonly kernel: Kernel) {}

  /** Whom a raise is told to (the alerts service: notice and live event); set once by the composition root. */
  listen(listener: AlertRaisedListener): void {
    this.listener = listener;
  }

  readonly participant: TransactionParticipant = {
    name: 'alerts',
    beforeCommit: async (tx, emit) => {
      const moved = (await this.rescanFor(tx, bufferedAudit(tx), emit)).filter((rewrite) => rewrite.raised || rewrite.cleared || rewrite.reraised);
      if (moved.length) this.unsettled.set(tx, new Set(moved.map((rewrite) => rewrite.type)));
    },
    afterCommit: async (tx) => {
      const types = this.unsettled.get(tx);
      if (!types) return;
      this.unsettled.delete(tx);
      // The change happened: a settling that fails is redone by the next change that moves the alert, or its full scan.
      await this.settleCommitted([...types]).catch((error: unknown) => logger.error('settling alerts failed; the next scan settles them', { error: String(error) }));
    },
  };

  /** The incremental rescan for what these audit events touched (the participant's; B12 times it). */
  async rescanFor(tx: EntityManager, events: readonly AuditedTouch[], emit: Emit): Promise<Rewrite[]> {
    const touched = touchedBy(events);
    return touched ? this.rescan(tx, touched, emit) : [];
  }

  /** The incremental rescan of what a change touched, in its transaction; the alerts it moved are settled after its commit. */
  async rescan(tx: EntityManager, touched: Touched, emit: Emit): Promise<Rewrite[]> {
    const holds = ALL.filter((type) => touched.types.has(type))
      .map((type) => ({ type, k: ALL.indexOf(type), hold: holdOf(ALERT_BY_TYPE.get(type) as AlertDefinition, touched) }))
      .filter((entry) => entry.hold !== null);
    if (!holds.length) return [];
    const parts = holds.flatMap(({ k, hold }) => (hold === 'whole' || !hold ? [] : hold.partitions.map((id) => ({ k, id }))));
    await tx.query(
      `SELECT CASE WHEN l.shared THEN pg_advisory_xact_lock_shared(l.a, l.b) ELSE pg_advisory_xact_lock(l.a, l.b) END
         FROM (SELECT DISTINCT a, b, shared FROM (
                 SELECT $1::int AS a, k AS b, s AS shared FROM unnest($2::int[], $3::bool[]) AS t(k, s)
                 UNION ALL
                 SELECT $4::int + k, hashtext(id), false FROM unnest($5::int[], $6::text[]) AS p(k, id)
               ) x ORDER BY a, b) l`,
      [ALERT_LOCK_SPACE, holds.map((h) => h.k), holds.map((h) => h.hold !== 'whole'), PARTITION_LOCK_SPACE, parts.map((p) => p.k), parts.map((p) => p.id)],
    );
    // Read after the locks: a settings change or a dismissal that committed meanwhile is seen.
    const rewrites: Rewrite[] = [];
    for (const alert of await this.alerts(tx, holds.map((h) => h.type))) {
      const rewrite = await this.rewrite(tx, alert, touched, emit);
      if (rewrite.raised && alert.dismissedAt) {
        // A new finding re-raises a dismissed alert (what was dismissed was the findings then); settled after the commit.
        await this.settlingLock(tx, [rewrite.type]);
        await tx.query('UPDATE alert SET dismissed_at = NULL, dismissed_by_id = NULL WHERE type = $1 AND dismissed_at IS NOT NULL', [rewrite.type]);
        rewrite.reraised = true;
      }
      rewrites.push(rewrite);
    }
    return rewrites;
  }

  /** A full scan of the given alerts (all when none given), each in its own transaction. */
  async scanAll(types: readonly AlertType[] = ALL): Promise<ScanOutcome[]> {
    const outcomes: ScanOutcome[] = [];
    for (const type of ALL.filter((known) => types.includes(known))) {
      outcomes.push(
        await this.kernel.change(async (tx, emit) => {
          // An alert can have hundreds of thousands of incidents: its findings and its stored incidents are joined by
          // hash in memory (the planner would otherwise sort both by text keys, several times slower).
          await tx.query("SET LOCAL work_mem = '64MB'; SET LOCAL enable_mergejoin = off");
          await this.lock(tx, type);
          const [alert] = await this.alerts(tx, [type]);
          const rewrite = alert ? await this.rewrite(tx, alert, null, emit) : { raised: 0, cleared: 0 };
          const settled = (await this.settle(tx, [type], emit)).get(type) ?? { total: 0, becameActive: false, becameClear: false };
          await tx.query('UPDATE alert SET last_scanned_at = $2 WHERE type = $1', [type, this.kernel.now()]);
          return { type, raised: rewrite.raised, cleared: rewrite.cleared, ...settled };
        }),
      );
    }
    return outcomes;
  }

  /** Takes an alert's lock exclusively in `tx` (a full scan, a settings change, a dismissal): no change rescans it meanwhile. */
  async lock(tx: EntityManager, type: AlertType): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [ALERT_LOCK_SPACE, ALL.indexOf(type)]);
  }

  /** Takes the settling locks of these alerts in `tx`, in the catalogue's order (after any alert's or partition's lock). */
  async settlingLock(tx: Pick<EntityManager, 'query'>, types: readonly AlertType[]): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1::int, k) FROM (SELECT DISTINCT k FROM unnest($2::int[]) k ORDER BY 1) l`, [
      SETTLE_LOCK_SPACE,
      types.map((type) => ALL.indexOf(type)),
    ]);
  }

  /**
   * Makes each alert's own state follow its incidents, in `tx` under the settling locks (held to its commit), from
   * what is committed and what `tx` wrote: raised when it finds something and is neither off nor dismissed (audited as
   * `alert.raised`, told through the listener), cleared when it finds nothing any more (`alert.cleared`), a dismissal
   * ended when nothing it dismissed is found. Whoever writes the state (a dismissal, a refresh) takes the same locks.
   */
  async settle(tx: EntityManager, types: readonly AlertType[], emit: Emit): Promise<Map<AlertType, Settled>> {
    await this.settlingLock(tx, types);
    const settled = new Map<AlertType, Settled>();
    for (const state of await this.states(tx, types)) {
      const type = state.type as AlertType;
      const definition = ALERT_BY_TYPE.get(type) as AlertDefinition;
      const { undismiss, shown } = decide(state);
      const becameActive = shown && !state.shown;
      // Turned off: no longer shown, not "cleared" (its settings change is the event).
      const becameClear = state.shown && !shown && state.enabled;
      const total = becameActive ? await this.count(tx, type) : state.some ? null : 0;
      settled.set(type, { total, becameActive, becameClear });
      if (!undismiss && shown === state.shown) continue;
      const now = this.kernel.now();
      await tx.query(
        `UPDATE alert SET shown = $2${undismiss ? ', dismissed_at = NULL, dismissed_by_id = NULL' : ''} WHERE type = $1`,
        [type, shown],
      );
      if (becameActive || becameClear) {
        await writeAudit(tx, SYSTEM, now, [
          { action: becameActive ? 'alert.raised' : 'alert.cleared', after: { alert: type, severity: definition.severity, incidents: total } },
        ]);
      }
      emit({ topic: 'alert', alertType: type, at: now.toISOString() });
      if (becameActive && this.listener) await this.listener.raised(tx, definition, { ...state, dismissedAt: null }, total as number, emit);
    }
    return settled;
  }

  /**
   * Settles alerts after the commit of a change that moved them: a look under the settling locks first (no
   * transaction of its own, nothing written), a change only when the state is to move. The look waits for any settling
   * in flight and then reads what is committed, so the last change to commit is always settled from a state that
   * includes it.
   */
  async settleCommitted(types: readonly AlertType[]): Promise<void> {
    await this.settlingLock(this.kernel.db, types);
    const moving = (await this.states(this.kernel.db, types)).filter((state) => {
      const { undismiss, shown } = decide(state);
      return undismiss || shown !== state.shown;
    });
    if (moving.length) await this.kernel.change((tx, emit) => this.settle(tx, moving.map((state) => state.type as AlertType), emit));
  }

  /** Runs one alert's SQL (filtered to what was touched, for a partitioned alert) and makes its stored incidents equal to it. */
  async rewrite(tx: EntityManager, alert: AlertEntity, touched: Touched | null, emit: Emit): Promise<Rewrite> {
    const type = alert.type as AlertType;
    const definition = ALERT_BY_TYPE.get(type) as AlertDefinition;
    const now = this.kernel.now();
    const params: unknown[] = [now];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const findings = definition.sql(settingsOf(definition, alert.settings), param);
    const within = reachOf(definition, touched, param);
    if (!within) return { type, raised: 0, cleared: 0, changed: 0, reraised: false };
    const typeParam = param(type);
    // The stored incidents in reach and the findings, joined by key once: only what is new or different is written, only
    // what is no longer found is deleted (a full scan of an alert with 300,000 unchanged incidents writes nothing).
    const [result] = (await tx.query(
      `WITH found AS MATERIALIZED (SELECT * FROM (${findings}) f WHERE ${within('f')}),
       stored AS MATERIALIZED (
         SELECT i.id, i.key, i.principal_id, i.role_id, i.scope_id, i.assignment_id, i.detail FROM alert_incident i
          WHERE i.alert_type = ${typeParam} AND ${within('i')}
       ),
       diff AS MATERIALIZED (
         SELECT s.id AS stored_id, f.* FROM found f FULL JOIN stored s ON s.key = f.key
          WHERE f.key IS NULL OR s.id IS NULL
             OR (s.principal_id, s.role_id, s.scope_id, s.assignment_id, s.detail) IS DISTINCT FROM (f.principal_id, f.role_id, f.scope_id, f.assignment_id, f.detail)
       ),
       gone AS (
         DELETE FROM alert_incident d USING diff WHERE diff.key IS NULL AND d.id = diff.stored_id
         RETURNING d.id
       ),
       kept AS (
         INSERT INTO alert_incident (alert_type, key, principal_id, role_id, scope_id, assignment_id, detail, raised_at)
         SELECT ${typeParam}, key, principal_id, role_id, scope_id, assignment_id, detail, $1 FROM diff WHERE diff.key IS NOT NULL
         ON CONFLICT (alert_type, key) DO UPDATE
           SET principal_id = EXCLUDED.principal_id, role_id = EXCLUDED.role_id, scope_id = EXCLUDED.scope_id, assignment_id = EXCLUDED.assignment_id, detail = EXCLUDED.detail
         RETURNING (xmax = 0) AS inserted
       )
       SELECT (SELECT count(*) FROM gone)::int AS cleared, (SELECT count(*) FROM kept WHERE inserted)::int AS raised, (SELECT count(*) FROM kept)::int AS changed`,
      params,
    )) as { cleared: number; raised: number; changed: number }[];
    if (result.changed || result.cleared) emit({ topic: 'alert', alertType: type, at: now.toISOString() });
    return { type, raised: result.raised, cleared: result.cleared, changed: result.changed, reraised: false };
  }

  private async count(tx: EntityManager, type: AlertType): Promise<number> {
    const [row] = (await tx.query('SELECT count(*)::int AS n FROM alert_incident WHERE alert_type = $1', [type])) as { n: number }[];
    return row.n;
  }

  /** The enabled alerts among `types`, in the catalogue's order. */
  private async alerts(tx: EntityManager, types: readonly AlertType[]): Promise<AlertEntity[]> {
    return (await this.states(tx, types)).filter((alert) => alert.enabled);
  }

  /** The alerts among `types` with whether each finds anything, in the catalogue's order. */
  private async states(db: Pick<EntityManager, 'query'>, types: readonly AlertType[]): Promise<AlertState[]> {
    const rows = (await db.query(`SELECT ${STATE_COLUMNS} FROM alert a WHERE a.type = ANY($1::text[])`, [types])) as AlertState[];
    return rows.sort((a, b) => ALL.indexOf(a.type as AlertType) - ALL.indexOf(b.type as AlertType));
  }
}
