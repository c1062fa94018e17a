import type { AlertCard_AlertFragment, AlertChangedSubscription, AlertListQuery, AlertSeverity } from '@/gql/graphql';
import { REFETCH } from '@/live/listUpdates';

/** The severities in the order the page shows them, most severe first. */
export const SEVERITIES: readonly AlertSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];

export const SEVERITY_LABELS: Record<AlertSeverity, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** Alerts by severity (HIGH, MEDIUM, LOW), each group in the catalogue's order; severities without an alert are left out. */
export function bySeverity<T extends { severity: AlertSeverity }>(alerts: readonly T[]): { severity: AlertSeverity; alerts: T[] }[] {
  return SEVERITIES.map((severity) => ({ severity, alerts: alerts.filter((alert) => alert.severity === severity) })).filter((group) => group.alerts.length > 0);
}

type AlertState = Pick<AlertCard_AlertFragment, 'active' | 'dismissed' | 'incidentCount' | 'settings'>;

/** Where an alert stands, in a word: Active, Dismissed, Off (disabled) or Clear (it finds nothing). */
export function stateOf(alert: AlertState): 'ACTIVE' | 'DISMISSED' | 'OFF' | 'CLEAR' {
  if (!alert.settings.enabled) return 'OFF';
  if (alert.dismissed) return 'DISMISSED';
  return alert.active ? 'ACTIVE' : 'CLEAR';
}

export const STATE_LABELS = { ACTIVE: 'Active', DISMISSED: 'Dismissed', OFF: 'Off', CLEAR: 'No incidents' } as const;

/** "1 incident", "3 incidents", "No incident". */
export function incidentsText(count: number): string {
  if (count === 0) return 'No incident';
  return count === 1 ? '1 incident' : `${count} incidents`;
}

/**
 * What a change of an alert says to assistive technology, or null when nothing worth saying changed: raised (it became
 * active), its incidents changed while active, dismissed, or cleared.
 */
export function alertNews(before: AlertState | undefined, after: AlertState & { title: string; severity: AlertSeverity }): string | null {
  if (!before) return null;
  const was = stateOf(before);
  const now = stateOf(after);
  const what = `${SEVERITY_LABELS[after.severity]} severity alert “${after.title}”`;
  if (now === 'ACTIVE' && was !== 'ACTIVE') return `${what} raised: ${incidentsText(after.incidentCount).toLowerCase()}.`;
  if (now === 'ACTIVE' && before.incidentCount !== after.incidentCount) return `${what}: now ${incidentsText(after.incidentCount).toLowerCase()}.`;
  if (was === 'ACTIVE' && now === 'DISMISSED') return `${what} dismissed.`;
  if (was === 'ACTIVE' && now !== 'ACTIVE') return `${what} cleared: no incident left.`;
  return null;
}

/**
 * How an alerts event folds into the cached list. The event's alert is written to the cache by id before this runs, so
 * an alert already listed shows its new state by itself; one the list lacks (the viewer may read it now) asks again.
 */
export function mergeAlertEvent(current: AlertListQuery, event: AlertChangedSubscription): AlertListQuery | typeof REFETCH {
  return current.alerts.some((alert) => alert.id === event.alerts.id) ? current : REFETCH;
}
