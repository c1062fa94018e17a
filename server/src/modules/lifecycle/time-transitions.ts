import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '../../kernel/events';
import type { Emit } from '../../kernel/kernel';
import { ActivationEventKind, RequestStatus } from '../../lib/vocabulary/requests';
import { writeAudit, type AuditInput } from '../audit/audit.writer';
import { systemActor } from '../auth/viewer';
import { ADMIN_DECISION_TIMEOUT_MS } from '../approvals/stages';
import { requestChanged } from './request-events';

/**
 * What time does to requests and schedules, recorded by the sweeper (jobs/sweeper.ts): expiries, scheduled activations
 * starting, undecided requests running out. Access already ends at `end_at` when it is read; these only record it, with
 * audit and live events. Rows are claimed with SKIP LOCKED, so several processes can sweep at once.
 */

const BATCH = 1000;

/** Schedules that ran out (not ended by anyone): recorded once, announced once. */
export async function recordExpiries(tx: EntityManager, now: Date, emit: Emit): Promise<number> {
  const rows = (await tx.query(
    `UPDATE role_assignment a SET expiry_recorded_at = $1
      WHERE a.id IN (SELECT id FROM role_assignment
                      WHERE end_at <= $1 AND expiry_recorded_at IS NULL AND end_reason IS NULL AND end_at IS NOT NULL
                      ORDER BY end_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING a.id, a.principal_id, a.role_id, a.scope_id, a.type, a.origin, a.start_at, a.end_at, a.created_by_request_id`,
    [now],
  )) as [
    { id: string; principal_id: string; role_id: string; scope_id: string; type: string; origin: string; start_at: Date; end_at: Date; created_by_request_id: string | null }[],
    number,
  ];
  const expired = rows[0];
  if (!expired.length) return 0;
  await recordAll(tx, now, 'assignment.expired', expired, (row) => ({
    requestId: row.created_by_request_id,
    assignmentId: row.id,
    after: { type: row.type, origin: row.origin, startAt: row.start_at.toISOString(), endAt: row.end_at.toISOString() },
  }));
  for (const row of expired) {
    if (row.type === 'ACTIVE') emit({ topic: 'activation', assignmentId: row.id, kind: ActivationEventKind.EXPIRED, at: row.end_at.toISOString() });
  }
  return expired.length;
}

/** Scheduled activations whose start has come: GRANTED → PROVISIONED, announced as activations. */
export async function startScheduled(tx: EntityManager, now: Date, emit: Emit): Promise<number> {
  const [rows] = (await tx.query(
    `UPDATE role_request q SET status = 'PROVISIONED'
      WHERE q.id IN (SELECT id FROM role_request WHERE status = 'GRANTED' AND start_at <= $1
                      ORDER BY start_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING q.id, q.principal_id, q.role_id, q.scope_id, q.assignment_id, q.justification, q.ticket_system, q.ticket_number`,
    [now],
  )) as [{ id: string; principal_id: string; role_id: string; scope_id: string; assignment_id: string | null }[], number];
  if (!rows.length) return 0;
  await recordAll(tx, now, 'request.started', rows, (row) => ({
    requestId: row.id,
    assignmentId: row.assignment_id,
    after: { status: RequestStatus.PROVISIONED },
  }));
  for (const row of rows) {
    emit(requestChanged(row.id, { status: RequestStatus.GRANTED, stage: 0, at: now }, now));
    if (row.assignment_id) emit({ topic: 'activation', assignmentId: row.assignment_id, kind: ActivationEventKind.ACTIVATED, at: now.toISOString() });
  }
  return rows.length;
}

/** Requests nobody decided in time: a stage past its timeout, or an admin decision left ADMIN_DECISION_TIMEOUT_MS (30 days). */
export async function expireUndecided(tx: EntityManager, now: Date, emit: Emit): Promise<number> {
  const [rows] = (await tx.query(
    `UPDATE role_request q SET status = 'EXPIRED', completed_at = $1, status_reason = 'No decision in time.'
      WHERE q.id IN (
        SELECT id FROM role_request
         WHERE (status = 'PENDING_APPROVAL' AND stage_started_at + make_interval(secs => COALESCE(
                  (settings_snapshot -> 'activation' -> 'approvalStages' -> current_stage ->> 'timeoutSeconds')::int, 86400)) <= $1)
            OR (status = 'PENDING_ADMIN_DECISION' AND created_at + make_interval(secs => ${ADMIN_DECISION_TIMEOUT_MS / 1000}) <= $1)
         LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING q.id, q.principal_id, q.role_id, q.scope_id, q.current_stage, q.action`,
    [now],
  )) as [{ id: string; principal_id: string; role_id: string; scope_id: string; current_stage: number; action: string }[], number];
  if (!rows.length) return 0;
  await recordAll(tx, now, 'request.expired', rows, (row) => ({ requestId: row.id, after: { status: RequestStatus.EXPIRED, stage: row.current_stage } }));
  const events: DomainEvent[] = rows.map((row) =>
    requestChanged(
      row.id,
      { status: row.action === 'SELF_ACTIVATE' ? RequestStatus.PENDING_APPROVAL : RequestStatus.PENDING_ADMIN_DECISION, stage: row.current_stage, at: now },
      now,
    ),
  );
  emit(...events);
  return rows.length;
}

interface Claimed {
  principal_id: string;
  role_id: string;
  scope_id: string;
}

/** One audit event per claimed row, by the system: whom, which role, where, and what `detail` adds. */
function recordAll<R extends Claimed>(tx: EntityManager, now: Date, action: string, rows: R[], detail: (row: R) => Partial<AuditInput>): Promise<void> {
  return writeAudit(
    tx,
    systemActor,
    now,
    rows.map<AuditInput>((row) => ({ action, targetPrincipalId: row.principal_id, roleId: row.role_id, scopeId: row.scope_id, ...detail(row) })),
  );
}
