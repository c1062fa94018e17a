import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalEntity } from './principal.entity';

/**
 * One period in which a principal was disabled: from `disabledAt` until `enabledAt` (open while it lasts). The history,
 * not a flag, is what "as of" reads ask, so a principal disabled last week and enabled again yesterday held nothing in
 * between when the past is asked about.
 */
@Entity({ name: 'principal_disablement' })
@Index('principal_disablement_principal_id_idx', ['principalId', 'disabledAt'])
export class PrincipalDisablementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'principal_disablement_pkey' })
  id: string;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'principal_disablement_principal_id_fkey' })
  principal?: PrincipalEntity;

  @Column({ name: 'disabled_at', type: 'timestamptz' })
  disabledAt: Date;

  @Column({ name: 'enabled_at', type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
