import type { EntityManager } from 'typeorm';
import { NotificationEvent } from '../../lib/vocabulary/notifications';
import { type RoleKind } from '../../lib/vocabulary/scopes';
import { approversOf } from '../approvals/approvers';
import type { RoleRequestEntity } from '../requests/role-request.entity';
import type { Kernel } from '../../kernel/kernel';
import type { NotificationItem, Notifier } from './notifier';
import { RowLoader } from './notification-rows';
import type { SettingsReader } from '../settings/role-settings.service';

const BATCH = 500;

interface DueAssignment {
  key: string;
  id: string;
  principal_id: string;
  role_id: string;
  scope_id: string;
  type: string;
  end_at: Date;
}

/**
 * Reminders, run on a schedule: assignments ending in 14 days and in 1 day (to their holder and the admins of the scope),
 * and requests still undecided halfway through their stage's timeout (to its approvers; extensions and renewals 15 days
 * in, to the admins). Each reminder is remembered under a key in `notification_reminder`, written in the same transaction
 * as its notifications, so a reminder is written once however often or concurrently the job runs. Work goes in batches.
 *
 * Which assignments: those given by an admin (activations last hours; their end is announced when it comes), and only
 * when they existed at that mark — an assignment made for ten days gets the 1-day reminder, not a 14-day one at once.
 * The key holds the end, so an assignment extended later is reminded again before its new end.
 */
export class Reminders {
  constructor(
    private readonly kernel: Kernel,
    private readonly notifier: Notifier,
    private readonly settings: SettingsReader,
  ) {}

  async run(): Promise<number> {
    let written = 0;
    for (const days of [14, 1]) {
      for (let n = BATCH; n === BATCH; written += n) n = await this.expiring(days);
    }
    for (let n = BATCH; n === BATCH; written += n) n = await this.undecided();
    return written;
  }

  private async expiring(days: number): Promise<number> {
    return this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const due = (await tx.query(
        `WITH due AS (
           SELECT 'expiring:' || $2::int || 'd:' || a.id || ':' || extract(epoch FROM a.end_at)::bigint AS key,
                  a.id, a.principal_id, a.role_id, a.scope_id, a.type, a.end_at
             FROM role_assignment a
            WHERE a.end_at IS NOT NULL AND a.expiry_recorded_at IS NULL AND a.end_reason IS NULL
              AND a.end_at > $1 AND a.end_at <= $1 + make_interval(days => $2::int)
              AND a.origin = 'ASSIGNED' AND a.start_at <= a.end_at - make_interval(days => $2::int)
              AND NOT EXISTS (SELECT 1 FROM notification_reminder r
                               WHERE r.key = 'expiring:' || $2::int || 'd:' || a.id || ':' || extract(epoch FROM a.end_at)::bigint)
            ORDER BY a.end_at LIMIT ${BATCH}),
         marked AS (INSERT INTO notification_reminder (key, created_at) SELECT key, $1 FROM due ON CONFLICT DO NOTHING RETURNING key)
         SELECT due.* FROM due JOIN marked USING (key)`,
        [now, days],
      )) as DueAssignment[];
      const loader = new RowLoader(tx, this.settings);
      const items: NotificationItem[] = [];
      for (const row of due) {
        const item = await this.expiringItem(loader, row, days, now);
        if (item) items.push(item);
      }
      await this.notifier.write(tx, items, emit);
      return due.length;
    });
  }

  private async expiringItem(loader: RowLoader, row: DueAssignment, days: number, now: Date): Promise<NotificationItem | null> {
    const found = await loader.load(row.principal_id, row.role_id, row.scope_id, null);
    if (!found) return null;
    const scope = { id: found.scope.id, path: found.scope.path, groupId: found.scope.groupId };
    return {
      key: `reminder:${row.key}`,
      facts: {
        event: NotificationEvent.EXPIRING_SOON,
        at: now,
        principal: found.principal,
        role: found.role,
        scope: { id: found.scope.id, name: found.scope.name },
        requestId: null,
        assignmentId: row.id,
        action: null,
        status: null,
        justification: null,
        ticket: null,
        type: row.type,
        endAt: row.end_at,
        daysLeft: days,
        actor: { type: 'SYSTEM', id: null },
      },
      rules: found.rules,
      approvers: new Set(),
      admins: await loader.admins(found.role.kind as RoleKind, scope, now),
      toSubject: true,
      actorId: null,
    };
  }

  private async undecided(): Promise<number> {
    return this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const rows = (await tx.query(
        `WITH due AS (
           SELECT 'approval:' || q.id || ':' || q.current_stage AS key, q.id
             FROM role_request q
            WHERE ((q.status = 'PENDING_APPROVAL' AND q.stage_started_at + make_interval(secs => COALESCE(
                      (q.settings_snapshot -> 'activation' -> 'approvalStages' -> q.current_stage ->> 'timeoutSeconds')::int, 86400) / 2.0) <= $1)
                OR (q.status = 'PENDING_ADMIN_DECISION' AND q.created_at + interval '15 days' <= $1))
              AND NOT EXISTS (SELECT 1 FROM notification_reminder r WHERE r.key = 'approval:' || q.id || ':' || q.current_stage)
            ORDER BY q.created_at LIMIT ${BATCH}),
         marked AS (INSERT INTO notification_reminder (key, created_at) SELECT key, $1 FROM due ON CONFLICT DO NOTHING RETURNING key)
         SELECT due.key, due.id FROM due JOIN marked USING (key)`,
        [now],
      )) as { key: string; id: string }[];
      const loader = new RowLoader(tx, this.settings);
      const items: NotificationItem[] = [];
      for (const row of rows) {
        const item = await this.undecidedItem(tx, loader, row, now);
        if (item) items.push(item);
      }
      await this.notifier.write(tx, items, emit);
      return rows.length;
    });
  }

  private async undecidedItem(tx: EntityManager, loader: RowLoader, row: { key: string; id: string }, now: Date): Promise<NotificationItem | null> {
    const [request] = (await tx.query(`SELECT principal_id, role_id, scope_id FROM role_request WHERE id = $1`, [row.id])) as {
      principal_id: string;
      role_id: string;
      scope_id: string;
    }[];
    const found = request ? await loader.load(request.principal_id, request.role_id, request.scope_id, row.id) : null;
    if (!found?.request) return null;
    const entity: RoleRequestEntity = found.request;
    const scope = { id: found.scope.id, path: found.scope.path, groupId: found.scope.groupId };
    return {
      key: `reminder:${row.key}`,
      facts: {
        event: NotificationEvent.APPROVAL_REMINDER,
        at: now,
        principal: found.principal,
        role: found.role,
        scope: { id: found.scope.id, name: found.scope.name },
        requestId: entity.id,
        assignmentId: entity.assignmentId,
        action: entity.action,
        status: entity.status,
        justification: entity.justification,
        ticket: entity.ticketSystem ? `${entity.ticketSystem}:${entity.ticketNumber}` : null,
        type: entity.type,
        endAt: entity.endAt,
        daysLeft: null,
        actor: { type: 'SYSTEM', id: null },
      },
      rules: found.rules,
      approvers: await approversOf(tx, { request: entity, roleKind: found.role.kind as RoleKind, scope }, now),
      admins: new Set(),
      toSubject: false,
      actorId: null,
    };
  }
}
