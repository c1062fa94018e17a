import { Field, ID, ObjectType } from 'type-graphql';
import { PrincipalEntity } from '../directory/principal.entity';
import { User } from '../directory/principal.type';

@ObjectType('Session')
export class Session {
  @Field(() => String, {
    description: 'Bearer token: send as `Authorization: Bearer <token>`. Empty from stepUpMfa when the session travels in the httpOnly cookie',
  })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => User)
  user: PrincipalEntity;

  @Field(() => Date, { nullable: true, description: 'When this session last passed a TOTP step-up' })
  mfaAt: Date | null;
}

@ObjectType('SessionInfo', { description: 'The session in use, without its token' })
export class SessionInfo {
  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When this session last passed a TOTP step-up' })
  mfaAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when the step-up counts as recent (MFA is not asked again before)' })
  mfaFreshUntil: Date | null;

  @Field(() => String, { description: 'SESSION for a signed-in user, API_TOKEN for a service principal' })
  kind: string;
}

@ObjectType('TotpEnrolment')
export class TotpEnrolment {
  @Field(() => String, { description: 'Base32 secret, for manual entry' })
  secret: string;

  @Field(() => String, { description: 'otpauth:// URI, for a QR code' })
  uri: string;
}

@ObjectType('ApiToken', { description: 'An API token of a service principal; the token itself is shown only once' })
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  principalId: string;
}

@ObjectType('IssuedApiToken')
export class IssuedApiToken {
  @Field(() => String, { description: 'Shown once: store it now' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
