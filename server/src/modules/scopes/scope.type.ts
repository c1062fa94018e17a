import { Field, ID, ObjectType } from 'type-graphql';
import { RoleKind, ScopeType } from '../../lib/vocabulary/scopes';

@ObjectType('Scope', { description: 'Where a role applies: one tree from the tenant root `/`' })
export class Scope {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ScopeType)
  type: ScopeType;

  parentId: string | null;
  /** Ids from the root down to and including this scope. */
  path: string[];
  groupId: string | null;
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
