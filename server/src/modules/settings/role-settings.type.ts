import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';

@ObjectType('ApprovalStage', { description: 'One serial approval stage' })
export class ApprovalStageView {
  approverRefs: { id: string; type: string }[];
  escalationRefs: { id: string; type: string }[];

  @Field(() => Int)
  quorum: number;

  @Field(() => DurationScalar)
  timeout: DurationValue;

  @Field(() => DurationScalar, { nullable: true })
  escalateAfter: DurationValue | null;
}

@ObjectType('ActivationSettings')
export class ActivationSettings {
  @Field(() => DurationScalar)
  maxDuration: DurationValue;

  @Field(() => Boolean)
  requireMfa: boolean;

  @Field(() => Boolean)
  requireJustification: boolean;

  @Field(() => Boolean)
  requireTicket: boolean;

  @Field(() => Boolean)
  requireApproval: boolean;

  @Field(() => [ApprovalStageView])
  approvalStages: ApprovalStageView[];
}

@ObjectType('AssignmentSettings')
export class AssignmentSettings {
  @Field(() => Boolean)
  allowPermanentEligible: boolean;

  @Field(() => DurationScalar)
  maxEligibleDuration: DurationValue;

  @Field(() => Boolean)
  allowPermanentActive: boolean;

  @Field(() => DurationScalar)
  maxActiveDuration: DurationValue;

  @Field(() => Boolean)
  requireMfaOnActive: boolean;

  @Field(() => Boolean)
  requireJustificationOnActive: boolean;
}

@ObjectType('NotificationSettings')
export class NotificationSettings {
  @Field(() => Boolean)
  notifyAdmins: boolean;

  @Field(() => Boolean)
  notifyRequester: boolean;

  @Field(() => Boolean)
  notifyApprovers: boolean;

  @Field(() => [String])
  additionalRecipients: string[];

  @Field(() => Boolean)
  criticalOnly: boolean;
}

@ObjectType('RoleSettings', { description: 'The settings that govern a role at a scope' })
export class RoleSettings {
  roleId: string;
  requestedScopeId: string | null;
  /** The scope of the override in force, or null for the role-wide settings. */
  overrideScopeId: string | null;
  updatedById: string | null;

  @Field(() => Boolean, { description: 'Nothing was saved: the defaults apply' })
  isDefault: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => ActivationSettings)
  activation: ActivationSettings;

  @Field(() => AssignmentSettings)
  assignment: AssignmentSettings;

  @Field(() => NotificationSettings)
  notifications: NotificationSettings;
}

@InputType('ApprovalStageInput')
export class ApprovalStageInput {
  @Field(() => [ID])
  approverIds: string[];

  @Field(() => Int, { nullable: true })
  quorum?: number | null;

  @Field(() => DurationScalar, { nullable: true, description: 'Default PT24H' })
  timeout?: DurationValue | null;

  @Field(() => [ID], { nullable: true })
  escalationApproverIds?: string[] | null;

  @Field(() => DurationScalar, { nullable: true })
  escalateAfter?: DurationValue | null;
}

@InputType('ActivationSettingsInput')
export class ActivationSettingsInput {
  @Field(() => DurationScalar, { nullable: true, description: '30 minutes to 24 hours' })
  maxDuration?: DurationValue | null;

  @Field(() => Boolean, { nullable: true })
  requireMfa?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireJustification?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireTicket?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireApproval?: boolean | null;

  @Field(() => [ApprovalStageInput], { nullable: true })
  approvalStages?: ApprovalStageInput[] | null;
}

@InputType('AssignmentSettingsInput')
export class AssignmentSettingsInput {
  @Field(() => Boolean, { nullable: true })
  allowPermanentEligible?: boolean | null;

  @Field(() => DurationScalar, { nullable: true })
  maxEligibleDuration?: DurationValue | null;

  @Field(() => Boolean, { nullable: true })
  allowPermanentActive?: boolean | null;

  @Field(() => DurationScalar, { nullable: true })
  maxActiveDuration?: DurationValue | null;

  @Field(() => Boolean, { nullable: true })
  requireMfaOnActive?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requireJustificationOnActive?: boolean | null;
}

@InputType('NotificationSettingsInput')
export class NotificationSettingsInput {
  @Field(() => Boolean, { nullable: true })
  notifyAdmins?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  notifyRequester?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  notifyApprovers?: boolean | null;

  @Field(() => [String], { nullable: true })
  additionalRecipients?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  criticalOnly?: boolean | null;
}

@InputType('RoleSettingsInput', { description: 'Fields left out keep their current value' })
export class RoleSettingsInput {
  @Field(() => ActivationSettingsInput, { nullable: true })
  activation?: ActivationSettingsInput | null;

  @Field(() => AssignmentSettingsInput, { nullable: true })
  assignment?: AssignmentSettingsInput | null;

  @Field(() => NotificationSettingsInput, { nullable: true })
  notifications?: NotificationSettingsInput | null;
}
