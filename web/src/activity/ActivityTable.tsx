'use client';

import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';

export const ActivityEventFragment = graphql(`
  fragment ActivityTable_event on ActivationEvent {
    kind
    at
    assignment {
      id
      endAt
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
`);

const KIND_TONE = { ACTIVATED: 'active', DEACTIVATED: 'ended', EXPIRED: 'ended', REVOKED: 'warning' } as const;

/**
 * One event per (kind, assignment): an activation starts once and ends once. The live feed may announce an event at a
 * slightly different instant than the history records it (a scheduled start is announced when the job runs), so the
 * instant is not part of the key.
 */
export function activityKey(event: { kind: string; assignment: { id: string } }): string {
  return `${event.kind}:${event.assignment.id}`;
}

/** Activation events as rows, in the order given. */
export function ActivityTable({ events }: { events: readonly FragmentType<typeof ActivityEventFragment>[] }) {
  const rows = useFragment(ActivityEventFragment, events);
  return (
    <DataTable caption="Activity" columns={['When', 'Event', 'Who', 'Role', 'Scope', 'Until']}>
      {rows.map((event) => (
        <tr key={activityKey(event)}>
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
  );
}
