'use client';

import type { ErrorLike } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { ActivationsLiveSubscription, ActivityHistoryQuery } from '@/gql/graphql';
import { ActivationsFeed } from '@/live/feeds';
import { LiveIndicator } from '@/live/LiveIndicator';
import { newestFirst, updateField, upsertNode } from '@/live/listUpdates';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { activityKey, ActivityTable } from './ActivityTable';
import { ActivityHistory } from './queries';

type HistoryPage = ActivityHistoryQuery['activationEvents'];

/**
 * Live events join the first page, newest first. Past this many rows the oldest fall off (a reload, or "Show older",
 * brings the history back), so a page left open on a busy tenant does not grow without end.
 */
const MAX_ROWS = 250;
const order = { key: activityKey, compare: newestFirst<HistoryPage['edges'][number]['node']>((event) => event.at, activityKey), limit: MAX_ROWS };

function mergeActivation(current: ActivityHistoryQuery, { activations }: ActivationsLiveSubscription): ActivityHistoryQuery {
  return updateField(current, 'activationEvents', (page) => upsertNode(page, activations, order));
}

/**
 * Activations, deactivations, expiries and revocations, newest first: the history (activationEvents, page by page)
 * with what the live feed (activations subscription) brings on top of it, without repeating an event both carry.
 */
export function ActivityView() {
  const client = useApolloClient();
  const [older, setOlder] = useState<HistoryPage[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<ErrorLike | null>(null);
  const history = useLiveList(ActivityHistory, { variables: { after: null }, fetchPolicy: 'network-only' }, [
    liveFeed({ query: ActivationsFeed, variables: { scopeId: null } }, mergeActivation),
  ]);

  const pages = history.data ? [history.data.activationEvents, ...older] : [];
  const last = pages[pages.length - 1];
  const seen = new Set<string>();
  const events = pages
    .flatMap((page) => page.edges.map((edge) => edge.node))
    .filter((event) => {
      const key = activityKey(event);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  async function showOlder() {
    if (!last?.pageInfo.endCursor) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const result = await client.query({ query: ActivityHistory, variables: { after: last.pageInfo.endCursor }, fetchPolicy: 'network-only' });
      const page = result.data?.activationEvents;
      if (page) setOlder((all) => [...all, page]);
    } catch (caught) {
      setOlderError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Activity</h1>
          <p className="lead">Activations and their ends, for the scopes you may see: what happened, and live what happens. Newest first.</p>
        </div>
        <LiveIndicator />
      </div>
      <section className="panel" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        {history.liveError ? (
          <div className="alert alert-error" role="alert">
            <strong className="alert-title">Live feed unavailable</strong> <span>{history.liveError.message}</span>
          </div>
        ) : null}
        <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
        {!history.data && history.loading ? (
          <Loading />
        ) : events.length === 0 ? (
          <EmptyState>No activation has happened yet where you may see. Events appear here as they happen.</EmptyState>
        ) : (
          <ActivityTable events={events} />
        )}
        <ProblemAlert error={olderError} />
        {last?.pageInfo.hasNextPage ? (
          <div className="actions">
            <button type="button" className="button button-small" onClick={() => void showOlder()} disabled={loadingOlder}>
              {loadingOlder ? 'Loading…' : 'Show older'}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
