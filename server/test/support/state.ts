import { expect } from 'vitest';
import type { GraphQLResponse, TestApp } from './app';

/**
 * What a rejected call must leave untouched: every table that a mutation can write, and the audit log. Rows are compared
 * through an md5 of their JSON; `session.last_used_at` is left out because merely using a token refreshes it (at most
 * once a minute) and that is not a change made by the call under test.
 */
const CHECKSUMMED: Record<string, string> = {
  role_assignment: 'to_jsonb(t)',
  role_request: 'to_jsonb(t)',
  role_setting: 'to_jsonb(t)',
  role_definition: 'to_jsonb(t)',
  session: "to_jsonb(t) - 'last_used_at'",
  credential: 'to_jsonb(t)',
  attempt_bucket: 'to_jsonb(t)',
  principal: 'to_jsonb(t)',
  scope: 'to_jsonb(t)',
  audit_event: 'to_jsonb(t)',
};

export type DatabaseState = Record<string, string | number>;

export async function databaseState(t: TestApp): Promise<DatabaseState> {
  const parts = Object.entries(CHECKSUMMED).map(
    ([table, row]) =>
      `(SELECT count(*)::text || ':' || coalesce(md5(string_agg((${row})::text, ',' ORDER BY (${row})::text)), '-') FROM ${table} t) AS ${table}`,
  );
  const [state] = await t.sql<DatabaseState>(
    `SELECT (SELECT coalesce(max(seq), 0)::int FROM audit_event) AS audit_max_seq, ${parts.join(', ')}`,
  );
  return state;
}

/** Which tables differ between two states (for a failure message that says what changed). */
export function changedTables(before: DatabaseState, after: DatabaseState): string[] {
  return Object.keys(before).filter((key) => before[key] !== after[key]);
}

const LEAKS: [RegExp, string][] = [
  [/internal server error/i, 'a masked internal error'],
  [/\bat [\w.<>]+ \(|\.(?:ts|js):\d+:\d+/, 'a stack trace'],
  [/\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+"?\w+"?\s+SET\b|\bDELETE FROM\b/, 'SQL'],
  [/QueryFailedError|invalid input syntax|violates .*constraint|duplicate key|relation "|column "|syntax error at|invalid byte sequence|out of range for type/i, 'a database error'],
  [/TypeError|ReferenceError|Cannot read propert|undefined is not|is not a function|ZodError|RangeError: Invalid time value/i, 'a JavaScript error'],
];

/** What an error message gives away that it must not (a stack, SQL, a database or JavaScript error), or null. */
export function leakIn(message: string): string | null {
  return LEAKS.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * A rejection as R5 wants it: HTTP status of a client error (never 500), an `extensions.code` among `codes`, a short
 * readable message without stack, SQL or an internal error, and no data.
 */
export function expectRejected(label: string, result: GraphQLResponse, codes: string[]): void {
  const summary = `${label}: HTTP ${result.status} ${JSON.stringify(result.errors ?? result.data)?.slice(0, 400)}`;
  expect(result.status, `${summary} — HTTP status`).not.toBe(500);
  expect([200, 400], `${summary} — HTTP status`).toContain(result.status);
  expect((result.errors ?? []).length, `${summary} — expected an error, but the call was answered`).toBeGreaterThan(0);
  for (const error of result.errors ?? []) {
    expect(codes, `${summary} — extensions.code`).toContain(error.extensions?.code);
    expect(typeof error.message, `${summary} — message`).toBe('string');
    expect(error.message.trim().length, `${summary} — empty message`).toBeGreaterThan(0);
    expect(error.message.length, `${summary} — message too long to read`).toBeLessThanOrEqual(1000);
    for (const [pattern, what] of LEAKS) expect(error.message, `${summary} — message shows ${what}`).not.toMatch(pattern);
    expect(error.extensions ?? {}, `${summary} — extensions carry a stack`).not.toHaveProperty('stacktrace');
    expect(error.extensions ?? {}, `${summary} — extensions carry an exception`).not.toHaveProperty('exception');
  }
  const data = result.data as Record<string, unknown> | null | undefined;
  if (data) for (const [field, value] of Object.entries(data)) expect(value, `${summary} — data.${field} returned`).toBeNull();
}

/** Neither a server error nor a leak: either an answer or a proper client error. */
export function expectNoServerError(label: string, result: GraphQLResponse, codes: string[]): void {
  if (!result.errors?.length) {
    expect(result.status, `${label}: HTTP status`).toBe(200);
    return;
  }
  expectRejected(label, result, codes);
}
