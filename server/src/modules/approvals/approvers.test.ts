import { describe, expect, it } from 'vitest';
import { RequestStatus } from '../../lib/vocabulary/requests';
import { RoleKind } from '../../lib/vocabulary/scopes';
import { defaultRoleSettings, type ApprovalStage } from '../settings/role-settings.schema';
import { decidersOf, type DecisionContext } from './approvers';

/** The decider rule on its own (no database): the description the three evaluators of approvers.ts are given. */

const HOUR = 3_600_000;
const started = new Date('2026-03-01T08:00:00.000Z');
const at = (hours: number) => new Date(started.getTime() + hours * HOUR);
const alice = '00000000-0000-4000-8000-0000000000a1';
const bob = { id: '00000000-0000-4000-8000-0000000000b0', type: 'USER' as const };
const carol = { id: '00000000-0000-4000-8000-0000000000c0', type: 'USER' as const };
const approvers = { id: '00000000-0000-4000-8000-0000000000f0', type: 'GROUP' as const };
const scope = { id: '00000000-0000-4000-8000-000000000042', path: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000042'], groupId: null };

function context(stages: ApprovalStage[], request: Partial<DecisionContext['request']> = {}, roleKind = RoleKind.RESOURCE): DecisionContext {
  const settings = defaultRoleSettings();
  settings.activation.requireApproval = true;
  settings.activation.approvalStages = stages;
  return {
    request: { principalId: alice, status: RequestStatus.PENDING_APPROVAL, currentStage: 0, stageStartedAt: started, settingsSnapshot: settings, ...request },
    roleKind,
    scope,
  };
}

const stage = (overrides: Partial<ApprovalStage> = {}): ApprovalStage => ({
  approvers: [bob, approvers],
  quorum: 1,
  timeoutSeconds: 24 * 3600,
  escalationApprovers: [],
  escalateAfterSeconds: null,
  ...overrides,
});

describe('who may decide a request (decidersOf)', () => {
  it('a pending stage: its named users and groups, never the requester', () => {
    expect(decidersOf(context([stage()]), at(1))).toEqual({ set: { kind: 'NAMED', userIds: [bob.id], groupIds: [approvers.id] }, requesterId: alice });
  });

  it('the escalation approvers join once the stage has escalated, from that instant on', () => {
    const escalating = context([stage({ approvers: [bob], escalationApprovers: [carol], escalateAfterSeconds: 2 * 3600 })]);
    expect(decidersOf(escalating, new Date(at(2).getTime() - 1)).set).toEqual({ kind: 'NAMED', userIds: [bob.id], groupIds: [] });
    expect(decidersOf(escalating, at(2)).set).toEqual({ kind: 'NAMED', userIds: [bob.id, carol.id], groupIds: [] });
    // A stage that has not started (no instant to count from) never escalates.
    expect(decidersOf(context(escalating.request.settingsSnapshot!.activation.approvalStages, { stageStartedAt: null }), at(100)).set).toEqual({
      kind: 'NAMED',
      userIds: [bob.id],
      groupIds: [],
    });
  });

  it('a stage naming nobody is decided by the default approvers (settings naming no stage alike)', () => {
    expect(decidersOf(context([stage({ approvers: [] })]), at(1)).set).toEqual({ kind: 'DEFAULT_APPROVERS' });
    expect(decidersOf(context([], {}, RoleKind.DIRECTORY), at(1)).set).toEqual({ kind: 'DEFAULT_APPROVERS' });
  });

  it('the stage asked about, not necessarily the current one; none past the last', () => {
    const two = context([stage(), stage({ approvers: [carol] })]);
    expect(decidersOf(two, at(1), 1).set).toEqual({ kind: 'NAMED', userIds: [carol.id], groupIds: [] });
    expect(decidersOf(two, at(1), 2).set).toEqual({ kind: 'NOBODY' });
  });

  it('an extension or renewal: the administrators of that role kind at that scope', () => {
    const extension = context([], { status: RequestStatus.PENDING_ADMIN_DECISION });
    expect(decidersOf(extension, at(1)).set).toEqual({ kind: 'SCOPE_ADMINISTRATORS', roleKind: RoleKind.RESOURCE, scope });
  });

  it('a request that waits for nothing is decided by nobody, whatever its stages name', () => {
    for (const status of Object.values(RequestStatus).filter((s) => s !== RequestStatus.PENDING_APPROVAL && s !== RequestStatus.PENDING_ADMIN_DECISION)) {
      expect(decidersOf(context([stage()], { status }), at(1)).set, status).toEqual({ kind: 'NOBODY' });
    }
    // As the live feed asks: the state a change left behind, given explicitly.
    expect(decidersOf(context([stage()], { status: RequestStatus.DENIED }), at(1), 0, RequestStatus.PENDING_APPROVAL).set.kind).toBe('NAMED');
  });
});
