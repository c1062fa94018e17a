'use client';

import { useConnectionStatus } from '@/apollo/connection';

const LABELS = {
  idle: 'Not live',
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
} as const;

/** Whether the page receives live updates now: the subscription socket's state. */
export function LiveIndicator() {
  const status = useConnectionStatus();
  return (
    <span className={`live live-${status}`} role="status" aria-label={`Live updates: ${LABELS[status]}`}>
      <span className="live-dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
