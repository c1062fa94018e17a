import { Decision, RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import type { RoleRequestEntity } from '../requests/role-request.entity';
import type { ApprovalStage } from '../settings/role-settings.schema';

/**
 * The approval stages of a request and the state of each: DOMAIN.md's "Approval" as a state machine, pure (no database,
 * no clock). The GraphQL layer only maps what this answers (approval.resolver.ts).
 *
 * An activation needing approval goes through the stages of the settings it was made under, one after the other:
 * NOT_STARTED → PENDING (the current stage, from `stageStartedAt`) → APPROVED (its quorum of approvals reached, or the
 * request moved past it) or DENIED (any deny). A request that ended otherwise (canceled, expired, failed) leaves the
 * stage it was at CLOSED and the later ones NOT_STARTED. A pending stage expires the request at its timeout; its
 * escalation approvers join at `escalatesAt`.
 *
 * Extensions and renewals have no stages: one decision by an administrator of the scope, shown as a single pseudo-stage
 * (`byScopeAdministrators`), which expires the request after ADMIN_DECISION_TIMEOUT_MS undecided.
 */
export enum StageState {
  NOT_STARTED = 'NOT_STARTED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  CLOSED = 'CLOSED',
}

/**
 * An admin decision left this long expires the request. The sweeper (lifecycle/time-transitions.ts) and the shown
 * `timeoutAt` both add exactly this many milliseconds, so they agree whatever the database session's time zone.
 */
export const ADMIN_DECISION_TIMEOUT_MS = 30 * 86_400_000;

/** The stage a request that names no stages is decided by: the default approvers, one of whom decides, within 24 h. */
const DEFAULT_STAGE: ApprovalStage = { approvers: [], quorum: 1, timeoutSeconds: 24 * 3600, escalationApprovers: [], escalateAfterSeconds: null };

/** The approval stages a request is decided by: those of the settings it was made under. */
export function stagesOf(request: Pick<RoleRequestEntity, 'settingsSnapshot'>): ApprovalStage[] {
  const stages = request.settingsSnapshot?.activation.approvalStages ?? [];
  // DIRECTORY roles with approval required and no approvers named: Global and Privileged Role Administrators decide.
  return stages.length ? stages : [DEFAULT_STAGE];
}

/** When a stage that started at `startedAt` escalates (its escalation approvers join), or null if it never does. */
export function escalatesAt(stage: Pick<ApprovalStage, 'escalateAfterSeconds'>, startedAt: Date | null): Date | null {
  if (stage.escalateAfterSeconds === null || startedAt === null) return null;
  return new Date(startedAt.getTime() + stage.escalateAfterSeconds * 1000);
}

/** When an undecided stage that started at `startedAt` expires the request. */
export function timesOutAt(stage: Pick<ApprovalStage, 'timeoutSeconds'>, startedAt: Date): Date {
  return new Date(startedAt.getTime() + stage.timeoutSeconds * 1000);
}

export type StagedRequest = Pick<RoleRequestEntity, 'action' | 'status' | 'currentStage' | 'stageStartedAt' | 'settingsSnapshot' | 'createdAt'>;

export interface StageDecision {
  approverId: string;
  stage: number;
  decision: Decision;
  justification: string | null;
  decidedAt: Date;
}

export interface StageStatus {
  stage: number;
  /** The approvers named for the stage (users and groups); with `defaultApprovers`, none: the default approvers decide. */
  approvers: ApprovalStage['approvers'];
  escalationApprovers: ApprovalStage['escalationApprovers'];
  /** The stage names nobody: Global and Privileged Role Administrators decide it. */
  defaultApprovers: boolean;
  /** An extension's or renewal's decision: by an administrator of the scope, no approvers named. */
  byScopeAdministrators: boolean;
  quorum: number;
  state: StageState;
  /** When the stage, undecided, expires the request: only while it is pending. */
  timeoutAt: Date | null;
  /** When the escalation approvers join: for the current stage, if it escalates. */
  escalatesAt: Date | null;
  /** The decisions of this stage, in the order given. */
  decisions: StageDecision[];
}

/** How a request is decided: through approval stages, by an administrator of the scope, or not at all (admin changes, deactivations, activations without approval). */
export function approvalProcess(request: Pick<RoleRequestEntity, 'action' | 'settingsSnapshot'>): 'STAGES' | 'ADMIN_DECISION' | 'NONE' {
  if (request.action === RequestAction.SELF_EXTEND || request.action === RequestAction.SELF_RENEW) return 'ADMIN_DECISION';
  if (request.action === RequestAction.SELF_ACTIVATE && request.settingsSnapshot?.activation.requireApproval) return 'STAGES';
  return 'NONE';
}

/** The stages of a request with their state, from the request and all its decisions; empty when nothing is decided. */
export function stageStatuses(request: StagedRequest, decisions: readonly StageDecision[]): StageStatus[] {
  switch (approvalProcess(request)) {
    case 'ADMIN_DECISION':
      return [adminDecision(request, decisions)];
    case 'STAGES':
      return stagesOf(request).map((stage, index) => approvalStage(request, stage, index, decisions));
    case 'NONE':
      return [];
  }
}

function approvalStage(request: StagedRequest, stage: ApprovalStage, index: number, all: readonly StageDecision[]): StageStatus {
  const decisions = all.filter((d) => d.stage === index);
  const isCurrent = index === request.currentStage;
  const passed = index < request.currentStage;
  const started = passed || (isCurrent && request.stageStartedAt !== null);
  const approvals = decisions.filter((d) => d.decision === Decision.APPROVE).length;
  const state = decisions.some((d) => d.decision === Decision.DENY)
    ? StageState.DENIED
    : passed || (isCurrent && approvals >= stage.quorum)
      ? StageState.APPROVED
      : request.status === RequestStatus.PENDING_APPROVAL
        ? isCurrent
          ? StageState.PENDING
          : StageState.NOT_STARTED
        : started
          ? StageState.CLOSED
          : StageState.NOT_STARTED;
  const startedAt = isCurrent ? request.stageStartedAt : null;
  return {
    stage: index,
    approvers: stage.approvers,
    escalationApprovers: stage.escalationApprovers,
    defaultApprovers: stage.approvers.length === 0,
    byScopeAdministrators: false,
    quorum: stage.quorum,
    state,
    timeoutAt: startedAt && state === StageState.PENDING ? timesOutAt(stage, startedAt) : null,
    escalatesAt: escalatesAt(stage, startedAt),
    decisions,
  };
}

/** The single "stage" of an extension or renewal: who decided it and when, as for an approval stage. */
function adminDecision(request: StagedRequest, all: readonly StageDecision[]): StageStatus {
  const decisions = all.filter((d) => d.stage === 0);
  const pending = request.status === RequestStatus.PENDING_ADMIN_DECISION;
  const state = decisions.some((d) => d.decision === Decision.DENY)
    ? StageState.DENIED
    : decisions.some((d) => d.decision === Decision.APPROVE)
      ? StageState.APPROVED
      : pending
        ? StageState.PENDING
        : StageState.CLOSED;
  return {
    stage: 0,
    approvers: [],
    escalationApprovers: [],
    defaultApprovers: false,
    byScopeAdministrators: true,
    quorum: 1,
    state,
    timeoutAt: pending ? new Date(request.createdAt.getTime() + ADMIN_DECISION_TIMEOUT_MS) : null,
    escalatesAt: null,
    decisions,
  };
}
