import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentOrigin, AssignmentType, EndReason } from '../../lib/vocabulary/assignments';
import { PrincipalSource } from '../../lib/vocabulary/principals';
import { PrincipalEntity } from '../directory/principal.entity';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { ScopeEntity } from '../scopes/scope.entity';

/**
 * A schedule: principal × role × scope × type × window. Rows are never deleted; removal, deactivation and
 * revocation move end_at to the moment it happened and record why, so "who held R at S at T" stays answerable.
 * In force at T ⇔ start_at ≤ T < end_at (end_at null = permanent).
 */
@Entity({ name: 'role_assignment' })
@Index('role_assignment_principal_idx', ['principalId', 'type', 'endAt'])
@Index('role_assignment_scope_idx', ['scopeId', 'type', 'endAt'])
@Index('role_assignment_role_idx', ['roleId', 'type', 'endAt'])
@Index('role_assignment_active_holder_idx', ['roleId', 'scopeId'], { where: "type = 'ACTIVE'" })
@Index('role_assignment_expiry_due_idx', ['endAt'], { where: 'expiry_recorded_at IS NULL AND end_reason IS NULL AND end_at IS NOT NULL' })
// The activation history (activationEvents) reads starts and ends newest first, each from its own index.
@Index('role_assignment_activated_start_idx', ['startAt', 'id'], { where: "origin = 'ACTIVATED'" })
@Index('role_assignment_activated_end_idx', ['endAt', 'id'], { where: "origin = 'ACTIVATED' AND end_at IS NOT NULL" })
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'role_assignment_principal_id_fkey' })
  principal?: PrincipalEntity;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id', foreignKeyConstraintName: 'role_assignment_role_id_fkey' })
  role?: RoleDefinitionEntity;

  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @ManyToOne(() => ScopeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_id', foreignKeyConstraintName: 'role_assignment_scope_id_fkey' })
  scope?: ScopeEntity;

  @Column({ type: 'enum', enum: AssignmentType, enumName: 'assignment_type' })
  type: AssignmentType;

  @Column({ type: 'enum', enum: AssignmentOrigin, enumName: 'assignment_origin', default: AssignmentOrigin.ASSIGNED })
  origin: AssignmentOrigin;

  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt: Date;

  /** Null: permanent. Moved earlier when the assignment is removed, deactivated or revoked. */
  @Column({ name: 'end_at', type: 'timestamptz', nullable: true })
  endAt: Date | null;

  /** The end that was scheduled before an early end, kept for display and audit. */
  @Column({ name: 'scheduled_end_at', type: 'timestamptz', nullable: true })
  scheduledEndAt: Date | null;

  @Column({ name: 'end_reason', type: 'enum', enum: EndReason, enumName: 'end_reason', nullable: true })
  endReason: EndReason | null;

  /** ACTIVATED: the eligibility it was activated from. */
  @Index('role_assignment_eligibility_id_idx')
  @Column({ name: 'eligibility_id', type: 'uuid', nullable: true })
  eligibilityId: string | null;

  @ManyToOne(() => RoleAssignmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'eligibility_id', foreignKeyConstraintName: 'role_assignment_eligibility_id_fkey' })
  eligibility?: RoleAssignmentEntity | null;

  @Index('role_assignment_created_by_request_id_idx')
  @Column({ name: 'created_by_request_id', type: 'uuid', nullable: true })
  createdByRequestId: string | null;

  @Index('role_assignment_ended_by_request_id_idx')
  @Column({ name: 'ended_by_request_id', type: 'uuid', nullable: true })
  endedByRequestId: string | null;

  @Index('role_assignment_created_by_id_idx')
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'role_assignment_created_by_id_fkey' })
  createdBy?: PrincipalEntity | null;

  /** When the expiry job recorded that this schedule ran out (audit, events); reads never wait for it. */
  @Column({ name: 'expiry_recorded_at', type: 'timestamptz', nullable: true })
  expiryRecordedAt: Date | null;

  /** Where the row came from: made in Elevate, provisioned over SCIM, from a sign-in's groups claim, imported. */
  @Column({ type: 'enum', enum: PrincipalSource, enumName: 'principal_source', default: PrincipalSource.LOCAL })
  source: PrincipalSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
