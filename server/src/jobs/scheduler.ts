import type { EntityManager } from 'typeorm';

/** Wakes the bookkeeping at a given instant: durable (in Postgres) and enqueued in the caller's transaction. */
export interface JobScheduler {
  /** Asks for a sweep at `runAt` (expiries, scheduled starts, request timeouts are all found by the sweep itself). */
  wakeAt(tx: EntityManager, runAt: Date): Promise<void>;
  /** Announces an escalation of a request's stage at `runAt`. */
  escalateAt(tx: EntityManager, requestId: string, stage: number, runAt: Date): Promise<void>;
  /** Runs the notification delivery worker at `runAt` (in `tx`: only if it commits; null: now, on its own). */
  deliverAt(tx: EntityManager | null, runAt: Date): Promise<void>;
}

/** For tests and tools that drive the sweep themselves. */
export const manualScheduler: JobScheduler = {
  wakeAt: async () => undefined,
  escalateAt: async () => undefined,
  deliverAt: async () => undefined,
};
