import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { DeliveryStatus, NotificationEvent } from '../../lib/vocabulary/notifications';
import type { InAppNotificationEntity, WebhookEntity } from './notification.entities';

@ObjectType({ description: 'An in-app notification in the viewer’s inbox' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Details, one "Label: value" per line' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Where in the dashboard to act on it (a path such as /approvals)' })
  link: string | null;

  @Field(() => ID, { nullable: true })
  requestId: string | null;

  @Field(() => ID, { nullable: true })
  assignmentId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

export const NotificationConnection = Connection('Notification', () => Notification);

export function notificationView(row: InAppNotificationEntity): Notification {
  return {
    id: row.id,
    event: row.eventType as NotificationEvent,
    title: row.title,
    body: row.body,
    link: row.link,
    requestId: row.requestId,
    assignmentId: row.assignmentId,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

@ObjectType({ description: 'One delivery of an event to a webhook, with its latest attempt' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as X-Elevate-Delivery and as the body’s id: receivers drop repeats by it' })
  id: string;

  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the latest attempt' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is tried again (PENDING after a failure)' })
  nextAttemptAt: Date | null;
}

@ObjectType({ description: 'An endpoint receiving signed deliveries of events. Its secret is shown once, at creation.' })
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => [NotificationEvent])
  events: NotificationEvent[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export function webhookView(row: WebhookEntity): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events as NotificationEvent[],
    description: row.description,
    enabled: row.enabled,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@ObjectType()
export class CreatedWebhook {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field(() => String, { description: 'The HMAC-SHA256 signing secret. Shown only here: store it now.' })
  secret: string;
}

@InputType('CreateWebhookInput')
export class CreateWebhookInput {
  @Field(() => String, { description: 'An http or https URL' })
  url: string;

  @Field(() => [NotificationEvent])
  events: NotificationEvent[];

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType('UpdateWebhookInput')
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [NotificationEvent], { nullable: true })
  events?: NotificationEvent[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}
