/** Enumerations shared by the database, the GraphQL schema and the services. */
export enum PrincipalType {
  USER = 'USER',
  GROUP = 'GROUP',
  SERVICE_PRINCIPAL = 'SERVICE_PRINCIPAL',
}

export enum UserType {
  MEMBER = 'MEMBER',
  GUEST = 'GUEST',
}

export enum ScopeType {
  TENANT = 'TENANT',
  ADMINISTRATIVE_UNIT = 'ADMINISTRATIVE_UNIT',
  MANAGEMENT_GROUP = 'MANAGEMENT_GROUP',
  SUBSCRIPTION = 'SUBSCRIPTION',
  RESOURCE_GROUP = 'RESOURCE_GROUP',
  RESOURCE = 'RESOURCE',
  GROUP = 'GROUP',
}

export enum RoleKind {
  DIRECTORY = 'DIRECTORY',
  RESOURCE = 'RESOURCE',
  GROUP = 'GROUP',
}

export enum AssignmentType {
  ELIGIBLE = 'ELIGIBLE',
  ACTIVE = 'ACTIVE',
}

export enum AssignmentOrigin {
  ASSIGNED = 'ASSIGNED',
  ACTIVATED = 'ACTIVATED',
}

export enum AssignmentState {
  IN_FORCE = 'IN_FORCE',
  SCHEDULED = 'SCHEDULED',
  ENDED = 'ENDED',
  ALL = 'ALL',
}

export enum EndReason {
  REMOVED = 'REMOVED',
  DEACTIVATED = 'DEACTIVATED',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
  CANCELED = 'CANCELED',
}

export enum RequestAction {
  ADMIN_ASSIGN = 'ADMIN_ASSIGN',
  ADMIN_UPDATE = 'ADMIN_UPDATE',
  ADMIN_REMOVE = 'ADMIN_REMOVE',
  ADMIN_EXTEND = 'ADMIN_EXTEND',
  ADMIN_RENEW = 'ADMIN_RENEW',
  SELF_ACTIVATE = 'SELF_ACTIVATE',
  SELF_DEACTIVATE = 'SELF_DEACTIVATE',
  SELF_EXTEND = 'SELF_EXTEND',
  SELF_RENEW = 'SELF_RENEW',
}

export enum RequestStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  PENDING_ADMIN_DECISION = 'PENDING_ADMIN_DECISION',
  GRANTED = 'GRANTED',
  PROVISIONED = 'PROVISIONED',
  DENIED = 'DENIED',
  CANCELED = 'CANCELED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  FAILED = 'FAILED',
}

export enum Decision {
  APPROVE = 'APPROVE',
  DENY = 'DENY',
}

export enum QueueEventKind {
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
  REMOVED = 'REMOVED',
}

export enum ActivationEventKind {
  ACTIVATED = 'ACTIVATED',
  DEACTIVATED = 'DEACTIVATED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export enum AccessPathKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
}

export enum ActorType {
  USER = 'USER',
  SERVICE_PRINCIPAL = 'SERVICE_PRINCIPAL',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}

/** The kind of role that applies at each kind of scope: inheritance never crosses kinds. */
export function roleKindForScope(type: ScopeType): RoleKind {
  switch (type) {
    case ScopeType.TENANT:
    case ScopeType.ADMINISTRATIVE_UNIT:
      return RoleKind.DIRECTORY;
    case ScopeType.GROUP:
      return RoleKind.GROUP;
    default:
      return RoleKind.RESOURCE;
  }
}

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
