import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { PrincipalSource, PrincipalType, UserType } from '../../lib/vocabulary/principals';
import { Connection } from '../../graphql/connection';

@InterfaceType('Principal', {
  description: 'Who can hold a role: a user, a group or a service principal',
  resolveType: (value: { type: PrincipalType }) =>
    value.type === PrincipalType.USER ? 'User' : value.type === PrincipalType.GROUP ? 'Group' : 'ServicePrincipal',
})
export abstract class Principal {
  @Field(() => ID)
  id: string;

  @Field(() => PrincipalType)
  type: PrincipalType;

  @Field(() => String)
  displayName: string;

  @Field(() => Boolean, { description: 'A disabled principal holds nothing' })
  enabled: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => PrincipalSource, { description: 'Where it came from; a source only removes what it created' })
  source: PrincipalSource;

  @Field(() => String, { nullable: true, description: "The identity provider's or source system's id (unique among principals of one type)" })
  externalId: string | null;
}

@ObjectType('User', { implements: Principal })
export class User extends Principal {
  @Field(() => String)
  email: string;

  @Field(() => UserType)
  userType: UserType;

  @Field(() => String, { nullable: true, description: 'Guests: the organisation they come from' })
  homeOrganization: string | null;

  /** Exposed by UserFieldsResolver: only to the user and the directory's administrators and readers. */
  lastSignInAt: Date | null;

  managerId: string | null;
}

@ObjectType('Group', { implements: Principal })
export class Group extends Principal {
  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'May hold roles; such a group cannot contain groups' })
  roleAssignable: boolean;
}

@ObjectType('ServicePrincipal', { implements: Principal })
export class ServicePrincipal extends Principal {
  @Field(() => String, { nullable: true })
  description: string | null;
}

export const PrincipalConnection = Connection<Principal>('Principal', () => Principal);
