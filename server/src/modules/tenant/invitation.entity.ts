import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';
import { IdentityProviderEntity } from '../oidc/oidc.entities';

/**
 * A one-time link to set a password and enrol an authenticator: the first administrator's setup link (kind SETUP, one
 * hour) and a new user's invitation (INVITATION, seven days) are the same mechanism. Only a SHA-256 of the token is kept;
 * the authenticator's secret is chosen when the link is made, so that the page can show it before anything is saved.
 */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('invitation_principal_id_idx')
  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'invitation_principal_id_fkey' })
  principal?: PrincipalEntity;

  /** SETUP or INVITATION. */
  @Column({ type: 'text' })
  kind: string;

  @Index('invitation_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'totp_secret', type: 'text' })
  totpSecret: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Index('invitation_created_by_id_idx')
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'invitation_created_by_id_fkey' })
  createdBy?: PrincipalEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Accepted; a link works once. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Replaced by a newer link, or given up after too many wrong codes. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The identity provider the person accepts through (a guest's home organisation): then no password is set. */
  @Index('invitation_identity_provider_id_idx')
  @Column({ name: 'identity_provider_id', type: 'uuid', nullable: true })
  identityProviderId: string | null;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'identity_provider_id', foreignKeyConstraintName: 'invitation_identity_provider_id_fkey' })
  identityProvider?: IdentityProviderEntity | null;

  @Column({ name: 'failed_attempts', type: 'integer', default: 0 })
  failedAttempts: number;
}
