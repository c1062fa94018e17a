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
