import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { ScopeEntity } from '../scopes/scope.entity';

/** One alert of the catalogue (alert-catalogue.ts): whether it scans, its thresholds, its dismissal, its last full scan. */
@Entity({ name: 'alert' })
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'alert_pkey' })
  id: string;

  @Index('alert_type_key', { unique: true })
  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** The thresholds as set (missing ones take their defaults when read). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  settings: Record<string, number>;

  @Column({ name: 'dismissed_at', type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @Index('alert_dismissed_by_id_idx')
  @Column({ name: 'dismissed_by_id', type: 'uuid', nullable: true })
  dismissedById: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dismissed_by_id', foreignKeyConstraintName: 'alert_dismissed_by_id_fkey' })
  dismissedBy?: PrincipalEntity | null;

  /** Announced raised (`alert.raised`) and not since cleared or dismissed: settled after the changes that move it. */
  @Column({ type: 'boolean', default: false })
  shown: boolean;

  /** The last full scan (refresh or schedule). */
  @Column({ name: 'last_scanned_at', type: 'timestamptz', nullable: true })
  lastScannedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A finding that holds now: cleared findings are deleted (the audit log keeps when each was raised and cleared). */
@Entity({ name: 'alert_incident' })
@Index('alert_incident_key', ['alertType', 'key'], { unique: true })
@Index('alert_incident_raised_idx', ['alertType', 'raisedAt', 'id'])
export class AlertIncidentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'alert_incident_pkey' })
  id: string;

  @Column({ name: 'alert_type', type: 'text' })
  alertType: string;

  @Column({ type: 'text' })
  key: string;

  @Index('alert_incident_principal_id_idx')
  @Column({ name: 'principal_id', type: 'uuid', nullable: true })
  principalId: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'alert_incident_principal_id_fkey' })
  principal?: PrincipalEntity | null;

  @Index('alert_incident_role_id_idx')
  @Column({ name: 'role_id', type: 'uuid', nullable: true })
  roleId: string | null;

  @ManyToOne(() => RoleDefinitionEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id', foreignKeyConstraintName: 'alert_incident_role_id_fkey' })
  role?: RoleDefinitionEntity | null;

  @Index('alert_incident_scope_id_idx')
  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @ManyToOne(() => ScopeEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_id', foreignKeyConstraintName: 'alert_incident_scope_id_fkey' })
  scope?: ScopeEntity | null;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Column({ type: 'text' })
  detail: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;
}
