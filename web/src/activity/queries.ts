import { graphql } from '@/gql';

/** The past of the live feed; its rows take the feed's events (kind, at and assignment key and sort them). */
export const ActivityHistory = graphql(`
  query ActivityHistory($after: String) {
    activationEvents(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          at
          assignment {
            id
          }
          ...ActivityTable_event
        }
      }
    }
  }
`);
