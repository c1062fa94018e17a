import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';

/** A user's secrets, kept apart from the principal row so that no directory query ever reads them. */
@Entity({ name: 'credential' })
export class CredentialEntity {
  @PrimaryColumn({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @OneToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'credential_principal_id_fkey' })
  principal?: PrincipalEntity;

  /** scrypt$N$r$p$salt$hash */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  /** A secret offered by enrolTotp and not yet confirmed with a code. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret: string | null;

  /** False: this person signs in only through an identity provider they are bound to (no password sign-in). */
  @Column({ name: 'password_sign_in', type: 'boolean', default: true })
  passwordSignIn: boolean;

  /** The last accepted TOTP time step: a code is accepted once. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;
}
