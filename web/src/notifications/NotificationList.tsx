'use client';

import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format';

export const NotificationItemFragment = graphql(`
  fragment NotificationList_notification on Notification {
    id
    title
    link
    createdAt
    readAt
  }
`);

/** The bell's items, newest first: following one, or "Mark read", calls `onRead`. */
export function NotificationList({
  notifications,
  onRead,
}: {
  notifications: readonly FragmentType<typeof NotificationItemFragment>[];
  onRead: (id: string) => void;
}) {
  const items = useFragment(NotificationItemFragment, notifications);
  if (items.length === 0) return <p className="empty">Nothing yet.</p>;
  return (
    <ul className="bell-list">
      {items.map((item) => (
        <li key={item.id} className={item.readAt ? 'bell-item' : 'bell-item bell-unread'}>
          <Link href={item.link ?? '/my-roles'} onClick={() => onRead(item.id)}>
            <span className="bell-title">{item.title}</span>
            <span className="muted small">{formatDateTime(item.createdAt)}</span>
          </Link>
          {item.readAt ? null : (
            <button type="button" className="button button-small button-quiet" onClick={() => onRead(item.id)} aria-label={`Mark read: ${item.title}`}>
              Mark read
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
