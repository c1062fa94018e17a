import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ScopeType } from '../../lib/vocabulary/scopes';
import { PrincipalEntity } from '../directory/principal.entity';

@Entity({ name: 'scope' })
@Index('scope_parent_name_idx', ['parentId', 'name'])
// A GIN index on path (descendant queries); created by the migration, which TypeORM cannot express.
@Index('scope_path_gin_idx', { synchronize: false })
@Index('scope_external_id_key', ['type', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
export class ScopeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ScopeType, enumName: 'scope_type' })
  type: ScopeType;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ScopeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'scope_parent_id_fkey' })
  parent?: ScopeEntity | null;

  /** Ids from the root down to and including this scope: ancestors in one read, descendants by containment. */
  @Column({ type: 'uuid', array: true })
  path: string[];

  /** GROUP scopes: the group they stand for. */
  @Index('scope_group_id_key', { unique: true })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => PrincipalEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'scope_group_id_fkey' })
  group?: PrincipalEntity | null;

  /** The source system's id for it (an Azure resource id, an AWS account or OU id, a GCP project): unique per type. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  /** Archived scopes leave listings and take no new assignments; they stay answerable by id and in history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
