import type { RoleSettingsInput, SettingsForm_SettingsFragment } from '@/gql/graphql';
import { durationToMinutes, isoDuration, parseDuration } from '@/lib/duration';
import type { PrincipalChoice } from '@/principals/PrincipalPicker';

/*
 * The role settings form edits a draft in the units people type (hours, days, minutes); these turn the API's settings
 * into a draft and a draft into the API's input, with the ISO-8601 durations in between.
 */

export interface StageDraft {
  /** Tells stages apart while they are added and removed (a stage has no id of its own) */
  key: number;
  approvers: PrincipalChoice[];
  quorum: number;
  timeoutHours: number;
  escalationApprovers: PrincipalChoice[];
  /** Minutes after the stage starts when the escalation approvers may decide too; null: no escalation. */
  escalateAfterMinutes: number | null;
}

export interface Draft {
  maxHours: number;
  requireMfa: boolean;
  requireJustification: boolean;
  requireTicket: boolean;
  requireApproval: boolean;
  stages: StageDraft[];
  allowPermanentEligible: boolean;
  allowPermanentActive: boolean;
  maxEligibleDays: number;
  maxActiveDays: number;
  requireMfaOnActive: boolean;
  requireJustificationOnActive: boolean;
  notifyAdmins: boolean;
  notifyRequester: boolean;
  notifyApprovers: boolean;
  criticalOnly: boolean;
  additionalRecipients: string;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

let lastStageKey = 0;

/** A stage as "Add approval stage" makes it: no approvers named (the directory administrators decide), 24 hours. */
export function newStage(): StageDraft {
  return { key: ++lastStageKey, approvers: [], quorum: 1, timeoutHours: 24, escalationApprovers: [], escalateAfterMinutes: null };
}

const choice = (p: PrincipalChoice): PrincipalChoice => ({ id: p.id, displayName: p.displayName, type: p.type });

/** Hours of a duration; `fallback` when there is none. */
function hoursOf(iso: string | null, fallback: number): number {
  const seconds = parseDuration(iso);
  return seconds === null ? fallback : seconds / HOUR;
}

function daysOf(iso: string | null, fallback: number): number {
  const seconds = parseDuration(iso);
  return seconds === null ? fallback : Math.round(seconds / DAY);
}

export function toDraft(settings: SettingsForm_SettingsFragment): Draft {
  const { activation: a, assignment: s, notifications: n } = settings;
  return {
    maxHours: hoursOf(a.maxDuration, 8),
    requireMfa: a.requireMfa,
    requireJustification: a.requireJustification,
    requireTicket: a.requireTicket,
    requireApproval: a.requireApproval,
    stages: a.approvalStages.map((stage) => ({
      ...newStage(),
      approvers: stage.approvers.map(choice),
      quorum: stage.quorum,
      timeoutHours: hoursOf(stage.timeout, 24),
      escalationApprovers: stage.escalationApprovers.map(choice),
      escalateAfterMinutes: durationToMinutes(stage.escalateAfter),
    })),
    allowPermanentEligible: s.allowPermanentEligible,
    allowPermanentActive: s.allowPermanentActive,
    maxEligibleDays: daysOf(s.maxEligibleDuration, 365),
    maxActiveDays: daysOf(s.maxActiveDuration, 180),
    requireMfaOnActive: s.requireMfaOnActive,
    requireJustificationOnActive: s.requireJustificationOnActive,
    notifyAdmins: n.notifyAdmins,
    notifyRequester: n.notifyRequester,
    notifyApprovers: n.notifyApprovers,
    criticalOnly: n.criticalOnly,
    additionalRecipients: n.additionalRecipients.join(', '),
  };
}

export function toInput(draft: Draft): RoleSettingsInput {
  return {
    activation: {
      maxDuration: isoDuration({ hours: draft.maxHours }),
      requireMfa: draft.requireMfa,
      requireJustification: draft.requireJustification,
      requireTicket: draft.requireTicket,
      requireApproval: draft.requireApproval,
      approvalStages: draft.stages.map((stage) => ({
        approverIds: stage.approvers.map((p) => p.id),
        quorum: stage.quorum,
        timeout: isoDuration({ hours: stage.timeoutHours }),
        escalateAfter: stage.escalateAfterMinutes === null ? null : isoDuration({ minutes: stage.escalateAfterMinutes }),
        escalationApproverIds: stage.escalationApprovers.map((p) => p.id),
      })),
    },
    assignment: {
      allowPermanentEligible: draft.allowPermanentEligible,
      allowPermanentActive: draft.allowPermanentActive,
      maxEligibleDuration: isoDuration({ days: draft.maxEligibleDays }),
      maxActiveDuration: isoDuration({ days: draft.maxActiveDays }),
      requireMfaOnActive: draft.requireMfaOnActive,
      requireJustificationOnActive: draft.requireJustificationOnActive,
    },
    notifications: {
      notifyAdmins: draft.notifyAdmins,
      notifyRequester: draft.notifyRequester,
      notifyApprovers: draft.notifyApprovers,
      criticalOnly: draft.criticalOnly,
      additionalRecipients: draft.additionalRecipients
        .split(/[,\s]+/)
        .map((value) => value.trim())
        .filter(Boolean),
    },
  };
}
