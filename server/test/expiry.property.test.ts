import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DurationValue } from '../src/lib/duration';
import { ManualClock } from './support/clock';
import { AssignmentState, AssignmentType } from '../src/lib/vocabulary/assignments';
import { PrincipalType } from '../src/lib/vocabulary/principals';
import type { Viewer } from '../src/modules/auth/viewer';
import type { ActivationChanged } from '../src/kernel/events';
import { startTestApp, type TestApp } from './support/app';
import { addUser } from './support/personas';

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * R11: with a clock the test moves, no read ever returns access past its end — whether or not the bookkeeping ran — and
 * the sweep, when it runs, records each expiry once and announces it.
 */
describe('expiry with a controllable clock (R11)', () => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ clock, config: { JOBS: 'false' } });
  });
  afterAll(async () => t?.stop());

  // A few hundred changes and reads at many instants: ~15 s on a quiet machine, several times that on a busy one.
  it('never returns access past its end, at any instant, and the sweep records each expiry once', async () => {
    const services = t.app.services;
    const root = await t.ids.scope('/');
    const roles = [await t.ids.role('Helpdesk Administrator'), await t.ids.role('Reports Reader'), await t.ids.role('Compliance Administrator')];
    const admin = services.caller(await services.auth.resolveToken(await t.signIn('admin@contoso.test')));
    for (const roleId of roles) {
      await services.settings.update(admin, roleId, null, {
        ...(await services.settings.get(admin, roleId, null)).settings,
        activation: { maxDurationSeconds: 4 * 3600, requireMfa: false, requireJustification: false, requireTicket: false, requireApproval: false, approvalStages: [] },
      });
    }
    const users: Viewer[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await addUser(t, `Clock ${i}`, `clock-${i}@contoso.test`);
      for (const roleId of roles) {
        await services.assignments.assignRole(admin, { principalId: id, roleId, scopeId: root, type: AssignmentType.ELIGIBLE, duration: new DurationValue(30 * 86400) });
      }
      users.push({ principalId: id, principalType: PrincipalType.USER, userType: null, displayName: `Clock ${i}`, sessionId: id, sessionKind: 'SESSION', sessionExpiresAt: new Date(Date.now() + 86400_000), mfaAt: null });
    }
    const expiredEvents: ActivationChanged[] = [];
    const controller = new AbortController();
    void (async () => {
      for await (const event of services.pubsub.subscribe('activation', controller.signal)) if (event.kind === 'EXPIRED') expiredEvents.push(event);
    })();

    const random = prng(11);
    let activations = 0;
    for (let step = 0; step < 60; step++) {
      // Some users activate something for 30 minutes to 4 hours.
      for (const user of users) {
        if (random() < 0.3) {
          const roleId = roles[Math.floor(random() * roles.length)];
          try {
            await services.activation.activateRole(services.caller(user), { roleId, scopeId: root, duration: new DurationValue(1800 + Math.floor(random() * 12_600)) });
            activations += 1;
          } catch (error) {
            // Already active for that role: refused with CONFLICT, as it should be.
            expect((error as { code?: string }).code).toBe('CONFLICT');
          }
        }
      }
      clock.advance(Math.floor(random() * 50 * 60_000));
      const now = clock.now();
      if (random() < 0.3) await services.sweeper.sweep();
      for (const user of users) {
        const caller = services.caller(user);
        const effective = await services.access.effectiveAccess(caller, user.principalId, root, null);
        for (const role of effective) {
          for (const path of role.paths) expect(path.endAt === null || path.endAt > now, `step ${step}`).toBe(true);
        }
        const listed = await services.assignments.list(admin, { principalId: user.principalId, type: AssignmentType.ACTIVE, state: AssignmentState.IN_FORCE }, 100, null);
        for (const { node } of listed.edges) expect(node.endAt === null || node.endAt > now, `step ${step}`).toBe(true);
        // And what the database says is in force is exactly what the read returned.
        const [{ n }] = await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM role_assignment WHERE principal_id = $1 AND type = 'ACTIVE' AND start_at <= $2 AND (end_at IS NULL OR end_at > $2)`,
          [user.principalId, now],
        );
        expect(effective.length).toBe(n);
      }
    }
    expect(activations).toBeGreaterThan(20);
    clock.advance(5 * 3600_000);
    await services.sweeper.sweep();
    await services.sweeper.sweep();
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const [{ recorded, audited }] = await t.sql<{ recorded: number; audited: number }>(
      `SELECT (SELECT count(*)::int FROM role_assignment WHERE origin = 'ACTIVATED' AND expiry_recorded_at IS NOT NULL) AS recorded,
              (SELECT count(*)::int FROM audit_event WHERE action = 'assignment.expired') AS audited`,
    );
    expect(recorded).toBe(activations);
    expect(audited).toBe(activations);
    expect(new Set(expiredEvents.map((e) => e.assignmentId)).size).toBe(activations);
    expect(expiredEvents).toHaveLength(activations);
  }, 240_000);
});
