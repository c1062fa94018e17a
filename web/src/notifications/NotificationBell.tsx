'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '@/gql';
import type { NotificationAddedSubscription, NotificationInboxQuery } from '@/gql/graphql';
import { NotificationsFeed } from '@/live/feeds';
import { newestFirst, upsertNode } from '@/live/listUpdates';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { useAnnounce } from '@/live/Announcer';
import { NotificationList } from './NotificationList';
import { BellIcon } from './BellIcon';
import { unreadLabel } from './unread';

/** The `first` below: a new notification pushes the oldest out, as asking again would. */
const INBOX_SIZE = 20;

const Inbox = graphql(`
  query NotificationInbox {
    unreadNotificationCount
    notifications(first: 20) {
      edges {
        node {
          id
          createdAt
          readAt
          ...NotificationList_notification
        }
      }
    }
  }
`);

const order = {
  key: (notification: { id: string }) => notification.id,
  compare: newestFirst((notification: { id: string; createdAt: string }) => notification.createdAt, (notification) => notification.id),
  limit: INBOX_SIZE,
};

/** A new notification goes on top of the inbox, and counts as unread unless it is read already. */
function mergeNotification(current: NotificationInboxQuery, { notifications: added }: NotificationAddedSubscription): NotificationInboxQuery {
  if (current.notifications.edges.some((edge) => edge.node.id === added.id)) return current;
  return {
    unreadNotificationCount: current.unreadNotificationCount + (added.readAt ? 0 : 1),
    notifications: upsertNode(current.notifications, added, order),
  };
}

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

const MarkAllRead = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/**
 * The bell in the header: my unread count and the latest items, kept current by the `notifications` feed (and asked
 * again after the socket reconnects); following an item marks it read.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { data, refetch } = useLiveList(Inbox, { fetchPolicy: 'cache-and-network' }, [liveFeed({ query: NotificationsFeed }, mergeNotification)]);
  const [markRead] = useMutation(MarkRead);
  const [markAllRead, { loading: markingAll }] = useMutation(MarkAllRead);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        // Focus in the panel would be lost with it: it goes back to the bell.
        if (root.current?.contains(document.activeElement)) button.current?.focus();
        setOpen(false);
      } else if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const unread = data?.unreadNotificationCount ?? 0;
  const label = unreadLabel(unread);
  // The count's changes are said (not the first answer: that is what the page shows on arrival).
  const announce = useAnnounce();
  const heard = useRef<number | null>(null);
  const known = data?.unreadNotificationCount;
  useEffect(() => {
    if (known === undefined) return;
    if (heard.current !== null && heard.current !== known) announce(unreadLabel(known).name);
    heard.current = known;
  }, [known, announce]);
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const read = async (id: string) => {
    setOpen(false);
    await markRead({ variables: { ids: [id] } }).catch(() => undefined);
    await refetch().catch(() => undefined);
  };

  return (
    <div className="bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-small bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label.name}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {label.text ? (
          <span className="bell-count" data-testid="unread-count">
            {label.text}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell-panel" id={panelId} role="region" aria-label="Notification inbox">
          <div className="bell-header">
            <strong>Notifications</strong>
            <button
              type="button"
              className="button button-small button-quiet"
              disabled={markingAll || unread === 0}
              onClick={() => void markAllRead().then(() => refetch()).catch(() => undefined)}
            >
              Mark all read
            </button>
          </div>
          <NotificationList notifications={items} onRead={(id) => void read(id)} />
        </div>
      ) : null}
    </div>
  );
}
