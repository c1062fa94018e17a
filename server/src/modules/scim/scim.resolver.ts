import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import type { ScimTokenEntity } from './scim-token.entity';

@ObjectType('ScimToken', { description: 'A bearer token an identity provider provisions users and groups with over SCIM; the token itself is shown only once' })
export class ScimToken {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'null: until revoked' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType('IssuedScimToken')
export class IssuedScimToken {
  @Field(() => String, { description: 'Shown once: give it to the identity provider now' })
  token: string;

  @Field(() => ScimToken)
  scimToken: ScimToken;
}

const view = (entity: ScimTokenEntity): ScimToken => ({
  id: entity.id,
  name: entity.name,
  createdAt: entity.createdAt,
  expiresAt: entity.expiresAt,
  revokedAt: entity.revokedAt,
  lastUsedAt: entity.lastUsedAt,
});

@Authorized()
@Resolver()
export class ScimTokenResolver {
  @Authorized(Rule.SIGNED_IN, 'Global Administrators only')
  @Query(() => [ScimToken], { description: 'SCIM tokens, newest first' })
  async scimTokens(@Ctx() { caller, services }: GraphQLContext): Promise<ScimToken[]> {
    return (await services.scimTokens.list(caller)).map(view);
  }

  @Authorized(Rule.SIGNED_IN, 'Global Administrators only; the token is in this answer only; audited')
  @Mutation(() => IssuedScimToken, { description: 'A SCIM token for an identity provider (shown once, stored hashed)' })
  async createScimToken(
    @Arg('name', () => String) name: string,
    @Arg('expiresInDays', () => Int, { nullable: true }) expiresInDays: number | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<IssuedScimToken> {
    const { token, scimToken } = await services.scimTokens.create(caller, name, expiresInDays);
    return { token, scimToken: view(scimToken) };
  }

  @Authorized(Rule.SIGNED_IN, 'Global Administrators only; audited')
  @Mutation(() => Boolean, { description: 'Revokes a SCIM token: its identity provider can no longer provision' })
  async revokeScimToken(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.scimTokens.revoke(caller, id);
  }
}
