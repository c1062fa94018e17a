import { Field, ObjectType } from 'type-graphql';
import { AccessPathKind } from '../../lib/vocabulary/assignments';

@ObjectType('AccessPath', { description: 'One reason a principal holds a role at a scope, with the window it gives' })
export class AccessPath {
  @Field(() => AccessPathKind)
  kind: AccessPathKind;

  /** The assignment that grants the role (the group's, for GROUP paths), and the membership for GROUP paths. */
  assignmentId: string;
  membershipId: string | null;

  groupId: string | null;
  inheritedFromScopeId: string | null;

  @Field(() => Date, { nullable: true })
  startAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'null: permanent' })
  endAt: Date | null;
}

@ObjectType('EffectiveRole')
export class EffectiveRole {
  roleId: string;
  scopeId: string;

  @Field(() => Date, { nullable: true, description: 'When the last path ends; null: permanent' })
  endAt: Date | null;

  @Field(() => [AccessPath])
  paths: AccessPath[];
}
