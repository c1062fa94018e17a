/**
 * Requests: what was asked, where it stands, approvers' decisions, and the live events about them. Shared by the
 * database, the GraphQL schema and the services.
 */
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
