import { graphql } from '@/gql';

/** My approval queue (a plain module, so the page's server component can preload it too). */
export const ApprovalQueue = graphql(`
  query ApprovalQueue {
    roleRequests(filter: { awaitingMyDecision: true }, first: 50) {
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
