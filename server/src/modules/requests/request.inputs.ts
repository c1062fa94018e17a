import { Field, ID, InputType } from 'type-graphql';
import { RequestAction, RequestStatus } from '../../lib/enums';

@InputType('RoleRequestFilter')
export class RoleRequestFilter {
  @Field(() => [RequestStatus], { nullable: true })
  status?: RequestStatus[] | null;

  @Field(() => [RequestAction], { nullable: true })
  action?: RequestAction[] | null;

  @Field(() => ID, { nullable: true })
  principalId?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests I made or that are about me' })
  mine?: boolean | null;
}
