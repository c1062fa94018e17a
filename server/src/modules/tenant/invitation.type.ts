import { Field, ID, ObjectType } from 'type-graphql';
import { InvitationKind } from '../../lib/vocabulary/principals';
import { SignInProvider } from '../oidc/identity-providers.resolver';

@ObjectType({ description: 'What a setup or invitation link is for: the page shows it, and the authenticator secret to enrol' })
export class Invitation {
  @Field(() => InvitationKind)
  kind: InvitationKind;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => String, { description: 'The authenticator secret (base32) to enrol; the first code proves it in acceptInvitation' })
  totpSecret: string;

  @Field(() => String, { description: 'The same secret as an otpauth:// URI, for a QR code' })
  otpauthUri: string;

  @Field(() => ID, { nullable: true, description: "The identity provider (a guest's home organisation) the person accepts through by signing in there; then no password is set" })
  identityProviderId: string | null;

  @Field(() => SignInProvider, { nullable: true, description: 'That identity provider while it is connected: start its signInPath with ?invitation=<token>' })
  identityProvider: SignInProvider | null;
}
