/**
 * "What if the server did X": recommended server changes simulated inside the benchmark process only (by swapping a
 * function on the server's compiled module objects, which the services look up at call time), so their end-to-end
 * effect can be measured before anyone changes server/. Nothing on disk changes. BENCH_WHATIF=a,b selects them;
 * results then go to bench/results/whatif/.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Pool } from 'pg';
import { SERVER_DIST, server, type RunningApp } from './server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mod = (file: string) => require(path.join(SERVER_DIST, file)) as Record<string, unknown>;

type Fn = (...args: unknown[]) => Promise<unknown>;

export const WHATIFS: Record<string, { description: string; beforeStart?(): void; apply?(app: RunningApp): void }> = {
  'no-cache-control': {
    description:
      "Apollo Server's default cache-control plugin is disabled (ApolloServerPluginCacheControlDisabled): it wraps every field resolver (willResolveField) and the schema sets no cache hints",
    beforeStart() {
      const apolloCjs = path.dirname(require.resolve('@apollo/server', { paths: [SERVER_DIST] }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cacheControl = require(path.join(apolloCjs, 'plugin', 'cacheControl', 'index.js'));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ApolloServerPluginCacheControlDisabled } = require(path.join(apolloCjs, 'plugin', 'disabled', 'index.js'));
      cacheControl.ApolloServerPluginCacheControl = () => ApolloServerPluginCacheControlDisabled();
    },
  },
  'same-kind-ancestors': {
    description:
      'roleAssignments(includeInherited) looks for inherited assignments only at ancestors of the same role kind: for a RESOURCE or GROUP scope the tenant root (DIRECTORY) is left out of the path',
    apply() {
      const repo = mod('modules/assignments/assignment.repository.js');
      const original = repo.queryAssignments as Fn;
      const root = server.roles.TENANT_ROOT_SCOPE_ID;
      repo.queryAssignments = (db: unknown, query: { scope?: { path: string[]; roleKind: string } }, capabilities: unknown) =>
        original(
          db,
          query.scope && query.scope.roleKind !== 'DIRECTORY' ? { ...query, scope: { ...query.scope, path: query.scope.path.filter((id) => id !== root) } } : query,
          capabilities,
        );
    },
  },
  'prepared-holdings': {
    description: 'findHoldings runs as a named prepared statement (planned once per connection, not on every call)',
    apply(app) {
      const repo = mod('modules/access/access.repository.js');
      const original = repo.findHoldings as Fn;
      const manager = app.db.manager;
      const pool = (app.db.driver as unknown as { master: Pool }).master;
      const prepared = {
        query: async (text: string, values: unknown[]) =>
          (await pool.query({ name: `holdings_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`, text, values })).rows,
      };
      repo.findHoldings = (db: unknown, ...rest: unknown[]) => original(db === manager ? prepared : db, ...rest);
    },
  },
};

export function whatIfNames(): string[] {
  const names = (process.env.BENCH_WHATIF ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!WHATIFS[name]) throw new Error(`unknown BENCH_WHATIF ${name}; known: ${Object.keys(WHATIFS).join(', ')}`);
  return names;
}

/** Call before startApp (some patch what the app builds at start). */
export function whatIfsBeforeStart(names: string[]): void {
  for (const name of names) WHATIFS[name].beforeStart?.();
}

export function applyWhatIfs(app: RunningApp, names: string[]): string[] {
  return names.map((name) => {
    WHATIFS[name].apply?.(app);
    return `${name}: ${WHATIFS[name].description}`;
  });
}
