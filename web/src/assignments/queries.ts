import { graphql } from '@/gql';
import type { AssignmentListQueryVariables } from '@/gql/graphql';
import { toApiFilter, type AssignmentFilters } from './filters';

/** The Assignments page's list (a plain module, so the page's server component can preload it too). */
export const AssignmentList = graphql(`
  query AssignmentList($filter: RoleAssignmentFilter!, $after: String) {
    roleAssignments(filter: $filter, first: 25, after: $after) {
      totalCount
      ...AssignmentPage_assignments
    }
  }
`);

/** The `first` in the query above. Page sizes are literals: the API prices a variable one at its largest page. */
export const PAGE_SIZE = 25;

/** The list's variables for these filters and page: one function, so the preload and the view ask the same. */
export function assignmentListVariables(filters: AssignmentFilters, after: string | null): AssignmentListQueryVariables {
  return { filter: toApiFilter(filters), after };
}
