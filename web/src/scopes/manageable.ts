import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ManageableScopesQuery } from '@/gql/graphql';
import { roleKindForScopeType } from './roleKind';

const ManageableScopes = graphql(`
  query ManageableScopes {
    viewerManageableScopes {
      scope {
        id
        name
      }
      roleKinds
      includesDescendants
    }
  }
`);

export type ManageableScope = ManageableScopesQuery['viewerManageableScopes'][number];

/** Where I may assign roles, and which kinds (viewerManageableScopes); null until known. */
export function useManageableScopes(): readonly ManageableScope[] | null {
  const { data } = useQuery(ManageableScopes, { fetchPolicy: 'cache-and-network' });
  return data?.viewerManageableScopes ?? null;
}

/**
 * Whether assignRole will accept a role at this scope from me: some manageable scope covers it (itself, or an ancestor
 * that includes its descendants) for the kind of role that applies there. `ancestors` runs from the root to the scope.
 */
export function managesAt(
  manageable: readonly ManageableScope[],
  scope: { id: string; type: string; ancestors: readonly { id: string }[] },
): boolean {
  const kind = roleKindForScopeType(scope.type);
  return manageable.some(
    (entry) =>
      entry.roleKinds.includes(kind) &&
      (entry.scope.id === scope.id || (entry.includesDescendants && scope.ancestors.some((ancestor) => ancestor.id === entry.scope.id))),
  );
}

/** "Resource roles at Development and below; group roles at Tier 3 Office Admins." */
export function describeManageable(manageable: readonly ManageableScope[]): string {
  return manageable
    .map((entry) => {
      const kinds = entry.roleKinds.map((kind) => kind.toLowerCase()).join(', ');
      return `${kinds} roles at ${entry.scope.name}${entry.includesDescendants ? ' and below' : ''}`;
    })
    .join('; ');
}
