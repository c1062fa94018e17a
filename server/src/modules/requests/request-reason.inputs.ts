import { Field, InputType } from 'type-graphql';

/**
 * What every request input carries besides its subject: why, which ticket, a TOTP code, and whether it is a dry run.
 * Not used as a type of its own (so not in the schema): the inputs that extend it inherit its fields.
 */
@InputType('RequestReasonInput')
export abstract class RequestReasonInput {
  @Field(() => String, { nullable: true })
  justification?: string | null;

  @Field(() => String, { nullable: true })
  ticketSystem?: string | null;

  @Field(() => String, { nullable: true })
  ticketNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'TOTP code, when the settings require MFA and the session has none recent' })
  mfaCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Dry run: check what the settings demand, change nothing' })
  validateOnly?: boolean | null;
}
