import { graphql } from '@/gql';

/*
 * The live feeds, one document each. A feed carries the fragment of every component that renders what it brings, and
 * the fields the lists that take it key, sort and filter by, so that an event can go into a cached list as a row (see
 * useLiveList). One document per feed, shared by every view that listens: Apollo Client then makes one server
 * subscription per document and variables, however many views listen.
 */

/** My requests as their status changes: My requests, My roles (its open requests and lists), the toasts. */
export const MyRequestsFeed = graphql(`
  subscription MyRequestsLive {
    myRequests {
      id
      action
      status
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
      ...LiveNotifications_request
    }
  }
`);

/** Requests entering (ADDED), changing in (UPDATED) and leaving (REMOVED) my approval queue: Approvals, the toasts. */
export const ApprovalQueueFeed = graphql(`
  subscription ApprovalQueueLive {
    approvalQueue {
      kind
      request {
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
        ...LiveNotifications_queued
      }
    }
  }
`);

/** Activations and their ends that I may see: Activity, My roles (mine only), the toasts. */
export const ActivationsFeed = graphql(`
  subscription ActivationsLive($scopeId: ID) {
    activations(scopeId: $scopeId) {
      kind
      at
      assignment {
        id
        type
        endAt
        principal {
          id
        }
        scope {
          id
          type
        }
        ...MyRoleTable_assignment
      }
      ...ActivityTable_event
      ...LiveNotifications_activation
    }
  }
`);

/** My new in-app notifications (the bell). Named NotificationAdded: the e2e suite waits for it by that name. */
export const NotificationsFeed = graphql(`
  subscription NotificationAdded {
    notifications {
      id
      createdAt
      readAt
      ...NotificationList_notification
    }
  }
`);

/**
 * Access review instances changing (started, decided, completed, applied, reset) that I may see: Access reviews, a
 * review's page (its progress, its items), My reviews.
 */
export const AccessReviewsFeed = graphql(`
  subscription AccessReviewChanged {
    accessReviewChanged {
      id
      occurrence
      review {
        id
      }
      ...ReviewInstance_instance
    }
  }
`);

/**
 * What I may use, now and each time it changes (a role activated, deactivated, expired, assigned or removed; a group
 * membership): the navigation, the landing and the pages that are only for some (shell/capabilities.ts).
 */
export const ViewerCapabilitiesFeed = graphql(`
  subscription ViewerCapabilitiesLive {
    viewerCapabilitiesChanged {
      ...ViewerCapabilities_flags
    }
  }
`);
