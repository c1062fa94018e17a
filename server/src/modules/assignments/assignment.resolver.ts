import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape } from '../../lib/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { AssignmentState } from '../../lib/vocabulary/assignments';
import { DurationScalar } from '../../graphql/scalars';
import { type DurationValue } from '../../lib/duration';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleRequest } from '../requests/role-request.type';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { RoleDefinition } from '../roles/role-definition.type';
import { ScopeEntity } from '../scopes/scope.entity';
import { Scope } from '../scopes/scope.type';
import { AssignRoleInput, RoleAssignmentFilter, UpdateAssignmentInput, RoleAssignmentOrder } from './assignment.inputs';
import { assignmentView } from './assignment.view';
import { readableAssignment } from './assignment.visibility';
import { RoleAssignment, RoleAssignmentConnection, stateAt } from './role-assignment.type';

@ArgsType()
class RoleAssignmentsArgs {
  @Field(() => RoleAssignmentFilter, { nullable: true })
  filter?: RoleAssignmentFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => RoleAssignmentOrder, { nullable: true, description: 'Default: by row id (stable, no meaning). A cursor is valid only with the order it was returned for' })
  orderBy?: RoleAssignmentOrder | null;
}

@Authorized()
@Resolver(() => RoleAssignment)
export class AssignmentResolver {
  @Authorized(Rule.SIGNED_IN, 'own assignments, plus those at scopes the caller may read')
  @Query(() => RoleAssignmentConnection, { description: 'Who holds which role at which scope' })
  async roleAssignments(
    @Args(() => RoleAssignmentsArgs) { filter, first, after, orderBy }: RoleAssignmentsArgs,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<RoleAssignment>> {
    return services.assignments.list(caller, filter, first, after, orderBy);
  }

  @Authorized(Rule.SIGNED_IN, 'own assignments (also a group’s, to its members), plus those at scopes the caller may read')
  @Query(() => RoleAssignment)
  async roleAssignment(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment> {
    return services.assignments.get(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'managers of the role kind at the scope (DOMAIN.md "Who may do what")')
  @Mutation(() => RoleRequest, { description: 'ADMIN_ASSIGN: ELIGIBLE or ACTIVE' })
  async assignRole(@Arg('input', () => AssignRoleInput) input: AssignRoleInput, @Ctx() { caller, services }: GraphQLContext): Promise<RoleRequest> {
    return services.assignments.assignRole(caller, input);
  }

  @Authorized(Rule.SIGNED_IN, 'managers of the role kind at the scope')
  @Mutation(() => RoleRequest, { description: 'ADMIN_UPDATE: change the window of an assignment' })
  async updateAssignment(
    @Arg('input', () => UpdateAssignmentInput) input: UpdateAssignmentInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.assignments.updateAssignment(caller, input);
  }

  @Authorized(Rule.SIGNED_IN, 'managers of the role kind at the scope; never the last active GA or PRA')
  @Mutation(() => RoleRequest, { description: 'ADMIN_REMOVE: end an assignment now' })
  async removeAssignment(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.assignments.removeAssignment(caller, assignmentId, justification);
  }

  @Authorized(Rule.SIGNED_IN, 'managers of the role kind at the scope')
  @Mutation(() => RoleRequest, { description: 'ADMIN_EXTEND: move the end of a running assignment later' })
  async extendAssignment(
    @Arg('input', () => UpdateAssignmentInput) input: UpdateAssignmentInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.assignments.extendAssignment(caller, input);
  }

  @Authorized(Rule.SIGNED_IN, 'managers of the role kind at the scope')
  @Mutation(() => RoleRequest, { description: 'ADMIN_RENEW: give an ended assignment again, from now' })
  async renewAssignment(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('duration', () => DurationScalar, { nullable: true }) duration: DurationValue | null,
    @Arg('justification', () => String, { nullable: true }) justification: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.assignments.renewAssignment(caller, assignmentId, duration, justification);
  }

  @FieldResolver(() => Principal, { description: 'Who holds it (a group member on rows expanded from a group)' })
  async principal(@Root() row: RoleAssignment, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.requireVisible(caller, row.principalId);
  }

  @FieldResolver(() => RoleDefinition)
  async role(@Root() row: RoleAssignment, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return caller.loaders.role.load(row.roleId);
  }

  @FieldResolver(() => Scope, { description: 'Where the assignment was made' })
  async scope(@Root() row: RoleAssignment, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return caller.loaders.scope.load(row.scopeId);
  }

  @FieldResolver(() => Principal, { nullable: true, description: 'Set when listed through a group' })
  async viaGroup(@Root() row: RoleAssignment, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return row.viaGroupId ? services.directory.visible(caller, row.viaGroupId) : null;
  }

  @FieldResolver(() => Scope, { nullable: true, description: 'Set when it applies because it was made at an ancestor' })
  async inheritedFrom(@Root() row: RoleAssignment, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return row.inheritedFromScopeId ? caller.loaders.scope.load(row.inheritedFromScopeId) : null;
  }

  /** Null also when the eligibility is one the caller may not read (one made at a scope above theirs, say). */
  @FieldResolver(() => RoleAssignment, { nullable: true, description: 'ACTIVATED: the eligibility it came from' })
  async eligibility(@Root() row: RoleAssignment, @Ctx() { caller }: GraphQLContext): Promise<RoleAssignment | null> {
    if (!row.eligibilityId) return null;
    const entity = await readableAssignment(caller, row.eligibilityId);
    return entity ? assignmentView(entity, row.evaluatedAt) : null;
  }

  @FieldResolver(() => Principal, { nullable: true })
  async createdBy(@Root() row: RoleAssignment, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return row.createdById ? services.directory.visible(caller, row.createdById) : null;
  }

  @FieldResolver(() => AssignmentState, { description: 'At the instant the list was evaluated (asOf, or now)' })
  state(@Root() row: RoleAssignment): AssignmentState {
    return stateAt(row, row.evaluatedAt);
  }
}
