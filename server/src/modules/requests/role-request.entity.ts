import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { RoleAssignmentEntity } from '../assignments/role-assignment.entity';
import { PrincipalEntity } from '../directory/principal.entity';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { ScopeEntity } from '../scopes/scope.entity';
import type { RoleSettingsDocument } from '../settings/role-settings.schema';

/** Every change goes through a request; the request records what was asked, by whom, under which settings, and how it ended. */
@Entity({ name: 'role_request' })
@Index('role_request_principal_idx', ['principalId', 'createdAt'])
@Index('role_request_status_idx', ['status', 'createdAt'])
@Index('role_request_created_idx', ['createdAt', 'id'])
export class RoleRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: RequestAction, enumName: 'request_action' })
  action: RequestAction;

  @Column({ type: 'enum', enum: RequestStatus, enumName: 'request_status' })
  status: RequestStatus;

  @Column({ type: 'enum', enum: AssignmentType, enumName: 'assignment_type' })
  type: AssignmentType;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'role_request_principal_id_fkey' })
  principal?: PrincipalEntity;

  @Index('role_request_requested_by_id_idx')
  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'role_request_requested_by_id_fkey' })
  requestedBy?: PrincipalEntity;

  @Index('role_request_role_id_idx')
  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id', foreignKeyConstraintName: 'role_request_role_id_fkey' })
  role?: RoleDefinitionEntity;

  @Index('role_request_scope_id_idx')
  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @ManyToOne(() => ScopeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_id', foreignKeyConstraintName: 'role_request_scope_id_fkey' })
  scope?: ScopeEntity;

  /** The schedule this request created or changed. */
  @Index('role_request_assignment_id_idx')
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @ManyToOne(() => RoleAssignmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'role_request_assignment_id_fkey' })
  assignment?: RoleAssignmentEntity | null;

  /** The schedule the request starts from: the eligibility activated, or the assignment extended or renewed. */
  @Index('role_request_source_assignment_id_idx')
  @Column({ name: 'source_assignment_id', type: 'uuid', nullable: true })
  sourceAssignmentId: string | null;

  @ManyToOne(() => RoleAssignmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_assignment_id', foreignKeyConstraintName: 'role_request_source_assignment_id_fkey' })
  sourceAssignment?: RoleAssignmentEntity | null;

  /** Approval: the stage being decided (0-based) and when it started (its timeout and escalation count from there). */
  @Column({ name: 'current_stage', type: 'integer', default: 0 })
  currentStage: number;

  @Column({ name: 'stage_started_at', type: 'timestamptz', nullable: true })
  stageStartedAt: Date | null;

  /** The length asked for (activations, extensions, renewals), which an approver may shorten. */
  @Column({ name: 'duration_seconds', type: 'integer', nullable: true })
  durationSeconds: number | null;

  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ name: 'ticket_system', type: 'text', nullable: true })
  ticketSystem: string | null;

  @Column({ name: 'ticket_number', type: 'text', nullable: true })
  ticketNumber: string | null;

  @Column({ name: 'start_at', type: 'timestamptz', nullable: true })
  startAt: Date | null;

  @Column({ name: 'end_at', type: 'timestamptz', nullable: true })
  endAt: Date | null;

  /** The role settings in force when the request was made: it is decided under these. */
  @Column({ name: 'settings_snapshot', type: 'jsonb', nullable: true })
  settingsSnapshot: RoleSettingsDocument | null;

  /** Why the request failed or was refused, for FAILED requests. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
