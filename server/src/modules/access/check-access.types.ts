import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AccessPathKind } from '../../lib/vocabulary/assignments';
import { RoleKind } from '../../lib/vocabulary/scopes';

/** Why a check could not be answered about what it names: it is denied, and says which part named nothing. */
export enum AccessCheckProblem {
  UNKNOWN_PRINCIPAL = 'UNKNOWN_PRINCIPAL',
  UNKNOWN_ROLE = 'UNKNOWN_ROLE',
  UNKNOWN_SCOPE = 'UNKNOWN_SCOPE',
}
registerEnumType(AccessCheckProblem, { name: 'AccessCheckProblem', description: 'Which part of a check named nothing (the check is denied)' });

@InputType('AccessCheckInput', {
  description:
    'One question "does this principal hold this role at this scope (now, or as of an instant)?": exactly one way to name each of the principal, the role and (except for directory roles, held at the tenant root by default) the scope',
})
export class AccessCheckInput {
  @Field(() => ID, { nullable: true })
  principalId?: string | null;

  @Field(() => String, { nullable: true, description: 'The id the identity provider knows it by (SCIM externalId)' })
  principalExternalId?: string | null;

  @Field(() => String, { nullable: true, description: 'A user’s email, in any case' })
  email?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => String, { nullable: true, description: 'The role’s name, exactly; with roleKind when two kinds have a role of that name' })
  roleName?: string | null;

  @Field(() => RoleKind, { nullable: true })
  roleKind?: RoleKind | null;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The id the scope has where it comes from (a subscription’s id, say)' })
  scopeExternalId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Answer as of this instant instead of now' })
  asOf?: Date | null;
}

@ObjectType('AccessCheckResult', { description: 'The answer to one check, in the order asked; equal to what effectiveAccess says of the same principal, scope and instant' })
export class AccessCheckResult {
  @Field(() => Boolean, { description: 'The role is in force for the principal at the scope (directly, through a group, or inherited from above)' })
  allowed: boolean;

  @Field(() => Date, { nullable: true, description: 'When the longest-lasting path ends; null: permanent, or not allowed' })
  endAt: Date | null;

  @Field(() => AccessPathKind, { nullable: true, description: 'The longest-lasting path: held directly or through a group' })
  reason: AccessPathKind | null;

  /** The scope that path's assignment is at, when above the one asked about (resolved to `inheritedFrom`). */
  inheritedFromScopeId: string | null;

  @Field(() => AccessCheckProblem, { nullable: true, description: 'Set when the check named something that does not exist (or that I may not see); then allowed is false' })
  problem: AccessCheckProblem | null;
}
