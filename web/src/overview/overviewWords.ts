import type { AssignmentType, RoleKind } from '@/gql/graphql';

export const KIND_LABELS: Record<RoleKind, string> = { DIRECTORY: 'Directory', GROUP: 'Group', RESOURCE: 'Resource' };

/** The three holding columns: what each counts, and the Assignments page's filter that lists it (all roles there). */
export const HOLDING_COLUMNS = [
  { field: 'eligible', label: 'Eligible', type: 'ELIGIBLE' },
  { field: 'active', label: 'Active (time-bound)', type: 'ACTIVE' },
  { field: 'permanent', label: 'Permanent', type: 'ACTIVE' },
] as const satisfies readonly { field: string; label: string; type: AssignmentType }[];

export function assignmentsLink(type: AssignmentType): string {
  return `/assignments?type=${type}`;
}

/** "1 request", "3 requests": a number with its noun. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Tue 1 Dec" for a YYYY-MM-DD UTC day (the chart's axis and its table), in UTC so that the day is the one counted. */
export function dayLabel(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
}
