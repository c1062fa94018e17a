'use client';

import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import Link from 'next/link';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { AssignmentState, MyRoleRow_AssignmentFragment } from '@/gql/graphql';
import { formatTimeLeft } from '@/lib/duration';
import { formatDateTime, formatEnd, humanize } from '@/lib/format';
import { useNow } from '@/lib/useNow';
import { useRefetchOnReconnect } from '@/live/useLiveRefetch';
import { ActivationsSubscription, MyRequestsSubscription } from '@/requests/fragments';
import { useViewer } from '@/shell/ViewerContext';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { EmptyState, Loading } from '@/ui/States';
import { ActivateDialog, type Activatable } from './ActivateDialog';

const MyRoleFragment = graphql(`
  fragment MyRoleRow_assignment on RoleAssignment {
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

const MyAssignments = graphql(`
  query MyAssignments($principalId: ID!, $state: AssignmentState!) {
    # 50: the most the API's query cost limit allows for these rows
    roleAssignments(filter: { principalId: $principalId, expandGroups: true, state: $state }, first: 50) {
      totalCount
      edges {
        node {
          id
          type
          endAt
          ...MyRoleRow_assignment
        }
      }
    }
  }
`);

const MyOpenRequests = graphql(`
  query MyOpenRequests {
    roleRequests(filter: { mine: true, status: [PENDING_APPROVAL, PENDING_ADMIN_DECISION, GRANTED] }, first: 50) {
      edges {
        node {
          id
          action
          status
          role {
            id
          }
          scope {
            id
          }
        }
      }
    }
  }
`);

const DeactivateRole = graphql(`
  mutation DeactivateRole($assignmentId: ID!) {
    deactivateRole(assignmentId: $assignmentId) {
      id
      status
    }
  }
`);

const RequestExtension = graphql(`
  mutation RequestExtension($assignmentId: ID!, $justification: String!) {
    requestExtension(assignmentId: $assignmentId, justification: $justification) {
      id
      status
    }
  }
`);

const RequestRenewal = graphql(`
  mutation RequestRenewal($assignmentId: ID!, $justification: String!) {
    requestRenewal(assignmentId: $assignmentId, justification: $justification) {
      id
      status
    }
  }
`);

type Row = MyRoleRow_AssignmentFragment;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Extend: an assignment of my own (not through a group) that ends within 14 days. */
function canExtend(row: Row, now: number): boolean {
  if (row.viaGroup || row.origin !== 'ASSIGNED' || !row.endAt) return false;
  return new Date(row.endAt).getTime() - now <= 14 * DAY_MS;
}

/** Renew: an assignment of my own that ended within the last 30 days. */
function canRenew(row: Row, now: number): boolean {
  if (row.viaGroup || row.origin !== 'ASSIGNED' || !row.endAt) return false;
  return now - new Date(row.endAt).getTime() <= 30 * DAY_MS;
}

interface Actions {
  /** My open requests by role and scope ("roleId:scopeId"): shown on the row instead of offering to ask again */
  pending: ReadonlyMap<string, string>;
  onActivate: (target: Activatable) => void;
  onDeactivate: (row: Row) => void;
  onExtend: (row: Row) => void;
  onRenew: (row: Row) => void;
}

/** My eligible, active, scheduled and recently ended roles; live: refreshed when my requests or activations change. */
export function MyRolesView() {
  const viewer = useViewer();
  const client = useApolloClient();
  const [activating, setActivating] = useState<Activatable | null>(null);
  const [deactivating, setDeactivating] = useState<Row | null>(null);
  const [extending, setExtending] = useState<{ row: Row; kind: 'extend' | 'renew' } | null>(null);
  const [deactivate, deactivation] = useMutation(DeactivateRole);
  const [extend, extension] = useMutation(RequestExtension);
  const [renew, renewal] = useMutation(RequestRenewal);

  const refresh = useCallback(() => {
    void client.refetchQueries({ include: [MyAssignments, MyOpenRequests] }).catch(() => undefined);
  }, [client]);

  useSubscription(MyRequestsSubscription, { onData: refresh });
  useSubscription(ActivationsSubscription, {
    variables: { scopeId: null },
    onData: ({ data }) => {
      if (data.data?.activations.assignment.principal.id === viewer.id) refresh();
    },
  });
  useRefetchOnReconnect(refresh);

  const open = useQuery(MyOpenRequests);
  const pending = new Map(
    (open.data?.roleRequests.edges ?? [])
      .filter(({ node }) => node.action === 'SELF_ACTIVATE')
      .map(({ node }) => [`${node.role.id}:${node.scope.id}`, node.status] as const),
  );

  const actions: Actions = {
    pending,
    onActivate: setActivating,
    onDeactivate: setDeactivating,
    onExtend: (row) => setExtending({ row, kind: 'extend' }),
    onRenew: (row) => setExtending({ row, kind: 'renew' }),
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>My roles</h1>
          <p className="lead">Activate your eligible roles when you need them; see what you hold now, what is scheduled and what ended.</p>
        </div>
      </div>
      <MyRoleSections principalId={viewer.id} state="IN_FORCE" actions={actions} onEnd={refresh} />
      <MyRoleSections principalId={viewer.id} state="SCHEDULED" actions={actions} onEnd={refresh} />
      <MyRoleSections principalId={viewer.id} state="ENDED" actions={actions} onEnd={refresh} />

      {activating ? (
        <ActivateDialog
          target={activating}
          onClose={() => setActivating(null)}
          onDone={refresh}
        />
      ) : null}
      {deactivating ? (
        <ReasonDialog
          title={`Deactivate ${deactivating.role.name}`}
          confirmLabel="Deactivate"
          busyLabel="Deactivating…"
          danger
          loading={deactivation.loading}
          error={deactivation.error}
          onClose={() => {
            deactivation.reset();
            setDeactivating(null);
          }}
          onSubmit={async () => {
            const result = await deactivate({ variables: { assignmentId: deactivating.assignmentId } }).catch(() => null);
            if (result?.data) refresh();
            return Boolean(result?.data);
          }}
        >
          <p>
            End your activation of <strong>{deactivating.role.name}</strong> at <strong>{deactivating.scope.name}</strong> now.
          </p>
        </ReasonDialog>
      ) : null}
      {extending ? (
        <ReasonDialog
          title={`${extending.kind === 'extend' ? 'Extend' : 'Renew'} ${extending.row.role.name}`}
          confirmLabel={extending.kind === 'extend' ? 'Request extension' : 'Request renewal'}
          busyLabel="Sending…"
          reasonRequired
          loading={extension.loading || renewal.loading}
          error={extending.kind === 'extend' ? extension.error : renewal.error}
          onClose={() => {
            extension.reset();
            renewal.reset();
            setExtending(null);
          }}
          onSubmit={async (justification) => {
            const variables = { assignmentId: extending.row.assignmentId, justification };
            const result = await (extending.kind === 'extend' ? extend({ variables }) : renew({ variables })).catch(() => null);
            if (result?.data) refresh();
            return Boolean(result?.data);
          }}
        >
          <p>
            Ask the administrators of <strong>{extending.row.scope.name}</strong> to {extending.kind}{' '}
            {humanize(extending.row.type).toLowerCase()} {extending.row.role.name}
            {extending.row.endAt ? ` (${extending.kind === 'extend' ? 'ends' : 'ended'} ${formatDateTime(extending.row.endAt)})` : ''}.
          </p>
        </ReasonDialog>
      ) : null}
    </div>
  );
}

function MyRoleSections({
  principalId,
  state,
  actions,
  onEnd,
}: {
  principalId: string;
  state: AssignmentState;
  actions: Actions;
  onEnd: () => void;
}) {
  const { data, error, loading, refetch } = useQuery(MyAssignments, { variables: { principalId, state } });
  const now = useNow(60_000);
  const rows = data?.roleAssignments.edges.map((edge) => edge.node) ?? [];
  const more = data && data.roleAssignments.totalCount > rows.length;
  const common = { loading: loading && !data, failed: !data && !!error, actions };

  // Refresh when the next active window ends, so an expired role moves to "Ended" without a reload.
  const nextEnd = state === 'IN_FORCE' ? Math.min(...rows.map((row) => (row.endAt ? new Date(row.endAt).getTime() : Infinity))) : Infinity;
  useEffect(() => {
    if (!Number.isFinite(nextEnd)) return;
    const timer = setTimeout(onEnd, Math.max(nextEnd - Date.now() + 1_000, 1_000));
    return () => clearTimeout(timer);
  }, [nextEnd, onEnd]);

  if (state === 'SCHEDULED') {
    return (
      <MyRoleSection title="Scheduled" empty="No assignments are scheduled to start later." rows={rows} {...common}>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </MyRoleSection>
    );
  }
  if (state === 'ENDED') {
    const recent = rows.filter((row) => row.endAt && now - new Date(row.endAt).getTime() <= 30 * DAY_MS);
    return (
      <MyRoleSection
        title="Ended"
        description="Roles that ended in the last 30 days."
        empty="Nothing ended in the last 30 days."
        rows={recent}
        {...common}
      >
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
        {...common}
      >
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </MyRoleSection>
      <MyRoleSection
        title="Active roles"
        description="You hold these now."
        empty="You have no active roles."
        rows={rows.filter((row) => row.type === 'ACTIVE')}
        {...common}
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
  actions,
  children,
}: {
  title: string;
  description?: string;
  empty: string;
  rows: readonly FragmentType<typeof MyRoleFragment>[];
  loading: boolean;
  /** The list could not be loaded: say nothing rather than "none" */
  failed: boolean;
  actions: Actions;
  children?: ReactNode;
}) {
  const headingId = `my-roles-${title.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {description ? <p className="muted">{description}</p> : null}
      {children}
      {loading ? (
        <Loading />
      ) : failed ? null : rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <MyRoleTable caption={title} rows={rows} actions={actions} ended={title === 'Ended'} />
      )}
    </section>
  );
}

function MyRoleTable({
  caption,
  rows,
  actions,
  ended,
}: {
  caption: string;
  rows: readonly FragmentType<typeof MyRoleFragment>[];
  actions: Actions;
  ended: boolean;
}) {
  const assignments = useFragment(MyRoleFragment, rows);
  const now = useNow(1000);
  return (
    <DataTable caption={caption} columns={['Role', 'Scope', 'Type', 'Window', 'Held through', 'Time left', { hidden: 'Actions' }]}>
      {assignments.map((row) => {
        const label = `${row.role.name} at ${row.scope.name}`;
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
              {!ended && row.type === 'ELIGIBLE' && actions.pending.has(`${row.role.id}:${row.scope.id}`) ? (
                <Badge tone="scheduled">{humanize(actions.pending.get(`${row.role.id}:${row.scope.id}`) ?? '')}</Badge>
              ) : null}
              {!ended && row.type === 'ELIGIBLE' && row.state === 'IN_FORCE' && !actions.pending.has(`${row.role.id}:${row.scope.id}`) ? (
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
