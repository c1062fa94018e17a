import { useEffect, useRef } from 'react';
import type { RequestStatus } from '@/gql/graphql';
import { useAnnounce } from '@/live/Announcer';
import { requestStatusKey, statusChangeMessage } from '@/live/requestStatus';

interface AnnouncedRow {
  id: string;
  status: RequestStatus;
  principal: { displayName: string };
  role: { name: string };
  scope: { name: string };
}

/**
 * Announces a row whose status changed while it was shown (a decision, a cancellation, an expiry, live or by my own
 * hand), keyed like the toast of the same change so a screen reader hears it once. Rows that arrive are not: their
 * arrival has its own announcement.
 */
export function useStatusAnnouncements(rows: readonly AnnouncedRow[], showRequester: boolean): void {
  const announce = useAnnounce();
  const shown = useRef(new Map<string, RequestStatus>());
  useEffect(() => {
    const before = shown.current;
    for (const row of rows) {
      const previous = before.get(row.id);
      if (previous && previous !== row.status) {
        announce(statusChangeMessage(row, showRequester ? row.principal.displayName : null, previous, row.status), requestStatusKey(row.id, row.status));
      }
    }
    shown.current = new Map(rows.map((row) => [row.id, row.status]));
  }, [rows, showRequester, announce]);
}
