/**
 * People and permissions for the write and live benchmarks (B3, B5, B6): users and their sessions by SQL (as the LARGE
 * generator does; a session row holds only the SHA-256 of its bearer token, which is what signIn creates — signing 1,000+
 * users in through the API would cost one scrypt each and trip the sign-in rate limit), direct eligibilities by SQL, and
 * approval settings through the API (updateRoleSettings as the Global Administrator).
 *
 * Each run makes new users (tagged with the run), so a run never meets the open requests or activations of the previous
 * one; `retire` ends what they hold afterwards, so later benchmarks and runs see the tenant as generated.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { BenchContext } from './context';

export interface BenchUser {
  id: string;
  token: string;
  name: string;
}

export const runTag = () => Date.now().toString(36);

export async function createUsers(ctx: BenchContext, label: string, n: number): Promise<BenchUser[]> {
  const tag = runTag();
  const users: BenchUser[] = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    token: `els_${randomBytes(32).toString('base64url')}`,
    name: `${label} ${i + 1} (${tag})`,
  }));
  for (let from = 0; from < n; from += 2000) {
    const chunk = users.slice(from, from + 2000);
    await ctx.sql.query(
      `INSERT INTO principal (id, type, display_name, email, user_type, enabled, created_at)
       SELECT id, 'USER', name, email, 'MEMBER', true, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, name, email)`,
      [chunk.map((u) => u.id), chunk.map((u) => u.name), chunk.map((u, i) => `${label.toLowerCase().replace(/\W+/g, '-')}-${from + i + 1}-${tag}@large.bench`)],
    );
    // A session like signIn's; mfa_at now: the session "stepped up" (the benchmark roles do not ask for MFA anyway).
    await ctx.sql.query(
      `INSERT INTO session (principal_id, token_hash, kind, expires_at, mfa_at, last_used_at)
       SELECT id, hash, 'SESSION', now() + interval '1 day', now(), now() FROM unnest($1::uuid[], $2::text[]) AS t(id, hash)`,
      [chunk.map((u) => u.id), chunk.map((u) => createHash('sha256').update(u.token).digest('hex'))],
    );
  }
  return users;
}

/** Direct, permanent eligibilities (ELIGIBLE, ASSIGNED, started an hour ago); returns their ids in order. */
export async function grantEligible(ctx: BenchContext, rows: { principalId: string; roleId: string; scopeId: string }[]): Promise<string[]> {
  const ids = rows.map(() => randomUUID());
  for (let from = 0; from < rows.length; from += 5000) {
    const chunk = rows.slice(from, from + 5000);
    await ctx.sql.query(
      `INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, origin, start_at, end_at, source, created_at)
       SELECT id, p, r, s, 'ELIGIBLE', 'ASSIGNED', now() - interval '1 hour', NULL, 'LOCAL', now()
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[]) AS t(id, p, r, s)`,
      [ids.slice(from, from + 5000), chunk.map((r) => r.principalId), chunk.map((r) => r.roleId), chunk.map((r) => r.scopeId)],
    );
  }
  return ids;
}

/** Scope override of a role's settings: approval by one stage naming `approverIds`, no MFA, justification required. */
export async function requireApprovalBy(ctx: BenchContext, roleId: string, scopeId: string, approverIds: string[] | null): Promise<void> {
  const response = await ctx.gql(
    ctx.tokens.admin,
    `mutation($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) { updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) { updatedAt } }`,
    {
      roleId,
      scopeId,
      input: {
        activation: approverIds
          ? { requireApproval: true, requireMfa: false, requireJustification: true, maxDuration: 'PT8H', approvalStages: [{ approverIds }] }
          : { requireApproval: false, requireMfa: false, requireJustification: true, maxDuration: 'PT8H', approvalStages: [] },
      },
    },
  );
  if (!response.data) throw new Error(`updateRoleSettings failed: ${JSON.stringify(response.errors)}`);
}

/** Resources set aside for a benchmark (deterministic from the seed and a salt). */
export async function benchResources(ctx: BenchContext, salt: string, n: number): Promise<string[]> {
  const { rows } = await ctx.sql.query<{ id: string }>(`SELECT id FROM scope WHERE type = 'RESOURCE' ORDER BY md5(id::text || $1) LIMIT $2`, [`${ctx.seed}:${salt}`, n]);
  return rows.map((r) => r.id);
}

/**
 * After a benchmark: what its users hold ends now (recorded, so no sweep announces it later), their open requests are
 * canceled and their sessions revoked. The rows stay (the audit chain refers to them).
 */
export async function retire(ctx: BenchContext, principalIds: string[]): Promise<void> {
  const statements = [
    `UPDATE role_assignment SET end_at = now(), end_reason = 'DEACTIVATED', expiry_recorded_at = now()
      WHERE principal_id = ANY($1::uuid[]) AND (end_at IS NULL OR end_at > now())`,
    `UPDATE role_request SET status = 'CANCELED', completed_at = now()
      WHERE principal_id = ANY($1::uuid[]) AND status IN ('PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED')`,
    `UPDATE session SET revoked_at = now() WHERE principal_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
  ];
  const client = await ctx.sql.connect();
  try {
    for (const text of statements) {
      try {
        await client.query('BEGIN');
        // A wedged server may still hold row locks: give up rather than hang the run.
        await client.query(`SET LOCAL lock_timeout = '15s'`);
        await client.query(text, [principalIds]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        ctx.log(`  (clean-up skipped: ${String(error)})`);
      }
    }
  } finally {
    client.release();
  }
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across this process's threads. */
export const epochMs = (perf: { timeOrigin: number; now(): number }) => perf.timeOrigin + perf.now();
