'use client';

import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql, useFragment } from '@/gql';
import { humanize } from '@/lib/format';
import { useDebounced } from '@/lib/useDebounced';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { ScopeTree, type ScopeChoice } from './ScopeTree';

const ScopeChoiceFragment = graphql(`
  fragment ScopePicker_scope on Scope {
    id
    name
    type
    ancestors {
      id
      name
    }
  }
`);

const PickedScope = graphql(`
  query PickedScope($id: ID!) {
    scope(id: $id) {
      id
      ...ScopePicker_scope
    }
  }
`);

const SearchScopes = graphql(`
  query SearchScopes($search: String!) {
    scopes(search: $search) {
      id
      ...ScopePicker_scope
    }
  }
`);

/** Where a scope sits: "/ › Contoso › Production". */
export function scopePath(ancestors: readonly { name: string }[]): string {
  return ancestors.map((a) => a.name).join(' › ');
}

/**
 * Chooses one scope: by name search, or from the lazily loaded tree. Shows the chosen scope with its path.
 */
export function ScopePicker({
  label,
  value,
  onChange,
  emptyLabel = 'Any scope',
  required = false,
}: {
  label: string;
  value: string | null;
  onChange: (scope: ScopeChoice | null) => void;
  emptyLabel?: string;
  required?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 200);
  const panelId = useId();
  const pickedScope = usePickedScope(value);
  const ancestorIds = openPathTo(pickedScope);

  function choose(scope: ScopeChoice | null) {
    onChange(scope);
    setOpen(false);
    setSearch('');
  }

  return (
    <fieldset className="picker">
      <legend>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </legend>
      <div className="picker-value">
        <span className="picker-current" aria-live="polite">
          {value ? (pickedScope ? <>{scopePath(pickedScope.ancestors)}</> : 'Loading…') : <span className="muted">{emptyLabel}</span>}
        </span>
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {open ? 'Close' : value ? 'Change scope' : 'Choose scope'}
        </button>
        {value && !required ? (
          <button type="button" className="button button-small button-quiet" onClick={() => choose(null)}>
            Clear scope
          </button>
        ) : null}
      </div>
      {open ? (
        <div className="picker-panel" id={panelId}>
          <label className="field">
            <span>Search scopes</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name, e.g. rg-web" />
          </label>
          {debounced ? (
            <ScopeSearchResults search={debounced} onPick={choose} />
          ) : (
            <ScopeTree label={`${label}: scope tree`} selectedId={value} onSelect={choose} initiallyExpanded={ancestorIds} />
          )}
        </div>
      ) : null}
    </fieldset>
  );
}

function ScopeSearchResults({ search, onPick }: { search: string; onPick: (scope: ScopeChoice) => void }) {
  const { data, error, loading } = useQuery(SearchScopes, { variables: { search } });
  const scopes = useFragment(ScopeChoiceFragment, data?.scopes ?? []);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return loading ? <Loading /> : null;
  if (scopes.length === 0) return <EmptyState>No scope is named like “{search}”.</EmptyState>;
  return (
    <ul className="option-list" aria-label="Matching scopes">
      {scopes.map((scope) => (
        <li key={scope.id}>
          <button type="button" className="option" onClick={() => onPick(scope)}>
            <strong>{scope.name}</strong>
            <span className="muted small">
              {humanize(scope.type)} · {scopePath(scope.ancestors.slice(0, -1))}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The scope behind an id (from the address bar, say): its name, type and ancestors. */
export function usePickedScope(id: string | null) {
  const { data } = useQuery(PickedScope, id ? { variables: { id } } : skipToken);
  const scope = useFragment(ScopeChoiceFragment, data?.scope ?? null);
  return id && scope?.id === id ? scope : null;
}

export const useScopeChoice: (id: string | null) => ScopeChoice | null = usePickedScope;

/** The scopes to open in a tree so that `scope` shows: its ancestors, not itself. */
export function openPathTo(scope: { id: string; ancestors: readonly { id: string }[] } | null): string[] {
  return scope ? scope.ancestors.map((a) => a.id).filter((id) => id !== scope.id) : [];
}
