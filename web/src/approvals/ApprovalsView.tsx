'use client';

import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql, useFragment as readFragment } from '@/gql';
import type { ApprovalQueueLiveSubscription, ApprovalQueueQuery, Decision } from '@/gql/graphql';
import { durationToMinutes, formatMinutes, minutesToDuration } from '@/lib/duration';
import { ApprovalQueueFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { removeNode, updateField, upsertNode, type ListOrder } from '@/live/listUpdates';
import { columnSorts } from '@/lib/sorting';
import { useSearchState } from '@/lib/useSearchState';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { NEWEST_FIRST, readRequestSort, requestListVariables, requestOrderFor, requestSortQuery, SORTABLE_COLUMNS, type SortableRequest } from '@/requests/order';
import { requestWindow, RequestTable, RequestTableFragment, type RequestData } from '@/requests/RequestTable';
import { useAnnounceStatusChange } from '@/requests/useStatusAnnouncements';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { EmptyState, Loading } from '@/ui/States';
import { ApprovalQueue } from './queries';

/**
 * The queue as the server re-authorised it for me: a request that left is removed, one that arrived goes in where the
 * table's order puts it, and one that changed (another stage, another decision) is up to date in the cache already.
 */
function mergeQueueEvent(
  current: ApprovalQueueQuery,
  { approvalQueue: { kind, request } }: ApprovalQueueLiveSubscription,
  order: ListOrder<SortableRequest>,
): ApprovalQueueQuery {
  return updateField(current, 'roleRequests', (queue) =>
    kind === 'REMOVED' ? removeNode(queue, request.id, order.key) : upsertNode(queue, request, order),
  );
}

const ApproveRequest = graphql(`
  mutation ApproveRequest($requestId: ID!, $justification: String, $duration: Duration) {
    approveRequest(requestId: $requestId, justification: $justification, duration: $duration) {
      id
      ...RequestTable_request
    }
  }
`);

const DenyRequest = graphql(`
  mutation DenyRequest($requestId: ID!, $justification: String) {
    denyRequest(requestId: $requestId, justification: $justification) {
      id
      ...RequestTable_request
    }
  }
`);

const DecideRequests = graphql(`
  mutation DecideRequests($requestIds: [ID!]!, $decision: Decision!, $justification: String) {
    decideRequests(requestIds: $requestIds, decision: $decision, justification: $justification) {
      id
      ...RequestTable_request
    }
  }
`);

type Deciding = { kind: 'one'; decision: Decision; request: RequestData } | { kind: 'many'; decision: Decision; ids: string[] };

/**
 * My approval queue, live: requests I may decide appear and leave as they come and go (approvalQueue subscription),
 * approve or deny with a justification, one by one or many at once.
 */
export function ApprovalsView() {
  const [sort, setSort] = useSearchState(readRequestSort, requestSortQuery);
  // Events fold in with the order shown now (the feed's subscription outlives a change of sort).
  const order = useRef(requestOrderFor(sort));
  order.current = requestOrderFor(sort);
  const live = useLiveList(ApprovalQueue, { notifyOnNetworkStatusChange: false, variables: requestListVariables(sort) }, [
    liveFeed({ query: ApprovalQueueFeed }, (current, event) => mergeQueueEvent(current, event, order.current)),
  ]);
  const { error, loading, refetch } = live;
  // While another sort loads, the table stays (and the focus on its header) until the answer replaces it.
  const data = live.data ?? live.previousData;
  const sorts = columnSorts(SORTABLE_COLUMNS, sort, setSort, NEWEST_FIRST);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [shorter, setShorter] = useState<number | null>(null);
  const [approve, approval] = useMutation(ApproveRequest);
  const [deny, denial] = useMutation(DenyRequest);
  const [decideMany, bulk] = useMutation(DecideRequests);
  const announceChange = useAnnounceStatusChange(true);

  const requests = data?.roleRequests.edges.map((edge) => edge.node) ?? [];
  const present = new Set(requests.map((request) => request.id));
  const chosen = [...selected].filter((id) => present.has(id));

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function close() {
    approval.reset();
    denial.reset();
    bulk.reset();
    setShorter(null);
    setDeciding(null);
  }

  async function submit(justification: string): Promise<boolean> {
    if (!deciding) return false;
    const reason = justification || null;
    // What each request's row showed before the decision: the decided row may leave the queue before it could show
    // its new status, so the decision itself says what became of it.
    const before = new Map(readFragment(RequestTableFragment, requests).map((request) => [request.id, request.status]));
    let decided;
    if (deciding.kind === 'many') {
      const result = await decideMany({ variables: { requestIds: deciding.ids, decision: deciding.decision, justification: reason } }).catch(() => null);
      if (!result?.data) return false;
      decided = result.data.decideRequests;
      setSelected(new Set());
    } else if (deciding.decision === 'APPROVE') {
      const duration = shorter !== null ? minutesToDuration(shorter) : null;
      const result = await approve({ variables: { requestId: deciding.request.id, justification: reason, duration } }).catch(() => null);
      if (!result?.data) return false;
      decided = [result.data.approveRequest];
    } else {
      const result = await deny({ variables: { requestId: deciding.request.id, justification: reason } }).catch(() => null);
      if (!result?.data) return false;
      decided = [result.data.denyRequest];
    }
    for (const request of readFragment(RequestTableFragment, decided)) announceChange(request, before.get(request.id));
    void refetch().catch(() => undefined);
    return true;
  }

  const activeError = deciding?.kind === 'many' ? bulk.error : deciding?.decision === 'APPROVE' ? approval.error : denial.error;
  const busy = approval.loading || denial.loading || bulk.loading;
  const requestedMinutes = deciding?.kind === 'one' ? durationToMinutes(deciding.request.duration) : null;
  const verb = deciding?.decision === 'APPROVE' ? 'Approve' : 'Deny';

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Approvals</h1>
          <p className="lead">Requests waiting for your decision. New ones appear here as they arrive.</p>
        </div>
        <LiveIndicator />
      </div>

      <section className="panel" aria-labelledby="queue-heading">
        <div className="panel-header">
          <h2 id="queue-heading">Waiting for me</h2>
          <div className="actions">
            <span className="muted">
              {data ? `${data.roleRequests.totalCount} waiting` : ''}
              {chosen.length ? ` · ${chosen.length} selected` : ''}
            </span>
            <button
              type="button"
              className="button button-small button-primary"
              disabled={chosen.length === 0}
              onClick={() => setDeciding({ kind: 'many', decision: 'APPROVE', ids: chosen })}
            >
              Approve selected
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              disabled={chosen.length === 0}
              onClick={() => setDeciding({ kind: 'many', decision: 'DENY', ids: chosen })}
            >
              Deny selected
            </button>
          </div>
        </div>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
        {!data && loading ? (
          <Loading />
        ) : !data ? null : requests.length === 0 ? (
          <EmptyState>Nothing is waiting for your decision.</EmptyState>
        ) : (
          <RequestTable
            caption="Requests waiting for my decision"
            requests={requests}
            sorts={sorts}
            showRequester
            selection={{ selected, toggle }}
            actions={(request) =>
              request.canDecide ? (
                <>
                  <button
                    type="button"
                    className="button button-small button-primary"
                    aria-label={`Approve ${request.role.name} for ${request.principal.displayName}`}
                    onClick={() => setDeciding({ kind: 'one', decision: 'APPROVE', request })}
                  >
                    Approve
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`Deny ${request.role.name} for ${request.principal.displayName}`}
                    onClick={() => setDeciding({ kind: 'one', decision: 'DENY', request })}
                  >
                    Deny
                  </button>
                </>
              ) : null
            }
          />
        )}
      </section>

      {deciding ? (
        <ReasonDialog
          title={deciding.kind === 'many' ? `${verb} ${deciding.ids.length} requests` : `${verb} request`}
          confirmLabel={verb}
          busyLabel={deciding.decision === 'APPROVE' ? 'Approving…' : 'Denying…'}
          danger={deciding.decision === 'DENY'}
          reasonRequired
          loading={busy}
          error={activeError}
          onSubmit={submit}
          onClose={close}
          extra={
            deciding.kind === 'one' && deciding.decision === 'APPROVE' && requestedMinutes && requestedMinutes > 30 ? (
              <label className="field">
                <span>
                  Duration granted: <strong>{formatMinutes(shorter ?? requestedMinutes)}</strong>{' '}
                  <span className="muted small">(you may shorten it)</span>
                </span>
                <input
                  type="range"
                  min={30}
                  max={requestedMinutes}
                  step={30}
                  value={shorter ?? requestedMinutes}
                  aria-valuetext={formatMinutes(shorter ?? requestedMinutes)}
                  onChange={(e) => {
                    const value = Number(e.target.value);
                    setShorter(value === requestedMinutes ? null : value);
                  }}
                />
              </label>
            ) : null
          }
        >
          {deciding.kind === 'one' ? (
            <p>
              {deciding.request.principal.displayName} asks for <strong>{deciding.request.role.name}</strong> at{' '}
              <strong>{deciding.request.scope.name}</strong>, {requestWindow(deciding.request)}.
              {deciding.request.justification ? ` “${deciding.request.justification}”` : ''}
            </p>
          ) : (
            <p>All or nothing: if one of them cannot be decided, none is.</p>
          )}
        </ReasonDialog>
      ) : null}
    </div>
  );
}
