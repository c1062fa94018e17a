// Unit tests of the dashboard's pure modules (src/**/*.test.ts): no DOM, no server. Vitest comes from the workspace
// root node_modules (a devDependency here and of the server). `npm test` runs them; alone: `npm run test:unit -w @elevate/web`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
