import type { AccessReviewChangedSubscription, AccessReviewListQuery, AccessReviewPageQuery } from '@/gql/graphql';
import { REFETCH } from '@/live/listUpdates';

/*
 * How an accessReviewChanged event folds into the cached lists. The event's instance is written to the cache by id
 * before these run, so an instance already listed shows its new status and progress by itself; what is left is an
 * instance (or a review) the list does not have yet, which only the server can place.
 */

/** Access reviews: an instance of a listed review is up to date already; anything else (a new review, a new occurrence) asks again. */
export function mergeReviewListEvent(current: AccessReviewListQuery, event: AccessReviewChangedSubscription): AccessReviewListQuery | typeof REFETCH {
  const { id, review } = event.accessReviewChanged;
  const listed = current.accessReviews.edges.find((edge) => edge.node.id === review.id);
  if (!listed) return REFETCH;
  return listed.node.instances.some((instance) => instance.id === id) ? current : REFETCH;
}

/** A review's page: another review's event changes nothing here; a new instance of this one (its next occurrence) asks again. */
export function mergeReviewPageEvent(current: AccessReviewPageQuery, event: AccessReviewChangedSubscription): AccessReviewPageQuery | typeof REFETCH {
  const { id, review } = event.accessReviewChanged;
  if (review.id !== current.accessReview.id) return current;
  return current.accessReview.instances.some((instance) => instance.id === id) ? current : REFETCH;
}

/** An instance's items: its own events ask again (decisions, reset, completion, apply are in the items); others change nothing. */
export function mergeInstanceItemsEvent<T>(instanceId: string) {
  return (current: T, event: AccessReviewChangedSubscription): T | typeof REFETCH => (event.accessReviewChanged.id === instanceId ? REFETCH : current);
}
