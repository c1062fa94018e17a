import type { EntityManager } from 'typeorm';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { AssignmentOrigin, AssignmentType } from '../../lib/vocabulary/assignments';
import { roleKindForScope } from '../../lib/vocabulary/scopes';
import { DAY } from '../../lib/duration';
import { badInput, conflict, given, notFound, policyViolation, requireId } from '../../lib/errors';
import { findHoldings } from '../access/access.repository';
import type { Caller } from '../access/caller';
import { assertEligible, assertMayActivate, assertOwn } from '../access/policy';
import { requestView } from './request.view';
import type { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import { hasEnded, lockSchedule } from '../lifecycle/schedules';
import { activeHere, lockActivationSlot } from '../lifecycle/activation-slot';
import { CANCELABLE, type RequestLifecycle } from '../lifecycle/request-lifecycle';
import { NO_STEP_UP, type MfaDemand, type StepUp } from '../auth/mfa.gate';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { Kernel } from '../../kernel/kernel';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import type { SettingsReader } from '../settings/role-settings.service';
import type { ActivateRoleInput } from './request.inputs';
import { newRequest, reasonOf, type Reason } from '../lifecycle/request-draft';
import type { RoleRequestEntity } from './role-request.entity';
import type { RoleRequest } from './role-request.type';

const MIN_ACTIVATION_SECONDS = 30 * 60;
const PAST_START_TOLERANCE_MS = 5 * 60_000;
const EXTEND_WINDOW_MS = 14 * DAY * 1000;
const RENEW_WINDOW_MS = 30 * DAY * 1000;

/** The holder's side: activate just in time, deactivate, cancel, ask to extend or renew. */
export class ActivationService {
  constructor(
    private readonly kernel: Kernel,
    private readonly lifecycle: RequestLifecycle,
    private readonly settings: SettingsReader,
    private readonly mfa: MfaDemand,
  ) {}

  async activateRole(caller: Caller, input: ActivateRoleInput): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    assertMayActivate(viewer);
    const now = this.kernel.now();
    const { eligibility, scope } = await this.findEligibility(caller, input, now);
    const role = (await caller.loaders.role.load(eligibility.roleId))!;
    const { settings } = await this.settings.effective(this.kernel.db.manager, role.id, scope.id);

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
      await this.checkNothingOpen(this.kernel.db.manager, draft, now);
      return requestView(draft, true);
    }
    return this.kernel.change(async (tx, emit) => {
      await lockActivationSlot(tx, draft);
      await stepUp.record(tx);
      await this.checkNothingOpen(tx, draft, now);
      if (approval) await this.lifecycle.submit(tx, caller.actor, draft, now, emit);
      else await this.lifecycle.submitAndProvision(tx, caller.actor, draft, now, emit);
      return requestView(draft);
    });
  }

  async deactivateRole(caller: Caller, assignmentIdInput: string): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = requireId(assignmentIdInput, 'assignment');
    return this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const entity = await lockSchedule(tx, id);
      assertOwn(entity, viewer.principalId, 'assignment', assignmentIdInput);
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
      await this.lifecycle.deactivate(tx, caller.actor, request, entity, now, emit);
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
    return this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const request = await this.lifecycle.lockRequest(tx, id);
      assertOwn(request, viewer.principalId, 'request', requestIdInput);
      if (!CANCELABLE.has(request.status)) throw conflict(`This request is ${request.status.toLowerCase().replace(/_/g, ' ')} and can no longer be canceled.`);
      await this.lifecycle.cancel(tx, caller.actor, request, now, emit);
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
    return this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const entity = await lockSchedule(tx, id);
      assertOwn(entity, viewer.principalId, 'assignment', assignmentIdInput);
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
      const { settings } = await this.settings.effective(tx, entity.roleId, entity.scopeId);
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
      await this.lifecycle.submit(tx, caller.actor, request, now, emit);
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
      if (scope.archivedAt) throw badInput(`${scope.name} is archived: no role can be activated there.`, 'scopeId');
    }
    const eligibilities = await findHoldings(this.kernel.db.manager, viewer.principalId, now, {
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
        assertOwn(exists, viewer.principalId, 'eligibility', input.eligibilityId);
        throw policyViolation('This eligibility is not in force now (or does not cover that scope).');
      }
    } else {
      if (!given(input.roleId) || !scope) throw badInput('Give eligibilityId, or roleId and scopeId.', 'eligibilityId');
      // Prefer a direct eligibility, then the one lasting longest.
      chosen = [...eligibilities].sort((a, b) => Number(a.via_group_id !== null) - Number(b.via_group_id !== null) || (b.end_at?.getTime() ?? Infinity) - (a.end_at?.getTime() ?? Infinity))[0];
      assertEligible(chosen);
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
    return this.mfa.demand(caller, code, {
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
