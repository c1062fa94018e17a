import { describe, expect, it } from 'vitest';
import { leftQueueMessage, requestStatusKey, statusChangeMessage, type LeftRequest } from './requestStatus';

const request = { role: { name: 'Security Administrator' }, scope: { name: '/' } };

describe('statusChangeMessage', () => {
  it('names the requester, the role and the scope, and what happened', () => {
    expect(statusChangeMessage(request, 'Alice Analyst', 'PENDING_APPROVAL', 'PROVISIONED')).toBe(
      'Alice Analyst’s request for Security Administrator at / was approved',
    );
    expect(statusChangeMessage(request, 'Alice Analyst', 'PENDING_APPROVAL', 'DENIED')).toBe('Alice Analyst’s request for Security Administrator at / was denied');
  });

  it('says "Your" for my own requests, and "is active" for a start without a decision', () => {
    expect(statusChangeMessage(request, null, 'GRANTED', 'PROVISIONED')).toBe('Your request for Security Administrator at / is active');
  });

  it('keys a status change by request and status', () => {
    expect(requestStatusKey('r1', 'DENIED')).toBe('request:r1:DENIED');
    expect(requestStatusKey('r1', 'DENIED')).not.toBe(requestStatusKey('r1', 'PROVISIONED'));
  });
});

describe('leftQueueMessage', () => {
  const waiting: LeftRequest = { status: 'PENDING_APPROVAL', principal: { displayName: 'Alice Analyst' }, role: { name: 'Security Administrator' }, scope: { name: '/' }, approvals: [{ decisions: [] }] };
  const decided = (id: string, name: string, decision: 'APPROVE' | 'DENY', decidedAt: string) => ({ decision, decidedAt, approver: { id, displayName: name } });

  it('names who decided, and what, when another approver did', () => {
    const approved = { ...waiting, status: 'PROVISIONED' as const, approvals: [{ decisions: [decided('carol', 'Carol Chen', 'APPROVE', '2026-12-02T10:00:00Z')] }] };
    expect(leftQueueMessage(approved, 'bob')).toBe('Carol Chen approved Alice Analyst’s request for Security Administrator at /');
    const denied = { ...waiting, status: 'DENIED' as const, approvals: [{ decisions: [decided('carol', 'Carol Chen', 'APPROVE', '2026-12-02T10:00:00Z')] }, { decisions: [decided('dave', 'Dave Dev', 'DENY', '2026-12-02T11:00:00Z')] }] };
    expect(leftQueueMessage(denied, 'bob')).toBe('Dave Dev denied Alice Analyst’s request for Security Administrator at /');
  });

  it('says nothing when I decided, at any stage', () => {
    const mine = { ...waiting, approvals: [{ decisions: [decided('bob', 'Bob Approver', 'APPROVE', '2026-12-02T10:00:00Z')] }, { decisions: [] }] };
    expect(leftQueueMessage(mine, 'bob')).toBeNull();
  });

  it('tells of a cancellation, an expiry, and a move out of my reach', () => {
    expect(leftQueueMessage({ ...waiting, status: 'CANCELED' }, 'bob')).toBe('Alice Analyst canceled the request for Security Administrator at /');
    expect(leftQueueMessage({ ...waiting, status: 'EXPIRED' }, 'bob')).toBe('Alice Analyst’s request for Security Administrator at / expired without a decision');
    expect(leftQueueMessage(waiting, 'bob')).toBe('Alice Analyst’s request for Security Administrator at / no longer waits for you');
  });
});
