'use client';

import { useQuery } from '@apollo/client/react';
import { apiHttpBase } from '@/apollo/endpoint';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { RoleSelect } from '@/assignments/RoleSelect';
import { graphql, useFragment } from '@/gql';
import type { AuditEventRowFragment } from '@/gql/graphql';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/format';
import { useCursorPages } from '@/lib/useCursorPages';
import { useSearchState } from '@/lib/useSearchState';
import { PrincipalPicker, usePrincipalChoice } from '@/principals/PrincipalPicker';
import { ScopePicker } from '@/scopes/ScopePicker';
import { DataTable } from '@/ui/DataTable';
import { Pager } from '@/ui/Pager';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { AUDIT_ACTIONS, exportQuery, filtersQuery, readFilters, toApiFilter, type AuditFilters } from './filters';

const AuditEventRow = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    sequence
    at
    action
    actorType
    justification
    ticket
    clientIp
    actor {
      id
      displayName
    }
    targetPrincipal {
      id
      displayName
    }
    role {
      id
      name
    }
    scope {
      id
      name
    }
    request {
      id
      status
    }
  }
`);

const AuditList = graphql(`
  query AuditList($filter: AuditFilter, $after: String) {
    auditEvents(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEventRow
        }
      }
    }
  }
`);

const RequestTimeline = graphql(`
  query RequestTimeline($requestId: ID!) {
    auditEvents(filter: { requestId: $requestId }, first: 100) {
      edges {
        node {
          ...AuditEventRow
        }
      }
    }
  }
`);

/** The `first` in AuditList. Page sizes are literals: the API prices a variable one at its largest page. */
const PAGE_SIZE = 25;

function actorName(event: AuditEventRowFragment): string {
  if (event.actor) return event.actor.displayName;
  return event.actorType === 'SYSTEM' ? 'System' : 'Anonymous';
}

/** All events of one request, oldest first: what happened to it, by whom, when. */
function Timeline({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { data, error, loading, refetch } = useQuery(RequestTimeline, { variables: { requestId } });
  const events = [...useFragment(AuditEventRow, data?.auditEvents.edges.map((edge) => edge.node) ?? [])].reverse();
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <div className="results-header">
        <h2 id="timeline-heading">Request timeline</h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Close timeline
        </button>
      </div>
      <ProblemAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? <Loading /> : null}
      {data && events.length === 0 ? <EmptyState>No events of this request that you may see.</EmptyState> : null}
      <ol className="timeline" aria-label="Events of the request, oldest first">
        {events.map((event) => (
          <li key={event.id}>
            <strong>{event.action}</strong> · {formatDateTime(event.at)} · by {actorName(event)}
            {event.justification ? <> · “{event.justification}”</> : null}
            {event.request ? <> · now {event.request.status.toLowerCase().replace(/_/g, ' ')}</> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The audit log: filters in the address bar, a paged table newest first, a request's timeline, and downloads. */
export function AuditView() {
  const [filters, setFilters] = useSearchState(readFilters, filtersQuery);
  const key = filtersQuery(filters);
  const pages = useCursorPages(key);
  const actor = usePrincipalChoice(filters.actor);
  const target = usePrincipalChoice(filters.target);
  const endpoint = useApiEndpoint();
  const { data, error, loading, refetch } = useQuery(AuditList, { variables: { filter: toApiFilter(filters), after: pages.after } });
  const list = data?.auditEvents;
  const events = useFragment(AuditEventRow, list?.edges.map((edge) => edge.node) ?? []);
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
                  {action}
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

      {filters.request ? <Timeline requestId={filters.request} onClose={() => update({ request: null })} /> : null}

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
            <DataTable caption="Audit events" columns={['#', 'Time', 'Action', 'Actor', 'Target', 'Role', 'Scope', 'Justification', { hidden: 'Request' }]}>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{event.sequence}</td>
                  <td>{formatDateTime(event.at)}</td>
                  <td>{event.action}</td>
                  <td>{actorName(event)}</td>
                  <td>{event.targetPrincipal?.displayName ?? '—'}</td>
                  <td>{event.role?.name ?? '—'}</td>
                  <td>{event.scope?.name ?? '—'}</td>
                  <td>{event.justification ?? '—'}</td>
                  <td>
                    {event.request ? (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Timeline of the request of event ${event.sequence}`}
                        onClick={() => update({ request: event.request?.id ?? null })}
                      >
                        Timeline
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </DataTable>
            <Pager label="Audit pages" pages={pages} pageSize={PAGE_SIZE} shown={events.length} total={list.totalCount} pageInfo={list.pageInfo} />
          </>
        ) : null}
      </section>
    </div>
  );
}
