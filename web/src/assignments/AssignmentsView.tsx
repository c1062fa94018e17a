'use client';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { AssignmentState, AssignmentType } from '@/gql/graphql';
import { fromLocalInput, humanize, toLocalInput } from '@/lib/format';
import { columnSorts } from '@/lib/sorting';
import { useCursorPages } from '@/lib/useCursorPages';
import { useSearchState } from '@/lib/useSearchState';
import { useShownWhileLoading } from '@/lib/useShownWhileLoading';
import { PrincipalPicker, usePrincipalChoice } from '@/principals/PrincipalPicker';
import { managesAt, useManageableScopes } from '@/scopes/manageable';
import { ScopePicker, usePickedScope, useScopeChoice } from '@/scopes/ScopePicker';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { AddAssignmentForm } from './AddAssignmentForm';
import { AssignmentPage, type AssignmentRowData } from './AssignmentTable';
import { filtersQuery, readFilters, SORTABLE_COLUMNS, type AssignmentFilters } from './filters';
import { AssignmentList, assignmentListVariables, PAGE_SIZE } from './queries';
import { RemoveAssignmentDialog } from './RemoveAssignmentDialog';
import { RoleSelect } from './RoleSelect';


/**
 * Whether to offer "Add assignment": with a scope chosen, whether I may assign some role there; without, whether I may
 * assign anywhere. Unknown yet: not offered (it appears once the answer comes).
 */
function useCanAssign(scopeId: string | null): boolean {
  const manageable = useManageableScopes();
  const picked = usePickedScope(scopeId);
  if (!manageable) return false;
  if (!scopeId) return manageable.length > 0;
  return picked ? managesAt(manageable, picked) : false;
}

/** "Who holds which role at which scope": filters in the address bar, a paged table, add and remove. */
export function AssignmentsView() {
  const [filters, setFilters] = useSearchState(readFilters, filtersQuery);
  const key = filtersQuery(filters);
  const pages = useCursorPages(key);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AssignmentRowData | null>(null);
  const scope = useScopeChoice(filters.scope);
  const principal = usePrincipalChoice(filters.principal);
  const { data, error, loading, refetch } = useQuery(AssignmentList, {
    variables: assignmentListVariables(filters, pages.after),
  });
  // The sort is part of the address (the filters' key): changing it starts again from the first page.
  const sorts = columnSorts(SORTABLE_COLUMNS, filters.sort, (sort) => update({ sort }));
  const list = useShownWhileLoading(data, filtersQuery({ ...filters, sort: null }))?.roleAssignments;
  const canAssign = useCanAssign(filters.scope);

  function update(change: Partial<AssignmentFilters>) {
    setFilters({ ...filters, ...change });
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Assignments</h1>
          <p className="lead">Who holds which role at which scope.</p>
        </div>
        {!adding && canAssign ? (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add assignment
          </button>
        ) : null}
      </div>

      {adding ? (
        <AddAssignmentForm
          initialScope={scope}
          initialPrincipal={principal}
          onAssigned={() => void refetch()}
          onClose={() => setAdding(false)}
        />
      ) : null}

      <section className="panel filters" aria-label="Filters">
        <ScopePicker label="Scope" value={filters.scope} onChange={(chosen) => update({ scope: chosen?.id ?? null })} />
        <div className="filter-grid">
          <RoleSelect label="Role" value={filters.role} onChange={(role) => update({ role })} anyLabel="Any role" />
          <PrincipalPicker
            label="Principal"
            value={filters.principal ? principal : null}
            onChange={(chosen) => update({ principal: chosen?.id ?? null })}
          />
          <label className="field">
            <span>Type</span>
            <select value={filters.type ?? ''} onChange={(e) => update({ type: (e.target.value || null) as AssignmentType | null })}>
              <option value="">Eligible and active</option>
              <option value="ELIGIBLE">Eligible</option>
              <option value="ACTIVE">Active</option>
            </select>
          </label>
          <label className="field">
            <span>State</span>
            <select value={filters.state} onChange={(e) => update({ state: e.target.value as AssignmentState })}>
              {(['IN_FORCE', 'SCHEDULED', 'ENDED', 'ALL'] as const).map((state) => (
                <option key={state} value={state}>
                  {humanize(state)}
                </option>
              ))}
            </select>
          </label>
          <div className="field">
            <label htmlFor="as-of">As of</label>
            <div className="choices">
              <input
                id="as-of"
                type="datetime-local"
                value={toLocalInput(filters.asOf)}
                onChange={(e) => update({ asOf: fromLocalInput(e.target.value) })}
              />
              {filters.asOf ? (
                <button type="button" className="button button-small button-quiet" onClick={() => update({ asOf: null })}>
                  Now
                </button>
              ) : null}
            </div>
          </div>
        </div>
        <div className="choices">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.inherited}
              disabled={!filters.scope}
              onChange={(e) => update({ inherited: e.target.checked })}
            />
            <span>Include inherited (made at scopes above)</span>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filters.descendants}
              disabled={!filters.scope}
              onChange={(e) => update({ descendants: e.target.checked })}
            />
            <span>Include scopes below</span>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={filters.groups} onChange={(e) => update({ groups: e.target.checked })} />
            <span>Expand groups (list members)</span>
          </label>
        </div>
      </section>

      <section aria-labelledby="results-heading" className="results" aria-busy={loading}>
        <div className="results-header">
          <h2 id="results-heading">Results</h2>
          {list ? (
            <p className="muted" aria-live="polite">
              {list.totalCount === 1 ? '1 assignment' : `${list.totalCount} assignments`}
              {filters.asOf ? ' as of the chosen time' : ''}
            </p>
          ) : null}
        </div>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
        {list ? (
          <AssignmentPage
            caption="Assignments"
            assignments={list}
            pages={pages}
            pageSize={PAGE_SIZE}
            empty="No assignments match these filters."
            atScopeName={scope?.name}
            onRemove={setRemoving}
            sorts={sorts}
          />
        ) : loading ? (
          <Loading />
        ) : null}
      </section>

      {removing ? (
        <RemoveAssignmentDialog
          row={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            void refetch();
          }}
        />
      ) : null}
    </div>
  );
}
