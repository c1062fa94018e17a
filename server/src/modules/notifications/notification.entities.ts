import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';

/** An endpoint that receives signed JSON deliveries of the events it asked for. The secret never leaves the server. */
@Entity({ name: 'webhook' })
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The HMAC key. Not selected unless asked for by name (only the delivery worker does). */
  @Column({ type: 'text', select: false })
  secret?: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The transactional outbox: one row per channel and recipient (an email address or a webhook), written in the same
 * transaction as the change it tells of, so it exists if and only if that change committed. The idempotency key makes
 * writing it twice (a retried job, two reminder runs) write it once; the delivery worker claims rows with SKIP LOCKED.
 */
@Entity({ name: 'notification_outbox' })
@Index('notification_outbox_open_idx', ['nextAttemptAt'], { where: "status IN ('PENDING', 'SENDING')" })
@Index('notification_outbox_webhook_idx', ['webhookId', 'createdAt'])
export class NotificationOutboxEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('notification_outbox_idempotency_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  /** EMAIL or WEBHOOK. */
  @Column({ type: 'text' })
  channel: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** EMAIL: the address. */
  @Column({ type: 'text', nullable: true })
  recipient: string | null;

  @Column({ name: 'webhook_id', type: 'uuid', nullable: true })
  webhookId: string | null;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'notification_outbox_webhook_id_fkey' })
  webhook?: WebhookEntity;

  /** EMAIL: { subject, text, html }; WEBHOOK: the JSON body, rendered once so every retry sends the same bytes. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** PENDING, SENDING (claimed under a lease), SENT, FAILED (gave up). */
  @Column({ type: 'text', default: 'PENDING' })
  status: string;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  /** While SENDING: when the claim lapses and another worker may take the row over (its sender crashed). */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

/** The dashboard inbox: one row per event and principal, written with the change; read marks it. */
@Entity({ name: 'in_app_notification' })
@Index('in_app_notification_principal_idx', ['principalId', 'createdAt', 'id'])
export class InAppNotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('in_app_notification_idempotency_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'in_app_notification_principal_id_fkey' })
  principal?: PrincipalEntity;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** A path in the dashboard (e.g. /approvals). */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

/** Reminders already written (expiring in 14 days / 1 day, approval reminders): the reminder job's memory. */
@Entity({ name: 'notification_reminder' })
export class NotificationReminderEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
