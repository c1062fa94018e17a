/**
 * Notifications: DOMAIN.md's events, the channels, the delivery states. Shared by the database, the GraphQL schema
 * and the services.
 */
/** What a notification is about: DOMAIN.md's "Notifications" events (also the webhook event types). */
export enum NotificationEvent {
  ELIGIBLE_ASSIGNED = 'ELIGIBLE_ASSIGNED',
  ACTIVE_ASSIGNED = 'ACTIVE_ASSIGNED',
  ACTIVATED = 'ACTIVATED',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  REQUEST_EXPIRED = 'REQUEST_EXPIRED',
  APPROVAL_REMINDER = 'APPROVAL_REMINDER',
  EXPIRING_SOON = 'EXPIRING_SOON',
  EXPIRED = 'EXPIRED',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_DECIDED = 'EXTENSION_DECIDED',
}

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

/** An outbox row's delivery: waiting (or waiting to retry), being sent under a lease, sent, or given up. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
