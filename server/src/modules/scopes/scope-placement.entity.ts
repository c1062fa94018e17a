import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ScopeEntity } from './scope.entity';

/**
 * Where a scope sat in the tree before it (or an ancestor) was moved: its path from `validFrom` until `validTo`. The
 * scope's own row holds where it is now; these rows let "as of" reads use the tree as it was (DOMAIN.md: "time travel
 * answers with the tree as it was at that instant").
 */
@Entity({ name: 'scope_placement' })
@Index('scope_placement_scope_id_idx', ['scopeId', 'validTo'])
@Index('scope_placement_valid_to_idx', ['validTo'])
// A GIN index on path (who was below a scope then); created by the migration, which TypeORM cannot express.
@Index('scope_placement_path_gin_idx', { synchronize: false })
export class ScopePlacementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'scope_placement_pkey' })
  id: string;

  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @ManyToOne(() => ScopeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scope_id', foreignKeyConstraintName: 'scope_placement_scope_id_fkey' })
  scope?: ScopeEntity;

  @Column({ type: 'uuid', array: true })
  path: string[];

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_to', type: 'timestamptz' })
  validTo: Date;
}
