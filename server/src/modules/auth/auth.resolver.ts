import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { PrincipalEntity } from '../directory/principal.entity';
import { Principal, ServicePrincipal, User } from '../directory/principal.type';
import { ApiToken, IssuedApiToken, Session, SessionInfo, TotpEnrolment } from './auth.type';
import type { SessionEntity } from './session.entity';

const apiTokenView = (session: SessionEntity): ApiToken => ({
  id: session.id,
  name: session.name ?? '',
  createdAt: session.createdAt,
  expiresAt: session.expiresAt,
  revokedAt: session.revokedAt,
  lastUsedAt: session.lastUsedAt,
  principalId: session.principalId,
});

@Authorized()
@Resolver()
export class AuthResolver {
  @Authorized(Rule.USER, 'the signed-in user')
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.get(caller, caller.requireViewer().principalId);
  }

  @Authorized(Rule.SIGNED_IN, 'the signed-in principal, user or service principal')
  @Query(() => Principal, { description: 'The signed-in principal (a user, or a service principal using an API token)' })
  async viewer(@Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.get(caller, caller.requireViewer().principalId);
  }

  @Authorized(Rule.SIGNED_IN, 'the session in use')
  @Query(() => SessionInfo, { description: 'The session in use: when it expires and when it last passed MFA' })
  viewerSession(@Ctx() { caller, services }: GraphQLContext): SessionInfo {
    const viewer = caller.requireViewer();
    const freshness = services.config.MFA_FRESHNESS_MINUTES * 60_000;
    return {
      expiresAt: viewer.sessionExpiresAt,
      mfaAt: viewer.mfaAt,
      mfaFreshUntil: viewer.mfaAt ? new Date(viewer.mfaAt.getTime() + freshness) : null,
      kind: viewer.sessionKind,
    };
  }

  @Authorized(Rule.PUBLIC, 'anyone; failures are rate-limited and audited')
  @Mutation(() => Session)
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { caller, services, cookies }: GraphQLContext,
  ): Promise<Session> {
    const session = await services.auth.signIn(caller.meta, email, password);
    cookies?.set(session.token, session.expiresAt);
    return { token: session.token, expiresAt: session.expiresAt, user: session.user, mfaAt: null };
  }

  @Authorized(Rule.SIGNED_IN, 'revokes the session or token in use')
  @Mutation(() => Boolean)
  async signOut(@Ctx() { caller, services, cookies }: GraphQLContext): Promise<boolean> {
    const done = await services.auth.signOut(caller);
    cookies?.clear();
    return done;
  }

  @Authorized(Rule.USER, 'own session; codes single-use, attempts rate-limited')
  @Mutation(() => Session)
  async stepUpMfa(@Arg('code', () => String) code: string, @Ctx() { caller, services, token }: GraphQLContext): Promise<Session> {
    const result = await services.auth.stepUpMfa(caller, code);
    return { token: token ?? '', expiresAt: result.expiresAt, user: result.user, mfaAt: result.mfaAt };
  }

  @Authorized(Rule.SIGNED_IN, 'Global Administrator; Privileged Role Administrator for users who are not Global or Privileged Role Administrators; audited')
  @Mutation(() => Boolean, { description: 'Ends a lockout: clears the failed password and MFA attempts counted against a user' })
  async unlockSignIn(@Arg('principalId', () => ID) principalId: string, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.auth.lockouts.unlockSignIn(caller, principalId);
  }

  @Authorized(Rule.USER, 'own account; replacing an authenticator needs a fresh step-up')
  @Mutation(() => TotpEnrolment)
  async beginTotpEnrolment(@Ctx() { caller, services }: GraphQLContext): Promise<TotpEnrolment> {
    return services.auth.beginTotpEnrolment(caller);
  }

  @Authorized(Rule.USER, 'own account')
  @Mutation(() => Boolean)
  async confirmTotpEnrolment(@Arg('code', () => String) code: string, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.auth.confirmTotpEnrolment(caller, code);
  }

  @Authorized(Rule.SIGNED_IN, 'Global or Privileged Role Administrator')
  @Mutation(() => IssuedApiToken)
  async createApiToken(
    @Arg('servicePrincipalId', () => ID) servicePrincipalId: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresInDays', () => Int, { nullable: true }) expiresInDays: number | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<IssuedApiToken> {
    const issued = await services.apiTokens.createApiToken(caller, servicePrincipalId, name, expiresInDays);
    return { token: issued.token, apiToken: apiTokenView(issued.session) };
  }

  @Authorized(Rule.SIGNED_IN, 'Global or Privileged Role Administrator')
  @Mutation(() => ApiToken)
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<ApiToken> {
    return apiTokenView(await services.apiTokens.revokeApiToken(caller, id));
  }

  @Authorized(Rule.SIGNED_IN, 'Global or Privileged Role Administrator')
  @Query(() => [ApiToken], { description: 'API tokens of a service principal (or all unrevoked ones)' })
  async apiTokens(
    @Arg('servicePrincipalId', () => ID, { nullable: true }) servicePrincipalId: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ApiToken[]> {
    return (await services.apiTokens.listApiTokens(caller, servicePrincipalId)).map(apiTokenView);
  }
}

@Resolver(() => ApiToken)
export class ApiTokenFieldsResolver {
  @FieldResolver(() => ServicePrincipal)
  async servicePrincipal(@Root() token: ApiToken, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.requireVisible(caller, token.principalId);
  }
}
