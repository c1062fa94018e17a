import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RoleKind, ScopeType } from '../../lib/vocabulary/scopes';

@ObjectType('Scope', { description: 'Where a role applies: one tree from the tenant root `/`' })
export class Scope {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ScopeType)
  type: ScopeType;

  @Field(() => String, { nullable: true, description: "The source system's id (an Azure resource id, an AWS account or OU id, a GCP project): unique per type" })
  externalId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set once archived: it leaves listings and takes no new assignments' })
  archivedAt: Date | null;

  parentId: string | null;
  /** Ids from the root down to and including this scope. */
  path: string[];
  groupId: string | null;
}

@InputType({ description: 'A new scope under a parent of a kind that may contain it' })
export class CreateScopeInput {
  @Field(() => ID)
  parentId: string;

  @Field(() => String)
  name: string;

  @Field(() => ScopeType, { description: 'ADMINISTRATIVE_UNIT (under the tenant), MANAGEMENT_GROUP, SUBSCRIPTION, RESOURCE_GROUP or RESOURCE' })
  type: ScopeType;

  @Field(() => String, { nullable: true })
  externalId?: string | null;
}

@InputType({ description: 'Rename a scope, or move it (with everything below it) under another parent' })
export class UpdateScopeInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new parent: inheritance changes from now on; the past keeps its tree' })
  parentId?: string | null;
}

@ObjectType('ManageableScope', { description: 'A scope where I may assign roles of these kinds (and, if it says so, below it)' })
export class ManageableScope {
  @Field(() => Scope)
  scope: Scope;

  @Field(() => [RoleKind])
  roleKinds: RoleKind[];

  @Field(() => Boolean, { description: 'Also at every scope below this one' })
  includesDescendants: boolean;
}
