'use client';

import { useQuery } from '@apollo/client/react';
import { apiHttpBase } from '@/apollo/endpoint';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { RoleSelect } from '@/assignments/RoleSelect';
import { fromLocalInput, toLocalInput } from '@/lib/format';
import { columnSorts } from '@/lib/sorting';
import { useCursorPages } from '@/lib/useCursorPages';
import { useSearchState } from '@/lib/useSearchState';
import { useShownWhileLoading } from '@/lib/useShownWhileLoading';
import { PrincipalPicker, usePrincipalChoice } from '@/principals/PrincipalPicker';
import { ScopePicker } from '@/scopes/ScopePicker';
import { Pager } from '@/ui/Pager';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { actionName } from './actionName';
import { AuditTable } from './AuditTable';
import { AUDIT_ACTIONS, exportQuery, filtersQuery, NEWEST_FIRST, readFilters, SORTABLE_COLUMNS, type AuditFilters } from './filters';
import { AuditList, auditListVariables, PAGE_SIZE } from './queries';
import { RequestTimeline } from './RequestTimeline';

/** The audit log: filters in the address bar, a paged table newest first (or oldest first, by its Time column), a request's timeline, and downloads. */
export function AuditView() {
  const [filters, setFilters] = useSearchState(readFilters, filtersQuery);
  const key = filtersQuery(filters);
  const pages = useCursorPages(key);
  const actor = usePrincipalChoice(filters.actor);
  const target = usePrincipalChoice(filters.target);
  const endpoint = useApiEndpoint();
  const { data, error, loading, refetch } = useQuery(AuditList, { variables: auditListVariables(filters, pages.after) });
  // The sort is part of the address (the filters' key): changing it starts again from the first page.
  const sorts = columnSorts(SORTABLE_COLUMNS, filters.sort, (sort) => update({ sort }), NEWEST_FIRST);
  const list = useShownWhileLoading(data, filtersQuery({ ...filters, sort: null }))?.auditEvents;
  const events = list?.edges.map((edge) => edge.node) ?? [];
  const download = (format: 'csv' | 'ndjson') => `${apiHttpBase(endpoint)}/audit/export?${exportQuery(filters, format)}`;

  function update(change: Partial<AuditFilters>) {
    setFilters({ ...filters, ...change });
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Audit</h1>
          <p className="lead">Every change and decision, in a tamper-evident chain. You see your own events and those at scopes you may read.</p>
        </div>
        <div className="choices">
          <a className="button" href={download('csv')} download>
            Download CSV
          </a>
          <a className="button" href={download('ndjson')} download>
            Download NDJSON
          </a>
        </div>
      </div>

      <section className="panel filters" aria-label="Filters">
        <ScopePicker label="Scope" value={filters.scope} onChange={(chosen) => update({ scope: chosen?.id ?? null })} />
        <div className="filter-grid">
          <div className="field">
            <label htmlFor="audit-from">From</label>
            <input id="audit-from" type="datetime-local" value={toLocalInput(filters.from)} onChange={(e) => update({ from: fromLocalInput(e.target.value) })} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">To</label>
            <input id="audit-to" type="datetime-local" value={toLocalInput(filters.to)} onChange={(e) => update({ to: fromLocalInput(e.target.value) })} />
          </div>
          <PrincipalPicker label="Actor" value={filters.actor ? actor : null} onChange={(chosen) => update({ actor: chosen?.id ?? null })} />
          <PrincipalPicker label="Target" value={filters.target ? target : null} onChange={(chosen) => update({ target: chosen?.id ?? null })} />
          <RoleSelect label="Role" value={filters.role} onChange={(role) => update({ role })} anyLabel="Any role" />
          <label className="field">
            <span>Action</span>
            <select value={filters.action ?? ''} onChange={(e) => update({ action: e.target.value || null })}>
              <option value="">Any action</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {actionName(action)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Request id</span>
            <input type="text" value={filters.request ?? ''} onChange={(e) => update({ request: e.target.value.trim() || null })} placeholder="Any request" />
          </label>
        </div>
        <div className="choices">
          <label className="checkbox">
            <input type="checkbox" checked={filters.descendants} disabled={!filters.scope} onChange={(e) => update({ descendants: e.target.checked })} />
            <span>Include scopes below</span>
          </label>
        </div>
      </section>

      {filters.request ? <RequestTimeline requestId={filters.request} onClose={() => update({ request: null })} /> : null}

      <section aria-labelledby="audit-results-heading" className="results" aria-busy={loading}>
        <div className="results-header">
          <h2 id="audit-results-heading">Events</h2>
          {list ? (
            <p className="muted" aria-live="polite">
              {list.totalCount === 1 ? '1 event' : `${list.totalCount} events`}
            </p>
          ) : null}
        </div>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
        {!list && loading ? <Loading /> : null}
        {list && events.length === 0 ? <EmptyState>No events match these filters.</EmptyState> : null}
        {list && events.length > 0 ? (
          <>
            <AuditTable events={events} sorts={sorts} onTimeline={(request) => update({ request })} />
            <Pager label="Audit pages" pages={pages} pageSize={PAGE_SIZE} shown={events.length} total={list.totalCount} pageInfo={list.pageInfo} />
          </>
        ) : null}
      </section>
    </div>
  );
}
