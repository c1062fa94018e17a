import type { RequestStatus } from '../../lib/vocabulary/requests';
import type { RequestChanged } from '../../kernel/events';

export function requestChanged(
  requestId: string,
  previous: { status: RequestStatus; stage: number; at: Date } | null,
  now: Date,
): RequestChanged {
  return {
    topic: 'request',
    requestId,
    previous: previous ? { status: previous.status, stage: previous.stage, at: previous.at.toISOString() } : null,
    at: now.toISOString(),
  };
}
