/** Who: the kinds of principal, of user and of actor. Shared by the database, the GraphQL schema and the services. */
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

export enum ActorType {
  USER = 'USER',
  SERVICE_PRINCIPAL = 'SERVICE_PRINCIPAL',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}

/** Where a principal (and, later, a membership) came from; a source only removes what it created. */
export enum PrincipalSource {
  LOCAL = 'LOCAL',
  SCIM = 'SCIM',
  OIDC = 'OIDC',
  IMPORT = 'IMPORT',
}

/** A one-time link: the first administrator's setup, or a new user's invitation. */
export enum InvitationKind {
  SETUP = 'SETUP',
  INVITATION = 'INVITATION',
}
