import { Field, InputType } from 'type-graphql';
import { RoleKind } from '../../lib/vocabulary/scopes';

@InputType('CustomRoleInput')
export class CustomRoleInput {
  @Field(() => String)
  name: string;

  @Field(() => RoleKind)
  kind: RoleKind;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  permissions?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  privileged?: boolean | null;
}
