import type { EntityManager } from 'typeorm';
import type { Emit } from '../../kernel/kernel';
import type { JobQueue } from '../../kernel/jobs';
import { ActivationEventKind, RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import type { PrincipalSource } from '../../lib/vocabulary/principals';
import { newRequest } from './request-draft';
import { AssignmentOrigin, AssignmentType, EndReason } from '../../lib/vocabulary/assignments';
import { badInput, conflict, notFound } from '../../lib/errors';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import { writeAudit, type AuditInput } from '../audit/audit.writer';
import type { Actor } from '../auth/viewer';
import { RoleRequestEntity } from '../requests/role-request.entity';
import { stagesOf } from '../approvals/approvers';
import { newSchedule } from './new-schedule';
import { requestAudit, windowAudit } from './request-audit';
import { requestChanged } from './request-events';
import { activeHere, lockActivationSlot } from './activation-slot';
import { endSchedule, hasEnded, lockSchedule, reschedule } from './schedules';

const PENDING = new Set<RequestStatus>([RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION]);
/** The requests a requester may still cancel: waiting for approvers, for an admin, or for their start. */
export const CANCELABLE = new Set<RequestStatus>([...PENDING, RequestStatus.GRANTED]);

/**
 * The request/schedule state machine, in one place. Every write of a request row and of a schedule comes through here
 * (or schedules.ts, for the window itself): activation, approvals, administrators' changes and the sweeper call it —
 * and so will reviews, disabling and provisioning. It writes the row, its audit events in the order things happened,
 * the live events, and the wake-ups time needs; schedules.ts tells the last-admin guard of every end.
 *
 * Callers decide *whether* (authorization, settings, input); the lifecycle decides *what happens*.
 */
export class RequestLifecycle {
  constructor(private readonly jobs: JobQueue) {}

  /** Locks a request row for a transition (the second of two simultaneous transitions waits, then sees the first). */
  async lockRequest(tx: EntityManager, id: string): Promise<RoleRequestEntity | null> {
    return tx.getRepository(RoleRequestEntity).createQueryBuilder('q').setLock('pessimistic_write').where('q.id = :id', { id }).getOne();
  }

  /** Locks a schedule, or NOT_FOUND under the id the caller gave. */
  async lockSchedule(tx: EntityManager, id: string, shownId: string = id): Promise<RoleAssignmentEntity> {
    const entity = await lockSchedule(tx, id);
    if (!entity) throw notFound('assignment', shownId);
    return entity;
  }

  /**
   * A new request: its row and `request.submitted` first (a timeline reads in the order things happened); one waiting
   * for approvers has its first stage opened; the requester's feeds hear of it when `announce`.
   */
  async submit(tx: EntityManager, actor: Actor, request: RoleRequestEntity, now: Date, emit: Emit, announce = true): Promise<void> {
    await lockLiveScope(tx, request.scopeId);
    await tx.getRepository(RoleRequestEntity).insert(request);
    await this.audit(tx, actor, now, [submitted(request)]);
    if (request.status === RequestStatus.PENDING_APPROVAL) await this.openStage(tx, request, now);
    if (announce) emit(requestChanged(request.id, null, now));
  }

  /** An activation that needs nobody's approval: submitted, then provisioned at once. */
  async submitAndProvision(tx: EntityManager, actor: Actor, request: RoleRequestEntity, now: Date, emit: Emit): Promise<void> {
    await lockLiveScope(tx, request.scopeId);
    await this.audit(tx, actor, now, [submitted(request)]);
    await this.provision(tx, request, now, emit, actor);
  }

  /** Opens the request's current stage: its timeout and escalation are scheduled. */
  async openStage(tx: EntityManager, request: RoleRequestEntity, now: Date): Promise<void> {
    const stage = stagesOf(request)[request.currentStage];
    if (!stage) return;
    await this.jobs.wakeAt(tx, new Date(now.getTime() + stage.timeoutSeconds * 1000));
    if (stage.escalateAfterSeconds !== null) {
      await this.jobs.escalateAt(tx, request.id, request.currentStage, new Date(now.getTime() + stage.escalateAfterSeconds * 1000));
    }
  }

  /**
   * Puts an activation in force (or schedules it): the ACTIVE, ACTIVATED schedule, the request PROVISIONED or GRANTED.
   * Re-checks that the eligibility still holds — an approval may come after it ended — and fails the request if not.
   */
  async provision(tx: EntityManager, request: RoleRequestEntity, now: Date, emit: Emit, actor: Actor): Promise<void> {
    const previous = { status: request.status, stage: request.currentStage };
    const eligibility = request.sourceAssignmentId
      ? await tx.getRepository(RoleAssignmentEntity).findOneBy({ id: request.sourceAssignmentId })
      : null;
    const startAt = new Date(Math.max(now.getTime(), request.startAt?.getTime() ?? now.getTime()));
    const wanted = new Date(startAt.getTime() + (request.durationSeconds ?? 0) * 1000);
    const endAt = new Date(Math.min(wanted.getTime(), eligibility?.endAt?.getTime() ?? Infinity));
    const stillEligible = eligibility && eligibility.startAt <= now && (!eligibility.endAt || eligibility.endAt > now) && endAt > startAt;
    const isNew = !(await tx.getRepository(RoleRequestEntity).existsBy({ id: request.id }));
    await lockActivationSlot(tx, request);
    const failure = !stillEligible ? 'The eligibility is no longer in force.' : (await activeHere(tx, request, now)) ? 'The role is already active here.' : null;
    if (failure || !eligibility) {
      this.fail(request, failure ?? 'The eligibility is no longer in force.', now);
      await this.audit(tx, actor, now, [failed(request)]);
    } else {
      const assignment = newSchedule({
        principalId: request.principalId,
        roleId: request.roleId,
        scopeId: request.scopeId,
        type: AssignmentType.ACTIVE,
        origin: AssignmentOrigin.ACTIVATED,
        startAt,
        endAt,
        eligibilityId: eligibility.id,
        createdByRequestId: request.id,
        createdById: request.principalId,
        now,
      });
      await tx.getRepository(RoleAssignmentEntity).insert(assignment);
      Object.assign(request, {
        assignmentId: assignment.id,
        startAt,
        endAt,
        status: startAt > now ? RequestStatus.GRANTED : RequestStatus.PROVISIONED,
        completedAt: now,
      });
      await this.jobs.wakeAt(tx, endAt);
      if (startAt > now) await this.jobs.wakeAt(tx, startAt);
      else emit({ topic: 'activation', assignmentId: assignment.id, kind: ActivationEventKind.ACTIVATED, at: now.toISOString() });
      await this.audit(tx, actor, now, [requestAudit('assignment.activated', request, windowAudit(assignment))]);
    }
    if (isNew) await tx.getRepository(RoleRequestEntity).insert(request);
    else await this.saveOutcome(tx, request);
    emit(requestChanged(request.id, isNew ? null : { ...previous, at: now }, now));
  }

  /**
   * The requester withdraws, or the product withdraws for them with a `reason` (their account was disabled): a scheduled
   * grant's schedule ends before it begins (the last-admin guard sees it).
   */
  async cancel(tx: EntityManager, actor: Actor, request: RoleRequestEntity, now: Date, emit: Emit, reason: string | null = null): Promise<void> {
    const previous = { status: request.status, stage: request.currentStage, at: now };
    if (request.status === RequestStatus.GRANTED && request.assignmentId) {
      const entity = await lockSchedule(tx, request.assignmentId);
      if (entity && entity.startAt <= now) throw conflict('This has started: deactivate or remove it instead.');
      if (entity && !hasEnded(entity, now)) await endSchedule(tx, entity, now, EndReason.CANCELED, request.id);
    }
    Object.assign(request, { status: RequestStatus.CANCELED, completedAt: now, statusReason: reason ?? request.statusReason });
    await tx.getRepository(RoleRequestEntity).update(request.id, { status: request.status, completedAt: now, statusReason: request.statusReason });
    await this.audit(tx, actor, now, [requestAudit('request.canceled', request, { previousStatus: previous.status, ...(reason ? { reason } : {}) })]);
    emit(requestChanged(request.id, previous, now));
  }

  /** The holder ends their own activation early: one not yet started takes its scheduled grant with it. */
  async deactivate(tx: EntityManager, actor: Actor, request: RoleRequestEntity, entity: RoleAssignmentEntity, now: Date, emit: Emit): Promise<void> {
    await tx.getRepository(RoleRequestEntity).insert(request);
    const before = windowAudit(entity);
    const started = entity.startAt <= now;
    await endSchedule(tx, entity, now, EndReason.DEACTIVATED, request.id);
    if (!started && entity.createdByRequestId) {
      await tx.query(`UPDATE role_request SET status = 'CANCELED', completed_at = $2 WHERE id = $1 AND status = 'GRANTED'`, [entity.createdByRequestId, now]);
      emit(requestChanged(entity.createdByRequestId, { status: RequestStatus.GRANTED, stage: 0, at: now }, now));
    }
    await this.audit(tx, actor, now, [submitted(request), { ...requestAudit('assignment.deactivated', request, windowAudit(entity)), before }]);
    if (started) emit({ topic: 'activation', assignmentId: entity.id, kind: ActivationEventKind.DEACTIVATED, at: now.toISOString() });
    emit(requestChanged(request.id, null, now));
  }

  /**
   * Ends a schedule now on behalf of `request` (an administrator's removal; later a review's denial, a disabling, a
   * deprovisioning): an eligibility takes the activations made from it along, each activation's own request ends as
   * REVOKED and its holder hears of it. Every row is locked before any is ended.
   */
  async endHolding(tx: EntityManager, actor: Actor, request: RoleRequestEntity, entity: RoleAssignmentEntity, now: Date, emit: Emit): Promise<void> {
    await tx.getRepository(RoleRequestEntity).insert(request);
    const events: AuditInput[] = [submitted(request)];
    const ended = [entity];
    if (entity.type === AssignmentType.ELIGIBLE) {
      ended.push(
        ...(await tx
          .getRepository(RoleAssignmentEntity)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.eligibility_id = :id AND a.end_reason IS NULL AND (a.end_at IS NULL OR a.end_at > :now)', { id: entity.id, now })
          .orderBy('a.id')
          .getMany()),
      );
    }
    for (const row of ended) {
      const before = windowAudit(row);
      await endSchedule(tx, row, now, row.origin === AssignmentOrigin.ACTIVATED ? EndReason.REVOKED : EndReason.REMOVED, request.id);
      events.push({ ...requestAudit('assignment.removed', request, { ...windowAudit(row), endReason: row.endReason }), assignmentId: row.id, before });
      if (row.type === AssignmentType.ACTIVE && row.startAt.getTime() <= now.getTime()) {
        emit({ topic: 'activation', assignmentId: row.id, kind: ActivationEventKind.REVOKED, at: now.toISOString() });
      }
      if (row.origin === AssignmentOrigin.ACTIVATED && row.createdByRequestId) {
        const [revoked] = (await tx.query(
          `UPDATE role_request SET status = 'REVOKED' WHERE id = $1 AND status IN ('PROVISIONED', 'GRANTED') RETURNING status`,
          [row.createdByRequestId],
        )) as [unknown[], number];
        if (revoked.length) emit(requestChanged(row.createdByRequestId, { status: RequestStatus.PROVISIONED, stage: 0, at: now }, now));
      }
    }
    await this.audit(tx, actor, now, events);
    // The removal's own request: the holder's feeds (their requests, their capabilities) hear of it.
    emit(requestChanged(request.id, null, now));
  }

  /**
   * An administrator's new assignment: its schedule and the request that made it, in force or scheduled. Announced as
   * `grantMany` announces its own: the holder's feeds (their requests, their capabilities) hear of it.
   */
  async assign(tx: EntityManager, actor: Actor, request: RoleRequestEntity, schedule: RoleAssignmentEntity, now: Date, emit: Emit): Promise<void> {
    await this.insertAssigned(tx, actor, [{ request, schedule }], now);
    emit(requestChanged(request.id, null, now));
  }

  /**
   * A holding the product itself grants as part of a larger change, with no request of the holder's: the first
   * administrator's Global Administrator, a new group's owners. Permanent where the role's settings allow it, otherwise
   * bounded by their maximum; recorded as an ADMIN_ASSIGN request like any administrator's assignment.
   * The one-target case of `grantMany`.
   */
  async grant(tx: EntityManager, actor: Actor, target: GrantTarget, settings: RoleSettingsDocument, justification: string, now: Date, emit: Emit): Promise<RoleAssignmentEntity> {
    const [schedule] = await this.grantMany(tx, actor, [target], settings, justification, now, emit);
    return schedule;
  }

  /**
   * `grant` for many targets under the same settings and justification (an identity provider's batch of group members):
   * what each would have written, in a fixed number of statements — one lock per distinct scope, one multi-row insert of
   * the schedules and one of the requests (chunked), one wake-up per distinct end — with the same audit events, in the
   * same order, and the same live events as granting them one by one.
   */
  async grantMany(
    tx: EntityManager,
    actor: Actor,
    targets: readonly GrantTarget[],
    settings: RoleSettingsDocument,
    justification: string,
    now: Date,
    emit: Emit,
  ): Promise<RoleAssignmentEntity[]> {
    if (!targets.length) return [];
    const pairs = targets.map((target) => {
      const active = target.type === AssignmentType.ACTIVE;
      const permanent = active ? settings.assignment.allowPermanentActive : settings.assignment.allowPermanentEligible;
      const endAt = permanent ? null : new Date(now.getTime() + (active ? settings.assignment.maxActiveSeconds : settings.assignment.maxEligibleSeconds) * 1000);
      const requestedById = actor.id ?? target.principalId;
      const { source, ...where } = target;
      const request = newRequest({
        action: RequestAction.ADMIN_ASSIGN,
        status: RequestStatus.PROVISIONED,
        ...where,
        requestedById,
        reason: { justification, ticketSystem: null, ticketNumber: null },
        startAt: now,
        endAt,
        settings,
        now,
      });
      const schedule = newSchedule({ ...where, source, origin: AssignmentOrigin.ASSIGNED, startAt: now, endAt, createdByRequestId: request.id, createdById: requestedById, now });
      return { request, schedule };
    });
    await this.insertAssigned(tx, actor, pairs, now);
    // One sweep wakes for every schedule that ends at that instant.
    const ends = new Set(pairs.map((pair) => pair.schedule.endAt?.getTime()).filter((end): end is number => end !== undefined));
    for (const end of ends) await this.jobs.wakeAt(tx, new Date(end));
    emit(...pairs.map((pair) => requestChanged(pair.request.id, null, now)));
    return pairs.map((pair) => pair.schedule);
  }

  /**
   * An administrator's update or extension of a schedule's window: the sweep wakes at its new start and end (a
   * shortened one ends then, not at its old end), and the update's own request is announced, so the holder's feeds
   * (their requests, their capabilities) and the requester's hear of it.
   */
  async reschedule(
    tx: EntityManager,
    actor: Actor,
    request: RoleRequestEntity,
    entity: RoleAssignmentEntity,
    window: { startAt: Date; endAt: Date | null },
    now: Date,
    emit: Emit,
  ): Promise<void> {
    const before = windowAudit(entity);
    await tx.getRepository(RoleRequestEntity).insert(request);
    // Shortening the last Global Administrator's assignment would let the tenant run out of them: the guard sees it.
    await reschedule(tx, entity, window, now);
    if (window.endAt) await this.jobs.wakeAt(tx, window.endAt);
    if (window.startAt > now) await this.jobs.wakeAt(tx, window.startAt);
    await this.audit(tx, actor, now, [submitted(request), { ...requestAudit('assignment.updated', request, windowAudit(entity)), before }]);
    emit(requestChanged(request.id, null, now));
  }

  /** A stage reached its quorum and another follows: it opens now. */
  async advanceStage(tx: EntityManager, request: RoleRequestEntity, now: Date): Promise<void> {
    Object.assign(request, { currentStage: request.currentStage + 1, stageStartedAt: now });
    await tx.getRepository(RoleRequestEntity).update(request.id, {
      currentStage: request.currentStage,
      stageStartedAt: now,
      durationSeconds: request.durationSeconds,
    });
    await this.openStage(tx, request, now);
  }

  /** A decision that changed nothing but what the request remembers (an approval short of the quorum). */
  async keepWaiting(tx: EntityManager, request: RoleRequestEntity): Promise<void> {
    await tx.getRepository(RoleRequestEntity).update(request.id, { durationSeconds: request.durationSeconds });
  }

  async deny(tx: EntityManager, request: RoleRequestEntity, now: Date): Promise<void> {
    Object.assign(request, { status: RequestStatus.DENIED, completedAt: now });
    await tx.getRepository(RoleRequestEntity).update(request.id, { status: request.status, completedAt: now });
  }

  /** An admin grants an extension (the end moves) or a renewal (a new schedule from now), bounded by the settings. */
  async grantExtendOrRenew(tx: EntityManager, request: RoleRequestEntity, now: Date, audit: AuditInput[]): Promise<void> {
    const source = request.sourceAssignmentId ? await lockSchedule(tx, request.sourceAssignmentId) : null;
    const settings = request.settingsSnapshot;
    const extending = request.action === 'SELF_EXTEND';
    const extendsEnded = extending && source !== null && hasEnded(source, now);
    if (!source || !settings || extendsEnded) {
      this.fail(request, extendsEnded ? 'The assignment ended before the decision: ask to renew it instead.' : 'The assignment no longer exists.', now);
      audit.push(failed(request));
    } else {
      const eligible = source.type === AssignmentType.ELIGIBLE;
      const maxSeconds = eligible ? settings.assignment.maxEligibleSeconds : settings.assignment.maxActiveSeconds;
      const endAt = new Date(now.getTime() + maxSeconds * 1000);
      if (extending) {
        const before = windowAudit(source);
        await reschedule(tx, source, { startAt: source.startAt, endAt }, now);
        audit.push({ ...requestAudit('assignment.extended', request, windowAudit(source)), assignmentId: source.id, before });
        Object.assign(request, { assignmentId: source.id, endAt });
      } else {
        await lockLiveScope(tx, source.scopeId);
        const renewed = newSchedule({
          principalId: source.principalId,
          roleId: source.roleId,
          scopeId: source.scopeId,
          type: source.type,
          origin: AssignmentOrigin.ASSIGNED,
          startAt: now,
          endAt,
          createdByRequestId: request.id,
          createdById: request.principalId,
          now,
        });
        await tx.getRepository(RoleAssignmentEntity).insert(renewed);
        audit.push({ ...requestAudit('assignment.renewed', { ...request, assignmentId: renewed.id }, windowAudit(renewed)) });
        Object.assign(request, { assignmentId: renewed.id, startAt: now, endAt });
      }
      await this.jobs.wakeAt(tx, endAt);
      Object.assign(request, { status: RequestStatus.PROVISIONED, completedAt: now });
    }
    await this.saveOutcome(tx, request);
  }

  /**
   * New schedules with the requests that made them (an administrator's assignment, the product's grants): their scopes
   * locked live (once each), the schedules inserted, then the requests pointing at them; for each, `request.submitted`
   * then `assignment.created`; a request still waiting for approvers has its first stage opened.
   */
  private async insertAssigned(tx: EntityManager, actor: Actor, pairs: readonly { request: RoleRequestEntity; schedule: RoleAssignmentEntity }[], now: Date): Promise<void> {
    await lockLiveScopes(tx, pairs.flatMap((pair) => [pair.schedule.scopeId, pair.request.scopeId]));
    for (const pair of pairs) pair.request.assignmentId = pair.schedule.id;
    for (const chunk of chunked(pairs)) await tx.getRepository(RoleAssignmentEntity).insert(chunk.map((pair) => pair.schedule));
    for (const chunk of chunked(pairs)) await tx.getRepository(RoleRequestEntity).insert(chunk.map((pair) => pair.request));
    for (const { request } of pairs) if (request.status === RequestStatus.PENDING_APPROVAL) await this.openStage(tx, request, now);
    await this.audit(tx, actor, now, pairs.flatMap(({ request, schedule }) => [submitted(request), requestAudit('assignment.created', request, windowAudit(schedule))]));
  }

  private fail(request: RoleRequestEntity, reason: string, now: Date): void {
    Object.assign(request, { status: RequestStatus.FAILED, statusReason: reason, completedAt: now });
  }

  private async saveOutcome(tx: EntityManager, request: RoleRequestEntity): Promise<void> {
    await tx.getRepository(RoleRequestEntity).update(request.id, {
      status: request.status,
      statusReason: request.statusReason,
      assignmentId: request.assignmentId,
      startAt: request.startAt,
      endAt: request.endAt,
      completedAt: request.completedAt,
      durationSeconds: request.durationSeconds,
    });
  }

  private audit(tx: EntityManager, actor: Actor, now: Date, events: AuditInput[]): Promise<void> {
    return writeAudit(tx, actor, now, events);
  }
}

/**
 * Every new request and schedule takes its scope's row FOR KEY SHARE and finds it not archived: archiving takes the subtree's
 * rows FOR UPDATE before it counts what is held there (scopes/scope-tree.service.ts), so of an archive and an assignment
 * at the same moment, either the archive sees the assignment and is refused, or the assignment sees the archive.
 */
async function lockLiveScope(tx: EntityManager, scopeId: string): Promise<void> {
  await lockLiveScopes(tx, [scopeId]);
}

/** `lockLiveScope` for several scopes: each distinct one locked once, all in one statement. */
async function lockLiveScopes(tx: EntityManager, scopeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(scopeIds)];
  const rows = (await (ids.length === 1
    ? tx.query(`SELECT id, name, archived_at FROM scope WHERE id = $1 FOR KEY SHARE`, [ids[0]])
    : tx.query(`SELECT id, name, archived_at FROM scope WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE`, [ids]))) as { id: string; name: string; archived_at: Date | null }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const scope = byId.get(id);
    if (scope?.archived_at) throw badInput(`${scope.name} is archived: nothing new can be held or asked for there.`, 'scopeId');
  }
}

/** Who `grant` and `grantMany` give which role where; `source`: who decides it (LOCAL unless said, SCIM, OIDC). */
export interface GrantTarget {
  principalId: string;
  roleId: string;
  scopeId: string;
  type: AssignmentType;
  source?: PrincipalSource;
}

/** Rows per multi-row INSERT: a statement takes at most 65,535 parameters, and a request row has two dozen columns. */
const INSERT_CHUNK = 1000;

function chunked<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let from = 0; from < rows.length; from += INSERT_CHUNK) chunks.push(rows.slice(from, from + INSERT_CHUNK));
  return chunks;
}

const submitted = (request: RoleRequestEntity): AuditInput => requestAudit('request.submitted', request, { action: request.action, status: request.status });
const failed = (request: RoleRequestEntity): AuditInput => requestAudit('request.failed', request, { status: RequestStatus.FAILED, reason: request.statusReason });
