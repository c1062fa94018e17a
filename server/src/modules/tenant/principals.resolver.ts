import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import type { PrincipalEntity } from '../directory/principal.entity';
import { Group, Principal, ServicePrincipal } from '../directory/principal.type';
import { CreateGroupInput, CreateServicePrincipalInput } from './principals.inputs';

@Authorized()
@Resolver()
export class PrincipalAdministrationResolver {
  @Authorized(
    Rule.SIGNED_IN,
    'users: Global and User Administrators (a Global or Privileged Role Administrator: a Global Administrator only); groups: Global and Privileged Role Administrators, Groups Administrators for groups that are not role-assignable; service principals: Global and Privileged Role Administrators; never oneself, never the last Global or Privileged Role Administrator; audited',
  )
  @Mutation(() => Principal, {
    description:
      'Disables a principal (at once: it holds nothing, its sessions and API tokens stop, its open requests are canceled, its activations end, its live feeds close) or enables it again (which restores nothing by itself)',
  })
  async setPrincipalEnabled(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<PrincipalEntity> {
    return services.principals.setEnabled(caller, principalId, enabled, reason);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators; Groups Administrators for groups that are not role-assignable; audited')
  @Mutation(() => Group, { description: 'Creates a group (and its scope), with its first owners' })
  async createGroup(@Arg('input', () => CreateGroupInput) input: CreateGroupInput, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.principals.createGroup(caller, input);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators; audited')
  @Mutation(() => ServicePrincipal, { description: 'Creates a service principal; give it API tokens with createApiToken' })
  async createServicePrincipal(
    @Arg('input', () => CreateServicePrincipalInput) input: CreateServicePrincipalInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<PrincipalEntity> {
    return services.principals.createServicePrincipal(caller, input);
  }
}
