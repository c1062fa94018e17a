import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditContent, chainHash, GENESIS_HASH } from '../src/modules/audit/audit.writer';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { createTestDatabase } from './support/database';
import { startSmtpSink } from './support/sinks';

const dist = path.resolve(__dirname, '../dist/main.js');
const USERS = 100;

/** `node dist/main.js` (the built server) on `databaseUrl`; resolves once it listens. */
function startServer(databaseUrl: string, port: number, smtpUrl: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // One process at a time: no Redis.
    const { REDIS_URL: _redis, ...inherited } = process.env;
    const child = spawn(process.execPath, [dist], {
      env: {
        ...inherited,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        SEED_DEMO: 'false',
        SMTP_URL: smtpUrl,
        NOTIFY_LEASE_SECONDS: '4',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Elevate API listening')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output.slice(-2000)}`)));
  });
}

/**
 * R8: kill -9 the server during 100 concurrent activations, restart it: every acknowledged request is there and
 * consistent, every notification of a committed change reaches the SMTP server (a repeat only for a row whose sender
 * died after sending — the documented at-least-once edge, with the same Message-ID), and the audit chain verifies.
 */
describe('crash during concurrent activations (R8)', () => {
  let drop: () => Promise<void>;
  let url: string;
  let db: Client;
  const servers: ChildProcess[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    if (!existsSync(path.resolve(__dirname, '../dist/modules/notifications/notifier.js'))) throw new Error('Build the server first (npm run build).');
    const database = await createTestDatabase();
    drop = database.drop;
    url = database.url;
    db = new Client({ connectionString: url });
    await db.connect();
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    for (const server of servers) if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await db?.end();
    await smtp?.stop();
    await drop?.();
  });

  it('every acknowledged request survives, each notification is delivered, the audit chain verifies', async () => {
    // 100 users, each eligible for Reports Reader at / (no MFA, no approval), each with a session.
    const [{ id: roleId }] = (await db.query("SELECT id FROM role_definition WHERE name = 'Reports Reader' ORDER BY kind LIMIT 1")).rows as { id: string }[];
    const [{ id: rootId }] = (await db.query("SELECT id FROM scope WHERE name = '/' LIMIT 1")).rows as { id: string }[];
    await db.query(
      `INSERT INTO role_setting (role_id, scope_id, settings, updated_at) VALUES ($1, NULL, $2, now())`,
      [roleId, JSON.stringify({ activation: { requireMfa: false, requireApproval: false, requireJustification: true } })],
    );
    const tokens: string[] = [];
    for (let i = 0; i < USERS; i++) {
      const id = randomUUID();
      await db.query("INSERT INTO principal (id, type, display_name, email, user_type) VALUES ($1, 'USER', $2, $3, 'MEMBER')", [id, `Crash ${i}`, `crash${i}@contoso.test`]);
      await db.query(
        "INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at) VALUES ($1, $2, $3, 'ELIGIBLE', 'ASSIGNED', now() - interval '1 day', now() + interval '90 days')",
        [id, roleId, rootId],
      );
      const token = newToken('els');
      await db.query("INSERT INTO session (principal_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')", [id, hashToken(token)]);
      tokens.push(token);
    }

    const port = 43000 + Math.floor(Math.random() * 2000);
    const first = await startServer(url, port, smtp.url);
    servers.push(first);
    const acknowledged: string[] = [];
    let killed = false;
    const activate = async (token: string) => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          signal: AbortSignal.timeout(30_000),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { id status } }',
            variables: { input: { roleId, scopeId: rootId, duration: 'PT1H', justification: 'R8' } },
          }),
        });
        const body = (await response.json()) as { data?: { activateRole: { id: string; status: string } } };
        if (body.data?.activateRole) {
          acknowledged.push(body.data.activateRole.id);
          // Mid-way: the process dies at once, with requests, commits and deliveries in flight.
          if (acknowledged.length === 30 && !killed) {
            killed = true;
            first.kill('SIGKILL');
          }
        }
      } catch {
        // The connection died with the server: not acknowledged.
      }
    };
    await Promise.all(tokens.map(activate));
    if (!killed) first.kill('SIGKILL');
    // After SIGKILL a child has a signalCode, not an exitCode.
    if (first.exitCode === null && first.signalCode === null) await new Promise((resolve) => first.once('exit', resolve));
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);
    // Restart: the new process takes over what the dead one had claimed once its lease lapses, and sends the rest.
    servers.push(await startServer(url, port + 1, smtp.url));
    const until = Date.now() + 60_000;
    for (;;) {
      const [{ open }] = (await db.query("SELECT count(*)::int AS open FROM notification_outbox WHERE status IN ('PENDING', 'SENDING')")).rows as { open: number }[];
      if (open === 0) break;
      if (Date.now() > until) throw new Error(`${open} notifications still undelivered`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Every acknowledged request is there, in force, with its schedule and its audit events.
    const requests = (
      await db.query(
        `SELECT q.id, q.status, a.id AS assignment, (SELECT count(*)::int FROM audit_event e WHERE e.request_id = q.id) AS events
           FROM role_request q LEFT JOIN role_assignment a ON a.id = q.assignment_id WHERE q.id = ANY($1::uuid[])`,
        [acknowledged],
      )
    ).rows as { id: string; status: string; assignment: string | null; events: number }[];
    expect(requests).toHaveLength(acknowledged.length);
    for (const request of requests) {
      expect(request.status).toBe('PROVISIONED');
      expect(request.assignment).not.toBeNull();
      expect(request.events).toBe(2);
    }
    // Nothing half-done: every activation that committed (acknowledged or not) has its schedule and its notifications.
    const committed = (await db.query("SELECT count(*)::int AS n FROM role_request WHERE action = 'SELF_ACTIVATE'")).rows[0] as { n: number };
    const rows = (await db.query("SELECT id, attempts, status FROM notification_outbox WHERE channel = 'EMAIL'")).rows as { id: string; attempts: number; status: string }[];
    // Each activation mails its holder and the Global Administrator.
    expect(rows).toHaveLength(committed.n * 2);
    expect(rows.every((row) => row.status === 'SENT')).toBe(true);

    // Each notification reached the SMTP server; a repeat only where the row was claimed again after the crash.
    const received = new Map<string, number>();
    for (const mail of smtp.mails) {
      const id = /^<([0-9a-f-]{36})@elevate\.notifications>$/.exec(mail.messageId)?.[1] ?? mail.messageId;
      received.set(id, (received.get(id) ?? 0) + 1);
    }
    const attempts = new Map(rows.map((row) => [row.id, row.attempts]));
    expect(new Set(received.keys())).toEqual(new Set(attempts.keys()));
    for (const [id, times] of received) expect(times, id).toBeLessThanOrEqual(attempts.get(id) ?? 0);
    expect([...received.values()].filter((times) => times > 1).length).toBeLessThanOrEqual(rows.filter((row) => row.attempts > 1).length);

    // The audit chain verifies from the genesis.
    const events = (await db.query('SELECT * FROM audit_event ORDER BY seq')).rows as Record<string, unknown>[];
    let previous = GENESIS_HASH;
    for (const row of events) {
      const content = auditContent({
        seq: row.seq as string,
        id: row.id as string,
        at: row.at as Date,
        actorType: row.actor_type as string,
        actorId: row.actor_id as string | null,
        action: row.action as string,
        targetPrincipalId: row.target_principal_id as string | null,
        roleId: row.role_id as string | null,
        scopeId: row.scope_id as string | null,
        requestId: row.request_id as string | null,
        assignmentId: row.assignment_id as string | null,
        justification: row.justification as string | null,
        ticket: row.ticket as string | null,
        before: row.before,
        after: row.after,
        clientIp: row.client_ip as string | null,
        userAgent: row.user_agent as string | null,
      });
      expect(row.prev_hash, `seq ${String(row.seq)}`).toBe(previous);
      expect(row.hash, `seq ${String(row.seq)}`).toBe(chainHash(previous, content));
      previous = row.hash as string;
    }
    expect(events.length).toBeGreaterThan(committed.n);
  }, 180_000);
});
