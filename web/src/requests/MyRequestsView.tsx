'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { graphql } from '@/gql';
import type { MyRequestsLiveSubscription, MyRequestsQuery } from '@/gql/graphql';
import { MyRequestsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { updateField, upsertNode, type ListOrder } from '@/live/listUpdates';
import { columnSorts } from '@/lib/sorting';
import { useSearchState } from '@/lib/useSearchState';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { EmptyState, Loading } from '@/ui/States';
import { NEWEST_FIRST, readRequestSort, requestListVariables, requestOrderFor, requestSortQuery, SORTABLE_COLUMNS, type SortableRequest } from './order';
import { MyRequests } from './queries';
import { requestWindow, RequestTable, type RequestData } from './RequestTable';

const CancelRequest = graphql(`
  mutation CancelRequest($requestId: ID!) {
    cancelRequest(requestId: $requestId) {
      id
      ...RequestTable_request
    }
  }
`);

/** A request of mine that changed is in the cache by now; one that is new joins the list where the table's order puts it. */
function mergeMyRequest(current: MyRequestsQuery, { myRequests }: MyRequestsLiveSubscription, order: ListOrder<SortableRequest>): MyRequestsQuery {
  return updateField(current, 'roleRequests', (list) => upsertNode(list, myRequests, order));
}

const CANCELABLE = new Set(['PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED']);

/** The requests I made or that are about me, with their status as it changes (myRequests subscription). */
export function MyRequestsView() {
  const [sort, setSort] = useSearchState(readRequestSort, requestSortQuery);
  // Events fold in with the order shown now (the feed's subscription outlives a change of sort).
  const order = useRef(requestOrderFor(sort));
  order.current = requestOrderFor(sort);
  const live = useLiveList(MyRequests, { variables: requestListVariables(sort) }, [
    liveFeed({ query: MyRequestsFeed }, (current, event) => mergeMyRequest(current, event, order.current)),
  ]);
  const { error, loading, refetch } = live;
  // While another sort loads, the table stays (and the focus on its header) until the answer replaces it.
  const data = live.data ?? live.previousData;
  const sorts = columnSorts(SORTABLE_COLUMNS, sort, setSort, NEWEST_FIRST);
  const [canceling, setCanceling] = useState<RequestData | null>(null);
  const [cancel, cancellation] = useMutation(CancelRequest);
  const requests = data?.roleRequests.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>My requests</h1>
          <p className="lead">
            Your activations, extensions and renewals, and what became of them. Everything done to your roles is in{' '}
            <Link href="/audit">your audit history</Link>.
          </p>
        </div>
        <LiveIndicator />
      </div>
      <section className="panel" aria-labelledby="my-requests-heading">
        <h2 id="my-requests-heading" className="visually-hidden">
          Requests
        </h2>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
        {!data && loading ? (
          <Loading />
        ) : !data ? null : requests.length === 0 ? (
          <EmptyState>You have made no requests.</EmptyState>
        ) : (
          <RequestTable
            caption="My requests"
            requests={requests}
            sorts={sorts}
            actions={(request) =>
              CANCELABLE.has(request.status) ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Cancel request for ${request.role.name} at ${request.scope.name}`}
                  onClick={() => setCanceling(request)}
                >
                  Cancel
                </button>
              ) : null
            }
          />
        )}
      </section>
      {canceling ? (
        <ReasonDialog
          title="Cancel request"
          confirmLabel="Cancel request"
          busyLabel="Canceling…"
          danger
          loading={cancellation.loading}
          error={cancellation.error}
          onClose={() => {
            cancellation.reset();
            setCanceling(null);
          }}
          onSubmit={async () => {
            const result = await cancel({ variables: { requestId: canceling.id } }).catch(() => null);
            return Boolean(result?.data);
          }}
        >
          <p>
            Withdraw your request for <strong>{canceling.role.name}</strong> at <strong>{canceling.scope.name}</strong> ({requestWindow(canceling)}).
          </p>
        </ReasonDialog>
      ) : null}
    </div>
  );
}
