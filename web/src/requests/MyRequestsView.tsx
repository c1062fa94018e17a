'use client';

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { LiveIndicator } from '@/live/LiveIndicator';
import { useRefetchOnReconnect } from '@/live/useLiveRefetch';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { EmptyState, Loading } from '@/ui/States';
import { MyRequestsSubscription } from './fragments';
import { requestWindow, RequestTable, type RequestData } from './RequestTable';

const MyRequests = graphql(`
  query MyRequests {
    roleRequests(filter: { mine: true }, first: 50) {
      totalCount
      edges {
        node {
          id
          ...RequestSummary_request
        }
      }
    }
  }
`);

const CancelRequest = graphql(`
  mutation CancelRequest($requestId: ID!) {
    cancelRequest(requestId: $requestId) {
      id
      ...RequestSummary_request
    }
  }
`);

const CANCELABLE = new Set(['PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED']);

/** The requests I made or that are about me, with their status as it changes (myRequests subscription). */
export function MyRequestsView() {
  const { data, error, loading, refetch } = useQuery(MyRequests);
  const [canceling, setCanceling] = useState<RequestData | null>(null);
  const [cancel, cancellation] = useMutation(CancelRequest);
  // The event carries the whole request, so a known row updates in the cache; a new one needs the list again.
  useSubscription(MyRequestsSubscription, { onData: () => void refetch().catch(() => undefined) });
  useRefetchOnReconnect(refetch);
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
