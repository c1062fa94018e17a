import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { ActivateRoleInput } from './request.inputs';
import { RoleRequest } from './role-request.type';

@Authorized()
@Resolver(() => RoleRequest)
export class ActivationResolver {
  @Authorized(Rule.USER, 'own eligibilities in force (directly or through a group)')
  @Mutation(() => RoleRequest, { description: 'SELF_ACTIVATE: activate an eligible role just in time' })
  async activateRole(@Arg('input', () => ActivateRoleInput) input: ActivateRoleInput, @Ctx() { caller, services }: GraphQLContext): Promise<RoleRequest> {
    return services.activation.activateRole(caller, input);
  }

  @Authorized(Rule.USER, 'own activations; never the last active GA or PRA')
  @Mutation(() => RoleRequest, { description: 'SELF_DEACTIVATE: end my activation now' })
  async deactivateRole(@Arg('assignmentId', () => ID) assignmentId: string, @Ctx() { caller, services }: GraphQLContext): Promise<RoleRequest> {
    return services.activation.deactivateRole(caller, assignmentId);
  }

  @Authorized(Rule.USER, 'own direct assignments ending within 14 days')
  @Mutation(() => RoleRequest, { description: 'SELF_EXTEND: ask the administrators to extend my assignment' })
  async requestExtension(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('justification', () => String) justification: string,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.activation.requestExtension(caller, assignmentId, justification);
  }

  @Authorized(Rule.USER, 'own direct assignments that ended within 30 days')
  @Mutation(() => RoleRequest, { description: 'SELF_RENEW: ask the administrators to renew my assignment' })
  async requestRenewal(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('justification', () => String) justification: string,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<RoleRequest> {
    return services.activation.requestRenewal(caller, assignmentId, justification);
  }

  @Authorized(Rule.SIGNED_IN, 'own requests (made by me or about me) while they wait')
  @Mutation(() => RoleRequest)
  async cancelRequest(@Arg('requestId', () => ID) requestId: string, @Ctx() { caller, services }: GraphQLContext): Promise<RoleRequest> {
    return services.activation.cancelRequest(caller, requestId);
  }
}
