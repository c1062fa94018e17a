import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Decision } from '../../lib/vocabulary/requests';
import { PrincipalEntity } from '../directory/principal.entity';
import { RoleRequestEntity } from '../requests/role-request.entity';

/** One approver's decision at one stage of a request. An approver decides a stage once. */
@Entity({ name: 'approval_decision' })
@Index('approval_decision_request_stage_approver_key', ['requestId', 'stage', 'approverId'], { unique: true })
export class ApprovalDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => RoleRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'approval_decision_request_id_fkey' })
  request?: RoleRequestEntity;

  @Column({ type: 'integer' })
  stage: number;

  @Index('approval_decision_approver_id_idx')
  @Column({ name: 'approver_id', type: 'uuid' })
  approverId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approver_id', foreignKeyConstraintName: 'approval_decision_approver_id_fkey' })
  approver?: PrincipalEntity;

  @Column({ type: 'enum', enum: Decision, enumName: 'decision' })
  decision: Decision;

  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;
}
