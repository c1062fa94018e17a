import type { RoleKind, ScopeType } from '@/gql/graphql';

/** Which kind of role can be assigned at a scope (the server's rule): directory roles at the tenant and administrative
 * units, group roles at group scopes, resource roles everywhere else. */
export function roleKindForScopeType(type: ScopeType | string): RoleKind {
  switch (type) {
    case 'TENANT':
    case 'ADMINISTRATIVE_UNIT':
      return 'DIRECTORY';
    case 'GROUP':
      return 'GROUP';
    default:
      return 'RESOURCE';
  }
}
