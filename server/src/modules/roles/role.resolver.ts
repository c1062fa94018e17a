import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { RoleKind } from '../../lib/vocabulary/scopes';
import { RoleDefinitionEntity } from './role-definition.entity';
import { RoleDefinition, RoleHolderCount } from './role-definition.type';
import type { RoleHolderCounts } from './role-holders';
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

  @FieldResolver(() => RoleHolderCount, { description: 'How many hold the role now, among the assignments the viewer may read' })
  async holders(@Root() role: RoleDefinitionEntity, @Ctx() { caller, services }: GraphQLContext): Promise<RoleHolderCounts> {
    return services.roles.holders(caller, role.id);
  }
}
