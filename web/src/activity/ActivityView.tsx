'use client';

import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { ActivationsLiveSubscription, ActivityHistoryQuery } from '@/gql/graphql';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { LiveIndicator } from '@/live/LiveIndicator';
import { useRefetchOnReconnect } from '@/live/useLiveRefetch';
import { ActivationsSubscription } from '@/requests/fragments';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';

/** The past of the live feed, with the same fields as the subscription so both make the same rows. */
const ActivityHistory = graphql(`
  query ActivityHistory($after: String) {
    activationEvents(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          at
          assignment {
            id
            assignmentId
            type
            origin
            startAt
            endAt
            endReason
            principal {
              id
              displayName
            }
            role {
              id
              name
            }
            scope {
              id
              name
            }
            viaGroup {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

type ActivationEvent = ActivationsLiveSubscription['activations'] | ActivityHistoryQuery['activationEvents']['edges'][number]['node'];
type HistoryPage = ActivityHistoryQuery['activationEvents'];

const KIND_TONE = { ACTIVATED: 'active', DEACTIVATED: 'ended', EXPIRED: 'ended', REVOKED: 'warning' } as const;
const MAX_LIVE_EVENTS = 200;

/**
 * One event per (kind, assignment): an activation starts once and ends once. The live feed may announce an event at a
 * slightly different instant than the history records it (a scheduled start is announced when the job runs), so the
 * instant is not part of the key.
 */
const keyOf = (event: ActivationEvent) => `${event.kind}:${event.assignment.id}`;

/**
 * Activations, deactivations, expiries and revocations, newest first: the history (activationEvents, page by page)
 * with what the live feed (activations subscription) brings on top of it, without repeating an event both carry.
 */
export function ActivityView() {
  const client = useApolloClient();
  const [live, setLive] = useState<ActivationEvent[]>([]);
  const [older, setOlder] = useState<HistoryPage[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<ErrorLike | null>(null);
  const history = useQuery(ActivityHistory, { variables: { after: null }, fetchPolicy: 'network-only' });
  const { error } = useSubscription(ActivationsSubscription, {
    variables: { scopeId: null },
    onData: ({ data }) => {
      const event = data.data?.activations;
      if (!event) return;
      setLive((all) => (all.some((e) => keyOf(e) === keyOf(event)) ? all : [event, ...all].slice(0, MAX_LIVE_EVENTS)));
    },
  });
  // Back from a dropped connection: the history holds what the feed missed meanwhile.
  useRefetchOnReconnect(history.refetch);

  const pages = history.data ? [history.data.activationEvents, ...older] : [];
  const last = pages[pages.length - 1];
  const seen = new Set<string>();
  const events: ActivationEvent[] = [];
  for (const event of [...live, ...pages.flatMap((page) => page.edges.map((edge) => edge.node))]) {
    const key = keyOf(event);
    if (seen.has(key)) continue;
    seen.add(key);
    events.push(event);
  }

  async function showOlder() {
    if (!last?.pageInfo.endCursor) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const result = await client.query({ query: ActivityHistory, variables: { after: last.pageInfo.endCursor }, fetchPolicy: 'network-only' });
      const page = result.data?.activationEvents;
      if (page) setOlder((all) => [...all, page]);
    } catch (caught) {
      setOlderError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Activity</h1>
          <p className="lead">Activations and their ends, for the scopes you may see: what happened, and live what happens. Newest first.</p>
        </div>
        <LiveIndicator />
      </div>
      <section className="panel" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        {error ? (
          <div className="alert alert-error" role="alert">
            <strong className="alert-title">Live feed unavailable</strong> <span>{error.message}</span>
          </div>
        ) : null}
        <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
        {!history.data && history.loading ? (
          <Loading />
        ) : events.length === 0 ? (
          <EmptyState>No activation has happened yet where you may see. Events appear here as they happen.</EmptyState>
        ) : (
          <DataTable caption="Activity" columns={['When', 'Event', 'Who', 'Role', 'Scope', 'Until']}>
            {events.map((event) => (
              <tr key={keyOf(event)}>
                <td>{formatDateTime(event.at)}</td>
                <td>
                  <Badge tone={KIND_TONE[event.kind]}>{humanize(event.kind)}</Badge>
                </td>
                <td>
                  {event.assignment.principal.displayName}
                  {event.assignment.viaGroup ? <span className="muted small"> via {event.assignment.viaGroup.displayName}</span> : null}
                </td>
                <td>{event.assignment.role.name}</td>
                <td>{event.assignment.scope.name}</td>
                <td>{formatEnd(event.assignment.endAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <ProblemAlert error={olderError} />
        {last?.pageInfo.hasNextPage ? (
          <div className="actions">
            <button type="button" className="button button-small" onClick={() => void showOlder()} disabled={loadingOlder}>
              {loadingOlder ? 'Loading…' : 'Show older'}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
