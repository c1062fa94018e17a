/**
 * The LARGE tenant of QUALITY.md, deterministic from a seed:
 *   100,000 users, 2,000 role-assignable groups (25 active members on average), 300 service principals,
 *   10 management groups → 250 subscriptions → 5,000 resource groups → 50,000 resources (+ one GROUP scope per group),
 *   130 role definitions (the 32 built-ins + 40 custom DIRECTORY + 58 custom RESOURCE),
 *   1,000,000 role assignments: 50,000 ACTIVE role assignments (directory roles at `/`, resource roles at every level;
 *   assigned and activated; in force, ended and scheduled), ~67,000 GROUP-role rows (active memberships — 25 per group
 *   on average —, ended and eligible memberships, owners), and the rest ELIGIBLE (in force, ended, scheduled),
 *   ~52,000 role requests, and a few users with passwords for signing in through the API.
 *
 * Times are relative to the generation instant (the "anchor"); a database older than BENCH_MAX_AGE_HOURS (6) is
 * regenerated, so what is in force, ended and scheduled stays as generated.
 *
 *   npx tsx bench/tenant/generate.ts            # create or reuse
 *   BENCH_REGENERATE=1 npx tsx bench/tenant/generate.ts
 */
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { CopyBuffer, copyInto, line, pg } from '../lib/copy';
import { Rng, Weighted, zipfWeights } from '../lib/prng';
import { server } from '../lib/server';

export const GENERATOR_VERSION = 5;
export const BENCH_PASSWORD = 'Elevate-bench-1';
export const BENCH_ADMIN_EMAIL = 'bench-admin@large.bench';
export const BENCH_OWNER_EMAIL = 'bench-owner@large.bench';
export const BENCH_USER_EMAILS = ['bench-user-1@large.bench', 'bench-user-2@large.bench', 'bench-user-3@large.bench'];

const SIZES = {
  users: 100_000,
  groups: 2_000,
  servicePrincipals: 300,
  managementGroups: 10,
  subscriptions: 250,
  resourceGroups: 5_000,
  resources: 50_000,
  customDirectoryRoles: 40,
  customResourceRoles: 58,
  assignments: 1_000_000,
  activeRoleAssignments: 50_000,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TenantInfo {
  databaseUrl: string;
  database: string;
  seed: number;
  anchor: Date;
  reused: boolean;
  seconds: number;
  counts: Record<string, number>;
}

export function benchDatabaseUrl(): { adminUrl: string; databaseUrl: string; database: string } {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = process.env.BENCH_DB ?? 'elevate_bench_large';
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return { adminUrl, databaseUrl: url.toString(), database };
}

/** Reuses the LARGE tenant when its marker matches this generator, seed and age; otherwise builds it afresh. */
export async function ensureLargeTenant(log: (message: string) => void = console.log): Promise<TenantInfo> {
  const started = performance.now();
  const seed = Number(process.env.BENCH_SEED ?? 20251122);
  const maxAgeHours = Number(process.env.BENCH_MAX_AGE_HOURS ?? 6);
  const { adminUrl, databaseUrl, database } = benchDatabaseUrl();

  if (process.env.BENCH_REGENERATE !== '1') {
    const marker = await readMarker(databaseUrl);
    if (marker && marker.version === GENERATOR_VERSION && marker.seed === seed) {
      const ageHours = (Date.now() - marker.anchor.getTime()) / HOUR;
      if (ageHours < maxAgeHours) {
        const seconds = (performance.now() - started) / 1000;
        log(`LARGE tenant: reusing ${database} (generator v${marker.version}, seed ${seed}, ${ageHours.toFixed(1)} h old) in ${seconds.toFixed(1)} s`);
        return { databaseUrl, database, seed, anchor: marker.anchor, reused: true, seconds, counts: marker.counts };
      }
      log(`LARGE tenant: ${database} is ${ageHours.toFixed(1)} h old (> ${maxAgeHours} h): regenerating so windows stay as generated`);
    } else if (marker) {
      log(`LARGE tenant: ${database} has generator v${marker.version} seed ${marker.seed}; want v${GENERATOR_VERSION} seed ${seed}: regenerating`);
    }
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  // The server's own migrations, as `startApp` runs them.
  const t0 = performance.now();
  const { createDataSource } = server.dataSource;
  const { prepareDatabase } = server.app;
  server.logger.setLogLevel('warn');
  const dataSource = createDataSource(databaseUrl, 2);
  await dataSource.initialize();
  await prepareDatabase(dataSource, false);
  await dataSource.destroy();
  log(`  migrations: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let counts: Record<string, number>;
  const anchor = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
  try {
    counts = await load(client, seed, anchor, log);
    await client.query(
      `CREATE TABLE bench_marker (version int NOT NULL, seed bigint NOT NULL, anchor timestamptz NOT NULL, counts jsonb NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`,
    );
    await client.query('INSERT INTO bench_marker (version, seed, anchor, counts) VALUES ($1, $2, $3, $4)', [
      GENERATOR_VERSION,
      seed,
      anchor,
      JSON.stringify(counts),
    ]);
  } finally {
    await client.end();
  }
  const seconds = (performance.now() - started) / 1000;
  log(`LARGE tenant: generated ${database} (seed ${seed}) in ${seconds.toFixed(1)} s`);
  return { databaseUrl, database, seed, anchor, reused: false, seconds, counts };
}

async function readMarker(databaseUrl: string): Promise<{ version: number; seed: number; anchor: Date; counts: Record<string, number> } | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch {
    return null; // no such database
  }
  try {
    const { rows } = await client.query('SELECT version, seed::int AS seed, anchor, counts FROM bench_marker LIMIT 1');
    return rows[0] ?? null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

// ——— the data ———

const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia', 'Tim', 'Hedy', 'John', 'Katherine', 'Donald', 'Shafi', 'Leslie', 'Sophie', 'Bjarne', 'Anita', 'Guido', 'Mary', 'James', 'Joan', 'Niklaus', 'Adele', 'Vint', 'Karen', 'Robert', 'Lynn', 'Brian', 'Jean', 'Whitfield', 'Evelyn', 'Marvin', 'Ivan', 'Susan', 'Yukihiro', 'Carol', 'Rasmus', 'Elena', 'Hamid', 'Priya', 'Wei', 'Fatima', 'Kwame', 'Olga', 'Mateo', 'Aiko'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra', 'Perlman', 'Berners-Lee', 'Lamarr', 'McCarthy', 'Johnson', 'Knuth', 'Goldwasser', 'Lamport', 'Wilson', 'Stroustrup', 'Borg', 'van Rossum', 'Shaw', 'Gosling', 'Clarke', 'Wirth', 'Goldberg', 'Cerf', 'Jones', 'Kahn', 'Conway', 'Kernighan', 'Bartik', 'Diffie', 'Boyd', 'Minsky', 'Sutherland', 'Kare', 'Matsumoto', 'Shaw', 'Lerdorf', 'Petrova', 'Karimi', 'Raman', 'Zhang', 'Haddad', 'Mensah', 'Ivanova', 'Garcia', 'Tanaka'];
const MG_NAMES = ['Corp', 'Online', 'Platform', 'Sandbox', 'Finance', 'Retail', 'Research', 'Manufacturing', 'Healthcare', 'Legacy'];
const ENVS = ['prod', 'dev', 'test', 'stage'];
const APPS = ['web', 'api', 'data', 'ml', 'pay', 'crm', 'erp', 'iot', 'ops', 'sec', 'hr', 'bi', 'edge', 'mail', 'chat', 'docs'];
const KINDS = ['vm', 'sql', 'kv', 'st', 'aks', 'func', 'app', 'cosmos', 'redis', 'vnet'];
const TEAMS = ['sre', 'dba', 'netops', 'secops', 'helpdesk', 'finance', 'platform', 'data', 'identity', 'audit'];

interface ScopeRow {
  id: string;
  type: string;
  name: string;
  parentId: string | null;
  path: string[];
  groupId: string | null;
}

type Window = { start: number; end: number | null; endReason: string | null; scheduledEnd: number | null; created: number };

async function load(client: Client, seed: number, anchor: Date, log: (message: string) => void): Promise<Record<string, number>> {
  const rng = new Rng(seed);
  const A = anchor.getTime();
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const { BUILT_IN_ROLES, TENANT_ROOT_SCOPE_ID, GROUP_MEMBER_ID, GROUP_OWNER_ID, GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, AZURE_OWNER_ID, AZURE_READER_ID, AZURE_CONTRIBUTOR_ID } =
    server.roles;
  const tGen = performance.now();

  // Principals.
  const principalLines: string[] = [];
  const principalCols = ['id', 'type', 'display_name', 'email', 'user_type', 'home_organization', 'description', 'enabled', 'disabled_at', 'manager_id', 'role_assignable', 'last_sign_in_at', 'created_at'];
  const users: string[] = [];
  const userEnabled: boolean[] = [];
  for (let i = 0; i < SIZES.users; i++) {
    const id = rng.uuid();
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const guest = rng.chance(0.03);
    const enabled = !rng.chance(0.01);
    const created = A - rng.range(30, 1500) * DAY;
    const manager = i >= 1000 && rng.chance(0.9) ? users[rng.int(1000)] : null;
    users.push(id);
    userEnabled.push(enabled);
    principalLines.push(
      line([
        id,
        'USER',
        `${first} ${last}`,
        `${first}.${last}.${i}@${guest ? 'fabrikam.example' : 'large.bench'}`.toLowerCase().replace(/ /g, ''),
        guest ? 'GUEST' : 'MEMBER',
        guest ? 'Fabrikam' : null,
        null,
        enabled,
        enabled ? null : iso(A - rng.range(1, 300) * DAY),
        manager,
        false,
        rng.chance(0.8) ? iso(A - rng.range(0, 60) * DAY) : null,
        iso(created),
      ]),
    );
  }
  const groups: string[] = [];
  const groupNames: string[] = [];
  for (let i = 0; i < SIZES.groups; i++) {
    const id = rng.uuid();
    groups.push(id);
    const team = rng.pick(TEAMS);
    groupNames.push(`grp-${team}-${rng.pick(APPS)}-${String(i).padStart(4, '0')}`);
    principalLines.push(
      line([id, 'GROUP', groupNames[i], null, null, null, `Role-assignable group of the ${team} team`, true, null, null, true, null, iso(A - rng.range(30, 1500) * DAY)]),
    );
  }
  const sps: string[] = [];
  for (let i = 0; i < SIZES.servicePrincipals; i++) {
    const id = rng.uuid();
    sps.push(id);
    principalLines.push(line([id, 'SERVICE_PRINCIPAL', `sp-${rng.pick(APPS)}-deploy-${String(i).padStart(3, '0')}`, null, null, null, 'CI/CD pipeline', true, null, null, false, null, iso(A - rng.range(30, 1500) * DAY)]));
  }
  // Users who sign in through the API.
  const benchAdmin = rng.uuid();
  const benchOwner = rng.uuid();
  const benchUsers = BENCH_USER_EMAILS.map(() => rng.uuid());
  const benchPeople: [string, string, string][] = [
    [benchAdmin, 'Bench Admin', BENCH_ADMIN_EMAIL],
    [benchOwner, 'Bench Owner', BENCH_OWNER_EMAIL],
    ...benchUsers.map((id, i): [string, string, string] => [id, `Bench User ${i + 1}`, BENCH_USER_EMAILS[i]]),
  ];
  for (const [id, name, email] of benchPeople) {
    principalLines.push(line([id, 'USER', name, email, 'MEMBER', null, null, true, null, null, false, null, iso(A - 400 * DAY)]));
  }

  // Roles: the built-ins (from the migration) and custom ones.
  const roleLines: string[] = [];
  const dirBuiltIn = BUILT_IN_ROLES.filter((r) => r.kind === 'DIRECTORY' && r.id !== GLOBAL_ADMINISTRATOR_ID && r.id !== PRIVILEGED_ROLE_ADMINISTRATOR_ID).map((r) => r.id);
  const resBuiltIn = [AZURE_READER_ID, AZURE_CONTRIBUTOR_ID, AZURE_OWNER_ID, ...BUILT_IN_ROLES.filter((r) => r.kind === 'RESOURCE' && ![AZURE_READER_ID, AZURE_CONTRIBUTOR_ID, AZURE_OWNER_ID].includes(r.id)).map((r) => r.id)];
  const dirCustom: string[] = [];
  const resCustom: string[] = [];
  for (let i = 0; i < SIZES.customDirectoryRoles; i++) {
    const id = rng.uuid();
    dirCustom.push(id);
    roleLines.push(line([id, `Custom Directory Role ${String(i + 1).padStart(2, '0')}`, 'DIRECTORY', false, 'Generated for the LARGE tenant', '{}', rng.chance(0.3), iso(A - 500 * DAY)]));
  }
  for (let i = 0; i < SIZES.customResourceRoles; i++) {
    const id = rng.uuid();
    resCustom.push(id);
    roleLines.push(line([id, `Custom ${rng.pick(KINDS)} Operator ${String(i + 1).padStart(2, '0')}`, 'RESOURCE', false, 'Generated for the LARGE tenant', '{}', rng.chance(0.3), iso(A - 500 * DAY)]));
  }
  // Common roles first: Zipf weights over the order built-ins (in catalogue order) then custom ones, shuffled a little.
  const dirRoles = [...dirBuiltIn, ...dirCustom];
  const resRoles = [...resBuiltIn, ...resCustom];
  const dirWeights = new Weighted(zipfWeights(dirRoles.length, 0.9));
  const resWeights = new Weighted(zipfWeights(resRoles.length, 1.0));

  // Scopes.
  const scopeLines: string[] = [];
  const rootPath = [TENANT_ROOT_SCOPE_ID];
  const addScope = (type: string, name: string, parent: ScopeRow | null, groupId: string | null = null): ScopeRow => {
    const id = rng.uuid();
    const row: ScopeRow = { id, type, name, parentId: parent ? parent.id : TENANT_ROOT_SCOPE_ID, path: [...(parent ? parent.path : rootPath), id], groupId };
    scopeLines.push(line([row.id, row.type, row.name, row.parentId, row.path, row.groupId, iso(A - 900 * DAY)]));
    return row;
  };
  const mgs = MG_NAMES.slice(0, SIZES.managementGroups).map((name) => addScope('MANAGEMENT_GROUP', `mg-${name.toLowerCase()}`, null));
  const subs: ScopeRow[] = [];
  for (let i = 0; i < SIZES.subscriptions; i++) {
    const mg = mgs[i % mgs.length];
    subs.push(addScope('SUBSCRIPTION', `sub-${mg.name.slice(3)}-${ENVS[i % 4]}-${String(i).padStart(3, '0')}`, mg));
  }
  const rgs: ScopeRow[] = [];
  for (let i = 0; i < SIZES.resourceGroups; i++) {
    const sub = i < subs.length ? subs[i] : subs[rng.int(subs.length)];
    rgs.push(addScope('RESOURCE_GROUP', `rg-${rng.pick(APPS)}-${ENVS[rng.int(4)]}-${String(i).padStart(4, '0')}`, sub));
  }
  const resources: ScopeRow[] = [];
  for (let i = 0; i < SIZES.resources; i++) {
    const rg = i < rgs.length ? rgs[i] : rgs[rng.int(rgs.length)];
    resources.push(addScope('RESOURCE', `${rng.pick(KINDS)}-${rng.pick(APPS)}-${String(i).padStart(5, '0')}`, rg));
  }
  const groupScopes = groups.map((groupId, i) => addScope('GROUP', groupNames[i], null, groupId));
  const levels: { rows: ScopeRow[]; weight: number }[] = [
    { rows: mgs, weight: 0.005 },
    { rows: subs, weight: 0.045 },
    { rows: rgs, weight: 0.25 },
    { rows: resources, weight: 0.7 },
  ];
  const levelPick = new Weighted(levels.map((l) => l.weight));
  const resourceScope = () => {
    const level = levels[levelPick.pick(rng)];
    return level.rows[rng.int(level.rows.length)];
  };

  // Assignments: a columnar store (typed arrays), so a million rows cost ~60 MB and no garbage collection; the text for
  // COPY is built batch by batch. An assignment's id is a hash of (seed, row number): nothing to keep in memory.
  const principalIds = [...users, ...groups, ...sps, benchAdmin, benchOwner, ...benchUsers];
  const principalIndex = new Map(principalIds.map((id, i) => [id, i]));
  const roleIds = [...BUILT_IN_ROLES.map((r) => r.id), ...dirCustom, ...resCustom];
  const roleIndex = new Map(roleIds.map((id, i) => [id, i]));
  const scopeIds = [TENANT_ROOT_SCOPE_ID, ...mgs, ...subs, ...rgs, ...resources, ...groupScopes].map((s) => (typeof s === 'string' ? s : s.id));
  const scopeIndex = new Map(scopeIds.map((id, i) => [id, i]));
  const store = new AssignmentStore(SIZES.assignments + 16, seed);
  const requestCols = ['id', 'action', 'status', 'type', 'principal_id', 'requested_by_id', 'role_id', 'scope_id', 'assignment_id', 'justification', 'ticket_system', 'ticket_number', 'start_at', 'end_at', 'status_reason', 'created_at', 'completed_at'];
  const requests: string[] = [];
  const admins = users.slice(0, 50);
  const taken = new Set<number>();
  const counts: Record<string, number> = {};
  const bump = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);

  const addAssignment = (
    principalId: string,
    roleId: string,
    scopeId: string,
    type: 'ACTIVE' | 'ELIGIBLE',
    origin: 'ASSIGNED' | 'ACTIVATED',
    w: Window,
    category: string,
    extra: { eligibility?: number; requestId?: string | null; createdBy?: string | null } = {},
  ): number => {
    const by = extra.createdBy === undefined ? rng.pick(admins) : extra.createdBy;
    const i = store.add({
      principal: principalIndex.get(principalId) as number,
      role: roleIndex.get(roleId) as number,
      scope: scopeIndex.get(scopeId) as number,
      active: type === 'ACTIVE',
      activated: origin === 'ACTIVATED',
      endReason: w.endReason,
      start: w.start,
      end: w.end,
      scheduledEnd: w.scheduledEnd,
      created: w.created,
      eligibility: extra.eligibility ?? -1,
      request: extra.requestId ?? null,
      createdBy: by === null ? -1 : (principalIndex.get(by) as number),
    });
    bump(category);
    return i;
  };
  const addRequest = (r: {
    action: string;
    status: string;
    type: string;
    principalId: string;
    requestedBy: string;
    roleId: string;
    scopeId: string;
    assignment: number | null;
    justification: string | null;
    start: number | null;
    end: number | null;
    created: number;
    completed: number | null;
    id?: string;
  }): string => {
    const id = r.id ?? rng.uuid();
    const ticket = rng.chance(0.3);
    requests.push(
      line([id, r.action, r.status, r.type, r.principalId, r.requestedBy, r.roleId, r.scopeId, r.assignment === null ? null : store.id(r.assignment), r.justification, ticket ? 'ServiceNow' : null, ticket ? `INC${100000 + rng.int(900000)}` : null, iso(r.start), iso(r.end), null, iso(r.created), iso(r.completed)]),
    );
    bump(`request:${r.action}:${r.status}`);
    return id;
  };

  const inForce = (permanentShare = 0.4): Window => {
    const start = A - rng.range(1, 730) * DAY;
    return { start, end: rng.chance(permanentShare) ? null : A + rng.range(1, 365) * DAY, endReason: null, scheduledEnd: null, created: start };
  };
  const ended = (): Window => {
    const start = A - rng.range(30, 1095) * DAY;
    const planned = start + rng.range(1, 365) * DAY;
    const removed = rng.chance(0.4);
    const end = Math.min(removed ? start + (planned - start) * rng.next() + HOUR : planned, A - DAY);
    return { start, end, endReason: removed ? 'REMOVED' : null, scheduledEnd: removed ? planned : null, created: start };
  };
  const scheduled = (permanentShare = 0.3): Window => {
    const start = A + rng.range(1, 60) * DAY;
    return { start, end: rng.chance(permanentShare) ? null : start + rng.range(30, 365) * DAY, endReason: null, scheduledEnd: null, created: A - rng.range(0, 10) * DAY };
  };
  /** One schedule per (principal, role, scope, type) among those not ended: numeric keys, cheap to hash. */
  const unique = (type: number, principalId: string, roleId: string, scopeId: string) => {
    const key = ((principalIndex.get(principalId) as number) * roleIds.length + (roleIndex.get(roleId) as number)) * scopeIds.length * 2 + (scopeIndex.get(scopeId) as number) * 2 + type;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };

  // Group memberships (Member of the group's scope): 1..49 active members per group, 25 on average.
  const groupMembers: string[][] = groups.map(() => []);
  groups.forEach((_groupId, g) => {
    const size = 1 + rng.int(49);
    while (groupMembers[g].length < size) {
      const user = users[rng.int(users.length)];
      if (!unique(1, user, GROUP_MEMBER_ID, groupScopes[g].id)) continue;
      groupMembers[g].push(user);
      addAssignment(user, GROUP_MEMBER_ID, groupScopes[g].id, 'ACTIVE', 'ASSIGNED', inForce(0.7), 'membership:active:in-force');
    }
  });
  for (let i = 0; i < 5_000; i++) {
    const g = rng.int(groups.length);
    addAssignment(users[rng.int(users.length)], GROUP_MEMBER_ID, groupScopes[g].id, 'ACTIVE', 'ASSIGNED', ended(), 'membership:active:ended');
  }
  for (let i = 0; i < 10_000; ) {
    const g = rng.int(groups.length);
    const user = users[rng.int(users.length)];
    if (!unique(0, user, GROUP_MEMBER_ID, groupScopes[g].id) || groupMembers[g].includes(user)) continue;
    addAssignment(user, GROUP_MEMBER_ID, groupScopes[g].id, 'ELIGIBLE', 'ASSIGNED', inForce(0.3), 'membership:eligible');
    i++;
  }
  groups.forEach((_groupId, g) => {
    addAssignment(users[rng.int(users.length)], GROUP_OWNER_ID, groupScopes[g].id, 'ACTIVE', 'ASSIGNED', inForce(1), 'owner:active');
  });

  // The users who sign in.
  const benchRow = (principalId: string, roleId: string, scopeId: string, type: 'ACTIVE' | 'ELIGIBLE', category: string) =>
    addAssignment(principalId, roleId, scopeId, type, 'ASSIGNED', { start: A - 300 * DAY, end: null, endReason: null, scheduledEnd: null, created: A - 300 * DAY }, category, { createdBy: null });
  benchRow(benchAdmin, GLOBAL_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, 'ACTIVE', 'role:active:in-force');
  benchRow(benchOwner, AZURE_OWNER_ID, subs[0].id, 'ACTIVE', 'role:active:in-force');
  benchRow(benchUsers[0], GROUP_MEMBER_ID, groupScopes[0].id, 'ACTIVE', 'membership:active:in-force');
  benchRow(benchUsers[0], AZURE_CONTRIBUTOR_ID, rgs[0].id, 'ELIGIBLE', 'role:eligible:in-force');
  benchRow(benchUsers[0], AZURE_READER_ID, subs[1].id, 'ACTIVE', 'role:active:in-force');
  benchRow(benchUsers[1], dirRoles[0], TENANT_ROOT_SCOPE_ID, 'ELIGIBLE', 'role:eligible:in-force');
  const activeFixed = 3; // the Global Administrator, the Owner and the Reader above

  // ELIGIBLE role assignments: the remainder of the 1,000,000 after the 50,000 ACTIVE role assignments.
  const pickDirectory = () => dirRoles[dirWeights.pick(rng)];
  const pickResource = () => resRoles[resWeights.pick(rng)];
  interface Candidate {
    row: number;
    principalId: string;
    roleId: string;
    scopeId: string;
    start: number;
  }
  const activatable: Candidate[] = [];
  const eligibleTotal = SIZES.assignments - store.length - (SIZES.activeRoleAssignments - activeFixed);
  for (let i = 0; i < eligibleTotal; ) {
    const directory = rng.chance(0.15);
    const roleId = directory ? pickDirectory() : pickResource();
    const scopeId = directory ? TENANT_ROOT_SCOPE_ID : resourceScope().id;
    const group = rng.chance(directory ? 0.05 : 0.1);
    const principalId = group ? groups[rng.int(groups.length)] : users[rng.int(users.length)];
    const x = rng.next();
    const state = x < 0.8 ? 'in-force' : x < 0.95 ? 'ended' : 'scheduled';
    if (state !== 'ended' && !unique(0, principalId, roleId, scopeId)) continue;
    const w = state === 'in-force' ? inForce(0.4) : state === 'ended' ? ended() : scheduled();
    const row = addAssignment(principalId, roleId, scopeId, 'ELIGIBLE', 'ASSIGNED', w, `role:eligible:${state}`);
    if (!group && state === 'in-force' && w.start < A - 3 * DAY && rng.chance(0.06)) activatable.push({ row, principalId, roleId, scopeId, start: w.start });
    i++;
  }

  // ACTIVE role assignments: assigned (in force, ended, scheduled) and activated from eligibilities (in force, history).
  const activeAssigned = (state: 'in-force' | 'ended' | 'scheduled', n: number) => {
    for (let i = 0; i < n; ) {
      const directory = rng.chance(0.25);
      const roleId = directory ? (rng.chance(0.002) ? GLOBAL_ADMINISTRATOR_ID : rng.chance(0.002) ? PRIVILEGED_ROLE_ADMINISTRATOR_ID : pickDirectory()) : pickResource();
      const scopeId = directory ? TENANT_ROOT_SCOPE_ID : resourceScope().id;
      const x = rng.next();
      const kind = directory ? (x < 0.9 ? 'user' : 'group') : x < 0.8 ? 'user' : x < 0.92 ? 'group' : 'sp';
      const principalId = kind === 'user' ? users[rng.int(users.length)] : kind === 'group' ? groups[rng.int(groups.length)] : sps[rng.int(sps.length)];
      if (state !== 'ended' && !unique(1, principalId, roleId, scopeId)) continue;
      const w = state === 'in-force' ? inForce(kind === 'sp' ? 0 : 0.5) : state === 'ended' ? ended() : scheduled(kind === 'sp' ? 0 : 0.3);
      const by = rng.pick(admins);
      const requestId = rng.uuid();
      const row = addAssignment(principalId, roleId, scopeId, 'ACTIVE', 'ASSIGNED', w, `role:active:${state}`, { requestId, createdBy: by });
      addRequest({
        id: requestId,
        action: 'ADMIN_ASSIGN',
        status: state === 'scheduled' ? 'GRANTED' : 'PROVISIONED',
        type: 'ACTIVE',
        principalId,
        requestedBy: by,
        roleId,
        scopeId,
        assignment: row,
        justification: 'Assigned by the platform team',
        start: w.start,
        end: w.end,
        created: w.created,
        completed: w.created,
      });
      i++;
    }
  };
  const activeNow = new Set<number>();
  const activated = (state: 'in-force' | 'ended', n: number) => {
    for (let i = 0; i < n; ) {
      const e = activatable[rng.int(activatable.length)];
      // One activation in force per eligibility (a second one is refused by the product).
      if (state === 'in-force') {
        if (activeNow.has(e.row)) continue;
        activeNow.add(e.row);
      }
      let w: Window;
      if (state === 'in-force') {
        // In force for at least 6 h after the anchor (BENCH_MAX_AGE_HOURS), at most 24 h long.
        const start = A - rng.range(0, 2) * HOUR;
        const end = start + rng.range(8, 24) * HOUR;
        w = { start, end, endReason: null, scheduledEnd: null, created: start };
      } else {
        const start = e.start + rng.next() * (A - 2 * DAY - e.start);
        const planned = start + rng.range(1, 8) * HOUR;
        const early = rng.chance(0.3);
        w = { start, end: early ? start + (planned - start) * rng.next() : planned, endReason: early ? 'DEACTIVATED' : null, scheduledEnd: early ? planned : null, created: start };
      }
      const requestId = rng.uuid();
      const row = addAssignment(e.principalId, e.roleId, e.scopeId, 'ACTIVE', 'ACTIVATED', w, `role:activated:${state}`, { eligibility: e.row, requestId, createdBy: e.principalId });
      addRequest({
        id: requestId,
        action: 'SELF_ACTIVATE',
        status: 'PROVISIONED',
        type: 'ACTIVE',
        principalId: e.principalId,
        requestedBy: e.principalId,
        roleId: e.roleId,
        scopeId: e.scopeId,
        assignment: row,
        justification: `Working on INC${100000 + rng.int(900000)}`,
        start: w.start,
        end: w.scheduledEnd ?? w.end,
        created: w.created,
        completed: w.created,
      });
      i++;
    }
  };
  const activeLeft = SIZES.activeRoleAssignments - activeFixed;
  activeAssigned('ended', 5_000);
  activeAssigned('scheduled', 1_000);
  activated('in-force', 4_000);
  activated('ended', 20_000);
  activeAssigned('in-force', activeLeft - 5_000 - 1_000 - 4_000 - 20_000);

  // Requests that made no assignment: pending, denied, canceled, expired.
  const requestOnly = (status: string, n: number, recent: boolean) => {
    for (let i = 0; i < n; i++) {
      const e = activatable[rng.int(activatable.length)];
      const created = recent ? A - rng.range(0, 20) * HOUR : A - rng.range(2, 300) * DAY;
      addRequest({
        action: 'SELF_ACTIVATE',
        status,
        type: 'ACTIVE',
        principalId: e.principalId,
        requestedBy: e.principalId,
        roleId: e.roleId,
        scopeId: e.scopeId,
        assignment: null,
        justification: `Need access for change CHG${100000 + rng.int(900000)}`,
        start: created,
        end: created + 4 * HOUR,
        created,
        completed: status === 'PENDING_APPROVAL' ? null : created + rng.range(1, 600) * MINUTE,
      });
    }
  };
  requestOnly('PENDING_APPROVAL', 800, true);
  requestOnly('DENIED', 400, false);
  requestOnly('CANCELED', 300, false);
  requestOnly('EXPIRED', 200, false);

  // Physical order = creation order, as a table filled over years would be.
  const order = store.creationOrder();
  counts.principals = principalLines.length;
  counts.scopes = scopeLines.length + 1;
  counts.roleDefinitions = BUILT_IN_ROLES.length + roleLines.length;
  counts.assignments = store.length;
  counts.requests = requests.length;
  log(`  generated in memory: ${((performance.now() - tGen) / 1000).toFixed(1)} s`);

  // Bulk load: secondary indexes off (rebuilt after), foreign-key triggers off (the generator is consistent by construction).
  const tLoad = performance.now();
  const tables = ['principal', 'scope', 'role_definition', 'role_assignment', 'role_request', 'credential'];
  const { rows: indexes } = (await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  )) as { rows: { indexname: string; indexdef: string }[] };
  for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  let tc = performance.now();
  const step = (what: string) => {
    if (process.env.BENCH_DEBUG) log(`    ${what}: ${(performance.now() - tc).toFixed(0)} ms`);
    tc = performance.now();
  };
  await copyInto(client, 'principal', principalCols, principalLines);
  step('principal');
  const passwordHash = await server.password.hashPassword(BENCH_PASSWORD);
  await copyInto(client, 'credential', ['principal_id', 'password_hash'], benchPeople.map(([id]) => line([id, passwordHash])));
  await copyInto(client, 'role_definition', ['id', 'name', 'kind', 'built_in', 'description', 'permissions', 'privileged', 'created_at'], roleLines);
  await copyInto(client, 'scope', ['id', 'type', 'name', 'parent_id', 'path', 'group_id', 'created_at'], scopeLines);
  // Build the next batch's text while Postgres ingests the previous one.
  const assignmentCols = ['id', 'principal_id', 'role_id', 'scope_id', 'type', 'origin', 'start_at', 'end_at', 'scheduled_end_at', 'end_reason', 'eligibility_id', 'created_by_request_id', 'created_by_id', 'source', 'created_at'];
  const BATCH = 100_000;
  let pending: Promise<void> = Promise.resolve();
  for (let from = 0; from < order.length; from += BATCH) {
    const tb = performance.now();
    const chunk = store.chunk(order.subarray(from, Math.min(order.length, from + BATCH)), principalIds, roleIds, scopeIds);
    const tw = performance.now();
    await pending;
    if (process.env.BENCH_DEBUG) log(`    batch ${from}: build ${(tw - tb).toFixed(0)} ms, wait ${(performance.now() - tw).toFixed(0)} ms`);
    pending = copyInto(client, 'role_assignment', assignmentCols, [chunk]);
  }
  await pending;
  step('assignments');
  await copyInto(client, 'role_request', requestCols, requests);
  step('requests');
  log(`  COPY: ${((performance.now() - tLoad) / 1000).toFixed(1)} s`);
  const tIndex = performance.now();
  await client.query(`SET session_replication_role = origin`);
  for (const index of indexes) await client.query(index.indexdef);
  log(`  ${indexes.length} indexes rebuilt: ${((performance.now() - tIndex) / 1000).toFixed(1)} s`);
  const tVacuum = performance.now();
  await client.query('VACUUM (ANALYZE)');
  await client.query('CHECKPOINT');
  log(`  VACUUM ANALYZE + CHECKPOINT: ${((performance.now() - tVacuum) / 1000).toFixed(1)} s`);
  return counts;
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

const END_REASONS = [null, 'REMOVED', 'DEACTIVATED', 'REVOKED', 'SUPERSEDED'];

/** A million assignments in typed arrays; NaN is a null time, -1 a null reference. */
class AssignmentStore {
  length = 0;
  private readonly principal: Int32Array;
  private readonly role: Int16Array;
  private readonly scope: Int32Array;
  private readonly flags: Uint8Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly scheduledEnd: Float64Array;
  private readonly created: Float64Array;
  private readonly eligibility: Int32Array;
  private readonly createdBy: Int32Array;
  private readonly request = new Map<number, string>();
  private readonly salt: number;

  constructor(
    private readonly capacity: number,
    seed: number,
  ) {
    this.principal = new Int32Array(capacity);
    this.role = new Int16Array(capacity);
    this.scope = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.start = new Float64Array(capacity);
    this.end = new Float64Array(capacity);
    this.scheduledEnd = new Float64Array(capacity);
    this.created = new Float64Array(capacity);
    this.eligibility = new Int32Array(capacity);
    this.createdBy = new Int32Array(capacity);
    this.salt = Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) >>> 0;
  }

  add(row: {
    principal: number;
    role: number;
    scope: number;
    active: boolean;
    activated: boolean;
    endReason: string | null;
    start: number;
    end: number | null;
    scheduledEnd: number | null;
    created: number;
    eligibility: number;
    request: string | null;
    createdBy: number;
  }): number {
    const i = this.length++;
    if (i >= this.capacity) throw new Error('assignment store full');
    this.principal[i] = row.principal;
    this.role[i] = row.role;
    this.scope[i] = row.scope;
    this.flags[i] = (row.active ? 1 : 0) | (row.activated ? 2 : 0) | (END_REASONS.indexOf(row.endReason) << 2);
    this.start[i] = row.start;
    this.end[i] = row.end ?? NaN;
    this.scheduledEnd[i] = row.scheduledEnd ?? NaN;
    this.created[i] = row.created;
    this.eligibility[i] = row.eligibility;
    this.createdBy[i] = row.createdBy;
    if (row.request) this.request.set(i, row.request);
    return i;
  }

  /** The id of row i: a v4 UUID hashed from (seed, i). */
  id(i: number): string {
    const a = mix(i * 4 + 1 + this.salt);
    const b = mix((i * 4 + 2) ^ this.salt);
    const c = mix(mix(i) + 3 + this.salt);
    const d = mix(mix(i ^ this.salt) + 4);
    const x = hex8(a);
    const y = hex8(b);
    const z = hex8(c);
    return `${x}-${y.slice(0, 4)}-4${y.slice(5, 8)}-${(((c >>> 28) & 0x3) | 0x8).toString(16)}${z.slice(1, 4)}-${z.slice(4, 8)}${hex8(d)}`;
  }

  /** Row numbers sorted by creation time (then row number): one typed-array sort of packed keys. */
  creationOrder(): Uint32Array {
    let min = Infinity;
    for (let i = 0; i < this.length; i++) min = Math.min(min, this.created[i]);
    const keys = new Float64Array(this.length);
    for (let i = 0; i < this.length; i++) keys[i] = Math.floor((this.created[i] - min) / 1000) * 1048576 + i;
    keys.sort();
    const order = new Uint32Array(this.length);
    for (let i = 0; i < this.length; i++) order[i] = keys[i] % 1048576;
    return order;
  }

  /** COPY text for these rows, written into one buffer. */
  chunk(rows: Uint32Array, principalIds: string[], roleIds: string[], scopeIds: string[]): Buffer {
    const out = new CopyBuffer(rows.length * 320);
    const time = (ms: number) => (Number.isNaN(ms) ? null : new Date(ms).toISOString());
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const f = this.flags[i];
      out
        .field(this.id(i))
        .field(principalIds[this.principal[i]])
        .field(roleIds[this.role[i]])
        .field(scopeIds[this.scope[i]])
        .field(f & 1 ? 'ACTIVE' : 'ELIGIBLE')
        .field(f & 2 ? 'ACTIVATED' : 'ASSIGNED')
        .field(time(this.start[i]))
        .field(time(this.end[i]))
        .field(time(this.scheduledEnd[i]))
        .field(END_REASONS[f >> 2])
        .field(this.eligibility[i] >= 0 ? this.id(this.eligibility[i]) : null)
        .field(this.request.get(i) ?? null)
        .field(this.createdBy[i] >= 0 ? principalIds[this.createdBy[i]] : null)
        .field('LOCAL')
        .last(time(this.created[i]));
    }
    return out.take();
  }
}

if (require.main === module) {
  ensureLargeTenant()
    .then((info) => {
      console.log(JSON.stringify(info, null, 2));
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

/**
 * History as a running server would have left it: expiries that happened before the generation instant are recorded
 * (`expiry_recorded_at`), so the server's sweep does not start by recording ~160,000 old ends — 1,000 per wake-up, with
 * audit rows and events — in the middle of the benchmarks (and ahead of B6's expiries, since it sweeps oldest first).
 * Idempotent; a no-op once done, and before the server's migrations have added the column.
 */
export async function settleHistory(databaseUrl: string, anchor: Date): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'role_assignment' AND column_name = 'expiry_recorded_at'`,
    );
    if (!rows.length) return 0;
    const result = await client.query(
      `UPDATE role_assignment SET expiry_recorded_at = end_at
        WHERE expiry_recorded_at IS NULL AND end_reason IS NULL AND end_at IS NOT NULL AND end_at <= $1`,
      [anchor],
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Notifications as a running server would have left them: the 14-day and 1-day reminders of the generated assignments
 * already ending soon were sent when their marks passed (their keys are written, so the reminder job does not start by
 * mailing ~85,000 of them during the benchmarks), and what earlier bench runs left in the outbox counts as delivered.
 * The measured operations still write, and the worker still delivers, their own notifications. Idempotent; a no-op
 * before the server's migrations have added the tables.
 */
export async function settleNotifications(databaseUrl: string): Promise<{ reminders: number; outbox: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'notification_reminder'`);
    if (!rows.length) return { reminders: 0, outbox: 0 };
    // The same keys as the server's reminder job (server/src/modules/notifications/reminders.ts), an hour ahead.
    const reminders = await client.query(
      `INSERT INTO notification_reminder (key, created_at)
       SELECT 'expiring:' || d.days || 'd:' || a.id || ':' || extract(epoch FROM a.end_at)::bigint, now()
         FROM role_assignment a CROSS JOIN (VALUES (14), (1)) AS d(days)
        WHERE a.end_at IS NOT NULL AND a.expiry_recorded_at IS NULL AND a.end_reason IS NULL AND a.origin = 'ASSIGNED'
          AND a.end_at > now() AND a.end_at <= now() + make_interval(days => d.days) + interval '1 hour'
       ON CONFLICT DO NOTHING`,
    );
    const outbox = await client.query(
      `UPDATE notification_outbox SET status = 'SENT', sent_at = now(), lease_until = NULL WHERE status IN ('PENDING', 'SENDING')`,
    );
    return { reminders: reminders.rowCount ?? 0, outbox: outbox.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}
