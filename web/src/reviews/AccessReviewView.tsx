'use client';

import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { apiHttpBase } from '@/apollo/endpoint';
import { useFragment as readFragment } from '@/gql';
import type { AccessReviewPageQuery, ReviewInstance_InstanceFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useCursorPages } from '@/lib/useCursorPages';
import { useMounted } from '@/lib/useMounted';
import { useAnnounce } from '@/live/Announcer';
import { AccessReviewsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { Pager } from '@/ui/Pager';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { useToasts } from '@/ui/Toasts';
import {
  AccessReviewPage,
  ApplyAccessReview,
  DeleteAccessReview,
  ITEM_PAGE_SIZE,
  ResetAccessReview,
  ReviewInstanceFragment,
  ReviewInstanceItems,
  StopAccessReview,
} from './queries';
import { ReviewItemTable } from './ReviewItemTable';
import { mergeInstanceItemsEvent, mergeReviewPageEvent } from './reviewsLive';
import {
  breakdownText,
  DEFAULT_DECISION_LABELS,
  describeCompletion,
  describeCoverage,
  describeReviewerRules,
  describeReviewers,
  describeSchedule,
  latestInstances,
  listInWords,
  progressText,
  STATUS_LABELS,
  STATUS_TONES,
} from './reviewWords';

type Review = AccessReviewPageQuery['accessReview'];
type Instance = ReviewInstance_InstanceFragment;
type Action = 'stop' | 'reset' | 'apply';

/** An instance's name on the page: "Contributor, occurrence 1". */
function instanceName(instance: Instance): string {
  return `${instance.role.name}, occurrence ${instance.occurrence}`;
}

/** What an instance's row says to assistive technology when it changes: "Contributor, occurrence 1: In progress, 1 of 2 decided". */
function instanceNews(instance: Instance): string {
  return `${instanceName(instance)}: ${STATUS_LABELS[instance.status]}, ${progressText(instance.progress)}`;
}

/** Announces an instance whose status or progress changed while shown (live, or by my own hand: the toast says it first). */
function useInstanceAnnouncements(instances: readonly Instance[]) {
  const announce = useAnnounce();
  const shown = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    const now = new Map(instances.map((instance) => [instance.id, `${instance.status}:${instance.progress.decided}`]));
    if (shown.current) {
      for (const instance of instances) {
        const before = shown.current.get(instance.id);
        if (before !== undefined && before !== now.get(instance.id)) announce(instanceNews(instance), `review-instance:${instance.id}:${now.get(instance.id)}`);
      }
    }
    shown.current = now;
  }, [instances, announce]);
}

/**
 * One access review: its settings in words, its instances (one per role and occurrence) with their progress, live, and
 * the items of the one chosen, with what reviewers decided and what was applied. Those who manage it stop, reset,
 * apply and delete it (each after saying what it does); its results download as CSV or NDJSON.
 */
export function AccessReviewView({ id }: { id: string }) {
  const live = useLiveList(AccessReviewPage, { variables: { id } }, [liveFeed({ query: AccessReviewsFeed }, mergeReviewPageEvent)]);
  const { data, error, loading, refetch } = live;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [acting, setActing] = useState<{ action: Action; instance: Instance } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const review = data?.accessReview;
  const instances = review ? readFragment(ReviewInstanceFragment, review.instances) : [];
  useInstanceAnnouncements(instances);

  if (error && !data) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!review) return loading ? <Loading /> : null;
  // Until one is chosen: the latest occurrence's first instance with something to review.
  const latest = latestInstances(instances);
  const chosen = instances.find((instance) => instance.id === chosenId) ?? latest.find((instance) => instance.progress.total > 0) ?? latest[0] ?? null;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/access-reviews">Access reviews</Link> › {review.name}
      </p>
      <div className="page-header">
        <div>
          <h1>{review.name}</h1>
          <p className="lead">{review.description ?? `${listInWords(review.roles.map((role) => role.name))} at ${review.scope.name} and below.`}</p>
        </div>
        <div className="actions">
          <LiveIndicator />
          {review.viewerCanManage ? (
            <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
              Delete review
            </button>
          ) : null}
        </div>
      </div>

      <section className="panel" aria-labelledby="review-settings">
        <h2 id="review-settings">Settings</h2>
        <Settings review={review} />
      </section>

      <section className="panel" aria-labelledby="review-instances">
        <div className="panel-header">
          <h2 id="review-instances">Instances</h2>
        </div>
        <p className="muted small">Each role is reviewed on its own, in each occurrence; its holdings are taken as they are when it starts.</p>
        {instances.length === 0 ? (
          <EmptyState>No instance: the series has ended.</EmptyState>
        ) : (
          <DataTable caption="Instances" columns={['Role', 'Occurrence', 'Status', 'Window', 'Progress', { hidden: 'Actions' }]}>
            {instances.map((instance) => (
              <tr key={instance.id}>
                <td>{instance.role.name}</td>
                <td>{instance.occurrence}</td>
                <td>
                  <Badge tone={STATUS_TONES[instance.status]}>{STATUS_LABELS[instance.status]}</Badge>
                  {instance.stoppedBy ? <div className="muted small">Stopped by {instance.stoppedBy.displayName}</div> : null}
                  {instance.appliedAt ? <div className="muted small">Applied {formatDateTime(instance.appliedAt)}</div> : null}
                </td>
                <td className="small">
                  {formatDateTime(instance.startedAt ?? instance.startAt)} – {formatDateTime(instance.completedAt ?? instance.endAt)}
                </td>
                <td data-testid={`progress-${instance.id}`}>
                  <progress max={Math.max(instance.progress.total, 1)} value={instance.progress.decided} aria-label={`Progress of ${instanceName(instance)}`} />
                  <div>{progressText(instance.progress)}</div>
                  <div className="muted small">{breakdownText(instance.progress)}</div>
                </td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-pressed={chosen?.id === instance.id}
                    aria-label={`Show the items of ${instanceName(instance)}`}
                    onClick={() => setChosenId(instance.id)}
                  >
                    Items
                  </button>
                  {instance.viewerCanManage && instance.status === 'IN_PROGRESS' ? (
                    <>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Stop ${instanceName(instance)}`}
                        onClick={() => setActing({ action: 'stop', instance })}
                      >
                        Stop
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Reset ${instanceName(instance)}`}
                        onClick={() => setActing({ action: 'reset', instance })}
                      >
                        Reset
                      </button>
                    </>
                  ) : null}
                  {instance.viewerCanManage && (instance.status === 'COMPLETED' || instance.status === 'APPLYING') ? (
                    <button
                      type="button"
                      className="button button-small button-primary"
                      aria-label={`Apply ${instanceName(instance)}`}
                      onClick={() => setActing({ action: 'apply', instance })}
                    >
                      Apply
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {chosen ? <InstanceItems key={chosen.id} review={review} instance={chosen} /> : null}

      {acting ? (
        <InstanceActionDialog
          review={review}
          action={acting.action}
          instance={acting.instance}
          onClose={() => setActing(null)}
          onDone={() => void refetch().catch(() => undefined)}
        />
      ) : null}
      {deleting ? <DeleteReviewDialog review={review} onClose={() => setDeleting(false)} /> : null}
    </div>
  );
}

function Settings({ review }: { review: Review }) {
  return (
    <dl className="facts">
      <dt>Roles</dt>
      <dd>{listInWords(review.roles.map((role) => role.name))}</dd>
      <dt>Scope</dt>
      <dd>{review.scope.name} and below</dd>
      <dt>Reviewed</dt>
      <dd>{describeCoverage(review)}</dd>
      <dt>Reviewers</dt>
      <dd>
        {describeReviewers(review.reviewers).map((sentence) => (
          <div key={sentence}>{sentence}</div>
        ))}
      </dd>
      <dt>When</dt>
      <dd>
        {describeSchedule(review)}
        {review.nextStartAt && review.recurrence.frequency !== 'ONE_TIME' ? <div className="muted small">Next occurrence {formatDateTime(review.nextStartAt)}.</div> : null}
      </dd>
      <dt>Decisions</dt>
      <dd>{describeReviewerRules(review)}</dd>
      <dt>Completion</dt>
      <dd>{describeCompletion(review)}</dd>
      <dt>Created</dt>
      <dd>
        {formatDateTime(review.createdAt)}
        {review.createdBy ? ` by ${review.createdBy.displayName}` : ''}
      </dd>
    </dl>
  );
}

/** The chosen instance's items, page by page and live, with its results to download. */
function InstanceItems({ review, instance }: { review: Review; instance: Instance }) {
  const pages = useCursorPages(instance.id);
  const endpoint = useApiEndpoint();
  const mounted = useMounted();
  const headingId = useId();
  const live = useLiveList(
    ReviewInstanceItems,
    { notifyOnNetworkStatusChange: false, variables: { instanceId: instance.id, after: pages.after }, skip: instance.status === 'NOT_STARTED' },
    [liveFeed({ query: AccessReviewsFeed }, mergeInstanceItemsEvent(instance.id))],
  );
  const { error, loading, refetch } = live;
  const data = live.data ?? live.previousData;
  const items = data?.reviewItems.edges.map((edge) => edge.node) ?? [];
  // The export is for the review's readers, managers and creator (API.md): the server says whether the viewer is one.
  const mayDownload = instance.status !== 'NOT_STARTED' && review.viewerCanExport;
  // The API's origin depends on the page's own host name when it is not configured: known only in the browser.
  const download = (format: 'csv' | 'ndjson') => `${apiHttpBase(endpoint)}/reviews/${encodeURIComponent(instance.id)}/export?format=${format}`;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Items: {instanceName(instance)}</h2>
        {mayDownload && mounted ? (
          <div className="actions">
            <a className="button button-small" href={download('csv')} download>
              Download CSV
            </a>
            <a className="button button-small" href={download('ndjson')} download>
              Download NDJSON
            </a>
          </div>
        ) : null}
      </div>
      {instance.status === 'NOT_STARTED' ? (
        <EmptyState>Its holdings are taken when it starts, on {formatDateTime(instance.startAt)}.</EmptyState>
      ) : (
        <>
          <ProblemAlert error={error} onRetry={() => void refetch()} />
          {!data && loading ? <Loading /> : null}
          {data && items.length === 0 ? <EmptyState>Nothing to review: no holding matched when it started, or none that you may see.</EmptyState> : null}
          {data && items.length > 0 ? (
            <>
              <ReviewItemTable caption={`Items of ${instanceName(instance)}`} items={items} />
              <Pager
                label={`Pages of items of ${instanceName(instance)}`}
                pages={pages}
                pageSize={ITEM_PAGE_SIZE}
                shown={items.length}
                // The instance's total counts every item; a reviewer who sees only their own has them on one page.
                total={
                  pages.page === 0 && !data.reviewItems.pageInfo.hasNextPage ? items.length : Math.max(instance.progress.total, pages.page * ITEM_PAGE_SIZE + items.length)
                }
                pageInfo={data.reviewItems.pageInfo}
              />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

const MUTATIONS = { stop: StopAccessReview, reset: ResetAccessReview, apply: ApplyAccessReview } as const;
const VERBS: Record<Action, { label: string; busy: string; done: string }> = {
  stop: { label: 'Stop review', busy: 'Stopping…', done: 'Stopped' },
  reset: { label: 'Reset decisions', busy: 'Resetting…', done: 'Reset' },
  apply: { label: 'Apply results', busy: 'Applying…', done: 'Applied' },
};

/** What stopping, resetting or applying an instance does, in words, before it is done. */
function consequences(action: Action, review: Review, instance: Instance): ReactNode {
  if (action === 'stop') {
    return (
      <>
        <p>
          It completes now: reviewers can no longer decide. Items nobody answered ({instance.progress.total - instance.progress.decided} of{' '}
          {instance.progress.total}) are settled by the default decision: {DEFAULT_DECISION_LABELS[review.defaultDecision].toLowerCase()}.
        </p>
        <p>{review.autoApply ? 'The review applies by itself: denied holdings end at once.' : 'Nothing is removed until you apply it.'}</p>
      </>
    );
  }
  if (action === 'reset') {
    return (
      <p>
        Clears every decision taken so far ({instance.progress.decided} of {instance.progress.total}); reviewers start again. It stays in progress until{' '}
        {formatDateTime(instance.endAt)}.
      </p>
    );
  }
  return (
    <p>
      Ends every denied holding now, as an administrator’s removal with this review as its reason. This cannot be undone: a removed holding has to be assigned
      again. A holding that cannot be removed (the last Global Administrator) stays, and its item says why.
    </p>
  );
}

function InstanceActionDialog({
  review,
  action,
  instance,
  onClose,
  onDone,
}: {
  review: Review;
  action: Action;
  instance: Instance;
  onClose: () => void;
  onDone: () => void;
}) {
  const [run, { loading, error }] = useMutation(MUTATIONS[action]);
  const toasts = useToasts();
  const title = `${VERBS[action].label.split(' ')[0]} ${instanceName(instance)}?`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run({ variables: { instanceId: instance.id } }).catch(() => null);
    if (!result?.data) return;
    toasts.show({ tone: 'success', title: `${VERBS[action].done}: ${instanceName(instance)}` });
    onDone();
    onClose();
  }

  return (
    <ConfirmDialog title={title} label={VERBS[action].label} busyLabel={VERBS[action].busy} danger={action !== 'reset'} loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      {consequences(action, review, instance)}
    </ConfirmDialog>
  );
}

function DeleteReviewDialog({ review, onClose }: { review: Review; onClose: () => void }) {
  const [remove, { loading, error }] = useMutation(DeleteAccessReview);
  const router = useRouter();
  const toasts = useToasts();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await remove({ variables: { id: review.id } }).catch(() => null);
    if (!result?.data?.deleteAccessReview) return;
    toasts.show({ tone: 'success', title: `Access review “${review.name}” is deleted` });
    onClose();
    router.push('/access-reviews');
  }

  return (
    <ConfirmDialog title={`Delete ${review.name}?`} label="Delete review" busyLabel="Deleting…" danger loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <p>
        Deletes the review with its instances, items and decisions; no occurrence starts any more. Holdings already removed stay removed, those not applied
        yet are kept. The audit log keeps what happened.
      </p>
    </ConfirmDialog>
  );
}

function ConfirmDialog({
  title,
  label,
  busyLabel,
  danger,
  loading,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  label: string;
  busyLabel: string;
  danger: boolean;
  loading: boolean;
  error: ErrorLike | undefined;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Dialog label={title} onClose={onClose}>
      <form className="stack" onSubmit={onSubmit} aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        {children}
        <ProblemAlert error={error} />
        <FormActions label={label} busyLabel={busyLabel} busy={loading} danger={danger} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
