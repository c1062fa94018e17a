import { describe, expect, it } from 'vitest';
import { NotificationEvent } from '../../lib/vocabulary/notifications';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import { mayNotify, notificationOf } from './audit-mapping';

type Request = Parameters<typeof notificationOf>[1];

const activation = (status: RequestStatus, currentStage = 0): Request => ({ action: RequestAction.SELF_ACTIVATE, status, currentStage });
const extension = (status: RequestStatus): Request => ({ action: RequestAction.SELF_EXTEND, status, currentStage: 0 });
const event = (action: string, after: Record<string, unknown> = {}) => ({ action, after });

describe('audit → notification mapping (DOMAIN.md "Notifications")', () => {
  it('an assignment made by an administrator tells the assignee and the admins, eligible or active', () => {
    expect(notificationOf(event('assignment.created', { type: 'ELIGIBLE' }), null)).toEqual({
      kind: NotificationEvent.ELIGIBLE_ASSIGNED,
      approversAt: null,
      admins: true,
    });
    expect(notificationOf(event('assignment.created', { type: 'ACTIVE' }), null)?.kind).toBe(NotificationEvent.ACTIVE_ASSIGNED);
  });

  it('an activation tells the admins; a request waiting for approval asks the first stage', () => {
    expect(notificationOf(event('assignment.activated'), activation(RequestStatus.PROVISIONED))).toMatchObject({
      kind: NotificationEvent.ACTIVATED,
      admins: true,
    });
    expect(notificationOf(event('request.submitted', { status: RequestStatus.PENDING_APPROVAL }), activation(RequestStatus.PENDING_APPROVAL))).toEqual({
      kind: NotificationEvent.PENDING_APPROVAL,
      approversAt: { stage: 0, status: RequestStatus.PENDING_APPROVAL },
      admins: false,
    });
    expect(notificationOf(event('request.submitted', { status: RequestStatus.PENDING_ADMIN_DECISION }), extension(RequestStatus.PENDING_ADMIN_DECISION))).toEqual({
      kind: NotificationEvent.EXTENSION_REQUESTED,
      approversAt: { stage: 0, status: RequestStatus.PENDING_ADMIN_DECISION },
      admins: false,
    });
  });

  it('a request that never waited for anyone tells nobody by its submission', () => {
    expect(notificationOf(event('request.submitted', { status: RequestStatus.PROVISIONED }), activation(RequestStatus.PROVISIONED))).toBeNull();
    expect(mayNotify(event('request.submitted', { status: RequestStatus.PROVISIONED }))).toBe(false);
    expect(mayNotify(event('request.submitted', { status: RequestStatus.PENDING_APPROVAL }))).toBe(true);
  });

  it('an approval short of its quorum tells nobody; one that opens the next stage asks that stage', () => {
    expect(notificationOf(event('request.approved', { stage: 0 }), activation(RequestStatus.PENDING_APPROVAL, 0))).toBeNull();
    expect(notificationOf(event('request.approved', { stage: 0 }), activation(RequestStatus.PENDING_APPROVAL, 1))).toEqual({
      kind: NotificationEvent.PENDING_APPROVAL,
      approversAt: { stage: 1, status: RequestStatus.PENDING_APPROVAL },
      admins: false,
    });
  });

  it('the outcome tells the requester and the approvers of the stage that decided it', () => {
    expect(notificationOf(event('request.approved', { stage: 1 }), activation(RequestStatus.PROVISIONED, 1))).toEqual({
      kind: NotificationEvent.APPROVED,
      approversAt: { stage: 1, status: RequestStatus.PENDING_APPROVAL },
      admins: false,
    });
    expect(notificationOf(event('request.denied', { stage: 0 }), activation(RequestStatus.DENIED))?.kind).toBe(NotificationEvent.DENIED);
    expect(notificationOf(event('request.denied', { stage: 0 }), null)).toBeNull();
  });

  it('extensions and renewals are decided by admins, and the admins hear of the decision or its expiry', () => {
    expect(notificationOf(event('request.approved'), extension(RequestStatus.PROVISIONED))).toEqual({
      kind: NotificationEvent.EXTENSION_DECIDED,
      approversAt: null,
      admins: true,
    });
    expect(notificationOf(event('request.expired'), extension(RequestStatus.EXPIRED))).toMatchObject({ kind: NotificationEvent.EXTENSION_DECIDED, admins: true });
    expect(notificationOf(event('request.expired', { stage: 2 }), activation(RequestStatus.EXPIRED, 2))).toEqual({
      kind: NotificationEvent.REQUEST_EXPIRED,
      approversAt: { stage: 2, status: RequestStatus.PENDING_APPROVAL },
      admins: false,
    });
  });

  it('an activation running out is routine for the admins; an assignment ending concerns them', () => {
    expect(notificationOf(event('assignment.expired', { origin: 'ACTIVATED' }), null)).toEqual({ kind: NotificationEvent.EXPIRED, approversAt: null, admins: false });
    expect(notificationOf(event('assignment.expired', { origin: 'ASSIGNED' }), null)).toEqual({ kind: NotificationEvent.EXPIRED, approversAt: null, admins: true });
  });

  it('every other audit action notifies nobody, and is dismissed without reading anything', () => {
    for (const action of ['assignment.updated', 'assignment.removed', 'request.canceled', 'auth.sign_in', 'settings.updated']) {
      expect(mayNotify(event(action))).toBe(false);
      expect(notificationOf(event(action), activation(RequestStatus.PROVISIONED))).toBeNull();
    }
  });
});
