import type { EntityManager } from 'typeorm';
import type { Emit } from '../../kernel/kernel';
import { NotificationEvent } from '../../lib/vocabulary/notifications';
import type { RoleKind } from '../../lib/vocabulary/scopes';
import { adminsOf } from '../approvals/approvers';
import type { Notifier } from '../notifications/notifier';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import type { AccessReviewEntity, AccessReviewInstanceEntity } from './review.entities';

const isoMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * What access reviews tell, in the inbox, by email and to webhooks (DOMAIN.md: "review started/ending"): its reviewers
 * when an occurrence starts, those with items left a day before the end, its creator and the role's administrators at
 * its scope when an instance completes. Written in the change's transaction, through the notifier's notices: a
 * notification exists if and only if its change committed, and each is written once (idempotent keys).
 */
export class ReviewNotices {
  constructor(private readonly notifier: Pick<Notifier, 'notice'>) {}

  async started(tx: EntityManager, review: AccessReviewEntity, instances: AccessReviewInstanceEntity[], now: Date, emit: Emit): Promise<void> {
    if (!instances.length) return;
    const ids = instances.map((instance) => instance.id);
    const own = (await tx.query('SELECT DISTINCT reviewer_id FROM access_review_item WHERE instance_id = ANY($1::uuid[]) AND reviewer_id IS NOT NULL', [ids])) as { reviewer_id: string }[];
    const [orphans] = (await tx.query('SELECT 1 FROM access_review_item WHERE instance_id = ANY($1::uuid[]) AND reviewer_id IS NULL LIMIT 1', [ids])) as unknown[];
    const named = await this.namedReviewers(tx, review.id, Boolean(orphans), now);
    const recipients = [...new Set([...own.map((row) => row.reviewer_id), ...named])];
    const [{ items }] = (await tx.query('SELECT count(*)::int AS items FROM access_review_item WHERE instance_id = ANY($1::uuid[])', [ids])) as { items: number }[];
    const endAt = instances.reduce((latest, instance) => (instance.endAt > latest ? instance.endAt : latest), instances[0].endAt);
    await this.notifier.notice(
      tx,
      {
        key: `review:${review.id}:${instances[0].occurrence}:started`,
        event: NotificationEvent.REVIEW_STARTED,
        at: now,
        recipientIds: recipients,
        rendered: {
          title: `Access review started: ${review.name}`,
          details: [
            ['Roles', await this.roleNames(tx, instances.map((instance) => instance.roleId))],
            ['Scope', await this.scopeName(tx, review.scopeId)],
            ['Holdings to review', String(items)],
            ['Decide by', isoMinute(endAt)],
          ],
          link: { path: '/my-reviews', label: 'Review access' },
        },
        data: { review: { id: review.id, name: review.name }, instanceIds: ids, endAt: endAt.toISOString() },
      },
      emit,
    );
  }

  async ending(tx: EntityManager, review: AccessReviewEntity, instance: AccessReviewInstanceEntity, now: Date, emit: Emit): Promise<void> {
    const own = (await tx.query('SELECT DISTINCT reviewer_id FROM access_review_item WHERE instance_id = $1 AND decision IS NULL AND reviewer_id IS NOT NULL', [instance.id])) as {
      reviewer_id: string;
    }[];
    const [undecided] = (await tx.query('SELECT count(*) FILTER (WHERE reviewer_id IS NULL)::int AS orphans, count(*)::int AS total FROM access_review_item WHERE instance_id = $1 AND decision IS NULL', [
      instance.id,
    ])) as { orphans: number; total: number }[];
    if (!undecided.total) return;
    const named = await this.namedReviewers(tx, review.id, undecided.orphans > 0, now);
    await this.notifier.notice(
      tx,
      {
        key: `review:${instance.id}:ending`,
        event: NotificationEvent.REVIEW_ENDING,
        at: now,
        recipientIds: [...new Set([...own.map((row) => row.reviewer_id), ...named])],
        rendered: {
          title: `Access review ends soon: ${review.name}`,
          details: [
            ['Role', await this.roleNames(tx, [instance.roleId])],
            ['Undecided', String(undecided.total)],
            ['Ends', isoMinute(instance.endAt)],
          ],
          link: { path: '/my-reviews', label: 'Review access' },
        },
        data: { review: { id: review.id, name: review.name }, instanceId: instance.id, endAt: instance.endAt.toISOString(), undecided: undecided.total },
      },
      emit,
    );
  }

  async completed(
    tx: EntityManager,
    review: AccessReviewEntity,
    instance: AccessReviewInstanceEntity,
    counts: { approved: number; denied: number; unchanged: number },
    now: Date,
    emit: Emit,
  ): Promise<void> {
    const [role] = (await tx.query('SELECT name, kind::text AS kind FROM role_definition WHERE id = $1', [instance.roleId])) as { name: string; kind: RoleKind }[];
    const [scope] = (await tx.query('SELECT id, name, path, group_id FROM scope WHERE id = $1', [review.scopeId])) as { id: string; name: string; path: string[]; group_id: string | null }[];
    const admins = role && scope ? await adminsOf(tx, role.kind, { id: scope.id, path: scope.path, groupId: scope.group_id }, now) : new Set<string>();
    const recipients = [...new Set([...(review.createdById ? [review.createdById] : []), ...admins])];
    await this.notifier.notice(
      tx,
      {
        key: `review:${instance.id}:completed`,
        event: NotificationEvent.REVIEW_COMPLETED,
        at: now,
        recipientIds: recipients,
        rendered: {
          title: `Access review completed: ${review.name}`,
          details: [
            ['Role', role?.name ?? ''],
            ['Scope', scope?.name ?? ''],
            ['Approved', String(counts.approved)],
            ['Denied', String(counts.denied)],
            ['Left unchanged', String(counts.unchanged)],
            ['Applied', review.autoApply ? 'Automatically' : 'When an administrator applies it'],
          ],
          link: { path: `/access-reviews/${review.id}`, label: 'Open the review' },
        },
        data: { review: { id: review.id, name: review.name }, instanceId: instance.id, ...counts },
      },
      emit,
    );
  }

  /** The named reviewers (users, and the members of named groups); with `fallbacks`, the fallback reviewers too. */
  private async namedReviewers(tx: EntityManager, reviewId: string, fallbacks: boolean, now: Date): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT r.principal_id AS id FROM access_review_reviewer r JOIN principal p ON p.id = r.principal_id AND p.type = 'USER'
        WHERE r.review_id = $1 AND (NOT r.fallback OR $2)
       UNION
       SELECT m.principal_id FROM access_review_reviewer r JOIN scope s ON s.group_id = r.principal_id
         JOIN role_assignment m ON m.scope_id = s.id AND m.role_id = $3 AND m.type = 'ACTIVE' AND m.start_at <= $4 AND (m.end_at IS NULL OR m.end_at > $4)
        WHERE r.review_id = $1 AND (NOT r.fallback OR $2)`,
      [reviewId, fallbacks, GROUP_MEMBER_ID, now],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  private async roleNames(tx: EntityManager, roleIds: string[]): Promise<string> {
    const rows = (await tx.query('SELECT name FROM role_definition WHERE id = ANY($1::uuid[]) ORDER BY name', [roleIds])) as { name: string }[];
    return rows.map((row) => row.name).join(', ');
  }

  private async scopeName(tx: EntityManager, scopeId: string): Promise<string> {
    const [row] = (await tx.query('SELECT name FROM scope WHERE id = $1', [scopeId])) as { name: string }[];
    return row?.name ?? '';
  }
}
