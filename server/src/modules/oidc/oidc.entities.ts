import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';

/**
 * An OpenID Provider people sign in through: managed by Global Administrators as data. The client secret is kept so the
 * server can redeem codes, and is never given out again (no GraphQL field reads it; `select: false`).
 */
@Entity({ name: 'identity_provider' })
export class IdentityProviderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'identity_provider_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The issuer identifier: discovery is at `<issuer>/.well-known/openid-configuration`, and ID tokens must name it. */
  @Index('identity_provider_issuer_key', { unique: true })
  @Column({ type: 'text' })
  issuer: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ name: 'client_secret', type: 'text', nullable: true, select: false })
  clientSecret?: string | null;

  @Column({ type: 'text', array: true, default: () => "'{openid,email,profile}'" })
  scopes: string[];

  /** The ID token claim carrying group ids (e.g. `groups`); null: the provider's groups are not used. */
  @Column({ name: 'groups_claim', type: 'text', nullable: true })
  groupsClaim: string | null;

  /** `amr` or `acr` values that mean the person did MFA at the provider. */
  @Column({ name: 'mfa_claim_values', type: 'text', array: true, default: () => "'{mfa}'" })
  mfaClaimValues: string[];

  /** A guest provider (a home organisation): creates nobody; only guests invited through it sign in, and only there. */
  @Column({ type: 'boolean', default: false })
  guest: boolean;

  @Column({ name: 'home_organization', type: 'text', nullable: true })
  homeOrganization: string | null;

  /** A first sign-in of somebody unknown creates a member (never for a guest provider). */
  @Column({ name: 'create_members', type: 'boolean', default: false })
  createMembers: boolean;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A person as an identity provider knows them: issuer + subject, never an email address. */
@Entity({ name: 'identity_binding' })
@Index('identity_binding_issuer_subject_key', ['issuer', 'subject'], { unique: true })
export class IdentityBindingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'identity_binding_pkey' })
  id: string;

  @Index('identity_binding_principal_id_idx')
  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'identity_binding_principal_id_fkey' })
  principal?: PrincipalEntity;

  @Index('identity_binding_provider_id_idx')
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'identity_binding_provider_id_fkey' })
  provider?: IdentityProviderEntity;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  subject: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}

/** A sign-in under way: what the callback must find (PKCE verifier, nonce), by the SHA-256 of its state; used once. */
@Entity({ name: 'oidc_login' })
export class OidcLoginEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'text', primaryKeyConstraintName: 'oidc_login_pkey' })
  stateHash: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => IdentityProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'oidc_login_provider_id_fkey' })
  provider?: IdentityProviderEntity;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier: string;

  @Column({ type: 'text' })
  nonce: string;

  /** The SHA-256 of an invitation token this sign-in accepts. */
  @Column({ name: 'invitation_hash', type: 'text', nullable: true })
  invitationHash: string | null;

  /** Where in the dashboard to go afterwards (a path). */
  @Column({ name: 'return_to', type: 'text', nullable: true })
  returnTo: string | null;

  @Index('oidc_login_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
