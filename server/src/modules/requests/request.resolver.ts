import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape } from '../../lib/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { assignmentView } from '../assignments/assignment.view';
import { readableAssignment } from '../assignments/assignment.visibility';
import { RoleAssignment } from '../assignments/role-assignment.type';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { RoleDefinition } from '../roles/role-definition.type';
import { ScopeEntity } from '../scopes/scope.entity';
import { Scope } from '../scopes/scope.type';
import { settingsView } from '../settings/role-settings.mapper';
import { RoleSettings } from '../settings/role-settings.type';
import { RoleRequestFilter, RoleRequestOrder } from './request.inputs';
import { RoleRequest, RoleRequestConnection } from './role-request.type';

@ArgsType()
class RoleRequestsArgs {
  @Field(() => RoleRequestFilter, { nullable: true })
  filter?: RoleRequestFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => RoleRequestOrder, { nullable: true, description: 'Default: newest first (CREATED_AT DESC). A cursor is valid only with the order it was returned for' })
  orderBy?: RoleRequestOrder | null;
}

@Authorized()
@Resolver(() => RoleRequest)
export class RequestResolver {
  @Authorized(Rule.SIGNED_IN, 'own requests, plus those at scopes the caller may read')
  @Query(() => RoleRequestConnection)
  async roleRequests(
    @Args(() => RoleRequestsArgs) { filter, first, after, orderBy }: RoleRequestsArgs,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<RoleRequest>> {
    return services.requests.list(caller, filter, first, after, orderBy);
  }

  @Authorized(Rule.SIGNED_IN, 'own requests, those the caller decides now or decided, plus those at scopes the caller may read')
  @Query(() => RoleRequest)
  async roleRequest(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<RoleRequest> {
    return services.requests.get(caller, id);
  }

  @FieldResolver(() => Principal)
  async principal(@Root() request: RoleRequest, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.requireVisible(caller, request.principalId);
  }

  @FieldResolver(() => Principal)
  async requestedBy(@Root() request: RoleRequest, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.requireVisible(caller, request.requestedById);
  }

  @FieldResolver(() => RoleDefinition)
  async role(@Root() request: RoleRequest, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return caller.loaders.role.load(request.roleId);
  }

  @FieldResolver(() => Scope)
  async scope(@Root() request: RoleRequest, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return caller.loaders.scope.load(request.scopeId);
  }

  @FieldResolver(() => RoleAssignment, { nullable: true, description: 'The eligibility activated, or the assignment extended or renewed' })
  async source(@Root() request: RoleRequest, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment | null> {
    if (!request.sourceAssignmentId) return null;
    // Null when the caller reads the request but not the schedule (an approver, an Owner below the eligibility's scope).
    const entity = await readableAssignment(caller, request.sourceAssignmentId);
    return entity ? assignmentView(entity, services.now()) : null;
  }

  @FieldResolver(() => RoleSettings, { nullable: true, description: 'The role settings the request was made (and is decided) under' })
  settings(@Root() request: RoleRequest): RoleSettings | null {
    if (!request.settingsSnapshot) return null;
    return settingsView(
      { roleId: request.roleId, scopeId: null, isDefault: false, settings: request.settingsSnapshot, updatedAt: null, updatedById: null },
      request.scopeId,
    );
  }

  @FieldResolver(() => RoleAssignment, { nullable: true, description: 'The schedule it created or changed' })
  async assignment(@Root() request: RoleRequest, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment | null> {
    if (!request.assignmentId || request.validateOnly) return null;
    const entity = await readableAssignment(caller, request.assignmentId);
    return entity ? assignmentView(entity, services.now()) : null;
  }
}
