#!/usr/bin/env node
// The product for the browser tests, on a database of its own: started by playwright.config.ts (webServer), stopped
// with SIGTERM, and the database is gone afterwards.
//   DATABASE_URL set:   a database with a random name on that server (created here, dropped on exit);
//   DATABASE_URL unset: the embedded PostgreSQL in a fresh temporary folder on a random port (removed on exit).
// It runs the built product (`npm run build` first): node server/dist/launch.js with PORT and WEB_PORT from the config.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// pg is the server's dependency: resolve it the way the server does.
const pg = createRequire(path.join(root, 'server', 'package.json'))('pg');
const log = (message) => console.log(`[e2e serve] ${message}`);

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function onServer(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Prepares a fresh database; returns the environment for launch.js and the clean-up to run on exit. */
async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `elevate_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`database ${name}`);
    return {
      databaseUrl: url.toString(),
      env: { DATABASE_URL: url.toString() },
      // E2E_KEEP_DATABASE=1 keeps it for a look after a failed run (drop it yourself).
      cleanup: () =>
        process.env.E2E_KEEP_DATABASE === '1'
          ? log(`kept ${name}`)
          : onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => log(`dropped ${name}`)),
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'elevate-e2e-'));
  // As root the embedded PostgreSQL runs as the postgres user, which must reach its data folder inside this one.
  await chmod(dir, 0o755);
  const port = await freePort();
  log(`embedded PostgreSQL in ${dir}, port ${port}`);
  return {
    databaseUrl: `postgres://postgres:elevate@127.0.0.1:${port}/elevate`,
    env: { DATABASE_URL: '', EMBEDDED_PG_DIR: path.join(dir, 'pgdata'), EMBEDDED_PG_PORT: String(port) },
    cleanup: () => rm(dir, { recursive: true, force: true, maxRetries: 5 }).then(() => log(`removed ${dir}`)),
  };
}

const launcher = path.join(root, 'server', 'dist', 'launch.js');
if (!existsSync(launcher) || !existsSync(path.join(root, 'web', '.next', 'BUILD_ID'))) {
  console.error('[e2e serve] The product is not built: run `npm run build` (or `npm run test:e2e`) first.');
  process.exit(1);
}

const { env, cleanup, databaseUrl } = await freshDatabase();
// E2E_DATABASE_FILE: where to note the database's address, for specs that run the server's CLI against it.
if (process.env.E2E_DATABASE_FILE) await writeFile(process.env.E2E_DATABASE_FILE, databaseUrl);
// Webhook receivers in browser tests run on this machine: outbound requests may reach private addresses (R14).
const childEnv = { ...process.env, ...env, PORT: process.env.PORT ?? '4310', WEB_PORT: process.env.WEB_PORT ?? '3310', OUTBOUND_ALLOW_PRIVATE: 'true' };
if (!childEnv.DATABASE_URL) delete childEnv.DATABASE_URL;
delete childEnv.PUBLIC_API_URL;
// Its own process group: Playwright signals ours, and launch.js must get exactly one signal to stop in order.
const child = spawn(process.execPath, [launcher], {
  cwd: root,
  env: childEnv,
  stdio: 'inherit',
  detached: true,
});

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signalled || child.exitCode !== null) return;
    signalled = true;
    child.kill('SIGTERM');
    // launch.js stops the dashboard, the API and the database; if it hangs, end it.
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 15_000).unref();
  });
}

child.once('exit', async (code, signal) => {
  try {
    await cleanup();
  } catch (error) {
    log(`clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(signalled ? 0 : (code ?? (signal ? 1 : 0)));
});
