/** Security alerts (DOMAIN.md, "Alerts"; API.md, "Security alerts"): the words shared by the database, the schema and the services. */
export enum AlertType {
  ROLES_ASSIGNED_OUTSIDE = 'ROLES_ASSIGNED_OUTSIDE',
  TOO_MANY_GLOBAL_ADMINS = 'TOO_MANY_GLOBAL_ADMINS',
  NO_MFA_ON_ACTIVATION = 'NO_MFA_ON_ACTIVATION',
  /** Administrators not using their privileged roles: no activation in N days. */
  REDUNDANT_ASSIGNMENT = 'REDUNDANT_ASSIGNMENT',
  STALE_SIGN_IN = 'STALE_SIGN_IN',
  FREQUENT_ACTIVATION = 'FREQUENT_ACTIVATION',
  TOO_MANY_OWNERS = 'TOO_MANY_OWNERS',
  TOO_MANY_PERMANENT_OWNERS = 'TOO_MANY_PERMANENT_OWNERS',
  DUPLICATE_CUSTOM_ROLE = 'DUPLICATE_CUSTOM_ROLE',
}

export enum AlertSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
