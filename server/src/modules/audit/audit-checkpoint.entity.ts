import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A signed statement "the chain's head was (seq, hash) at this time". The chain alone cannot show that events were cut
 * off its end; a checkpoint past the head, or one whose hash no longer matches the event at its seq, can.
 */
@Entity({ name: 'audit_checkpoint' })
export class AuditCheckpointEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'audit_checkpoint_pkey' })
  seq: string;

  @Column({ type: 'text' })
  hash: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** Ed25519 signature (base64) of checkpointMessage(seq, hash, at). */
  @Column({ type: 'text' })
  signature: string;

  /** Which key signed it (a prefix of the public key). */
  @Column({ name: 'key_id', type: 'text' })
  keyId: string;
}
