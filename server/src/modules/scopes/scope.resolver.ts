import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { RoleKind, ScopeType } from '../../lib/vocabulary/scopes';
import { PrincipalEntity } from '../directory/principal.entity';
import { Group } from '../directory/principal.type';
import { ScopeEntity } from './scope.entity';
import { CreateScopeInput, ManageableScope, Scope, UpdateScopeInput } from './scope.type';

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

  @Authorized(Rule.SIGNED_IN, 'Global Administrators; Owners and Contributors at the parent or above (resource scopes); Global and Privileged Role Administrators (administrative units); audited')
  @Mutation(() => Scope, { description: 'Creates a scope under a parent of a kind that may contain it' })
  async createScope(@Arg('input', () => CreateScopeInput) input: CreateScopeInput, @Ctx() { caller, services }: GraphQLContext): Promise<ScopeEntity> {
    return services.scopeTree.create(caller, input);
  }

  @Authorized(Rule.SIGNED_IN, 'as createScope, above the scope and at its new parent; audited')
  @Mutation(() => Scope, { description: 'Renames a scope, or moves it with everything below it (recorded: the past keeps its tree)' })
  async updateScope(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateScopeInput) input: UpdateScopeInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ScopeEntity> {
    return services.scopeTree.update(caller, id, input);
  }

  @Authorized(Rule.SIGNED_IN, 'as createScope, above the scope; refused with CONFLICT while anything is in force, scheduled, eligible or waiting there or below; audited')
  @Mutation(() => Scope, { description: 'Archives a scope and everything below it: they leave listings and take no new assignments' })
  async archiveScope(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<ScopeEntity> {
    return services.scopeTree.archive(caller, id);
  }

  @FieldResolver(() => [ScopeType], { description: 'The kinds of scope I may create under this one (empty: none): what createScope accepts' })
  async viewerChildTypes(@Root() scope: ScopeEntity, @Ctx() { caller, services }: GraphQLContext): Promise<ScopeType[]> {
    return services.scopeTree.childTypesFor(caller, scope);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may rename, move or archive this scope' })
  async viewerCanEdit(@Root() scope: ScopeEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.scopeTree.mayEdit(caller, scope);
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
