import { graphql } from '@/gql';

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
