import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { Session } from '../auth/auth.type';
import { signInPath } from '../oidc/identity-providers.resolver';
import { Invitation } from './invitation.type';

@Resolver()
export class InvitationResolver {
  @Authorized(Rule.PUBLIC, 'whoever holds the link (a one-time token); an unknown, used or expired one is NOT_FOUND')
  @Query(() => Invitation, { description: 'What a setup or invitation link is for' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() { services }: GraphQLContext): Promise<Invitation> {
    const details = await services.invitations.describe(token);
    const provider = details.identityProvider;
    return { ...details, identityProvider: provider ? { ...provider, signInPath: signInPath(provider.id) } : null };
  }

  @Authorized(Rule.PUBLIC, 'whoever holds the link; wrong codes are counted against it and audited')
  @Mutation(() => Session, { description: 'Sets the password and the authenticator of a setup or invitation link, and signs in' })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Arg('totpCode', () => String) totpCode: string,
    @Ctx() { caller, services, cookies }: GraphQLContext,
  ): Promise<Session> {
    const session = await services.invitations.accept(caller.meta, token, password, totpCode);
    cookies?.set(session.token, session.expiresAt);
    return { token: session.token, expiresAt: session.expiresAt, user: session.user, mfaAt: session.mfaAt };
  }
}
