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
  /** A principal was disabled (told to the Global Administrators). */
  PRINCIPAL_DISABLED = 'PRINCIPAL_DISABLED',
  /** A break-glass account (a permanent, active Global Administrator) signed in (told to every Global Administrator). */
  BREAK_GLASS_SIGN_IN = 'BREAK_GLASS_SIGN_IN',
  /** An access review started: told to its reviewers. */
  REVIEW_STARTED = 'REVIEW_STARTED',
  /** An access review ends in a day: told to the reviewers who have items left to decide. */
  REVIEW_ENDING = 'REVIEW_ENDING',
  /** An access review completed: told to its creator and the administrators of the role at its scope. */
  REVIEW_COMPLETED = 'REVIEW_COMPLETED',
  /** A security alert with nothing to show found something: told to the Global, Privileged Role and Security Administrators. */
  ALERT_RAISED = 'ALERT_RAISED',
}

/** The tenant's notices: about the directory and sign-ins, not about one role; see notifications/tenant-notices.ts. */
export const TENANT_NOTICES: ReadonlySet<NotificationEvent> = new Set([NotificationEvent.PRINCIPAL_DISABLED, NotificationEvent.BREAK_GLASS_SIGN_IN]);

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
