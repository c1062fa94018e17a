import { describe, expect, it } from 'vitest';
import type { SettingsForm_SettingsFragment } from '@/gql/graphql';
import { toDraft, toInput } from './settingsDraft';

const bob = { __typename: 'User', id: 'u-bob', displayName: 'Bob Approver', type: 'USER' } as const;
const carol = { __typename: 'User', id: 'u-carol', displayName: 'Carol Auditor', type: 'USER' } as const;

const settings: SettingsForm_SettingsFragment = {
  __typename: 'RoleSettings',
  isDefault: false,
  updatedAt: '2030-01-01T00:00:00Z',
  updatedBy: null,
  role: { __typename: 'RoleDefinition', id: 'r-1', name: 'Security Administrator' },
  scope: null,
  activation: {
    __typename: 'ActivationSettings',
    maxDuration: 'PT4H',
    requireMfa: true,
    requireJustification: true,
    requireTicket: false,
    requireApproval: true,
    approvalStages: [
      { __typename: 'ApprovalStage', quorum: 1, timeout: 'P1D', escalateAfter: 'PT1H30M', approvers: [bob], escalationApprovers: [carol] },
    ],
  },
  assignment: {
    __typename: 'AssignmentSettings',
    allowPermanentEligible: true,
    allowPermanentActive: false,
    maxEligibleDuration: 'P365D',
    maxActiveDuration: 'P180D',
    requireMfaOnActive: true,
    requireJustificationOnActive: true,
  },
  notifications: {
    __typename: 'NotificationSettings',
    notifyAdmins: true,
    notifyRequester: true,
    notifyApprovers: true,
    criticalOnly: false,
    additionalRecipients: ['soc@contoso.test', 'audit@contoso.test'],
  },
};

describe('role settings draft', () => {
  it('shows durations in the units the form asks for', () => {
    const draft = toDraft(settings);
    expect(draft.maxHours).toBe(4);
    expect(draft.stages[0]).toMatchObject({ timeoutHours: 24, escalateAfterMinutes: 90, quorum: 1 });
    expect(draft.stages[0].approvers).toEqual([{ id: 'u-bob', displayName: 'Bob Approver', type: 'USER' }]);
    expect(draft.maxEligibleDays).toBe(365);
    expect(draft.maxActiveDays).toBe(180);
    expect(draft.additionalRecipients).toBe('soc@contoso.test, audit@contoso.test');
  });

  it('sends ISO-8601 durations and ids back', () => {
    const draft = { ...toDraft(settings), maxHours: 1.5, additionalRecipients: ' soc@contoso.test,, audit@contoso.test ' };
    const input = toInput(draft);
    expect(input.activation?.maxDuration).toBe('PT1H30M');
    expect(input.activation?.approvalStages).toEqual([
      { approverIds: ['u-bob'], quorum: 1, timeout: 'P1D', escalateAfter: 'PT1H30M', escalationApproverIds: ['u-carol'] },
    ]);
    expect(input.assignment).toMatchObject({ maxEligibleDuration: 'P365D', maxActiveDuration: 'P180D' });
    expect(input.notifications?.additionalRecipients).toEqual(['soc@contoso.test', 'audit@contoso.test']);
  });

  it('sends no escalation delay when the field is empty', () => {
    const draft = toDraft(settings);
    draft.stages[0].escalateAfterMinutes = null;
    expect(toInput(draft).activation?.approvalStages?.[0].escalateAfter).toBeNull();
  });

  it('gives each stage its own key', () => {
    const keys = toDraft({ ...settings, activation: { ...settings.activation, approvalStages: [...settings.activation.approvalStages, ...settings.activation.approvalStages] } }).stages.map(
      (stage) => stage.key,
    );
    expect(new Set(keys).size).toBe(2);
  });
});
