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

/** A request that left my approval queue, with what its decisions and status say of why. */
export interface LeftRequest {
  status: RequestStatus;
  principal: { displayName: string };
  role: { name: string };
  scope: { name: string };
  approvals: readonly { decisions: readonly { decision: 'APPROVE' | 'DENY'; decidedAt: string; approver: { id: string; displayName: string } | null }[] }[];
}

/**
 * What a screen reader hears (and the toast says) when a request leaves my approval queue through somebody else: another
 * approver decided, the requester canceled it, it expired. Null when I decided on it myself (at any stage): what I did is
 * told where I did it.
 */
export function leftQueueMessage(request: LeftRequest, viewerId: string): string | null {
  const decisions = request.approvals.flatMap((stage) => stage.decisions);
  if (decisions.some((decision) => decision.approver?.id === viewerId)) return null;
  const whose = `${request.principal.displayName}’s request for ${request.role.name} at ${request.scope.name}`;
  const last = [...decisions].sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt))[0];
  if (request.status === 'CANCELED') return `${request.principal.displayName} canceled the request for ${request.role.name} at ${request.scope.name}`;
  if (request.status === 'EXPIRED') return `${whose} expired without a decision`;
  if (last?.approver) return `${last.approver.displayName} ${last.decision === 'DENY' ? 'denied' : 'approved'} ${whose}`;
  return `${whose} no longer waits for you`;
}
