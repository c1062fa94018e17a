import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { graphql } from './api';

export interface OverviewNumbers {
  holdings: { kind: 'DIRECTORY' | 'GROUP' | 'RESOURCE'; eligible: number; active: number; permanent: number }[];
  requestsWaiting: number;
  reviewsInProgress: number;
  openAlerts: { severity: 'HIGH' | 'MEDIUM' | 'LOW'; alerts: number; incidents: number }[] | null;
  activationsPerDay: { day: string; count: number }[];
}

/** The overview as the API gives it to this persona now (to compare the page with; never to decide what the page shows). */
export async function overviewOf(request: APIRequestContext): Promise<OverviewNumbers> {
  const { overview } = await graphql<{ overview: OverviewNumbers }>(
    request,
    'query { overview { holdings { kind eligible active permanent } requestsWaiting reviewsInProgress openAlerts { severity alerts incidents } activationsPerDay { day count } } }',
  );
  return overview;
}

/** The number a link of the Overview shows (its name adds what it counts, for assistive technology). */
export async function numberOf(link: Locator): Promise<number> {
  const text = (await link.textContent()) ?? '';
  const found = /^\s*(\d+)/.exec(text);
  if (!found) throw new Error(`no number in "${text}"`);
  return Number(found[1]);
}

/** The Overview's links to each number, by what they count. */
export function overviewLinks(page: Page) {
  const main = page.getByRole('main');
  const holdings = main.getByRole('table', { name: 'Privileged role holdings by kind' });
  const alerts = main.getByRole('table', { name: 'Open alerts by severity' });
  return {
    holding: (column: 'eligible' | 'active (time-bound)' | 'permanent', kind: 'directory' | 'group' | 'resource') =>
      holdings.getByRole('link', { name: new RegExp(`^\\d+ ${column.replace(/[()]/g, '\\$&')} ${kind} holdings?$`) }),
    openAlerts: (severity: 'high' | 'medium' | 'low') => alerts.getByRole('link', { name: new RegExp(`^\\d+ open ${severity} severity alerts?$`) }),
    requestsWaiting: main.getByRole('link', { name: /Requests waiting/ }),
    reviewsInProgress: main.getByRole('link', { name: /Reviews in progress/ }),
    openAlertsTile: main.getByRole('link', { name: /Open alerts/ }),
  };
}
