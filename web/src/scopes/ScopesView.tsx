'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { AssignmentPage } from '@/assignments/AssignmentTable';
import { graphql } from '@/gql';
import { humanize } from '@/lib/format';
import { useCursorPages } from '@/lib/useCursorPages';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { openPathTo, scopePath, usePickedScope } from './ScopePicker';
import { ScopeTree } from './ScopeTree';
import { ScopeActions } from './ScopeActions';

const ScopeDetails = graphql(`
  query ScopeDetails($id: ID!, $after: String) {
    scope(id: $id) {
      id
      name
      type
      externalId
      childCount
      viewerCanEdit
      viewerChildTypes
      parent {
        id
      }
      ancestors {
        id
        name
      }
    }
    roleAssignments(filter: { scopeId: $id, includeInherited: true }, first: 25, after: $after) {
      ...AssignmentPage_assignments
    }
  }
`);

/** The `first` in the query above (a literal: the API prices a variable page size at its largest). */
const PAGE_SIZE = 25;

/** Browse the scope tree; a chosen scope shows who holds roles there, including what it inherits from above. */
export function ScopesView() {
  const router = useRouter();
  const pathname = usePathname();
  const selectedId = useSearchParams().get('scope');
  const selected = usePickedScope(selectedId);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Scopes</h1>
          <p className="lead">The tenant, its administrative units, the resource hierarchy and the groups. Choose one to see who holds roles there.</p>
        </div>
      </div>
      <div className="split">
        <section className="panel tree-panel" aria-label="Scope tree">
          <ScopeTree
            label="Scopes"
            selectedId={selectedId}
            initiallyExpanded={openPathTo(selected)}
            onSelect={(scope) => router.replace(`${pathname}?scope=${encodeURIComponent(scope.id)}`, { scroll: false })}
          />
        </section>
        {selectedId ? (
          <ScopePanel id={selectedId} onSelect={(id) => router.replace(`${pathname}?scope=${encodeURIComponent(id)}`, { scroll: false })} />
        ) : (
          <EmptyState>Choose a scope in the tree.</EmptyState>
        )}
      </div>
    </div>
  );
}

function ScopePanel({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const pages = useCursorPages(id);
  const { data, error, loading, refetch } = useQuery(ScopeDetails, { variables: { id, after: pages.after } });
  if (error && !data) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading /> : null;
  const { scope, roleAssignments: list } = data;
  return (
    <section className="panel" aria-labelledby="scope-heading">
      <p className="muted small">{scopePath(scope.ancestors.slice(0, -1)) || 'Tenant root'}</p>
      <div className="panel-header">
        <h2 id="scope-heading">{scope.name}</h2>
        <Link className="button button-small" href={`/assignments?scope=${encodeURIComponent(scope.id)}&inherited=1`}>
          Open in Assignments
        </Link>
      </div>
      <ScopeActions
        scope={{ ...scope, parentId: scope.parent?.id ?? null }}
        onCreated={onSelect}
        onArchived={() => onSelect(scope.parent?.id ?? scope.ancestors[0].id)}
      />
      <dl className="facts">
        <dt>Type</dt>
        <dd>{humanize(scope.type)}</dd>
        <dt>Scopes directly below</dt>
        <dd>{scope.childCount}</dd>
        <dt>External id</dt>
        <dd>{scope.externalId ? <code>{scope.externalId}</code> : <span className="muted">None</span>}</dd>
      </dl>
      <h3>Who holds roles here</h3>
      <p className="muted small">Assignments made at this scope and those inherited from the scopes above it, in force now.</p>
      <AssignmentPage
        caption={`Assignments at ${scope.name}`}
        assignments={list}
        pages={pages}
        pageSize={PAGE_SIZE}
        empty={`No one holds a role at ${scope.name} that you may see.`}
        atScopeName={scope.name}
      />
    </section>
  );
}
