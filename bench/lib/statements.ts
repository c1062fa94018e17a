/**
 * Records the SQL statements the server sends from this process (pg's Client#query wrapped; the load workers are other
 * threads with their own module instances), as B4 does, with parameters, so a benchmark can show what one operation runs.
 */
import { pg } from './copy';

let recording: { text: string; values: unknown[] }[] | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (recording) {
      const q = args[0] as string | { text?: string; values?: unknown[] };
      const text = typeof q === 'string' ? q : (q?.text ?? '?');
      const values = (typeof q === 'string' ? args[1] : q?.values) as unknown[] | undefined;
      recording.push({ text: text.replace(/\s+/g, ' ').trim(), values: Array.isArray(values) ? values : [] });
    }
    return original.apply(this, args);
  };
}

export async function recordStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: { text: string; values: unknown[] }[] }> {
  install();
  recording = [];
  try {
    const result = await work();
    return { result, statements: recording };
  } finally {
    recording = null;
  }
}

/**
 * Statements in a transaction after the audit chain's lock (pg_advisory_xact_lock(7274001)) up to COMMIT: since the
 * chainer (2026-12-04) only its passes take it — writers no longer do — so these are what one pass holds the chain for.
 */
export function underAuditLock(statements: { text: string; values: unknown[] }[]): string[] {
  const out: string[] = [];
  let locked = false;
  for (const s of statements) {
    // The lock taken with a parameter, or inline (the chainer's pass).
    if (/pg_advisory_xact_lock/.test(s.text) && (s.values.map(String).includes('7274001') || /pg_advisory_xact_lock\(7274001\)/.test(s.text))) {
      locked = true;
      continue;
    }
    if (locked) out.push(s.text.slice(0, 160));
    if (/^COMMIT|^ROLLBACK/i.test(s.text)) locked = false;
  }
  return out;
}
