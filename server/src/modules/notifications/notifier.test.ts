// The pure part of the audit → notification mapping: which audit events can notify anyone at all. Notifier decides that
// from the event alone, before any read ("changes that notify nobody cost no read at all"), so it is observable without a
// database: a transaction that fails on first touch stays untouched for the others. Which notification an event becomes
// (and who hears it) is worked out in Notifier's private fromAudit, interleaved with reads: not testable without one.
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { RequestStatus } from '../../lib/enums';
import type { PreparedAuditEvent } from '../audit/audit.writer';
import type { Services } from '../services';
import { Notifier } from './notifier';

function auditEvent(action: string, after: Record<string, unknown> | null = null): PreparedAuditEvent {
  return {
    id: '00000000-0000-4000-8000-000000000101',
    at: new Date('2026-03-01T12:00:00Z'),
    actorType: 'USER',
    actorId: '00000000-0000-4000-8000-000000000102',
    action,
    targetPrincipalId: '00000000-0000-4000-8000-000000000103',
    roleId: '00000000-0000-4000-8000-000000000104',
    scopeId: '00000000-0000-4000-8000-000000000105',
    requestId: '00000000-0000-4000-8000-000000000106',
    assignmentId: null,
    justification: null,
    ticket: null,
    before: null,
    after,
    clientIp: null,
    userAgent: null,
  };
}

/** Runs Notifier's beforeCommit hook on `events` in a transaction that records, and refuses, every use. */
async function readsFor(events: PreparedAuditEvent[]): Promise<string[]> {
  const touched: string[] = [];
  const tx = new Proxy({} as EntityManager, {
    get(_target, property) {
      touched.push(String(property));
      throw new Error(`read ${String(property)}`);
    },
  });
  const services = new Proxy({} as Services, {
    get(_target, property) {
      touched.push(`services.${String(property)}`);
      throw new Error(`used services.${String(property)}`);
    },
  });
  const emitted: unknown[] = [];
  await new Notifier(services).hook(tx, events, (...e) => emitted.push(...e)).catch(() => undefined);
  expect(emitted).toEqual([]);
  return touched;
}

/** Audit actions that can notify: DOMAIN.md's notification events come from these. */
const NOTIFYING = [
  auditEvent('assignment.created', { type: 'ELIGIBLE' }),
  auditEvent('assignment.created', { type: 'ACTIVE' }),
  auditEvent('assignment.activated'),
  auditEvent('assignment.expired', { origin: 'ACTIVATED' }),
  auditEvent('request.submitted', { status: RequestStatus.PENDING_APPROVAL }),
  auditEvent('request.submitted', { status: RequestStatus.PENDING_ADMIN_DECISION }),
  auditEvent('request.approved'),
  auditEvent('request.denied'),
  auditEvent('request.expired'),
];

/** The audit actions the services write that never notify. */
const SILENT = [
  'assignment.removed',
  'assignment.updated',
  'assignment.extended',
  'assignment.renewed',
  'assignment.deactivated',
  'request.canceled',
  'request.failed',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.mfa_step_up',
  'auth.api_token_created',
  'settings.updated',
  'role.created',
  'webhook.created',
].map((action) => auditEvent(action));

describe('Notifier: which audit events can notify', () => {
  it.each(NOTIFYING.map((e) => [`${e.action} ${JSON.stringify(e.after)}`, e]))('%s is looked into', async (_name, event) => {
    expect(await readsFor([event])).not.toEqual([]);
  });

  it.each(SILENT.map((e) => [e.action, e]))('%s costs no read', async (_name, event) => {
    expect(await readsFor([event])).toEqual([]);
  });

  it.each([RequestStatus.GRANTED, RequestStatus.PROVISIONED, RequestStatus.DENIED, RequestStatus.FAILED, undefined])(
    'a request submitted as %s (decided at once, nobody to ask) costs no read',
    async (status) => {
      expect(await readsFor([auditEvent('request.submitted', status === undefined ? {} : { status })])).toEqual([]);
      expect(await readsFor([auditEvent('request.submitted', null)])).toEqual([]);
    },
  );

  it('a change with many silent events and one notifying event is looked into', async () => {
    expect(await readsFor([...SILENT, NOTIFYING[2], ...SILENT])).not.toEqual([]);
    expect(await readsFor([])).toEqual([]);
  });

  it('no other action notifies', async () => {
    const known = new Set(NOTIFYING.map((e) => e.action));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom(...SILENT.map((e) => e.action)), fc.constantFrom(...known).map((a) => `${a}x`)),
        fc.constantFrom(null, {}, { status: RequestStatus.PENDING_APPROVAL }, { type: 'ACTIVE' }),
        async (action, after) => {
          fc.pre(!known.has(action));
          expect(await readsFor([auditEvent(action, after)])).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
