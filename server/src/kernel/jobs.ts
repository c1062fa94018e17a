import type { EntityManager } from 'typeorm';

/**
 * The job queue as services see it: enqueue only, in the caller's transaction (durable, in Postgres: a job exists if and
 * only if the change that asked for it commits). What runs the jobs is wired by the composition root (jobs/workers.ts).
 */
export interface JobQueue {
  /** Asks for a sweep at `runAt` (expiries, scheduled starts, request timeouts are all found by the sweep itself). */
  wakeAt(tx: EntityManager, runAt: Date): Promise<void>;
  /** Announces an escalation of a request's stage at `runAt`. */
  escalateAt(tx: EntityManager, requestId: string, stage: number, runAt: Date): Promise<void>;
  /** Runs the notification delivery worker at `runAt` (in `tx`: only if it commits; null: now, on its own). */
  deliverAt(tx: EntityManager | null, runAt: Date): Promise<void>;
}

/** For tests and tools that drive the sweep themselves. */
export const manualJobs: JobQueue = {
  wakeAt: async () => undefined,
  escalateAt: async () => undefined,
  deliverAt: async () => undefined,
};
