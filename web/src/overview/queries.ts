import { graphql } from '@/gql';

/** The Overview page's numbers, each counting what I may list on the page it links to. */
export const OverviewNumbers = graphql(`
  query OverviewNumbers {
    overview {
      at
      holdings {
        kind
        eligible
        active
        permanent
      }
      activationsPerDay {
        day
        count
      }
      requestsWaiting
      openAlerts {
        severity
        alerts
        incidents
      }
      reviewsInProgress
    }
  }
`);
