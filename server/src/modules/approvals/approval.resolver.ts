import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';
import { Decision, RequestAction, RequestStatus } from '../../lib/enums';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleRequest } from '../requests/role-request.type';
import type { ApprovalDecisionEntity } from './approval-decision.entity';
import { ApprovalDecision, ApprovalStageStatus, StageState } from './approval.type';
import { mayDecide, stagesOf } from './approvers';

/** Extensions and renewals: no approval stages, one decision by an administrator of the scope (approval.service#decide). */
const ADMIN_DECIDED = new Set<string>([RequestAction.SELF_EXTEND, RequestAction.SELF_RENEW]);
/** An admin decision left this long expires the request (jobs/sweeper.ts#expireUndecided). */
const ADMIN_DECISION_TIMEOUT_MS = 30 * 86_400_000;

/** The single "stage" of an extension or renewal: who decided it and when, as for an approval stage. */
function adminDecision(request: RoleRequest, all: readonly ApprovalDecisionRow[]): ApprovalStageStatus {
  const own = all.filter((d) => d.stage === 0);
  const pending = request.status === RequestStatus.PENDING_ADMIN_DECISION;
  const state = own.some((d) => d.decision === Decision.DENY)
    ? StageState.DENIED
    : own.some((d) => d.decision === Decision.APPROVE)
      ? StageState.APPROVED
      : pending
        ? StageState.PENDING
        : StageState.CLOSED;
  return {
    requestId: request.id,
    approverRefs: [],
    escalationRefs: [],
    defaultApprovers: false,
    byScopeAdministrators: true,
    stage: 0,
    quorum: 1,
    state,
    timeoutAt: pending ? new Date(request.createdAt.getTime() + ADMIN_DECISION_TIMEOUT_MS) : null,
    escalatesAt: null,
    decisions: own.map((d) => ({ approverId: d.approverId, stage: d.stage, decision: d.decision, justification: d.justification, decidedAt: d.decidedAt })),
  };
}

type ApprovalDecisionRow = Pick<ApprovalDecisionEntity, 'approverId' | 'stage' | 'decision' | 'justification' | 'decidedAt'>;

@Authorized()
@Resolver(() => RoleRequest)
export class ApprovalResolver {
  @Authorized(Rule.USER, 'approvers of the request’s current stage (admins of the scope for extensions and renewals); never one’s own')
  @Mutation(() => RoleRequest)
  async approveRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Arg('duration', () => DurationScalar, { nullable: true, description: 'Shorten the activation' }) duration: DurationValue | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.approvals.approve(caller, requestId, justification, duration);
  }

  @Authorized(Rule.USER, 'approvers of the request’s current stage (admins of the scope for extensions and renewals); never one’s own')
  @Mutation(() => RoleRequest)
  async denyRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.approvals.deny(caller, requestId, justification);
  }

  @Authorized(Rule.USER, 'as approveRequest/denyRequest, for every request; all or nothing')
  @Mutation(() => [RoleRequest])
  async decideRequests(
    @Arg('requestIds', () => [ID]) requestIds: string[],
    @Arg('decision', () => Decision) decision: Decision,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest[]> {
    return services.approvals.decideMany(caller, requestIds, decision, justification);
  }

  @FieldResolver(() => [ApprovalStageStatus], { description: 'The approval stages with their approvers and decisions' })
  async approvals(@Root() request: RoleRequest, @Ctx() { caller }: GraphQLContext): Promise<ApprovalStageStatus[]> {
    if (ADMIN_DECIDED.has(request.action)) return [adminDecision(request, await caller.loaders.decisionsByRequest.load(request.id))];
    if (request.action !== RequestAction.SELF_ACTIVATE || !request.settingsSnapshot?.activation.requireApproval) return [];
    const decisions = await caller.loaders.decisionsByRequest.load(request.id);
    return stagesOf(request).map((stage, index) => {
      const own = decisions.filter((d) => d.stage === index);
      const started = index < request.currentStage || (index === request.currentStage && request.stageStartedAt !== null);
      const state = own.some((d) => d.decision === Decision.DENY)
        ? StageState.DENIED
        : index < request.currentStage || (index === request.currentStage && own.filter((d) => d.decision === Decision.APPROVE).length >= stage.quorum)
          ? StageState.APPROVED
          : request.status === RequestStatus.PENDING_APPROVAL
            ? index === request.currentStage
              ? StageState.PENDING
              : StageState.NOT_STARTED
            : started
              ? StageState.CLOSED
              : StageState.NOT_STARTED;
      const current = index === request.currentStage && request.stageStartedAt;
      return {
        requestId: request.id,
        approverRefs: stage.approvers,
        escalationRefs: stage.escalationApprovers,
        defaultApprovers: stage.approvers.length === 0,
        byScopeAdministrators: false,
        stage: index,
        quorum: stage.quorum,
        state,
        timeoutAt: current && state === StageState.PENDING ? new Date(request.stageStartedAt!.getTime() + stage.timeoutSeconds * 1000) : null,
        escalatesAt:
          current && stage.escalateAfterSeconds !== null ? new Date(request.stageStartedAt!.getTime() + stage.escalateAfterSeconds * 1000) : null,
        decisions: own.map((d) => ({ approverId: d.approverId, stage: d.stage, decision: d.decision, justification: d.justification, decidedAt: d.decidedAt })),
      };
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may decide this request now' })
  async canDecide(@Root() request: RoleRequest, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    const viewer = caller.viewer;
    if (!viewer || request.validateOnly) return false;
    const [role, scope] = await Promise.all([caller.loaders.role.load(request.roleId), caller.loaders.scope.load(request.scopeId)]);
    if (!role || !scope) return false;
    const defaults = await caller.loaders.defaultApprovers.load('now');
    return mayDecide(services.db.manager, { request, roleKind: role.kind, scope }, viewer.principalId, services.now(), request.currentStage, request.status, defaults);
  }
}

@Resolver(() => ApprovalStageStatus)
export class ApprovalStageStatusResolver {
  @FieldResolver(() => [Principal], { description: 'Who decides this stage (named users and groups, or the directory administrators)' })
  async approvers(@Root() stage: ApprovalStageStatus, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    if (stage.byScopeAdministrators) return [];
    const ids = stage.defaultApprovers ? [...(await caller.loaders.defaultApprovers.load('now'))] : stage.approverRefs.map((ref) => ref.id);
    return services.directory.visibleMany(caller, ids);
  }

  @FieldResolver(() => [Principal])
  async escalationApprovers(@Root() stage: ApprovalStageStatus, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    return services.directory.visibleMany(caller, stage.escalationRefs.map((ref) => ref.id));
  }
}

@Resolver(() => ApprovalDecision)
export class ApprovalDecisionResolver {
  @FieldResolver(() => Principal)
  async approver(@Root() decision: ApprovalDecision, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.requireVisible(caller, decision.approverId);
  }
}
