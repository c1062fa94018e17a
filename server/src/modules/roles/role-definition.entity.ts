import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RoleKind } from '../../lib/vocabulary/scopes';

@Entity({ name: 'role_definition' })
@Index('role_definition_kind_name_key', ['kind', 'name'], { unique: true })
export class RoleDefinitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: RoleKind, enumName: 'role_kind' })
  kind: RoleKind;

  @Column({ name: 'built_in', type: 'boolean', default: false })
  builtIn: boolean;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions: string[];

  /** Privileged roles get stricter default settings and count for alerts. */
  @Column({ type: 'boolean', default: false })
  privileged: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
