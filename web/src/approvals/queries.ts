import { graphql } from '@/gql';

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
