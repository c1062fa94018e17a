import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ActorType } from '../../lib/vocabulary/principals';

/**
 * Append-only, hash-chained record of every change. seq is gap-free and assigned under a lock, so the chain is linear
 * even with concurrent writers; hash = sha256(prev_hash || canonical content). No foreign keys: audit outlives what it names.
 */
@Entity({ name: 'audit_event' })
// The audit log is read newest first by seq: each filter's index ends in seq, so a filtered page is an index range scan.
@Index('audit_event_at_idx', ['at'])
@Index('audit_event_actor_seq_idx', ['actorId', 'seq'])
@Index('audit_event_target_seq_idx', ['targetPrincipalId', 'seq'])
@Index('audit_event_request_seq_idx', ['requestId', 'seq'])
@Index('audit_event_scope_seq_idx', ['scopeId', 'seq'])
@Index('audit_event_role_seq_idx', ['roleId', 'seq'])
@Index('audit_event_action_seq_idx', ['action', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Index('audit_event_id_key', { unique: true })
  @Column({ type: 'uuid' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_type', type: 'enum', enum: ActorType, enumName: 'actor_type' })
  actorType: ActorType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_principal_id', type: 'uuid', nullable: true })
  targetPrincipalId: string | null;

  @Column({ name: 'role_id', type: 'uuid', nullable: true })
  roleId: string | null;

  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ type: 'text', nullable: true })
  ticket: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
