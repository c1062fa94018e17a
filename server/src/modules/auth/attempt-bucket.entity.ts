import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';

/**
 * One leaky bucket of sign-in or MFA attempts (auth/attempt-budget.ts): its level drains at a fixed rate; an attempt is
 * let in only while there is room. Rows exist only while they hold attempts: a bucket that drained is deleted.
 */
@Entity({ name: 'attempt_bucket' })
export class AttemptBucketEntity {
  /** What the bucket counts, e.g. `sign-in:pair:<account>:<address>` (auth/attempt-limits.ts). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'attempt_bucket_pkey' })
  key: string;

  /** The account whose attempts it counts (null for an address's bucket): an administrator's unlock clears these. */
  @Index('attempt_bucket_principal_id_idx')
  @Column({ name: 'principal_id', type: 'uuid', nullable: true })
  principalId: string | null;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'attempt_bucket_principal_id_fkey' })
  principal?: PrincipalEntity | null;

  /** Attempts held at `updatedAt`; the current level is this minus what drained since. */
  @Column({ type: 'double precision' })
  level: number;

  /** Locked once it ran out of room: it then refuses every attempt until it has drained empty. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Index('attempt_bucket_updated_at_idx')
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
