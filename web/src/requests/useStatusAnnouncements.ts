import { useCallback, useEffect, useRef } from 'react';
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
 * Says that a request went from `previous` to its status now, keyed like the toast of the same change (and like any other
 * telling of it), so a screen reader hears it once however many places learn of it.
 */
export function useAnnounceStatusChange(showRequester: boolean): (row: AnnouncedRow, previous: RequestStatus | undefined) => void {
  const announce = useAnnounce();
  return useCallback(
    (row, previous) => {
      if (previous && previous !== row.status) {
        announce(statusChangeMessage(row, showRequester ? row.principal.displayName : null, previous, row.status), requestStatusKey(row.id, row.status));
      }
    },
    [announce, showRequester],
  );
}

/**
 * Announces a row whose status changed while it was shown (a decision, a cancellation, an expiry, live or by my own
 * hand). Rows that arrive are not: their arrival has its own announcement. A row that leaves the list as its status
 * changes (a decided request leaving my approval queue) cannot be heard of here: whoever changed it says so with
 * `useAnnounceStatusChange` when the change is done.
 */
export function useStatusAnnouncements(rows: readonly AnnouncedRow[], showRequester: boolean): void {
  const announceChange = useAnnounceStatusChange(showRequester);
  const shown = useRef(new Map<string, RequestStatus>());
  useEffect(() => {
    const before = shown.current;
    for (const row of rows) announceChange(row, before.get(row.id));
    shown.current = new Map(rows.map((row) => [row.id, row.status]));
  }, [rows, announceChange]);
}
