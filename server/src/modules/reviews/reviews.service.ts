import type { EntityManager } from 'typeorm';
import type { Emit, Kernel } from '../../kernel/kernel';
import { badInput, conflict, DomainError, forbidden, given, notFound, requireId } from '../../lib/errors';
import { cursorPart, decodeCursor, lazily, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import { optionalText, requiredText } from '../../lib/strings';
import { ActorType, PrincipalType } from '../../lib/vocabulary/principals';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import {
  MAX_DURATION_DAYS,
  PERIOD_MONTHS,
  ReviewAssignmentType,
  ReviewDecision,
  ReviewDefaultDecision,
  ReviewerKind,
  ReviewFrequency,
  ReviewInstanceStatus,
} from '../../lib/vocabulary/reviews';
import type { RoleKind } from '../../lib/vocabulary/scopes';
import { callerOf, type Caller } from '../access/caller';
import { sessionGuard, type SessionCheck } from '../auth/session-guard';
import type { ScopeRef } from '../access/capabilities';
import { assertIsUser } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { systemActor, type Actor, type RequestMeta, type Viewer } from '../auth/viewer';
import { newRequest } from '../lifecycle/request-draft';
import type { RequestLifecycle } from '../lifecycle/request-lifecycle';
import { hasEnded, lockSchedule } from '../lifecycle/schedules';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';
import { AccessReviewEntity, AccessReviewInstanceEntity, AccessReviewItemEntity, AccessReviewReviewerEntity, type ReviewerSpec } from './review.entities';
import type { ReviewNotices } from './review-notices';
import { snapshotItems } from './review-snapshot';

const DAY_MS = 86_400_000;
/** Items applied in one transaction; a batch the last-admin guard refuses is applied again one item at a time. */
const APPLY_BATCH = 500;
/** Items decided in one call. */
export const MAX_DECIDE = 500;
const MAX_ROLES = 200;
const MAX_REVIEWERS = 100;

export interface ReviewerInput {
  kind: ReviewerKind;
  principalIds?: string[] | null;
  fallbackPrincipalIds?: string[] | null;
}

export interface RecurrenceInput {
  frequency: ReviewFrequency;
  durationDays: number;
  endAt?: Date | null;
  occurrences?: number | null;
}

export interface AccessReviewFields {
  name: string;
  description?: string | null;
  roleIds: string[];
  scopeId: string;
  assignmentType?: ReviewAssignmentType | null;
  principalTypes?: PrincipalType[] | null;
  inactiveDays?: number | null;
  reviewers: ReviewerInput[];
  recurrence?: RecurrenceInput | null;
  startAt?: Date | null;
  autoApply?: boolean | null;
  defaultDecision?: ReviewDefaultDecision | null;
  requireReason?: boolean | null;
  showRecommendations?: boolean | null;
}

export interface ReviewItemFilter {
  instanceId?: string | null;
  /** Only the items the caller may decide (the default without an instance). */
  mine?: boolean | null;
  decided?: boolean | null;
}

/** What the caller may do with a review: read it (and its items), manage its instances (by role), decide as a reviewer. */
interface ReviewAccess {
  read: boolean;
  /** The roles of the review the caller manages at its scope now. */
  manages: Set<string>;
}

interface RoleRow {
  id: string;
  name: string;
  kind: RoleKind;
}

/**
 * Access reviews (DOMAIN.md, "Access reviews"; API.md): campaigns in which reviewers confirm that holders still need a
 * role. A review covers roles at a scope and below; each role has its own instance in each occurrence, snapshotted at its
 * start into items (holdings added later are the next occurrence's), each with a recommendation from the last 30 days.
 * Reviewers decide their items (the last decision submitted wins); at the end or when stopped, the default decision
 * settles the unanswered ones; applying ends every denied holding through the lifecycle as an administrator's removal
 * (ADMIN_REMOVE, the review as its reason), so the last-admin guard, audit, notifications and live events hold. An item the
 * guard refuses keeps `applied: false` and says why.
 *
 * Who: those who may manage a role's assignments at the review's scope create, stop, reset, apply and delete (DOMAIN.md's
 * table: Privileged Role Administrators for directory roles, Owners and User Access Administrators for resource roles at
 * their scopes, group owners for groups); those who may read them see the review; reviewers see what they review. Time
 * (starts, ends, reminders, the next occurrence) is the sweep's: `advance`.
 */
export class AccessReviewService {
  private readonly perCaller = new WeakMap<Caller, Map<string, Promise<unknown>>>();

  constructor(
    private readonly kernel: Kernel,
    private readonly lifecycle: RequestLifecycle,
    private readonly notices: ReviewNotices,
    private readonly sessions: SessionCheck,
  ) {}

  // ---- Creating ------------------------------------------------------------------------------------------------------

  async create(caller: Caller, input: AccessReviewFields): Promise<AccessReviewEntity> {
    assertIsUser(caller.requireViewer());
    const fields = this.validated(input);
    const capabilities = await caller.capabilities();
    const db = this.kernel.db.manager;
    const scope = await this.scopeRef(db, fields.scopeId);
    if (!scope || scope.archivedAt) throw badInput('Choose a scope that exists and is not archived.', 'scopeId');
    const roles = await this.roles(db, fields.roleIds);
    const missing = fields.roleIds.find((id) => !roles.has(id));
    if (missing) throw badInput(`No role with id "${missing}" exists.`, 'roleIds');
    for (const role of roles.values()) {
      if (!capabilities.canManage(role.kind, scope)) throw forbidden(`You may not manage ${role.name} assignments at ${scope.name}: you may not review them there.`);
    }
    await this.requireReviewers(db, fields.reviewers);

    const review = await this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const startAt = fields.startAt ?? now;
      if (startAt.getTime() < now.getTime() - 60_000) throw badInput('The start cannot be in the past.', 'startAt');
      if (fields.recurrenceEndAt && fields.recurrenceEndAt <= startAt) throw badInput('The recurrence must end after the review starts.', 'recurrence');
      const saved = await tx.getRepository(AccessReviewEntity).save({
        name: fields.name,
        description: fields.description,
        scopeId: fields.scopeId,
        roleIds: fields.roleIds,
        assignmentType: fields.assignmentType,
        principalTypes: fields.principalTypes,
        inactiveDays: fields.inactiveDays,
        reviewers: fields.reviewers,
        frequency: fields.frequency,
        durationDays: fields.durationDays,
        startAt,
        recurrenceEndAt: fields.recurrenceEndAt,
        occurrences: fields.occurrences,
        nextStartAt: startAt,
        startedCount: 0,
        autoApply: fields.autoApply,
        defaultDecision: fields.defaultDecision,
        requireReason: fields.requireReason,
        showRecommendations: fields.showRecommendations,
        createdById: caller.actor.id,
      });
      const rows = fields.reviewers.flatMap((reviewer) => [
        ...reviewer.principalIds.map((principalId) => ({ reviewId: saved.id, principalId, fallback: false })),
        ...reviewer.fallbackPrincipalIds.map((principalId) => ({ reviewId: saved.id, principalId, fallback: true })),
      ]);
      if (rows.length) await tx.getRepository(AccessReviewReviewerEntity).createQueryBuilder().insert().values(rows).orIgnore().execute();
      await writeAudit(tx, caller.actor, now, [
        {
          action: 'access_review.created',
          scopeId: saved.scopeId,
          after: { reviewId: saved.id, name: saved.name, roleIds: saved.roleIds, frequency: saved.frequency, durationDays: saved.durationDays, startAt: startAt.toISOString() },
        },
      ]);
      await this.planOccurrence(tx, saved, now);
      if (startAt <= now) await this.startOccurrence(tx, saved, now, emit);
      else await this.kernel.jobs.wakeAt(tx, startAt);
      return saved;
    });
    return review;
  }

  private validated(input: AccessReviewFields) {
    const name = requiredText(input.name, 'name', 200);
    const description = optionalText(input.description, 'description', 2000);
    if (!Array.isArray(input.roleIds) || !input.roleIds.length || input.roleIds.length > MAX_ROLES) throw badInput(`Choose 1 to ${MAX_ROLES} roles.`, 'roleIds');
    const roleIds = [...new Set(input.roleIds.map((id) => requireId(id, 'role')))];
    const scopeId = requireId(input.scopeId, 'scope');
    const assignmentType = input.assignmentType ?? ReviewAssignmentType.ALL;
    const principalTypes = [...new Set(input.principalTypes ?? [PrincipalType.USER, PrincipalType.GROUP, PrincipalType.SERVICE_PRINCIPAL])];
    if (!principalTypes.length) throw badInput('Choose at least one kind of holder.', 'principalTypes');
    const inactiveDays = input.inactiveDays ?? null;
    if (inactiveDays !== null && (!Number.isInteger(inactiveDays) || inactiveDays < 1 || inactiveDays > 730)) throw badInput('inactiveDays must be a whole number from 1 to 730.', 'inactiveDays');
    const recurrence = input.recurrence ?? { frequency: ReviewFrequency.ONE_TIME, durationDays: 14 };
    const frequency = recurrence.frequency;
    const max = MAX_DURATION_DAYS[frequency];
    if (!Number.isInteger(recurrence.durationDays) || recurrence.durationDays < 1 || recurrence.durationDays > max) {
      throw badInput(`A ${frequency.toLowerCase().replace('_', '-')} review lasts 1 to ${max} days.`, 'durationDays');
    }
    const occurrences = recurrence.occurrences ?? null;
    if (occurrences !== null && (!Number.isInteger(occurrences) || occurrences < 1 || occurrences > 1000)) throw badInput('occurrences must be a whole number from 1 to 1000.', 'occurrences');
    if (frequency === ReviewFrequency.ONE_TIME && (occurrences !== null || recurrence.endAt)) throw badInput('A one-time review has no end of recurrence or occurrences.', 'recurrence');
    if (!Array.isArray(input.reviewers) || !input.reviewers.length || input.reviewers.length > 4) throw badInput('Say who reviews: 1 to 4 kinds of reviewer.', 'reviewers');
    const kinds = input.reviewers.map((reviewer) => reviewer.kind);
    if (new Set(kinds).size !== kinds.length) throw badInput('Each kind of reviewer once.', 'reviewers');
    if (kinds.includes(ReviewerKind.SELF) && kinds.includes(ReviewerKind.MANAGER)) throw badInput('Holders review themselves or their managers do: choose one.', 'reviewers');
    const reviewers: ReviewerSpec[] = input.reviewers.map((reviewer) => {
      const ids = (list: string[] | null | undefined, what: string) => {
        const values = [...new Set((list ?? []).map((id) => requireId(id, what)))];
        if (values.length > MAX_REVIEWERS) throw badInput(`At most ${MAX_REVIEWERS} reviewers of one kind.`, 'reviewers');
        return values;
      };
      const principalIds = ids(reviewer.principalIds, 'reviewer');
      const fallbackPrincipalIds = ids(reviewer.fallbackPrincipalIds, 'fallback reviewer');
      const named = reviewer.kind === ReviewerKind.USERS || reviewer.kind === ReviewerKind.GROUPS;
      if (named && !principalIds.length) throw badInput(`Name the ${reviewer.kind === ReviewerKind.USERS ? 'users' : 'groups'} who review.`, 'reviewers');
      if (!named && principalIds.length) throw badInput('Holders and managers are found per item: name only fallback reviewers for them.', 'reviewers');
      if (named && fallbackPrincipalIds.length) throw badInput('Fallback reviewers are for SELF and MANAGER reviews.', 'reviewers');
      if (reviewer.kind === ReviewerKind.MANAGER && !fallbackPrincipalIds.length) throw badInput('A manager review needs fallback reviewers for holders without a manager.', 'reviewers');
      return { kind: reviewer.kind, principalIds, fallbackPrincipalIds };
    });
    const startAt = input.startAt ?? null;
    const recurrenceEndAt = recurrence.endAt ?? null;
    return {
      name,
      description,
      roleIds,
      scopeId,
      assignmentType,
      principalTypes,
      inactiveDays,
      reviewers,
      frequency,
      durationDays: recurrence.durationDays,
      occurrences: frequency === ReviewFrequency.ONE_TIME ? 1 : occurrences,
      recurrenceEndAt,
      startAt,
      autoApply: input.autoApply ?? false,
      defaultDecision: input.defaultDecision ?? ReviewDefaultDecision.NO_CHANGE,
      requireReason: input.requireReason ?? true,
      showRecommendations: input.showRecommendations ?? true,
    };
  }

  /** Named reviewers are enabled users (USERS, fallbacks may also be groups) or groups (GROUPS). */
  private async requireReviewers(db: EntityManager, reviewers: ReviewerSpec[]): Promise<void> {
    for (const reviewer of reviewers) {
      const ids = [...reviewer.principalIds, ...reviewer.fallbackPrincipalIds];
      if (!ids.length) continue;
      const found = (await db.query(`SELECT id, type::text AS type, enabled FROM principal WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; type: string; enabled: boolean }[];
      const byId = new Map(found.map((row) => [row.id, row]));
      for (const id of reviewer.principalIds) {
        const principal = byId.get(id);
        const wanted = reviewer.kind === ReviewerKind.GROUPS ? PrincipalType.GROUP : PrincipalType.USER;
        if (!principal || principal.type !== wanted || !principal.enabled) {
          throw badInput(`Reviewer ${id} must be an enabled ${wanted === PrincipalType.GROUP ? 'group' : 'user'}.`, 'reviewers');
        }
      }
      for (const id of reviewer.fallbackPrincipalIds) {
        const principal = byId.get(id);
        if (!principal || principal.type === PrincipalType.SERVICE_PRINCIPAL || !principal.enabled) throw badInput(`Fallback reviewer ${id} must be an enabled user or group.`, 'reviewers');
      }
    }
  }

  // ---- Time: occurrences start, end, remind ------------------------------------------------------------------------

  /** Where the k-th occurrence (0-based) of a review starts. */
  private occurrenceStart(review: AccessReviewEntity, index: number): Date {
    const months = PERIOD_MONTHS[review.frequency as ReviewFrequency];
    if (review.frequency === ReviewFrequency.WEEKLY) return new Date(review.startAt.getTime() + index * 7 * DAY_MS);
    if (!months) return review.startAt;
    const start = new Date(review.startAt);
    const day = start.getUTCDate();
    const shifted = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months * index, 1, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()));
    const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
    shifted.setUTCDate(Math.min(day, lastDay));
    return shifted;
  }

  /** Whether the k-th occurrence (0-based) belongs to the series. */
  private inSeries(review: AccessReviewEntity, index: number): boolean {
    if (review.occurrences !== null && index >= review.occurrences) return false;
    if (review.recurrenceEndAt && this.occurrenceStart(review, index) >= review.recurrenceEndAt) return false;
    return true;
  }

  /** The next occurrence's instances, one per role, NOT_STARTED (they show what comes, and the sweep starts them). */
  private async planOccurrence(tx: EntityManager, review: AccessReviewEntity, now: Date): Promise<void> {
    const index = review.startedCount;
    if (!this.inSeries(review, index)) {
      await tx.query('UPDATE access_review SET next_start_at = NULL WHERE id = $1', [review.id]);
      review.nextStartAt = null;
      return;
    }
    const startAt = this.occurrenceStart(review, index);
    const endAt = new Date(Math.max(startAt.getTime(), now.getTime()) + review.durationDays * DAY_MS);
    await tx.query(
      `INSERT INTO access_review_instance (review_id, role_id, occurrence, status, start_at, end_at)
       SELECT $1, role_id, $2, $3, $4, $5 FROM unnest($6::uuid[]) AS role_id
       ON CONFLICT (review_id, role_id, occurrence) DO NOTHING`,
      [review.id, index + 1, ReviewInstanceStatus.NOT_STARTED, startAt, endAt, review.roleIds],
    );
    await tx.query('UPDATE access_review SET next_start_at = $2 WHERE id = $1', [review.id, startAt]);
    review.nextStartAt = startAt;
  }

  /**
   * Starts the planned occurrence: each role's instance snapshots its items now; the reviewers are told; the next
   * occurrence is planned; the sweep is woken for the end, the reminder and the next start.
   */
  private async startOccurrence(tx: EntityManager, review: AccessReviewEntity, now: Date, emit: Emit): Promise<void> {
    const occurrence = review.startedCount + 1;
    const instances = await tx
      .getRepository(AccessReviewInstanceEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.review_id = :id AND n.occurrence = :occurrence AND n.status = :status', { id: review.id, occurrence, status: ReviewInstanceStatus.NOT_STARTED })
      .orderBy('n.role_id')
      .getMany();
    const audit = [];
    for (const instance of instances) {
      const endAt = new Date(Math.max(instance.endAt.getTime(), now.getTime() + DAY_MS));
      const total = await snapshotItems(tx, review, instance.id, instance.roleId, now);
      await tx.query('UPDATE access_review_instance SET status = $2, started_at = $3, end_at = $4, total = $5 WHERE id = $1', [
        instance.id,
        ReviewInstanceStatus.IN_PROGRESS,
        now,
        endAt,
        total,
      ]);
      Object.assign(instance, { status: ReviewInstanceStatus.IN_PROGRESS, startedAt: now, endAt, total });
      audit.push({
        action: 'access_review.started',
        roleId: instance.roleId,
        scopeId: review.scopeId,
        after: { reviewId: review.id, instanceId: instance.id, occurrence, items: total, endAt: endAt.toISOString() },
      });
      await this.kernel.jobs.wakeAt(tx, endAt);
      const reminder = reminderAt(instance);
      if (reminder) await this.kernel.jobs.wakeAt(tx, reminder);
      emit({ topic: 'review', instanceId: instance.id, reviewId: review.id, at: now.toISOString() });
    }
    review.startedCount = occurrence;
    await tx.query('UPDATE access_review SET started_count = $2 WHERE id = $1', [review.id, occurrence]);
    await writeAudit(tx, systemActor, now, audit);
    await this.notices.started(tx, review, instances, now, emit);
    await this.planOccurrence(tx, review, now);
    if (review.nextStartAt) await this.kernel.jobs.wakeAt(tx, review.nextStartAt);
  }

  /**
   * The sweep's part: occurrences whose start has come start; instances whose end has come complete (and apply, when the
   * review says so); reviewers with undecided items hear a day before the end; an apply cut short resumes.
   */
  async advance(): Promise<{ started: number; completed: number; reminded: number }> {
    let started = 0;
    let completed = 0;
    let reminded = 0;
    const now = this.kernel.now();
    const due = (await this.kernel.db.query(
      `SELECT DISTINCT review_id FROM access_review_instance WHERE status = $1 AND start_at <= $2 LIMIT 100`,
      [ReviewInstanceStatus.NOT_STARTED, now],
    )) as { review_id: string }[];
    for (const { review_id } of due) {
      await this.kernel.change(async (tx, emit) => {
        const review = await tx.getRepository(AccessReviewEntity).createQueryBuilder('r').setLock('pessimistic_write').setOnLocked('skip_locked').where('r.id = :id', { id: review_id }).getOne();
        if (!review || !review.nextStartAt || review.nextStartAt > this.kernel.now()) return;
        await this.startOccurrence(tx, review, this.kernel.now(), emit);
        started += 1;
      });
    }
    const ending = (await this.kernel.db.query(`SELECT id FROM access_review_instance WHERE status = $1 AND end_at <= $2 ORDER BY end_at LIMIT 100`, [
      ReviewInstanceStatus.IN_PROGRESS,
      now,
    ])) as { id: string }[];
    for (const { id } of ending) {
      const done = await this.kernel.change(async (tx, emit) => {
        const instance = await this.lockInstance(tx, id, true);
        if (!instance || instance.status !== ReviewInstanceStatus.IN_PROGRESS) return null;
        const review = await tx.getRepository(AccessReviewEntity).findOneByOrFail({ id: instance.reviewId });
        await this.complete(tx, review, instance, systemActor, this.kernel.now(), emit);
        completed += 1;
        return review.autoApply ? instance.id : null;
      });
      if (done) await this.applyInstance(done, systemActor);
    }
    const reminders = (await this.kernel.db.query(
      `SELECT id FROM access_review_instance WHERE status = $1 AND reminded_at IS NULL AND end_at > $2 AND end_at - interval '1 day' <= $2
          AND end_at - started_at >= interval '2 days' LIMIT 100`,
      [ReviewInstanceStatus.IN_PROGRESS, now],
    )) as { id: string }[];
    for (const { id } of reminders) {
      await this.kernel.change(async (tx, emit) => {
        const instance = await this.lockInstance(tx, id, true);
        if (!instance || instance.status !== ReviewInstanceStatus.IN_PROGRESS || instance.remindedAt) return;
        const review = await tx.getRepository(AccessReviewEntity).findOneByOrFail({ id: instance.reviewId });
        await tx.query('UPDATE access_review_instance SET reminded_at = $2 WHERE id = $1', [id, this.kernel.now()]);
        await this.notices.ending(tx, review, instance, this.kernel.now(), emit);
        reminded += 1;
      });
    }
    // An apply cut short (the process stopped) goes on where it was: applying is idempotent per item.
    const applying = (await this.kernel.db.query(`SELECT id FROM access_review_instance WHERE status = $1 LIMIT 10`, [ReviewInstanceStatus.APPLYING])) as { id: string }[];
    for (const { id } of applying) await this.applyInstance(id, systemActor);
    return { started, completed, reminded };
  }

  /**
   * Completion: the default decision settles what nobody answered (or answered DONT_KNOW); the outcome of each item is
   * fixed; the creator and the scope's administrators are told.
   */
  private async complete(tx: EntityManager, review: AccessReviewEntity, instance: AccessReviewInstanceEntity, actor: Actor, now: Date, emit: Emit): Promise<void> {
    await tx.query(
      `UPDATE access_review_item SET
         outcome = CASE WHEN decision = 'APPROVE' THEN 'APPROVE' WHEN decision = 'DENY' THEN 'DENY'
                        ELSE CASE $2 WHEN 'RECOMMENDATION' THEN recommendation WHEN 'REMOVE' THEN 'DENY' WHEN 'APPROVE' THEN 'APPROVE' ELSE 'NO_CHANGE' END END,
         outcome_by_default = decision IS NULL OR decision = 'DONT_KNOW'
       WHERE instance_id = $1`,
      [instance.id, review.defaultDecision],
    );
    const stoppedBy = actor.type === ActorType.SYSTEM ? null : actor.id;
    await tx.query('UPDATE access_review_instance SET status = $2, completed_at = $3, stopped_by_id = $4 WHERE id = $1', [instance.id, ReviewInstanceStatus.COMPLETED, now, stoppedBy]);
    Object.assign(instance, { status: ReviewInstanceStatus.COMPLETED, completedAt: now, stoppedById: stoppedBy });
    const [counts] = (await tx.query(
      `SELECT count(*) FILTER (WHERE outcome = 'APPROVE')::int AS approved, count(*) FILTER (WHERE outcome = 'DENY')::int AS denied,
              count(*) FILTER (WHERE outcome = 'NO_CHANGE')::int AS unchanged
         FROM access_review_item WHERE instance_id = $1`,
      [instance.id],
    )) as { approved: number; denied: number; unchanged: number }[];
    await writeAudit(tx, actor, now, [
      { action: 'access_review.completed', roleId: instance.roleId, scopeId: review.scopeId, after: { reviewId: review.id, instanceId: instance.id, stopped: Boolean(stoppedBy), ...counts } },
    ]);
    await this.notices.completed(tx, review, instance, counts, now, emit);
    emit({ topic: 'review', instanceId: instance.id, reviewId: review.id, at: now.toISOString() });
  }

  // ---- Applying ------------------------------------------------------------------------------------------------------

  /**
   * Ends every denied holding of a completed instance, as an administrator's removal with the review as its reason,
   * batch by batch; a batch refused as a whole (the last-admin guard refuses at commit) is applied again item by item,
   * and an item that still cannot be applied keeps `applied: false` with the reason.
   */
  private async applyInstance(instanceId: string, actor: Actor): Promise<void> {
    const review = await this.kernel.change(async (tx) => {
      const instance = await this.lockInstance(tx, instanceId, false);
      if (!instance) return null;
      if (instance.status === ReviewInstanceStatus.COMPLETED) {
        await tx.query('UPDATE access_review_instance SET status = $2 WHERE id = $1', [instanceId, ReviewInstanceStatus.APPLYING]);
      } else if (instance.status !== ReviewInstanceStatus.APPLYING) {
        return null;
      }
      return tx.getRepository(AccessReviewEntity).findOneByOrFail({ id: instance.reviewId });
    });
    if (!review) return;
    for (;;) {
      const batch = (await this.kernel.db.query(
        `SELECT id FROM access_review_item WHERE instance_id = $1 AND outcome = 'DENY' AND NOT applied AND apply_error IS NULL ORDER BY id LIMIT $2`,
        [instanceId, APPLY_BATCH],
      )) as { id: string }[];
      if (!batch.length) break;
      try {
        await this.kernel.change(async (tx, emit) => {
          for (const { id } of batch) await this.applyItem(tx, review, id, actor, this.kernel.now(), emit);
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        for (const { id } of batch) {
          try {
            await this.kernel.change((tx, emit) => this.applyItem(tx, review, id, actor, this.kernel.now(), emit));
          } catch (single) {
            if (!(single instanceof DomainError)) throw single;
            await this.kernel.db.query('UPDATE access_review_item SET apply_error = $2 WHERE id = $1 AND NOT applied', [id, single.message]);
          }
        }
      }
    }
    await this.kernel.change(async (tx, emit) => {
      const instance = await this.lockInstance(tx, instanceId, false);
      if (!instance || instance.status !== ReviewInstanceStatus.APPLYING) return;
      const now = this.kernel.now();
      await tx.query('UPDATE access_review_instance SET status = $2, applied_at = $3 WHERE id = $1', [instanceId, ReviewInstanceStatus.APPLIED, now]);
      const [counts] = (await tx.query(
        `SELECT count(*) FILTER (WHERE applied)::int AS removed, count(*) FILTER (WHERE apply_error IS NOT NULL)::int AS failed FROM access_review_item WHERE instance_id = $1 AND outcome = 'DENY'`,
        [instanceId],
      )) as { removed: number; failed: number }[];
      await writeAudit(tx, actor, now, [{ action: 'access_review.applied', roleId: instance.roleId, scopeId: review.scopeId, after: { reviewId: review.id, instanceId, ...counts } }]);
      emit({ topic: 'review', instanceId, reviewId: review.id, at: now.toISOString() });
    });
  }

  /** One denial: the holding ends as an ADMIN_REMOVE whose reason names the review (or says it had ended already). */
  private async applyItem(tx: EntityManager, review: AccessReviewEntity, itemId: string, actor: Actor, now: Date, emit: Emit): Promise<void> {
    const [item] = (await tx.query(`SELECT id, assignment_id, principal_id, decision, reason FROM access_review_item WHERE id = $1 AND NOT applied AND apply_error IS NULL FOR UPDATE SKIP LOCKED`, [
      itemId,
    ])) as { id: string; assignment_id: string; principal_id: string; decision: string | null; reason: string | null }[];
    if (!item) return;
    const entity = await lockSchedule(tx, item.assignment_id);
    if (!entity || hasEnded(entity, now)) {
      await tx.query('UPDATE access_review_item SET apply_error = $2 WHERE id = $1', [item.id, 'The holding had ended already: nothing to remove.']);
      return;
    }
    const why = item.decision === ReviewDecision.DENY ? `denied${item.reason ? `: ${item.reason}` : ''}` : `denied by the review's default decision`;
    const request = newRequest({
      action: RequestAction.ADMIN_REMOVE,
      status: RequestStatus.PROVISIONED,
      type: entity.type,
      principalId: entity.principalId,
      roleId: entity.roleId,
      scopeId: entity.scopeId,
      requestedById: actor.id ?? review.createdById ?? entity.principalId,
      reason: { justification: `Access review "${review.name}": ${why}`.slice(0, 500), ticketSystem: null, ticketNumber: null },
      startAt: null,
      endAt: null,
      settings: null,
      now,
      assignmentId: entity.id,
    });
    await this.lifecycle.endHolding(tx, actor, request, entity, now, emit);
    await tx.query('UPDATE access_review_item SET applied = true, applied_at = $2 WHERE id = $1', [item.id, now]);
  }

  // ---- Operations on an instance -------------------------------------------------------------------------------------

  /** Stops an instance early: it completes now (and applies, when the review says so). */
  async stop(caller: Caller, instanceIdInput: string): Promise<AccessReviewInstanceEntity> {
    const { instance, review } = await this.managedInstance(caller, instanceIdInput);
    if (instance.status === ReviewInstanceStatus.NOT_STARTED) throw conflict('This review has not started: delete it, or wait for its start.');
    if (instance.status !== ReviewInstanceStatus.IN_PROGRESS) throw conflict('This review has ended already.');
    await this.kernel.change(async (tx, emit) => {
      const locked = await this.lockInstance(tx, instance.id, false);
      if (locked?.status !== ReviewInstanceStatus.IN_PROGRESS) throw conflict('This review has ended already.');
      await this.complete(tx, review, locked, caller.actor, this.kernel.now(), emit);
    });
    if (review.autoApply) await this.applyInstance(instance.id, caller.actor);
    return this.instanceById(instance.id);
  }

  /** Applies a completed instance's denials (a review without auto-apply; or again, nothing happens twice). */
  async apply(caller: Caller, instanceIdInput: string): Promise<AccessReviewInstanceEntity> {
    const { instance } = await this.managedInstance(caller, instanceIdInput);
    if (instance.status === ReviewInstanceStatus.APPLIED) throw conflict('This review was applied already.');
    if (instance.status !== ReviewInstanceStatus.COMPLETED && instance.status !== ReviewInstanceStatus.APPLYING) throw conflict('Only a completed review is applied: stop it first, or wait for its end.');
    await this.applyInstance(instance.id, caller.actor);
    return this.instanceById(instance.id);
  }

  /** Clears every decision of an instance in progress: reviewers start again. */
  async reset(caller: Caller, instanceIdInput: string): Promise<AccessReviewInstanceEntity> {
    const { instance, review } = await this.managedInstance(caller, instanceIdInput);
    await this.kernel.change(async (tx, emit) => {
      const locked = await this.lockInstance(tx, instance.id, false);
      if (locked?.status !== ReviewInstanceStatus.IN_PROGRESS) throw conflict('Only a review in progress is reset.');
      const now = this.kernel.now();
      await tx.query('UPDATE access_review_item SET decision = NULL, reason = NULL, reviewed_by_id = NULL, reviewed_at = NULL WHERE instance_id = $1 AND decision IS NOT NULL', [instance.id]);
      await tx.query('UPDATE access_review_instance SET decided = 0 WHERE id = $1', [instance.id]);
      await writeAudit(tx, caller.actor, now, [{ action: 'access_review.reset', roleId: instance.roleId, scopeId: review.scopeId, after: { reviewId: review.id, instanceId: instance.id } }]);
      emit({ topic: 'review', instanceId: instance.id, reviewId: review.id, at: now.toISOString() });
    });
    return this.instanceById(instance.id);
  }

  /** Deletes a review with its instances and items (the audit log keeps what happened); refused while one applies. */
  async delete(caller: Caller, idInput: string): Promise<boolean> {
    const id = requireId(idInput, 'access review');
    const review = await this.kernel.db.getRepository(AccessReviewEntity).findOneBy({ id });
    if (!review) throw notFound('access review', idInput);
    const access = await this.access(caller, review);
    if (review.roleIds.some((roleId) => !access.manages.has(roleId))) {
      if (!access.read && !(await this.reviews(caller.requireViewer().principalId, review))) throw notFound('access review', idInput);
      throw forbidden('You may not manage every role of this review at its scope.');
    }
    await this.kernel.change(async (tx, emit) => {
      const [applying] = (await tx.query(`SELECT 1 FROM access_review_instance WHERE review_id = $1 AND status = $2 FOR UPDATE`, [id, ReviewInstanceStatus.APPLYING])) as unknown[];
      if (applying) throw conflict('This review is being applied: delete it once that is done.');
      const now = this.kernel.now();
      const instances = (await tx.query('SELECT id FROM access_review_instance WHERE review_id = $1', [id])) as { id: string }[];
      await tx.query('DELETE FROM access_review WHERE id = $1', [id]);
      await writeAudit(tx, caller.actor, now, [{ action: 'access_review.deleted', scopeId: review.scopeId, after: { reviewId: id, name: review.name } }]);
      emit(...instances.map((instance) => ({ topic: 'review' as const, instanceId: instance.id, reviewId: id, at: now.toISOString() })));
    });
    return true;
  }

  // ---- Decisions -----------------------------------------------------------------------------------------------------

  /**
   * Decides items as their reviewer (the last decision submitted wins). All or nothing: every item must be the caller's
   * to decide, in a review in progress; a reason is required where the review says so.
   */
  async decide(caller: Caller, itemIdsInput: string[], decision: ReviewDecision, reasonInput: string | null | undefined): Promise<AccessReviewItemEntity[]> {
    const viewer = caller.requireViewer();
    assertIsUser(viewer);
    if (!Object.values(ReviewDecision).includes(decision)) throw badInput('decision must be APPROVE, DENY or DONT_KNOW.', 'decision');
    if (!Array.isArray(itemIdsInput) || !itemIdsInput.length || itemIdsInput.length > MAX_DECIDE) throw badInput(`Decide 1 to ${MAX_DECIDE} items at once.`, 'itemIds');
    const ids = [...new Set(itemIdsInput.map((id) => requireId(id, 'review item')))];
    const reason = optionalText(reasonInput, 'reason', 1000);
    const decided = await this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const items = await tx.getRepository(AccessReviewItemEntity).createQueryBuilder('i').setLock('pessimistic_write').where('i.id IN (:...ids)', { ids }).orderBy('i.id').getMany();
      const found = new Map(items.map((item) => [item.id, item]));
      const instances = await this.instancesWithReviews(tx, [...new Set(items.map((item) => item.instanceId))]);
      const decidable = await this.decidableIds(tx, viewer.principalId, items, instances, now);
      for (const id of ids) {
        const item = found.get(id);
        const context = item ? instances.get(item.instanceId) : undefined;
        if (!item || !context) throw notFound('review item', id);
        if (!decidable.has(id)) {
          const access = await this.access(caller, context.review);
          if (!access.read) throw notFound('review item', id);
          throw forbidden(item.principalId === viewer.principalId ? 'You may not review your own access here.' : 'You are not a reviewer of this item.');
        }
        if (context.instance.status !== ReviewInstanceStatus.IN_PROGRESS) throw conflict('This review has ended: decisions are closed.');
        if (context.review.requireReason && !reason && decision !== ReviewDecision.DONT_KNOW) throw badInput('This review asks a reason for each decision.', 'reason');
      }
      const newlyDecided = new Map<string, number>();
      for (const item of items) if (item.decision === null) newlyDecided.set(item.instanceId, (newlyDecided.get(item.instanceId) ?? 0) + 1);
      await tx.query('UPDATE access_review_item SET decision = $2, reason = $3, reviewed_by_id = $4, reviewed_at = $5 WHERE id = ANY($1::uuid[])', [ids, decision, reason, viewer.principalId, now]);
      for (const [instanceId, count] of newlyDecided) await tx.query('UPDATE access_review_instance SET decided = decided + $2 WHERE id = $1', [instanceId, count]);
      await writeAudit(
        tx,
        caller.actor,
        now,
        items.map((item) => ({
          action: 'access_review.decided',
          targetPrincipalId: item.principalId,
          roleId: item.roleId,
          scopeId: item.scopeId,
          assignmentId: item.assignmentId,
          justification: reason,
          before: item.decision ? { decision: item.decision } : null,
          after: { reviewId: instances.get(item.instanceId)?.review.id, instanceId: item.instanceId, itemId: item.id, decision },
        })),
      );
      for (const item of items) Object.assign(item, { decision, reason, reviewedById: viewer.principalId, reviewedAt: now });
      for (const instanceId of new Set(items.map((item) => item.instanceId))) {
        emit({ topic: 'review', instanceId, reviewId: instances.get(instanceId)?.review.id ?? '', at: now.toISOString() });
      }
      return items;
    });
    return decided;
  }

  /**
   * Decides the caller's undecided items of an instance as recommended: a reviewer's own; for those who manage the review,
   * every undecided item (but their own holdings). Returns how many were decided.
   */
  async acceptRecommendations(caller: Caller, instanceIdInput: string): Promise<number> {
    const viewer = caller.requireViewer();
    assertIsUser(viewer);
    const id = requireId(instanceIdInput, 'access review instance');
    const context = (await this.instancesWithReviews(this.kernel.db.manager, [id])).get(id);
    if (!context) throw notFound('access review instance', instanceIdInput);
    const access = await this.access(caller, context.review);
    const manages = access.manages.has(context.instance.roleId);
    // A reviewer accepts only what they were shown: not where the review hides its recommendations from them.
    if (!manages && !access.read && !context.review.showRecommendations) throw forbidden('This review does not show its recommendations to reviewers: decide each item.');
    const reviewerOf = await this.reviewerInstances(this.kernel.db.manager, viewer.principalId, [context.instance], this.kernel.now());
    const asReviewer = reviewerOf.named.has(id) || reviewerOf.fallback.has(id);
    if (!access.read && !manages && !asReviewer) {
      const [own] = (await this.kernel.db.query('SELECT 1 FROM access_review_item WHERE instance_id = $1 AND reviewer_id = $2 LIMIT 1', [id, viewer.principalId])) as unknown[];
      if (!own) throw notFound('access review instance', instanceIdInput);
    }
    return this.kernel.change(async (tx, emit) => {
      const instance = await this.lockInstance(tx, id, false);
      if (instance?.status !== ReviewInstanceStatus.IN_PROGRESS) throw conflict('This review has ended: decisions are closed.');
      const now = this.kernel.now();
      const scope = manages
        ? 'TRUE'
        : `(i.reviewer_id = $3 OR ${reviewerOf.named.has(id) ? 'TRUE' : 'FALSE'} OR (${reviewerOf.fallback.has(id) ? 'TRUE' : 'FALSE'} AND i.reviewer_id IS NULL))`;
      const rows = (await tx.query(
        `UPDATE access_review_item i SET decision = i.recommendation, reason = 'Accepted the recommendation: ' || i.recommendation_reason, reviewed_by_id = $3, reviewed_at = $2
          WHERE i.instance_id = $1 AND i.decision IS NULL AND (i.principal_id <> $3 OR i.reviewer_id = $3) AND ${scope}
          RETURNING i.id, i.principal_id, i.role_id, i.scope_id, i.assignment_id, i.decision`,
        [id, now, viewer.principalId],
      )) as [{ id: string; principal_id: string; role_id: string; scope_id: string; assignment_id: string; decision: string }[], number];
      const updated = rows[0];
      if (!updated.length) return 0;
      await tx.query('UPDATE access_review_instance SET decided = decided + $2 WHERE id = $1', [id, updated.length]);
      await writeAudit(
        tx,
        caller.actor,
        now,
        updated.map((row) => ({
          action: 'access_review.decided',
          targetPrincipalId: row.principal_id,
          roleId: row.role_id,
          scopeId: row.scope_id,
          assignmentId: row.assignment_id,
          after: { reviewId: context.review.id, instanceId: id, itemId: row.id, decision: row.decision, recommendation: true },
        })),
      );
      emit({ topic: 'review', instanceId: id, reviewId: context.review.id, at: now.toISOString() });
      return updated.length;
    });
  }

  // ---- Reading -------------------------------------------------------------------------------------------------------

  async list(caller: Caller, firstInput: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<AccessReviewEntity>> {
    const viewer = caller.requireViewer();
    const limit = pageSize(firstInput);
    const cursor = decodeCursor(after, [cursorPart.timestamp, cursorPart.uuid] as const);
    const rows = await this.kernel.db
      .getRepository(AccessReviewEntity)
      .createQueryBuilder('r')
      .where(cursor ? '(r.created_at, r.id) < (:at, :id)' : 'TRUE', cursor ? { at: cursor[0], id: cursor[1] } : {})
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
    // Few reviews exist; each is checked with the caller's rule (readers and managers of its roles, its reviewers).
    const visible: AccessReviewEntity[] = [];
    for (const review of rows) {
      if (visible.length > limit) break;
      if (await this.listable(caller, viewer.principalId, review)) visible.push(review);
    }
    // The total: every review the caller sees (counted only when asked, over all of them, not just this page).
    const total = lazily(async () => {
      const all = await this.kernel.db.getRepository(AccessReviewEntity).find();
      let seen = 0;
      for (const review of all) if (await this.listable(caller, viewer.principalId, review)) seen += 1;
      return seen;
    });
    return toConnection(visible, limit, total, (review) => [review.createdAt.toISOString(), review.id]);
  }

  async get(caller: Caller, idInput: string): Promise<AccessReviewEntity> {
    const id = requireId(idInput, 'access review');
    const review = await this.kernel.db.getRepository(AccessReviewEntity).findOneBy({ id });
    if (!review) throw notFound('access review', idInput);
    if (!(await this.listable(caller, caller.requireViewer().principalId, review))) throw notFound('access review', idInput);
    return review;
  }

  /**
   * How many reviews the caller may list have an instance in progress. Those who read everything see every review (one
   * statement); others are checked review by review with the listing's rule (few reviews exist, as in `list`).
   */
  async countInProgress(caller: Caller): Promise<number> {
    const viewer = caller.requireViewer();
    const inProgress = 'EXISTS (SELECT 1 FROM access_review_instance n WHERE n.review_id = r.id AND n.status = :status)';
    const query = this.kernel.db.getRepository(AccessReviewEntity).createQueryBuilder('r').where(inProgress, { status: ReviewInstanceStatus.IN_PROGRESS });
    if ((await caller.capabilities()).readsAll) return query.getCount();
    let seen = 0;
    for (const review of await query.getMany()) if (await this.listable(caller, viewer.principalId, review)) seen += 1;
    return seen;
  }

  async instancesOf(reviewId: string): Promise<AccessReviewInstanceEntity[]> {
    return this.kernel.db.getRepository(AccessReviewInstanceEntity).find({ where: { reviewId }, order: { occurrence: 'DESC', roleId: 'ASC' } });
  }

  async reviewOf(caller: Caller, instance: AccessReviewInstanceEntity): Promise<AccessReviewEntity> {
    return this.memo(caller, `review:${instance.reviewId}`, () => this.kernel.db.getRepository(AccessReviewEntity).findOneByOrFail({ id: instance.reviewId }));
  }

  async instance(caller: Caller, idInput: string): Promise<AccessReviewInstanceEntity> {
    const id = requireId(idInput, 'access review instance');
    const context = (await this.instancesWithReviews(this.kernel.db.manager, [id])).get(id);
    if (!context) throw notFound('access review instance', idInput);
    await this.get(caller, context.review.id).catch(() => {
      throw notFound('access review instance', idInput);
    });
    return context.instance;
  }

  /** Whether the caller reads the review as its creator, reader or manager (its results download; reviewers see only their items). */
  async viewerReads(caller: Caller, review: AccessReviewEntity): Promise<boolean> {
    return (await this.access(caller, review)).read;
  }

  /** What the caller may do with a review (for the dashboard's buttons; the operations decide again). */
  async viewerManages(caller: Caller, review: AccessReviewEntity, roleId?: string): Promise<boolean> {
    const access = await this.access(caller, review);
    return roleId ? access.manages.has(roleId) : review.roleIds.every((id) => access.manages.has(id));
  }

  /**
   * Items: of an instance (all of them for its readers, managers and named reviewers; a reviewer's own otherwise), or the
   * caller's to decide now across the reviews in progress (`mine`, the default without an instance). In instance, then
   * item id order; every page is read from index ranges (one instance's items, or one reviewer's), however large.
   */
  async items(caller: Caller, filter: ReviewItemFilter | null | undefined, firstInput: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<AccessReviewItemEntity>> {
    const viewer = caller.requireViewer();
    const me = viewer.principalId;
    const limit = pageSize(firstInput);
    const cursor = decodeCursor(after, [cursorPart.uuid, cursorPart.uuid] as const);
    const instanceId = given(filter?.instanceId) ? requireId(filter.instanceId, 'access review instance') : null;
    const decided = filter?.decided ?? null;
    const db = this.kernel.db.manager;
    const now = this.kernel.now();
    let plan: { instanceId: string; streams: Streams }[];
    if (instanceId && !filter?.mine) {
      const context = (await this.instancesWithReviews(db, [instanceId])).get(instanceId);
      if (!context) throw notFound('access review instance', instanceId);
      const access = await this.access(caller, context.review);
      const reviewerOf = await this.reviewerInstances(db, me, [context.instance], now);
      const fallback = reviewerOf.fallback.has(instanceId);
      if (!access.read && !reviewerOf.named.has(instanceId) && !fallback) {
        const [own] = (await db.query('SELECT 1 FROM access_review_item WHERE reviewer_id = $1 AND instance_id = $2 LIMIT 1', [me, instanceId])) as unknown[];
        if (!own) throw notFound('access review instance', instanceId);
      }
      const all = access.read || reviewerOf.named.has(instanceId);
      plan = [{ instanceId, streams: { all, excludeOwn: false, own: !all, fallback: !all && fallback } }];
    } else {
      plan = await this.decidablePlan(db, me, instanceId, now);
    }
    const rows: AccessReviewItemEntity[] = [];
    for (const step of plan) {
      if (cursor && step.instanceId < cursor[0]) continue;
      const afterId = cursor && step.instanceId === cursor[0] ? cursor[1] : ZERO_UUID;
      rows.push(...(await this.instanceItems(db, step.instanceId, me, step.streams, afterId, decided, limit + 1 - rows.length)));
      if (rows.length > limit) break;
    }
    // The total over every page (counted only when asked): the same streams, without a limit.
    const total = lazily(async () => {
      let count = 0;
      for (const step of plan) count += await this.instanceItemCount(db, step.instanceId, me, step.streams, decided);
      return count;
    });
    return toConnection(rows, limit, total, (item) => [item.instanceId, item.id]);
  }

  /** What the caller may decide now, instance by instance (in id order): all but their own where named, the reviewer-less where fallback, their own items. */
  private async decidablePlan(db: EntityManager, me: string, instanceId: string | null, now: Date): Promise<{ instanceId: string; streams: Streams }[]> {
    const inProgress = (await db.query(`SELECT n.id, n.review_id FROM access_review_instance n WHERE n.status = $1 ${instanceId ? 'AND n.id = $2' : ''}`, instanceId ? [ReviewInstanceStatus.IN_PROGRESS, instanceId] : [ReviewInstanceStatus.IN_PROGRESS])) as {
      id: string;
      review_id: string;
    }[];
    if (!inProgress.length) return [];
    const reviewerOf = await this.reviewerInstances(db, me, inProgress.map((row) => ({ id: row.id, reviewId: row.review_id })), now);
    if (!reviewerOf.enabled) return [];
    const own = new Set(
      ((await db.query('SELECT DISTINCT instance_id FROM access_review_item WHERE reviewer_id = $1 AND instance_id = ANY($2::uuid[])', [me, inProgress.map((row) => row.id)])) as { instance_id: string }[]).map(
        (row) => row.instance_id,
      ),
    );
    return inProgress
      .map((row) => row.id)
      .filter((id) => reviewerOf.named.has(id) || reviewerOf.fallback.has(id) || own.has(id))
      .sort()
      .map((id) => ({ instanceId: id, streams: { all: reviewerOf.named.has(id), excludeOwn: true, own: own.has(id), fallback: reviewerOf.fallback.has(id) } }));
  }

  /** One instance's items after `afterId` in id order, from the streams asked for, each an index range. */
  private async instanceItemCount(db: EntityManager, instanceId: string, me: string, streams: Streams, decided: boolean | null): Promise<number> {
    const sql = streamsSql(streams, decided);
    if (!sql) return 0;
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM (${sql}) x WHERE $3::uuid IS NOT NULL AND $4::int IS NULL`, [instanceId, ZERO_UUID, me, null])) as { n: number }[];
    return n;
  }

  private async instanceItems(db: EntityManager, instanceId: string, me: string, streams: Streams, afterId: string, decided: boolean | null, limit: number): Promise<AccessReviewItemEntity[]> {
    const sql = streamsSql(streams, decided);
    if (!sql || limit < 1) return [];
    // $3 typed even where no stream reads it (Postgres must know every parameter's type).
    const found = (await db.query(`SELECT id FROM (${sql}) x WHERE $3::uuid IS NOT NULL ORDER BY id LIMIT $4::int`, [instanceId, afterId, me, limit])) as {
      id: string;
    }[];
    if (!found.length) return [];
    return db.getRepository(AccessReviewItemEntity).createQueryBuilder('i').where('i.id IN (:...ids)', { ids: found.map((row) => row.id) }).orderBy('i.id').getMany();
  }

  /** Whether the caller may decide this item now (for the dashboard; `decide` checks again). */
  async mayDecide(caller: Caller, item: AccessReviewItemEntity): Promise<boolean> {
    const viewer = caller.viewer;
    if (!viewer || viewer.principalType !== PrincipalType.USER) return false;
    const context = await this.contextOf(caller, item.instanceId);
    if (!context || context.instance.status !== ReviewInstanceStatus.IN_PROGRESS) return false;
    const role = await this.memo(caller, `reviewer:${item.instanceId}`, async () => {
      const found = await this.reviewerInstances(this.kernel.db.manager, viewer.principalId, [context.instance], this.kernel.now());
      return { enabled: found.enabled, named: found.named.has(item.instanceId), fallback: found.fallback.has(item.instanceId) };
    });
    return decidableBy(item, viewer.principalId, role);
  }

  /** Recommendations are shown to reviewers only when the review says so; those who manage or read it always see them. */
  async showsRecommendation(caller: Caller, item: AccessReviewItemEntity): Promise<boolean> {
    const context = await this.contextOf(caller, item.instanceId);
    if (!context) return false;
    return context.review.showRecommendations || (await this.access(caller, context.review)).read;
  }

  /** An instance with its review, read once per request (item fields of a page of 50 ask for the same one). */
  private contextOf(caller: Caller, instanceId: string): Promise<{ instance: AccessReviewInstanceEntity; review: AccessReviewEntity } | undefined> {
    return this.memo(caller, `context:${instanceId}`, async () => (await this.instancesWithReviews(this.kernel.db.manager, [instanceId])).get(instanceId));
  }

  /** Per request (a Caller lives for one request, or one subscription event): what the field resolvers ask again and again. */
  private memo<T>(caller: Caller, key: string, compute: () => Promise<T>): Promise<T> {
    let cache = this.perCaller.get(caller);
    if (!cache) this.perCaller.set(caller, (cache = new Map()));
    let found = cache.get(key) as Promise<T> | undefined;
    if (!found) cache.set(key, (found = compute()));
    return found;
  }

  async progress(instance: AccessReviewInstanceEntity): Promise<{ total: number; decided: number; approved: number; denied: number; dontKnow: number }> {
    const [counts] = (await this.kernel.db.query(
      `SELECT count(*) FILTER (WHERE decision = 'APPROVE')::int AS approved, count(*) FILTER (WHERE decision = 'DENY')::int AS denied,
              count(*) FILTER (WHERE decision = 'DONT_KNOW')::int AS "dontKnow"
         FROM access_review_item WHERE instance_id = $1 AND decision IS NOT NULL`,
      [instance.id],
    )) as { approved: number; denied: number; dontKnow: number }[];
    return { total: instance.total, decided: instance.decided, ...counts };
  }

  async instanceOf(caller: Caller, item: AccessReviewItemEntity): Promise<AccessReviewInstanceEntity> {
    return this.memo(caller, `instance:${item.instanceId}`, () => this.instanceById(item.instanceId));
  }

  /** Instances changing that the viewer may see (a reviewer's lists, a review's progress), as they change. */
  async *live(viewer: Viewer, meta: RequestMeta, signal?: AbortSignal): AsyncGenerator<AccessReviewInstanceEntity> {
    const stillSignedIn = sessionGuard(this.sessions, viewer);
    for await (const event of this.kernel.pubsub.subscribe('review', signal)) {
      if (!(await stillSignedIn())) return;
      const caller = callerOf(this.kernel, viewer, meta);
      const instance = await this.instance(caller, event.instanceId).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
        throw error;
      });
      if (instance) yield instance;
    }
  }

  // ---- Authorization -------------------------------------------------------------------------------------------------

  /** Readers of the review: its creator, those who read or manage its roles at its scope. Managers: by role. */
  private access(caller: Caller, review: AccessReviewEntity): Promise<ReviewAccess> {
    return this.memo(caller, `access:${review.id}`, () => this.computeAccess(caller, review));
  }

  private async computeAccess(caller: Caller, review: AccessReviewEntity): Promise<ReviewAccess> {
    const viewer = caller.requireViewer();
    const capabilities = await caller.capabilities();
    const db = this.kernel.db.manager;
    const scope = await this.scopeRef(db, review.scopeId);
    const roles = await this.roles(db, review.roleIds);
    const manages = new Set<string>();
    let read = review.createdById === viewer.principalId;
    for (const role of roles.values()) {
      if (!scope) continue;
      if (capabilities.canManage(role.kind, scope)) manages.add(role.id);
      if (capabilities.canRead(role.kind, scope)) read = true;
    }
    return { read, manages };
  }

  /** Who lists and looks a review up: its readers (`access`) and its reviewers. */
  private async listable(caller: Caller, principalId: string, review: AccessReviewEntity): Promise<boolean> {
    return (await this.access(caller, review)).read || (await this.reviews(principalId, review));
  }

  /** Whether the principal reviews something of this review: named, fallback, a member of a named group, or an item's own reviewer. */
  private async reviews(principalId: string, review: AccessReviewEntity): Promise<boolean> {
    const db = this.kernel.db.manager;
    const ids = await this.withGroups(db, principalId, this.kernel.now());
    const [named] = (await db.query('SELECT 1 FROM access_review_reviewer WHERE review_id = $1 AND principal_id = ANY($2::uuid[]) LIMIT 1', [review.id, ids])) as unknown[];
    if (named) return true;
    const [own] = (await db.query(
      'SELECT 1 FROM access_review_item i JOIN access_review_instance n ON n.id = i.instance_id WHERE n.review_id = $1 AND i.reviewer_id = $2 LIMIT 1',
      [review.id, principalId],
    )) as unknown[];
    return Boolean(own);
  }

  /** The principal and the enabled groups it is an active member of now (a named group's members review). */
  private async withGroups(db: EntityManager, principalId: string, now: Date): Promise<string[]> {
    const groups = (await db.query(
      `SELECT s.group_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id AND s.group_id IS NOT NULL JOIN principal g ON g.id = s.group_id AND g.enabled
        WHERE m.principal_id = $1 AND m.role_id = $2 AND m.type = 'ACTIVE' AND m.start_at <= $3 AND (m.end_at IS NULL OR m.end_at > $3)`,
      [principalId, GROUP_MEMBER_ID, now],
    )) as { group_id: string }[];
    return [principalId, ...groups.map((row) => row.group_id)];
  }

  /** Of these instances, those whose review names the principal (or a group of theirs) as reviewer, and as fallback. */
  private async reviewerInstances(
    db: EntityManager,
    principalId: string,
    instances: { id: string; reviewId: string }[],
    now: Date,
  ): Promise<{ enabled: boolean; named: Set<string>; fallback: Set<string> }> {
    const named = new Set<string>();
    const fallback = new Set<string>();
    const [user] = (await db.query(`SELECT enabled FROM principal WHERE id = $1 AND type = 'USER'`, [principalId])) as { enabled: boolean }[];
    const enabled = Boolean(user?.enabled);
    if (!instances.length || !enabled) return { enabled, named, fallback };
    const ids = await this.withGroups(db, principalId, now);
    const rows = (await db.query('SELECT review_id, fallback FROM access_review_reviewer WHERE review_id = ANY($1::uuid[]) AND principal_id = ANY($2::uuid[])', [
      [...new Set(instances.map((instance) => instance.reviewId))],
      ids,
    ])) as { review_id: string; fallback: boolean }[];
    for (const instance of instances) {
      for (const row of rows) {
        if (row.review_id !== instance.reviewId) continue;
        (row.fallback ? fallback : named).add(instance.id);
      }
    }
    return { enabled, named, fallback };
  }

  /** Which of these items the principal may decide (their instance in progress or not: `decide` checks that apart). */
  private async decidableIds(
    db: EntityManager,
    principalId: string,
    items: AccessReviewItemEntity[],
    instances: Map<string, { instance: AccessReviewInstanceEntity; review: AccessReviewEntity }>,
    now: Date,
  ): Promise<Set<string>> {
    const found = await this.reviewerInstances(
      db,
      principalId,
      [...instances.values()].map(({ instance }) => ({ id: instance.id, reviewId: instance.reviewId })),
      now,
    );
    const role = (instanceId: string) => ({ enabled: found.enabled, named: found.named.has(instanceId), fallback: found.fallback.has(instanceId) });
    return new Set(items.filter((item) => decidableBy(item, principalId, role(item.instanceId))).map((item) => item.id));
  }

  private async managedInstance(caller: Caller, idInput: string): Promise<{ instance: AccessReviewInstanceEntity; review: AccessReviewEntity }> {
    assertIsUser(caller.requireViewer());
    const id = requireId(idInput, 'access review instance');
    const context = (await this.instancesWithReviews(this.kernel.db.manager, [id])).get(id);
    if (!context) throw notFound('access review instance', idInput);
    const access = await this.access(caller, context.review);
    if (!access.manages.has(context.instance.roleId)) {
      if (!access.read && !(await this.reviews(caller.requireViewer().principalId, context.review))) throw notFound('access review instance', idInput);
      throw forbidden('You may not manage this review: it is for those who manage the role at its scope.');
    }
    return context;
  }

  // ---- Rows ----------------------------------------------------------------------------------------------------------

  private async instancesWithReviews(db: EntityManager, ids: string[]): Promise<Map<string, { instance: AccessReviewInstanceEntity; review: AccessReviewEntity }>> {
    if (!ids.length) return new Map();
    const instances = await db.getRepository(AccessReviewInstanceEntity).createQueryBuilder('n').where('n.id IN (:...ids)', { ids }).getMany();
    const reviews = instances.length
      ? await db.getRepository(AccessReviewEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: [...new Set(instances.map((n) => n.reviewId))] }).getMany()
      : [];
    const byId = new Map(reviews.map((review) => [review.id, review]));
    return new Map(instances.flatMap((instance) => (byId.has(instance.reviewId) ? [[instance.id, { instance, review: byId.get(instance.reviewId)! }] as const] : [])));
  }

  private async lockInstance(tx: EntityManager, id: string, skipLocked: boolean): Promise<AccessReviewInstanceEntity | null> {
    const query = tx.getRepository(AccessReviewInstanceEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id });
    if (skipLocked) query.setOnLocked('skip_locked');
    return query.getOne();
  }

  private async instanceById(id: string): Promise<AccessReviewInstanceEntity> {
    return this.kernel.db.getRepository(AccessReviewInstanceEntity).findOneByOrFail({ id });
  }

  private async scopeRef(db: EntityManager, id: string): Promise<(ScopeRef & { name: string; archivedAt: Date | null }) | null> {
    const [row] = (await db.query('SELECT id, name, path, group_id, archived_at FROM scope WHERE id = $1', [id])) as {
      id: string;
      name: string;
      path: string[];
      group_id: string | null;
      archived_at: Date | null;
    }[];
    return row ? { id: row.id, name: row.name, path: row.path, groupId: row.group_id, archivedAt: row.archived_at } : null;
  }

  private async roles(db: EntityManager, ids: string[]): Promise<Map<string, RoleRow>> {
    const rows = (await db.query('SELECT id, name, kind::text AS kind FROM role_definition WHERE id = ANY($1::uuid[])', [ids])) as RoleRow[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Export rows of an instance, for its readers and managers (and its creator), in id order, page by page. */
  async *exportRows(caller: Caller, instanceIdInput: string): AsyncGenerator<ExportRow[]> {
    const id = requireId(instanceIdInput, 'access review instance');
    const context = (await this.instancesWithReviews(this.kernel.db.manager, [id])).get(id);
    if (!context || !(await this.access(caller, context.review)).read) throw notFound('access review instance', instanceIdInput);
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.kernel.db.query(
        `SELECT i.id AS "itemId", i.principal_id AS "principalId", p.display_name AS "principalName", p.email AS "principalEmail", i.principal_type AS "principalType",
                i.role_id AS "roleId", r.name AS "roleName", i.scope_id AS "scopeId", s.name AS "scopeName", i.assignment_id AS "assignmentId", i.assignment_type AS "assignmentType",
                i.recommendation, i.recommendation_reason AS "recommendationReason", i.decision, i.reason, i.reviewed_by_id AS "reviewedById", rb.display_name AS "reviewedByName",
                i.reviewed_at AS "reviewedAt", i.outcome, i.outcome_by_default AS "outcomeByDefault", i.applied, i.applied_at AS "appliedAt", i.apply_error AS "applyError"
           FROM access_review_item i
           JOIN principal p ON p.id = i.principal_id JOIN role_definition r ON r.id = i.role_id JOIN scope s ON s.id = i.scope_id
           LEFT JOIN principal rb ON rb.id = i.reviewed_by_id
          WHERE i.instance_id = $1 AND i.id > $2 ORDER BY i.id LIMIT 1000`,
        [id, afterId],
      )) as ExportRow[];
      if (!rows.length) return;
      yield rows;
      afterId = rows[rows.length - 1].itemId;
    }
  }
}

export interface ExportRow {
  itemId: string;
  principalId: string;
  principalName: string;
  principalEmail: string | null;
  principalType: string;
  roleId: string;
  roleName: string;
  scopeId: string;
  scopeName: string;
  assignmentId: string;
  assignmentType: string;
  recommendation: string;
  recommendationReason: string;
  decision: string | null;
  reason: string | null;
  reviewedById: string | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
  outcome: string | null;
  outcomeByDefault: boolean;
  applied: boolean;
  appliedAt: Date | null;
  applyError: string | null;
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** The union of an instance's streams after $2, each an index range ($1 instance, $3 the caller, $4 each one's limit: null for none). */
function streamsSql(streams: Streams, decided: boolean | null): string | null {
  const decidedSql = decided === null ? '' : decided ? ' AND i.decision IS NOT NULL' : ' AND i.decision IS NULL';
  const parts: string[] = [];
  if (streams.all) parts.push(`SELECT i.id FROM access_review_item i WHERE i.instance_id = $1::uuid AND i.id > $2::uuid${streams.excludeOwn ? ' AND i.principal_id <> $3::uuid' : ''}${decidedSql} ORDER BY i.id LIMIT $4::int`);
  if (streams.own) parts.push(`SELECT i.id FROM access_review_item i WHERE i.reviewer_id = $3::uuid AND i.instance_id = $1::uuid AND i.id > $2::uuid${decidedSql} ORDER BY i.id LIMIT $4::int`);
  if (streams.fallback && !streams.all) parts.push(`SELECT i.id FROM access_review_item i WHERE i.reviewer_id IS NULL AND i.instance_id = $1::uuid AND i.id > $2::uuid AND i.principal_id <> $3::uuid${decidedSql} ORDER BY i.id LIMIT $4::int`);
  return parts.length ? parts.map((part) => `(${part})`).join(' UNION ') : null;
}

/** Which of an instance's items a listing reads: all (but the caller's own holdings), the caller's own, the reviewer-less. */
interface Streams {
  all: boolean;
  excludeOwn: boolean;
  own: boolean;
  fallback: boolean;
}

/**
 * Who decides an item: its own reviewer (SELF: the holder; MANAGER: their manager); a named reviewer (or a member of a
 * named group) any item but their own holding; a fallback the items without a reviewer of their own, but their own.
 * Only an enabled user.
 */
function decidableBy(item: Pick<AccessReviewItemEntity, 'reviewerId' | 'principalId'>, principalId: string, role: { enabled: boolean; named: boolean; fallback: boolean }): boolean {
  if (!role.enabled) return false;
  if (item.reviewerId === principalId) return true;
  if (item.principalId === principalId) return false;
  return role.named || (item.reviewerId === null && role.fallback);
}

/** A day before the end, for an instance of two days or more (a shorter one ends before a reminder would help). */
export function reminderAt(instance: { startedAt: Date | null; endAt: Date }): Date | null {
  if (!instance.startedAt || instance.endAt.getTime() - instance.startedAt.getTime() < 2 * DAY_MS) return null;
  return new Date(instance.endAt.getTime() - DAY_MS);
}

