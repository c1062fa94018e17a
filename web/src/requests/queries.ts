import { graphql } from '@/gql';

export const MyRequests = graphql(`
  query MyRequests {
    roleRequests(filter: { mine: true }, first: 50) {
      totalCount
      edges {
        node {
          id
          createdAt
          ...RequestTable_request
        }
      }
    }
  }
`);
