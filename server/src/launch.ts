import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startApp, type RunningApp } from './app';
import { loadConfig } from './config';
import { ensureDatabase, withDatabase } from './db/database';
import { DEMO_PASSWORD } from './db/demo-seed';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { logger, setLogLevel } from './lib/logger';

const projectRoot = path.resolve(__dirname, '..', '..');

/**
 * `npm start`: the whole product on one machine. An embedded PostgreSQL unless DATABASE_URL is set, migrations and the
 * demo tenant, the API on PORT (4000) and the dashboard on WEB_PORT (3000); Ctrl-C stops everything. Outbound requests
 * may reach private addresses (OUTBOUND_ALLOW_PRIVATE defaults to true here, false for `node server/dist/main.js`).
 */
async function launch() {
  // The local demo's webhook receivers are local too: private addresses are allowed unless the environment says otherwise.
  const config = loadConfig({ OUTBOUND_ALLOW_PRIVATE: 'true', ...process.env });
  setLogLevel(config.LOG_LEVEL);
  let embedded: EmbeddedDatabase | null = null;
  let app: RunningApp | null = null;
  let web: ChildProcess | null = null;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (web && web.exitCode === null) {
      web.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 5000);
        web?.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    await app?.stop().catch((error: unknown) => logger.warn('server stop failed', { error: String(error) }));
    await embedded?.stop().catch((error: unknown) => logger.warn('database stop failed', { error: String(error) }));
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const dir = config.EMBEDDED_PG_DIR ?? path.join(projectRoot, '.data', 'postgres');
      console.log(`Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dir) || dir}) …`);
      embedded = await startEmbeddedPostgres(dir, config.EMBEDDED_PG_PORT);
      databaseUrl = withDatabase(embedded.url, 'elevate');
    }
    await ensureDatabase(databaseUrl);
    app = await startApp(config, databaseUrl);
    const apiUrl = `http://localhost:${app.port}/graphql`;

    const nextBin = require.resolve('next/dist/bin/next', { paths: [path.join(projectRoot, 'web')] });
    web = spawn(process.execPath, [nextBin, 'start', '-p', String(config.WEB_PORT)], {
      cwd: path.join(projectRoot, 'web'),
      env: { ...process.env, ELEVATE_API_PORT: String(app.port), ELEVATE_API_URL: config.PUBLIC_API_URL ?? '', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    web.once('exit', (code) => {
      if (!stopping) {
        logger.error('the dashboard stopped', { code });
        void stop(1);
      }
    });
    await new Promise<void>((resolve) => {
      web?.stdout?.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        if (config.LOG_LEVEL === 'debug') process.stdout.write(text);
        if (/ready|started server|Local:/i.test(text)) resolve();
      });
      setTimeout(resolve, 30_000);
    });
    const firstAdmin = await app.services.invitations.needsFirstAdministrator();
    const demo = !firstAdmin && (await app.db.query(`SELECT 1 FROM principal WHERE email = 'admin@contoso.test'`)).length > 0;
    console.log(
      [
        '',
        '  Elevate is running.',
        `    Dashboard  http://localhost:${config.WEB_PORT}`,
        `    GraphQL    ${apiUrl}  (HTTP and WebSocket)`,
        `    Database   ${embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}`,
        '',
        ...(firstAdmin
          ? [
              '  The tenant has no administrator yet. In another terminal, make its first one (a setup link, valid an hour):',
              '    npm run bootstrap-admin -- --email you@example.com --name "Your Name"',
            ]
          : demo
            ? [
                `  Sign in as admin@contoso.test (or alice@, bob@, carol@, dave@, pra@contoso.test, erin@fabrikam.test)`,
                `  with the password ${DEMO_PASSWORD}; TOTP secret JBSWY3DPEHPK3PXP.`,
              ]
            : ['  Sign in with your account.']),
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    logger.error('failed to start', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    await stop(1);
  }
}

void launch();
