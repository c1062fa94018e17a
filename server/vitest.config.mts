import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Three layers, each runnable alone (`vitest run --project unit|api|system`, or `npm run test:unit` etc.); `vitest run`
 * (`npm run test:server`) runs them all.
 * - unit: pure code beside its sources (src/**\/*.test.ts) and the architecture rules (static analysis of the imports).
 *   No database, no global setup: seconds.
 * - api: the server in this process (startTestApp) against a real PostgreSQL, one database per file cloned from a
 *   template that the global setup migrates and seeds.
 * - system: processes, crashes and the job queue on real time (ARCHITECTURE.md): two built servers sharing Redis, a
 *   SIGKILL in the middle of a burst and a restart, the audit CLI run from dist/, pg-boss waking the sweeper on the wall
 *   clock. Build first (turbo's test:system does). pool.test.ts stays in api: one process, a small pool, no crash.
 */
const SYSTEM_TESTS = ['test/two-processes.test.ts', 'test/crash.test.ts', 'test/audit-tamper.test.ts', 'test/jobs.test.ts'];
const UNIT_TESTS = ['src/**/*.test.ts', 'test/architecture.test.ts'];
const DATABASE_SETUP = ['test/support/global-setup.ts'];

// SWC compiles the tests and sources with decorator metadata, as tsc does for the build (esbuild would not emit it).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022', transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  // graphql 16 has no "exports": Node loads its CommonJS build for type-graphql, so our code must use that same copy
  // (two copies of graphql break instanceof checks on scalars).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    // `extends: true`: each project takes the plugins, alias and options above. The global setup (the database) is
    // the api and system projects' own, so the unit project never starts or needs PostgreSQL.
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT_TESTS } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SYSTEM_TESTS, ...UNIT_TESTS],
          globalSetup: DATABASE_SETUP,
        },
      },
      { extends: true, test: { name: 'system', include: SYSTEM_TESTS, globalSetup: DATABASE_SETUP } },
    ],
  },
});
