import { NotificationEvent } from '../../lib/vocabulary/notifications';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import type { PreparedAuditEvent } from '../audit/audit.writer';
import type { RoleRequestEntity } from '../requests/role-request.entity';

/** What an audit event means to the people concerned: the notification event, whose approvers hear of it, and whether
 * the administrators of the scope do. */
export interface NotificationMeaning {
  kind: NotificationEvent;
  approversAt: { stage: number; status: RequestStatus } | null;
  admins: boolean;
}

const RELEVANT = new Set(['assignment.created', 'assignment.activated', 'assignment.expired', 'request.approved', 'request.denied', 'request.expired']);
const PENDING: unknown[] = [RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION];

/** Whether an audit event may notify anybody, decided from the event alone: changes that notify nobody (most) read nothing. */
export function mayNotify(event: Pick<PreparedAuditEvent, 'action' | 'after'>): boolean {
  if (event.action === 'request.submitted') return PENDING.includes(event.after?.status);
  return RELEVANT.has(event.action);
}

/**
 * DOMAIN.md's notification events, from the audit event a change wrote and the request it concerns (as the change left
 * it). Null: nobody is told (an approval short of its quorum, a request that never waited for anyone, …).
 */
export function notificationOf(
  event: Pick<PreparedAuditEvent, 'action' | 'after'>,
  request: Pick<RoleRequestEntity, 'action' | 'status' | 'currentStage'> | null,
): NotificationMeaning | null {
  const after = event.after ?? {};
  const extension = request?.action === RequestAction.SELF_EXTEND || request?.action === RequestAction.SELF_RENEW;
  const decidedStage = typeof after.stage === 'number' ? after.stage : (request?.currentStage ?? 0);
  let kind: NotificationEvent | null = null;
  let approversAt: NotificationMeaning['approversAt'] = null;
  let admins = false;
  switch (event.action) {
    case 'assignment.created':
      kind = after.type === 'ELIGIBLE' ? NotificationEvent.ELIGIBLE_ASSIGNED : NotificationEvent.ACTIVE_ASSIGNED;
      admins = true;
      break;
    case 'assignment.activated':
      kind = NotificationEvent.ACTIVATED;
      admins = true;
      break;
    case 'request.submitted':
      if (after.status === RequestStatus.PENDING_APPROVAL) {
        kind = NotificationEvent.PENDING_APPROVAL;
        approversAt = { stage: 0, status: RequestStatus.PENDING_APPROVAL };
      } else if (after.status === RequestStatus.PENDING_ADMIN_DECISION) {
        kind = NotificationEvent.EXTENSION_REQUESTED;
        approversAt = { stage: 0, status: RequestStatus.PENDING_ADMIN_DECISION };
      }
      break;
    case 'request.approved':
    case 'request.denied':
      if (!request) return null;
      if (extension) {
        kind = NotificationEvent.EXTENSION_DECIDED;
        admins = true;
      } else if (request.status === RequestStatus.PENDING_APPROVAL) {
        // An approval that moved the request to its next stage: that stage's approvers are asked now. One that did
        // not reach the quorum yet tells nobody.
        if (request.currentStage === decidedStage) return null;
        kind = NotificationEvent.PENDING_APPROVAL;
        approversAt = { stage: request.currentStage, status: RequestStatus.PENDING_APPROVAL };
      } else {
        kind = event.action === 'request.approved' ? NotificationEvent.APPROVED : NotificationEvent.DENIED;
        approversAt = { stage: decidedStage, status: RequestStatus.PENDING_APPROVAL };
      }
      break;
    case 'request.expired':
      kind = extension ? NotificationEvent.EXTENSION_DECIDED : NotificationEvent.REQUEST_EXPIRED;
      if (extension) admins = true;
      else approversAt = { stage: decidedStage, status: RequestStatus.PENDING_APPROVAL };
      break;
    case 'assignment.expired':
      kind = NotificationEvent.EXPIRED;
      // An activation running out is routine: its holder hears of it; assignments ending concern their admins too.
      admins = after.origin !== 'ACTIVATED';
      break;
  }
  return kind ? { kind, approversAt, admins } : null;
}
