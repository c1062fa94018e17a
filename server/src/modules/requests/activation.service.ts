import type { EntityManager } from 'typeorm';
import {
  ActivationEventKind,
  AssignmentOrigin,
  AssignmentType,
  EndReason,
  PrincipalType,
  RequestAction,
  RequestStatus,
  roleKindForScope,
} from '../../lib/enums';
import { DAY } from '../../lib/duration';
import { badInput, conflict, forbidden, given, notFound, policyViolation, requireId } from '../../lib/errors';
import { findHoldings } from '../access/access.repository';
import type { Caller } from '../access/caller';
import { requestView } from '../assignments/assignment.views';
import { endSchedule, hasEnded, lockSchedule } from '../assignments/schedules';
import { newSchedule } from '../assignments/new-schedule';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import { writeAudit } from '../audit/audit.writer';
import { NO_STEP_UP, type StepUp } from '../auth/mfa.gate';
import type { Actor } from '../auth/viewer';
import type { DomainEvent } from '../events/events';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { Services } from '../services';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import type { ActivateRoleInput } from './request.inputs';
import { newRequest, reasonOf, requestAudit, windowAudit, type Reason } from './request-helpers';
import { RoleRequestEntity } from './role-request.entity';
import type { RoleRequest } from './role-request.type';
import { requestChanged } from './request-events';

const MIN_ACTIVATION_SECONDS = 30 * 60;
const PAST_START_TOLERANCE_MS = 5 * 60_000;
const EXTEND_WINDOW_MS = 14 * DAY * 1000;
const RENEW_WINDOW_MS = 30 * DAY * 1000;

const OPEN = [RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION, RequestStatus.GRANTED];

/** The holder's side: activate just in time, deactivate, cancel, ask to extend or renew. */
export class ActivationService {
  constructor(private readonly services: Services) {}

  async activateRole(caller: Caller, input: ActivateRoleInput): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    if (viewer.principalType !== PrincipalType.USER) throw forbidden('Only users activate roles.');
    const now = this.services.now();
    const { eligibility, scope } = await this.findEligibility(caller, input, now);
    const role = (await caller.loaders.role.load(eligibility.roleId))!;
    const { settings } = await this.services.settings.effective(this.services.db.manager, role.id, scope.id);

    const seconds = input.duration.seconds;
    if (seconds < MIN_ACTIVATION_SECONDS) throw badInput('An activation lasts at least 30 minutes.', 'duration');
    if (seconds > settings.activation.maxDurationSeconds) {
      throw policyViolation(`${role.name} can be activated for at most ${settings.activation.maxDurationSeconds / 3600} hours.`, { field: 'duration' });
    }
    let startAt = now;
    if (input.startAt) {
      if (input.startAt.getTime() < now.getTime() - PAST_START_TOLERANCE_MS) throw badInput('startAt is in the past; leave it empty to start now.', 'startAt');
      if (input.startAt.getTime() > now.getTime()) startAt = input.startAt;
    }
    if (eligibility.endAt && startAt >= eligibility.endAt) throw policyViolation('The eligibility ends before that start.', { field: 'startAt' });
    // An activation never outlasts the eligibility it comes from.
    const endAt = new Date(Math.min(startAt.getTime() + seconds * 1000, eligibility.endAt?.getTime() ?? Infinity));
    const reason = reasonOf(input);
    this.checkDemands(settings, reason);
    const stepUp = await this.checkMfa(caller, settings, input.mfaCode, Boolean(input.validateOnly));

    const approval = settings.activation.requireApproval;
    const draft = newRequest({
      action: RequestAction.SELF_ACTIVATE,
      status: approval ? RequestStatus.PENDING_APPROVAL : startAt > now ? RequestStatus.GRANTED : RequestStatus.PROVISIONED,
      type: AssignmentType.ACTIVE,
      principalId: viewer.principalId,
      roleId: role.id,
      scopeId: scope.id,
      requestedById: viewer.principalId,
      reason,
      startAt,
      endAt,
      settings,
      now,
      sourceAssignmentId: eligibility.id,
      durationSeconds: Math.round((endAt.getTime() - startAt.getTime()) / 1000),
    });
    if (input.validateOnly) {
      await this.checkNothingOpen(this.services.db.manager, draft, now);
      return requestView(draft, true);
    }
    return this.services.change(async (tx, emit) => {
      await lockActivationSlot(tx, draft);
      await stepUp.record(tx);
      await this.checkNothingOpen(tx, draft, now);
      if (approval) {
        await tx.getRepository(RoleRequestEntity).insert(draft);
        await writeAudit(tx, caller.actor, now, [requestAudit('request.submitted', draft, { action: draft.action, status: draft.status })]);
        await this.services.approvals.scheduleStage(tx, draft, now);
        emit(requestChanged(draft.id, null, now));
        return requestView(draft);
      }
      // Submitted first, then what provisioning did: a request's timeline reads in the order things happened.
      await writeAudit(tx, caller.actor, now, [requestAudit('request.submitted', draft, { action: draft.action, status: draft.status })]);
      await this.provision(tx, draft, now, emit, caller.actor);
      return requestView(draft);
    });
  }

  /**
   * Puts an activation in force (or schedules it): the ACTIVE, ACTIVATED schedule, the request PROVISIONED or GRANTED.
   * Re-checks that the eligibility still holds — an approval may come after it ended — and fails the request if not.
   */
  async provision(tx: EntityManager, request: RoleRequestEntity, now: Date, emit: (...events: DomainEvent[]) => void, actor: Actor): Promise<void> {
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
      Object.assign(request, { status: RequestStatus.FAILED, statusReason: failure ?? 'The eligibility is no longer in force.', completedAt: now });
      await writeAudit(tx, actor, now, [requestAudit('request.failed', request, { status: RequestStatus.FAILED, reason: request.statusReason })]);
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
      await this.services.scheduler.wakeAt(tx, endAt);
      if (startAt > now) await this.services.scheduler.wakeAt(tx, startAt);
      else emit({ topic: 'activation', assignmentId: assignment.id, kind: ActivationEventKind.ACTIVATED, at: now.toISOString() });
      await writeAudit(tx, actor, now, [
        requestAudit('assignment.activated', request, windowAudit(assignment)),
      ]);
    }
    if (isNew) await tx.getRepository(RoleRequestEntity).insert(request);
    else {
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
    emit(requestChanged(request.id, isNew ? null : { ...previous, at: now }, now));
  }

  async deactivateRole(caller: Caller, assignmentIdInput: string): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = requireId(assignmentIdInput, 'assignment');
    return this.services.change(async (tx, emit) => {
      const now = this.services.now();
      const entity = await lockSchedule(tx, id);
      if (!entity || entity.principalId !== viewer.principalId) throw notFound('assignment', assignmentIdInput);
      if (entity.origin !== AssignmentOrigin.ACTIVATED) {
        throw badInput('Only activations are deactivated; an assignment made by an administrator is removed by one.', 'assignmentId');
      }
      if (hasEnded(entity, now)) throw conflict('This activation has already ended.');
      const request = newRequest({
        action: RequestAction.SELF_DEACTIVATE,
        status: RequestStatus.PROVISIONED,
        type: AssignmentType.ACTIVE,
        principalId: viewer.principalId,
        roleId: entity.roleId,
        scopeId: entity.scopeId,
        requestedById: viewer.principalId,
        reason: { justification: null, ticketSystem: null, ticketNumber: null },
        startAt: null,
        endAt: now,
        settings: null,
        now,
        assignmentId: entity.id,
        sourceAssignmentId: entity.eligibilityId,
      });
      await tx.getRepository(RoleRequestEntity).insert(request);
      const before = windowAudit(entity);
      const started = entity.startAt <= now;
      await endSchedule(tx, entity, now, EndReason.DEACTIVATED, request.id);
      if (!started && entity.createdByRequestId) {
        await tx.query(`UPDATE role_request SET status = 'CANCELED', completed_at = $2 WHERE id = $1 AND status = 'GRANTED'`, [entity.createdByRequestId, now]);
        emit(requestChanged(entity.createdByRequestId, { status: RequestStatus.GRANTED, stage: 0, at: now }, now));
      }
      await writeAudit(tx, caller.actor, now, [
        requestAudit('request.submitted', request, { action: request.action, status: request.status }),
        { ...requestAudit('assignment.deactivated', request, windowAudit(entity)), before },
      ]);
      if (started) emit({ topic: 'activation', assignmentId: entity.id, kind: ActivationEventKind.DEACTIVATED, at: now.toISOString() });
      emit(requestChanged(request.id, null, now));
      return requestView(request);
    });
  }

  /**
   * Cancels one's own request while it waits (for approval, for an admin, or for its start). Cancelling a scheduled grant
   * ends its schedule before it begins, through the same path as every other end (so the last-admin guard sees it).
   */
  async cancelRequest(caller: Caller, requestIdInput: string): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = requireId(requestIdInput, 'request');
    return this.services.change(async (tx, emit) => {
      const now = this.services.now();
      const request = await tx.getRepository(RoleRequestEntity).createQueryBuilder('q').setLock('pessimistic_write').where('q.id = :id', { id }).getOne();
      if (!request || (request.principalId !== viewer.principalId && request.requestedById !== viewer.principalId)) throw notFound('request', requestIdInput);
      if (!OPEN.includes(request.status)) throw conflict(`This request is ${request.status.toLowerCase().replace(/_/g, ' ')} and can no longer be canceled.`);
      const previous = { status: request.status, stage: request.currentStage, at: now };
      if (request.status === RequestStatus.GRANTED && request.assignmentId) {
        const entity = await lockSchedule(tx, request.assignmentId);
        if (entity && entity.startAt <= now) throw conflict('This has started: deactivate or remove it instead.');
        if (entity && !hasEnded(entity, now)) await endSchedule(tx, entity, now, EndReason.CANCELED, request.id);
      }
      Object.assign(request, { status: RequestStatus.CANCELED, completedAt: now });
      await tx.getRepository(RoleRequestEntity).update(request.id, { status: request.status, completedAt: now });
      await writeAudit(tx, caller.actor, now, [requestAudit('request.canceled', request, { previousStatus: previous.status })]);
      emit(requestChanged(request.id, previous, now));
      return requestView(request);
    });
  }

  async requestExtension(caller: Caller, assignmentIdInput: string, justification: string): Promise<RoleRequest> {
    return this.askAdmin(caller, assignmentIdInput, justification, RequestAction.SELF_EXTEND);
  }

  async requestRenewal(caller: Caller, assignmentIdInput: string, justification: string): Promise<RoleRequest> {
    return this.askAdmin(caller, assignmentIdInput, justification, RequestAction.SELF_RENEW);
  }

  /** Extend (ends within 14 days) or renew (ended within 30 days) one's own direct assignment: an admin decides. */
  private async askAdmin(caller: Caller, assignmentIdInput: string, justificationInput: string, action: RequestAction): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = requireId(assignmentIdInput, 'assignment');
    const reason = reasonOf({ justification: justificationInput });
    if (!reason.justification) throw badInput('Say why you still need this role.', 'justification');
    return this.services.change(async (tx, emit) => {
      const now = this.services.now();
      const entity = await lockSchedule(tx, id);
      if (!entity || entity.principalId !== viewer.principalId) {
        throw notFound('assignment', assignmentIdInput);
      }
      if (entity.origin !== AssignmentOrigin.ASSIGNED) throw badInput('Activations are not extended or renewed: activate again.', 'assignmentId');
      const extend = action === RequestAction.SELF_EXTEND;
      if (extend) {
        if (!entity.endAt) throw badInput('This assignment is permanent: there is nothing to extend.', 'assignmentId');
        if (entity.endAt <= now) throw policyViolation('This assignment has ended: ask to renew it instead.');
        if (entity.endAt.getTime() - now.getTime() > EXTEND_WINDOW_MS) throw policyViolation('An extension can be asked for in the last 14 days of an assignment.');
      } else {
        if (!entity.endAt || entity.endAt > now) throw policyViolation('This assignment has not ended: ask to extend it instead.');
        if (entity.endReason) throw policyViolation('An assignment that was removed is not renewed; ask an administrator for a new one.');
        if (now.getTime() - entity.endAt.getTime() > RENEW_WINDOW_MS) throw policyViolation('A renewal can be asked for within 30 days of the end.');
      }
      const [open] = (await tx.query(
        `SELECT id FROM role_request WHERE source_assignment_id = $1 AND status = 'PENDING_ADMIN_DECISION' LIMIT 1`,
        [entity.id],
      )) as { id: string }[];
      if (open) throw conflict('There is already an open request for this assignment.');
      const { settings } = await this.services.settings.effective(tx, entity.roleId, entity.scopeId);
      const request = newRequest({
        action,
        status: RequestStatus.PENDING_ADMIN_DECISION,
        type: entity.type,
        principalId: viewer.principalId,
        roleId: entity.roleId,
        scopeId: entity.scopeId,
        requestedById: viewer.principalId,
        reason,
        startAt: extend ? entity.startAt : null,
        endAt: null,
        settings,
        now,
        sourceAssignmentId: entity.id,
      });
      await tx.getRepository(RoleRequestEntity).insert(request);
      await writeAudit(tx, caller.actor, now, [requestAudit('request.submitted', request, { action, status: request.status })]);
      emit(requestChanged(request.id, null, now));
      return requestView(request);
    });
  }

  /** The eligibility to activate (held directly or through a group) and the scope to activate at. */
  private async findEligibility(caller: Caller, input: ActivateRoleInput, now: Date): Promise<{ eligibility: RoleAssignmentEntity; scope: ScopeEntity }> {
    const viewer = caller.requireViewer();
    let scope: ScopeEntity | null = null;
    if (given(input.scopeId)) {
      scope = await caller.loaders.scope.load(requireId(input.scopeId, 'scope'));
      if (!scope) throw notFound('scope', input.scopeId);
    }
    const eligibilities = await findHoldings(this.services.db.manager, viewer.principalId, now, {
      type: 'ELIGIBLE',
      ...(scope ? { scopeIds: scope.path, roleKind: roleKindForScope(scope.type) } : {}),
      ...(given(input.roleId) ? { roleId: requireId(input.roleId, 'role') } : {}),
    });
    let chosen;
    if (given(input.eligibilityId)) {
      const eligibilityId = requireId(input.eligibilityId, 'eligibility');
      chosen = eligibilities.find((e) => e.assignment_id === eligibilityId);
      if (!chosen) {
        const exists = await caller.loaders.assignment.load(eligibilityId);
        if (!exists || exists.principalId !== viewer.principalId) throw notFound('eligibility', input.eligibilityId);
        throw policyViolation('This eligibility is not in force now (or does not cover that scope).');
      }
    } else {
      if (!given(input.roleId) || !scope) throw badInput('Give eligibilityId, or roleId and scopeId.', 'eligibilityId');
      // Prefer a direct eligibility, then the one lasting longest.
      chosen = [...eligibilities].sort((a, b) => Number(a.via_group_id !== null) - Number(b.via_group_id !== null) || (b.end_at?.getTime() ?? Infinity) - (a.end_at?.getTime() ?? Infinity))[0];
      if (!chosen) throw forbidden('You are not eligible for this role at this scope.');
    }
    const eligibility = (await caller.loaders.assignment.load(chosen.assignment_id))!;
    if (!scope) scope = (await caller.loaders.scope.load(eligibility.scopeId))!;
    return { eligibility, scope };
  }

  private checkDemands(settings: RoleSettingsDocument, reason: Reason): void {
    if (settings.activation.requireJustification && !reason.justification) {
      throw policyViolation('Say why you need this role: a justification is required.', { field: 'justification' });
    }
    if (settings.activation.requireTicket && !reason.ticketNumber) {
      throw policyViolation('A ticket (system and number) is required to activate this role.', { field: 'ticketNumber' });
    }
  }

  /** Through the MFA gate: a session that passed MFA recently is not asked again; otherwise a code, or MFA_REQUIRED. */
  private async checkMfa(caller: Caller, settings: RoleSettingsDocument, code: string | null | undefined, validateOnly: boolean): Promise<StepUp> {
    if (!settings.activation.requireMfa) return NO_STEP_UP;
    return this.services.auth.mfa.demand(caller, code, {
      message: 'Activating this role needs multi-factor authentication: enter a code from your authenticator.',
      validateOnly,
    });
  }

  /**
   * One activation of a role at a scope at a time, whichever eligibility it would come from (a person may be eligible
   * at the scope and at an ancestor, or directly and through a group): no open request for it, and none in force or
   * scheduled. A schedule that ended at its start (canceled, or deactivated or revoked before it began) never was, and
   * blocks nothing.
   */
  private async checkNothingOpen(db: EntityManager, draft: RoleRequestEntity, now: Date): Promise<void> {
    const [open] = (await db.query(
      `SELECT 'request' AS what FROM role_request
        WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND action = 'SELF_ACTIVATE' AND status IN ('PENDING_APPROVAL', 'GRANTED')
       LIMIT 1`,
      [draft.principalId, draft.roleId, draft.scopeId],
    )) as { what: string }[];
    if (open) throw conflict('You already have an open request for this role here: wait for it or cancel it.');
    if (await activeHere(db, draft, now)) throw conflict('This role is already active for you here.');
  }
}

/**
 * Serialises everything that may start an activation of one role at one scope for one person — submitting, and
 * provisioning after an approval — so that two of them can never both see "nothing active here".
 */
async function lockActivationSlot(tx: EntityManager, request: Pick<RoleRequestEntity, 'principalId' | 'roleId' | 'scopeId'>): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`activation:${request.principalId}:${request.roleId}:${request.scopeId}`]);
}

/** Whether the person holds the role ACTIVE at exactly this scope now or later (not ended, not a schedule that never was). */
async function activeHere(db: EntityManager, request: Pick<RoleRequestEntity, 'principalId' | 'roleId' | 'scopeId'>, now: Date): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM role_assignment
      WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = 'ACTIVE' AND end_reason IS NULL
        AND (end_at IS NULL OR end_at > $4)
      LIMIT 1`,
    [request.principalId, request.roleId, request.scopeId, now],
  )) as unknown[];
  return rows.length > 0;
}
