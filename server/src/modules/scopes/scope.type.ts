import { Field, ID, ObjectType } from 'type-graphql';
import { ScopeType } from '../../lib/enums';

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
