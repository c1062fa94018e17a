import { z } from 'zod';
import { DAY, HOUR } from '../../lib/duration';

/** Durations are stored in seconds; the API speaks ISO-8601. */
export const ApproverRef = z.object({ id: z.string().uuid(), type: z.enum(['USER', 'GROUP']) });

export const ApprovalStageSchema = z.object({
  approvers: z.array(ApproverRef).max(50).default([]),
  quorum: z.number().int().min(1).max(10).default(1),
  timeoutSeconds: z.number().int().min(HOUR).max(14 * DAY).default(24 * HOUR),
  escalationApprovers: z.array(ApproverRef).max(50).default([]),
  escalateAfterSeconds: z.number().int().min(60).max(14 * DAY).nullable().default(null),
});

export const RoleSettingsSchema = z.object({
  activation: z
    .object({
      maxDurationSeconds: z.number().int().min(30 * 60).max(24 * HOUR).default(8 * HOUR),
      requireMfa: z.boolean().default(true),
      requireJustification: z.boolean().default(true),
      requireTicket: z.boolean().default(false),
      requireApproval: z.boolean().default(false),
      approvalStages: z.array(ApprovalStageSchema).max(5).default([]),
    })
    .default({
      maxDurationSeconds: 8 * HOUR,
      requireMfa: true,
      requireJustification: true,
      requireTicket: false,
      requireApproval: false,
      approvalStages: [],
    }),
  assignment: z
    .object({
      allowPermanentEligible: z.boolean().default(false),
      maxEligibleSeconds: z.number().int().min(DAY).max(3650 * DAY).default(365 * DAY),
      allowPermanentActive: z.boolean().default(false),
      maxActiveSeconds: z.number().int().min(HOUR).max(3650 * DAY).default(180 * DAY),
      requireMfaOnActive: z.boolean().default(false),
      requireJustificationOnActive: z.boolean().default(true),
    })
    .default({
      allowPermanentEligible: false,
      maxEligibleSeconds: 365 * DAY,
      allowPermanentActive: false,
      maxActiveSeconds: 180 * DAY,
      requireMfaOnActive: false,
      requireJustificationOnActive: true,
    }),
  notifications: z
    .object({
      notifyAdmins: z.boolean().default(true),
      notifyRequester: z.boolean().default(true),
      notifyApprovers: z.boolean().default(true),
      additionalRecipients: z.array(z.string().max(254).email()).max(20).default([]),
      criticalOnly: z.boolean().default(false),
    })
    .default({ notifyAdmins: true, notifyRequester: true, notifyApprovers: true, additionalRecipients: [], criticalOnly: false }),
});

export type RoleSettingsDocument = z.infer<typeof RoleSettingsSchema>;
export type ApprovalStage = z.infer<typeof ApprovalStageSchema>;

export function defaultRoleSettings(): RoleSettingsDocument {
  return RoleSettingsSchema.parse({});
}
