import { DurationValue } from '../../lib/duration';
import { PrincipalType } from '../../lib/vocabulary/principals';
import { badInput, requireId } from '../../lib/errors';
import type { Caller } from '../access/caller';
import type { RoleSettingsDocument } from './role-settings.schema';
import type { EffectiveSettings } from './role-settings.service';
import type { ApprovalStageInput, RoleSettingsInput, RoleSettings } from './role-settings.type';

const duration = (seconds: number) => new DurationValue(seconds);

export function settingsView(effective: EffectiveSettings, requestedScopeId: string | null): RoleSettings {
  const { settings } = effective;
  return {
    roleId: effective.roleId,
    requestedScopeId,
    overrideScopeId: effective.scopeId,
    updatedById: effective.updatedById,
    isDefault: effective.isDefault,
    updatedAt: effective.updatedAt,
    activation: {
      maxDuration: duration(settings.activation.maxDurationSeconds),
      requireMfa: settings.activation.requireMfa,
      requireJustification: settings.activation.requireJustification,
      requireTicket: settings.activation.requireTicket,
      requireApproval: settings.activation.requireApproval,
      approvalStages: settings.activation.approvalStages.map((stage) => ({
        approverRefs: stage.approvers,
        escalationRefs: stage.escalationApprovers,
        quorum: stage.quorum,
        timeout: duration(stage.timeoutSeconds),
        escalateAfter: stage.escalateAfterSeconds === null ? null : duration(stage.escalateAfterSeconds),
      })),
    },
    assignment: {
      allowPermanentEligible: settings.assignment.allowPermanentEligible,
      maxEligibleDuration: duration(settings.assignment.maxEligibleSeconds),
      allowPermanentActive: settings.assignment.allowPermanentActive,
      maxActiveDuration: duration(settings.assignment.maxActiveSeconds),
      requireMfaOnActive: settings.assignment.requireMfaOnActive,
      requireJustificationOnActive: settings.assignment.requireJustificationOnActive,
    },
    notifications: { ...settings.notifications },
  };
}

/** Applies a partial input over the current settings; approver ids must name users or groups. */
export async function mergeSettings(caller: Caller, current: RoleSettingsDocument, input: RoleSettingsInput): Promise<RoleSettingsDocument> {
  const pick = <T>(value: T | null | undefined, fallback: T): T => (value === null || value === undefined ? fallback : value);
  const a = input.activation ?? {};
  const s = input.assignment ?? {};
  const n = input.notifications ?? {};
  return {
    activation: {
      maxDurationSeconds: a.maxDuration ? a.maxDuration.seconds : current.activation.maxDurationSeconds,
      requireMfa: pick(a.requireMfa, current.activation.requireMfa),
      requireJustification: pick(a.requireJustification, current.activation.requireJustification),
      requireTicket: pick(a.requireTicket, current.activation.requireTicket),
      requireApproval: pick(a.requireApproval, current.activation.requireApproval),
      approvalStages: a.approvalStages
        ? await Promise.all(a.approvalStages.map((stage, index) => stageDocument(caller, stage, index)))
        : current.activation.approvalStages,
    },
    assignment: {
      allowPermanentEligible: pick(s.allowPermanentEligible, current.assignment.allowPermanentEligible),
      maxEligibleSeconds: s.maxEligibleDuration ? s.maxEligibleDuration.seconds : current.assignment.maxEligibleSeconds,
      allowPermanentActive: pick(s.allowPermanentActive, current.assignment.allowPermanentActive),
      maxActiveSeconds: s.maxActiveDuration ? s.maxActiveDuration.seconds : current.assignment.maxActiveSeconds,
      requireMfaOnActive: pick(s.requireMfaOnActive, current.assignment.requireMfaOnActive),
      requireJustificationOnActive: pick(s.requireJustificationOnActive, current.assignment.requireJustificationOnActive),
    },
    notifications: {
      notifyAdmins: pick(n.notifyAdmins, current.notifications.notifyAdmins),
      notifyRequester: pick(n.notifyRequester, current.notifications.notifyRequester),
      notifyApprovers: pick(n.notifyApprovers, current.notifications.notifyApprovers),
      additionalRecipients: pick(n.additionalRecipients, current.notifications.additionalRecipients),
      criticalOnly: pick(n.criticalOnly, current.notifications.criticalOnly),
    },
  };
}

async function stageDocument(caller: Caller, stage: ApprovalStageInput, index: number) {
  const refs = async (ids: string[], field: string) =>
    Promise.all(
      ids.map(async (id) => {
        const principal = await caller.loaders.principal.load(requireId(id, 'approver'));
        if (!principal || principal.type === PrincipalType.SERVICE_PRINCIPAL) {
          throw badInput(`Approvers are users or groups; ${id} is not one.`, `activation.approvalStages.${index}.${field}`);
        }
        return { id: principal.id, type: principal.type as 'USER' | 'GROUP' };
      }),
    );
  return {
    approvers: await refs(stage.approverIds, 'approverIds'),
    quorum: stage.quorum ?? 1,
    timeoutSeconds: stage.timeout ? stage.timeout.seconds : 24 * 3600,
    escalationApprovers: await refs(stage.escalationApproverIds ?? [], 'escalationApproverIds'),
    escalateAfterSeconds: stage.escalateAfter ? stage.escalateAfter.seconds : null,
  };
}
