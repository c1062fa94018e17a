import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(__filename);

// SWC compiles the tests and sources with decorator metadata, as tsc does for the build (esbuild would not emit it).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022', transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  // graphql 16 has no "exports": Node loads its CommonJS build for type-graphql, so our code must use that same copy
  // (two copies of graphql break instanceof checks on scalars).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
