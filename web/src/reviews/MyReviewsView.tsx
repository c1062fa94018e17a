'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useFragment as readFragment } from '@/gql';
import type { MyReviewItemsQuery, ReviewDecision } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useAnnounce } from '@/live/Announcer';
import { AccessReviewsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { useViewer } from '@/shell/ViewerContext';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { useToasts } from '@/ui/Toasts';
import { DecideDialog } from './DecideDialog';
import { AcceptReviewRecommendations, DecideReviewItems, MY_ITEMS_PAGE_SIZE, MyReviewItems, ReviewItemFragment } from './queries';
import { itemLabel, ReviewItemTable, type ReviewItemData } from './ReviewItemTable';
import { DECIDED_LABELS, DECISION_LABELS } from './reviewWords';

type Node = MyReviewItemsQuery['reviewItems']['edges'][number]['node'];
type Instance = Node['instance'];

interface Group {
  instance: Instance;
  items: Node[];
}

/** The items grouped by their instance (one review's role in one occurrence), in the order the server listed them. */
function groupByInstance(items: readonly Node[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const group = groups.get(item.instance.id);
    if (group) group.items.push(item);
    else groups.set(item.instance.id, { instance: item.instance, items: [item] });
  }
  return [...groups.values()];
}

function groupTitle(instance: Instance): string {
  return `${instance.review.name}: ${instance.role.name}`;
}

const DECISIONS: readonly ReviewDecision[] = ['APPROVE', 'DENY', 'DONT_KNOW'];

type Deciding = { decision: ReviewDecision; items: ReviewItemData[]; reasonRequired: boolean };

/**
 * Says what others did to what I see: an item someone else decided, and a review that left my list (it ended, or I no
 * longer review it). My own decisions are told by their toast.
 */
function useReviewAnnouncements(groups: readonly Group[], viewerId: string, ownInstances: RefObject<Set<string>>) {
  const announce = useAnnounce();
  const shown = useRef<{ decisions: Map<string, string | null>; groups: Map<string, string> } | null>(null);
  useEffect(() => {
    const decisions = new Map<string, string | null>();
    const titles = new Map<string, string>();
    for (const group of groups) {
      titles.set(group.instance.id, groupTitle(group.instance));
      for (const node of group.items) {
        const item = readFragment(ReviewItemFragment, node);
        decisions.set(item.id, item.decision);
        const before = shown.current?.decisions.get(item.id);
        if (shown.current && before !== undefined && before !== item.decision && item.decision && item.reviewedBy && item.reviewedBy.id !== viewerId) {
          announce(`${item.reviewedBy.displayName} decided ${itemLabel(item)}: ${DECIDED_LABELS[item.decision]}`, `review-item:${item.id}:${item.decision}`);
        }
      }
    }
    for (const [id, title] of shown.current?.groups ?? []) {
      if (!titles.has(id) && !ownInstances.current.has(id)) announce(`${title}: nothing left for you to decide there.`, `review-left:${id}`);
    }
    shown.current = { decisions, groups: titles };
  }, [groups, viewerId, announce, ownInstances]);
}

/**
 * My reviews: the access review items I may decide now, grouped by review and role, live (others' decisions, a review
 * that ends or is reset). Approve, deny or say “don’t know”, one by one or many at once, with a reason where the review
 * asks for one; or accept the recommendations of a review at once.
 */
export function MyReviewsView() {
  const viewer = useViewer();
  const toasts = useToasts();
  const [undecidedOnly, setUndecidedOnly] = useState(false);
  const live = useLiveList(MyReviewItems, { notifyOnNetworkStatusChange: false, variables: { decided: undecidedOnly ? false : null } }, [
    liveFeed({ query: AccessReviewsFeed }),
  ]);
  const { error, loading, refetch } = live;
  const data = live.data ?? live.previousData;
  const nodes = data?.reviewItems.edges.map((edge) => edge.node) ?? [];
  const groups = groupByInstance(nodes);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [accepting, setAccepting] = useState<Group | null>(null);
  const [decide, decision] = useMutation(DecideReviewItems);
  // Instances whose items left my list by my own hand (all decided while only undecided ones are shown).
  const ownInstances = useRef(new Set<string>());
  useReviewAnnouncements(groups, viewer.id, ownInstances);

  const decidable = new Map(
    nodes.flatMap((node) => {
      const item = readFragment(ReviewItemFragment, node);
      return item.viewerCanDecide ? [[item.id, { item, node }] as const] : [];
    }),
  );
  const chosen = [...selected].filter((id) => decidable.has(id));

  function toggle(id: string, on: boolean) {
    toggleMany([id], on);
  }

  function toggleMany(ids: readonly string[], on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  function startBulk(choice: ReviewDecision) {
    const picked = chosen.map((id) => decidable.get(id)!);
    setDeciding({
      decision: choice,
      items: picked.map(({ item }) => item),
      reasonRequired: picked.some(({ node }) => node.instance.review.requireReason),
    });
  }

  function close() {
    decision.reset();
    setDeciding(null);
  }

  async function submit(reason: string): Promise<boolean> {
    if (!deciding) return false;
    const result = await decide({ variables: { itemIds: deciding.items.map((item) => item.id), decision: deciding.decision, reason: reason || null } }).catch(() => null);
    if (!result?.data) return false;
    const decided = deciding.items;
    if (undecidedOnly) for (const node of nodes) if (decided.some((item) => item.id === node.id)) ownInstances.current.add(node.instance.id);
    toasts.show({
      tone: 'success',
      title: decided.length === 1 ? `${DECIDED_LABELS[deciding.decision]}: ${itemLabel(decided[0])}` : `${DECIDED_LABELS[deciding.decision]}: ${decided.length} items`,
    });
    setSelected(new Set());
    void refetch().catch(() => undefined);
    return true;
  }

  const verb = deciding ? DECISION_LABELS[deciding.decision] : '';

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>My reviews</h1>
          <p className="lead">Access reviews asking you whether people should keep their roles. Decide each holding, or several at once.</p>
        </div>
        <LiveIndicator />
      </div>

      <section className="panel" aria-labelledby="my-reviews-heading">
        <div className="panel-header">
          <h2 id="my-reviews-heading">To decide</h2>
          <div className="actions">
            <label className="checkbox">
              <input type="checkbox" checked={undecidedOnly} onChange={(e) => setUndecidedOnly(e.target.checked)} />
              <span>Only undecided</span>
            </label>
            <span className="muted">
              {data ? `${nodes.length}${data.reviewItems.pageInfo.hasNextPage ? '+' : ''} ${nodes.length === 1 ? 'item' : 'items'}` : ''}
              {chosen.length ? ` · ${chosen.length} selected` : ''}
            </span>
            {DECISIONS.map((choice) => (
              <button
                key={choice}
                type="button"
                className={`button button-small ${choice === 'APPROVE' ? 'button-primary' : choice === 'DENY' ? 'button-danger' : ''}`}
                disabled={chosen.length === 0}
                onClick={() => startBulk(choice)}
              >
                {DECISION_LABELS[choice]} selected
              </button>
            ))}
          </div>
        </div>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
        {!data && loading ? (
          <Loading />
        ) : !data ? null : groups.length === 0 ? (
          <EmptyState>{undecidedOnly ? 'Nothing is left for you to decide.' : 'No access review in progress asks you for a decision.'}</EmptyState>
        ) : (
          <p className="muted small">
            Recommendations come from the last 30 days: no sign-in, or an eligibility held without being activated, suggests removing it. The last decision
            submitted counts, until the review ends.
          </p>
        )}
        {data?.reviewItems.pageInfo.hasNextPage ? (
          <p className="muted small">Showing the first {MY_ITEMS_PAGE_SIZE} items: choose “Only undecided” and decide these, and the next ones follow.</p>
        ) : null}
      </section>

      {groups.map((group) => (
        <ReviewGroup
          key={group.instance.id}
          group={group}
          selection={{ selected, toggle, toggleMany }}
          onDecide={(choice, item) => setDeciding({ decision: choice, items: [item], reasonRequired: group.instance.review.requireReason })}
          onAccept={() => setAccepting(group)}
        />
      ))}

      {deciding ? (
        <DecideDialog
          title={deciding.items.length === 1 ? `${verb}: ${itemLabel(deciding.items[0])}` : `${verb}: ${deciding.items.length} items`}
          decision={deciding.decision}
          reasonRequired={deciding.reasonRequired}
          loading={decision.loading}
          error={decision.error}
          onSubmit={submit}
          onClose={close}
        >
          {deciding.items.length === 1 ? (
            <p>
              {deciding.decision === 'DENY'
                ? `Recommends removing ${deciding.items[0].principal.displayName}’s ${deciding.items[0].role.name} at ${deciding.items[0].scope.name} when the review is applied.`
                : deciding.decision === 'APPROVE'
                  ? `${deciding.items[0].principal.displayName} keeps ${deciding.items[0].role.name} at ${deciding.items[0].scope.name}.`
                  : 'Leaves the decision to the review’s default when it completes.'}
            </p>
          ) : (
            <p>All or nothing: if one of them cannot be decided, none is.</p>
          )}
        </DecideDialog>
      ) : null}
      {accepting ? (
        <AcceptDialog
          group={accepting}
          onClose={() => setAccepting(null)}
          onAccepted={(count) => {
            toasts.show({ tone: 'success', title: count === 1 ? '1 item decided as recommended' : `${count} items decided as recommended` });
            void refetch().catch(() => undefined);
          }}
        />
      ) : null}
    </div>
  );
}

function ReviewGroup({
  group,
  selection,
  onDecide,
  onAccept,
}: {
  group: Group;
  selection: { selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void; toggleMany: (ids: readonly string[], on: boolean) => void };
  onDecide: (decision: ReviewDecision, item: ReviewItemData) => void;
  onAccept: () => void;
}) {
  const { instance } = group;
  const headingId = useId();
  const items = readFragment(ReviewItemFragment, group.items);
  const recommended = items.some((item) => item.recommendation && !item.decision && item.viewerCanDecide);
  const decidable = items.filter((item) => item.viewerCanDecide).map((item) => item.id);
  const allSelected = decidable.length > 0 && decidable.every((id) => selection.selected.has(id));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <div>
          <h2 id={headingId}>{groupTitle(instance)}</h2>
          <p className="muted small">
            Occurrence {instance.occurrence} · ends {formatDateTime(instance.endAt)}
            {instance.review.requireReason ? ' · a reason is required' : ''} · <Link href={`/access-reviews/${instance.review.id}`}>Open the review</Link>
          </p>
        </div>
        <div className="actions">
          {decidable.length > 1 ? (
            <label className="checkbox">
              <input
                type="checkbox"
                aria-label={`Select all ${decidable.length} of ${groupTitle(instance)}`}
                checked={allSelected}
                onChange={(e) => selection.toggleMany(decidable, e.target.checked)}
              />
              <span>Select all {decidable.length}</span>
            </label>
          ) : null}
          {recommended ? (
            <button type="button" className="button button-small" onClick={onAccept}>
              Accept recommendations
            </button>
          ) : null}
        </div>
      </div>
      <ReviewItemTable
        caption={`Items of ${groupTitle(instance)}`}
        items={group.items}
        showOutcome={false}
        selection={selection}
        actions={(item) =>
          item.viewerCanDecide ? (
            <>
              {DECISIONS.map((choice) => (
                <button
                  key={choice}
                  type="button"
                  className={`button button-small ${choice === 'APPROVE' ? 'button-primary' : choice === 'DENY' ? 'button-danger' : ''}`}
                  aria-label={`${DECISION_LABELS[choice]}: ${itemLabel(item)}`}
                  onClick={() => onDecide(choice, item)}
                >
                  {DECISION_LABELS[choice]}
                </button>
              ))}
            </>
          ) : null
        }
      />
    </section>
  );
}

/** Accept recommendations: every undecided item of mine in this instance is decided as recommended. */
function AcceptDialog({ group, onClose, onAccepted }: { group: Group; onClose: () => void; onAccepted: (count: number) => void }) {
  const [accept, { loading, error }] = useMutation(AcceptReviewRecommendations);
  const headingId = useId();
  const items = readFragment(ReviewItemFragment, group.items).filter((item) => item.viewerCanDecide && !item.decision && item.recommendation);
  const approve = items.filter((item) => item.recommendation === 'APPROVE').length;
  const deny = items.length - approve;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await accept({ variables: { instanceId: group.instance.id } }).catch(() => null);
    if (result?.data) {
      onAccepted(result.data.acceptReviewRecommendations);
      onClose();
    }
  }

  return (
    <Dialog label="Accept recommendations" onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>Accept recommendations?</h2>
        <p>
          Decides each of your undecided items of <strong>{groupTitle(group.instance)}</strong> as recommended ({approve} to approve, {deny} to deny of those shown
          here), with the recommendation’s reason as yours. Items you decided already keep your decision.
        </p>
        <ProblemAlert error={error} />
        <FormActions label="Accept recommendations" busyLabel="Accepting…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
