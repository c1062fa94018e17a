import type { AuditEventOrderField, AuditFilter } from '@/gql/graphql';
import { readSort, writeSort, type Sort } from '@/lib/sorting';

/** The Audit page's filters, kept in the address bar so that a filtered view can be linked to and reloaded. */
export interface AuditFilters {
  /** ISO instants */
  from: string | null;
  to: string | null;
  actor: string | null;
  target: string | null;
  role: string | null;
  scope: string | null;
  descendants: boolean;
  action: string | null;
  request: string | null;
  /** The table's sort; null for the default, newest first */
  sort: Sort<AuditEventOrderField> | null;
}

/** The log's default order, newest first: the Time column shows it as sorted. */
export const NEWEST_FIRST: Sort<AuditEventOrderField> = { field: 'AT', direction: 'DESC' };
export const SORTABLE_COLUMNS: Record<string, AuditEventOrderField> = { Time: 'AT' };

/** The actions the server writes, for the action filter. */
export const AUDIT_ACTIONS = [
  'request.submitted',
  'request.approved',
  'request.denied',
  'request.canceled',
  'request.started',
  'request.expired',
  'request.failed',
  'assignment.created',
  'assignment.updated',
  'assignment.removed',
  'assignment.activated',
  'assignment.deactivated',
  'assignment.extended',
  'assignment.renewed',
  'assignment.expired',
  'settings.updated',
  'role.created',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_unlocked',
  'auth.sign_out',
  'auth.mfa_step_up',
  'auth.mfa_failed',
  'auth.mfa_enrolled',
  'auth.api_token_created',
  'auth.api_token_revoked',
] as const;

const instant = (value: string | null) => (value && !Number.isNaN(Date.parse(value)) ? value : null);

export function readFilters(params: URLSearchParams): AuditFilters {
  return {
    from: instant(params.get('from')),
    to: instant(params.get('to')),
    actor: params.get('actor') || null,
    target: params.get('target') || null,
    role: params.get('role') || null,
    scope: params.get('scope') || null,
    descendants: params.get('descendants') === '1',
    action: params.get('action') || null,
    request: params.get('request') || null,
    sort: readSort(params, Object.values(SORTABLE_COLUMNS)),
  };
}

export function filtersQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const name of ['from', 'to', 'actor', 'target', 'role', 'scope', 'action', 'request'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.descendants) params.set('descendants', '1');
  writeSort(params, filters.sort);
  return params.toString();
}

export function toApiFilter(filters: AuditFilters): AuditFilter {
  return {
    from: filters.from,
    to: filters.to,
    actorId: filters.actor,
    targetPrincipalId: filters.target,
    roleId: filters.role,
    scopeId: filters.scope,
    includeDescendants: filters.scope ? filters.descendants : null,
    action: filters.action ? [filters.action] : null,
    requestId: filters.request,
  };
}

/** The same filter as GET /audit/export's query string (see the server's audit.export.ts). */
export function exportQuery(filters: AuditFilters, format: 'csv' | 'ndjson'): string {
  const api = toApiFilter(filters);
  const params = new URLSearchParams({ format });
  for (const [name, value] of Object.entries(api)) {
    if (value === null || value === undefined) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}
