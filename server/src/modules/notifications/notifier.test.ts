// The outbox's promise that "changes that notify nobody cost no read at all": mayNotify is the filter Notifier applies
// before it reads anything, so it must never drop an event that notificationOf would turn into a notification, and the
// hook must not touch the transaction for a change it filters out. (audit-mapping.test.ts has the mapping's examples.)
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { Kernel } from '../../kernel/kernel';
import { RequestAction, RequestStatus } from '../../lib/vocabulary/requests';
import type { PreparedAuditEvent } from '../audit/audit.writer';
import type { SettingsReader } from '../settings/role-settings.service';
import { mayNotify, notificationOf } from './audit-mapping';
import { Notifier } from './notifier';

/** The audit actions the services write (grep "action: '"), and a few that no one writes. */
const ACTIONS = [
  'assignment.created',
  'assignment.activated',
  'assignment.expired',
  'assignment.removed',
  'assignment.updated',
  'assignment.extended',
  'assignment.renewed',
  'assignment.deactivated',
  'request.submitted',
  'request.approved',
  'request.denied',
  'request.expired',
  'request.canceled',
  'request.failed',
  'auth.sign_in',
  'auth.mfa_step_up',
  'settings.updated',
  'role.created',
  'webhook.created',
];
const STATUSES = Object.values(RequestStatus);

const action = fc.oneof(fc.constantFrom(...ACTIONS), fc.constantFrom(...ACTIONS).map((a) => `${a}.later`), fc.string({ maxLength: 24 }));
const after = fc.option(
  fc.record(
    {
      status: fc.constantFrom(...STATUSES),
      type: fc.constantFrom('ELIGIBLE', 'ACTIVE'),
      stage: fc.integer({ min: 0, max: 3 }),
      origin: fc.constantFrom('ACTIVATED', 'ASSIGNED'),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);
const request = fc.option(
  fc.record({ action: fc.constantFrom(...Object.values(RequestAction)), status: fc.constantFrom(...STATUSES), currentStage: fc.integer({ min: 0, max: 3 }) }),
  { nil: null },
);

function auditEvent(actionName: string, afterValue: Record<string, unknown> | null = null): PreparedAuditEvent {
  return {
    id: '00000000-0000-4000-8000-000000000101',
    at: new Date('2026-03-01T12:00:00Z'),
    actorType: 'USER',
    actorId: '00000000-0000-4000-8000-000000000102',
    action: actionName,
    targetPrincipalId: '00000000-0000-4000-8000-000000000103',
    roleId: '00000000-0000-4000-8000-000000000104',
    scopeId: '00000000-0000-4000-8000-000000000105',
    requestId: '00000000-0000-4000-8000-000000000106',
    assignmentId: null,
    justification: null,
    ticket: null,
    before: null,
    after: afterValue,
    clientIp: null,
    userAgent: null,
  };
}

/** A stand-in that records, and refuses, every use. */
function refusing<T extends object>(name: string, touched: string[]): T {
  return new Proxy({} as T, {
    get(_target, property) {
      touched.push(`${name}.${String(property)}`);
      throw new Error(`${name}.${String(property)} used`);
    },
  });
}

/** Runs the outbox's beforeCommit hook on one change's audit events; returns what it touched before it stopped. */
async function touchedBy(events: PreparedAuditEvent[]): Promise<string[]> {
  const touched: string[] = [];
  const notifier = new Notifier(refusing<Kernel>('kernel', touched), refusing<SettingsReader>('settings', touched));
  const emitted: unknown[] = [];
  await notifier.hook(refusing<EntityManager>('tx', touched), events, (...e) => emitted.push(...e)).catch(() => undefined);
  expect(emitted).toEqual([]);
  return touched;
}

describe('the notification outbox reads only for changes that may notify', () => {
  it('mayNotify keeps every event that notificationOf maps to a notification', () => {
    fc.assert(
      fc.property(action, after, request, (name, afterValue, req) => {
        const event = { action: name, after: afterValue };
        if (notificationOf(event, req) !== null) expect(mayNotify(event), `${name} ${JSON.stringify(afterValue)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('an action outside the mapping notifies nobody, whatever the event says', () => {
    const mapped = new Set(['assignment.created', 'assignment.activated', 'assignment.expired', 'request.submitted', 'request.approved', 'request.denied', 'request.expired']);
    fc.assert(
      fc.property(action, after, request, (name, afterValue, req) => {
        fc.pre(!mapped.has(name));
        expect(mayNotify({ action: name, after: afterValue })).toBe(false);
        expect(notificationOf({ action: name, after: afterValue }, req)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('a change of silent events touches neither the transaction nor anything else', async () => {
    const silent = ['assignment.removed', 'assignment.updated', 'request.canceled', 'auth.sign_in', 'settings.updated'].map((a) => auditEvent(a));
    expect(await touchedBy(silent)).toEqual([]);
    expect(await touchedBy([auditEvent('request.submitted', { status: RequestStatus.PROVISIONED }), auditEvent('request.submitted', null)])).toEqual([]);
    expect(await touchedBy([])).toEqual([]);
  });

  it.each([
    ['assignment.created', { type: 'ELIGIBLE' }],
    ['assignment.activated', null],
    ['assignment.expired', { origin: 'ASSIGNED' }],
    ['request.submitted', { status: RequestStatus.PENDING_APPROVAL }],
    ['request.approved', { stage: 0 }],
    ['request.denied', { stage: 0 }],
    ['request.expired', null],
    ['auth.sign_in', { breakGlass: true }],
    ['directory.principal_disabled', { reason: null }],
  ])('a change with %s %j is looked into, in its own transaction', async (name, afterValue) => {
    const touched = await touchedBy([auditEvent('auth.sign_in'), auditEvent(name, afterValue)]);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched[0]).toMatch(/^tx\./);
  });
});
