/**
 * Holdings: eligible or active, assigned or activated, in force or not, how they ended, how access is held. Shared
 * by the database, the GraphQL schema and the services.
 */
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

export enum AccessPathKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
}
