import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape } from '../../lib/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { DomainError } from '../../lib/errors';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { RoleRequest } from '../requests/role-request.type';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { RoleDefinition } from '../roles/role-definition.type';
import { ScopeEntity } from '../scopes/scope.entity';
import { Scope } from '../scopes/scope.type';
import { AuditFilter, AuditEventOrder } from './audit.inputs';
import { AuditEvent, AuditEventConnection, AuditVerification } from './audit.type';

@ArgsType()
class AuditEventsArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => AuditEventOrder, { nullable: true, description: 'Default: newest first (AT DESC). A cursor is valid only with the order it was returned for' })
  orderBy?: AuditEventOrder | null;
}

@Authorized()
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Rule.SIGNED_IN, 'own events (actor or target), events at scopes the caller may read, all for audit readers')
  @Query(() => AuditEventConnection, { description: 'Newest first' })
  async auditEvents(
    @Args(() => AuditEventsArgs) { filter, first, after, orderBy }: AuditEventsArgs,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<AuditEvent>> {
    return services.audit.list(caller, filter, first, after, orderBy);
  }

  @Authorized(Rule.SIGNED_IN, 'audit readers: Global Administrator or Reader, Privileged Role Administrator, Security Administrator or Reader')
  @Query(() => AuditVerification, { description: 'Recomputes the whole hash chain and checks it against the signed checkpoints' })
  async verifyAudit(@Ctx() { caller, services }: GraphQLContext): Promise<AuditVerification> {
    const result = await services.audit.verify(caller);
    return {
      ok: result.ok,
      checked: result.checked,
      firstBrokenSequence: result.firstBrokenSequence === null ? null : Number(result.firstBrokenSequence),
      reason: result.reason,
      lastSequence: result.lastSequence === null ? null : Number(result.lastSequence),
      checkpoint: result.checkpoint && { sequence: Number(result.checkpoint.seq), at: result.checkpoint.at, signatureVerified: result.checkpoint.signatureVerified },
      pendingCount: result.pending.count,
      oldestPendingAgeMs: result.pending.oldestAgeMs,
    };
  }

  @FieldResolver(() => Principal, { nullable: true, description: 'Null for the system and for anonymous callers' })
  async actor(@Root() event: AuditEvent, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return event.actorId ? services.directory.visible(caller, event.actorId) : null;
  }

  @FieldResolver(() => Principal, { nullable: true })
  async targetPrincipal(@Root() event: AuditEvent, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return event.targetPrincipalId ? services.directory.visible(caller, event.targetPrincipalId) : null;
  }

  @FieldResolver(() => RoleDefinition, { nullable: true })
  async role(@Root() event: AuditEvent, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return event.roleId ? caller.loaders.role.load(event.roleId) : null;
  }

  @FieldResolver(() => Scope, { nullable: true })
  async scope(@Root() event: AuditEvent, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return event.scopeId ? caller.loaders.scope.load(event.scopeId) : null;
  }

  @FieldResolver(() => RoleRequest, { nullable: true, description: 'Null when the request is not (or no longer) one the caller may read' })
  async request(@Root() event: AuditEvent, @Ctx() { caller, services }: GraphQLContext): Promise<RoleRequest | null> {
    if (!event.requestId) return null;
    try {
      return await services.requests.get(caller, event.requestId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
