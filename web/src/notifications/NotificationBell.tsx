'use client';

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';

const Inbox = graphql(`
  query NotificationInbox {
    unreadNotificationCount
    notifications(first: 20) {
      edges {
        node {
          id
          event
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notifications {
      id
      title
    }
  }
`);

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
 * The bell in the header: my unread count, kept current by the `notifications` subscription (a new one refetches the
 * inbox), and a dropdown of the latest items; following one marks it read.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const { data, refetch } = useQuery(Inbox, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkRead);
  const [markAllRead, { loading: markingAll }] = useMutation(MarkAllRead);
  useSubscription(NotificationAdded, { onData: () => void refetch().catch(() => undefined) });

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const unread = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const read = async (id: string) => {
    setOpen(false);
    await markRead({ variables: { ids: [id] } }).catch(() => undefined);
    await refetch().catch(() => undefined);
  };

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="button button-small bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 ? (
          <span className="bell-count" data-testid="unread-count">
            {unread > 99 ? '99+' : unread}
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
          {items.length === 0 ? (
            <p className="empty">Nothing yet.</p>
          ) : (
            <ul className="bell-list">
              {items.map((item) => (
                <li key={item.id} className={item.readAt ? 'bell-item' : 'bell-item bell-unread'}>
                  <Link href={item.link ?? '/my-roles'} onClick={() => void read(item.id)}>
                    <span className="bell-title">{item.title}</span>
                    <span className="muted small">{formatDateTime(item.createdAt)}</span>
                  </Link>
                  {item.readAt ? null : (
                    <button type="button" className="button button-small button-quiet" onClick={() => void read(item.id)} aria-label={`Mark read: ${item.title}`}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
