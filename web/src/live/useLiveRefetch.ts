import { useEffect, useRef } from 'react';
import { useConnectionStatus } from '@/apollo/connection';

/**
 * Refetches when the subscription socket comes back after a drop, so events missed while disconnected are caught up.
 */
export function useRefetchOnReconnect(refetch: () => unknown): void {
  const status = useConnectionStatus();
  const previous = useRef(status);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (status === 'connected' && previous.current === 'reconnecting') void latest.current();
    previous.current = status;
  }, [status]);
}
