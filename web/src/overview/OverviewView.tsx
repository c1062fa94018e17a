'use client';

import Link from 'next/link';
import { useId, useState, type ReactNode } from 'react';
import { SEVERITIES, SEVERITY_LABELS } from '@/alerts/alertWords';
import { AlertsFeed } from '@/alerts/queries';
import { apiProblem, hasCode } from '@/apollo/errors';
import type { OverviewNumbersQuery } from '@/gql/graphql';
import { AccessReviewsFeed, ActivationsFeed, ApprovalQueueFeed, MyRequestsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { liveFeed, useLiveList, type LiveFeed } from '@/live/useLiveList';
import { DataTable } from '@/ui/DataTable';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { ActivationsChart } from './ActivationsChart';
import { assignmentsLink, counted, HOLDING_COLUMNS, KIND_LABELS } from './overviewWords';
import { OverviewNumbers } from './queries';

type Numbers = OverviewNumbersQuery['overview'];

const LEAD = 'Privileged access across the tenant, as you may see it: each number opens the page that lists it.';

/** A burst of events (one change heard by several feeds, a bulk decision) within this time is one refetch. */
const REFETCH_WAIT_MS = 300;

/**
 * Every feed that tells of something the overview counts: activations and their ends, my approval queue and my own
 * requests (an assignment I make is one), access reviews, and alerts (which also follow every assignment they watch).
 * Each event refetches the numbers (they are counts: an event cannot be folded into them), throttled.
 */
const FEEDS: readonly LiveFeed<OverviewNumbersQuery>[] = [
  liveFeed({ query: ActivationsFeed, variables: { scopeId: null } }),
  liveFeed({ query: ApprovalQueueFeed }),
  liveFeed({ query: MyRequestsFeed }),
  liveFeed({ query: AccessReviewsFeed }),
];
/** Alerts: for those who read them (openAlerts is null for the others, whose subscription would be refused). */
const WITH_ALERTS: readonly LiveFeed<OverviewNumbersQuery>[] = [...FEEDS, liveFeed({ query: AlertsFeed })];

/**
 * The Overview (issue 14): privileged holdings by role kind, activations per day over the last 30 days (a chart with
 * its table), requests waiting, open alerts by severity and reviews in progress, live. For those who read role
 * assignments at the root; anyone else is told so under the heading.
 */
export function OverviewView() {
  const [readsAlerts, setReadsAlerts] = useState(false);
  const live = useLiveList(OverviewNumbers, { notifyOnNetworkStatusChange: false }, readsAlerts ? WITH_ALERTS : FEEDS, { refetchWaitMs: REFETCH_WAIT_MS });
  const data = (live.data ?? live.previousData)?.overview;
  // Known once the first answer is in: then the alerts feed joins (or leaves).
  if (data && Boolean(data.openAlerts) !== readsAlerts) setReadsAlerts(Boolean(data.openAlerts));
  const { error, loading, refetch } = live;

  if (error && !data) {
    if (hasCode(error, 'FORBIDDEN')) {
      return (
        <Page>
          <div className="alert alert-error" role="alert" data-code="FORBIDDEN">
            <strong className="alert-title">Not allowed</strong>
            <span>You may not use this page. {apiProblem(error)?.message}</span>
          </div>
        </Page>
      );
    }
    return (
      <Page>
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  return (
    <Page live>
      <ProblemAlert error={data ? error : null} onRetry={() => void refetch()} />
      {!data ? loading ? <Loading /> : null : <Numbers numbers={data} />}
    </Page>
  );
}

function Page({ live = false, children }: { live?: boolean; children: ReactNode }) {
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Overview</h1>
          <p className="lead">{LEAD}</p>
        </div>
        {live ? <LiveIndicator /> : null}
      </div>
      {children}
    </div>
  );
}

function Numbers({ numbers }: { numbers: Numbers }) {
  const openAlerts = numbers.openAlerts;
  return (
    <>
      <ul className="overview-tiles" aria-label="Summary">
        <Tile href="/approvals" count={numbers.requestsWaiting} label="Requests waiting" detail="for an approval or an administrator’s decision" />
        {openAlerts ? (
          <Tile href="/alerts" count={openAlerts.reduce((sum, row) => sum + row.alerts, 0)} label="Open alerts" detail="on, not dismissed, finding something" />
        ) : null}
        <Tile href="/access-reviews" count={numbers.reviewsInProgress} label="Reviews in progress" detail="access reviews with an instance running" />
      </ul>
      <Holdings holdings={numbers.holdings} />
      <ActivationsChart days={numbers.activationsPerDay} />
      {openAlerts ? <OpenAlerts rows={openAlerts} /> : null}
    </>
  );
}

function Tile({ href, count, label, detail }: { href: string; count: number; label: string; detail: string }) {
  return (
    <li>
      <Link href={href} className="overview-tile">
        <span className="overview-tile-count">{count}</span>
        <span className="overview-tile-label">{label}</span>
        <span className="muted small">{detail}</span>
      </Link>
    </li>
  );
}

function Holdings({ holdings }: { holdings: Numbers['holdings'] }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Privileged role holdings</h2>
      </div>
      <p className="muted">Assignments of privileged roles in force now, by kind of role. Each number opens the assignments of that type.</p>
      <DataTable caption="Privileged role holdings by kind" columns={['Kind', ...HOLDING_COLUMNS.map((column) => column.label)]}>
        {holdings.map((row) => (
          <tr key={row.kind}>
            <th scope="row">{KIND_LABELS[row.kind]}</th>
            {HOLDING_COLUMNS.map((column) => (
              <td key={column.field} className="overview-number">
                <Link href={assignmentsLink(column.type)}>
                  {row[column.field]}
                  <span className="visually-hidden">
                    {' '}
                    {column.label.toLowerCase()} {KIND_LABELS[row.kind].toLowerCase()} {row[column.field] === 1 ? 'holding' : 'holdings'}
                  </span>
                </Link>
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function OpenAlerts({ rows }: { rows: NonNullable<Numbers['openAlerts']> }) {
  const headingId = useId();
  const most = Math.max(1, ...rows.map((row) => row.alerts));
  const bySeverity = SEVERITIES.map((severity) => rows.find((row) => row.severity === severity) ?? { severity, alerts: 0, incidents: 0 });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Open alerts by severity</h2>
      </div>
      <DataTable caption="Open alerts by severity" columns={['Severity', 'Open alerts', 'Incidents']}>
        {bySeverity.map((row) => (
          <tr key={row.severity}>
            <th scope="row">{SEVERITY_LABELS[row.severity]}</th>
            <td className="overview-number">
              <span className={`overview-bar overview-bar-${row.severity.toLowerCase()}`} style={{ inlineSize: `${(row.alerts / most) * 6}rem` }} aria-hidden="true" />
              <Link href="/alerts">
                {row.alerts}
                <span className="visually-hidden">
                  {' '}
                  open {SEVERITY_LABELS[row.severity].toLowerCase()} severity {row.alerts === 1 ? 'alert' : 'alerts'}
                </span>
              </Link>
            </td>
            <td>{counted(row.incidents, 'incident')}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
