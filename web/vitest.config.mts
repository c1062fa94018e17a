// Unit tests of the dashboard's pure modules (src/**/*.test.ts): no DOM, no server. Vitest comes from the workspace
// root (the server's test runner), so this adds no dependency. Run from web/: `npm run test:unit -w @elevate/web`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
