'use client';

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { MyRequestsLiveSubscription, MyRequestsQuery } from '@/gql/graphql';
import { MyRequestsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { updateField, upsertNode } from '@/live/listUpdates';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { EmptyState, Loading } from '@/ui/States';
import { MyRequests } from './queries';
import { requestOrder } from './order';
import { requestWindow, RequestTable, type RequestData } from './RequestTable';

const CancelRequest = graphql(`
  mutation CancelRequest($requestId: ID!) {
    cancelRequest(requestId: $requestId) {
      id
      ...RequestTable_request
    }
  }
`);

/** A request of mine that changed is in the cache by now; one that is new joins the list where its creation puts it. */
function mergeMyRequest(current: MyRequestsQuery, { myRequests }: MyRequestsLiveSubscription): MyRequestsQuery {
  return updateField(current, 'roleRequests', (list) => upsertNode(list, myRequests, requestOrder));
}

const CANCELABLE = new Set(['PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED']);

/** The requests I made or that are about me, with their status as it changes (myRequests subscription). */
export function MyRequestsView() {
  const { data, error, loading, refetch } = useLiveList(MyRequests, {}, [liveFeed({ query: MyRequestsFeed }, mergeMyRequest)]);
  const [canceling, setCanceling] = useState<RequestData | null>(null);
  const [cancel, cancellation] = useMutation(CancelRequest);
  const requests = data?.roleRequests.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>My requests</h1>
          <p className="lead">Your activations, extensions and renewals, and what became of them.</p>
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
