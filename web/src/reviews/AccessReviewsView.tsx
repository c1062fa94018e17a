'use client';

import Link from 'next/link';
import { useFragment as readFragment } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { useCursorPages } from '@/lib/useCursorPages';
import { AccessReviewsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { useManageableScopes } from '@/scopes/manageable';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { PageProblem } from '@/ui/PageProblem';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { AccessReviewList, ReviewInstanceFragment } from './queries';
import { mergeReviewListEvent } from './reviewsLive';
import { latestInstances, listInWords, progressText, STATUS_LABELS, STATUS_TONES, statusesOf, totalProgress } from './reviewWords';

/**
 * Access reviews I may see (those I created, those of roles I read or manage at their scope, those I review), newest
 * first: what each covers, where its latest occurrence stands and how far its reviewers are, live.
 */
export function AccessReviewsView() {
  const pages = useCursorPages('');
  const live = useLiveList(AccessReviewList, { notifyOnNetworkStatusChange: false, variables: { after: pages.after } }, [
    liveFeed({ query: AccessReviewsFeed }, mergeReviewListEvent),
  ]);
  const { error, loading, refetch } = live;
  const data = live.data ?? live.previousData;
  const reviews = data?.accessReviews.edges.map((edge) => edge.node) ?? [];
  // Offered to those who may manage assignments somewhere: reviews are made by who manages the roles at the scope.
  const manageable = useManageableScopes();

  if (error && !data) return <PageProblem title="Access reviews" error={error} onRetry={() => void refetch()} />;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Access reviews</h1>
          <p className="lead">Reviewers confirm that people still need their roles; what they deny is removed when the review is applied.</p>
        </div>
        <div className="actions">
          <LiveIndicator />
          {manageable?.length ? (
            <Link className="button button-primary" href="/access-reviews/new">
              <PlusIcon />
              New access review
            </Link>
          ) : null}
        </div>
      </div>

      <section className="panel" aria-labelledby="reviews-heading">
        <div className="panel-header">
          <h2 id="reviews-heading">Reviews</h2>
        </div>
        <ProblemAlert error={data ? error : null} onRetry={() => void refetch()} />
        {!data && loading ? (
          <Loading />
        ) : !data ? null : reviews.length === 0 ? (
          <EmptyState>No access review yet, or none that you may see.</EmptyState>
        ) : (
          <>
            <DataTable caption="Access reviews" columns={['Name', 'Roles', 'Scope', 'Status', 'Progress', 'Ends']}>
              {reviews.map((review) => {
                const instances = latestInstances(readFragment(ReviewInstanceFragment, review.instances));
                const progress = totalProgress(instances.map((instance) => instance.progress));
                const ends = instances.map((instance) => instance.endAt).sort()[0];
                return (
                  <tr key={review.id}>
                    <td>
                      <Link href={`/access-reviews/${review.id}`}>{review.name}</Link>
                      <div className="muted small">Created {formatDateTime(review.createdAt)}</div>
                    </td>
                    <td>{listInWords(review.roles.map((role) => role.name))}</td>
                    <td>{review.scope.name}</td>
                    <td>
                      {instances.length ? (
                        <ul className="inline-list">
                          {statusesOf(instances).map((status) => (
                            <li key={status}>
                              <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">—</span>
                      )}
                      {instances[0] ? <div className="muted small">Occurrence {instances[0].occurrence}</div> : null}
                    </td>
                    <td>
                      {progressText(progress)}
                      {progress.total ? <div className="muted small">{progress.denied} denied</div> : null}
                    </td>
                    <td>
                      {ends ? formatDateTime(ends) : '—'}
                      {review.nextStartAt && instances.every((instance) => instance.status !== 'NOT_STARTED') ? (
                        <div className="muted small">Next {formatDateTime(review.nextStartAt)}</div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
            {pages.page > 0 || data.accessReviews.pageInfo.hasNextPage ? (
              <nav className="pager" aria-label="Access review pages">
                <span className="pager-status">Page {pages.page + 1}</span>
                <button type="button" className="button button-small" onClick={pages.previous} disabled={pages.page === 0}>
                  Previous
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => pages.next(data.accessReviews.pageInfo.endCursor)}
                  disabled={!data.accessReviews.pageInfo.hasNextPage}
                >
                  Next
                </button>
              </nav>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

function PlusIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
