import type { DataSource } from 'typeorm';
import { logger } from '../../lib/logger';
import { AUDIT_CHAIN_LOCK, auditContent, chainHash, GENESIS_HASH, PENDING_COLUMNS, type PreparedAuditEvent } from './audit.writer';

/** Transactions chained per pass at most: each with all its events, so that a change's events stay together in the chain. */
export const CHAIN_BATCH = 200;

/** Every statement of the chainer says so (statement counters of tests and benchmarks leave them out). */
export const CHAINER_TAG = '/* audit-chainer */';

/** The pending columns as `auditContent` names them. */
const PENDING_SELECT = `pos, id, at, actor_type AS "actorType", actor_id AS "actorId", action, target_principal_id AS "targetPrincipalId",
  role_id AS "roleId", scope_id AS "scopeId", request_id AS "requestId", assignment_id AS "assignmentId", justification, ticket,
  before, after, client_ip AS "clientIp", user_agent AS "userAgent"`;

/**
 * Gives committed events their place in the chain (DOMAIN.md: linear, gap-free, each hash over the one before): one pass
 * takes the chain's lock in a transaction of its own, reads the head, numbers and hashes the pending events — the events
 * of up to 200 committed transactions at a time, each transaction's together and in its order — moves them into `audit_event` and
 * deletes them from `audit_pending`, and commits. Writers never wait for the lock; only passes do, one after the other,
 * so the chain's cost is one pass (a few statements and one COMMIT) per batch of changes rather than a lock held through
 * every change's COMMIT. The hashes are computed from the events as stored (read back from `audit_pending` and copied in
 * SQL), exactly what the verifier later reads.
 *
 * Passes run right after each change that wrote events (the change awaits its pass: whoever made it reads it in the
 * log) and every AUDIT_CHAIN_POLL_MS, for events whose process died between its commit and its pass. Several processes
 * may chain one database: the lock makes their passes take turns, and each sees what the one before moved.
 *
 * `chain()` resolves once a pass that began after the call has finished: calls during a pass share the next one.
 */
export class AuditChainer {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastPassAt = 0;

  constructor(private readonly db: DataSource) {}

  chain(): Promise<void> {
    if (!this.running) {
      this.running = this.passes().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.chain();
      });
    return this.next;
  }

  /** Polls for events nobody chained (a process died after its commit); idle when passes ran recently anyway. */
  start(pollMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running || Date.now() - this.lastPassAt < pollMs) return;
      this.chainIfPending().catch((error: unknown) => logger.error('audit chaining failed; retrying at the next poll', { error: String(error) }));
    }, pollMs);
    this.timer.unref();
  }

  /**
   * `chain()` when something waits (one indexed statement otherwise): for readers that must see what this process
   * committed however it was written, and for the poll.
   */
  async chainIfPending(): Promise<void> {
    const pending = ((await this.db.query(`${CHAINER_TAG} SELECT 1 FROM audit_pending LIMIT 1`)) as unknown[]).length > 0;
    if (pending) await this.chain();
  }

  /** Stops polling and waits for a pass under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.next?.catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  private async passes(): Promise<void> {
    try {
      while ((await this.pass()) === CHAIN_BATCH);
    } finally {
      this.lastPassAt = Date.now();
    }
  }

  /** One batch: returns how many transactions' events it chained. */
  private async pass(): Promise<number> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`BEGIN ${CHAINER_TAG}`);
      try {
        await runner.query(`${CHAINER_TAG} SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
        // Read after the lock, each statement with a snapshot of its own (READ COMMITTED): what the pass before moved is gone.
        // Whole transactions, in the order they began writing (their first pos), each one's events in its order.
        const fresh = (await runner.query(
          `${CHAINER_TAG} SELECT ${PENDING_SELECT}, tx::text AS tx FROM (
             SELECT p.*, min(p.pos) OVER (PARTITION BY p.tx) AS first FROM audit_pending p
              WHERE p.tx IN (SELECT tx FROM audit_pending GROUP BY tx ORDER BY min(pos) LIMIT ${CHAIN_BATCH})
           ) pending ORDER BY first, pos`,
        )) as (PreparedAuditEvent & { pos: string; tx: string })[];
        if (!fresh.length) {
          await runner.query(`COMMIT ${CHAINER_TAG}`);
          return 0;
        }
        const [head] = (await runner.query(`${CHAINER_TAG} SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1`)) as { seq: string; hash: string }[];
        let seq = head ? BigInt(head.seq) : 0n;
        let prevHash = head ? head.hash : GENESIS_HASH;
        const positions: string[] = [];
        const seqs: string[] = [];
        const prevs: string[] = [];
        const hashes: string[] = [];
        for (const row of fresh) {
          seq += 1n;
          const hash = chainHash(prevHash, auditContent({ ...row, seq: seq.toString() }));
          positions.push(row.pos);
          seqs.push(seq.toString());
          prevs.push(prevHash);
          hashes.push(hash);
          prevHash = hash;
        }
        await runner.query(
          `${CHAINER_TAG} WITH moved AS (DELETE FROM audit_pending WHERE pos = ANY($1::bigint[]) RETURNING pos, ${PENDING_COLUMNS})
           INSERT INTO audit_event (seq, ${PENDING_COLUMNS}, prev_hash, hash)
           SELECT v.seq, ${PENDING_COLUMNS.split(', ').map((column) => `m.${column}`).join(', ')}, v.prev_hash, v.hash
             FROM moved m JOIN unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(pos, seq, prev_hash, hash) ON v.pos = m.pos
            ORDER BY v.seq`,
          [positions, seqs, prevs, hashes],
        );
        await runner.query(`COMMIT ${CHAINER_TAG}`);
        return new Set(fresh.map((row) => row.tx)).size;
      } catch (error) {
        await runner.query(`ROLLBACK ${CHAINER_TAG}`).catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }
}
