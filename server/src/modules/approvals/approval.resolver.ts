import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';
import { Decision } from '../../lib/vocabulary/requests';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleRequest } from '../requests/role-request.type';
import { ApprovalDecision, ApprovalStageStatus } from './approval.type';
import { mayDecide } from './approvers';
import { approvalProcess, stageStatuses } from './stages';

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
    if (approvalProcess(request) === 'NONE') return [];
    const stages = stageStatuses(request, await caller.loaders.decisionsByRequest.load(request.id));
    return stages.map((stage) => ({
      requestId: request.id,
      approverRefs: stage.approvers,
      escalationRefs: stage.escalationApprovers,
      defaultApprovers: stage.defaultApprovers,
      byScopeAdministrators: stage.byScopeAdministrators,
      stage: stage.stage,
      quorum: stage.quorum,
      state: stage.state,
      timeoutAt: stage.timeoutAt,
      escalatesAt: stage.escalatesAt,
      decisions: stage.decisions.map((d) => ({ approverId: d.approverId, stage: d.stage, decision: d.decision, justification: d.justification, decidedAt: d.decidedAt })),
    }));
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
