import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { logger } from '../lib/logger';
import { requestChanged } from '../modules/lifecycle/request-events';
import { RoleRequestEntity } from '../modules/requests/role-request.entity';
import type { Services } from '../composition';
import { RequestStatus } from '../lib/vocabulary/requests';
import type { JobQueue } from '../kernel/jobs';

const WAKE = 'elevate-wake';
const ESCALATE = 'elevate-escalate';
const AUDIT_CHECKPOINT = 'elevate-audit-checkpoint';
const DELIVER = 'elevate-deliver';
const REMIND = 'elevate-remind';

/** pg-boss's connection for a job sent inside our transaction: the job exists if and only if the change commits. */
const inTransaction = (tx: EntityManager): PgBoss.Db => ({
  executeSql: async (text, values) => {
    const result: unknown = await tx.query(text, values);
    return { rows: Array.isArray(result) ? (Array.isArray(result[0]) ? result[0] : result) : [] };
  },
});

/**
 * Jobs on Postgres with pg-boss. Every time-bound change enqueues a wake-up for the instant it becomes due (in its own
 * transaction); the worker then runs the sweep, which finds everything due itself. A once-a-minute schedule is the safety
 * net. Several server processes share the queue; the sweep claims rows with SKIP LOCKED.
 */
export class PgBossJobs implements JobQueue {
  private readonly boss: PgBoss;

  constructor(databaseUrl: string) {
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', application_name: 'elevate-jobs', max: 4 });
    this.boss.on('error', (error: Error) => logger.error('job queue error', { message: error.message }));
  }

  /** Connects and creates the queues: from now on jobs can be enqueued (before any service exists). */
  async start(): Promise<void> {
    await this.boss.start();
    for (const name of [WAKE, ESCALATE, AUDIT_CHECKPOINT, DELIVER, REMIND]) {
      if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name);
    }
  }

  /** Starts the workers, once the composition root has built what they run. */
  async startWorkers(services: Services): Promise<void> {
    await this.boss.schedule(WAKE, '* * * * *', {});
    await this.boss.work(WAKE, { batchSize: 100, pollingIntervalSeconds: 0.5 }, async () => {
      await services.sweeper.sweep();
    });
    // A signed checkpoint of the audit chain's head every minute (when AUDIT_SIGNING_KEY is set): truncation shows.
    if (services.audit.signer) {
      await this.boss.schedule(AUDIT_CHECKPOINT, '* * * * *', {});
      await this.boss.work(AUDIT_CHECKPOINT, { batchSize: 1, pollingIntervalSeconds: 2 }, async () => {
        await services.audit.checkpoint();
      });
    }
    await this.boss.work<{ requestId: string; stage: number; at: string }>(ESCALATE, { batchSize: 50, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await announceEscalation(services, job.data);
    });
    // Deliveries: woken by each change that wrote outbox rows (in its transaction) and by retries; once a minute as a net.
    await this.boss.schedule(DELIVER, '* * * * *', {});
    await this.boss.work(DELIVER, { batchSize: 100, pollingIntervalSeconds: 0.5 }, async () => {
      await services.notifications.delivery.deliverDue();
    });
    await this.boss.schedule(REMIND, '*/5 * * * *', {});
    await this.boss.work(REMIND, { batchSize: 1, pollingIntervalSeconds: 5 }, async () => {
      await services.notifications.reminders.run();
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  async wakeAt(tx: EntityManager, runAt: Date): Promise<void> {
    await this.boss.send(WAKE, {}, { startAfter: runAt, retryLimit: 3, db: inTransaction(tx) });
  }

  async escalateAt(tx: EntityManager, requestId: string, stage: number, runAt: Date): Promise<void> {
    await this.boss.send(ESCALATE, { requestId, stage, at: runAt.toISOString() }, { startAfter: runAt, retryLimit: 3, db: inTransaction(tx) });
  }

  async deliverAt(tx: EntityManager | null, runAt: Date): Promise<void> {
    await this.boss.send(DELIVER, {}, { startAfter: runAt, retryLimit: 3, ...(tx ? { db: inTransaction(tx) } : {}) });
  }
}

/** The escalation approvers join the stage: they see the request arrive in their queue. Nothing else changes. */
async function announceEscalation(services: Services, data: { requestId: string; stage: number; at: string }): Promise<void> {
  const request = await services.db.getRepository(RoleRequestEntity).findOneBy({ id: data.requestId });
  if (!request || request.status !== RequestStatus.PENDING_APPROVAL || request.currentStage !== data.stage) return;
  const at = new Date(data.at);
  await services.pubsub.publish([
    requestChanged(request.id, { status: request.status, stage: request.currentStage, at: new Date(at.getTime() - 1) }, services.now()),
  ]);
}
