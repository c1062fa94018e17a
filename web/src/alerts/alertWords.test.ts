import { describe, expect, it } from 'vitest';
import type { AlertChangedSubscription, AlertListQuery } from '@/gql/graphql';
import { REFETCH } from '@/live/listUpdates';
import { alertNews, bySeverity, incidentsText, mergeAlertEvent, stateOf } from './alertWords';

const state = (active: boolean, dismissed: boolean, incidentCount: number, enabled = true) => ({ active, dismissed, incidentCount, settings: { enabled } }) as never;
const shown = (active: boolean, dismissed: boolean, incidentCount: number) => ({ ...(state(active, dismissed, incidentCount) as object), title: 'Too many', severity: 'LOW' }) as never;

describe('alerts', () => {
  it('are grouped HIGH, MEDIUM, LOW, in their order, leaving empty groups out', () => {
    const groups = bySeverity([
      { id: 'a', severity: 'LOW' },
      { id: 'b', severity: 'HIGH' },
      { id: 'c', severity: 'LOW' },
    ] as const);
    expect(groups.map((group) => [group.severity, group.alerts.map((alert) => alert.id)])).toEqual([
      ['HIGH', ['b']],
      ['LOW', ['a', 'c']],
    ]);
  });

  it('say where they stand', () => {
    expect(stateOf(state(true, false, 2))).toBe('ACTIVE');
    expect(stateOf(state(false, true, 2))).toBe('DISMISSED');
    expect(stateOf(state(false, false, 0))).toBe('CLEAR');
    expect(stateOf(state(false, false, 0, false))).toBe('OFF');
    expect(incidentsText(0)).toBe('No incident');
    expect(incidentsText(1)).toBe('1 incident');
    expect(incidentsText(3)).toBe('3 incidents');
  });

  it('announce being raised, growing, dismissed and cleared, and nothing else', () => {
    expect(alertNews(undefined, shown(true, false, 1))).toBeNull();
    expect(alertNews(state(false, false, 0), shown(true, false, 1))).toBe('Low severity alert “Too many” raised: 1 incident.');
    expect(alertNews(state(true, false, 1), shown(true, false, 2))).toBe('Low severity alert “Too many”: now 2 incidents.');
    expect(alertNews(state(true, false, 2), shown(false, true, 2))).toBe('Low severity alert “Too many” dismissed.');
    expect(alertNews(state(true, false, 2), shown(false, false, 0))).toBe('Low severity alert “Too many” cleared: no incident left.');
    expect(alertNews(state(false, true, 2), shown(false, true, 3))).toBeNull();
  });

  it('events leave a listed alert to the cache and ask again for one not listed', () => {
    const list = { alerts: [{ __typename: 'Alert', id: 'a1', severity: 'LOW' }] } as unknown as AlertListQuery;
    const event = (id: string) => ({ alerts: { __typename: 'Alert', id, severity: 'LOW' } }) as unknown as AlertChangedSubscription;
    expect(mergeAlertEvent(list, event('a1'))).toBe(list);
    expect(mergeAlertEvent(list, event('a2'))).toBe(REFETCH);
  });
});
