import { describe, expect, it } from 'vitest';
import { Decision, RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { defaultRoleSettings, type ApprovalStage } from '../settings/role-settings.schema';
import { ADMIN_DECISION_TIMEOUT_MS, approvalProcess, StageState, stageStatuses, type StageDecision, type StagedRequest } from './stages';

const HOUR = 3_600_000;
const created = new Date('2026-03-01T08:00:00.000Z');
const at = (hours: number) => new Date(created.getTime() + hours * HOUR);
const bob = { id: '00000000-0000-4000-8000-0000000000b0', type: 'USER' as const };
const carol = { id: '00000000-0000-4000-8000-0000000000c0', type: 'USER' as const };
const admins = { id: '00000000-0000-4000-8000-0000000000a0', type: 'GROUP' as const };

function stage(overrides: Partial<ApprovalStage> = {}): ApprovalStage {
  return { approvers: [bob], quorum: 1, timeoutSeconds: 24 * 3600, escalationApprovers: [], escalateAfterSeconds: null, ...overrides };
}

function activation(stages: ApprovalStage[], state: Partial<StagedRequest> = {}): StagedRequest {
  const settings = defaultRoleSettings();
  settings.activation.requireApproval = true;
  settings.activation.approvalStages = stages;
  return {
    action: RequestAction.SELF_ACTIVATE,
    status: RequestStatus.PENDING_APPROVAL,
    currentStage: 0,
    stageStartedAt: created,
    settingsSnapshot: settings,
    createdAt: created,
    ...state,
  };
}

function decision(stageIndex: number, kind: Decision, hours: number, approverId = bob.id): StageDecision {
  return { approverId, stage: stageIndex, decision: kind, justification: 'ok', decidedAt: at(hours) };
}

const states = (request: StagedRequest, decisions: StageDecision[] = []) => stageStatuses(request, decisions).map((s) => s.state);

describe('how a request is decided', () => {
  it('activations needing approval go through stages, extensions and renewals to an administrator, the rest to nobody', () => {
    expect(approvalProcess(activation([stage()]))).toBe('STAGES');
    const noApproval = activation([stage()]);
    noApproval.settingsSnapshot!.activation.requireApproval = false;
    expect(approvalProcess(noApproval)).toBe('NONE');
    expect(approvalProcess({ action: RequestAction.SELF_EXTEND, settingsSnapshot: null })).toBe('ADMIN_DECISION');
    expect(approvalProcess({ action: RequestAction.SELF_RENEW, settingsSnapshot: null })).toBe('ADMIN_DECISION');
    for (const action of [RequestAction.ADMIN_ASSIGN, RequestAction.ADMIN_REMOVE, RequestAction.SELF_DEACTIVATE]) {
      expect(approvalProcess({ action, settingsSnapshot: defaultRoleSettings() })).toBe('NONE');
      expect(stageStatuses({ ...activation([stage()]), action }, [])).toEqual([]);
    }
  });
});

describe('the approval stages of an activation', () => {
  it('a pending two-stage request: the first pending with its timeout and escalation, the second not started', () => {
    const request = activation([stage({ escalationApprovers: [carol], escalateAfterSeconds: 4 * 3600 }), stage({ approvers: [admins] })]);
    const [first, second] = stageStatuses(request, []);
    expect(first).toMatchObject({ stage: 0, state: StageState.PENDING, timeoutAt: at(24), escalatesAt: at(4), approvers: [bob], escalationApprovers: [carol] });
    expect(first).toMatchObject({ defaultApprovers: false, byScopeAdministrators: false, quorum: 1, decisions: [] });
    expect(second).toMatchObject({ stage: 1, state: StageState.NOT_STARTED, timeoutAt: null, escalatesAt: null, approvers: [admins] });
  });

  it('an approval that reaches the quorum moves on: the stage is approved, the next one pending from then', () => {
    const request = activation([stage(), stage({ approvers: [carol] })], { currentStage: 1, stageStartedAt: at(2) });
    const stages = stageStatuses(request, [decision(0, Decision.APPROVE, 2)]);
    expect(stages.map((s) => s.state)).toEqual([StageState.APPROVED, StageState.PENDING]);
    expect(stages[0]).toMatchObject({ timeoutAt: null, decisions: [decision(0, Decision.APPROVE, 2)] });
    expect(stages[1]).toMatchObject({ timeoutAt: at(26), decisions: [] });
  });

  it('below the quorum the stage stays pending; reaching it approves', () => {
    const request = activation([stage({ approvers: [bob, carol], quorum: 2 })]);
    expect(states(request, [decision(0, Decision.APPROVE, 1)])).toEqual([StageState.PENDING]);
    const done = { ...request, status: RequestStatus.PROVISIONED };
    expect(states(done, [decision(0, Decision.APPROVE, 1), decision(0, Decision.APPROVE, 2, carol.id)])).toEqual([StageState.APPROVED]);
  });

  it('any deny denies the stage (whatever the approvals); the request is over, so nothing times out', () => {
    const request = activation([stage(), stage({ approvers: [bob, carol], quorum: 2 })], {
      status: RequestStatus.DENIED,
      currentStage: 1,
      stageStartedAt: at(1),
    });
    const stages = stageStatuses(request, [decision(0, Decision.APPROVE, 1), decision(1, Decision.APPROVE, 2, carol.id), decision(1, Decision.DENY, 3)]);
    expect(stages.map((s) => s.state)).toEqual([StageState.APPROVED, StageState.DENIED]);
    expect(stages.map((s) => s.timeoutAt)).toEqual([null, null]);
    expect(stages[1].decisions.map((d) => d.decision)).toEqual([Decision.APPROVE, Decision.DENY]);
  });

  it('a request that expired, or was canceled, closes the stage it was at; the later ones never started', () => {
    const stages = [stage(), stage()];
    for (const status of [RequestStatus.EXPIRED, RequestStatus.CANCELED, RequestStatus.FAILED]) {
      expect(states(activation(stages, { status }))).toEqual([StageState.CLOSED, StageState.NOT_STARTED]);
      expect(stageStatuses(activation(stages, { status }), [])[0].timeoutAt).toBeNull();
    }
    // Canceled before its stage started: nothing was ever pending.
    expect(states(activation(stages, { status: RequestStatus.CANCELED, stageStartedAt: null }))).toEqual([StageState.NOT_STARTED, StageState.NOT_STARTED]);
  });

  it('the escalation instant is shown for the current stage only, and only when the stage escalates', () => {
    const escalating = stage({ escalationApprovers: [carol], escalateAfterSeconds: 3600 });
    const request = activation([escalating, escalating], { currentStage: 1, stageStartedAt: at(5) });
    expect(stageStatuses(request, [decision(0, Decision.APPROVE, 5)]).map((s) => s.escalatesAt)).toEqual([null, at(6)]);
    expect(stageStatuses(activation([stage()]), [])[0].escalatesAt).toBeNull();
  });

  it('settings that name no stage: one stage of the default approvers, decided by one, within 24 hours', () => {
    const [only, ...rest] = stageStatuses(activation([]), []);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ stage: 0, defaultApprovers: true, approvers: [], quorum: 1, state: StageState.PENDING, timeoutAt: at(24) });
    expect(stageStatuses(activation([stage({ approvers: [] })]), [])[0].defaultApprovers).toBe(true);
  });
});

describe('the decision of an extension or renewal', () => {
  const extension = (status: RequestStatus): StagedRequest => ({
    action: RequestAction.SELF_EXTEND,
    status,
    currentStage: 0,
    stageStartedAt: null,
    settingsSnapshot: defaultRoleSettings(),
    createdAt: created,
  });

  it('one pseudo-stage decided by the scope administrators, pending until 30 days after the request', () => {
    const [only, ...rest] = stageStatuses(extension(RequestStatus.PENDING_ADMIN_DECISION), []);
    expect(rest).toEqual([]);
    expect(only).toEqual({
      stage: 0,
      approvers: [],
      escalationApprovers: [],
      defaultApprovers: false,
      byScopeAdministrators: true,
      quorum: 1,
      state: StageState.PENDING,
      timeoutAt: new Date(created.getTime() + ADMIN_DECISION_TIMEOUT_MS),
      escalatesAt: null,
      decisions: [],
    });
  });

  it('approved, denied, or closed when it ended undecided', () => {
    expect(states(extension(RequestStatus.PROVISIONED), [decision(0, Decision.APPROVE, 3)])).toEqual([StageState.APPROVED]);
    expect(states(extension(RequestStatus.DENIED), [decision(0, Decision.DENY, 3)])).toEqual([StageState.DENIED]);
    expect(states(extension(RequestStatus.EXPIRED))).toEqual([StageState.CLOSED]);
    expect(states(extension(RequestStatus.CANCELED))).toEqual([StageState.CLOSED]);
    expect(stageStatuses(extension(RequestStatus.PROVISIONED), [decision(0, Decision.APPROVE, 3)])[0].timeoutAt).toBeNull();
  });
});
