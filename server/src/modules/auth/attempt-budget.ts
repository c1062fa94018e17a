import type { EntityManager } from 'typeorm';

/**
 * Budgets of attempts (passwords, TOTP codes) as leaky buckets in Postgres, so that every server process shares them.
 *
 * An attempt first takes a place in each of its buckets — one transaction that locks their rows, and refuses when any
 * of them has no room — and only then is its secret checked. So at most `capacity` checks run in a bucket however many
 * requests arrive at the same instant; the rest are refused without being checked. A bucket drains one attempt every
 * `drainSeconds`; one that ran out of room is locked and stays locked until it has drained empty, so that when a lock
 * lapses the whole budget is back (one more typo does not lock again at once) while an attacker still gets no more than
 * `capacity` checks per lock. Refused attempts still count, up to `ceiling`: hammering a lock keeps it locked.
 *
 * The check's outcome is recorded in a second transaction: a failure stays counted (and locks the bucket when it left no
 * room for another attempt); a success gives its place back — unless a bucket was locked meanwhile, by attempts that
 * arrived while this one was being checked: then the lock holds and the success is refused too.
 */
export interface BucketLimit {
  /** What the bucket counts: the same key is the same bucket in every process. */
  key: string;
  /** The account it counts attempts against (null for a client address's bucket): an unlock clears these. */
  principalId: string | null;
  /** Attempts it lets in before it locks. */
  capacity: number;
  /** Seconds for one attempt to drain away. */
  drainSeconds: number;
  /** Refused attempts count up to here (≥ capacity). */
  ceiling: number;
}

interface StoredBucket {
  key: string;
  level: number;
  locked: boolean;
  updated_at: Date;
}

interface BucketState {
  level: number;
  locked: boolean;
}

const EPSILON = 1e-9;

/** Buckets not written for this long have drained whatever they held (every limit drains its ceiling well within it). */
export const DRAINED_AFTER_MS = 24 * 3600_000;

function stateAt(row: StoredBucket | undefined, limit: BucketLimit, now: Date): BucketState {
  if (!row) return { level: 0, locked: false };
  const drained = Math.max(0, now.getTime() - row.updated_at.getTime()) / 1000 / limit.drainSeconds;
  const level = Math.max(0, Number(row.level) - drained);
  return { level, locked: row.locked && level > EPSILON };
}

const hasRoom = (state: BucketState, limit: BucketLimit) => state.level + 1 <= limit.capacity + EPSILON;

/** Locks the buckets' rows (creating the missing ones), always in key order so that two attempts never deadlock. */
async function lockBuckets(tx: EntityManager, limits: BucketLimit[], now: Date, create: boolean): Promise<Map<string, StoredBucket>> {
  const sorted = [...new Map(limits.map((limit) => [limit.key, limit])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const keys = sorted.map((limit) => limit.key);
  if (create) {
    await tx.query(
      `INSERT INTO attempt_bucket (key, principal_id, level, locked, updated_at)
       SELECT key, principal_id, 0, false, $3 FROM unnest($1::text[], $2::uuid[]) AS b(key, principal_id) ORDER BY key
       ON CONFLICT (key) DO NOTHING`,
      [keys, sorted.map((limit) => limit.principalId), now],
    );
  }
  const rows = (await tx.query(
    'SELECT key, level, locked, updated_at FROM attempt_bucket WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE',
    [keys],
  )) as StoredBucket[];
  return new Map(rows.map((row) => [row.key, row]));
}

async function store(tx: EntityManager, entries: { limit: BucketLimit; state: BucketState }[], now: Date): Promise<void> {
  const kept = entries.filter((entry) => entry.state.level > EPSILON);
  const emptied = entries.filter((entry) => entry.state.level <= EPSILON).map((entry) => entry.limit.key);
  if (kept.length) {
    await tx.query(
      `INSERT INTO attempt_bucket (key, principal_id, level, locked, updated_at)
       SELECT key, principal_id, level, locked, $5 FROM unnest($1::text[], $2::uuid[], $3::float8[], $4::boolean[]) AS b(key, principal_id, level, locked)
       ON CONFLICT (key) DO UPDATE SET level = EXCLUDED.level, locked = EXCLUDED.locked, updated_at = EXCLUDED.updated_at`,
      [
        kept.map((entry) => entry.limit.key),
        kept.map((entry) => entry.limit.principalId),
        kept.map((entry) => entry.state.level),
        kept.map((entry) => entry.state.locked),
        now,
      ],
    );
  }
  if (emptied.length) await tx.query('DELETE FROM attempt_bucket WHERE key = ANY($1::text[])', [emptied]);
}

/**
 * Takes a place for one attempt in every bucket, narrowest first; false when one of them is locked or full. A refused
 * attempt counts in the bucket that refused it and in the narrower ones before it, never in the wider ones after it: a
 * stranger hammering from one address fills that address's bucket, not the account's.
 */
export async function reserveAttempt(tx: EntityManager, limits: BucketLimit[], now: Date): Promise<boolean> {
  const rows = await lockBuckets(tx, limits, now, true);
  const states = limits.map((limit) => stateAt(rows.get(limit.key), limit, now));
  const refusedBy = limits.findIndex((limit, i) => states[i].locked || !hasRoom(states[i], limit));
  const counted = refusedBy === -1 ? limits.length : refusedBy + 1;
  // Every bucket is written back as it is now (those not counted only drained), so that an empty one is deleted.
  await store(
    tx,
    limits.map((limit, i) => ({
      limit,
      state: i < counted ? { level: Math.min(limit.ceiling, states[i].level + 1), locked: states[i].locked || i === refusedBy } : states[i],
    })),
    now,
  );
  return refusedBy === -1;
}

/** The attempt's secret was wrong: it stays counted, and a bucket it left without room locks. */
export async function recordFailedAttempt(tx: EntityManager, limits: BucketLimit[], now: Date): Promise<void> {
  const rows = await lockBuckets(tx, limits, now, false);
  const entries = limits
    .filter((limit) => rows.has(limit.key)) // an unlock cleared it meanwhile: leave it cleared
    .map((limit) => {
      const state = stateAt(rows.get(limit.key), limit, now);
      return { limit, state: { level: state.level, locked: state.locked || !hasRoom(state, limit) } };
    });
  await store(tx, entries, now);
  // Buckets nobody wrote to for a day have drained: drop a few of them here, where new rows come from.
  await tx.query(
    `DELETE FROM attempt_bucket WHERE key IN (
       SELECT key FROM attempt_bucket WHERE updated_at < $1 ORDER BY updated_at LIMIT 100 FOR UPDATE SKIP LOCKED)`,
    [new Date(now.getTime() - DRAINED_AFTER_MS)],
  );
}

/**
 * The attempt's secret was right: it gives its place back and true — or false when one of its buckets was locked while
 * it was being checked (the lock holds: the attempt stays counted and must be refused).
 */
export async function releaseAttempt(tx: EntityManager, limits: BucketLimit[], now: Date): Promise<boolean> {
  const rows = await lockBuckets(tx, limits, now, false);
  const present = limits.filter((limit) => rows.has(limit.key));
  const states = present.map((limit) => stateAt(rows.get(limit.key), limit, now));
  if (states.some((state) => state.locked)) return false;
  await store(
    tx,
    present.map((limit, i) => ({ limit, state: { level: Math.max(0, states[i].level - 1), locked: false } })),
    now,
  );
  return true;
}

/** Empties every bucket that counts attempts against an account (an administrator's unlock); returns how many it held. */
export async function clearAttempts(tx: EntityManager, principalId: string): Promise<number> {
  const [, count] = (await tx.query('DELETE FROM attempt_bucket WHERE principal_id = $1', [principalId])) as [unknown, number];
  return count;
}
