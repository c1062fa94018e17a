'use client';

import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatCompactDateTime, formatDateTime } from '@/lib/format';
import type { ColumnSort } from '@/lib/sorting';
import { DataTable } from '@/ui/DataTable';
import { actionName } from './actionName';
import { actorName } from './actorName';

export const AuditTableFragment = graphql(`
  fragment AuditTable_event on AuditEvent {
    id
    sequence
    at
    action
    actorType
    justification
    actor {
      id
      displayName
    }
    targetPrincipal {
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
    request {
      id
    }
  }
`);

/** Audit events as rows; an event of a request offers that request's timeline. */
export function AuditTable({
  events: refs,
  sorts,
  onTimeline,
}: {
  events: readonly FragmentType<typeof AuditTableFragment>[];
  /** Sortable columns by name (DataTable) */
  sorts?: Record<string, ColumnSort>;
  onTimeline: (requestId: string) => void;
}) {
  const events = useFragment(AuditTableFragment, refs);
  return (
    <DataTable caption="Audit events" sorts={sorts} columns={['#', 'Time', 'Action', 'Actor', 'Target', 'Role', 'Scope', 'Justification', { hidden: 'Request' }]}>
      {events.map((event) => (
        <tr key={event.id}>
          <td>{event.sequence}</td>
          <td className="cell-nowrap">
            <time dateTime={event.at} title={formatDateTime(event.at)}>
              {formatCompactDateTime(event.at)}
            </time>
          </td>
          <td>
            <span title={event.action} data-action={event.action}>
              {actionName(event.action)}
            </span>
          </td>
          <td>{actorName(event)}</td>
          <td>{event.targetPrincipal?.displayName ?? '—'}</td>
          <td>{event.role?.name ?? '—'}</td>
          <td>{event.scope?.name ?? '—'}</td>
          <td>{event.justification ?? '—'}</td>
          <td>
            {event.request ? (
              <button
                type="button"
                className="button button-small"
                aria-label={`Timeline of the request of event ${event.sequence}`}
                onClick={() => event.request && onTimeline(event.request.id)}
              >
                Timeline
              </button>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
