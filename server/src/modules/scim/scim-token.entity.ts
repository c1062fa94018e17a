import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';

/**
 * A bearer token an identity provider provisions with over SCIM: made by a Global Administrator and shown once, kept as a
 * SHA-256 hash, revocable, audited.
 */
@Entity({ name: 'scim_token' })
export class ScimTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'scim_token_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index('scim_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Index('scim_token_created_by_id_idx')
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'scim_token_created_by_id_fkey' })
  createdBy?: PrincipalEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Null: until revoked. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
