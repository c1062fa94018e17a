'use client';

import type { ReactNode } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { RequestStatus, RequestTable_RequestFragment } from '@/gql/graphql';
import { formatDuration } from '@/lib/duration';
import { formatDateTime, humanize } from '@/lib/format';
import type { ColumnSort } from '@/lib/sorting';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { useStatusAnnouncements } from './useStatusAnnouncements';

/**
 * A request as its row shows it. Mutations on a request return it, and the feeds carry it, so a decision or an event
 * updates the cached row.
 */
export const RequestTableFragment = graphql(`
  fragment RequestTable_request on RoleRequest {
    id
    action
    status
    statusReason
    justification
    ticketSystem
    ticketNumber
    startAt
    endAt
    duration
    createdAt
    canDecide
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
    approvals {
      stage
      state
      byScopeAdministrators
      decisions {
        decision
        decidedAt
        approver {
          id
          displayName
        }
      }
    }
  }
`);

export type RequestData = RequestTable_RequestFragment;

const STATUS_TONE: Record<RequestStatus, 'active' | 'scheduled' | 'ended' | 'warning' | 'eligible'> = {
  PENDING_APPROVAL: 'scheduled',
  PENDING_ADMIN_DECISION: 'scheduled',
  GRANTED: 'eligible',
  PROVISIONED: 'active',
  DENIED: 'warning',
  CANCELED: 'ended',
  EXPIRED: 'ended',
  REVOKED: 'ended',
  FAILED: 'warning',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{humanize(status)}</Badge>;
}

/** The window asked for: a start (or now) and a length or end. */
export function requestWindow(request: RequestData): string {
  const start = request.startAt ? formatDateTime(request.startAt) : 'now';
  if (request.duration) return `${formatDuration(request.duration)} from ${start}`;
  return `${start} – ${request.endAt ? formatDateTime(request.endAt) : 'permanent'}`;
}

/**
 * Where an approval stands: each stage, who decided and when. Extensions and renewals have no stages: an administrator
 * of the scope decides, and the summary says who did.
 */
export function approvalSummary(request: RequestData): string | null {
  if (request.approvals.length === 0) return null;
  return request.approvals
    .map((stage) => {
      const decided = stage.decisions
        .map((d) => `${d.decision === 'APPROVE' ? 'approved' : 'denied'} by ${d.approver.displayName} on ${formatDateTime(d.decidedAt)}`)
        .join(', ');
      const label = stage.byScopeAdministrators ? 'Administrator decision' : `Stage ${stage.stage + 1}`;
      return `${label}: ${decided || humanize(stage.state).toLowerCase()}`;
    })
    .join('; ');
}

/** Requests as rows; `selection` adds a checkbox column, `actions` a cell of buttons. A row's status change is announced. */
export function RequestTable({
  caption,
  requests,
  showRequester = false,
  selection,
  actions,
  sorts,
}: {
  caption: string;
  requests: readonly FragmentType<typeof RequestTableFragment>[];
  showRequester?: boolean;
  selection?: { selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void };
  actions?: (request: RequestData) => ReactNode;
  /** Sortable columns by name (DataTable) */
  sorts?: Record<string, ColumnSort>;
}) {
  const rows = useFragment(RequestTableFragment, requests);
  useStatusAnnouncements(rows, showRequester);
  const columns = [
    ...(selection ? [{ hidden: 'Select' }] : []),
    ...(showRequester ? ['Requester'] : []),
    'Role',
    'Scope',
    'Action',
    'Window',
    'Justification',
    'Status',
    'Created',
    ...(actions ? [{ hidden: 'Actions' }] : []),
  ];
  return (
    <DataTable caption={caption} columns={columns} sorts={sorts}>
      {rows.map((request) => {
        const label = `${request.role.name} at ${request.scope.name}${showRequester ? ` for ${request.principal.displayName}` : ''}`;
        const approval = approvalSummary(request);
        return (
          <tr key={request.id}>
            {selection ? (
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${label}`}
                  checked={selection.selected.has(request.id)}
                  onChange={(e) => selection.toggle(request.id, e.target.checked)}
                />
              </td>
            ) : null}
            {showRequester ? <td>{request.principal.displayName}</td> : null}
            <td>{request.role.name}</td>
            <td>{request.scope.name}</td>
            <td>{humanize(request.action)}</td>
            <td>{requestWindow(request)}</td>
            <td>
              {request.justification ?? <span className="muted">—</span>}
              {request.ticketNumber ? (
                <div className="muted small">
                  Ticket {request.ticketSystem ? `${request.ticketSystem} ` : ''}
                  {request.ticketNumber}
                </div>
              ) : null}
            </td>
            <td>
              <StatusBadge status={request.status} />
              {approval ? <div className="muted small">{approval}</div> : null}
              {request.statusReason ? <div className="muted small">{request.statusReason}</div> : null}
            </td>
            <td>{formatDateTime(request.createdAt)}</td>
            {actions ? <td className="cell-actions">{actions(request)}</td> : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
