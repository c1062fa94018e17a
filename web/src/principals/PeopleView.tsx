'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { PrincipalType } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import { useCursorPages } from '@/lib/useCursorPages';
import { useDebounced } from '@/lib/useDebounced';
import { useSearchState } from '@/lib/useSearchState';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { Pager } from '@/ui/Pager';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { InviteUserDialog } from './InviteUserDialog';
import { CreateGroupDialog, CreateServicePrincipalDialog } from './CreatePrincipalDialogs';
import { AdminCapabilities } from './PrincipalActions';

const PeopleRowFragment = graphql(`
  fragment PeopleTable_principal on Principal {
    id
    displayName
    type
    enabled
    ... on User {
      email
      userType
      homeOrganization
    }
    ... on Group {
      description
    }
    ... on ServicePrincipal {
      description
    }
  }
`);

const PeopleList = graphql(`
  query PeopleList($search: String, $type: PrincipalType, $after: String) {
    principals(search: $search, type: $type, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...PeopleTable_principal
        }
      }
    }
  }
`);

/** The `first` in the query above (a literal: the API prices a variable page size at its largest). */
const PAGE_SIZE = 25;
const TYPES: readonly PrincipalType[] = ['USER', 'GROUP', 'SERVICE_PRINCIPAL'];

interface PeopleSearch {
  q: string;
  type: PrincipalType | null;
}

function readSearch(params: URLSearchParams): PeopleSearch {
  return { q: params.get('q') ?? '', type: TYPES.find((t) => t === params.get('type')) ?? null };
}

function writeSearch({ q, type }: PeopleSearch): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (type) params.set('type', type);
  return params.toString();
}

/** The directory: users, groups and service principals, searched by name or email. */
export function PeopleView() {
  const [criteria, setCriteria] = useSearchState(readSearch, writeSearch);
  const [text, setText] = useState(criteria.q);
  const typed = useDebounced(text.trim(), 250);
  const { q: search, type } = criteria;
  const pages = useCursorPages(`${search}|${type ?? ''}`);
  const { data, error, loading, refetch } = useQuery(PeopleList, {
    variables: { search: search || null, type, after: pages.after },
  });
  const list = data?.principals;
  // Each way to add someone is offered only to those who may use it (the server decides again).
  const capabilities = useQuery(AdminCapabilities).data?.viewerCapabilities;
  const [adding, setAdding] = useState<'user' | 'group' | 'servicePrincipal' | null>(null);

  const lastTyped = useRef(typed);
  useEffect(() => {
    // When what is typed settles, the search (and the address bar) follows; an address changed from outside stays.
    if (typed === lastTyped.current) return;
    lastTyped.current = typed;
    if (typed !== search) setCriteria({ ...criteria, q: typed });
  });

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>People</h1>
          <p className="lead">Users, guests, groups and service principals: everyone who can hold a role.</p>
        </div>
        {capabilities && (capabilities.manageUsers || capabilities.manageGroups || capabilities.manageTenant) ? (
          <div className="choices">
            {capabilities.manageUsers ? (
              <button type="button" className="button button-primary" onClick={() => setAdding('user')}>
                Invite a person
              </button>
            ) : null}
            {capabilities.manageGroups ? (
              <button type="button" className="button" onClick={() => setAdding('group')}>
                New group
              </button>
            ) : null}
            {capabilities.manageTenant ? (
              <button type="button" className="button" onClick={() => setAdding('servicePrincipal')}>
                New service principal
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {adding === 'user' ? <InviteUserDialog onClose={() => setAdding(null)} onInvited={() => void refetch()} /> : null}
      {adding === 'group' ? <CreateGroupDialog mayMakeRoleAssignable={capabilities?.manageRoleAssignableGroups ?? false} onClose={() => setAdding(null)} /> : null}
      {adding === 'servicePrincipal' ? <CreateServicePrincipalDialog onClose={() => setAdding(null)} /> : null}
      <section className="panel filters" aria-label="Search">
        <div className="filter-grid">
          <label className="field">
            <span>Search people</span>
            <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Name or email" />
          </label>
          <label className="field">
            <span>Kind</span>
            <select
              value={type ?? ''}
              onChange={(e) => setCriteria({ ...criteria, type: TYPES.find((t) => t === e.target.value) ?? null })}
            >
              <option value="">Everyone</option>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {humanize(t)}s
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
      <section className="results" aria-label="People found">
        <ProblemAlert error={error} onRetry={() => void refetch()} />
        {!list ? (
          loading ? <Loading /> : null
        ) : list.edges.length === 0 ? (
          <EmptyState>{search ? `No one matches “${search}”.` : 'The directory is empty.'}</EmptyState>
        ) : (
          <>
            <PeopleTable principals={list.edges.map((edge) => edge.node)} />
            <Pager label="People: pages" pages={pages} pageSize={PAGE_SIZE} shown={list.edges.length} total={list.totalCount} pageInfo={list.pageInfo} />
          </>
        )}
      </section>
    </div>
  );
}

function PeopleTable({ principals }: { principals: readonly FragmentType<typeof PeopleRowFragment>[] }) {
  const rows = useFragment(PeopleRowFragment, principals);
  return (
    <DataTable caption="People" columns={['Name', 'Kind', 'Email or description', 'Status']}>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
            <Link href={`/people/${row.id}`}>{row.displayName}</Link>
          </td>
          <td>
            {row.__typename === 'User' ? (
              <>
                {humanize(row.userType)}
                {row.homeOrganization ? <span className="muted small"> from {row.homeOrganization}</span> : null}
              </>
            ) : (
              humanize(row.type)
            )}
          </td>
          <td>{row.__typename === 'User' ? row.email : (row.description ?? '—')}</td>
          <td>{row.enabled ? <Badge tone="active">Enabled</Badge> : <Badge tone="ended">Disabled</Badge>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
