import type { EntityManager } from 'typeorm';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { AssignmentOrigin, AssignmentState, AssignmentType } from '../../lib/vocabulary/assignments';
import { RoleKind, roleKindForScope } from '../../lib/vocabulary/scopes';
import { PrincipalType } from '../../lib/vocabulary/principals';
import { badInput, conflict, given, notFound, policyViolation, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import { orderedCursor, orderedPage, type AssignmentOrder } from './assignment-order';
import { cursorPart, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import type { Caller } from '../access/caller';
import { pathAt, treeEverMoved } from '../scopes/tree-history';
import { NO_STEP_UP, type MfaDemand, type StepUp } from '../auth/mfa.gate';
import { newRequest, reasonOf, type Reason } from '../lifecycle/request-draft';
import type { RoleRequest } from '../requests/role-request.type';
import { TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { Emit, Kernel } from '../../kernel/kernel';
import type { RequestLifecycle } from '../lifecycle/request-lifecycle';
import type { SettingsReader } from '../settings/role-settings.service';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import type { DurationValue } from '../../lib/duration';
import type { AssignRoleInput, RoleAssignmentFilter, UpdateAssignmentInput } from './assignment.inputs';
import { queryAssignments } from './assignment.repository';
import { requestView } from '../requests/request.view';
import { assignmentView } from './assignment.view';
import { newSchedule } from '../lifecycle/new-schedule';
import { hasEnded } from '../lifecycle/schedules';
import { readableAssignment } from './assignment.visibility';
import { authorisedTarget, checkHolder, checkNoOverlap, loadTarget, requireManage, storedId, targetIds, windowFor } from './assignment-rules';
import type { RoleAssignment } from './role-assignment.type';

/** Admin assignments: every change is a request, checked against the role settings, audited in its transaction. */
export class AssignmentService {
  constructor(
    private readonly kernel: Kernel,
    private readonly lifecycle: RequestLifecycle,
    private readonly settings: SettingsReader,
    private readonly mfa: MfaDemand,
  ) {}

  async list(
    caller: Caller,
    filter: RoleAssignmentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    orderBy?: AssignmentOrder | null,
  ): Promise<ConnectionShape<RoleAssignment>> {
    const capabilities = await caller.capabilities();
    const limit = pageSize(first);
    const order = orderBy ? orderedPage(orderBy, after) : null;
    const cursor = order ? null : decodeCursor(after, [cursorPart.compositeId]);
    const f = filter ?? {};
    let scope: { id: string; path: string[]; roleKind: string; historic: boolean } | undefined;
    if (given(f.scopeId)) {
      const entity = await caller.loaders.scope.load(requireId(f.scopeId, 'scope'));
      if (!entity) throw notFound('scope', f.scopeId);
      // Inheritance never crosses kinds: only ancestors where a role of this kind can be assigned (the root is the
      // directory's), so a resource's listing never wades through the tenant's directory assignments.
      const kind = roleKindForScope(entity.type);
      // As of an instant: the tree as it was then, if a move has changed it since (scopes/tree-history.ts).
      const historic = given(f.asOf) && (await treeEverMoved(this.kernel.db.manager));
      const path = historic ? await pathAt(this.kernel.db.manager, entity, f.asOf as Date) : entity.path;
      const ancestors = kind === RoleKind.DIRECTORY ? path : path.filter((id) => id !== TENANT_ROOT_SCOPE_ID);
      scope = { id: entity.id, path: ancestors, roleKind: kind, historic };
    } else if (f.includeInherited || f.includeDescendants) {
      throw badInput('includeInherited and includeDescendants need a scopeId.', 'scopeId');
    }
    const at = f.asOf ?? this.kernel.now();
    const { rows, total, sortKeys } = await queryAssignments(
      this.kernel.db.manager,
      {
        principalId: given(f.principalId) ? requireId(f.principalId, 'principal') : undefined,
        roleId: given(f.roleId) ? requireId(f.roleId, 'role') : undefined,
        scope,
        includeInherited: Boolean(f.includeInherited),
        includeDescendants: Boolean(f.includeDescendants),
        expandGroups: Boolean(f.expandGroups),
        type: f.type ?? undefined,
        state: f.state ?? AssignmentState.IN_FORCE,
        at,
        limit,
        after: cursor ? cursor[0] : null,
        order,
      },
      capabilities,
    );
    return toConnection(rows, limit, total, (row, index) => (order ? orderedCursor(order.order, row, sortKeys[index]) : [row.id]));
  }

  /** One stored schedule, if the caller may read it (assignment.visibility.ts: the rule every nested field applies too). */
  async get(caller: Caller, id: string): Promise<RoleAssignment> {
    const entity = await readableAssignment(caller, requireId(id, 'assignment'));
    if (!entity) throw notFound('assignment', id);
    return assignmentView(entity, this.kernel.now());
  }

  async assignRole(caller: Caller, input: AssignRoleInput, action: RequestAction = RequestAction.ADMIN_ASSIGN): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const target = await loadTarget(caller, input.principalId, input.roleId, input.scopeId);
    await requireManage(caller, target.role, target.scope);
    checkHolder(target, input.type);
    const reason = reasonOf(input);
    const now = this.kernel.now();
    const { settings } = await this.settings.effective(this.kernel.db.manager, target.role.id, target.scope.id);
    const window = windowFor(now, input.type, settings, {
      startAt: input.startAt,
      endAt: input.endAt,
      durationSeconds: input.duration?.seconds,
    });
    if (target.principal.type === PrincipalType.SERVICE_PRINCIPAL && window.endAt === null) {
      throw policyViolation('Service principals can only hold time-bound assignments: give an end.');
    }
    const stepUp = await this.checkActiveAssignmentDemands(caller, input.type, settings, reason, input.mfaCode, Boolean(input.validateOnly));

    const status = window.startAt.getTime() > now.getTime() ? RequestStatus.GRANTED : RequestStatus.PROVISIONED;
    const draft = newRequest({
      action,
      status,
      type: input.type,
      ...targetIds(target),
      requestedById: viewer.principalId,
      reason,
      ...window,
      settings,
      now,
    });
    if (input.validateOnly) {
      await checkNoOverlap(this.kernel.db.manager, target, input.type, window);
      return requestView(draft, true);
    }
    return this.kernel.change(async (tx, emit) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `assignment:${target.principal.id}:${target.role.id}:${target.scope.id}`,
      ]);
      await stepUp.record(tx);
      await checkNoOverlap(tx, target, input.type, window);
      const request = draft;
      const assignment = newSchedule({
        ...targetIds(target),
        type: input.type,
        origin: AssignmentOrigin.ASSIGNED,
        startAt: window.startAt,
        endAt: window.endAt,
        createdByRequestId: request.id,
        createdById: viewer.principalId,
        now,
      });
      await this.lifecycle.assign(tx, caller.actor, request, assignment, now, emit);
      return requestView(request);
    });
  }

  async updateAssignment(caller: Caller, input: UpdateAssignmentInput, action: RequestAction = RequestAction.ADMIN_UPDATE): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = storedId(input.assignmentId);
    const reason = reasonOf(input);
    const now = this.kernel.now();
    const asksEnd = input.endAt != null || input.duration != null;
    if (input.permanent && asksEnd) throw badInput('Ask for permanent, or for an end, not both.', 'permanent');
    if (!input.permanent && !asksEnd && !input.startAt) throw badInput('Nothing to change: give startAt, endAt, duration or permanent.', 'endAt');

    // Who and what are read (and authorised) before the transaction: a transaction must not wait on a second pooled
    // connection, or enough of them at once would hold every connection and wait for ever. They never change.
    const target = await authorisedTarget(caller, id, input.assignmentId);
    const run = async (tx: EntityManager, emit: Emit = () => undefined) => {
      const entity = await this.lifecycle.lockSchedule(tx, id, input.assignmentId);
      if (entity.origin !== AssignmentOrigin.ASSIGNED) {
        throw badInput('Activations are not edited: deactivate or revoke them instead.', 'assignmentId');
      }
      if (hasEnded(entity, now)) throw conflict('This assignment has already ended; renew it with a new assignment.');
      const started = entity.startAt.getTime() <= now.getTime();
      if (started && input.startAt) throw badInput('This assignment has already started: its start cannot change.', 'startAt');
      const { settings } = await this.settings.effective(tx, target.role.id, target.scope.id);
      const window = windowFor(
        now,
        entity.type,
        settings,
        {
          startAt: input.startAt ?? (started ? null : entity.startAt),
          endAt: input.permanent ? null : (input.endAt ?? (input.duration ? null : entity.endAt)),
          durationSeconds: input.permanent ? null : input.duration?.seconds,
        },
        started ? entity.startAt : undefined,
      );
      if (target.principal.type === PrincipalType.SERVICE_PRINCIPAL && window.endAt === null) {
        throw policyViolation('Service principals can only hold time-bound assignments.');
      }
      const draft = newRequest({
        action,
        status: RequestStatus.PROVISIONED,
        type: entity.type,
        ...targetIds(target),
        requestedById: viewer.principalId,
        reason,
        ...window,
        settings,
        now,
        assignmentId: entity.id,
      });
      if (input.validateOnly) return requestView(draft, true);
      await this.lifecycle.reschedule(tx, caller.actor, draft, entity, window, now, emit);
      return requestView(draft);
    };
    const result = input.validateOnly ? await this.kernel.db.transaction((tx) => run(tx)) : await this.kernel.change((tx, emit) => run(tx, emit));
    caller.loaders.assignment.clear(id); // read before the change: the answer must show the row as it is now
    return result;
  }

  /** ADMIN_EXTEND: an administrator moves the end of a running assignment later (no approval needed). */
  async extendAssignment(caller: Caller, input: UpdateAssignmentInput): Promise<RoleRequest> {
    if (input.permanent || input.startAt) throw badInput('An extension only moves the end: give endAt or duration.', 'endAt');
    const id = storedId(input.assignmentId);
    // Nothing about the assignment is told before the caller is known to manage it.
    await authorisedTarget(caller, id, input.assignmentId);
    const entity = (await caller.loaders.assignment.load(id))!;
    if (!entity.endAt) throw badInput('This assignment is permanent: there is nothing to extend.', 'assignmentId');
    const newEnd = input.endAt ?? (input.duration ? new Date(entity.startAt.getTime() + input.duration.seconds * 1000) : null);
    if (!newEnd || newEnd <= entity.endAt) throw badInput('An extension ends later than the assignment does now.', 'endAt');
    return this.updateAssignment(caller, input, RequestAction.ADMIN_EXTEND);
  }

  /** ADMIN_RENEW: an administrator gives an ended assignment again, from now, as a new schedule. */
  async renewAssignment(caller: Caller, assignmentIdInput: string, duration: DurationValue | null, justification: string | null): Promise<RoleRequest> {
    const id = storedId(assignmentIdInput);
    await authorisedTarget(caller, id, assignmentIdInput);
    const entity = (await caller.loaders.assignment.load(id))!;
    if (entity.origin !== AssignmentOrigin.ASSIGNED) throw badInput('Activations are not renewed: the holder activates again.', 'assignmentId');
    if (!entity.endAt || entity.endAt > this.kernel.now()) throw conflict('This assignment has not ended: extend it instead.');
    return this.assignRole(
      caller,
      { principalId: entity.principalId, roleId: entity.roleId, scopeId: entity.scopeId, type: entity.type, duration, justification },
      RequestAction.ADMIN_RENEW,
    );
  }

  /**
   * Ends an assignment now (a scheduled one never starts). Ending an eligibility also ends the activations made from it.
   * Guarded so that the last active Global or Privileged Role Administrator cannot be removed.
   */
  async removeAssignment(caller: Caller, assignmentIdInput: string, justificationInput: string | null | undefined): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = storedId(assignmentIdInput);
    const justification = optionalText(justificationInput, 'justification', 500);
    const target = await authorisedTarget(caller, id, assignmentIdInput);
    const result = await this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const entity = await this.lifecycle.lockSchedule(tx, id, assignmentIdInput);
      if (hasEnded(entity, now)) throw conflict('This assignment has already ended.');
      const reason = { justification, ticketSystem: null, ticketNumber: null };
      const request = newRequest({
        action: RequestAction.ADMIN_REMOVE,
        status: RequestStatus.PROVISIONED,
        type: entity.type,
        ...targetIds(target),
        requestedById: viewer.principalId,
        reason,
        startAt: null,
        endAt: null,
        settings: null,
        now,
        assignmentId: entity.id,
      });
      await this.lifecycle.endHolding(tx, caller.actor, request, entity, now, emit);
      return requestView(request);
    });
    caller.loaders.assignment.clear(id);
    return result;
  }

  /** ACTIVE assignments may demand a justification and a fresh MFA of the admin making them. */
  private async checkActiveAssignmentDemands(
    caller: Caller,
    type: AssignmentType,
    settings: RoleSettingsDocument,
    reason: Reason,
    mfaCode: string | null | undefined,
    validateOnly: boolean,
  ): Promise<StepUp> {
    if (type !== AssignmentType.ACTIVE) return NO_STEP_UP;
    if (settings.assignment.requireJustificationOnActive && !reason.justification) {
      throw policyViolation('The role settings require a justification for active assignments.', { field: 'justification' });
    }
    if (!settings.assignment.requireMfaOnActive) return NO_STEP_UP;
    return this.mfa.demand(caller, mfaCode, { message: 'The role settings require MFA for active assignments: provide mfaCode.', validateOnly });
  }
}
