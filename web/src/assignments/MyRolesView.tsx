'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { AssignmentState } from '@/gql/graphql';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { useViewer } from '@/shell/ViewerContext';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';

const MyRoleFragment = graphql(`
  fragment MyRoleRow_assignment on RoleAssignment {
    id
    type
    origin
    startAt
    endAt
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

const MyAssignments = graphql(`
  query MyAssignments($principalId: ID!, $state: AssignmentState!) {
    # 50: the most the API's query cost limit allows for these rows
    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {
      totalCount
      edges {
        node {
          id
          type
          ...MyRoleRow_assignment
        }
      }
    }
  }
`);

/** My eligible and active roles, in force now, and those scheduled to start later. */
export function MyRolesView() {
  const viewer = useViewer();
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>My roles</h1>
          <p className="lead">The roles you hold now, directly or through a group, and those scheduled to start.</p>
        </div>
      </div>
      <MyRoleSections principalId={viewer.id} state="IN_FORCE" />
      <MyRoleSections principalId={viewer.id} state="SCHEDULED" />
    </div>
  );
}

function MyRoleSections({ principalId, state }: { principalId: string; state: AssignmentState }) {
  const { data, error, loading, refetch } = useQuery(MyAssignments, { variables: { principalId, state } });
  const rows = data?.roleAssignments.edges.map((edge) => edge.node) ?? [];
  const more = data && data.roleAssignments.totalCount > rows.length;

  if (state === 'SCHEDULED') {
    return (
      <MyRoleSection title="Scheduled" empty="No assignments are scheduled to start later." rows={rows} loading={loading && !data} failed={!data && !!error}>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </MyRoleSection>
    );
  }
  return (
    <>
      <MyRoleSection
        title="Eligible roles"
        description="You may activate these when you need them."
        empty="You have no eligible roles."
        rows={rows.filter((row) => row.type === 'ELIGIBLE')}
        loading={loading && !data}
        failed={!data && !!error}
      >
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </MyRoleSection>
      <MyRoleSection
        title="Active roles"
        description="You hold these now."
        empty="You have no active roles."
        rows={rows.filter((row) => row.type === 'ACTIVE')}
        loading={loading && !data}
        failed={!data && !!error}
      />
      {more ? (
        <p className="muted">
          Showing the first {rows.length} of {data.roleAssignments.totalCount}. <Link href="/assignments">See all in Assignments</Link>.
        </p>
      ) : null}
    </>
  );
}

function MyRoleSection({
  title,
  description,
  empty,
  rows,
  loading,
  failed,
  children,
}: {
  title: string;
  description?: string;
  empty: string;
  rows: readonly FragmentType<typeof MyRoleFragment>[];
  loading: boolean;
  /** The list could not be loaded: say nothing rather than "none" */
  failed: boolean;
  children?: ReactNode;
}) {
  const headingId = `my-roles-${title.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {description ? <p className="muted">{description}</p> : null}
      {children}
      {loading ? <Loading /> : failed ? null : rows.length === 0 ? <EmptyState>{empty}</EmptyState> : <MyRoleTable caption={title} rows={rows} />}
    </section>
  );
}

function MyRoleTable({ caption, rows }: { caption: string; rows: readonly FragmentType<typeof MyRoleFragment>[] }) {
  const assignments = useFragment(MyRoleFragment, rows);
  return (
    <DataTable caption={caption} columns={['Role', 'Scope', 'Type', 'Window', 'Held through']}>
      {assignments.map((row) => (
        <tr key={row.id}>
          <td>{row.role.name}</td>
          <td>
            {row.scope.name} <span className="muted small">{humanize(row.scope.type)}</span>
          </td>
          <td>
            <Badge tone={row.type === 'ACTIVE' ? 'active' : 'eligible'}>{humanize(row.type)}</Badge>
            {row.origin === 'ACTIVATED' ? <span className="muted small"> activated</span> : null}
          </td>
          <td>
            {formatDateTime(row.startAt)} – {row.endAt ? formatEnd(row.endAt) : <Badge>permanent</Badge>}
          </td>
          <td>{row.viaGroup ? <Badge tone="info">via group {row.viaGroup.displayName}</Badge> : <span className="muted">direct</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
