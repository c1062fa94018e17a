import type { EntityManager } from 'typeorm';
import { auditContent, chainHash, GENESIS_HASH, type PreparedAuditEvent } from './audit.writer';
import type { CheckpointSigner } from './audit.signing';

/** Rows read per statement: memory stays constant however long the chain is. */
export const VERIFY_BATCH = 10_000;

/** The hashed columns, named as `auditContent` wants them. */
export const AUDIT_COLUMNS = `seq, id, at, actor_type AS "actorType", actor_id AS "actorId", action, target_principal_id AS "targetPrincipalId",
  role_id AS "roleId", scope_id AS "scopeId", request_id AS "requestId", assignment_id AS "assignmentId", justification, ticket,
  before, after, client_ip AS "clientIp", user_agent AS "userAgent", prev_hash AS "prevHash", hash`;

/** A stored event: the prepared content plus its place in the chain. */
export interface AuditRow extends PreparedAuditEvent {
  seq: string;
  prevHash: string;
  hash: string;
}

export interface CheckpointRow {
  seq: string;
  hash: string;
  at: Date;
  signature: string;
  keyId: string;
}

export interface VerificationResult {
  ok: boolean;
  /** Events whose hash was recomputed. */
  checked: number;
  /** The first event that is not what the chain says it should be (for a cut-off tail: the first missing one). */
  firstBrokenSequence: string | null;
  reason: string | null;
  /** The last event read (the chain's head when it verifies). */
  lastSequence: string | null;
  lastHash: string;
  /** The newest checkpoint the chain was checked against, and whether its signature was verified with the configured key. */
  checkpoint: { seq: string; at: Date; signatureVerified: boolean } | null;
}

/**
 * Walks the chain in seq order from `from` (default: the beginning), recomputing every hash, and compares it with the
 * checkpoints on the way: a gap in seq or a prev_hash that is not the previous hash means deleted or reordered events; a
 * hash that does not match the content means an edit; a checkpoint past the end means the tail was cut off. Run it in a
 * REPEATABLE READ transaction so that the chain and its checkpoints are read at one instant.
 */
export async function verifyChain(
  tx: EntityManager,
  signer: CheckpointSigner | null,
  from: { seq: string; hash: string } | null = null,
  batchSize = VERIFY_BATCH,
): Promise<VerificationResult> {
  let expectedSeq = from ? BigInt(from.seq) + 1n : 1n;
  let prevHash = from ? from.hash : GENESIS_HASH;
  let checked = 0;
  let lastSequence: string | null = from ? from.seq : null;
  let newestCheckpoint: VerificationResult['checkpoint'] = null;
  const result = (firstBrokenSequence: string | null, reason: string | null): VerificationResult => ({
    ok: firstBrokenSequence === null,
    checked,
    firstBrokenSequence,
    reason,
    lastSequence,
    lastHash: prevHash,
    checkpoint: newestCheckpoint,
  });
  /** A checkpoint counts if its signature verifies; without a key its hash is still compared, unsigned. */
  const checkSignature = (checkpoint: CheckpointRow): string | null => {
    if (!signer || checkpoint.keyId !== signer.keyId) return null;
    return signer.verify(checkpoint.seq, checkpoint.hash, checkpoint.at, checkpoint.signature)
      ? null
      : `The checkpoint at sequence ${checkpoint.seq} has an invalid signature (forged or altered).`;
  };
  const signatureVerified = (checkpoint: CheckpointRow) => Boolean(signer && checkpoint.keyId === signer.keyId);

  const batchFrom = (seq: bigint) =>
    tx.query(`SELECT ${AUDIT_COLUMNS} FROM audit_event WHERE seq >= $1 ORDER BY seq LIMIT ${batchSize}`, [seq.toString()]) as Promise<AuditRow[]>;
  let pending = batchFrom(expectedSeq);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) break;
    const last = rows[rows.length - 1].seq;
    const checkpoints = (await tx.query(
      `SELECT seq, hash, at, signature, key_id AS "keyId" FROM audit_checkpoint WHERE seq >= $1 AND seq <= $2 ORDER BY seq`,
      [rows[0].seq, last],
    )) as CheckpointRow[];
    // Postgres reads the next batch while this one is hashed (keyset: it starts after this batch's last row). A batch
    // left unread when a broken event ends the walk is simply dropped.
    if (rows.length === batchSize) {
      pending = batchFrom(BigInt(last) + 1n);
      pending.catch(() => undefined);
    }
    const checkpointAt = new Map(checkpoints.map((checkpoint) => [checkpoint.seq, checkpoint]));
    for (const row of rows) {
      const seq = BigInt(row.seq);
      if (seq !== expectedSeq) {
        const missing = seq - expectedSeq === 1n ? `${expectedSeq}` : `${expectedSeq}–${seq - 1n}`;
        return result(row.seq, `Event ${missing} is missing: the sequence jumps from ${expectedSeq - 1n} to ${seq}.`);
      }
      if (row.prevHash !== prevHash) {
        return result(row.seq, `Event ${row.seq} does not follow event ${seq - 1n}: its prev_hash is not that event's hash (deleted or reordered events).`);
      }
      const hash = chainHash(prevHash, auditContent(row));
      if (hash !== row.hash) return result(row.seq, `Event ${row.seq} was altered: its content does not match its hash.`);
      const checkpoint = checkpointAt.get(row.seq);
      if (checkpoint) {
        const bad = checkSignature(checkpoint);
        if (bad) return result(row.seq, bad);
        if (checkpoint.hash !== hash) {
          return result(row.seq, `Event ${row.seq} does not match the checkpoint signed at ${checkpoint.at.toISOString()}: the chain was rewritten.`);
        }
        newestCheckpoint = { seq: checkpoint.seq, at: checkpoint.at, signatureVerified: signatureVerified(checkpoint) };
      }
      checked += 1;
      prevHash = hash;
      lastSequence = row.seq;
      expectedSeq = seq + 1n;
    }
    if (rows.length < batchSize) break;
  }

  // A checkpoint beyond the last event: events it vouched for are gone (the tail was truncated).
  const beyond = (await tx.query(
    `SELECT seq, hash, at, signature, key_id AS "keyId" FROM audit_checkpoint WHERE seq >= $1 ORDER BY seq DESC`,
    [expectedSeq.toString()],
  )) as CheckpointRow[];
  for (const checkpoint of beyond) {
    const bad = checkSignature(checkpoint);
    if (bad) return result(checkpoint.seq, bad);
  }
  if (beyond.length) {
    const newest = beyond[0];
    return result(
      expectedSeq.toString(),
      `The chain ends at ${lastSequence ?? 'nothing'}, but a checkpoint signed at ${newest.at.toISOString()} vouches for events up to ${newest.seq}: the tail was cut off.`,
    );
  }
  return result(null, null);
}
