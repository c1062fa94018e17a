import type { RequestStatus } from '@/gql/graphql';

/** The announcer's key for "this request reached this status": a toast and a table row telling of it share it. */
export function requestStatusKey(requestId: string, status: RequestStatus): string {
  return `request:${requestId}:${status}`;
}

const PHRASES: Record<RequestStatus, string> = {
  PENDING_APPROVAL: 'is waiting for approval',
  PENDING_ADMIN_DECISION: 'is waiting for an administrator’s decision',
  GRANTED: 'was approved',
  PROVISIONED: 'is active',
  DENIED: 'was denied',
  CANCELED: 'was canceled',
  EXPIRED: 'expired',
  REVOKED: 'was revoked',
  FAILED: 'failed',
};

/**
 * What a screen reader hears when a request's row changes status, e.g. "Alice Analyst's request for Security
 * Administrator at / was approved" (`whose` null: "Your request …").
 */
export function statusChangeMessage(
  request: { role: { name: string }; scope: { name: string } },
  whose: string | null,
  before: RequestStatus,
  after: RequestStatus,
): string {
  const waiting = before === 'PENDING_APPROVAL' || before === 'PENDING_ADMIN_DECISION';
  const phrase = after === 'PROVISIONED' && waiting ? 'was approved' : PHRASES[after];
  return `${whose ? `${whose}’s` : 'Your'} request for ${request.role.name} at ${request.scope.name} ${phrase}`;
}
