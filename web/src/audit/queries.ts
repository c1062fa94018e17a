import { graphql } from '@/gql';
import type { AuditListQueryVariables } from '@/gql/graphql';
import { toApiFilter, type AuditFilters } from './filters';

/** The Audit page's list (a plain module, so the page's server component can preload it too). */
export const AuditList = graphql(`
  query AuditList($filter: AuditFilter, $after: String) {
    auditEvents(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditTable_event
        }
      }
    }
  }
`);

/** The `first` in AuditList. Page sizes are literals: the API prices a variable one at its largest page. */
export const PAGE_SIZE = 25;

/** The list's variables for these filters and page: one function, so the preload and the view ask the same. */
export function auditListVariables(filters: AuditFilters, after: string | null): AuditListQueryVariables {
  return { filter: toApiFilter(filters), after };
}
