import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import type { PrincipalEntity } from '../directory/principal.entity';
import { User } from '../directory/principal.type';
import type { IdentityBindingView } from './identity-providers.service';
import type { IdentityProviderEntity } from './oidc.entities';

@ObjectType('IdentityProvider', { description: 'An OpenID Provider people sign in through; its client secret is never given out' })
export class IdentityProvider {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The issuer URL (discovery at <issuer>/.well-known/openid-configuration)' })
  issuer: string;

  @Field(() => String)
  clientId: string;

  @Field(() => Boolean, { description: 'Whether a client secret is kept (it is never shown again)' })
  hasClientSecret: boolean;

  @Field(() => [String])
  scopes: string[];

  @Field(() => String, { nullable: true, description: 'The ID token claim with group ids; groups whose externalId is one of them get the person as a member (source OIDC)' })
  groupsClaim: string | null;

  @Field(() => [String], { description: 'amr or acr values that mean MFA was done at the provider' })
  mfaClaimValues: string[];

  @Field(() => Boolean, { description: 'A home organisation of guests: creates nobody; invited guests sign in only there' })
  guest: boolean;

  @Field(() => String, { nullable: true })
  homeOrganization: string | null;

  @Field(() => Boolean, { description: 'Whether a first sign-in of somebody unknown creates a member' })
  createMembers: boolean;

  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => String, { description: 'Where the dashboard sends a browser to sign in: GET, on the API' })
  signInPath: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('SignInProvider', { description: 'A way to sign in the sign-in page offers' })
export class SignInProvider {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean)
  guest: boolean;

  @Field(() => String, { description: 'GET on the API; add ?invitation=<token> to accept an invitation, ?returnTo=<path>' })
  signInPath: string;
}

@ObjectType('IdentityBinding', { description: 'How a person is known at an identity provider: its issuer + subject, never an email' })
export class IdentityBinding {
  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  providerName: string;

  @Field(() => Boolean, { description: 'A home organisation of guests' })
  guest: boolean;

  @Field(() => String, { description: "The provider's subject (sub) for the person" })
  subject: string;

  @Field(() => Date)
  boundAt: Date;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;
}

@InputType('IdentityProviderInput')
export class IdentityProviderInputType {
  @Field(() => String)
  name: string;

  @Field(() => String)
  issuer: string;

  @Field(() => String)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'Kept and never shown again; left out on update, the stored one stays' })
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true, description: 'openid is always asked; default openid email profile' })
  scopes?: string[] | null;

  @Field(() => String, { nullable: true })
  groupsClaim?: string | null;

  @Field(() => [String], { nullable: true, description: 'default ["mfa"]' })
  mfaClaimValues?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  guest?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required for a guest provider' })
  homeOrganization?: string | null;

  @Field(() => Boolean, { nullable: true })
  createMembers?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true unless given' })
  enabled?: boolean | null;
}

export const signInPath = (id: string) => `/auth/oidc/${id}/start`;

function view(entity: IdentityProviderEntity, hasClientSecret: boolean): IdentityProvider {
  const { id, name, issuer, clientId, scopes, groupsClaim, mfaClaimValues, guest, homeOrganization, createMembers, enabled, createdAt, updatedAt } = entity;
  return { id, name, issuer, clientId, hasClientSecret, scopes, groupsClaim, mfaClaimValues, guest, homeOrganization, createMembers, enabled, signInPath: signInPath(id), createdAt, updatedAt };
}

@Resolver()
export class IdentityProviderResolver {
  @Authorized(Rule.SIGNED_IN, 'Global Administrators only')
  @Query(() => [IdentityProvider], { description: 'The connected identity providers, by name' })
  async identityProviders(@Ctx() { caller, services }: GraphQLContext): Promise<IdentityProvider[]> {
    const providers = await services.identityProviders.list(caller);
    const secrets = await services.identityProviders.withSecret(providers.map((provider) => provider.id));
    return providers.map((provider) => view(provider, secrets.has(provider.id)));
  }

  @Authorized(Rule.PUBLIC, 'anyone: the sign-in page asks before anybody is signed in (names only)')
  @Query(() => [SignInProvider], { description: 'The identity providers the sign-in page offers' })
  async signInProviders(@Ctx() { services }: GraphQLContext): Promise<SignInProvider[]> {
    return (await services.identityProviders.signInOptions()).map(({ id, name, guest }) => ({ id, name, guest, signInPath: signInPath(id) }));
  }

  @Authorized(Rule.SIGNED_IN, 'Global Administrators only; audited (never the secret)')
  @Mutation(() => IdentityProvider, { description: 'Connects an OpenID Provider (its issuer must be reachable for discovery)' })
  async createIdentityProvider(@Arg('input', () => IdentityProviderInputType) input: IdentityProviderInputType, @Ctx() { caller, services }: GraphQLContext): Promise<IdentityProvider> {
    const saved = await services.identityProviders.create(caller, input);
    return view(saved, Boolean(input.clientSecret));
  }

  @Authorized(Rule.SIGNED_IN, 'Global Administrators only; audited (never the secret)')
  @Mutation(() => IdentityProvider)
  async updateIdentityProvider(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => IdentityProviderInputType) input: IdentityProviderInputType,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<IdentityProvider> {
    const saved = await services.identityProviders.update(caller, id, input);
    return view(saved, (await services.identityProviders.withSecret([saved.id])).has(saved.id));
  }

  @Authorized(Rule.SIGNED_IN, 'who may update the user (User Administrators for users who are not administrators; Global Administrators for anyone); only for someone bound to an identity provider; audited')
  @Mutation(() => Boolean, { description: 'Turns password sign-in off (or on again) for a person who signs in through an identity provider' })
  async setPasswordSignIn(@Arg('principalId', () => ID) principalId: string, @Arg('enabled', () => Boolean) enabled: boolean, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    await services.users.setPasswordSignIn(caller, principalId, enabled);
    return enabled;
  }
}

/** How a user signs in, on their page: the user themselves and the directory's administrators and readers. */
@Resolver(() => User)
export class UserSignInFieldsResolver {
  @FieldResolver(() => [IdentityBinding], { description: 'The identity providers the user signs in through; empty for those who do not read their details' })
  async identityBindings(@Root() user: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<IdentityBindingView[]> {
    if (!(await services.directory.readsDetailsOf(caller, user))) return [];
    return (await services.identityProviders.signInMethodsOf(user.id)).bindings;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether a password signs the user in (off: only their identity providers); null for those who do not read their details' })
  async passwordSignIn(@Root() user: PrincipalEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean | null> {
    if (!(await services.directory.readsDetailsOf(caller, user))) return null;
    return (await services.identityProviders.signInMethodsOf(user.id)).passwordSignIn;
  }
}
