import { graphql } from '@/gql';

/*
 * Access reviews' documents (a plain module: the views share them, and the live feed in src/live/feeds.ts carries the
 * instance fragment, so an event updates every cached instance it concerns).
 */

/** An instance as the lists and the review's page show it: its window, status and progress. */
export const ReviewInstanceFragment = graphql(`
  fragment ReviewInstance_instance on AccessReviewInstance {
    id
    occurrence
    status
    startAt
    endAt
    startedAt
    completedAt
    appliedAt
    viewerCanManage
    role {
      id
      name
    }
    stoppedBy {
      id
      displayName
    }
    progress {
      total
      decided
      approved
      denied
      dontKnow
    }
  }
`);

/** The reviews I may see, newest first, with the instances of each (their status and progress). */
export const AccessReviewList = graphql(`
  query AccessReviewList($after: String) {
    accessReviews(first: 25, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
          nextStartAt
          scope {
            id
            name
          }
          roles {
            id
            name
          }
          instances {
            id
            occurrence
            ...ReviewInstance_instance
          }
        }
      }
    }
  }
`);

/** The `first` in AccessReviewList (a literal: the API prices a variable page size at its largest). */
export const REVIEW_PAGE_SIZE = 25;

/** One review: its settings, and its instances (newest occurrence first). */
export const AccessReviewPage = graphql(`
  query AccessReviewPage($id: ID!) {
    accessReview(id: $id) {
      id
      name
      description
      createdAt
      createdBy {
        id
        displayName
      }
      scope {
        id
        name
      }
      roles {
        id
        name
      }
      assignmentType
      principalTypes
      inactiveDays
      reviewers {
        kind
        principals {
          id
          displayName
        }
        fallbackPrincipals {
          id
          displayName
        }
      }
      recurrence {
        frequency
        durationDays
        endAt
        occurrences
      }
      startAt
      nextStartAt
      autoApply
      defaultDecision
      requireReason
      showRecommendations
      viewerCanManage
      viewerCanExport
      instances {
        id
        occurrence
        ...ReviewInstance_instance
      }
    }
  }
`);

/** An item as its row shows it; decisions answer with it, so a decision updates the cached row. */
export const ReviewItemFragment = graphql(`
  fragment ReviewItemTable_item on AccessReviewItem {
    id
    assignmentType
    recommendation
    recommendationReason
    decision
    reason
    reviewedAt
    outcome
    outcomeByDefault
    applied
    applyError
    viewerCanDecide
    principal {
      id
      displayName
      type
    }
    role {
      id
      name
    }
    scope {
      id
      name
    }
    reviewedBy {
      id
      displayName
    }
  }
`);

/** One instance's items, page by page (all of them for its readers and managers; a reviewer's own otherwise). */
export const ReviewInstanceItems = graphql(`
  query ReviewInstanceItems($instanceId: ID!, $after: String) {
    reviewItems(filter: { instanceId: $instanceId }, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ReviewItemTable_item
        }
      }
    }
  }
`);

/** The `first` in ReviewInstanceItems. */
export const ITEM_PAGE_SIZE = 50;

/** What I may decide now, across the reviews in progress, with the instance and review each belongs to. */
export const MyReviewItems = graphql(`
  query MyReviewItems($decided: Boolean) {
    reviewItems(filter: { mine: true, decided: $decided }, first: 100) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          instance {
            id
            occurrence
            endAt
            role {
              id
              name
            }
            review {
              id
              name
              requireReason
              showRecommendations
            }
          }
          ...ReviewItemTable_item
        }
      }
    }
  }
`);

/** The `first` in MyReviewItems. */
export const MY_ITEMS_PAGE_SIZE = 100;

export const DecideReviewItems = graphql(`
  mutation DecideReviewItems($itemIds: [ID!]!, $decision: ReviewDecision!, $reason: String) {
    decideReviewItems(itemIds: $itemIds, decision: $decision, reason: $reason) {
      id
      ...ReviewItemTable_item
    }
  }
`);

export const AcceptReviewRecommendations = graphql(`
  mutation AcceptReviewRecommendations($instanceId: ID!) {
    acceptReviewRecommendations(instanceId: $instanceId)
  }
`);

export const StopAccessReview = graphql(`
  mutation StopAccessReview($instanceId: ID!) {
    stopAccessReview(instanceId: $instanceId) {
      id
      ...ReviewInstance_instance
    }
  }
`);

export const ApplyAccessReview = graphql(`
  mutation ApplyAccessReview($instanceId: ID!) {
    applyAccessReview(instanceId: $instanceId) {
      id
      ...ReviewInstance_instance
    }
  }
`);

export const ResetAccessReview = graphql(`
  mutation ResetAccessReview($instanceId: ID!) {
    resetAccessReview(instanceId: $instanceId) {
      id
      ...ReviewInstance_instance
    }
  }
`);

export const DeleteAccessReview = graphql(`
  mutation DeleteAccessReview($id: ID!) {
    deleteAccessReview(id: $id)
  }
`);

export const CreateAccessReview = graphql(`
  mutation CreateAccessReview($input: AccessReviewInput!) {
    createAccessReview(input: $input) {
      id
      name
    }
  }
`);

/** The role catalogue, for choosing the roles a review covers. */
export const ReviewRoleCatalogue = graphql(`
  query ReviewRoleCatalogue {
    roleDefinitions {
      id
      name
      kind
    }
  }
`);
