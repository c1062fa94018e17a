'use client';

import { graphql, useFragment, type FragmentType } from '@/gql';
import type { MyRoleTable_AssignmentFragment } from '@/gql/graphql';
import { formatTimeLeft } from '@/lib/duration';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { useNow } from '@/lib/useNow';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import type { Activatable } from './ActivateDialog';

export const MyRoleFragment = graphql(`
  fragment MyRoleTable_assignment on RoleAssignment {
    id
    assignmentId
    type
    origin
    state
    startAt
    endAt
    endReason
    role {
      id
      name
    }
    scope {
      id
      name
      type
    }
    viaGroup {
      id
      displayName
    }
  }
`);

export type MyRole = MyRoleTable_AssignmentFragment;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Extend: an assignment of my own (not through a group) that ends within 14 days. */
function canExtend(row: MyRole, now: number): boolean {
  if (row.viaGroup || row.origin !== 'ASSIGNED' || !row.endAt) return false;
  return new Date(row.endAt).getTime() - now <= 14 * DAY_MS;
}

/** Renew: an assignment of my own that ended within the last 30 days. */
function canRenew(row: MyRole, now: number): boolean {
  if (row.viaGroup || row.origin !== 'ASSIGNED' || !row.endAt) return false;
  return now - new Date(row.endAt).getTime() <= 30 * DAY_MS;
}

export interface MyRoleActions {
  /** My open requests by role and scope ("roleId:scopeId"): shown on the row instead of offering to ask again */
  pending: ReadonlyMap<string, string>;
  onActivate: (target: Activatable) => void;
  onDeactivate: (row: MyRole) => void;
  onExtend: (row: MyRole) => void;
  onRenew: (row: MyRole) => void;
}

/** Roles I hold active now, by role and scope ("roleId:scopeId"), with their end (null: no end) */
export type ActiveUntil = ReadonlyMap<string, string | null>;

/** My assignments as rows, with what I may do with each: activate, deactivate, extend, renew. */
export function MyRoleTable({
  caption,
  rows,
  actions,
  activeUntil,
  ended,
}: {
  caption: string;
  rows: readonly FragmentType<typeof MyRoleFragment>[];
  actions: MyRoleActions;
  activeUntil?: ActiveUntil;
  ended: boolean;
}) {
  const assignments = useFragment(MyRoleFragment, rows);
  const now = useNow(1000);
  return (
    <DataTable caption={caption} columns={['Role', 'Scope', 'Type', 'Window', 'Held through', 'Time left', { hidden: 'Actions' }]}>
      {assignments.map((row) => {
        const label = `${row.role.name} at ${row.scope.name}`;
        const key = `${row.role.id}:${row.scope.id}`;
        const pending = row.type === 'ELIGIBLE' ? actions.pending.get(key) : undefined;
        const active = row.type === 'ELIGIBLE' && activeUntil?.has(key);
        return (
          <tr key={row.id}>
            <td>{row.role.name}</td>
            <td>
              {row.scope.name} <span className="muted small">{humanize(row.scope.type)}</span>
            </td>
            <td>
              <Badge tone={ended ? 'ended' : row.type === 'ACTIVE' ? 'active' : 'eligible'}>{humanize(row.type)}</Badge>
              {row.origin === 'ACTIVATED' ? <span className="muted small"> activated</span> : null}
              {ended && row.endReason ? <span className="muted small"> · {humanize(row.endReason)}</span> : null}
            </td>
            <td>
              {formatDateTime(row.startAt)} – {row.endAt ? formatEnd(row.endAt) : <Badge>permanent</Badge>}
            </td>
            <td>{row.viaGroup ? <Badge tone="info">via group {row.viaGroup.displayName}</Badge> : <span className="muted">direct</span>}</td>
            <td>
              {ended ? (
                <span className="muted">ended</span>
              ) : row.endAt ? (
                <span className="time-left" aria-label={`Time left for ${label}`}>
                  {formatTimeLeft(row.endAt, now)}
                </span>
              ) : (
                <span className="muted">no end</span>
              )}
            </td>
            <td className="cell-actions">
              {!ended && pending !== undefined && !active ? <Badge tone="scheduled">{humanize(pending)}</Badge> : null}
              {active ? <Badge tone="active">{activeUntil?.get(key) ? `Active until ${formatDateTime(activeUntil.get(key))}` : 'Active'}</Badge> : null}
              {!ended && row.type === 'ELIGIBLE' && row.state === 'IN_FORCE' && pending === undefined && !active ? (
                <button
                  type="button"
                  className="button button-small button-primary"
                  aria-label={`Activate ${label}`}
                  onClick={() =>
                    actions.onActivate({
                      eligibilityId: row.assignmentId,
                      roleId: row.role.id,
                      roleName: row.role.name,
                      scopeId: row.scope.id,
                      scopeName: row.scope.name,
                    })
                  }
                >
                  Activate
                </button>
              ) : null}
              {!ended && row.type === 'ACTIVE' && row.origin === 'ACTIVATED' && !row.viaGroup ? (
                <button type="button" className="button button-small button-danger" aria-label={`Deactivate ${label}`} onClick={() => actions.onDeactivate(row)}>
                  Deactivate
                </button>
              ) : null}
              {!ended && canExtend(row, now) ? (
                <button type="button" className="button button-small" aria-label={`Extend ${label}`} onClick={() => actions.onExtend(row)}>
                  Extend
                </button>
              ) : null}
              {ended && canRenew(row, now) ? (
                <button type="button" className="button button-small" aria-label={`Renew ${label}`} onClick={() => actions.onRenew(row)}>
                  Renew
                </button>
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
