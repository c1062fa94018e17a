/**
 * Where: the kinds of scope, and the kind of role that applies at each. Shared by the database, the GraphQL schema
 * and the services.
 */
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
