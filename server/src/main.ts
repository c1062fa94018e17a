import { startApp } from './app';
import { loadConfig } from './config';
import { setLogLevel, logger } from './lib/logger';

/** The API server alone (containers, replicas): DATABASE_URL is required here; `npm start` uses launch.ts instead. */
async function main() {
  const config = loadConfig();
  setLogLevel(config.LOG_LEVEL);
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required (use `npm start` for the embedded database).');
  const app = await startApp(config, config.DATABASE_URL);
  logger.info('Elevate API listening', { url: `http://localhost:${app.port}/graphql` });
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.error('failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
