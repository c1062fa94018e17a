import { z } from 'zod';
import { parseSigningKey } from './modules/audit/audit.signing';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
    EMBEDDED_PG_DIR: z.string().optional(),
    REDIS_URL: z.string().url().optional(),
    PUBLIC_WEB_URL: z.string().url().optional(),
    PUBLIC_API_URL: z.string().url().optional(),
    CORS_ORIGINS: z.string().optional(),
    SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(60 * 24 * 30).default(60 * 12),
    MFA_FRESHNESS_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
    SEED_DEMO: booleanFromEnv.optional(),
    /** Run the job workers (expiry bookkeeping, request timeouts, scheduled starts) in this process. */
    JOBS: booleanFromEnv.default(true),
    /** Outgoing mail, e.g. smtp://user:pass@mail.example.com:587; without it mail is written to the log. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Elevate <elevate@localhost>'),
    /** First retry delay of a failed email or webhook delivery; doubles per attempt (capped at an hour). */
    NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5000),
    NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
    /** How long a claimed delivery stays its worker's before another may take it over (the worker died). */
    NOTIFY_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** Let outbound requests (webhooks) reach loopback, private, link-local, ULA and CGNAT addresses: local development and tests. */
    OUTBOUND_ALLOW_PRIVATE: booleanFromEnv.default(false),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    QUERY_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    QUERY_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
    QUERY_MAX_COST: z.coerce.number().int().min(100).default(25000),
    QUERY_MAX_TOKENS: z.coerce.number().int().min(100).default(1000),
    /** Ed25519 private key (PEM, or base64 of the 32-byte seed) that signs audit checkpoints; without it none are taken. */
    AUDIT_SIGNING_KEY: z.string().optional(),
    /** How often the audit chainer looks for events a change committed but nobody chained (a process that died in between). */
    AUDIT_CHAIN_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
    /** verifyAudit fails when a committed event waited longer than this to be chained (the chainer is not running). */
    AUDIT_CHAIN_MAX_LAG_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
    /** Answer "what does P hold now" from the in-memory access index (modules/access/access-index.ts) instead of a statement. */
    ACCESS_INDEX: booleanFromEnv.default(true),
    /** How often the index reads the change feed unasked (every read also waits for a fresh read of it). */
    ACCESS_INDEX_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
    /**
     * Which reverse proxies to believe about the client's address (X-Forwarded-For), as Express's "trust proxy": a
     * number of hops, or comma-separated addresses/CIDRs/"loopback"/"uniquelocal". Unset: the socket's address.
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === '' || value === 'false') return undefined;
        if (/^\d+$/.test(value.trim())) return Number(value.trim());
        if (value === 'true') {
          ctx.addIssue({ code: 'custom', message: 'name the proxies (addresses, CIDRs, "loopback") or a hop count; "true" would believe any client' });
          return z.NEVER;
        }
        return value.split(',').map((part) => part.trim()).filter(Boolean);
      }),
  })
  .superRefine((config, ctx) => {
    if (config.AUDIT_SIGNING_KEY) {
      try {
        parseSigningKey(config.AUDIT_SIGNING_KEY);
      } catch (error) {
        // Never echo the value: it is a secret.
        ctx.addIssue({ code: 'custom', path: ['AUDIT_SIGNING_KEY'], message: error instanceof Error ? error.message.split('\n')[0] : 'not a key' });
      }
    }
    if (config.NODE_ENV === 'production' && !config.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DATABASE_URL is required in production' });
    }
    if (config.NODE_ENV === 'production' && config.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'the demo tenant is never seeded in production' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Reads and validates the environment once; a bad value stops the process with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

/** Where the dashboard is, for links in emails and webhooks. */
export function webUrl(config: Config): string {
  return (config.PUBLIC_WEB_URL ?? `http://localhost:${config.WEB_PORT}`).replace(/\/+$/, '');
}

export function corsOrigins(config: Config): string[] {
  if (config.CORS_ORIGINS) return config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
  return [config.PUBLIC_WEB_URL ?? `http://localhost:${config.WEB_PORT}`, `http://127.0.0.1:${config.WEB_PORT}`];
}
