'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { AssignmentPage } from '@/assignments/AssignmentTable';
import { graphql } from '@/gql';
import { fromLocalInput, humanize, toLocalInput } from '@/lib/format';
import { useCursorPages } from '@/lib/useCursorPages';
import { ScopePicker } from '@/scopes/ScopePicker';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { EffectiveAccessTable } from './EffectiveAccessTable';
import { PrincipalDetails } from './PrincipalDetails';
import { PrincipalActions } from './PrincipalActions';
import { ApiTokensSection } from './ApiTokensSection';
import { SignInSection } from './SignInSection';

const PersonPage = graphql(`
  query PersonPage($id: ID!) {
    principal(id: $id) {
      id
      displayName
      type
      enabled
      ... on User {
        email
        manager {
          id
          displayName
        }
      }
      ... on Group {
        roleAssignable
        scope {
          id
          name
        }
      }
      ...PrincipalDetails_principal
    }
  }
`);

const PersonAssignments = graphql(`
  query PersonAssignments($id: ID!, $after: String) {
    roleAssignments(filter: { principalId: $id, expandGroups: true }, first: 25, after: $after) {
      ...AssignmentPage_assignments
    }
  }
`);

const PersonEffectiveAccess = graphql(`
  query PersonEffectiveAccess($id: ID!, $scopeId: ID, $asOf: DateTime) {
    effectiveAccess(principalId: $id, scopeId: $scopeId, asOf: $asOf) {
      ...EffectiveAccessTable_role
    }
  }
`);

/** The `first` in the query above (a literal: the API prices a variable page size at its largest). */
const PAGE_SIZE = 25;

/** One principal: who they are, what is assigned to them, and what they hold in effect (with the reasons). */
export function PersonView({ id }: { id: string }) {
  const { data, error, loading, refetch } = useQuery(PersonPage, { variables: { id } });
  const client = useApolloClient();
  if (error && !data) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading /> : null;
  const principal = data.principal;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/people">People</Link> › {principal.displayName}
      </p>
      <div className="page-header">
        <div>
          <h1>{principal.displayName}</h1>
          <p className="lead">{humanize(principal.type)}</p>
        </div>
        <PrincipalActions
          principal={{
            id: principal.id,
            displayName: principal.displayName,
            type: principal.type,
            enabled: principal.enabled,
            ...(principal.__typename === 'User' ? { email: principal.email, manager: principal.manager } : {}),
            ...(principal.__typename === 'Group' ? { roleAssignable: principal.roleAssignable } : {}),
          }}
          // What they hold changes with them: every list on the page asks again.
          onChanged={() => void client.refetchQueries({ include: 'active' })}
        />
      </div>
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <PrincipalDetails principal={principal} />
      </section>
      {principal.__typename === 'User' ? <SignInSection id={principal.id} name={principal.displayName} /> : null}
      {principal.__typename === 'Group' ? <GroupMembersSection scope={principal.scope} name={principal.displayName} /> : null}
      {principal.__typename === 'ServicePrincipal' ? <ApiTokensSection servicePrincipalId={principal.id} name={principal.displayName} /> : null}
      <PersonAssignmentsSection id={id} name={principal.displayName} />
      <EffectiveAccessSection id={id} name={principal.displayName} />
    </div>
  );
}

const GroupMembers = graphql(`
  query GroupMembers($scopeId: ID!, $after: String) {
    roleAssignments(filter: { scopeId: $scopeId }, first: 25, after: $after) {
      ...AssignmentPage_assignments
    }
  }
`);

/** A group's members and owners: the Member and Owner assignments at its scope, managed in Assignments. */
function GroupMembersSection({ scope, name }: { scope: { id: string; name: string }; name: string }) {
  const pages = useCursorPages(scope.id);
  const { data, error, loading, refetch } = useQuery(GroupMembers, { variables: { scopeId: scope.id, after: pages.after } });
  return (
    <section className="panel" aria-labelledby="members-heading">
      <div className="panel-header">
        <h2 id="members-heading">Members and owners</h2>
        <Link className="button button-small" href={`/assignments?scope=${encodeURIComponent(scope.id)}`}>
          Add or remove in Assignments
        </Link>
      </div>
      <p className="muted small">Members hold every role the group holds; owners manage its members. Eligible members activate their membership.</p>
      <ProblemAlert error={error} onRetry={() => void refetch()} />
      {data ? (
        <AssignmentPage
          caption={`Members and owners of ${name}`}
          assignments={data.roleAssignments}
          pages={pages}
          pageSize={PAGE_SIZE}
          empty={`${name} has no member or owner that you may see.`}
          atScopeName={scope.name}
        />
      ) : loading ? (
        <Loading />
      ) : null}
    </section>
  );
}

function PersonAssignmentsSection({ id, name }: { id: string; name: string }) {
  const pages = useCursorPages(id);
  const { data, error, loading, refetch } = useQuery(PersonAssignments, { variables: { id, after: pages.after } });
  const list = data?.roleAssignments;
  return (
    <section className="panel" aria-labelledby="assignments-heading">
      <div className="panel-header">
        <h2 id="assignments-heading">Assignments</h2>
        <Link className="button button-small" href={`/assignments?principal=${encodeURIComponent(id)}&groups=1`}>
          Open in Assignments
        </Link>
      </div>
      <p className="muted small">In force now, held directly or through a group.</p>
      <ProblemAlert error={error} onRetry={() => void refetch()} />
      {list ? (
        <AssignmentPage
          caption={`Assignments of ${name}`}
          assignments={list}
          pages={pages}
          pageSize={PAGE_SIZE}
          empty={`${name} holds no assignment that you may see.`}
          showPrincipal={false}
        />
      ) : loading ? (
        <Loading />
      ) : null}
    </section>
  );
}

function EffectiveAccessSection({ id, name }: { id: string; name: string }) {
  const [scopeId, setScopeId] = useState<string | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(PersonEffectiveAccess, { variables: { id, scopeId, asOf } });
  return (
    <section className="panel" aria-labelledby="effective-heading">
      <h2 id="effective-heading">Effective access</h2>
      <p className="muted small">What {name} can actually use: active assignments in force, direct or through a group, here or inherited from above.</p>
      <div className="filter-grid">
        <ScopePicker label="At scope" value={scopeId} onChange={(scope) => setScopeId(scope?.id ?? null)} emptyLabel="Every scope" />
        <label className="field">
          <span>As of</span>
          <input type="datetime-local" value={toLocalInput(asOf)} onChange={(e) => setAsOf(fromLocalInput(e.target.value))} />
        </label>
      </div>
      <ProblemAlert error={error} onRetry={() => void refetch()} />
      {!data ? (
        loading ? <Loading /> : null
      ) : data.effectiveAccess.length === 0 ? (
        <EmptyState>{scopeId ? `${name} holds no active role at that scope.` : `${name} holds no active role.`}</EmptyState>
      ) : (
        <EffectiveAccessTable caption={`Effective access of ${name}`} roles={data.effectiveAccess} />
      )}
    </section>
  );
}
