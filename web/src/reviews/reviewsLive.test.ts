import { describe, expect, it } from 'vitest';
import type { AccessReviewChangedSubscription, AccessReviewListQuery, AccessReviewPageQuery } from '@/gql/graphql';
import { REFETCH } from '@/live/listUpdates';
import { mergeInstanceItemsEvent, mergeReviewListEvent, mergeReviewPageEvent } from './reviewsLive';

function event(instanceId: string, reviewId: string): AccessReviewChangedSubscription {
  return {
    accessReviewChanged: { __typename: 'AccessReviewInstance', id: instanceId, occurrence: 1, review: { __typename: 'AccessReview', id: reviewId } },
  } as unknown as AccessReviewChangedSubscription;
}

const list = {
  accessReviews: {
    __typename: 'AccessReviewConnection',
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [{ __typename: 'AccessReviewEdge', node: { __typename: 'AccessReview', id: 'r1', instances: [{ __typename: 'AccessReviewInstance', id: 'i1', occurrence: 1 }] } }],
  },
} as unknown as AccessReviewListQuery;

const page = {
  accessReview: { __typename: 'AccessReview', id: 'r1', instances: [{ __typename: 'AccessReviewInstance', id: 'i1', occurrence: 1 }] },
} as unknown as AccessReviewPageQuery;

describe('access review events', () => {
  it('leave a listed instance to the cache, and ask again for a review or an instance not listed', () => {
    expect(mergeReviewListEvent(list, event('i1', 'r1'))).toBe(list);
    expect(mergeReviewListEvent(list, event('i2', 'r1'))).toBe(REFETCH);
    expect(mergeReviewListEvent(list, event('i9', 'r9'))).toBe(REFETCH);
  });

  it('on a review’s page: ignore other reviews, ask again for its next occurrence', () => {
    expect(mergeReviewPageEvent(page, event('i9', 'r9'))).toBe(page);
    expect(mergeReviewPageEvent(page, event('i1', 'r1'))).toBe(page);
    expect(mergeReviewPageEvent(page, event('i2', 'r1'))).toBe(REFETCH);
  });

  it('ask again for an instance’s items only on its own events', () => {
    const merge = mergeInstanceItemsEvent<{ items: number }>('i1');
    const items = { items: 1 };
    expect(merge(items, event('i1', 'r1'))).toBe(REFETCH);
    expect(merge(items, event('i2', 'r1'))).toBe(items);
  });
});
