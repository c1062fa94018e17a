import type { EntityManager } from 'typeorm';
import type { Emit, Kernel, TransactionParticipant } from '../../kernel/kernel';
import { AlertType } from '../../lib/vocabulary/alerts';
import { ActorType } from '../../lib/vocabulary/principals';
import type { Actor } from '../auth/viewer';
import { bufferedAudit, type PreparedAuditEvent, writeAudit } from '../audit/audit.writer';
import { ALERT_BY_TYPE, ALERTS, type AlertDefinition, settingsOf } from './alert-catalogue';
import type { AlertEntity } from './alert.entities';

/** What a change touched: the principals, roles and scopes its audit events name, and which alerts that can move. */
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
  total: number;
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

/** Which alerts an audited action can move (the rest of its reach is the principal, role and scope it names). */
function typesOf(action: string): readonly AlertType[] {
  if (INERT.test(action)) return [];
  if (SIGN_IN.test(action)) return [AlertType.STALE_SIGN_IN];
  if (action === 'settings.updated') return [AlertType.NO_MFA_ON_ACTIVATION];
  if (action.startsWith('role.')) return ALL;
  if (action.startsWith('scope.')) return [AlertType.NO_MFA_ON_ACTIVATION, AlertType.TOO_MANY_OWNERS, AlertType.TOO_MANY_PERMANENT_OWNERS];
  return ALL.filter((type) => type !== AlertType.NO_MFA_ON_ACTIVATION && type !== AlertType.DUPLICATE_CUSTOM_ROLE);
}

export function touchedBy(events: readonly Pick<PreparedAuditEvent, 'action' | 'targetPrincipalId' | 'roleId' | 'scopeId'>[]): Touched | null {
  const touched: Touched = { types: new Set(), principalIds: new Set(), roleIds: new Set(), scopeIds: new Set() };
  for (const event of events) {
    const types = typesOf(event.action);
    if (!types.length) continue;
    for (const type of types) touched.types.add(type);
    if (event.targetPrincipalId) touched.principalIds.add(event.targetPrincipalId);
    if (event.roleId) touched.roleIds.add(event.roleId);
    if (event.scopeId) touched.scopeIds.add(event.scopeId);
  }
  return touched.types.size ? touched : null;
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
  async rescanFor(tx: EntityManager, events: readonly Pick<PreparedAuditEvent, 'action' | 'targetPrincipalId' | 'roleId' | 'scopeId'>[], emit: Emit): Promise<ScanOutcome[]> {
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
    let within = (_: string) => 'TRUE';
    if (touched && definition.reach === 'partitioned') {
      const principals = param([...touched.principalIds]);
      const roles = param([...touched.roleIds]);
      const scopes = param([...touched.scopeIds]);
      within = (row) => `(${row}.principal_id = ANY(${principals}::uuid[]) OR ${row}.role_id = ANY(${roles}::uuid[]) OR ${row}.scope_id = ANY(${scopes}::uuid[]))`;
    }
    const typeParam = param(type);
    const [result] = (await tx.query(
      `WITH found AS MATERIALIZED (SELECT * FROM (${findings}) f WHERE ${within('f')}),
       gone AS (
         DELETE FROM alert_incident i WHERE i.alert_type = ${typeParam} AND ${within('i')} AND NOT EXISTS (SELECT 1 FROM found WHERE found.key = i.key)
         RETURNING 1
       ),
       kept AS (
         INSERT INTO alert_incident (alert_type, key, principal_id, role_id, scope_id, assignment_id, detail, raised_at)
         SELECT ${typeParam}, key, principal_id, role_id, scope_id, assignment_id, detail, $1 FROM found
         ON CONFLICT (alert_type, key) DO UPDATE
           SET principal_id = EXCLUDED.principal_id, role_id = EXCLUDED.role_id, scope_id = EXCLUDED.scope_id, assignment_id = EXCLUDED.assignment_id, detail = EXCLUDED.detail
           WHERE (alert_incident.principal_id, alert_incident.role_id, alert_incident.scope_id, alert_incident.assignment_id, alert_incident.detail)
                 IS DISTINCT FROM (EXCLUDED.principal_id, EXCLUDED.role_id, EXCLUDED.scope_id, EXCLUDED.assignment_id, EXCLUDED.detail)
         RETURNING (xmax = 0) AS inserted
       )
       SELECT (SELECT count(*) FROM gone)::int AS cleared, (SELECT count(*) FROM kept WHERE inserted)::int AS raised, (SELECT count(*) FROM kept)::int AS changed,
              (SELECT count(*) FROM alert_incident WHERE alert_type = ${typeParam})::int AS before`,
      params,
    )) as { cleared: number; raised: number; changed: number; before: number }[];
    const total = result.before - result.cleared + result.raised;
    const wasShown = result.before > 0 && !alert.dismissedAt;
    // A new finding re-raises a dismissed alert: what was dismissed was the findings then.
    const reraised = Boolean(alert.dismissedAt) && result.raised > 0;
    if (reraised) await tx.query('UPDATE alert SET dismissed_at = NULL, dismissed_by_id = NULL WHERE type = $1', [type]);
    const shown = total > 0 && (!alert.dismissedAt || reraised);
    const outcome: ScanOutcome = { type, raised: result.raised, cleared: result.cleared, total, becameActive: shown && !wasShown, becameClear: wasShown && total === 0 };
    if (outcome.becameActive || outcome.becameClear) {
      await writeAudit(tx, SYSTEM, now, [
        { action: outcome.becameActive ? 'alert.raised' : 'alert.cleared', after: { alert: type, severity: definition.severity, incidents: total } },
      ]);
    }
    if (result.changed || result.cleared || reraised) emit({ topic: 'alert', alertType: type, at: now.toISOString() });
    if (outcome.becameActive && this.listener) await this.listener.raised(tx, definition, { ...alert, dismissedAt: reraised ? null : alert.dismissedAt }, outcome, emit);
    return outcome;
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

