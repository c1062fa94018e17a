import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../src/db/demo-seed';
import { totpCode } from './support/totp';
import { startTestApp, type TestApp } from './support/app';
import { changedTables, databaseState, expectNoServerError, expectRejected } from './support/state';

/**
 * R5: bad input on every mutation (and on the queries that take arguments) is refused with BAD_USER_INPUT or NOT_FOUND
 * (POLICY_VIOLATION where what is broken is a role-settings rule), a readable message, never a 500 — and leaves the
 * database and the audit log exactly as they were. Admin mutations run as the Global Administrator (with a fresh MFA
 * step-up), so that a refusal can only be about the input.
 */

const ROOT_SCOPE_ID = '00000000-0000-4000-8000-000000000001';
const BAD = ['BAD_USER_INPUT'];
const BAD_OR_MISSING = ['BAD_USER_INPUT', 'NOT_FOUND'];
const BAD_OR_POLICY = ['BAD_USER_INPUT', 'POLICY_VIOLATION'];

interface Ctx {
  admin: string;
  bob: string;
  carol: string;
  ids: {
    bob: string;
    erin: string;
    pipeline: string;
    contributor: string;
    reader: string;
    securityReader: string;
    globalAdmin: string;
    rgDev: string;
    rgWeb: string;
    erinEligibility: string;
    daveEligibility: string;
    scheduled: string;
    adminSession: string;
    admin: string;
    production: string;
    vmWeb: string;
    tier3Scope: string;
  };
}

type Persona = 'admin' | 'bob' | 'carol' | 'anonymous';

interface Case {
  name: string;
  query: string;
  vars?: (c: Ctx) => Record<string, unknown>;
  codes: string[];
  as?: Persona;
  /** A valid-but-odd input (an instant in 1970, say) may also be answered; it must still not fail or change anything. */
  mayAnswer?: boolean;
  /** A filter naming an id that exists nowhere may answer with an empty list instead of NOT_FOUND. */
  mayAnswerEmpty?: boolean;
}

// ——— documents ———
const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id status startAt endAt } }';
const UPDATE = 'mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id status startAt endAt } }';
const REMOVE = 'mutation($id: ID!, $j: String) { removeAssignment(assignmentId: $id, justification: $j) { id status } }';
const SETTINGS =
  'mutation($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) { updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) { isDefault } }';
const CUSTOM_ROLE = 'mutation($input: CustomRoleInput!) { createCustomRole(input: $input) { id name } }';
const CREATE_TOKEN =
  'mutation($sp: ID!, $name: String!, $days: Int) { createApiToken(servicePrincipalId: $sp, name: $name, expiresInDays: $days) { token apiToken { id } } }';
const REVOKE_TOKEN = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';
const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
const STEP_UP = 'mutation($code: String!) { stepUpMfa(code: $code) { mfaAt } }';
const CONFIRM_TOTP = 'mutation($code: String!) { confirmTotpEnrolment(code: $code) }';
const ROLE_ASSIGNMENTS =
  'query($filter: RoleAssignmentFilter, $first: Int, $after: String) { roleAssignments(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id } } } }';
const EFFECTIVE = 'query($p: ID!, $s: ID, $asOf: DateTime) { effectiveAccess(principalId: $p, scopeId: $s, asOf: $asOf) { role { id } endAt } }';
const EXPLAIN =
  'query($p: ID!, $r: ID!, $s: ID!, $asOf: DateTime) { explainAccess(principalId: $p, roleId: $r, scopeId: $s, asOf: $asOf) { kind endAt } }';
const PRINCIPALS =
  'query($search: String, $type: PrincipalType, $first: Int, $after: String) { principals(search: $search, type: $type, first: $first, after: $after) { totalCount edges { cursor } } }';
const SCOPES = 'query($parentId: ID, $search: String, $types: [ScopeType!]) { scopes(parentId: $parentId, search: $search, types: $types) { id } }';
const ROLE_REQUESTS =
  'query($filter: RoleRequestFilter, $first: Int, $after: String) { roleRequests(filter: $filter, first: $first, after: $after) { totalCount edges { cursor } } }';
const ROLE_SETTINGS = 'query($roleId: ID!, $scopeId: ID) { roleSettings(roleId: $roleId, scopeId: $scopeId) { isDefault } }';

// ——— bad values ———
const LONG = (n: number, ch = 'x') => ch.repeat(n);
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Ids that cannot name anything: unknown UUIDs, malformed ones, injection attempts, empty and huge strings. */
const BAD_IDS: [string, unknown][] = [
  ['random UUID', randomUUID()],
  ['nil UUID', '00000000-0000-0000-0000-000000000000'],
  ['"abc"', 'abc'],
  ['"1 OR 1=1"', '1 OR 1=1'],
  ['SQL injection', "'; DROP TABLE x; --"],
  ['empty string', ''],
  ['10,000 characters', LONG(10_000, 'a')],
  ['a number', 123],
  ['NUL byte', 'abc\u0000def'],
];

/** Durations the API must refuse, with the codes allowed for each. */
const BAD_DURATIONS: [string, unknown, string[]][] = [
  ['PT1M (below the minimum)', 'PT1M', BAD],
  ['PT0S', 'PT0S', BAD],
  ['P9999D (beyond the settings)', 'P9999D', BAD_OR_POLICY],
  ['"P1M" (months)', 'P1M', BAD],
  ['"P1Y" (years)', 'P1Y', BAD],
  ['"8 hours"', '8 hours', BAD],
  ['negative "-PT8H"', '-PT8H', BAD],
  ['negative "PT-8H"', 'PT-8H', BAD],
  ['empty string', '', BAD],
  ['"P"', 'P', BAD],
  ['"PT"', 'PT', BAD],
  ['fractional days "P1.5D"', 'P1.5D', BAD],
  ['huge "P99999999999999999999D"', 'P99999999999999999999D', BAD_OR_POLICY],
  ['huge seconds (40 characters)', `PT${'9'.repeat(37)}S`, BAD_OR_POLICY],
  ['huge weeks "P9999999999999W"', 'P9999999999999W', BAD_OR_POLICY],
  ['a number 28800', 28_800, BAD],
  ['a huge number', 1e300, BAD],
  ['a boolean', true, BAD],
  ['an object', { hours: 8 }, BAD],
  ['10,000 characters', `P${LONG(9_998, '1')}D`, BAD],
];

/** Instants the API must refuse as instants. */
const BAD_DATES: [string, unknown][] = [
  ['"2024-13-45"', '2024-13-45'],
  ['"2024-13-45T10:00:00Z"', '2024-13-45T10:00:00Z'],
  ['30 February', '2024-02-30T10:00:00Z'],
  ['25 o\'clock', '2024-01-01T25:00:00Z'],
  ['"yesterday"', 'yesterday'],
  ['"now"', 'now'],
  ['empty string', ''],
  ['a date without time', '2030-01-01'],
  ['digits in a string', '1700000000'],
  ['SQL injection', "2030-01-01T00:00:00Z'; DROP TABLE x; --"],
  ['a boolean', true],
  ['an object', { year: 2030 }],
];

/** Numbers given for instants: refusing them or reading them as epoch milliseconds are both acceptable, but never a 500. */
const NUMERIC_DATES: [string, unknown][] = [
  ['the number 1700000000', 1_700_000_000],
  ['a negative number', -1],
  ['a huge number', 1e20],
];

const BAD_FIRST: [string, unknown][] = [
  ['0', 0],
  ['-1', -1],
  ['1000', 1000],
  ['2^31 (beyond Int)', 2 ** 31],
  ['a string', 'ten'],
  ['a float', 1.5],
];

const BAD_CURSORS = (arity: number): [string, unknown][] => [
  ['garbage', 'not a cursor!!'],
  ['empty string', ''],
  ['10,000 characters', LONG(10_000, 'A')],
  ['base64 of an object', cursor({ id: 1 })],
  ['base64 of numbers', cursor(Array.from({ length: arity }, (_, i) => i))],
  ['wrong arity', cursor(Array.from({ length: arity + 1 }, () => 'x'))],
  ['base64 of not-JSON', Buffer.from('{{{').toString('base64url')],
];

// ——— the cases ———
function assignCases(): Case[] {
  const base = (c: Ctx, extra: Record<string, unknown> = {}) => ({
    input: {
      principalId: c.ids.bob,
      roleId: c.ids.contributor,
      scopeId: c.ids.rgDev,
      type: 'ELIGIBLE',
      duration: 'P30D',
      justification: 'R5 bad-input test',
      ...extra,
    },
  });
  const cases: Case[] = [];
  for (const field of ['principalId', 'roleId', 'scopeId'] as const) {
    for (const [label, id] of BAD_IDS) {
      cases.push({ name: `assignRole ${field}: ${label}`, query: ASSIGN, vars: (c) => base(c, { [field]: id }), codes: BAD_OR_MISSING });
    }
  }
  cases.push(
    { name: 'assignRole principalId: the id of a role', query: ASSIGN, vars: (c) => base(c, { principalId: c.ids.contributor }), codes: BAD_OR_MISSING },
    { name: 'assignRole scopeId: the id of a principal', query: ASSIGN, vars: (c) => base(c, { scopeId: c.ids.bob }), codes: BAD_OR_MISSING },
    { name: 'assignRole: a resource role at the tenant root', query: ASSIGN, vars: (c) => base(c, { scopeId: ROOT_SCOPE_ID }), codes: BAD },
    { name: 'assignRole: a directory role at a resource group', query: ASSIGN, vars: (c) => base(c, { roleId: c.ids.securityReader }), codes: BAD },
    { name: 'assignRole type: unknown enum value', query: ASSIGN, vars: (c) => base(c, { type: 'SUPERUSER' }), codes: BAD },
    { name: 'assignRole type: missing', query: ASSIGN, vars: (c) => ({ input: { ...base(c).input, type: undefined } }), codes: BAD },
    { name: 'assignRole: an unknown input field', query: ASSIGN, vars: (c) => base(c, { isAdmin: true }), codes: BAD },
    { name: 'assignRole: input null', query: ASSIGN, vars: () => ({ input: null }), codes: BAD },
  );
  for (const [label, duration, codes] of BAD_DURATIONS) {
    cases.push({ name: `assignRole duration: ${label}`, query: ASSIGN, vars: (c) => base(c, { duration }), codes });
  }
  for (const [label, date] of BAD_DATES) {
    cases.push(
      { name: `assignRole endAt: ${label}`, query: ASSIGN, vars: (c) => base(c, { duration: null, endAt: date }), codes: BAD },
      { name: `assignRole startAt: ${label}`, query: ASSIGN, vars: (c) => base(c, { startAt: date }), codes: BAD },
    );
  }
  for (const [label, date] of NUMERIC_DATES) {
    cases.push({ name: `assignRole endAt: ${label}`, query: ASSIGN, vars: (c) => base(c, { duration: null, endAt: date }), codes: BAD });
  }
  cases.push(
    { name: 'assignRole: endAt before startAt', query: ASSIGN, vars: (c) => base(c, { duration: null, startAt: inDays(2), endAt: inDays(1) }), codes: BAD },
    { name: 'assignRole: endAt equal to startAt', query: ASSIGN, vars: (c) => base(c, { duration: null, startAt: inDays(2), endAt: inDays(2) }), codes: BAD },
    { name: 'assignRole: endAt one minute after startAt', query: ASSIGN, vars: (c) => base(c, { duration: null, startAt: inDays(2), endAt: new Date(Date.parse(inDays(2)) + 60_000).toISOString() }), codes: BAD },
    { name: 'assignRole: endAt in the past', query: ASSIGN, vars: (c) => base(c, { duration: null, endAt: inDays(-1) }), codes: BAD },
    { name: 'assignRole: endAt in year 1', query: ASSIGN, vars: (c) => base(c, { duration: null, endAt: '0001-01-01T00:00:00Z' }), codes: BAD },
    { name: 'assignRole: startAt far in the past', query: ASSIGN, vars: (c) => base(c, { startAt: '2000-01-01T00:00:00Z' }), codes: BAD },
    { name: 'assignRole: startAt yesterday', query: ASSIGN, vars: (c) => base(c, { startAt: inDays(-1) }), codes: BAD },
    { name: 'assignRole: startAt in year 9999', query: ASSIGN, vars: (c) => base(c, { startAt: '9999-12-31T23:59:59Z' }), codes: BAD },
    { name: 'assignRole: endAt in year 9999', query: ASSIGN, vars: (c) => base(c, { duration: null, endAt: '9999-12-31T23:59:59Z' }), codes: BAD_OR_POLICY },
    { name: 'assignRole: both endAt and duration', query: ASSIGN, vars: (c) => base(c, { endAt: inDays(10) }), codes: BAD },
    { name: 'assignRole: permanent where the settings forbid it', query: ASSIGN, vars: (c) => base(c, { duration: null }), codes: BAD_OR_POLICY },
    { name: 'assignRole: active, permanent where the settings forbid it', query: ASSIGN, vars: (c) => base(c, { type: 'ACTIVE', duration: null }), codes: BAD_OR_POLICY },
    { name: 'assignRole: active for 181 days (settings allow 180)', query: ASSIGN, vars: (c) => base(c, { type: 'ACTIVE', duration: 'P181D' }), codes: BAD_OR_POLICY },
    { name: 'assignRole: eligible for 366 days (settings allow 365)', query: ASSIGN, vars: (c) => base(c, { duration: 'P366D' }), codes: BAD_OR_POLICY },
    { name: 'assignRole: service principal made eligible', query: ASSIGN, vars: (c) => base(c, { principalId: c.ids.pipeline, scopeId: c.ids.rgDev }), codes: BAD_OR_POLICY },
    { name: 'assignRole: active without justification where required', query: ASSIGN, vars: (c) => base(c, { type: 'ACTIVE', justification: '   ' }), codes: BAD_OR_POLICY },
    { name: 'assignRole justification: 10,000 characters', query: ASSIGN, vars: (c) => base(c, { justification: LONG(10_000) }), codes: BAD },
    { name: 'assignRole justification: NUL byte', query: ASSIGN, vars: (c) => base(c, { justification: 'because\u0000' }), codes: BAD },
    { name: 'assignRole ticketNumber: 1,000 characters', query: ASSIGN, vars: (c) => base(c, { ticketSystem: 'ServiceNow', ticketNumber: LONG(1_000, '7') }), codes: BAD },
    { name: 'assignRole ticketSystem: 5,000 characters', query: ASSIGN, vars: (c) => base(c, { ticketSystem: LONG(5_000), ticketNumber: 'INC1' }), codes: BAD },
    { name: 'assignRole: ticket system without number', query: ASSIGN, vars: (c) => base(c, { ticketSystem: 'ServiceNow' }), codes: BAD },
    { name: 'assignRole: ticket system with an empty number', query: ASSIGN, vars: (c) => base(c, { ticketSystem: 'ServiceNow', ticketNumber: '   ' }), codes: BAD },
    { name: 'assignRole: ticket number without system', query: ASSIGN, vars: (c) => base(c, { ticketNumber: 'INC0001' }), codes: BAD },
  );
  // Literals in the document rather than variables: refused while validating.
  cases.push(
    {
      name: 'assignRole literal duration: a number',
      query: 'mutation($p: ID!, $r: ID!, $s: ID!) { assignRole(input: { principalId: $p, roleId: $r, scopeId: $s, type: ELIGIBLE, duration: 28800 }) { id } }',
      vars: (c) => ({ p: c.ids.bob, r: c.ids.contributor, s: c.ids.rgDev }),
      codes: BAD,
    },
    {
      name: 'assignRole literal duration: "P1M"',
      query: 'mutation($p: ID!, $r: ID!, $s: ID!) { assignRole(input: { principalId: $p, roleId: $r, scopeId: $s, type: ELIGIBLE, duration: "P1M" }) { id } }',
      vars: (c) => ({ p: c.ids.bob, r: c.ids.contributor, s: c.ids.rgDev }),
      codes: BAD,
    },
    {
      name: 'assignRole literal endAt: "yesterday"',
      query: 'mutation($p: ID!, $r: ID!, $s: ID!) { assignRole(input: { principalId: $p, roleId: $r, scopeId: $s, type: ELIGIBLE, endAt: "yesterday" }) { id } }',
      vars: (c) => ({ p: c.ids.bob, r: c.ids.contributor, s: c.ids.rgDev }),
      codes: BAD,
    },
  );
  return cases;
}

function updateCases(): Case[] {
  const base = (c: Ctx, extra: Record<string, unknown>) => ({ input: { assignmentId: c.ids.erinEligibility, justification: 'R5', ...extra } });
  const cases: Case[] = [];
  for (const [label, id] of BAD_IDS) {
    cases.push({ name: `updateAssignment assignmentId: ${label}`, query: UPDATE, vars: (c) => base(c, { assignmentId: id, duration: 'P10D' }), codes: BAD_OR_MISSING });
  }
  cases.push({
    name: 'updateAssignment assignmentId: a group-expanded row id',
    query: UPDATE,
    vars: (c) => base(c, { assignmentId: `${c.ids.erinEligibility}:${randomUUID()}`, duration: 'P10D' }),
    codes: BAD_OR_MISSING,
  });
  for (const [label, duration, codes] of BAD_DURATIONS) {
    cases.push({ name: `updateAssignment duration: ${label}`, query: UPDATE, vars: (c) => base(c, { duration }), codes });
  }
  for (const [label, date] of BAD_DATES) {
    cases.push({ name: `updateAssignment endAt: ${label}`, query: UPDATE, vars: (c) => base(c, { endAt: date }), codes: BAD });
  }
  cases.push(
    { name: 'updateAssignment: nothing to change', query: UPDATE, vars: (c) => base(c, {}), codes: BAD },
    { name: 'updateAssignment: both endAt and duration', query: UPDATE, vars: (c) => base(c, { endAt: inDays(40), duration: 'P40D' }), codes: BAD },
    { name: 'updateAssignment: permanent and an end', query: UPDATE, vars: (c) => base(c, { permanent: true, endAt: inDays(40) }), codes: BAD },
    { name: 'updateAssignment: permanent where the settings forbid it', query: UPDATE, vars: (c) => base(c, { permanent: true }), codes: BAD_OR_POLICY },
    { name: 'updateAssignment: new start for a started assignment', query: UPDATE, vars: (c) => base(c, { startAt: inDays(1) }), codes: BAD },
    { name: 'updateAssignment: startAt far in the past', query: UPDATE, vars: (c) => base(c, { startAt: '2000-01-01T00:00:00Z' }), codes: BAD },
    { name: 'updateAssignment: endAt before the start', query: UPDATE, vars: (c) => base(c, { endAt: '2001-01-01T00:00:00Z' }), codes: BAD },
    // dave's eligibility started two days ago (see beforeAll): ending it yesterday would rewrite what was in force.
    {
      name: 'updateAssignment: endAt in the past, after the start',
      query: UPDATE,
      vars: (c) => base(c, { assignmentId: c.ids.daveEligibility, endAt: inDays(-1) }),
      codes: BAD,
    },
    // A schedule that starts in ten days and ends in forty (made in beforeAll): its start may move, within reason.
    { name: 'updateAssignment (scheduled) startAt: far in the past', query: UPDATE, vars: (c) => base(c, { assignmentId: c.ids.scheduled, startAt: '2000-01-01T00:00:00Z' }), codes: BAD },
    { name: 'updateAssignment (scheduled) startAt: yesterday', query: UPDATE, vars: (c) => base(c, { assignmentId: c.ids.scheduled, startAt: inDays(-1) }), codes: BAD },
    { name: 'updateAssignment (scheduled) startAt: three years away', query: UPDATE, vars: (c) => base(c, { assignmentId: c.ids.scheduled, startAt: inDays(3 * 365) }), codes: BAD },
    { name: 'updateAssignment (scheduled) startAt: after its end', query: UPDATE, vars: (c) => base(c, { assignmentId: c.ids.scheduled, startAt: inDays(50) }), codes: BAD },
    { name: 'updateAssignment (scheduled): endAt before the new start', query: UPDATE, vars: (c) => base(c, { assignmentId: c.ids.scheduled, startAt: inDays(20), endAt: inDays(15) }), codes: BAD },
    { name: 'updateAssignment (scheduled) startAt: "2024-13-45"', query: UPDATE, vars: (c) => base(c, { assignmentId: c.ids.scheduled, startAt: '2024-13-45' }), codes: BAD },
    { name: 'updateAssignment: endAt in year 9999', query: UPDATE, vars: (c) => base(c, { endAt: '9999-12-31T23:59:59Z' }), codes: BAD_OR_POLICY },
    { name: 'updateAssignment justification: 10,000 characters', query: UPDATE, vars: (c) => base(c, { duration: 'P40D', justification: LONG(10_000) }), codes: BAD },
    { name: 'updateAssignment justification: NUL byte', query: UPDATE, vars: (c) => base(c, { duration: 'P40D', justification: 'x\u0000y' }), codes: BAD },
    { name: 'updateAssignment ticketNumber: 1,000 characters', query: UPDATE, vars: (c) => base(c, { duration: 'P40D', ticketSystem: 'Jira', ticketNumber: LONG(1_000, '9') }), codes: BAD },
    { name: 'updateAssignment: ticket system without number', query: UPDATE, vars: (c) => base(c, { duration: 'P40D', ticketSystem: 'Jira' }), codes: BAD },
    { name: 'updateAssignment: ticket number without system', query: UPDATE, vars: (c) => base(c, { duration: 'P40D', ticketNumber: 'OPS-1' }), codes: BAD },
  );
  return cases;
}

function removeCases(): Case[] {
  const cases: Case[] = BAD_IDS.map(([label, id]) => ({
    name: `removeAssignment assignmentId: ${label}`,
    query: REMOVE,
    vars: () => ({ id, j: 'R5' }),
    codes: BAD_OR_MISSING,
  }));
  cases.push(
    { name: 'removeAssignment assignmentId: a group-expanded row id', query: REMOVE, vars: (c) => ({ id: `${c.ids.erinEligibility}:${randomUUID()}` }), codes: BAD_OR_MISSING },
    { name: 'removeAssignment justification: 10,000 characters', query: REMOVE, vars: (c) => ({ id: c.ids.erinEligibility, j: LONG(10_000) }), codes: BAD },
    { name: 'removeAssignment justification: NUL byte', query: REMOVE, vars: (c) => ({ id: c.ids.erinEligibility, j: 'gone\u0000' }), codes: BAD },
    { name: 'removeAssignment justification: a number', query: REMOVE, vars: (c) => ({ id: c.ids.erinEligibility, j: 42 }), codes: BAD },
  );
  return cases;
}

function settingsCases(): Case[] {
  const base = (c: Ctx, input: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ roleId: c.ids.contributor, scopeId: c.ids.rgDev, input, ...extra });
  const stage = (c: Ctx, extra: Record<string, unknown>) => ({ activation: { requireApproval: true, approvalStages: [{ approverIds: [c.ids.bob], ...extra }] } });
  const cases: Case[] = [];
  for (const [label, id] of BAD_IDS) {
    cases.push(
      { name: `updateRoleSettings roleId: ${label}`, query: SETTINGS, vars: (c) => base(c, { activation: { requireTicket: true } }, { roleId: id }), codes: BAD_OR_MISSING },
      { name: `updateRoleSettings scopeId: ${label}`, query: SETTINGS, vars: (c) => base(c, { activation: { requireTicket: true } }, { scopeId: id }), codes: BAD_OR_MISSING },
      { name: `updateRoleSettings approverIds: ${label}`, query: SETTINGS, vars: (c) => base(c, stage(c, { approverIds: [id] })), codes: BAD_OR_MISSING },
    );
  }
  for (const [label, duration] of BAD_DURATIONS) {
    cases.push(
      { name: `updateRoleSettings activation.maxDuration: ${label}`, query: SETTINGS, vars: (c) => base(c, { activation: { maxDuration: duration } }), codes: BAD_OR_POLICY },
      { name: `updateRoleSettings assignment.maxActiveDuration: ${label}`, query: SETTINGS, vars: (c) => base(c, { assignment: { maxActiveDuration: duration } }), codes: BAD_OR_POLICY },
    );
  }
  cases.push(
    { name: 'updateRoleSettings activation.maxDuration: 25 hours (above 24 h)', query: SETTINGS, vars: (c) => base(c, { activation: { maxDuration: 'PT25H' } }), codes: BAD_OR_POLICY },
    { name: 'updateRoleSettings activation.maxDuration: 29 minutes (below 30 min)', query: SETTINGS, vars: (c) => base(c, { activation: { maxDuration: 'PT29M' } }), codes: BAD_OR_POLICY },
    { name: 'updateRoleSettings assignment.maxEligibleDuration: 11 years', query: SETTINGS, vars: (c) => base(c, { assignment: { maxEligibleDuration: 'P4015D' } }), codes: BAD_OR_POLICY },
    { name: 'updateRoleSettings assignment.maxEligibleDuration: 1 hour', query: SETTINGS, vars: (c) => base(c, { assignment: { maxEligibleDuration: 'PT1H' } }), codes: BAD_OR_POLICY },
    { name: 'updateRoleSettings: a directory role at a resource group', query: SETTINGS, vars: (c) => base(c, { activation: { requireTicket: true } }, { roleId: c.ids.securityReader }), codes: BAD },
    { name: 'updateRoleSettings: approval with no stages for a resource role', query: SETTINGS, vars: (c) => base(c, { activation: { requireApproval: true, approvalStages: [] } }), codes: BAD_OR_POLICY },
    { name: 'updateRoleSettings quorum: 0', query: SETTINGS, vars: (c) => base(c, stage(c, { quorum: 0 })), codes: BAD },
    { name: 'updateRoleSettings quorum: -1', query: SETTINGS, vars: (c) => base(c, stage(c, { quorum: -1 })), codes: BAD },
    { name: 'updateRoleSettings quorum: 1000', query: SETTINGS, vars: (c) => base(c, stage(c, { quorum: 1000 })), codes: BAD },
    { name: 'updateRoleSettings quorum: 2^31', query: SETTINGS, vars: (c) => base(c, stage(c, { quorum: 2 ** 31 })), codes: BAD },
    { name: 'updateRoleSettings stage timeout: PT1M', query: SETTINGS, vars: (c) => base(c, stage(c, { timeout: 'PT1M' })), codes: BAD },
    { name: 'updateRoleSettings stage timeout: P1M', query: SETTINGS, vars: (c) => base(c, stage(c, { timeout: 'P1M' })), codes: BAD },
    { name: 'updateRoleSettings stage timeout: P9999D', query: SETTINGS, vars: (c) => base(c, stage(c, { timeout: 'P9999D' })), codes: BAD },
    { name: 'updateRoleSettings stage escalateAfter: P99D', query: SETTINGS, vars: (c) => base(c, stage(c, { escalateAfter: 'P99D' })), codes: BAD },
    { name: 'updateRoleSettings approver: a service principal', query: SETTINGS, vars: (c) => base(c, stage(c, { approverIds: [c.ids.pipeline] })), codes: BAD },
    { name: 'updateRoleSettings escalation approver: unknown', query: SETTINGS, vars: (c) => base(c, stage(c, { escalationApproverIds: [randomUUID()] })), codes: BAD_OR_MISSING },
    {
      name: 'updateRoleSettings: six approval stages (at most five)',
      query: SETTINGS,
      vars: (c) => base(c, { activation: { requireApproval: true, approvalStages: Array.from({ length: 6 }, () => ({ approverIds: [c.ids.bob] })) } }),
      codes: BAD,
    },
    {
      name: 'updateRoleSettings: 51 approvers in a stage (at most 50)',
      query: SETTINGS,
      vars: (c) => base(c, stage(c, { approverIds: Array.from({ length: 51 }, () => c.ids.bob) })),
      codes: BAD,
    },
    { name: 'updateRoleSettings additionalRecipients: not an email', query: SETTINGS, vars: (c) => base(c, { notifications: { additionalRecipients: ['not-an-email'] } }), codes: BAD },
    { name: 'updateRoleSettings additionalRecipients: empty string', query: SETTINGS, vars: (c) => base(c, { notifications: { additionalRecipients: [''] } }), codes: BAD },
    {
      name: 'updateRoleSettings additionalRecipients: an email of 10,000 characters',
      query: SETTINGS,
      vars: (c) => base(c, { notifications: { additionalRecipients: [`${LONG(9_980, 'a')}@contoso.test`] } }),
      codes: BAD,
    },
    {
      name: 'updateRoleSettings additionalRecipients: 21 addresses (at most 20)',
      query: SETTINGS,
      vars: (c) => base(c, { notifications: { additionalRecipients: Array.from({ length: 21 }, (_, i) => `ops${i}@contoso.test`) } }),
      codes: BAD,
    },
    { name: 'updateRoleSettings additionalRecipients: NUL byte', query: SETTINGS, vars: (c) => base(c, { notifications: { additionalRecipients: ['ops\u0000@contoso.test'] } }), codes: BAD },
    { name: 'updateRoleSettings requireMfa: a string', query: SETTINGS, vars: (c) => base(c, { activation: { requireMfa: 'yes' } }), codes: BAD },
    { name: 'updateRoleSettings: an unknown input field', query: SETTINGS, vars: (c) => base(c, { activation: { allowEverything: true } }), codes: BAD },
    { name: 'updateRoleSettings: input null', query: SETTINGS, vars: (c) => base(c, {}, { input: null }), codes: BAD },
  );
  return cases;
}

function customRoleCases(): Case[] {
  const base = (extra: Record<string, unknown>) => ({ input: { name: `R5 role ${randomUUID()}`, kind: 'DIRECTORY', description: 'R5', permissions: ['microsoft.directory/users/read'], ...extra } });
  return [
    { name: 'createCustomRole name: empty', query: CUSTOM_ROLE, vars: () => base({ name: '' }), codes: BAD },
    { name: 'createCustomRole name: blanks', query: CUSTOM_ROLE, vars: () => base({ name: '   \t ' }), codes: BAD },
    { name: 'createCustomRole name: 5,000 characters', query: CUSTOM_ROLE, vars: () => base({ name: LONG(5_000) }), codes: BAD },
    { name: 'createCustomRole name: NUL byte', query: CUSTOM_ROLE, vars: () => base({ name: 'Role\u0000Name' }), codes: BAD },
    { name: 'createCustomRole name: null', query: CUSTOM_ROLE, vars: () => base({ name: null }), codes: BAD },
    { name: 'createCustomRole name: a number', query: CUSTOM_ROLE, vars: () => base({ name: 12 }), codes: BAD },
    { name: 'createCustomRole name: a built-in role', query: CUSTOM_ROLE, vars: () => base({ name: 'Global Administrator' }), codes: ['BAD_USER_INPUT', 'CONFLICT'] },
    { name: 'createCustomRole description: 10,000 characters', query: CUSTOM_ROLE, vars: () => base({ description: LONG(10_000) }), codes: BAD },
    { name: 'createCustomRole permissions: an empty one', query: CUSTOM_ROLE, vars: () => base({ permissions: [''] }), codes: BAD },
    { name: 'createCustomRole permissions: one of 5,000 characters', query: CUSTOM_ROLE, vars: () => base({ permissions: [LONG(5_000)] }), codes: BAD },
    { name: 'createCustomRole permissions: 201 of them', query: CUSTOM_ROLE, vars: () => base({ permissions: Array.from({ length: 201 }, (_, i) => `p/${i}`) }), codes: BAD },
    { name: 'createCustomRole permissions: NUL byte', query: CUSTOM_ROLE, vars: () => base({ permissions: ['a\u0000b'] }), codes: BAD },
    { name: 'createCustomRole kind: GROUP', query: CUSTOM_ROLE, vars: () => base({ kind: 'GROUP' }), codes: BAD },
    { name: 'createCustomRole kind: unknown', query: CUSTOM_ROLE, vars: () => base({ kind: 'GALAXY' }), codes: BAD },
    { name: 'createCustomRole privileged: a string', query: CUSTOM_ROLE, vars: () => base({ privileged: 'very' }), codes: BAD },
  ];
}

function apiTokenCases(): Case[] {
  const cases: Case[] = [];
  for (const [label, id] of BAD_IDS) {
    cases.push(
      { name: `createApiToken servicePrincipalId: ${label}`, query: CREATE_TOKEN, vars: () => ({ sp: id, name: 'ci' }), codes: BAD_OR_MISSING },
      { name: `revokeApiToken id: ${label}`, query: REVOKE_TOKEN, vars: () => ({ id }), codes: BAD_OR_MISSING },
    );
  }
  cases.push(
    { name: 'createApiToken servicePrincipalId: a user', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.bob, name: 'ci' }), codes: BAD_OR_MISSING },
    { name: 'createApiToken name: empty', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: '' }), codes: BAD },
    { name: 'createApiToken name: blanks', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: '    ' }), codes: BAD },
    { name: 'createApiToken name: 5,000 characters', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: LONG(5_000) }), codes: BAD },
    { name: 'createApiToken name: NUL byte', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci\u0000' }), codes: BAD },
    { name: 'createApiToken expiresInDays: 0', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci', days: 0 }), codes: BAD },
    { name: 'createApiToken expiresInDays: -1', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci', days: -1 }), codes: BAD },
    { name: 'createApiToken expiresInDays: 1000', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci', days: 1000 }), codes: BAD },
    { name: 'createApiToken expiresInDays: 2^31', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci', days: 2 ** 31 }), codes: BAD },
    { name: 'createApiToken expiresInDays: a float', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci', days: 1.5 }), codes: BAD },
    { name: 'createApiToken expiresInDays: a string', query: CREATE_TOKEN, vars: (c) => ({ sp: c.ids.pipeline, name: 'ci', days: '30' }), codes: BAD },
    { name: 'revokeApiToken id: a user session rather than an API token', query: REVOKE_TOKEN, vars: (c) => ({ id: c.ids.adminSession }), codes: BAD_OR_MISSING },
  );
  return cases;
}

const CREATE_GROUP = 'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }';
const CREATE_SP = 'mutation($input: CreateServicePrincipalInput!) { createServicePrincipal(input: $input) { id } }';
const SET_ENABLED = 'mutation($id: ID!, $on: Boolean!, $why: String) { setPrincipalEnabled(principalId: $id, enabled: $on, reason: $why) { id } }';
const CREATE_SCOPE = 'mutation($input: CreateScopeInput!) { createScope(input: $input) { id } }';
const UPDATE_SCOPE = 'mutation($id: ID!, $input: UpdateScopeInput!) { updateScope(id: $id, input: $input) { id } }';
const ARCHIVE_SCOPE = 'mutation($id: ID!) { archiveScope(id: $id) { id } }';

/** The directory and the scope tree of one's own tenant: groups, service principals, disabling, shaping scopes. */
function tenantCases(): Case[] {
  const cases: Case[] = [];
  for (const [label, id] of BAD_IDS) {
    cases.push(
      { name: `createGroup ownerIds: [${label}]`, query: CREATE_GROUP, vars: () => ({ input: { displayName: 'R5 group', ownerIds: [id] } }), codes: BAD_OR_MISSING },
      { name: `setPrincipalEnabled principalId: ${label}`, query: SET_ENABLED, vars: () => ({ id, on: false }), codes: BAD_OR_MISSING },
      { name: `createScope parentId: ${label}`, query: CREATE_SCOPE, vars: () => ({ input: { parentId: id, name: 'rg-r5', type: 'RESOURCE_GROUP' } }), codes: BAD_OR_MISSING },
      { name: `updateScope id: ${label}`, query: UPDATE_SCOPE, vars: () => ({ id, input: { name: 'r5' } }), codes: BAD_OR_MISSING },
      { name: `updateScope parentId: ${label}`, query: UPDATE_SCOPE, vars: (c) => ({ id: c.ids.rgDev, input: { parentId: id } }), codes: BAD_OR_MISSING },
      { name: `archiveScope id: ${label}`, query: ARCHIVE_SCOPE, vars: () => ({ id }), codes: BAD_OR_MISSING },
    );
  }
  const text: [string, unknown][] = [
    ['empty', ''],
    ['blanks', '    '],
    ['5,000 characters', LONG(5_000)],
    ['NUL byte', 'r5\u0000'],
    ['a number', 42],
  ];
  for (const [label, value] of text) {
    cases.push(
      { name: `createGroup displayName: ${label}`, query: CREATE_GROUP, vars: () => ({ input: { displayName: value } }), codes: BAD },
      { name: `createServicePrincipal displayName: ${label}`, query: CREATE_SP, vars: () => ({ input: { displayName: value } }), codes: BAD },
      { name: `createScope name: ${label}`, query: CREATE_SCOPE, vars: (c) => ({ input: { parentId: c.ids.production, name: value, type: 'RESOURCE_GROUP' } }), codes: BAD },
      { name: `updateScope name: ${label}`, query: UPDATE_SCOPE, vars: (c) => ({ id: c.ids.rgDev, input: { name: value } }), codes: BAD },
    );
  }
  cases.push(
    { name: 'createGroup description: 5,000 characters', query: CREATE_GROUP, vars: () => ({ input: { displayName: 'R5', description: LONG(5_000) } }), codes: BAD },
    { name: 'createGroup roleAssignable: a string', query: CREATE_GROUP, vars: () => ({ input: { displayName: 'R5', roleAssignable: 'yes' } }), codes: BAD },
    { name: 'createGroup ownerIds: a service principal', query: CREATE_GROUP, vars: (c) => ({ input: { displayName: 'R5', ownerIds: [c.ids.pipeline] } }), codes: BAD },
    { name: 'createGroup ownerIds: 21 owners', query: CREATE_GROUP, vars: () => ({ input: { displayName: 'R5', ownerIds: Array.from({ length: 21 }, () => randomUUID()) } }), codes: BAD },
    { name: 'createServicePrincipal externalId: 5,000 characters', query: CREATE_SP, vars: () => ({ input: { displayName: 'R5', externalId: LONG(5_000) } }), codes: BAD },
    { name: 'setPrincipalEnabled reason: 10,000 characters', query: SET_ENABLED, vars: (c) => ({ id: c.ids.bob, on: false, why: LONG(10_000) }), codes: BAD },
    { name: 'setPrincipalEnabled enabled: a string', query: SET_ENABLED, vars: (c) => ({ id: c.ids.bob, on: 'no' }), codes: BAD },
    { name: 'setPrincipalEnabled: oneself', query: SET_ENABLED, vars: (c) => ({ id: c.ids.admin, on: false }), codes: BAD },
    { name: 'createScope type: unknown', query: CREATE_SCOPE, vars: (c) => ({ input: { parentId: c.ids.production, name: 'r5', type: 'FOLDER' } }), codes: BAD },
    { name: 'createScope type: GROUP', query: CREATE_SCOPE, vars: () => ({ input: { parentId: ROOT_SCOPE_ID, name: 'r5', type: 'GROUP' } }), codes: BAD },
    { name: 'createScope type: TENANT', query: CREATE_SCOPE, vars: () => ({ input: { parentId: ROOT_SCOPE_ID, name: 'r5', type: 'TENANT' } }), codes: BAD },
    { name: 'createScope: a resource under the root', query: CREATE_SCOPE, vars: () => ({ input: { parentId: ROOT_SCOPE_ID, name: 'r5', type: 'RESOURCE' } }), codes: BAD },
    { name: 'createScope: under a resource', query: CREATE_SCOPE, vars: (c) => ({ input: { parentId: c.ids.vmWeb, name: 'r5', type: 'RESOURCE' } }), codes: BAD },
    { name: 'createScope externalId: 10,000 characters', query: CREATE_SCOPE, vars: (c) => ({ input: { parentId: c.ids.production, name: 'r5', type: 'RESOURCE_GROUP', externalId: LONG(10_000) } }), codes: BAD },
    { name: 'updateScope: nothing to change', query: UPDATE_SCOPE, vars: (c) => ({ id: c.ids.rgDev, input: {} }), codes: BAD },
    { name: 'updateScope: move below itself', query: UPDATE_SCOPE, vars: (c) => ({ id: c.ids.rgWeb, input: { parentId: c.ids.vmWeb } }), codes: BAD },
    { name: 'updateScope: a resource group under the root', query: UPDATE_SCOPE, vars: (c) => ({ id: c.ids.rgWeb, input: { parentId: ROOT_SCOPE_ID } }), codes: BAD },
    { name: 'updateScope: the root', query: UPDATE_SCOPE, vars: () => ({ id: ROOT_SCOPE_ID, input: { name: 'r5' } }), codes: BAD },
    { name: 'updateScope: a group’s scope', query: UPDATE_SCOPE, vars: (c) => ({ id: c.ids.tier3Scope, input: { name: 'r5' } }), codes: BAD },
    { name: 'archiveScope: the root', query: ARCHIVE_SCOPE, vars: () => ({ id: ROOT_SCOPE_ID }), codes: BAD },
    { name: 'archiveScope: a group’s scope', query: ARCHIVE_SCOPE, vars: (c) => ({ id: c.ids.tier3Scope }), codes: BAD },
  );
  return cases;
}

const CREATE_IDP = 'mutation($input: IdentityProviderInput!) { createIdentityProvider(input: $input) { id } }';
const UPDATE_IDP = 'mutation($id: ID!, $input: IdentityProviderInput!) { updateIdentityProvider(id: $id, input: $input) { id } }';
const SET_PASSWORD_SIGN_IN = 'mutation($id: ID!, $on: Boolean!) { setPasswordSignIn(principalId: $id, enabled: $on) }';

/** Identity providers (nothing listens at these issuers: every case is refused before discovery would matter). */
function identityProviderCases(): Case[] {
  const good = { name: 'R5 IdP', issuer: 'https://login.example.com/r5', clientId: 'r5-client' };
  const cases: Case[] = [];
  for (const [label, id] of BAD_IDS) {
    cases.push(
      { name: `updateIdentityProvider id: ${label}`, query: UPDATE_IDP, vars: () => ({ id, input: good }), codes: BAD_OR_MISSING },
      { name: `setPasswordSignIn principalId: ${label}`, query: SET_PASSWORD_SIGN_IN, vars: () => ({ id, on: false }), codes: BAD_OR_MISSING },
    );
  }
  const issuers: [string, unknown][] = [
    ['empty', ''],
    ['not a URL', 'login.example.com'],
    ['ftp', 'ftp://login.example.com'],
    ['with credentials', 'https://user:pass@login.example.com'],
    ['with a query', 'https://login.example.com/?tenant=x'],
    ['javascript:', 'javascript:alert(1)'],
    ['10,000 characters', `https://${LONG(10_000)}.example.com`],
    ['NUL byte', 'https://login.example.com/\u0000'],
  ];
  for (const [label, issuer] of issuers) cases.push({ name: `createIdentityProvider issuer: ${label}`, query: CREATE_IDP, vars: () => ({ input: { ...good, issuer } }), codes: BAD });
  cases.push(
    { name: 'createIdentityProvider name: empty', query: CREATE_IDP, vars: () => ({ input: { ...good, name: ' ' } }), codes: BAD },
    { name: 'createIdentityProvider name: 5,000 characters', query: CREATE_IDP, vars: () => ({ input: { ...good, name: LONG(5_000) } }), codes: BAD },
    { name: 'createIdentityProvider clientId: empty', query: CREATE_IDP, vars: () => ({ input: { ...good, clientId: '' } }), codes: BAD },
    { name: 'createIdentityProvider clientSecret: blanks', query: CREATE_IDP, vars: () => ({ input: { ...good, clientSecret: '   ' } }), codes: BAD },
    { name: 'createIdentityProvider scopes: a space inside', query: CREATE_IDP, vars: () => ({ input: { ...good, scopes: ['email profile'] } }), codes: BAD },
    { name: 'createIdentityProvider scopes: 50 of them', query: CREATE_IDP, vars: () => ({ input: { ...good, scopes: Array.from({ length: 50 }, (_, i) => `s${i}`) } }), codes: BAD },
    { name: 'createIdentityProvider groupsClaim: not a claim name', query: CREATE_IDP, vars: () => ({ input: { ...good, groupsClaim: 'groups; DROP' } }), codes: BAD },
    { name: 'createIdentityProvider mfaClaimValues: 5,000 characters', query: CREATE_IDP, vars: () => ({ input: { ...good, mfaClaimValues: [LONG(5_000)] } }), codes: BAD },
    { name: 'createIdentityProvider: a guest provider without a home organisation', query: CREATE_IDP, vars: () => ({ input: { ...good, guest: true } }), codes: BAD },
    { name: 'createIdentityProvider: a home organisation without guests', query: CREATE_IDP, vars: () => ({ input: { ...good, homeOrganization: 'Fabrikam' } }), codes: BAD },
    { name: 'createIdentityProvider: a guest provider creating members', query: CREATE_IDP, vars: () => ({ input: { ...good, guest: true, homeOrganization: 'F', createMembers: true } }), codes: BAD },
    { name: 'createIdentityProvider guest: a string', query: CREATE_IDP, vars: () => ({ input: { ...good, guest: 'yes' } }), codes: BAD },
    { name: 'setPasswordSignIn: someone bound to no provider', query: SET_PASSWORD_SIGN_IN, vars: (c) => ({ id: c.ids.bob, on: false }), codes: BAD },
    { name: 'setPasswordSignIn: a service principal', query: SET_PASSWORD_SIGN_IN, vars: (c) => ({ id: c.ids.pipeline, on: false }), codes: BAD_OR_MISSING },
  );
  return cases;
}

function authCases(): Case[] {
  const signIn = (email: unknown, password: unknown) => () => ({ email, password });
  return [
    // Malformed sign-ins are refused before anyone is looked up: no failure counted, nothing audited.
    { name: 'signIn email: empty', query: SIGN_IN, vars: signIn('', 'Elevate-demo-1'), codes: BAD, as: 'anonymous' },
    { name: 'signIn email: blanks', query: SIGN_IN, vars: signIn('   ', 'Elevate-demo-1'), codes: BAD, as: 'anonymous' },
    { name: 'signIn email: 10,000 characters', query: SIGN_IN, vars: signIn(`${LONG(9_980, 'a')}@contoso.test`, 'Elevate-demo-1'), codes: BAD, as: 'anonymous' },
    { name: 'signIn email: NUL byte', query: SIGN_IN, vars: signIn('admin@contoso.test\u0000', 'Elevate-demo-1'), codes: BAD, as: 'anonymous' },
    { name: 'signIn email: a number', query: SIGN_IN, vars: signIn(42, 'Elevate-demo-1'), codes: BAD, as: 'anonymous' },
    { name: 'signIn email: null', query: SIGN_IN, vars: signIn(null, 'Elevate-demo-1'), codes: BAD, as: 'anonymous' },
    { name: 'signIn password: empty', query: SIGN_IN, vars: signIn('admin@contoso.test', ''), codes: BAD, as: 'anonymous' },
    { name: 'signIn password: 10,000 characters', query: SIGN_IN, vars: signIn('admin@contoso.test', LONG(10_000)), codes: BAD, as: 'anonymous' },
    { name: 'signIn password: an object', query: SIGN_IN, vars: signIn('admin@contoso.test', { value: 'x' }), codes: BAD, as: 'anonymous' },
    { name: 'signIn: no arguments', query: 'mutation { signIn { token } }', codes: BAD, as: 'anonymous' },
    // stepUpMfa: a code that is not six digits cannot be right; it is bad input, not a guess to count.
    { name: 'stepUpMfa code: empty', query: STEP_UP, vars: () => ({ code: '' }), codes: BAD, as: 'bob' },
    { name: 'stepUpMfa code: letters', query: STEP_UP, vars: () => ({ code: 'abcdef' }), codes: BAD, as: 'bob' },
    { name: 'stepUpMfa code: five digits', query: STEP_UP, vars: () => ({ code: '12345' }), codes: BAD, as: 'bob' },
    { name: 'stepUpMfa code: 10,000 characters', query: STEP_UP, vars: () => ({ code: LONG(10_000, '1') }), codes: BAD, as: 'bob' },
    { name: 'stepUpMfa code: SQL injection', query: STEP_UP, vars: () => ({ code: "' OR 1=1 --" }), codes: BAD, as: 'bob' },
    { name: 'stepUpMfa code: a number', query: STEP_UP, vars: () => ({ code: 123456 }), codes: BAD, as: 'bob' },
    { name: 'stepUpMfa: no code', query: 'mutation { stepUpMfa { mfaAt } }', codes: BAD, as: 'bob' },
    // carol has started an enrolment (beforeAll); admin has not.
    { name: 'confirmTotpEnrolment code: empty', query: CONFIRM_TOTP, vars: () => ({ code: '' }), codes: BAD, as: 'carol' },
    { name: 'confirmTotpEnrolment code: letters', query: CONFIRM_TOTP, vars: () => ({ code: 'abcdef' }), codes: BAD, as: 'carol' },
    { name: 'confirmTotpEnrolment code: 10,000 characters', query: CONFIRM_TOTP, vars: () => ({ code: LONG(10_000, '9') }), codes: BAD, as: 'carol' },
    { name: 'confirmTotpEnrolment code: wrong six digits', query: CONFIRM_TOTP, vars: () => ({ code: '000000' }), codes: BAD, as: 'carol' },
    { name: 'confirmTotpEnrolment without an enrolment started', query: CONFIRM_TOTP, vars: () => ({ code: '123456' }), codes: BAD, as: 'admin' },
    { name: 'beginTotpEnrolment: an unknown argument', query: 'mutation { beginTotpEnrolment(secret: "JBSWY3DPEHPK3PXP") { secret } }', codes: BAD, as: 'admin' },
    { name: 'signOut: an unknown argument', query: 'mutation { signOut(everywhere: true) }', codes: BAD, as: 'admin' },
  ];
}

function queryCases(): Case[] {
  const cases: Case[] = [];
  for (const [label, id] of BAD_IDS) {
    // A filter on a well-formed id that names nothing may simply match nothing.
    const mayAnswerEmpty = typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id);
    for (const field of ['principalId', 'roleId', 'scopeId']) {
      cases.push(
        { name: `roleAssignments filter.${field}: ${label}`, query: ROLE_ASSIGNMENTS, vars: () => ({ filter: { [field]: id } }), codes: BAD_OR_MISSING, mayAnswerEmpty },
        { name: `roleRequests filter.${field}: ${label}`, query: ROLE_REQUESTS, vars: () => ({ filter: { [field]: id } }), codes: BAD_OR_MISSING, mayAnswerEmpty },
      );
    }
    cases.push(
      { name: `effectiveAccess principalId: ${label}`, query: EFFECTIVE, vars: () => ({ p: id }), codes: BAD_OR_MISSING },
      { name: `effectiveAccess scopeId: ${label}`, query: EFFECTIVE, vars: (c) => ({ p: c.ids.bob, s: id }), codes: BAD_OR_MISSING },
      { name: `explainAccess principalId: ${label}`, query: EXPLAIN, vars: (c) => ({ p: id, r: c.ids.reader, s: c.ids.rgWeb }), codes: BAD_OR_MISSING },
      { name: `explainAccess roleId: ${label}`, query: EXPLAIN, vars: (c) => ({ p: c.ids.bob, r: id, s: c.ids.rgWeb }), codes: BAD_OR_MISSING },
      { name: `explainAccess scopeId: ${label}`, query: EXPLAIN, vars: (c) => ({ p: c.ids.bob, r: c.ids.reader, s: id }), codes: BAD_OR_MISSING },
      { name: `scopes parentId: ${label}`, query: SCOPES, vars: () => ({ parentId: id }), codes: BAD_OR_MISSING },
      { name: `roleSettings roleId: ${label}`, query: ROLE_SETTINGS, vars: () => ({ roleId: id }), codes: BAD_OR_MISSING },
      { name: `roleSettings scopeId: ${label}`, query: ROLE_SETTINGS, vars: (c) => ({ roleId: c.ids.contributor, scopeId: id }), codes: BAD_OR_MISSING },
    );
  }
  for (const [label, date] of BAD_DATES) {
    cases.push(
      { name: `roleAssignments filter.asOf: ${label}`, query: ROLE_ASSIGNMENTS, vars: () => ({ filter: { asOf: date } }), codes: BAD },
      { name: `effectiveAccess asOf: ${label}`, query: EFFECTIVE, vars: (c) => ({ p: c.ids.bob, asOf: date }), codes: BAD },
      { name: `explainAccess asOf: ${label}`, query: EXPLAIN, vars: (c) => ({ p: c.ids.bob, r: c.ids.reader, s: c.ids.rgWeb, asOf: date }), codes: BAD },
    );
  }
  for (const [label, date] of [...NUMERIC_DATES, ['year 1', '0001-01-01T00:00:00Z'], ['year 9999', '9999-12-31T23:59:59Z']] as [string, unknown][]) {
    cases.push(
      { name: `roleAssignments filter.asOf: ${label}`, query: ROLE_ASSIGNMENTS, vars: () => ({ filter: { asOf: date } }), codes: BAD, mayAnswer: true },
      { name: `effectiveAccess asOf: ${label}`, query: EFFECTIVE, vars: (c) => ({ p: c.ids.bob, asOf: date }), codes: BAD, mayAnswer: true },
    );
  }
  for (const [label, first] of BAD_FIRST) {
    cases.push(
      { name: `roleAssignments first: ${label}`, query: ROLE_ASSIGNMENTS, vars: () => ({ first }), codes: BAD },
      { name: `principals first: ${label}`, query: PRINCIPALS, vars: () => ({ first }), codes: BAD },
      { name: `roleRequests first: ${label}`, query: ROLE_REQUESTS, vars: () => ({ first }), codes: BAD },
    );
  }
  for (const [label, after] of BAD_CURSORS(1)) cases.push({ name: `roleAssignments after: ${label}`, query: ROLE_ASSIGNMENTS, vars: () => ({ after }), codes: BAD });
  for (const [label, after] of BAD_CURSORS(2)) {
    cases.push(
      { name: `principals after: ${label}`, query: PRINCIPALS, vars: () => ({ after }), codes: BAD },
      { name: `roleRequests after: ${label}`, query: ROLE_REQUESTS, vars: () => ({ after }), codes: BAD },
    );
  }
  // Well-formed cursors holding what this server never puts in a cursor.
  cases.push(
    { name: 'roleAssignments after: a cursor holding a NUL byte', query: ROLE_ASSIGNMENTS, vars: () => ({ after: cursor(['\u0000']) }), codes: BAD },
    { name: 'principals after: a cursor with a malformed id', query: PRINCIPALS, vars: () => ({ after: cursor(['Ada Admin', 'abc']) }), codes: BAD_OR_MISSING },
    { name: 'principals after: a cursor holding a NUL byte', query: PRINCIPALS, vars: () => ({ after: cursor(['Ada\u0000', randomUUID()]) }), codes: BAD_OR_MISSING },
    { name: 'principals after: a cursor from roleRequests', query: PRINCIPALS, vars: () => ({ after: cursor([new Date().toISOString(), 'x']) }), codes: BAD_OR_MISSING },
    { name: 'roleRequests after: a cursor with a malformed date', query: ROLE_REQUESTS, vars: () => ({ after: cursor(['yesterday', randomUUID()]) }), codes: BAD_OR_MISSING },
    { name: 'roleRequests after: a cursor with a malformed id', query: ROLE_REQUESTS, vars: () => ({ after: cursor([new Date().toISOString(), 'abc']) }), codes: BAD_OR_MISSING },
    { name: 'roleRequests after: a cursor from principals', query: ROLE_REQUESTS, vars: () => ({ after: cursor(['Ada Admin', randomUUID()]) }), codes: BAD_OR_MISSING },
  );
  cases.push(
    { name: 'roleAssignments: includeInherited without a scope', query: ROLE_ASSIGNMENTS, vars: () => ({ filter: { includeInherited: true } }), codes: BAD },
    { name: 'roleAssignments filter.state: unknown enum value', query: ROLE_ASSIGNMENTS, vars: () => ({ filter: { state: 'SOMETIMES' } }), codes: BAD },
    { name: 'roleAssignments filter.type: lower case', query: ROLE_ASSIGNMENTS, vars: () => ({ filter: { type: 'active' } }), codes: BAD },
    { name: 'roleRequests filter.status: unknown enum value', query: ROLE_REQUESTS, vars: () => ({ filter: { status: ['MAYBE'] } }), codes: BAD },
    { name: 'principals search: 5,000 characters', query: PRINCIPALS, vars: () => ({ search: LONG(5_000) }), codes: BAD },
    { name: 'principals search: NUL byte', query: PRINCIPALS, vars: () => ({ search: 'ad\u0000min' }), codes: BAD, mayAnswer: true },
    { name: 'principals type: unknown enum value', query: PRINCIPALS, vars: () => ({ type: 'ROBOT' }), codes: BAD },
    { name: 'scopes search: 5,000 characters', query: SCOPES, vars: () => ({ search: LONG(5_000) }), codes: BAD },
    { name: 'scopes search: NUL byte', query: SCOPES, vars: () => ({ search: 'rg\u0000' }), codes: BAD, mayAnswer: true },
    { name: 'scopes types: unknown enum value', query: SCOPES, vars: () => ({ types: ['PLANET'] }), codes: BAD },
    { name: 'roleSettings: a directory role at a resource group', query: ROLE_SETTINGS, vars: (c) => ({ roleId: c.ids.securityReader, scopeId: c.ids.rgDev }), codes: BAD },
    { name: 'explainAccess: no roleId', query: 'query($p: ID!, $s: ID!) { explainAccess(principalId: $p, scopeId: $s) { kind } }', vars: (c) => ({ p: c.ids.bob, s: c.ids.rgWeb }), codes: BAD },
  );
  return cases;
}

describe('bad input (R5)', () => {
  let t: TestApp;
  const c = { ids: {} } as Ctx;

  beforeAll(async () => {
    t = await startTestApp();
    c.admin = await t.signInWithMfa('admin@contoso.test');
    c.bob = await t.signIn('bob@contoso.test');
    c.carol = await t.signInWithMfa('carol@contoso.test');
    const begun = await t.gql(c.carol, 'mutation { beginTotpEnrolment { secret } }');
    if (begun.errors) throw new Error(`carol could not start an enrolment: ${JSON.stringify(begun.errors)}`);
    const id = t.ids;
    Object.assign(c.ids, {
      bob: await id.principal('bob@contoso.test'),
      erin: await id.principal('erin@fabrikam.test'),
      pipeline: await id.principal('deploy-pipeline'),
      contributor: await id.role('Contributor'),
      reader: await id.role('Reader'),
      securityReader: await id.role('Security Reader'),
      globalAdmin: await id.role('Global Administrator'),
      rgDev: await id.scope('rg-dev'),
      rgWeb: await id.scope('rg-web'),
      admin: await id.principal('admin@contoso.test'),
      production: await id.scope('Production'),
      vmWeb: await id.scope('vm-web-01'),
      tier3Scope: await id.scope('Tier 3 Office Admins'),
    });
    const [eligibility] = await t.sql<{ id: string }>(
      "SELECT id FROM role_assignment WHERE principal_id = $1 AND role_id = $2 AND type = 'ELIGIBLE'",
      [c.ids.erin, c.ids.contributor],
    );
    c.ids.erinEligibility = eligibility.id;
    // Started two days ago, so that "an end in the past, after the start" can be asked for.
    await t.sql("UPDATE role_assignment SET start_at = now() - interval '2 days' WHERE id = $1", [eligibility.id]);
    const [daveEligibility] = await t.sql<{ id: string }>(
      "SELECT a.id FROM role_assignment a JOIN principal p ON p.id = a.principal_id WHERE p.email = 'dave@contoso.test' AND a.type = 'ELIGIBLE'",
    );
    c.ids.daveEligibility = daveEligibility.id;
    await t.sql("UPDATE role_assignment SET start_at = now() - interval '2 days' WHERE id = $1", [daveEligibility.id]);
    const scheduled = await t.gql<{ assignRole: { assignment: { id: string } } }>(c.admin, 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { assignment { id } } }', {
      input: { principalId: c.ids.bob, roleId: c.ids.reader, scopeId: await id.scope('rg-data'), type: 'ELIGIBLE', startAt: inDays(10), endAt: inDays(40), justification: 'R5 setup' },
    });
    c.ids.scheduled = scheduled.data?.assignRole.assignment.id ?? '';
    if (!c.ids.scheduled) throw new Error(`could not schedule an assignment: ${JSON.stringify(scheduled.errors)}`);
    const [session] = await t.sql<{ id: string }>(
      "SELECT s.id FROM session s JOIN principal p ON p.id = s.principal_id WHERE p.email = 'admin@contoso.test' AND s.kind = 'SESSION' LIMIT 1",
    );
    c.ids.adminSession = session.id;
  });
  afterAll(async () => t?.stop());

  const tokenOf = (persona: Persona | undefined) => (persona === 'anonymous' ? null : c[persona ?? 'admin']);

  async function check(testCase: Case) {
    const token = tokenOf(testCase.as);
    await t.gql(token, '{ __typename }'); // any refresh of the session's last use happens before the snapshot
    const before = await databaseState(t);
    const result = await t.gql(token, testCase.query, testCase.vars?.(c));
    if (testCase.mayAnswer) expectNoServerError(testCase.name, result, testCase.codes);
    else if (testCase.mayAnswerEmpty && !result.errors) {
      const list = Object.values(result.data ?? {})[0] as { totalCount: number; edges: unknown[] };
      expect({ totalCount: list.totalCount, edges: list.edges.length }, `${testCase.name}: answered with rows`).toEqual({ totalCount: 0, edges: 0 });
    } else expectRejected(testCase.name, result, testCase.codes);
    const after = await databaseState(t);
    expect(changedTables(before, after), `${testCase.name}: the database changed`).toEqual([]);
  }

  describe('controls', () => {
    it('a valid dry run is accepted and changes nothing, so the cases below fail for their input alone', async () => {
      const before = await databaseState(t);
      const assign = await t.gql(c.admin, ASSIGN, {
        input: { principalId: c.ids.bob, roleId: c.ids.contributor, scopeId: c.ids.rgDev, type: 'ELIGIBLE', duration: 'P30D', justification: 'R5', validateOnly: true },
      });
      expect(assign.errors, JSON.stringify(assign.errors)).toBeUndefined();
      const update = await t.gql(c.admin, UPDATE, { input: { assignmentId: c.ids.erinEligibility, duration: 'P40D', validateOnly: true } });
      expect(update.errors, JSON.stringify(update.errors)).toBeUndefined();
      expect(changedTables(before, await databaseState(t))).toEqual([]);
    });

    it('valid but unusual filters are answered (every state; an instant in year 1 or 9999)', async () => {
      for (const filter of [{ state: 'ALL' }, { state: 'ENDED' }, { state: 'ALL', asOf: '0001-01-01T00:00:00Z' }, { asOf: '9999-12-31T23:59:59Z' }]) {
        const result = await t.gql<{ roleAssignments: { totalCount: number } }>(c.admin, ROLE_ASSIGNMENTS, { filter });
        expect(result.errors, `roleAssignments(filter: ${JSON.stringify(filter)}): ${JSON.stringify(result.errors)}`).toBeUndefined();
      }
    });
  });

  describe('assignRole', () => it.each(assignCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('updateAssignment', () => it.each(updateCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('removeAssignment', () => it.each(removeCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('updateRoleSettings', () => it.each(settingsCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('createCustomRole', () => it.each(customRoleCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('API tokens', () => it.each(apiTokenCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('the directory and the scope tree', () => it.each(tenantCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('identity providers', () => it.each(identityProviderCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('sign-in and MFA', () => it.each(authCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));
  describe('queries with arguments', () => it.each(queryCases().map((x) => [x.name, x] as const))('%s', (_, x) => check(x)));

  describe('controls, after the cases', () => {
    it('a wrong but well-formed password is refused and audited (the snapshot sees real changes)', async () => {
      const before = await databaseState(t);
      const result = await t.gql(null, SIGN_IN, { email: 'dave@contoso.test', password: 'not-the-password' });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const changed = changedTables(before, await databaseState(t));
      expect(changed).toContain('audit_max_seq');
      expect(changed).toContain('attempt_bucket');
    });

    it('a wrong six-digit code is a counted MFA failure, not bad input', async () => {
      const token = await t.signIn('dave@contoso.test');
      const good = await totpCode(DEMO_TOTP_SECRET);
      const wrong = good === '000000' ? '111111' : '000000';
      const result = await t.gql(token, STEP_UP, { code: wrong });
      expect(result.errors?.[0].extensions?.code).toBe('MFA_REQUIRED');
    });

    it('a valid assignment after all that is accepted and changes the database', async () => {
      const before = await databaseState(t);
      const result = await t.gql<{ assignRole: { status: string } }>(c.admin, ASSIGN, {
        input: { principalId: c.ids.bob, roleId: c.ids.contributor, scopeId: c.ids.rgDev, type: 'ELIGIBLE', duration: 'P30D', justification: 'R5 control' },
      });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data?.assignRole.status).toBe('PROVISIONED');
      expect(changedTables(before, await databaseState(t))).toEqual(expect.arrayContaining(['role_assignment', 'role_request', 'audit_max_seq']));
    });
  });
});
