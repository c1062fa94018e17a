import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Decision, RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { DurationValue } from '../../lib/duration';
import { badInput, conflict, notFound, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertMayDecide } from '../access/policy';
import { requestView } from '../requests/request.view';
import { writeAudit } from '../audit/audit.writer';
import type { DomainEvent } from '../../kernel/events';
import { requestChanged } from '../lifecycle/request-events';
import { requestAudit } from '../lifecycle/request-audit';
import type { RoleRequest } from '../requests/role-request.type';
import type { RoleDefinitionEntity } from '../roles/role-definition.entity';
import type { ScopeEntity } from '../scopes/scope.entity';
import type { Kernel } from '../../kernel/kernel';
import type { RequestLifecycle } from '../lifecycle/request-lifecycle';
import type { RequestReader } from '../requests/request.service';
import { stagesOf } from './approvers';

const MIN_SECONDS = 30 * 60;

/** Approvers' side: approve or deny (alone or many at once), stage by stage, with quorum; admins decide extensions. */
export class ApprovalService {
  constructor(
    private readonly kernel: Kernel,
    private readonly lifecycle: RequestLifecycle,
    private readonly requests: RequestReader,
  ) {}

  async approve(caller: Caller, requestId: string, justification: string | null | undefined, duration?: DurationValue | null): Promise<RoleRequest> {
    const targets = await this.targetsOf(caller, [requestId]);
    return this.kernel.change((tx, emit) => this.decide(tx, emit, caller, targets, requestId, Decision.APPROVE, justification, duration ?? null));
  }

  async deny(caller: Caller, requestId: string, justification: string | null | undefined): Promise<RoleRequest> {
    const targets = await this.targetsOf(caller, [requestId]);
    return this.kernel.change((tx, emit) => this.decide(tx, emit, caller, targets, requestId, Decision.DENY, justification, null));
  }

  /**
   * The role and scope of each request, read before the transaction (they never change): inside it, reading through the
   * pool would need a second connection while holding one, and enough simultaneous deciders would exhaust the pool.
   */
  private async targetsOf(caller: Caller, requestIds: string[]): Promise<Map<string, { role: RoleDefinitionEntity; scope: ScopeEntity }>> {
    const targets = new Map<string, { role: RoleDefinitionEntity; scope: ScopeEntity }>();
    for (const input of requestIds) {
      const id = requireId(input, 'request');
      // Unknown and invisible alike are NOT_FOUND, by the same rule as reading the request (RequestService.get).
      await this.requests.get(caller, id);
      const request = (await caller.loaders.request.load(id))!;
      const [role, scope] = await Promise.all([caller.loaders.role.load(request.roleId), caller.loaders.scope.load(request.scopeId)]);
      if (role && scope) targets.set(id, { role, scope });
    }
    return targets;
  }

  /** All or nothing: every request is decided, or none is and the error names the one that could not be. */
  async decideMany(caller: Caller, requestIds: string[], decision: Decision, justification: string | null | undefined): Promise<RoleRequest[]> {
    if (requestIds.length === 0) throw badInput('Select at least one request.', 'requestIds');
    if (requestIds.length > 100) throw badInput('Decide at most 100 requests at once.', 'requestIds');
    // A fixed order avoids deadlocks between two approvers deciding overlapping selections.
    const ids = [...new Set(requestIds.map((id) => requireId(id, 'request')))].sort();
    const targets = await this.targetsOf(caller, ids);
    return this.kernel.change(async (tx, emit) => {
      const decided: RoleRequest[] = [];
      for (const id of ids) decided.push(await this.decide(tx, emit, caller, targets, id, decision, justification, null));
      return decided;
    });
  }

  private async decide(
    tx: EntityManager,
    emit: (...events: DomainEvent[]) => void,
    caller: Caller,
    targets: Map<string, { role: RoleDefinitionEntity; scope: ScopeEntity }>,
    requestIdInput: string,
    decision: Decision,
    justificationInput: string | null | undefined,
    duration: DurationValue | null,
  ): Promise<RoleRequest> {
    const viewer = caller.requireViewer();
    const id = requireId(requestIdInput, 'request');
    const justification = optionalText(justificationInput, 'justification', 500);
    if (!justification) throw badInput('Give a justification for your decision.', 'justification');
    // The row lock serialises deciders: the second of two simultaneous decisions sees the first and gets CONFLICT.
    const request = await this.lifecycle.lockRequest(tx, id);
    const now = this.kernel.now();
    const target = targets.get(id);
    if (!request || !target) throw notFound('request', requestIdInput);
    const { role, scope } = target;
    const pending = request.status === RequestStatus.PENDING_APPROVAL || request.status === RequestStatus.PENDING_ADMIN_DECISION;
    if (!pending) throw conflict(`This request was already decided: it is ${request.status.toLowerCase().replace(/_/g, ' ')}.`);
    await assertMayDecide(tx, { request, roleKind: role.kind, scope }, viewer.principalId, now);
    if (duration) {
      if (request.action !== RequestAction.SELF_ACTIVATE) throw badInput('Only activations are shortened by approvers.', 'duration');
      if (duration.seconds < MIN_SECONDS) throw badInput('An activation lasts at least 30 minutes.', 'duration');
      if (duration.seconds > (request.durationSeconds ?? 0)) throw badInput('An approver may shorten the duration, not lengthen it.', 'duration');
    }
    const previous = { status: request.status, stage: request.currentStage, at: now };
    const inserted = (await tx.query(
      `INSERT INTO approval_decision (id, request_id, stage, approver_id, decision, justification, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [randomUUID(), request.id, request.currentStage, viewer.principalId, decision, justification, now],
    )) as unknown[];
    if (inserted.length === 0) throw conflict('You have already decided this stage of the request.');
    // What this request read before deciding (to authorise it) is stale now: the answer must show the decision.
    caller.loaders.decisionsByRequest.clear(request.id);
    caller.loaders.request.clear(request.id);
    const audit = [requestAudit(decision === Decision.APPROVE ? 'request.approved' : 'request.denied', request, { stage: request.currentStage, decision })];
    audit[0].justification = justification;
    if (duration) request.durationSeconds = duration.seconds;

    if (decision === Decision.DENY) await this.lifecycle.deny(tx, request, now);
    else if (request.status === RequestStatus.PENDING_ADMIN_DECISION) await this.lifecycle.grantExtendOrRenew(tx, request, now, audit);
    else {
      const stages = stagesOf(request);
      const [{ approvals }] = (await tx.query(
        `SELECT count(*)::int AS approvals FROM approval_decision WHERE request_id = $1 AND stage = $2 AND decision = 'APPROVE'`,
        [request.id, request.currentStage],
      )) as { approvals: number }[];
      if (approvals < stages[request.currentStage].quorum) await this.lifecycle.keepWaiting(tx, request);
      else if (request.currentStage + 1 < stages.length) await this.lifecycle.advanceStage(tx, request, now);
      else {
        // The decision is recorded before what it caused: a request's timeline reads in the order things happened.
        await writeAudit(tx, caller.actor, now, audit);
        await this.lifecycle.provision(tx, request, now, emit, caller.actor);
        return requestView(request);
      }
    }
    await writeAudit(tx, caller.actor, now, audit);
    emit(requestChanged(request.id, previous, now));
    return requestView(request);
  }
}
