import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalSource, PrincipalType, UserType } from '../../lib/vocabulary/principals';

@Entity({ name: 'principal' })
@Index('principal_type_name_idx', ['type', 'displayName', 'id'])
@Index('principal_email_key', ['email'], { unique: true, where: 'email IS NOT NULL' })
@Index('principal_external_id_key', ['type', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
// A unique index on lower(user_name); created by the migration, which TypeORM cannot express.
@Index('principal_user_name_key', { synchronize: false })
export class PrincipalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PrincipalType, enumName: 'principal_type' })
  type: PrincipalType;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Lower-cased; users only. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'user_type', type: 'enum', enum: UserType, enumName: 'user_type', nullable: true })
  userType: UserType | null;

  @Column({ name: 'home_organization', type: 'text', nullable: true })
  homeOrganization: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /**
   * When the principal was last disabled, kept after it is enabled again; null for one never disabled. "As of" reads
   * skip the disablement history (principal_disablement) for those: see directory/enabled-at.ts.
   */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Index('principal_manager_id_idx')
  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'principal_manager_id_fkey' })
  manager?: PrincipalEntity | null;

  /** Groups only: may hold roles (and then cannot contain groups). */
  @Column({ name: 'role_assignable', type: 'boolean', default: false })
  roleAssignable: boolean;

  /** Where the principal came from: made here, provisioned over SCIM, first seen at an OpenID Connect sign-in, imported. */
  @Column({ type: 'enum', enum: PrincipalSource, enumName: 'principal_source', default: PrincipalSource.LOCAL })
  source: PrincipalSource;

  /** The identity provider's or the source system's id for it: unique among principals of one type. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  /** SCIM's userName (often the sign-in name, user@org): unique among users, whatever its case. */
  @Column({ name: 'user_name', type: 'text', nullable: true })
  userName: string | null;

  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName: string | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
