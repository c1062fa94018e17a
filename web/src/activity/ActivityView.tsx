'use client';

import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import type { ActivationsLiveSubscription } from '@/gql/graphql';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { LiveIndicator } from '@/live/LiveIndicator';
import { ActivationsSubscription } from '@/requests/fragments';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { EmptyState } from '@/ui/States';

type ActivationEvent = ActivationsLiveSubscription['activations'];

const KIND_TONE = { ACTIVATED: 'active', DEACTIVATED: 'ended', EXPIRED: 'ended', REVOKED: 'warning' } as const;
const MAX_EVENTS = 200;

/** Activations, deactivations, expiries and revocations as they happen, newest first (activations subscription). */
export function ActivityView() {
  const [events, setEvents] = useState<{ key: string; event: ActivationEvent }[]>([]);
  const { error } = useSubscription(ActivationsSubscription, {
    variables: { scopeId: null },
    onData: ({ data }) => {
      const event = data.data?.activations;
      if (!event) return;
      const key = `${event.kind}:${event.assignment.id}:${event.at}`;
      setEvents((all) => (all.some((e) => e.key === key) ? all : [{ key, event }, ...all].slice(0, MAX_EVENTS)));
    },
  });

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Activity</h1>
          <p className="lead">Activations and their ends, live, for the scopes you may see. Newest first.</p>
        </div>
        <LiveIndicator />
      </div>
      <section className="panel" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Live feed</h2>
        {error ? (
          <div className="alert alert-error" role="alert">
            <strong className="alert-title">Live feed unavailable</strong> <span>{error.message}</span>
          </div>
        ) : null}
        {events.length === 0 ? (
          <EmptyState>Nothing has happened since you opened this page. Events appear here as they happen.</EmptyState>
        ) : (
          <DataTable caption="Activity" columns={['When', 'Event', 'Who', 'Role', 'Scope', 'Until']}>
            {events.map(({ key, event }) => (
              <tr key={key}>
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
      </section>
    </div>
  );
}
