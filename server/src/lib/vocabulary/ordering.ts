/**
 * The orders a list can be asked for (`orderBy`): a direction shared by every list, and each list's fields. Shared by
 * the GraphQL schema and the services.
 */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum RoleAssignmentOrderField {
  START_AT = 'START_AT',
  END_AT = 'END_AT',
  PRINCIPAL_NAME = 'PRINCIPAL_NAME',
  ROLE_NAME = 'ROLE_NAME',
  SCOPE_NAME = 'SCOPE_NAME',
}

export enum AuditEventOrderField {
  AT = 'AT',
}

export enum RoleRequestOrderField {
  CREATED_AT = 'CREATED_AT',
  PRINCIPAL_NAME = 'PRINCIPAL_NAME',
  ROLE_NAME = 'ROLE_NAME',
  SCOPE_NAME = 'SCOPE_NAME',
}

/** An order as a list is asked for it. */
export interface ListOrder<F extends string> {
  field: F;
  direction: OrderDirection;
}
