import { useSyncExternalStore } from 'react';

/**
 * The state of the subscription WebSocket, for the live indicator. "idle": no subscription needs it (the lazy client
 * closed it normally); "reconnecting": it dropped and graphql-ws is retrying.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let status: ConnectionStatus = 'idle';
const listeners = new Set<() => void>();

export function setConnectionStatus(next: ConnectionStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export function getConnectionStatus(): ConnectionStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(subscribe, getConnectionStatus, () => 'idle');
}
