import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { RoleKind, ScopeType } from '../../lib/vocabulary/scopes';
import { PrincipalEntity } from '../directory/principal.entity';
import { Group } from '../directory/principal.type';
import { ScopeEntity } from './scope.entity';
import { ManageableScope, Scope } from './scope.type';

@Authorized()
@Resolver(() => Scope)
export class ScopeResolver {
  @Authorized(Rule.SIGNED_IN, 'any signed-in principal may browse the scope tree')
  @Query(() => [Scope], { description: 'Children of a scope (the root when both are null), or a search by name' })
  async scopes(
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('types', () => [ScopeType], { nullable: true }) types: ScopeType[] | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ScopeEntity[]> {
    return services.scopes.list(caller, { parentId, search, types });
  }

  @Authorized(Rule.SIGNED_IN, 'any signed-in principal may browse the scope tree')
  @Query(() => Scope)
  async scope(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<ScopeEntity> {
    return services.scopes.get(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'the caller’s own capabilities only')
  @Query(() => [ManageableScope], {
    description: 'Where I may assign roles (and edit role settings), with the kinds of role: what assignRole will accept',
  })
  async viewerManageableScopes(@Ctx() { caller, services }: GraphQLContext): Promise<ManageableScope[]> {
    return services.scopes.manageable(caller);
  }

  @FieldResolver(() => Scope, { nullable: true })
  async parent(@Root() scope: ScopeEntity, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return scope.parentId ? caller.loaders.scope.load(scope.parentId) : null;
  }

  @FieldResolver(() => [Scope], { description: 'From the root down to this scope, itself included' })
  async ancestors(@Root() scope: ScopeEntity, @Ctx() { caller, services }: GraphQLContext): Promise<ScopeEntity[]> {
    return services.scopes.ancestry(caller, scope);
  }

  @FieldResolver(() => Int)
  async childCount(@Root() scope: ScopeEntity, @Ctx() { caller }: GraphQLContext): Promise<number> {
    return caller.loaders.childCount.load(scope.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may manage assignments (and settings) of roles of this kind here' })
  async viewerCanManage(
    @Root() scope: ScopeEntity,
    @Arg('kind', () => RoleKind) kind: RoleKind,
    @Ctx() { caller }: GraphQLContext,
  ): Promise<boolean> {
    return (await caller.capabilities()).canManage(kind, scope);
  }

  @FieldResolver(() => Group, { nullable: true, description: 'GROUP scopes: the group' })
  async group(@Root() scope: ScopeEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return scope.groupId ? services.directory.visible(caller, scope.groupId) : null;
  }
}
