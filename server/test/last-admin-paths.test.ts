import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/modules/auth/tokens';
import { GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID } from '../src/modules/roles/built-in-roles';
import { startTestApp, type TestApp } from './support/app';

/**
 * R3 and R18: the last Global Administrator (and Privileged Role Administrator) on every path that can end, shorten,
 * cancel or delay a schedule — alone, and every pair of them racing. Each scenario builds two ways of holding the role
 * ("paths") that are the only ones left for one kind of coverage, then runs one mutation on each at the same instant:
 * either may go, never both.
 *
 * - NOW: nobody else holds the role now (someone holds it permanently from ten minutes on, so the future is covered as
 *   long as the present is): the paths are what holds it now.
 * - FOREVER: someone holds it now for an hour only: the paths are what holds it from then on, for ever.
 */
type Code = string;

interface Path {
  /** The schedule whose window this path is (checked unchanged when the mutation is refused). */
  assignmentId: string;
  mutate(): Promise<Code>;
}

type Family = 'NOW' | 'FOREVER';

describe('the last-admin rule on every path, alone and racing in pairs (R3, R18)', () => {
  let t: TestApp;

  /** A user with a session of its own (made directly: scrypt sign-ins would dominate the test's time). */
  const user = async (name: string) => {
    const id = randomUUID();
    await t.sql("INSERT INTO principal (id, type, display_name, email, user_type) VALUES ($1, 'USER', $2, $3, 'MEMBER')", [id, name, `${id}@contoso.test`]);
    const token = newToken('els');
    await t.sql("INSERT INTO session (principal_id, token_hash, kind, expires_at) VALUES ($1, $2, 'SESSION', now() + interval '1 day')", [id, hashToken(token)]);
    return { id, token };
  };
  const schedule = async (fields: {
    principalId: string;
    roleId: string;
    scopeId?: string;
    type?: 'ACTIVE' | 'ELIGIBLE';
    origin?: 'ASSIGNED' | 'ACTIVATED';
    start: string;
    end: string | null;
    eligibilityId?: string;
    requestId?: string;
  }) => {
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at, eligibility_id, created_by_request_id)
       VALUES ($1, $2, $3, $4, $5, now() + $6::interval, now() + $7::interval, $8, $9) RETURNING id`,
      [
        fields.principalId,
        fields.roleId,
        fields.scopeId ?? TENANT_ROOT_SCOPE_ID,
        fields.type ?? 'ACTIVE',
        fields.origin ?? 'ASSIGNED',
        fields.start,
        fields.end,
        fields.eligibilityId ?? null,
        fields.requestId ?? null,
      ],
    );
    return row.id;
  };
  const request = async (fields: { action: string; status: string; principalId: string; requestedById: string; roleId: string; start: string }) => {
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO role_request (action, status, type, principal_id, requested_by_id, role_id, scope_id, start_at)
       VALUES ($1, $2, 'ACTIVE', $3, $4, $5, $6, now() + $7::interval) RETURNING id`,
      [fields.action, fields.status, fields.principalId, fields.requestedById, fields.roleId, TENANT_ROOT_SCOPE_ID, fields.start],
    );
    return row.id;
  };
  const code = async (token: string, query: string, variables: Record<string, unknown>): Promise<Code> => {
    const result = await t.gql(token, query, variables);
    return result.errors ? String(result.errors[0].extensions?.code) : 'ok';
  };
  const REMOVE = 'mutation($id: ID!) { removeAssignment(assignmentId: $id, justification: "race") { id } }';
  const UPDATE = 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }';
  const DEACTIVATE = 'mutation($id: ID!) { deactivateRole(assignmentId: $id) { id } }';
  const CANCEL = 'mutation($id: ID!) { cancelRequest(requestId: $id) { id } }';

  /** Administrators that manage the role under test (and are not touched by it). */
  const managers: Record<string, { token: string }> = {};

  /** A new user eligible for the role, with an activation of it in force for the next hour. */
  const activated = async (roleId: string) => {
    const holder = await user('Activated');
    const eligibility = await schedule({ principalId: holder.id, roleId, type: 'ELIGIBLE', start: '-1 day', end: null });
    const asked = await request({ action: 'SELF_ACTIVATE', status: 'PROVISIONED', principalId: holder.id, requestedById: holder.id, roleId, start: '-1 minute' });
    const activation = await schedule({ principalId: holder.id, roleId, origin: 'ACTIVATED', start: '-1 minute', end: '1 hour', eligibilityId: eligibility, requestId: asked });
    return { holder, eligibility, activation };
  };

  /** Every way of holding the role that a mutation can take away, built for one new user. */
  const builders: Record<string, (roleId: string, family: Family) => Promise<Path>> = {
    /** A permanent direct assignment, removed by an admin. */
    'remove direct': async (roleId) => {
      const u = await user('Direct');
      const id = await schedule({ principalId: u.id, roleId, start: '-1 minute', end: null });
      return { assignmentId: id, mutate: () => code(managers[roleId].token, REMOVE, { id }) };
    },
    /** A permanent direct assignment, shortened by an admin to end within the hour that is covered anyway. */
    'shorten direct': async (roleId) => {
      const u = await user('Shortened');
      const id = await schedule({ principalId: u.id, roleId, start: '-1 minute', end: null });
      return { assignmentId: id, mutate: () => code(managers[roleId].token, UPDATE, { input: { assignmentId: id, duration: 'PT30M', justification: 'race' } }) };
    },
    /** A permanent member of a role-assignable group that holds the role permanently, removed from the group. */
    'remove membership': async (roleId) => {
      const u = await user('Member');
      const group = randomUUID();
      const groupScope = randomUUID();
      await t.sql("INSERT INTO principal (id, type, display_name, role_assignable) VALUES ($1, 'GROUP', $2, true)", [group, `Admins ${group.slice(0, 8)}`]);
      await t.sql("INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, 'GROUP', $2, $3, ARRAY[$3, $1]::uuid[], $4)", [
        groupScope,
        `Admins ${group.slice(0, 8)}`,
        TENANT_ROOT_SCOPE_ID,
        group,
      ]);
      await schedule({ principalId: group, roleId, start: '-1 minute', end: null });
      const id = await schedule({ principalId: u.id, roleId: GROUP_MEMBER_ID, scopeId: groupScope, start: '-1 minute', end: null });
      return { assignmentId: id, mutate: () => code(managers[roleId].token, REMOVE, { id }) };
    },
    /** An activation in force for an hour, deactivated by its holder. */
    deactivate: async (roleId) => {
      const { holder, activation } = await activated(roleId);
      return { assignmentId: activation, mutate: () => code(holder.token, DEACTIVATE, { id: activation }) };
    },
    /** An activation in force for an hour, ended because an admin removes the eligibility it came from. */
    'remove eligibility': async (roleId) => {
      const { eligibility, activation } = await activated(roleId);
      return { assignmentId: activation, mutate: () => code(managers[roleId].token, REMOVE, { id: eligibility }) };
    },
    /** A permanent grant starting in ten minutes (GRANTED), canceled by the person it was granted to. */
    'cancel scheduled grant': async (roleId) => {
      const u = await user('Scheduled');
      const granted = await request({ action: 'ADMIN_ASSIGN', status: 'GRANTED', principalId: u.id, requestedById: u.id, roleId, start: '10 minutes' });
      const id = await schedule({ principalId: u.id, roleId, start: '10 minutes', end: null, requestId: granted });
      await t.sql('UPDATE role_request SET assignment_id = $2 WHERE id = $1', [granted, id]);
      return { assignmentId: id, mutate: () => code(u.token, CANCEL, { id: granted }) };
    },
    /** A permanent grant starting in ten minutes, removed by an admin before it starts. */
    'remove scheduled grant': async (roleId) => {
      const u = await user('Scheduled');
      const id = await schedule({ principalId: u.id, roleId, start: '10 minutes', end: null });
      return { assignmentId: id, mutate: () => code(managers[roleId].token, REMOVE, { id }) };
    },
    /** A permanent grant starting in ten minutes, delayed by an admin to start in two hours (past the hour covered). */
    'delay scheduled grant': async (roleId) => {
      const u = await user('Delayed');
      const id = await schedule({ principalId: u.id, roleId, start: '10 minutes', end: null });
      const startAt = new Date(Date.now() + 2 * 3600_000).toISOString();
      return { assignmentId: id, mutate: () => code(managers[roleId].token, UPDATE, { input: { assignmentId: id, startAt, justification: 'race' } }) };
    },
  };
  const KINDS: Record<Family, string[]> = {
    NOW: ['remove direct', 'remove membership', 'deactivate', 'remove eligibility'],
    FOREVER: ['remove direct', 'shorten direct', 'remove membership', 'cancel scheduled grant', 'remove scheduled grant', 'delay scheduled grant'],
  };

  /** Ends every holding of the role (by SQL: this is the test's own reset), then builds the family's base. */
  const reset = async (roleId: string, family: Family) => {
    await t.sql(
      `UPDATE role_assignment SET end_at = GREATEST(start_at, now()), end_reason = 'REMOVED'
        WHERE role_id = $1 AND type = 'ACTIVE' AND end_reason IS NULL AND (end_at IS NULL OR end_at > now())`,
      [roleId],
    );
    const base = await user('Base holder');
    if (family === 'NOW') await schedule({ principalId: base.id, roleId, start: '10 minutes', end: null });
    else await schedule({ principalId: base.id, roleId, start: '-1 minute', end: '1 hour' });
  };
  const windowOf = async (id: string) =>
    (await t.sql<{ start_at: Date; end_at: Date | null; end_reason: string | null }>('SELECT start_at, end_at, end_reason FROM role_assignment WHERE id = $1', [id]))[0];
  /** Who holds the role now and whether it is held without a gap for ever — read independently of the server's guard. */
  const coverage = async (roleId: string) => {
    const [row] = await t.sql<{ now: number; permanent: number }>(
      `WITH holds AS (
         SELECT a.start_at, a.end_at FROM role_assignment a JOIN principal p ON p.id = a.principal_id AND p.type = 'USER'
          WHERE a.role_id = $1 AND a.scope_id = $2 AND a.type = 'ACTIVE' AND a.end_reason IS NULL
         UNION ALL
         SELECT GREATEST(a.start_at, m.start_at), LEAST(a.end_at, m.end_at) FROM role_assignment a
           JOIN scope gs ON gs.group_id = a.principal_id
           JOIN role_assignment m ON m.scope_id = gs.id AND m.role_id = $3 AND m.type = 'ACTIVE' AND m.end_reason IS NULL
          WHERE a.role_id = $1 AND a.scope_id = $2 AND a.type = 'ACTIVE' AND a.end_reason IS NULL)
       SELECT count(*) FILTER (WHERE start_at <= now() AND (end_at IS NULL OR end_at > now()))::int AS now,
              count(*) FILTER (WHERE end_at IS NULL AND start_at <= now() + interval '1 hour')::int AS permanent
         FROM holds`,
      [roleId, TENANT_ROOT_SCOPE_ID, GROUP_MEMBER_ID],
    );
    return { heldNow: row.now > 0, heldForever: row.permanent > 0 };
  };

  beforeAll(async () => {
    t = await startTestApp({ config: { JOBS: 'false' } });
    // A permanent Privileged Role Administrator manages the Global Administrator scenarios (and is never touched by them).
    const pra = await user('Paula PRA');
    await schedule({ principalId: pra.id, roleId: PRIVILEGED_ROLE_ADMINISTRATOR_ID, start: '-1 day', end: null });
    managers[GLOBAL_ADMINISTRATOR_ID] = pra;
  });
  /** A permanent Global Administrator manages the Privileged Role Administrator scenarios, which run after those of GA. */
  const managePrivilegedRoleAdministrators = async () => {
    const ga = await user('Gary GA');
    await schedule({ principalId: ga.id, roleId: GLOBAL_ADMINISTRATOR_ID, start: '-1 day', end: null });
    managers[PRIVILEGED_ROLE_ADMINISTRATOR_ID] = ga;
    const allowed = await t.gql(ga.token, 'mutation($role: ID!) { updateRoleSettings(roleId: $role, input: { assignment: { allowPermanentActive: true } }) { isDefault } }', {
      role: PRIVILEGED_ROLE_ADMINISTRATOR_ID,
    });
    expect(allowed.errors).toBeUndefined();
  };
  afterAll(async () => t?.stop());

  for (const [roleName, roleId] of [
    ['Global Administrator', GLOBAL_ADMINISTRATOR_ID],
    ['Privileged Role Administrator', PRIVILEGED_ROLE_ADMINISTRATOR_ID],
  ] as const) {
    describe(roleName, () => {
      if (roleId === PRIVILEGED_ROLE_ADMINISTRATOR_ID) beforeAll(managePrivilegedRoleAdministrators);
      for (const family of ['NOW', 'FOREVER'] as Family[]) {
        it(`${family}: each path alone, when it is the last, is refused and leaves its schedule as it was`, async () => {
          for (const kind of KINDS[family]) {
            await reset(roleId, family);
            const path = await builders[kind](roleId, family);
            const before = await windowOf(path.assignmentId);
            expect(await path.mutate(), `${kind} alone`).toBe('LAST_ADMIN_PROTECTED');
            expect(await windowOf(path.assignmentId), kind).toEqual(before);
            expect(await coverage(roleId), kind).toEqual({ heldNow: true, heldForever: true });
          }
        });

        it(`${family}: every pair of paths at the same instant: exactly one goes, the role stays covered`, { timeout: 180_000 }, async () => {
          const kinds = KINDS[family];
          for (let i = 0; i < kinds.length; i++) {
            for (let j = i; j < kinds.length; j++) {
              for (let round = 0; round < 2; round++) {
                await reset(roleId, family);
                const a = await builders[kinds[i]](roleId, family);
                const b = await builders[kinds[j]](roleId, family);
                const codes = await Promise.all([a.mutate(), b.mutate()]);
                const label = `${kinds[i]} × ${kinds[j]} #${round}: ${codes.join(', ')}`;
                expect(codes.filter((c) => c === 'ok'), label).toHaveLength(1);
                expect(codes.filter((c) => c === 'LAST_ADMIN_PROTECTED'), label).toHaveLength(1);
                expect(await coverage(roleId), label).toEqual({ heldNow: true, heldForever: true });
              }
            }
          }
        });
      }
    });
  }
});

/**
 * The guard sees every reduction only if every write to a schedule's window goes through lifecycle/schedules.ts. This
 * reads the sources: a new path that writes start_at, end_at or end_reason elsewhere fails here, before it can ship.
 */
describe('every write to a schedule window goes through lifecycle/schedules.ts', () => {
  it('no other source file updates role_assignment windows', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../src');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f));
    const offenders: string[] = [];
    for (const file of files) {
      if (file.endsWith(path.join('lifecycle', 'schedules.ts')) || file.includes(`${path.sep}migrations${path.sep}`)) continue;
      const text = await readFile(file, 'utf8');
      if (/RoleAssignmentEntity\)\s*\.update\(/.test(text)) offenders.push(`${path.relative(root, file)}: repository update`);
      for (const match of text.matchAll(/UPDATE\s+role_assignment\b[^`]*?\bSET\b([^`]*?)(?:\bWHERE\b|`)/gi)) {
        if (/\b(start_at|end_at|end_reason|scheduled_end_at)\s*=/.test(match[1])) offenders.push(`${path.relative(root, file)}: ${match[0].slice(0, 60)}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
