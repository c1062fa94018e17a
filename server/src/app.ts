import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createDataSource } from './db/data-source';
import { isEmpty, seedDemoTenant } from './db/demo-seed';
import { createHttpApp } from './graphql/server';
import { createSchema } from './graphql/schema';
import { systemClock, type Clock } from './lib/clock';
import { OutboundGuard, type HostResolver } from './lib/outbound';
import { logger } from './lib/logger';
import { PgBossJobs } from './jobs/pg-boss-jobs';
import { RedisPubSub } from './kernel/redis-pubsub';
import { Services } from './composition';
import { AccessIndex, registerAccessIndex } from './modules/access/access-index';

const MIGRATION_LOCK = 7_274_999;

export interface RunningApp {
  port: number;
  services: Services;
  db: DataSource;
  /** The in-memory access index this process answers holdings from (null: ACCESS_INDEX off, or it failed to load). */
  accessIndex: AccessIndex | null;
  stop(): Promise<void>;
}

/** Migrates under a lock (several replicas may start at once) and, when asked and the database is empty, seeds the demo. */
export async function prepareDatabase(db: DataSource, seedDemo: boolean): Promise<void> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info('migrations applied', { migrations: applied.map((m) => m.name) });
    if (seedDemo && (await isEmpty(db))) {
      await seedDemoTenant(db);
      logger.info('demo tenant loaded');
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export interface StartOptions {
  clock?: Clock;
  seedDemo?: boolean;
  jobs?: boolean;
  /** How outbound requests resolve host names; the system's resolver unless given. */
  resolveHost?: HostResolver;
}

/** Boot: database → migrations (and demo seed) → schema → HTTP + WebSocket → listen. */
export async function startApp(config: Config, databaseUrl: string, options: StartOptions = {}): Promise<RunningApp> {
  const db = createDataSource(databaseUrl, config.DATABASE_POOL_SIZE);
  await db.initialize();
  await prepareDatabase(db, options.seedDemo ?? config.SEED_DEMO ?? config.NODE_ENV !== 'production');
  // Infrastructure first (the queue must take jobs before any service enqueues one), then the services, then workers.
  const outbound = new OutboundGuard({ allowPrivate: config.OUTBOUND_ALLOW_PRIVATE, resolve: options.resolveHost });
  const pubsub = config.REDIS_URL ? await RedisPubSub.connect(config.REDIS_URL) : undefined;
  const jobs = (options.jobs ?? config.JOBS) ? new PgBossJobs(databaseUrl) : null;
  await jobs?.start();
  const services = new Services({ db, config, clock: options.clock ?? systemClock, jobs: jobs ?? undefined, pubsub, outbound });
  await jobs?.startWorkers(services);
  services.audit.chainer.start(config.AUDIT_CHAIN_POLL_MS);
  const accessIndex = config.ACCESS_INDEX ? await startAccessIndex(db, config.ACCESS_INDEX_POLL_MS) : null;
  const schema = await createSchema();
  const http = await createHttpApp(services, schema, config);
  const port = await http.listen(config.PORT, config.HOST);
  let stopped = false;
  return {
    port,
    services,
    db,
    accessIndex,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await http.stop();
      await jobs?.stop();
      registerAccessIndex(db, null);
      await accessIndex?.stop();
      await services.audit.chainer.stop();
      services.notifications.delivery.close();
      await services.pubsub.close();
      await db.destroy();
    },
  };
}

/** The access index, loaded before the first request; without it (it failed to load) every read is SQL's. */
async function startAccessIndex(db: DataSource, pollMs: number): Promise<AccessIndex | null> {
  const index = new AccessIndex(db);
  try {
    const started = Date.now();
    await index.start(pollMs);
    registerAccessIndex(db, index);
    logger.info('access index loaded', { ms: Date.now() - started, ...index.size() });
    return index;
  } catch (error) {
    logger.error('access index: not loaded, reads go to SQL', { error: error instanceof Error ? error.message : String(error) });
    await index.stop();
    return null;
  }
}
