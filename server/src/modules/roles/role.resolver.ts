import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { RoleKind } from '../../lib/vocabulary/scopes';
import { RoleDefinitionEntity } from './role-definition.entity';
import { RoleDefinition } from './role-definition.type';
import { CustomRoleInput } from './role.inputs';

@Authorized()
@Resolver(() => RoleDefinition)
export class RoleResolver {
  @Authorized(Rule.SIGNED_IN, 'any signed-in principal may read the role catalogue')
  @Query(() => [RoleDefinition])
  async roleDefinitions(
    @Arg('kind', () => RoleKind, { nullable: true }) kind: RoleKind | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleDefinitionEntity[]> {
    return services.roles.list(caller, kind);
  }

  @Authorized(Rule.SIGNED_IN, 'any signed-in principal may read the role catalogue')
  @Query(() => RoleDefinition)
  async roleDefinition(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<RoleDefinitionEntity> {
    return services.roles.get(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'DIRECTORY: Global or Privileged Role Administrator; RESOURCE: Global Administrator')
  @Mutation(() => RoleDefinition)
  async createCustomRole(
    @Arg('input', () => CustomRoleInput) input: CustomRoleInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleDefinitionEntity> {
    return services.roles.createCustom(caller, input);
  }
}
