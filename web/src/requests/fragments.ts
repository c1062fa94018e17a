import { graphql } from '@/gql';

/** A request as the lists show it; the subscriptions carry the same fields, so events update the cached rows. */
export const RequestSummaryFragment = graphql(`
  fragment RequestSummary_request on RoleRequest {
    id
    action
    status
    statusReason
    type
    justification
    ticketSystem
    ticketNumber
    startAt
    endAt
    duration
    createdAt
    completedAt
    canDecide
    currentStage
    principal {
      id
      displayName
    }
    requestedBy {
      id
      displayName
    }
    role {
      id
      name
      kind
    }
    scope {
      id
      name
      type
    }
    approvals {
      stage
      quorum
      state
      byScopeAdministrators
      timeoutAt
      approvers {
        id
        displayName
      }
      decisions {
        decision
        justification
        decidedAt
        approver {
          id
          displayName
        }
      }
    }
  }
`);

export const MyRequestsSubscription = graphql(`
  subscription MyRequestsLive {
    myRequests {
      id
      ...RequestSummary_request
    }
  }
`);

export const ApprovalQueueSubscription = graphql(`
  subscription ApprovalQueueLive {
    approvalQueue {
      kind
      request {
        id
        ...RequestSummary_request
      }
    }
  }
`);

export const ActivationsSubscription = graphql(`
  subscription ActivationsLive($scopeId: ID) {
    activations(scopeId: $scopeId) {
      kind
      at
      assignment {
        id
        assignmentId
        type
        origin
        startAt
        endAt
        endReason
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
        viaGroup {
          id
          displayName
        }
      }
    }
  }
`);
