import { graphql } from '@/gql';
import type { MyRequestsQueryVariables, RoleRequestOrderField } from '@/gql/graphql';
import { toOrderBy, type Sort } from '@/lib/sorting';

/** My requests (a plain module, so the page's server component can preload it too). */
export const MyRequests = graphql(`
  query MyRequests($orderBy: RoleRequestOrder) {
    roleRequests(filter: { mine: true }, first: 50, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          createdAt
          principal {
            id
            displayName
          }
          role {
            id
            name
          }
          scope {
            id
            name
          }
          ...RequestTable_request
        }
      }
    }
  }
`);

/** The list's variables for the table's sort: one function, so the preload and the view ask the same. */
export function myRequestsVariables(sort: Sort<RoleRequestOrderField> | null): MyRequestsQueryVariables {
  return { orderBy: toOrderBy(sort) };
}
