'use client';

import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useFragment as readFragment } from '@/gql';
import type { AlertCard_AlertFragment, AlertIncident_IncidentFragment, AlertSeverity } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useAnnounce } from '@/live/Announcer';
import { LiveIndicator } from '@/live/LiveIndicator';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { PageProblem } from '@/ui/PageProblem';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { useToasts } from '@/ui/Toasts';
import { AlertSettingsForm } from './AlertSettingsForm';
import { alertNews, bySeverity, incidentsText, mergeAlertEvent, SEVERITY_LABELS, STATE_LABELS, stateOf } from './alertWords';
import { AlertCardFragment, AlertIncidentFragment, AlertIncidentsMore, AlertList, AlertsFeed, DismissAlert, RefreshAlerts } from './queries';
import { RemediateDialog, type RemediatedIncident } from './RemediateDialog';

type Alert = AlertCard_AlertFragment;
type Incident = AlertIncident_IncidentFragment;

const SEVERITY_TONES = { HIGH: 'warning', MEDIUM: 'info', LOW: 'neutral' } as const;
const STATE_TONES = { ACTIVE: 'warning', DISMISSED: 'ended', OFF: 'neutral', CLEAR: 'active' } as const;

const LEAD = 'What Elevate found in how privileged roles are held and set up, with what to do about it.';

/** Says an alert that changed while shown (raised, grown, dismissed, cleared): live, or by my own hand. */
function useAlertAnnouncements(alerts: readonly Alert[]) {
  const announce = useAnnounce();
  const shown = useRef<Map<string, Alert> | null>(null);
  useEffect(() => {
    const before = shown.current;
    if (before) {
      for (const alert of alerts) {
        const news = alertNews(before.get(alert.id), alert);
        if (news) announce(news, `alert:${alert.id}:${stateOf(alert)}:${alert.incidentCount}`);
      }
    }
    shown.current = new Map(alerts.map((alert) => [alert.id, alert]));
  }, [alerts, announce]);
}

/**
 * Security alerts: Entra's catalogue as the viewer may read it (directory readers all of it; resource Owners the two
 * owner alerts, their incidents only), by severity, live. Each opens on its incidents and mitigation; those who manage
 * alerts refresh, dismiss, set them up, and remediate an incident (after saying what that does).
 */
export function AlertsView() {
  const live = useLiveList(AlertList, { notifyOnNetworkStatusChange: false }, [liveFeed({ query: AlertsFeed }, mergeAlertEvent)]);
  const { error, loading, refetch } = live;
  const data = live.data ?? live.previousData;
  const alerts = readFragment(AlertCardFragment, data?.alerts ?? []);
  useAlertAnnouncements(alerts);
  const manages = alerts.some((alert) => alert.viewerCanManage);
  const [refresh, refreshing] = useMutation(RefreshAlerts);
  const toasts = useToasts();

  async function refreshAll() {
    const result = await refresh().catch(() => null);
    if (result?.data) toasts.show({ tone: 'success', title: 'Alerts refreshed', body: 'Every alert was scanned again.' });
  }

  // Not for me: the heading, and under it that I may not use this (PageProblem, through ProblemAlert).
  if (error && !data) return <PageProblem title="Alerts" lead={LEAD} error={error} onRetry={() => void refetch()} />;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Alerts</h1>
          <p className="lead">{LEAD}</p>
        </div>
        <div className="actions">
          <LiveIndicator />
          {manages ? (
            <button type="button" className="button" onClick={() => void refreshAll()} disabled={refreshing.loading}>
              <RefreshIcon />
              {refreshing.loading ? 'Refreshing…' : 'Refresh alerts'}
            </button>
          ) : null}
        </div>
      </div>
      <ProblemAlert error={refreshing.error} />
      <ProblemAlert error={data ? error : null} onRetry={() => void refetch()} />

      {!data && loading ? (
        <Loading />
      ) : !data ? null : alerts.length === 0 ? (
        <EmptyState>No alert that you may see.</EmptyState>
      ) : (
        bySeverity(alerts).map((group) => <SeverityGroup key={group.severity} severity={group.severity} alerts={group.alerts} />)
      )}
    </div>
  );
}

function SeverityGroup({ severity, alerts }: { severity: AlertSeverity; alerts: readonly Alert[] }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{SEVERITY_LABELS[severity]} severity</h2>
      </div>
      <div className="stack">
        {alerts.map((alert) => (
          <AlertCard key={alert.id} alert={alert} />
        ))}
      </div>
    </section>
  );
}

function AlertCard({ alert }: { alert: Alert }) {
  const titleId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const [dismiss, dismissing] = useMutation(DismissAlert);
  const toasts = useToasts();
  const state = stateOf(alert);
  const manage = alert.viewerCanManage;

  async function dismissIt() {
    const result = await dismiss({ variables: { alertId: alert.id } }).catch(() => null);
    if (result?.data) toasts.show({ tone: 'success', title: `“${alert.title}” dismissed`, body: 'A new incident or a refresh raises it again.', key: `alert:${alert.id}:DISMISSED:${alert.incidentCount}` });
  }

  return (
    <article className="alert-card stack" aria-labelledby={titleId}>
      <div className="panel-header">
        <h3 id={titleId}>
          <SeverityIcon severity={alert.severity} /> {alert.title}
        </h3>
        <ul className="inline-list" aria-label="Status">
          <li>
            <Badge tone={SEVERITY_TONES[alert.severity]}>{SEVERITY_LABELS[alert.severity]} severity</Badge>
          </li>
          <li>
            <Badge tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Badge>
          </li>
        </ul>
      </div>
      <p>{alert.description}</p>
      <dl className="facts">
        <dt>Incidents</dt>
        <dd>{incidentsText(alert.incidentCount)}</dd>
        <dt>Last scanned</dt>
        <dd>{alert.lastScannedAt ? formatDateTime(alert.lastScannedAt) : 'Not scanned yet'}</dd>
        {alert.dismissed ? (
          <>
            <dt>Dismissed</dt>
            <dd>
              {formatDateTime(alert.dismissedAt)}
              {alert.dismissedBy ? ` by ${alert.dismissedBy.displayName}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="actions">
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((value) => !value)}>
          <ChevronIcon open={open} />
          {open ? 'Hide details' : 'Show details'}
          <span className="visually-hidden"> of {alert.title}</span>
        </button>
        {manage && alert.active ? (
          <button type="button" className="button button-small" onClick={() => void dismissIt()} disabled={dismissing.loading}>
            {dismissing.loading ? 'Dismissing…' : 'Dismiss'}
            <span className="visually-hidden"> {alert.title}</span>
          </button>
        ) : null}
      </div>
      <ProblemAlert error={dismissing.error} />

      <div id={detailsId} hidden={!open} className="stack">
        {open ? (
          <>
            <h4>Incidents</h4>
            <IncidentsTable alert={alert} />
            <h4>What to do</h4>
            <p>{alert.mitigation}</p>
            {manage ? <AlertSettingsForm alert={alert} /> : null}
          </>
        ) : null}
      </div>
    </article>
  );
}

/**
 * An alert's incidents, oldest first: the first page comes with the alert (and is rewritten live with it); the rest a
 * page at a time on request, kept until the alert changes (an event or a remediation gives a new first page).
 */
function IncidentsTable({ alert }: { alert: Alert }) {
  const [remediating, setRemediating] = useState<RemediatedIncident | null>(null);
  const [more, setMore] = useState<{ key: string; incidents: Incident[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [fetchMore, fetching] = useLazyQuery(AlertIncidentsMore, { fetchPolicy: 'network-only' });
  const first = alert.incidentPage;
  // The first page as the alert now stands; pages fetched for an older state of it are dropped.
  const key = `${alert.incidentCount}:${alert.lastScannedAt ?? ''}:${first.pageInfo.endCursor ?? ''}`;
  const extra = more?.key === key ? more : null;
  const incidents = [...readFragment(AlertIncidentFragment, first.edges.map((edge) => edge.node)), ...(extra?.incidents ?? [])];
  const hasNextPage = extra ? extra.hasNextPage : first.pageInfo.hasNextPage;
  const showActions = incidents.some((incident) => incident.viewerCanRemediate);

  async function showMore() {
    const after = extra ? extra.endCursor : first.pageInfo.endCursor;
    const result = await fetchMore({ variables: { alertId: alert.id, after } }).catch(() => null);
    const page = result?.data?.alert.incidentPage;
    if (!page) return;
    setMore({
      key,
      incidents: [...(extra?.incidents ?? []), ...readFragment(AlertIncidentFragment, page.edges.map((edge) => edge.node))],
      endCursor: page.pageInfo.endCursor,
      hasNextPage: page.pageInfo.hasNextPage,
    });
  }

  if (incidents.length === 0) {
    return <EmptyState>{alert.settings.enabled ? 'Nothing found at the last scan.' : 'The alert is off: it does not scan.'}</EmptyState>;
  }
  return (
    <>
      <DataTable caption={`Incidents of ${alert.title}`} columns={['Principal', 'Role', 'Scope', 'Detail', 'Raised', ...(showActions ? [{ hidden: 'Actions' }] : [])]}>
        {incidents.map((incident) => (
          <tr key={incident.id}>
            <td>{incident.principal?.displayName ?? '—'}</td>
            <td>{incident.role?.name ?? '—'}</td>
            <td>{incident.scope?.name ?? '—'}</td>
            <td>{incident.detail}</td>
            <td>{formatDateTime(incident.raisedAt)}</td>
            {showActions ? (
              <td className="cell-actions">
                {incident.viewerCanRemediate ? (
                  <button type="button" className="button button-small" onClick={() => setRemediating({ alert, incident })}>
                    Remediate
                    <span className="visually-hidden"> {incidentName(incident)}</span>
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      <div className="actions">
        <p className="muted" role="status">
          {incidents.length < first.totalCount ? `Showing the oldest ${incidents.length} of ${first.totalCount} incidents.` : null}
        </p>
        {hasNextPage ? (
          <button type="button" className="button button-small" onClick={() => void showMore()} disabled={fetching.loading}>
            {fetching.loading ? 'Loading…' : 'Show more'}
            <span className="visually-hidden"> incidents of {alert.title}</span>
          </button>
        ) : null}
      </div>
      <ProblemAlert error={fetching.error} />
      {remediating ? <RemediateDialog {...remediating} onClose={() => setRemediating(null)} /> : null}
    </>
  );
}

/** An incident's name on its button: who and what it is about. */
export function incidentName(incident: Incident): string {
  const parts = [incident.principal?.displayName, incident.role?.name, incident.scope ? `at ${incident.scope.name}` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : incident.detail;
}

function SeverityIcon({ severity }: { severity: AlertSeverity }) {
  return (
    <svg className="alert-severity-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {severity === 'LOW' ? (
        <>
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 11v6M12 7.5v.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </>
      ) : (
        <>
          <path d="M12 3 2.5 20h19L12 3Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M12 10v4M12 17v.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

function ChevronIcon({ open }: { open: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={open ? 'm6 15 6-6 6 6' : 'm6 9 6 6 6-6'} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function RefreshIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
