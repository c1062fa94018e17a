import { startApp, type RunningApp, type StartOptions } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/db/demo-seed';
import type { Clock } from '../../src/lib/clock';
import { setLogLevel } from '../../src/lib/logger';
import { createTestDatabase } from './database';
import { totpCode } from './totp';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  status: number;
}

export interface TestApp {
  app: RunningApp;
  url: string;
  databaseUrl: string;
  /** A POST /graphql over real HTTP. */
  gql<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Signs a demo user in (password Elevate-demo-1) and returns the bearer token. */
  signIn(email: string): Promise<string>;
  /** Signs in and steps up with a TOTP code valid at the app's clock. */
  signInWithMfa(email: string): Promise<string>;
  /** Ids of the demo tenant by name: scopes, principals (by email or display name), roles. */
  ids: { scope(name: string): Promise<string>; principal(nameOrEmail: string): Promise<string>; role(name: string): Promise<string> };
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * The whole API on a random port against its own fresh database (a clone of the seeded template, or `empty`: nobody in it). `resolveHost` replaces
 * the system's DNS for outbound requests (as the composition root allows), e.g. to make a name resolve elsewhere later.
 */
export async function startTestApp(
  options: { clock?: Clock; config?: Partial<Record<keyof Config, string>>; resolveHost?: StartOptions['resolveHost']; empty?: boolean } = {},
): Promise<TestApp> {
  setLogLevel('error');
  const database = await createTestDatabase({ empty: options.empty });
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...options.config } as NodeJS.ProcessEnv);
  const app = await startApp(config, database.url, { clock: options.clock, seedDemo: false, resolveHost: options.resolveHost });
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const clock = options.clock;

  const gql = async <T,>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  };

  const signIn = async (email: string) => {
    const result = await gql<{ signIn: { token: string } }>(
      null,
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      { email, password: DEMO_PASSWORD },
    );
    if (!result.data?.signIn) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.signIn.token;
  };

  const sql = async <T,>(text: string, params: unknown[] = []) => (await app.db.query(text, params)) as T[];
  const one = async (text: string, value: string, what: string) => {
    const rows = await sql<{ id: string }>(text, [value]);
    if (!rows[0]) throw new Error(`no ${what} named ${value}`);
    return rows[0].id;
  };

  return {
    app,
    url,
    databaseUrl: database.url,
    gql,
    signIn,
    signInWithMfa: async (email: string) => {
      const token = await signIn(email);
      const code = await totpCode(DEMO_TOTP_SECRET, clock ? clock.now() : new Date());
      const result = await gql(token, 'mutation($code: String!) { stepUpMfa(code: $code) { mfaAt } }', { code });
      if (result.errors) throw new Error(`step-up failed for ${email}: ${JSON.stringify(result.errors)}`);
      return token;
    },
    ids: {
      scope: (name) => one('SELECT id FROM scope WHERE name = $1 ORDER BY type LIMIT 1', name, 'scope'),
      principal: (name) => one('SELECT id FROM principal WHERE email = $1 OR display_name = $1 LIMIT 1', name, 'principal'),
      role: (name) => one("SELECT id FROM role_definition WHERE name = $1 ORDER BY kind = 'GROUP', kind LIMIT 1", name, 'role'),
    },
    sql,
    stop: async () => {
      await app.stop();
      await database.drop();
    },
  };
}

export { ManualClock } from './clock';
