import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import type { PrincipalEntity } from '../directory/principal.entity';
import { User } from '../directory/principal.type';
import { ViewerCapabilities, viewerCapabilitiesOf } from '../access/viewer-capabilities';
import { CreateUserInput, UpdateUserInput } from './users.inputs';

@Authorized()
@Resolver()
export class UserAdministrationResolver {
  @Authorized(Rule.SIGNED_IN, 'own capabilities')
  @Query(() => ViewerCapabilities, { description: 'What I may use and administer: the dashboard offers only that (live: viewerCapabilitiesChanged)' })
  async viewerCapabilities(@Ctx() { caller }: GraphQLContext): Promise<ViewerCapabilities> {
    return viewerCapabilitiesOf(await caller.capabilities());
  }

  @Authorized(Rule.SIGNED_IN, 'Global and User Administrators; audited; the invitation mail goes out if the change commits')
  @Mutation(() => User, { description: 'Creates a member or guest and sends them an invitation (a link valid 7 days)' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.users.createUser(caller, input);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and User Administrators (a Global or Privileged Role Administrator: a Global Administrator only); audited')
  @Mutation(() => User, { description: "Changes a user's display name, email or manager" })
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<PrincipalEntity> {
    return services.users.updateUser(caller, id, input);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and User Administrators (a Global or Privileged Role Administrator: a Global Administrator only); audited')
  @Mutation(() => Boolean, { description: 'Sends a new invitation to a user who has not set up their account; the earlier link dies' })
  async resendInvitation(
    @Arg('userId', () => ID) userId: string,
    @Arg('identityProviderId', () => ID, { nullable: true, description: 'Accepted by signing in there; left out, the earlier invitation’s provider (while connected)' })
    identityProviderId: string | null | undefined,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<boolean> {
    return services.users.resendInvitation(caller, userId, identityProviderId);
  }
}
