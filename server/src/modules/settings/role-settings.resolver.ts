import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { RoleDefinition } from '../roles/role-definition.type';
import { ScopeEntity } from '../scopes/scope.entity';
import { Scope } from '../scopes/scope.type';
import { mergeSettings, settingsView } from './role-settings.mapper';
import { ApprovalStageView, RoleSettings, RoleSettingsInput } from './role-settings.type';

@Authorized()
@Resolver(() => RoleSettings)
export class RoleSettingsResolver {
  @Authorized(Rule.SIGNED_IN, 'any signed-in principal: activating needs to know what the settings demand')
  @Query(() => RoleSettings)
  async roleSettings(
    @Arg('roleId', () => ID) roleId: string,
    @Arg('scopeId', () => ID, { nullable: true }) scopeId: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleSettings> {
    return settingsView(await services.settings.get(caller, roleId, scopeId), scopeId);
  }

  @Authorized(Rule.SIGNED_IN, 'managers of the role kind at the scope; role-wide settings: PRA/GA for directory and group roles, GA for resource roles')
  @Mutation(() => RoleSettings)
  async updateRoleSettings(
    @Arg('roleId', () => ID) roleId: string,
    @Arg('scopeId', () => ID, { nullable: true }) scopeId: string | null,
    @Arg('input', () => RoleSettingsInput) input: RoleSettingsInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleSettings> {
    const current = await services.settings.get(caller, roleId, scopeId);
    const merged = await mergeSettings(caller, current.settings, input);
    return settingsView(await services.settings.update(caller, roleId, scopeId, merged), scopeId);
  }

  @FieldResolver(() => RoleDefinition)
  async role(@Root() view: RoleSettings, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return caller.loaders.role.load(view.roleId);
  }

  @FieldResolver(() => Scope, { nullable: true, description: 'The scope of the override in force; null for the role-wide settings' })
  async scope(@Root() view: RoleSettings, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return view.overrideScopeId ? caller.loaders.scope.load(view.overrideScopeId) : null;
  }

  @FieldResolver(() => Principal, { nullable: true })
  async updatedBy(@Root() view: RoleSettings, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return view.updatedById ? services.directory.visible(caller, view.updatedById) : null;
  }
}

@Resolver(() => ApprovalStageView)
export class ApprovalStageResolver {
  @FieldResolver(() => [Principal])
  /** Those of the named approvers the caller may see (all of them, but for a guest). */
  async approvers(@Root() stage: ApprovalStageView, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    return services.directory.visibleMany(caller, stage.approverRefs.map((ref) => ref.id));
  }

  @FieldResolver(() => [Principal])
  async escalationApprovers(@Root() stage: ApprovalStageView, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    return services.directory.visibleMany(caller, stage.escalationRefs.map((ref) => ref.id));
  }
}

@Resolver(() => RoleDefinition)
export class RoleDefinitionSettingsResolver {
  @FieldResolver(() => RoleSettings, { description: 'The role-wide settings: what applies wherever no override is saved' })
  async settings(@Root() role: RoleDefinitionEntity, @Ctx() { caller, services }: GraphQLContext): Promise<RoleSettings> {
    return settingsView(await services.settings.roleWide(caller, role.id), null);
  }
}
