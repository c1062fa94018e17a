import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { PrincipalType } from '../../lib/enums';
import type { ConnectionShape } from '../../graphql/connection';
import { PrincipalEntity } from './principal.entity';
import { Group, Principal, PrincipalConnection, User } from './principal.type';

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
  @Authorized(Rule.SIGNED_IN, 'any signed-in principal may look up the directory')
  @Query(() => PrincipalConnection)
  async principals(@Args(() => PrincipalsArgs) args: PrincipalsArgs, @Ctx() { caller, services }: GraphQLContext): Promise<ConnectionShape<PrincipalEntity>> {
    return services.directory.list(caller, args);
  }

  @Authorized(Rule.SIGNED_IN, 'any signed-in principal may look up the directory')
  @Query(() => Principal)
  async principal(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.get(caller, id);
  }
}

@Resolver(() => User)
export class UserFieldsResolver {
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
