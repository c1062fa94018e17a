import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { ScopeEntity } from '../scopes/scope.entity';
import type { RoleSettingsDocument } from './role-settings.schema';

/** Stored settings of a role, or an override at one scope (not inherited down the tree). Absent rows mean defaults. */
@Entity({ name: 'role_setting' })
@Index('role_setting_role_scope_key', ['roleId', 'scopeId'], { unique: true, where: 'scope_id IS NOT NULL' })
@Index('role_setting_role_default_key', ['roleId'], { unique: true, where: 'scope_id IS NULL' })
export class RoleSettingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('role_setting_role_id_idx')
  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleDefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id', foreignKeyConstraintName: 'role_setting_role_id_fkey' })
  role?: RoleDefinitionEntity;

  @Index('role_setting_scope_id_idx')
  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @ManyToOne(() => ScopeEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_id', foreignKeyConstraintName: 'role_setting_scope_id_fkey' })
  scope?: ScopeEntity | null;

  @Column({ type: 'jsonb' })
  settings: RoleSettingsDocument;

  @Index('role_setting_updated_by_id_idx')
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'role_setting_updated_by_id_fkey' })
  updatedBy?: PrincipalEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
