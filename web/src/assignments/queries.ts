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

/** The states My roles lists, a section each, in this order. */
export const MY_ROLE_STATES = ['IN_FORCE', 'SCHEDULED', 'ENDED'] as const;

/** Rows take the activations feed's assignments: id, type and endAt are what this view sorts, splits and times them by. */
export const MyAssignments = graphql(`
  query MyAssignments($principalId: ID!, $state: AssignmentState!) {
    # 50: the most the API's query cost limit allows for these rows
    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {
      totalCount
      edges {
        node {
          id
          type
          endAt
          ...MyRoleTable_assignment
        }
      }
    }
  }
`);

/** My requests that are open: a row with one shows it instead of offering to ask again. Rows take the myRequests feed. */
export const MyOpenRequests = graphql(`
  query MyOpenRequests {
    roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION, GRANTED] }, first: 50) {
      totalCount
      edges {
        node {
          id
          action
          status
          createdAt
          role {
            id
          }
          scope {
            id
          }
        }
      }
    }
  }
`);
