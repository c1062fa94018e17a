import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { PrincipalType } from '../../lib/vocabulary/principals';
import type { ConnectionShape } from '../../lib/pagination';
import { PrincipalEntity } from './principal.entity';
import { Group, Principal, PrincipalConnection, User } from './principal.type';
import { Scope } from '../scopes/scope.type';
import type { ScopeEntity } from '../scopes/scope.entity';

@ArgsType()
class PrincipalsArgs {
  @Field(() => String, { nullable: true, description: 'Matches display name or email' })
  search?: string | null;

  @Field(() => PrincipalType, { nullable: true })
  type?: PrincipalType | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Authorized()
@Resolver()
export class DirectoryResolver {
  @Authorized(Rule.SIGNED_IN, 'members and service principals list the directory; guests only when they hold a role that administers or reads something')
  @Query(() => PrincipalConnection)
  async principals(@Args(() => PrincipalsArgs) args: PrincipalsArgs, @Ctx() { caller, services }: GraphQLContext): Promise<ConnectionShape<PrincipalEntity>> {
    return services.directory.list(caller, args);
  }

  @Authorized(Rule.SIGNED_IN, 'anyone signed in; a guest only themselves and the people and groups their own requests and approvals involve')
  @Query(() => Principal)
  async principal(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.get(caller, id);
  }
}

/** The fields of a user beyond the directory's basics, each asking the directory's rule (DirectoryService). */
@Resolver(() => User)
export class UserFieldsResolver {
  /** Null for those who do not read this person's details: null rather than an error, so a profile page still shows. */
  @FieldResolver(() => Date, { nullable: true })
  async lastSignInAt(@Root() user: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<Date | null> {
    return services.directory.lastSignInAt(caller, user);
  }

  @FieldResolver(() => User, { nullable: true })
  async manager(@Root() user: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return services.directory.manager(caller, user);
  }

  @FieldResolver(() => [Group], { description: 'Groups the user is an active member of now' })
  async groups(@Root() user: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    return services.directory.groupsOf(caller, user.id);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the user has an authenticator; only shown to the user' })
  async mfaEnrolled(@Root() user: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean | null> {
    if (caller.viewer?.principalId !== user.id) return null;
    return services.auth.isMfaEnrolled(user.id);
  }
}

/** The fields of a group beyond the directory's basics. */
@Resolver(() => Group)
export class GroupFieldsResolver {
  @FieldResolver(() => Scope, { description: "The group's scope: where its Member and Owner assignments (and its settings) live" })
  async scope(@Root() group: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<ScopeEntity> {
    return services.scopes.ofGroup(caller, group.id);
  }
}
