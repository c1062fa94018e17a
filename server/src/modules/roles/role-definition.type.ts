import { Field, ID, ObjectType } from 'type-graphql';
import { RoleKind } from '../../lib/vocabulary/scopes';

@ObjectType('RoleDefinition')
export class RoleDefinition {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleKind)
  kind: RoleKind;

  @Field(() => Boolean)
  builtIn: boolean;

  @Field(() => String)
  description: string;

  @Field(() => [String])
  permissions: string[];

  @Field(() => Boolean, { description: 'Privileged roles get stricter defaults and count for alerts' })
  privileged: boolean;
}
