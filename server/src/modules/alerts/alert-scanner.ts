import type { EntityManager } from 'typeorm';
import type { Emit, Kernel, TransactionParticipant } from '../../kernel/kernel';
import { AlertType } from '../../lib/vocabulary/alerts';
import { ActorType } from '../../lib/vocabulary/principals';
import type { Actor } from '../auth/viewer';
import { bufferedAudit, type PreparedAuditEvent, writeAudit } from '../audit/audit.writer';
import { GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID } from '../roles/built-in-roles';
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

/** What a scan did to one alert. */
export interface ScanOutcome {
  type: AlertType;
  raised: number;
  cleared: number;
  /** How many it has now; null when an incremental rescan left some and did not count them. */
  total: number | null;
  /** Whether the alert went from nothing to show to active (a notice), or back. */
  becameActive: boolean;
  becameClear: boolean;
}

export interface AlertRaisedListener {
  raised(tx: EntityManager, definition: AlertDefinition, alert: AlertEntity, outcome: ScanOutcome, emit: Emit): Promise<void>;
}

const ALL = ALERTS.map((alert) => alert.type);
/** Changes that move no alert: the alerts' own, reviews' bookkeeping (their removals are assignment events of their own), integrations. */
const INERT = /^(alert|access_review|webhook|scim\.token|identity_provider|tenant|notification)\.|^auth\.(api_token|mfa|sign_out|sign_in_failed|sign_in_unlocked|invitation_code_failed)/;
const SIGN_IN = /^auth\./;

const ROLE_EVENT = /^role\./;
/** Roles whose holdings count Global Administrators: the role itself, and membership of a group that may hold it. */
const COUNTS_ADMINS: ReadonlySet<string> = new Set([GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID]);

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
      (type !== AlertType.TOO_MANY_GLOBAL_ADMINS || !roleId || COUNTS_ADMINS.has(roleId)),
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

/** The advisory lock space (two-key form) of the alerts: one lock per alert, keyed by its place in the catalogue. */
const ALERT_LOCK_SPACE = 7_274_101;
const SYSTEM: Actor = { type: ActorType.SYSTEM, id: null, clientIp: null, userAgent: null };

/**
 * Keeps each alert's incidents equal to what its SQL finds (alert-catalogue.ts), two ways that give the same answer:
 * - **incrementally, in the change's transaction** (a participant of every change, before the notification outbox and
 *   the audit chain): the alerts the change's audit events can move are re-run for the principals, roles and scopes they
 *   name — a partitioned alert's findings filtered to those, its stored incidents replaced by the same filter; a global
 *   alert (counts over the tenant, duplicates among roles) whole. Each alert moved is locked and read after the lock,
 *   so two changes that move one alert see each other;
 * - **in full**, on refresh and on the sweeper's schedule (time moves some alerts: sign-ins age, activations leave the
 *   window), each alert in its own short transaction holding the same lock.
 * A raise (an alert with nothing to show gets findings) is audited as `alert.raised` and told through the listener.
 */
export class AlertScanner {
  private listener: AlertRaisedListener | null = null;

  constructor(private readonly kernel: Kernel) {}

  /** Whom a raise is told to (the alerts service: notice and live event); set once by the composition root. */
  listen(listener: AlertRaisedListener): void {
    this.listener = listener;
  }

  readonly participant: TransactionParticipant = {
    name: 'alerts',
    beforeCommit: async (tx, emit) => {
      await this.rescanFor(tx, bufferedAudit(tx), emit);
    },
  };

  /** The incremental rescan for what these audit events touched (the participant's; B12 times it). */
  async rescanFor(tx: EntityManager, events: readonly AuditedTouch[], emit: Emit): Promise<ScanOutcome[]> {
    const touched = touchedBy(events);
    return touched ? this.rescan(tx, touched, emit) : [];
  }

  /** The incremental rescan of what a change touched, in its transaction. */
  async rescan(tx: EntityManager, touched: Touched, emit: Emit): Promise<ScanOutcome[]> {
    // Each alert it moves, locked exclusively in one order (a full scan takes the same lock): two changes that move one
    // alert rescan it one after the other, each reading after the other's commit. Per-partition locks would not do: an
    // incident is reached through its principal, its role and its scope alike, so two changes with disjoint partitions
    // can still decide the same incident. Every change already waits on the audit chain's lock through COMMIT, so this
    // adds no wait of its own today; issue 15 takes the chain off that path and will measure this with it.
    await tx.query(`SELECT pg_advisory_xact_lock($1::int, k) FROM (SELECT DISTINCT k FROM unnest($2::int[]) k ORDER BY 1) l`, [
      ALERT_LOCK_SPACE,
      [...touched.types].map((type) => ALL.indexOf(type)),
    ]);
    // Read after the lock: a settings change or a dismissal that committed meanwhile is seen.
    const alerts = await this.alerts(tx, [...touched.types]);
    const outcomes: ScanOutcome[] = [];
    for (const alert of alerts) outcomes.push(await this.scanOne(tx, alert, touched, emit));
    return outcomes;
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
          const outcome = alert
            ? await this.scanOne(tx, alert, null, emit)
            : { type, raised: 0, cleared: 0, total: 0, becameActive: false, becameClear: false };
          await tx.query('UPDATE alert SET last_scanned_at = $2 WHERE type = $1', [type, this.kernel.now()]);
          return outcome;
        }),
      );
    }
    return outcomes;
  }

  /** Takes an alert's lock in `tx` (a full scan, a settings change, a dismissal): no change rescans it meanwhile. */
  async lock(tx: EntityManager, type: AlertType): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [ALERT_LOCK_SPACE, ALL.indexOf(type)]);
  }

  /** Runs one alert's SQL (filtered to what was touched, for a partitioned alert) and makes its stored incidents equal to it. */
  async scanOne(tx: EntityManager, alert: AlertEntity, touched: Touched | null, emit: Emit): Promise<ScanOutcome> {
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
    // Every stored incident of the alert is in reach (a full scan, a global alert): they are counted on the way.
    const whole = within?.('i') === 'TRUE';
    if (!within) return { type, raised: 0, cleared: 0, total: null, becameActive: false, becameClear: false };
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
       SELECT (SELECT count(*) FROM gone)::int AS cleared, (SELECT count(*) FROM kept WHERE inserted)::int AS raised, (SELECT count(*) FROM kept)::int AS changed,
              EXISTS (SELECT 1 FROM alert_incident WHERE alert_type = ${typeParam}) AS had,
              EXISTS (SELECT 1 FROM alert_incident i WHERE i.alert_type = ${typeParam} AND NOT EXISTS (SELECT 1 FROM gone WHERE gone.id = i.id)) AS remain
              ${whole ? ', (SELECT count(*) FROM stored)::int AS before' : ''}`,
      params,
    )) as { cleared: number; raised: number; changed: number; had: boolean; remain: boolean; before?: number }[];
    const some = result.raised > 0 || result.remain;
    const wasShown = result.had && !alert.dismissedAt;
    // A new finding re-raises a dismissed alert: what was dismissed was the findings then.
    const reraised = Boolean(alert.dismissedAt) && result.raised > 0;
    // Nothing found any more: the dismissal ends with what it dismissed (the alert is clear, not "dismissed"), so the
    // next finding raises it as new.
    const undismissed = Boolean(alert.dismissedAt) && !result.remain && result.raised === 0;
    if (reraised || undismissed) await tx.query('UPDATE alert SET dismissed_at = NULL, dismissed_by_id = NULL WHERE type = $1', [type]);
    const shown = some && (!alert.dismissedAt || reraised);
    const becameActive = shown && !wasShown;
    const becameClear = wasShown && !some;
    // Counted where it is cheap or told: a full scan counted it; an alert with none before has what this raised; a
    // re-raise (a notice says how many) is counted. An incremental rescan that leaves some does not count them.
    let total: number | null = null;
    if (result.before !== undefined) total = result.before - result.cleared + result.raised;
    else if (!some) total = 0;
    else if (!result.had) total = result.raised;
    else if (becameActive) total = await this.count(tx, type);
    const outcome: ScanOutcome = { type, raised: result.raised, cleared: result.cleared, total, becameActive, becameClear };
    if (outcome.becameActive || outcome.becameClear) {
      await writeAudit(tx, SYSTEM, now, [
        { action: outcome.becameActive ? 'alert.raised' : 'alert.cleared', after: { alert: type, severity: definition.severity, incidents: total } },
      ]);
    }
    if (result.changed || result.cleared || reraised || undismissed) emit({ topic: 'alert', alertType: type, at: now.toISOString() });
    if (outcome.becameActive && this.listener) await this.listener.raised(tx, definition, { ...alert, dismissedAt: reraised ? null : alert.dismissedAt }, outcome, emit);
    return outcome;
  }

  private async count(tx: EntityManager, type: AlertType): Promise<number> {
    const [row] = (await tx.query('SELECT count(*)::int AS n FROM alert_incident WHERE alert_type = $1', [type])) as { n: number }[];
    return row.n;
  }

  /** The enabled alerts among `types`, in the catalogue's order. */
  private async alerts(tx: EntityManager, types: readonly AlertType[]): Promise<AlertEntity[]> {
    const rows = (await tx.query(
      `SELECT id, type, enabled, settings, dismissed_at AS "dismissedAt", dismissed_by_id AS "dismissedById", last_scanned_at AS "lastScannedAt", updated_at AS "updatedAt"
         FROM alert WHERE type = ANY($1::text[]) AND enabled`,
      [types],
    )) as AlertEntity[];
    return rows.sort((a, b) => ALL.indexOf(a.type as AlertType) - ALL.indexOf(b.type as AlertType));
  }
}

