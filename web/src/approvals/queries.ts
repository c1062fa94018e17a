import { graphql } from '@/gql';
import type { ApprovalQueueQueryVariables, RoleRequestOrderField } from '@/gql/graphql';
import { toOrderBy, type Sort } from '@/lib/sorting';

/** My approval queue (a plain module, so the page's server component can preload it too). */
export const ApprovalQueue = graphql(`
  query ApprovalQueue($orderBy: RoleRequestOrder) {
    roleRequests(filter: { awaitingMyDecision: true }, first: 50, orderBy: $orderBy) {
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

/** The queue's variables for the table's sort: one function, so the preload and the view ask the same. */
export function approvalQueueVariables(sort: Sort<RoleRequestOrderField> | null): ApprovalQueueQueryVariables {
  return { orderBy: toOrderBy(sort) };
}
