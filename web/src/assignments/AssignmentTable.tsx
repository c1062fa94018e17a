'use client';

import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { AssignmentRow_AssignmentFragment } from '@/gql/graphql';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import type { ColumnSort } from '@/lib/sorting';
import type { CursorPages } from '@/lib/useCursorPages';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { Pager } from '@/ui/Pager';
import { EmptyState } from '@/ui/States';

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
      kind
    }
    scope {
      id
      name
      type
      manageDirectory: viewerCanManage(kind: DIRECTORY)
      manageResource: viewerCanManage(kind: RESOURCE)
      manageGroup: viewerCanManage(kind: GROUP)
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

export const AssignmentPageFragment = graphql(`
  fragment AssignmentPage_assignments on RoleAssignmentConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ...AssignmentRow_assignment
      }
    }
  }
`);

export type AssignmentRowData = AssignmentRow_AssignmentFragment;

/** Whether the viewer may manage this row's assignment where it was made (Scope.viewerCanManage for the role's kind). */
function canManage(row: AssignmentRowData): boolean {
  if (row.role.kind === 'DIRECTORY') return row.scope.manageDirectory;
  if (row.role.kind === 'GROUP') return row.scope.manageGroup;
  return row.scope.manageResource;
}

const STATE_TONE = { IN_FORCE: 'active', SCHEDULED: 'scheduled', ENDED: 'ended', ALL: 'neutral' } as const;

interface TableOptions {
  caption: string;
  /** The scope the list was asked about: inherited rows apply there, and say where they were made */
  atScopeName?: string;
  /** False on a principal's own page, where every row is theirs (rows held through a group still say so) */
  showPrincipal?: boolean;
  /** Offers a Remove action on rows that are stored assignments, not ended */
  onRemove?: (row: AssignmentRowData) => void;
  /** Sortable columns by name (DataTable) */
  sorts?: Record<string, ColumnSort>;
}

/** One page of a roleAssignments connection: the table and the pager, or `empty` when there is nothing. */
export function AssignmentPage({
  assignments,
  pages,
  pageSize,
  empty,
  ...options
}: TableOptions & {
  assignments: FragmentType<typeof AssignmentPageFragment>;
  pages: CursorPages;
  /** The `first` the query asked for */
  pageSize: number;
  empty: string;
}) {
  const list = useFragment(AssignmentPageFragment, assignments);
  if (list.edges.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <AssignmentTable assignments={list.edges.map((edge) => edge.node)} {...options} />
      <Pager
        label={`${options.caption}: pages`}
        pages={pages}
        pageSize={pageSize}
        shown={list.edges.length}
        total={list.totalCount}
        pageInfo={list.pageInfo}
      />
    </>
  );
}

/** Who holds which role at which scope, with where each row comes from (an ancestor scope, a group). */
export function AssignmentTable({
  caption,
  assignments,
  atScopeName,
  showPrincipal = true,
  onRemove,
  sorts,
}: TableOptions & { assignments: readonly FragmentType<typeof AssignmentRowFragment>[] }) {
  const rows = useFragment(AssignmentRowFragment, assignments);
  const columns = [
    ...(showPrincipal ? ['Principal'] : []),
    'Role',
    'Scope',
    'Type',
    'State',
    'Start',
    'End',
    ...(onRemove ? [{ hidden: 'Actions' }] : []),
  ];
  return (
    <DataTable caption={caption} columns={columns} sorts={sorts}>
      {rows.map((row) => {
        const viaGroup = row.viaGroup ? (
          <div>
            <Badge tone="info">via group {row.viaGroup.displayName}</Badge>
          </div>
        ) : null;
        return (
          <tr key={row.id}>
            {showPrincipal ? (
              <td>
                <Link href={`/people/${row.principal.id}`}>{row.principal.displayName}</Link>
                {row.principal.type !== 'USER' ? <span className="muted small"> {humanize(row.principal.type)}</span> : null}
                {viaGroup}
              </td>
            ) : null}
            <td>
              {row.role.name}
              {showPrincipal ? null : viaGroup}
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
                {!row.viaGroup && row.state !== 'ENDED' && canManage(row) ? (
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
        );
      })}
    </DataTable>
  );
}
