import { JSONObjectResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ActorType } from '../../lib/vocabulary/principals';

@ObjectType('AuditEvent', { description: 'One link of the tamper-evident audit chain' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Position in the chain: gap-free, in commit order' })
  sequence: number;

  @Field(() => Date)
  at: Date;

  @Field(() => ActorType)
  actorType: ActorType;

  actorId: string | null;

  @Field(() => String, { description: 'What happened, e.g. "request.submitted", "assignment.activated", "auth.sign_in"' })
  action: string;

  targetPrincipalId: string | null;
  roleId: string | null;
  scopeId: string | null;
  requestId: string | null;

  @Field(() => ID, { nullable: true })
  assignmentId: string | null;

  @Field(() => String, { nullable: true })
  justification: string | null;

  @Field(() => String, { nullable: true, description: '"<system>:<number>"' })
  ticket: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'What it was before the change, where that applies' })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'What it is after the change' })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  clientIp: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { description: 'sha256(previous hash, content), hex' })
  hash: string;
}

export const AuditEventConnection = Connection<AuditEvent>('AuditEvent', () => AuditEvent);

@ObjectType('AuditCheckpoint', { description: 'A signed statement of the chain’s head at a moment' })
export class AuditCheckpoint {
  @Field(() => Int)
  sequence: number;

  @Field(() => Date)
  at: Date;

  @Field(() => Boolean, { description: 'The signature was checked with the configured key (false: compared, but unsigned or another key)' })
  signatureVerified: boolean;
}

@ObjectType('AuditVerification')
export class AuditVerification {
  @Field(() => Boolean)
  ok: boolean;

  @Field(() => Int, { description: 'Events whose hash was recomputed' })
  checked: number;

  @Field(() => Int, { nullable: true, description: 'The first event that is not what the chain says (for a cut-off tail: the first missing one)' })
  firstBrokenSequence: number | null;

  @Field(() => String, { nullable: true, description: 'What is wrong there' })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: 'The last event read' })
  lastSequence: number | null;

  @Field(() => AuditCheckpoint, { nullable: true, description: 'The newest checkpoint the chain matched' })
  checkpoint: AuditCheckpoint | null;

  @Field(() => Int, { description: 'Events committed but not chained yet (chained right after their commit; a backlog means the chainer is behind or not running)' })
  pendingCount: number;

  @Field(() => Float, { nullable: true, description: 'How long the oldest of them has waited (ms); past AUDIT_CHAIN_MAX_LAG_MS the verification fails' })
  oldestPendingAgeMs: number | null;
}
