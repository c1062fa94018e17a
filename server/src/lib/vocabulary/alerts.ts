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

/** What remediating an incident of an alert does (remediateAlertIncident): the mitigation through the normal path. */
export enum AlertRemedy {
  /** An ADMIN_REMOVE of the incident's assignment. */
  REMOVE_ASSIGNMENT = 'REMOVE_ASSIGNMENT',
  /** The role's activation settings updated to require MFA. */
  REQUIRE_MFA = 'REQUIRE_MFA',
  /** Nothing automatic: the mitigation says what to do. */
  NONE = 'NONE',
}
