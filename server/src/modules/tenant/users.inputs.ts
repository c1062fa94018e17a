import { Field, ID, InputType } from 'type-graphql';
import { UserType } from '../../lib/vocabulary/principals';

@InputType({ description: 'A new user, invited by email to set a password and enrol an authenticator' })
export class CreateUserInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => UserType, { nullable: true, description: 'MEMBER unless given' })
  userType?: UserType | null;

  @Field(() => String, { nullable: true, description: 'Guests only (and required for them): the organisation they come from' })
  homeOrganization?: string | null;

  @Field(() => ID, { nullable: true })
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: "The source system's id for the person (unique among users)" })
  externalId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The identity provider the invitation is accepted through (a guest's home organisation; for a member, a member provider): the person signs in there and sets no password",
  })
  identityProviderId?: string | null;
}

@InputType({ description: 'What to change of a user; fields left out stay as they are' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new manager; null removes the manager' })
  managerId?: string | null;
}
