'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { actionName } from './actionName';
import { actorName } from './actorName';

const RequestTimelineQuery = graphql(`
  query RequestTimeline($requestId: ID!) {
    auditEvents(filter: { requestId: $requestId }, first: 100) {
      edges {
        node {
          id
          at
          action
          actorType
          justification
          actor {
            id
            displayName
          }
          request {
            id
            status
          }
        }
      }
    }
  }
`);

/** All events of one request, oldest first: what happened to it, by whom, when. */
export function RequestTimeline({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { data, error, loading, refetch } = useQuery(RequestTimelineQuery, { variables: { requestId } });
  const events = [...(data?.auditEvents.edges.map((edge) => edge.node) ?? [])].reverse();
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <div className="results-header">
        <h2 id="timeline-heading">Request timeline</h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Close timeline
        </button>
      </div>
      <ProblemAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? <Loading /> : null}
      {data && events.length === 0 ? <EmptyState>No events of this request that you may see.</EmptyState> : null}
      <ol className="timeline" aria-label="Events of the request, oldest first">
        {events.map((event) => (
          <li key={event.id}>
            {/* In words, as the Audit table says it; the code stays in the tooltip for those who search by it. */}
            <strong title={event.action} data-action={event.action}>
              {actionName(event.action)}
            </strong>
            {' · '}
            <time dateTime={event.at}>{formatDateTime(event.at)}</time> · by {actorName(event)}
            {event.justification ? <> · “{event.justification}”</> : null}
            {event.request ? <> · now {event.request.status.toLowerCase().replace(/_/g, ' ')}</> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
