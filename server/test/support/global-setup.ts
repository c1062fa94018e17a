import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { prepareDatabase } from '../../src/app';
import { createDataSource } from '../../src/db/data-source';
import { withDatabase } from '../../src/db/database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';

/**
 * One real PostgreSQL for the run: DATABASE_URL's server when set, else an embedded one in a temporary folder. A template
 * database is migrated and seeded with the demo tenant once; every test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'elevate-test-pg-'));
    // initdb runs as the postgres user when we are root: it must be able to enter the folder.
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres(path.join(dataDir, 'data'), 20000 + Math.floor(Math.random() * 10000));
    serverUrl = embedded.url;
  }
  const template = `elevate_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const db = createDataSource(withDatabase(serverUrl, template), 2);
  await db.initialize();
  await prepareDatabase(db, true);
  await db.destroy();
  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${template}_%`]);
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
  }
}
