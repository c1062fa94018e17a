'use client';

import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { AssignmentRow_AssignmentFragment } from '@/gql/graphql';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { Badge } from '@/ui/Badge';

export const AssignmentRowFragment = graphql(`
  fragment AssignmentRow_assignment on RoleAssignment {
    id
    assignmentId
    type
    origin
    state
    startAt
    endAt
    principal {
      id
      displayName
      type
    }
    role {
      id
      name
    }
    scope {
      id
      name
      type
    }
    inheritedFrom {
      id
      name
    }
    viaGroup {
      id
      displayName
    }
  }
`);

export type AssignmentRowData = AssignmentRow_AssignmentFragment;

const STATE_TONE = { IN_FORCE: 'active', SCHEDULED: 'scheduled', ENDED: 'ended', ALL: 'neutral' } as const;

/** Who holds which role at which scope, with where each row comes from (an ancestor scope, a group). */
export function AssignmentTable({
  caption,
  assignments,
  atScopeName,
  showPrincipal = true,
  onRemove,
}: {
  caption: string;
  /** The scope the list was asked about: inherited rows apply there, and say where they were made */
  atScopeName?: string;
  /** False on a principal's own page, where every row is theirs (rows held through a group still say so) */
  showPrincipal?: boolean;
  assignments: readonly FragmentType<typeof AssignmentRowFragment>[];
  /** Offers a Remove action on rows that are stored assignments in force or scheduled */
  onRemove?: (row: AssignmentRowData) => void;
}) {
  const rows = useFragment(AssignmentRowFragment, assignments);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {showPrincipal ? <th scope="col">Principal</th> : null}
            <th scope="col">Role</th>
            <th scope="col">Scope</th>
            <th scope="col">Type</th>
            <th scope="col">State</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            {onRemove ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {showPrincipal ? (
                <td>
                  <Link href={`/people/${row.principal.id}`}>{row.principal.displayName}</Link>
                  {row.principal.type !== 'USER' ? <span className="muted small"> {humanize(row.principal.type)}</span> : null}
                  {row.viaGroup ? (
                    <div>
                      <Badge tone="info">via group {row.viaGroup.displayName}</Badge>
                    </div>
                  ) : null}
                </td>
              ) : null}
              <td>
                {row.role.name}
                {!showPrincipal && row.viaGroup ? (
                  <div>
                    <Badge tone="info">via group {row.viaGroup.displayName}</Badge>
                  </div>
                ) : null}
              </td>
              <td>
                {row.inheritedFrom && atScopeName ? atScopeName : row.scope.name}
                {row.inheritedFrom ? (
                  <div>
                    <Badge tone="info">inherited from {row.inheritedFrom.name}</Badge>
                  </div>
                ) : null}
              </td>
              <td>
                <Badge tone={row.type === 'ACTIVE' ? 'active' : 'eligible'}>{humanize(row.type)}</Badge>
                {row.origin === 'ACTIVATED' ? <span className="muted small"> activated</span> : null}
              </td>
              <td>
                <Badge tone={STATE_TONE[row.state]}>{humanize(row.state)}</Badge>
              </td>
              <td>{formatDateTime(row.startAt)}</td>
              <td>{formatEnd(row.endAt)}</td>
              {onRemove ? (
                <td className="cell-actions">
                  {!row.viaGroup && row.state !== 'ENDED' ? (
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={`Remove ${row.role.name} for ${row.principal.displayName} at ${row.scope.name}`}
                      onClick={() => onRemove(row)}
                    >
                      Remove
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
