import type { EntityManager } from 'typeorm';
import {
  ActivationEventKind,
  AssignmentOrigin,
  AssignmentState,
  AssignmentType,
  EndReason,
  PrincipalType,
  RequestAction,
  RequestStatus,
  RoleKind,
  roleKindForScope,
} from '../../lib/enums';
import { badInput, conflict, forbidden, given, notFound, policyViolation, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import { cursorPart, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import type { Caller } from '../access/caller';
import { writeAudit, type AuditInput } from '../audit/audit.writer';
import { NO_STEP_UP, type StepUp } from '../auth/mfa.gate';
import { PrincipalEntity } from '../directory/principal.entity';
import { requestChanged } from '../requests/request-events';
import { newRequest, reasonOf, requestAudit, windowAudit, type Reason } from '../requests/request-helpers';
import { RoleRequestEntity } from '../requests/role-request.entity';
import type { RoleRequest } from '../requests/role-request.type';
import { GROUP_MEMBER_ID, GROUP_OWNER_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { RoleDefinitionEntity } from '../roles/role-definition.entity';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { Services } from '../services';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';
import { resolveWindow, type Window } from './assignment-window';
import type { DurationValue } from '../../lib/duration';
import type { AssignRoleInput, RoleAssignmentFilter, UpdateAssignmentInput } from './assignment.inputs';
import { queryAssignments } from './assignment.repository';
import { assignmentView, requestView } from './assignment.views';
import { newSchedule } from './new-schedule';
import { endSchedule, hasEnded, lockSchedule, reschedule } from './schedules';
import { readableAssignment } from './assignment.visibility';
import { RoleAssignmentEntity } from './role-assignment.entity';
import type { RoleAssignment } from './role-assignment.type';

interface Target {
  principal: PrincipalEntity;
  role: RoleDefinitionEntity;
  scope: ScopeEntity;
}

const targetIds = (target: Target) => ({ principalId: target.principal.id, roleId: target.role.id, scopeId: target.scope.id });

/** Admin assignments: every change is a request, checked against the role settings, audited in its transaction. */
export class AssignmentService {
  constructor(private readonly services: Services) {}

  async list(
    caller: Caller,
    filter: RoleAssignmentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<RoleAssignment>> {
    const capabilities = await caller.capabilities();
    const limit = pageSize(first);
    const cursor = decodeCursor(after, [cursorPart.compositeId]);
    const f = filter ?? {};
    let scope: { id: string; path: string[]; roleKind: string } | undefined;
    if (given(f.scopeId)) {
      const entity = await caller.loaders.scope.load(requireId(f.scopeId, 'scope'));
      if (!entity) throw notFound('scope', f.scopeId);
      // Inheritance never crosses kinds: only ancestors where a role of this kind can be assigned (the root is the
      // directory's), so a resource's listing never wades through the tenant's directory assignments.
      const kind = roleKindForScope(entity.type);
      const ancestors = kind === RoleKind.DIRECTORY ? entity.path : entity.path.filter((id) => id !== TENANT_ROOT_SCOPE_ID);
      scope = { id: entity.id, path: ancestors, roleKind: kind };
    } else if (f.includeInherited || f.includeDescendants) {
      throw badInput('includeInherited and includeDescendants need a scopeId.', 'scopeId');
    }
    const at = f.asOf ?? this.services.now();
    const { rows, total } = await queryAssignments(
      this.services.db.manager,
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
      },
      capabilities,
    );
    return toConnection(rows, limit, total, (row) => [row.id]);
  }

  /** One stored schedule, if the caller may read it (assignment.visibility.ts: the rule every nested field applies too). */
  async get(caller: Caller, id: string): Promise<RoleAssignment> {
    const entity = await readableAssignment(caller, requireId(id, 'assignment'));
    if (!entity) throw notFound('assignment', id);
    return assignmentView(entity, this.services.now());
  }

  async assignRole(caller: Caller, input: AssignRoleInput, action: RequestAction = RequestAction.ADMIN_ASSIGN): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const target = await this.loadTarget(caller, input.principalId, input.roleId, input.scopeId);
    await this.requireManage(caller, target.role, target.scope);
    this.checkHolder(target, input.type);
    const reason = reasonOf(input);
    const now = this.services.now();
    const { settings } = await this.services.settings.effective(this.services.db.manager, target.role.id, target.scope.id);
    const window = this.windowFor(now, input.type, settings, {
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
      await this.checkNoOverlap(this.services.db.manager, target, input.type, window);
      return requestView(draft, true);
    }
    return this.services.change(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `assignment:${target.principal.id}:${target.role.id}:${target.scope.id}`,
      ]);
      await stepUp.record(tx);
      await this.checkNoOverlap(tx, target, input.type, window);
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
      await tx.getRepository(RoleAssignmentEntity).insert(assignment);
      request.assignmentId = assignment.id;
      await tx.getRepository(RoleRequestEntity).insert(request);
      await writeAudit(tx, caller.actor, now, [
        requestAudit('request.submitted', request, { action: request.action, status: request.status }),
        requestAudit('assignment.created', request, windowAudit(assignment)),
      ]);
      return requestView(request);
    });
  }

  async updateAssignment(caller: Caller, input: UpdateAssignmentInput, action: RequestAction = RequestAction.ADMIN_UPDATE): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = this.storedId(input.assignmentId);
    const reason = reasonOf(input);
    const now = this.services.now();
    const asksEnd = input.endAt != null || input.duration != null;
    if (input.permanent && asksEnd) throw badInput('Ask for permanent, or for an end, not both.', 'permanent');
    if (!input.permanent && !asksEnd && !input.startAt) throw badInput('Nothing to change: give startAt, endAt, duration or permanent.', 'endAt');

    // Who and what are read (and authorised) before the transaction: a transaction must not wait on a second pooled
    // connection, or enough of them at once would hold every connection and wait for ever. They never change.
    const target = await this.authorisedTarget(caller, id, input.assignmentId);
    const run = async (tx: EntityManager) => {
      const entity = await this.lockAssignment(tx, id, input.assignmentId);
      if (entity.origin !== AssignmentOrigin.ASSIGNED) {
        throw badInput('Activations are not edited: deactivate or revoke them instead.', 'assignmentId');
      }
      if (hasEnded(entity, now)) throw conflict('This assignment has already ended; renew it with a new assignment.');
      const started = entity.startAt.getTime() <= now.getTime();
      if (started && input.startAt) throw badInput('This assignment has already started: its start cannot change.', 'startAt');
      const { settings } = await this.services.settings.effective(tx, target.role.id, target.scope.id);
      const window = this.windowFor(
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
      const before = windowAudit(entity);
      const request = draft;
      await tx.getRepository(RoleRequestEntity).insert(request);
      // Shortening the last Global Administrator's assignment would let the tenant run out of them: the guard sees it.
      await reschedule(tx, entity, window, now);
      await writeAudit(tx, caller.actor, now, [
        requestAudit('request.submitted', request, { action: request.action, status: request.status }),
        { ...requestAudit('assignment.updated', request, windowAudit(entity)), before },
      ]);
      return requestView(request);
    };
    const result = input.validateOnly ? await this.services.db.transaction(run) : await this.services.change((tx) => run(tx));
    caller.loaders.assignment.clear(id); // read before the change: the answer must show the row as it is now
    return result;
  }

  /** ADMIN_EXTEND: an administrator moves the end of a running assignment later (no approval needed). */
  async extendAssignment(caller: Caller, input: UpdateAssignmentInput): Promise<RoleRequest> {
    if (input.permanent || input.startAt) throw badInput('An extension only moves the end: give endAt or duration.', 'endAt');
    const id = this.storedId(input.assignmentId);
    // Nothing about the assignment is told before the caller is known to manage it.
    await this.authorisedTarget(caller, id, input.assignmentId);
    const entity = (await caller.loaders.assignment.load(id))!;
    if (!entity.endAt) throw badInput('This assignment is permanent: there is nothing to extend.', 'assignmentId');
    const newEnd = input.endAt ?? (input.duration ? new Date(entity.startAt.getTime() + input.duration.seconds * 1000) : null);
    if (!newEnd || newEnd <= entity.endAt) throw badInput('An extension ends later than the assignment does now.', 'endAt');
    return this.updateAssignment(caller, input, RequestAction.ADMIN_EXTEND);
  }

  /** ADMIN_RENEW: an administrator gives an ended assignment again, from now, as a new schedule. */
  async renewAssignment(caller: Caller, assignmentIdInput: string, duration: DurationValue | null, justification: string | null): Promise<RoleRequest> {
    const id = this.storedId(assignmentIdInput);
    await this.authorisedTarget(caller, id, assignmentIdInput);
    const entity = (await caller.loaders.assignment.load(id))!;
    if (entity.origin !== AssignmentOrigin.ASSIGNED) throw badInput('Activations are not renewed: the holder activates again.', 'assignmentId');
    if (!entity.endAt || entity.endAt > this.services.now()) throw conflict('This assignment has not ended: extend it instead.');
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
    const id = this.storedId(assignmentIdInput);
    const justification = optionalText(justificationInput, 'justification', 500);
    const target = await this.authorisedTarget(caller, id, assignmentIdInput);
    const result = await this.services.change(async (tx, emit) => {
      const now = this.services.now();
      const entity = await this.lockAssignment(tx, id, assignmentIdInput);
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
      await tx.getRepository(RoleRequestEntity).insert(request);
      const events: AuditInput[] = [requestAudit('request.submitted', request, { action: request.action, status: request.status })];
      const ended = [entity];
      if (entity.type === AssignmentType.ELIGIBLE) {
        // Every row is locked before any is ended: the activations made from it end with it.
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
        events.push({
          ...requestAudit('assignment.removed', request, { ...windowAudit(row), endReason: row.endReason }),
          assignmentId: row.id,
          before,
        });
        const wasInForce = row.startAt.getTime() <= now.getTime();
        if (row.type === AssignmentType.ACTIVE && wasInForce) {
          emit({ topic: 'activation', assignmentId: row.id, kind: ActivationEventKind.REVOKED, at: now.toISOString() });
        }
        // The activation's own request ends as REVOKED, and its holder hears of it.
        if (row.origin === AssignmentOrigin.ACTIVATED && row.createdByRequestId) {
          const [revoked] = (await tx.query(
            `UPDATE role_request SET status = 'REVOKED' WHERE id = $1 AND status IN ('PROVISIONED', 'GRANTED') RETURNING status`,
            [row.createdByRequestId],
          )) as [unknown[], number];
          if (revoked.length) emit(requestChanged(row.createdByRequestId, { status: RequestStatus.PROVISIONED, stage: 0, at: now }, now));
        }
      }
      await writeAudit(tx, caller.actor, now, events);
      return requestView(request);
    });
    caller.loaders.assignment.clear(id);
    return result;
  }

  // ——— helpers ———

  private storedId(id: string): string {
    if (typeof id === 'string' && id.includes(':')) {
      throw badInput('This row is held through a group: change the group’s assignment or the membership instead.', 'assignmentId');
    }
    return requireId(id, 'assignment');
  }

  private async lockAssignment(tx: EntityManager, id: string, shownId: string): Promise<RoleAssignmentEntity> {
    const entity = await lockSchedule(tx, id);
    if (!entity) throw notFound('assignment', shownId);
    return entity;
  }

  private async loadTarget(caller: Caller, principalId: string, roleId: string, scopeId: string): Promise<Target> {
    const [principal, role, scope] = await Promise.all([
      caller.loaders.principal.load(requireId(principalId, 'principal')),
      caller.loaders.role.load(requireId(roleId, 'role')),
      caller.loaders.scope.load(requireId(scopeId, 'scope')),
    ]);
    if (!principal) throw notFound('principal', principalId);
    if (!role) throw notFound('role', roleId);
    if (!scope) throw notFound('scope', scopeId);
    if (roleKindForScope(scope.type) !== role.kind) {
      throw badInput(
        `${role.name} is a ${role.kind.toLowerCase()} role: it cannot be assigned at the ${scope.type.toLowerCase().replace('_', ' ')} "${scope.name}".`,
        'scopeId',
      );
    }
    return { principal, role, scope };
  }

  /** The assignment's holder, role and scope, once the caller is known to manage them (read outside any transaction). */
  private async authorisedTarget(caller: Caller, id: string, shownId: string): Promise<Target> {
    // One the caller may not even read (the rule of roleAssignment(id)) is reported exactly like one that does not exist.
    const entity = await readableAssignment(caller, id);
    if (!entity) throw notFound('assignment', shownId);
    const target = await this.targetOf(caller, entity);
    await this.requireManage(caller, target.role, target.scope);
    return target;
  }

  private async targetOf(caller: Caller, entity: RoleAssignmentEntity): Promise<Target> {
    const [principal, role, scope] = await Promise.all([
      caller.loaders.principal.load(entity.principalId),
      caller.loaders.role.load(entity.roleId),
      caller.loaders.scope.load(entity.scopeId),
    ]);
    if (!principal || !role || !scope) throw notFound('assignment', entity.id);
    return { principal, role, scope };
  }

  private async requireManage(caller: Caller, role: RoleDefinitionEntity, scope: ScopeEntity): Promise<void> {
    const capabilities = await caller.capabilities();
    if (!capabilities.canManage(role.kind, scope)) {
      throw forbidden(`You may not manage ${role.name} assignments at ${scope.name}.`);
    }
  }

  /** Who may hold what: service principals only ACTIVE; only role-assignable groups hold roles; such groups hold no groups. */
  private checkHolder({ principal, role, scope }: Target, type: AssignmentType): void {
    if (!principal.enabled) throw badInput(`${principal.displayName} is disabled and cannot be given roles.`, 'principalId');
    if (principal.type === PrincipalType.SERVICE_PRINCIPAL && type !== AssignmentType.ACTIVE) {
      throw policyViolation('Service principals can only be given ACTIVE, time-bound assignments: they cannot activate.');
    }
    if (role.kind === RoleKind.GROUP) {
      if (scope.groupId === principal.id) throw badInput('A group cannot be a member or owner of itself.', 'principalId');
      if (principal.type === PrincipalType.GROUP) {
        throw policyViolation('Groups that hold roles cannot contain groups, so Elevate does not nest groups.');
      }
      if (![GROUP_MEMBER_ID, GROUP_OWNER_ID].includes(role.id)) throw badInput('Unknown group role.', 'roleId');
    } else if (principal.type === PrincipalType.GROUP && !principal.roleAssignable) {
      throw policyViolation(`${principal.displayName} is not a role-assignable group, so it cannot hold roles.`);
    }
  }

  private windowFor(
    now: Date,
    type: AssignmentType,
    settings: RoleSettingsDocument,
    asked: { startAt?: Date | null; endAt?: Date | null; durationSeconds?: number | null },
    fixedStart?: Date,
  ): Window {
    const eligible = type === AssignmentType.ELIGIBLE;
    return resolveWindow(
      now,
      asked,
      {
        allowPermanent: eligible ? settings.assignment.allowPermanentEligible : settings.assignment.allowPermanentActive,
        maxSeconds: eligible ? settings.assignment.maxEligibleSeconds : settings.assignment.maxActiveSeconds,
        label: eligible ? 'eligible' : 'active',
      },
      fixedStart,
    );
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
    return this.services.auth.mfa.demand(caller, mfaCode, { message: 'The role settings require MFA for active assignments: provide mfaCode.', validateOnly });
  }

  /** One schedule of a kind at a time: a new one may not overlap one that has not ended. */
  private async checkNoOverlap(db: EntityManager, { principal, role, scope }: Target, type: AssignmentType, window: Window) {
    const [clash] = (await db.query(
      `SELECT id FROM role_assignment
        WHERE principal_id = $1 AND role_id = $2 AND scope_id = $3 AND type = $4 AND origin = 'ASSIGNED'
          AND (end_at IS NULL OR end_at > $5) AND ($6::timestamptz IS NULL OR start_at < $6)
        LIMIT 1`,
      [principal.id, role.id, scope.id, type, window.startAt, window.endAt],
    )) as { id: string }[];
    if (clash) {
      throw conflict(
        `${principal.displayName} already has an ${type.toLowerCase()} ${role.name} assignment at ${scope.name} in that time (${clash.id}); update it instead.`,
      );
    }
  }
}
