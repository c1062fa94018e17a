import type { AssignmentState, AssignmentType, RoleAssignmentFilter, RoleAssignmentOrderField } from '@/gql/graphql';
import { readSort, writeSort, type Sort } from '@/lib/sorting';

/** The Assignments page's filters, kept in the address bar so that a filtered view can be linked to and reloaded. */
export interface AssignmentFilters {
  scope: string | null;
  role: string | null;
  principal: string | null;
  type: AssignmentType | null;
  state: AssignmentState;
  inherited: boolean;
  descendants: boolean;
  groups: boolean;
  /** ISO instant, or null for now */
  asOf: string | null;
  /** The table's sort; null for the API's default order */
  sort: Sort<RoleAssignmentOrderField> | null;
}

/** The columns the table sorts by, and the API's field for each. */
export const SORTABLE_COLUMNS: Record<string, RoleAssignmentOrderField> = {
  Principal: 'PRINCIPAL_NAME',
  Role: 'ROLE_NAME',
  Scope: 'SCOPE_NAME',
  Start: 'START_AT',
  End: 'END_AT',
};
const SORT_FIELDS = Object.values(SORTABLE_COLUMNS);

const TYPES: readonly AssignmentType[] = ['ELIGIBLE', 'ACTIVE'];
const STATES: readonly AssignmentState[] = ['IN_FORCE', 'SCHEDULED', 'ENDED', 'ALL'];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

export function readFilters(params: URLSearchParams): AssignmentFilters {
  const asOf = params.get('asOf');
  return {
    scope: params.get('scope') || null,
    role: params.get('role') || null,
    principal: params.get('principal') || null,
    type: oneOf(TYPES, params.get('type')),
    state: oneOf(STATES, params.get('state')) ?? 'IN_FORCE',
    inherited: params.get('inherited') === '1',
    descendants: params.get('descendants') === '1',
    groups: params.get('groups') === '1',
    asOf: asOf && !Number.isNaN(Date.parse(asOf)) ? asOf : null,
    sort: readSort(params, SORT_FIELDS),
  };
}

export function filtersQuery(filters: AssignmentFilters): string {
  const params = new URLSearchParams();
  if (filters.scope) params.set('scope', filters.scope);
  if (filters.role) params.set('role', filters.role);
  if (filters.principal) params.set('principal', filters.principal);
  if (filters.type) params.set('type', filters.type);
  if (filters.state !== 'IN_FORCE') params.set('state', filters.state);
  if (filters.inherited) params.set('inherited', '1');
  if (filters.descendants) params.set('descendants', '1');
  if (filters.groups) params.set('groups', '1');
  if (filters.asOf) params.set('asOf', filters.asOf);
  writeSort(params, filters.sort);
  return params.toString();
}

/** The API's filter: inherited/descendant scopes only make sense with a scope. */
export function toApiFilter(filters: AssignmentFilters): RoleAssignmentFilter {
  return {
    scopeId: filters.scope,
    roleId: filters.role,
    principalId: filters.principal,
    type: filters.type,
    state: filters.state,
    includeInherited: filters.scope ? filters.inherited : null,
    includeDescendants: filters.scope ? filters.descendants : null,
    expandGroups: filters.groups,
    asOf: filters.asOf,
  };
}
