import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';

/** A bearer session (user sign-in) or an API token (service principal). Only a SHA-256 of the token is stored. */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('session_principal_id_idx')
  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'session_principal_id_fkey' })
  principal?: PrincipalEntity;

  @Index('session_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** SESSION for a signed-in user, API_TOKEN for a service principal's token. */
  @Column({ type: 'text', default: 'SESSION' })
  kind: string;

  /** API tokens: the admin's label. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Index('session_created_by_id_idx')
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'session_created_by_id_fkey' })
  createdBy?: PrincipalEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** When this session last passed a TOTP step-up. */
  @Column({ name: 'mfa_at', type: 'timestamptz', nullable: true })
  mfaAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
