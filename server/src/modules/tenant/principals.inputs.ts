import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new group: role-assignable (may hold roles, contains no groups) or not, with its first owners' })
export class CreateGroupInput {
  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false unless given; only Global and Privileged Role Administrators make role-assignable groups' })
  roleAssignable?: boolean | null;

  @Field(() => String, { nullable: true, description: "The source system's id for the group (unique among groups)" })
  externalId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Users who become its owners (ACTIVE Owner assignments at its scope), at most 20' })
  ownerIds?: string[] | null;
}

@InputType({ description: 'A new service principal: a tool that signs in with API tokens' })
export class CreateServicePrincipalInput {
  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "The source system's id for it (unique among service principals)" })
  externalId?: string | null;
}
