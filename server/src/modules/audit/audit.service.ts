import { logger } from '../../lib/logger';
import { cursorPart, decodeCursor, lazily, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import { decodeOrderedCursor, orderedKey } from '../../lib/ordering';
import { OrderDirection, type AuditEventOrderField, type ListOrder } from '../../lib/vocabulary/ordering';
import type { Caller } from '../access/caller';
import { assertReadsAuditLog } from '../access/policy';
import type { Kernel } from '../../kernel/kernel';
import type { AuditFilter } from './audit.inputs';
import { AuditChainer } from './audit.chainer';
import { auditQuery } from './audit.query';
import { CheckpointSigner, parseSigningKey } from './audit.signing';
import type { AuditEvent } from './audit.type';
import { AUDIT_COLUMNS, verifyChain, type AuditRow, type VerificationResult } from './audit.verifier';

/** Rows per statement when the export streams the log. */
export const EXPORT_BATCH = 2000;

/** Events committed and not chained yet: how many, and how long the oldest has waited. */
export interface PendingAudit {
  count: number;
  oldestAgeMs: number | null;
}

/** Reading, exporting and verifying the audit log, chaining it, and signing checkpoints of its head. */
export class AuditService {
  /** Signs checkpoints when AUDIT_SIGNING_KEY is configured. */
  readonly signer: CheckpointSigner | null;
  /** Chains what changes committed (audit.chainer.ts). */
  readonly chainer: AuditChainer;

  constructor(private readonly kernel: Kernel) {
    const key = kernel.config.AUDIT_SIGNING_KEY;
    this.signer = key ? new CheckpointSigner(parseSigningKey(key)) : null;
    this.chainer = new AuditChainer(kernel.db);
  }

  /**
   * Newest first (or oldest first, `orderBy: { field: AT, direction: ASC }`), by sequence; everyone reads their own
   * events, readers of a scope its events, audit readers the tenant's. The default order's cursor is the sequence; an
   * oldest-first cursor also names its order (ordering.ts), so neither is accepted by the other.
   */
  async list(
    caller: Caller,
    filter: AuditFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    orderBy?: ListOrder<AuditEventOrderField> | null,
  ): Promise<ConnectionShape<AuditEvent>> {
    const limit = pageSize(first);
    // AT DESC is the default order itself, with the default order's cursors.
    const order = orderBy?.direction === OrderDirection.ASC ? orderBy : null;
    const cursor = order ? decodeOrderedCursor(after, order, cursorPart.sequence, cursorPart.sequence)?.id : decodeCursor(after, [cursorPart.sequence])?.[0];
    const query = auditQuery(filter, await caller.capabilities());
    // What this process committed is in the log before anyone reads it here, whichever path wrote it.
    await this.chainer.chainIfPending();
    const params = [...query.params];
    const page = cursor === undefined ? '' : `AND e.seq ${order ? '>' : '<'} $${params.push(cursor)}`;
    const rows = (await this.kernel.db.query(
      `SELECT ${prefixed(AUDIT_COLUMNS)} ${query.from} ${page} ORDER BY e.seq ${order ? 'ASC' : 'DESC'} LIMIT ${limit + 1}`,
      params,
    )) as AuditRow[];
    const total = lazily(async () => ((await this.kernel.db.query(`SELECT count(*)::int AS n ${query.from}`, query.params)) as { n: number }[])[0].n);
    return toConnection(rows.map(auditEventView), limit, total, (event) =>
      order ? orderedKey(order, String(event.sequence), String(event.sequence)) : [String(event.sequence)],
    );
  }

  /**
   * The whole filtered log, oldest first, in batches read by seq (keyset): memory holds one batch whatever the size.
   * Bounded by the head at the start, so an export is the log as of one instant even while events are appended.
   */
  async *export(caller: Caller, filter: AuditFilter | null | undefined, batchSize = EXPORT_BATCH): AsyncGenerator<AuditRow[]> {
    const query = auditQuery(filter, await caller.capabilities());
    await this.chainer.chainIfPending();
    const [{ head }] = (await this.kernel.db.query('SELECT coalesce(max(seq), 0)::text AS head FROM audit_event')) as { head: string }[];
    let after = '0';
    for (;;) {
      const params = [...query.params];
      const bounds = `AND e.seq > $${params.push(after)} AND e.seq <= $${params.push(head)}`;
      const rows = (await this.kernel.db.query(
        `SELECT ${prefixed(AUDIT_COLUMNS)} ${query.from} ${bounds} ORDER BY e.seq LIMIT ${batchSize}`,
        params,
      )) as AuditRow[];
      if (rows.length) yield rows;
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].seq;
    }
  }

  /** Checks the whole chain (see verifyChain); for the audit readers only. */
  async verify(caller: Caller): Promise<VerificationResult & { pending: PendingAudit }> {
    assertReadsAuditLog(await caller.capabilities());
    return this.verifyAll();
  }

  /**
   * The chain, its checkpoints and what waits to be chained, read at one instant (REPEATABLE READ, read only). A
   * committed event must be chained within AUDIT_CHAIN_MAX_LAG_MS: one that waited longer fails the verification (the
   * chainer is not running), though the chain itself may be intact.
   */
  async verifyAll(): Promise<VerificationResult & { pending: PendingAudit }> {
    return this.kernel.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const result = await verifyChain(tx, this.signer);
      const [row] = (await tx.query(
        `SELECT count(*)::int AS count, (extract(epoch FROM clock_timestamp() - min(written_at)) * 1000)::float8 AS "oldestAgeMs" FROM audit_pending`,
      )) as { count: number; oldestAgeMs: number | null }[];
      const pending: PendingAudit = { count: row.count, oldestAgeMs: row.oldestAgeMs === null ? null : Math.round(row.oldestAgeMs) };
      const bound = this.kernel.config.AUDIT_CHAIN_MAX_LAG_MS;
      if (result.ok && pending.oldestAgeMs !== null && pending.oldestAgeMs > bound) {
        return {
          ...result,
          ok: false,
          reason: `${pending.count} committed event(s) not chained, the oldest for ${pending.oldestAgeMs} ms (more than ${bound} ms): the chainer is not running or cannot keep up.`,
          pending,
        };
      }
      return { ...result, pending };
    });
  }

  /**
   * Signs the chain's head, after verifying what was appended since the last checkpoint (a tampered chain is never
   * vouched for). Does nothing without a key or when nothing was appended. Several processes may run it at once: the
   * checkpoint's seq is its key.
   */
  async checkpoint(): Promise<{ seq: string; hash: string } | null> {
    const signer = this.signer;
    if (!signer) return null;
    return this.kernel.db.transaction('REPEATABLE READ', async (tx) => {
      const [previous] = (await tx.query('SELECT seq, hash FROM audit_checkpoint ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
      if (previous) {
        const [event] = (await tx.query('SELECT hash FROM audit_event WHERE seq = $1', [previous.seq])) as { hash: string }[];
        if (event?.hash !== previous.hash) {
          logger.error('audit chain does not match its last checkpoint: not signing', { seq: previous.seq });
          return null;
        }
      }
      const result = await verifyChain(tx, signer, previous ?? null);
      if (!result.ok) {
        logger.error('audit chain is broken: not signing a checkpoint', { firstBrokenSequence: result.firstBrokenSequence, reason: result.reason });
        return null;
      }
      if (!result.lastSequence || result.lastSequence === previous?.seq) return null;
      const at = this.kernel.now();
      const signature = signer.sign(result.lastSequence, result.lastHash, at);
      await tx.query(
        'INSERT INTO audit_checkpoint (seq, hash, at, signature, key_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING',
        [result.lastSequence, result.lastHash, at, signature, signer.keyId],
      );
      // Also in the log, which lives outside the database: a copy an attacker with SQL access cannot delete.
      logger.info('audit checkpoint', { seq: result.lastSequence, hash: result.lastHash, at: at.toISOString(), signature, keyId: signer.keyId });
      return { seq: result.lastSequence, hash: result.lastHash };
    });
  }
}

/** AUDIT_COLUMNS qualified with the `e` alias (the list joins roles and scopes, which have columns of the same names). */
function prefixed(columns: string): string {
  return columns
    .split(',')
    .map((column) => `e.${column.trim()}`)
    .join(', ');
}

export function auditEventView({ seq, prevHash: _prevHash, ...row }: AuditRow): AuditEvent {
  return { ...row, sequence: Number(seq), actorType: row.actorType as AuditEvent['actorType'] };
}
