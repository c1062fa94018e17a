import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { notFound } from '../../lib/errors';
import { assignmentView } from '../assignments/assignment.view';
import { readableAssignment } from '../assignments/assignment.visibility';
import { RoleAssignment } from '../assignments/role-assignment.type';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { RoleDefinition } from '../roles/role-definition.type';
import { ScopeEntity } from '../scopes/scope.entity';
import { Scope } from '../scopes/scope.type';
import { AccessPath, EffectiveRole } from './access.type';
import { MAX_CHECKS } from './access.service';
import { AccessCheckInput, AccessCheckResult } from './check-access.types';

@Authorized()
@Resolver(() => EffectiveRole)
export class AccessResolver {
  @Authorized(Rule.SIGNED_IN, 'own access; for others, only roles at scopes the caller may read')
  @Query(() => [EffectiveRole], { description: 'The roles a principal holds (at a scope, including inherited ones), now or as of an instant' })
  async effectiveAccess(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('scopeId', () => ID, { nullable: true }) scopeId: string | null,
    @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<EffectiveRole[]> {
    return services.access.effectiveAccess(caller, principalId, scopeId, asOf);
  }

  @Authorized(Rule.SIGNED_IN, 'own access; for others, only paths at scopes the caller may read')
  @Query(() => [AccessPath], { description: 'Why a principal holds a role at a scope: each path with its window' })
  async explainAccess(
    @Arg('principalId', () => ID) principalId: string,
    @Arg('roleId', () => ID) roleId: string,
    @Arg('scopeId', () => ID) scopeId: string,
    @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<AccessPath[]> {
    return services.access.explainAccess(caller, principalId, roleId, scopeId, asOf);
  }

  @FieldResolver(() => RoleDefinition)
  async role(@Root() entry: EffectiveRole, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return caller.loaders.role.load(entry.roleId);
  }

  @FieldResolver(() => Scope)
  async scope(@Root() entry: EffectiveRole, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return caller.loaders.scope.load(entry.scopeId);
  }
}

@Resolver(() => AccessPath)
export class AccessPathResolver {
  @FieldResolver(() => RoleAssignment, { description: 'The assignment that grants the role (the group’s, for GROUP paths)' })
  async assignment(@Root() path: AccessPath, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment> {
    // A path is listed only when its assignment is readable (AccessService#prepare): its holder (or a member of the
    // holding group) or a reader of its scope. The same rule as roleAssignment(id), asked again rather than assumed.
    const entity = await readableAssignment(caller, path.assignmentId);
    if (!entity) throw notFound('assignment', path.assignmentId);
    return { ...assignmentView(entity, services.now()), viaGroupId: path.groupId, inheritedFromScopeId: path.inheritedFromScopeId };
  }

  /** Null also when the membership is not the caller's to read: a group role, read by the group's administrators. */
  @FieldResolver(() => RoleAssignment, { nullable: true, description: 'GROUP paths: the membership that makes the principal hold it' })
  async membership(@Root() path: AccessPath, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment | null> {
    if (!path.membershipId) return null;
    const entity = await readableAssignment(caller, path.membershipId);
    return entity ? assignmentView(entity, services.now()) : null;
  }

  @FieldResolver(() => Principal, { nullable: true, description: 'GROUP paths: the group' })
  async group(@Root() path: AccessPath, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return path.groupId ? services.directory.visible(caller, path.groupId) : null;
  }

  @FieldResolver(() => Scope, { nullable: true, description: 'Set when the assignment was made at an ancestor of the scope' })
  async inheritedFrom(@Root() path: AccessPath, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return path.inheritedFromScopeId ? caller.loaders.scope.load(path.inheritedFromScopeId) : null;
  }
}

@Authorized()
@Resolver(() => AccessCheckResult)
export class CheckAccessResolver {
  @Authorized(Rule.SIGNED_IN, 'own access; for others, as effectiveAccess: only roles at scopes the caller may read (a tool uses a token holding a reader role)')
  @Query(() => [AccessCheckResult], { description: `Does each principal hold each role at each scope (now, or as of an instant)? In the order asked; at most ${MAX_CHECKS} a call` })
  async checkAccess(@Arg('checks', () => [AccessCheckInput]) checks: AccessCheckInput[], @Ctx() { caller, services }: GraphQLContext): Promise<AccessCheckResult[]> {
    return services.access.checkAccess(caller, checks);
  }

  @FieldResolver(() => Scope, { nullable: true, description: 'The scope of the longest-lasting path’s assignment, when above the one asked about' })
  async inheritedFrom(@Root() result: AccessCheckResult, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return result.inheritedFromScopeId ? caller.loaders.scope.load(result.inheritedFromScopeId) : null;
  }
}
