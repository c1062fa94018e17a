import { describe, expect, it } from 'vitest';
import { requestStatusKey, statusChangeMessage } from './requestStatus';

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
