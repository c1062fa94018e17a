'use client';

import Link from 'next/link';
import { useEffect, type ReactNode } from 'react';
import { useFragment, type FragmentType } from '@/gql';
import type { AssignmentState } from '@/gql/graphql';
import { useNow } from '@/lib/useNow';
import { ActivationsFeed, MyRequestsFeed } from '@/live/feeds';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { mergeMyActivation, mergeMyRequestIntoAssignments } from './myRolesLive';
import { MyAssignments } from './queries';
import { DAY_MS, MyRoleFragment, MyRoleTable, type ActiveUntil, type MyRoleActions } from './MyRoleTable';

/**
 * My assignments in one state, live: IN_FORCE as "Eligible roles" and "Active roles", SCHEDULED, ENDED (the last 30
 * days). My activations move rows between them; requests of mine that took effect make them ask again.
 */
export function MyRoleSections({ principalId, state, actions }: { principalId: string; state: AssignmentState; actions: MyRoleActions }) {
  const { data, error, loading, refetch } = useLiveList(MyAssignments, { variables: { principalId, state } }, [
    liveFeed({ query: ActivationsFeed, variables: { scopeId: null } }, mergeMyActivation(state, principalId)),
    liveFeed({ query: MyRequestsFeed }, mergeMyRequestIntoAssignments(principalId)),
  ]);
  const now = useNow(60_000);
  const rows = data?.roleAssignments.edges.map((edge) => edge.node) ?? [];
  const assignments = useFragment(MyRoleFragment, rows);
  const more = data && data.roleAssignments.totalCount > rows.length;
  const common = { loading: loading && !data, failed: !data && !!error, actions };
  const problem = <ProblemAlert error={error} onRetry={() => void refetch()} />;

  // Ask again when the next active window ends, so an expired role moves to "Ended" even if its event is missed.
  const nextEnd = state === 'IN_FORCE' ? Math.min(...rows.map((row) => (row.endAt ? new Date(row.endAt).getTime() : Infinity))) : Infinity;
  useEffect(() => {
    if (!Number.isFinite(nextEnd)) return;
    const timer = setTimeout(() => void refetch().catch(() => undefined), Math.max(nextEnd - Date.now() + 1_000, 1_000));
    return () => clearTimeout(timer);
  }, [nextEnd, refetch]);

  if (state === 'SCHEDULED') {
    return (
      <MyRoleSection title="Scheduled" empty="No assignments are scheduled to start later." rows={rows} {...common}>
        {problem}
      </MyRoleSection>
    );
  }
  if (state === 'ENDED') {
    const recent = rows.filter((row) => row.endAt && now - new Date(row.endAt).getTime() <= 30 * DAY_MS);
    return (
      <MyRoleSection title="Ended" description="Roles that ended in the last 30 days." empty="Nothing ended in the last 30 days." rows={recent} {...common}>
        {problem}
      </MyRoleSection>
    );
  }
  // An eligible role I hold active already (activated, assigned or through a group) is not offered again.
  const activeUntil = new Map<string, string | null>();
  for (const row of assignments) {
    if (row.type === 'ACTIVE') activeUntil.set(`${row.role.id}:${row.scope.id}`, row.endAt ?? null);
  }
  return (
    <>
      <MyRoleSection
        title="Eligible roles"
        description="You may activate these when you need them."
        empty="You have no eligible roles."
        rows={rows.filter((row) => row.type === 'ELIGIBLE')}
        activeUntil={activeUntil}
        {...common}
      >
        {problem}
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
  activeUntil,
  children,
}: {
  title: string;
  description?: string;
  empty: string;
  rows: readonly FragmentType<typeof MyRoleFragment>[];
  loading: boolean;
  /** The list could not be loaded: say nothing rather than "none" */
  failed: boolean;
  actions: MyRoleActions;
  activeUntil?: ActiveUntil;
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
        <MyRoleTable caption={title} rows={rows} actions={actions} activeUntil={activeUntil} ended={title === 'Ended'} />
      )}
    </section>
  );
}
