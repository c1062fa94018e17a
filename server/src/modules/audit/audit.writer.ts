import type { TransactionParticipant } from '../../kernel/kernel';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/viewer';

export interface AuditInput {
  action: string;
  targetPrincipalId?: string | null;
  roleId?: string | null;
  scopeId?: string | null;
  requestId?: string | null;
  assignmentId?: string | null;
  justification?: string | null;
  ticket?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export const GENESIS_HASH = '0'.repeat(64);
/** One lock for the whole chain: events get consecutive sequence numbers in commit order. */
const AUDIT_CHAIN_LOCK = 7_274_001;

/** An audit event with everything but its place in the chain (seq, prev_hash, hash), which only the flush can know. */
export interface PreparedAuditEvent {
  id: string;
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  targetPrincipalId: string | null;
  roleId: string | null;
  scopeId: string | null;
  requestId: string | null;
  assignmentId: string | null;
  justification: string | null;
  ticket: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  clientIp: string | null;
  userAgent: string | null;
}

type HashedColumns = Omit<PreparedAuditEvent, 'at' | 'before' | 'after'> & { at: Date | string; before: unknown; after: unknown };

/** The hashed content of an event: every column but the hash itself, in a fixed order (stored rows give `at` and jsonb as read). */
export function auditContent(event: HashedColumns & { seq: string | number }): string {
  return `[${JSON.stringify(String(event.seq))},${auditContentTail(event)}`;
}

/**
 * `auditContent` after its first element, the sequence number (which only the chain's head decides):
 * `auditContent(event) === '["' + seq + '",' + auditContentTail(event)`. The one-round-trip append has Postgres put the two
 * together once it holds the chain's lock.
 */
export function auditContentTail(event: HashedColumns): string {
  return canonicalJson([
    event.id,
    new Date(event.at).toISOString(),
    event.actorType,
    event.actorId,
    event.action,
    event.targetPrincipalId,
    event.roleId,
    event.scopeId,
    event.requestId,
    event.assignmentId,
    event.justification,
    event.ticket,
    event.before ?? null,
    event.after ?? null,
    event.clientIp,
    event.userAgent,
  ]).slice(1);
}

export function chainHash(prevHash: string, content: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** JSON with object keys sorted, so that jsonb's reordering in Postgres does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}


export function prepareAudit(actor: Actor, at: Date, input: AuditInput): PreparedAuditEvent {
  return {
    id: randomUUID(),
    at,
    actorType: actor.type,
    actorId: actor.id,
    action: input.action,
    targetPrincipalId: input.targetPrincipalId ?? null,
    roleId: input.roleId ?? null,
    scopeId: input.scopeId ?? null,
    requestId: input.requestId ?? null,
    assignmentId: input.assignmentId ?? null,
    justification: input.justification ?? null,
    ticket: input.ticket ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    clientIp: actor.clientIp,
    userAgent: actor.userAgent,
  };
}

/**
 * The audit events of one transaction (`Kernel#change`): collected while the change runs and appended to the chain by
 * `flushAudit` as the last statements before COMMIT, so the chain's lock is held for one INSERT and the COMMIT, not for
 * the whole change, and a change writes its events in one statement however many parts of it wrote some.
 */
const buffers = new WeakMap<EntityManager, PreparedAuditEvent[]>();

export function bufferAudit(manager: EntityManager): void {
  buffers.set(manager, []);
}

/** The events buffered in this transaction so far (hooks read them before the flush, e.g. the notification outbox). */
export function bufferedAudit(manager: EntityManager): readonly PreparedAuditEvent[] {
  return buffers.get(manager) ?? [];
}

/** Records events in the caller's transaction: they commit or vanish with the change they describe. */
export async function writeAudit(manager: EntityManager, actor: Actor, at: Date, events: AuditInput[]): Promise<void> {
  const prepared = events.map((input) => prepareAudit(actor, at, input));
  const buffer = buffers.get(manager);
  if (buffer) buffer.push(...prepared);
  else await appendAudit(manager, prepared);
}

/**
 * The audit chain as a participant of every change: events are buffered from the start, and appended as the change's
 * last statements (it must be the last participant: the chain's lock is then held only for its INSERT and the COMMIT).
 */
export const auditChain: TransactionParticipant = {
  name: 'audit chain',
  open: bufferAudit,
  beforeCommit: (tx) => flushAudit(tx),
};

/** Appends the transaction's buffered events to the chain; returns them with their sequence numbers. */
export async function flushAudit(manager: EntityManager): Promise<void> {
  const buffer = buffers.get(manager);
  buffers.delete(manager);
  if (buffer?.length) await appendAudit(manager, buffer);
}

interface ChainHead {
  seq: string;
  hash: string;
}

/** The pg client under a transaction's EntityManager, when there is one (TypeORM's QueryRunner#connect returns it). */
async function clientOf(manager: EntityManager): Promise<{ query: (text: string) => Promise<unknown>; escapeLiteral: (text: string) => string } | null> {
  const runner = manager.queryRunner;
  if (!runner || runner.isReleased || !runner.isTransactionActive) return null;
  const client = (await runner.connect()) as { query?: unknown; escapeLiteral?: unknown };
  return typeof client.query === 'function' && typeof client.escapeLiteral === 'function'
    ? (client as { query: (text: string) => Promise<unknown>; escapeLiteral: (text: string) => string })
    : null;
}

/** Events appended in one round trip at most (beyond, the recursive chain below costs more than the trip it saves). */
const ONE_TRIP_MAX = 250;

/**
 * Appends events to the chain in one round trip, for a change's usual handful: two statements in one simple query, run in
 * turn — the chain's lock, then one INSERT that reads the head (with a snapshot of its own, taken once the lock is held: a
 * read in the lock's own statement would see the chain as it was before the wait) and chains the events' hashes in
 * Postgres, `sha256(prev_hash || '\n' || '["' || seq || '",' || tail)` with the tails computed here — the same bytes
 * `chainHash(prev, auditContent(event))` hashes, so the verifier checks these rows as any other. Every writer waits on the
 * lock until the holder commits, so each round trip the holder makes while holding it, waiting for its turn on a busy
 * event loop, is paid by all of them: here the holder's only trip is the COMMIT. The values travel as literals (the simple
 * query protocol takes no parameters), each escaped by pg's escapeLiteral and cast to its column's type.
 */
async function appendInOneTrip(client: { query: (text: string) => Promise<unknown>; escapeLiteral: (text: string) => string }, events: readonly PreparedAuditEvent[]): Promise<void> {
  const literal = (value: string | null, type: string) => (value === null ? `NULL::${type}` : `${client.escapeLiteral(value)}::${type}`);
  const json = (value: Record<string, unknown> | null) => literal(value === null ? null : JSON.stringify(value), 'jsonb');
  const rows = events.map((event, index) =>
    [
      String(index + 1),
      literal(event.id, 'uuid'),
      literal(event.at.toISOString(), 'timestamptz'),
      literal(event.actorType, 'actor_type'),
      literal(event.actorId, 'uuid'),
      literal(event.action, 'text'),
      literal(event.targetPrincipalId, 'uuid'),
      literal(event.roleId, 'uuid'),
      literal(event.scopeId, 'uuid'),
      literal(event.requestId, 'uuid'),
      literal(event.assignmentId, 'uuid'),
      literal(event.justification, 'text'),
      literal(event.ticket, 'text'),
      json(event.before),
      json(event.after),
      literal(event.clientIp, 'text'),
      literal(event.userAgent, 'text'),
    ].join(', '),
  );
  const tails = events.map((event) => literal(auditContentTail(event), 'text'));
  const link = (prev: string, seq: string, tail: string) => `encode(sha256(convert_to(${prev} || chr(10) || '["' || ${seq} || '",' || ${tail}, 'UTF8')), 'hex')`;
  // The chain is walked one event at a time (each hash needs the one before): the recursive step carries only n, seq and
  // hash, and takes its tail from a constant array (no table rescanned per step); the events' columns join once, at the end.
  await client.query(
    `SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
     WITH RECURSIVE
       head (seq, hash) AS ((SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1) UNION ALL (SELECT 0, '${GENESIS_HASH}') ORDER BY seq DESC LIMIT 1),
       chain (n, seq, prev_hash, hash) AS (
         SELECT 1, h.seq + 1, h.hash, ${link('h.hash', '(h.seq + 1)', tails[0])} FROM head h
         UNION ALL
         SELECT c.n + 1, c.seq + 1, c.hash, ${link('c.hash', '(c.seq + 1)', `(ARRAY[${tails.slice(1).join(', ')}]::text[])[c.n]`)} FROM chain c WHERE c.n < ${events.length}
       ),
       e (n, id, at, actor_type, actor_id, action, target_principal_id, role_id, scope_id, request_id, assignment_id, justification, ticket, before, after, client_ip, user_agent)
         AS (VALUES (${rows.join('), (')}))
     INSERT INTO audit_event (${COLUMNS})
     SELECT c.seq, e.id, e.at, e.actor_type, e.actor_id, e.action, e.target_principal_id, e.role_id, e.scope_id, e.request_id, e.assignment_id,
            e.justification, e.ticket, e.before, e.after, e.client_ip, e.user_agent, c.prev_hash, c.hash
       FROM chain c JOIN e USING (n) ORDER BY c.n`,
  );
}

const COLUMNS =
  'seq, id, at, actor_type, actor_id, action, target_principal_id, role_id, scope_id, request_id, assignment_id, justification, ticket, before, after, client_ip, user_agent, prev_hash, hash';

/** Takes the chain's lock, reads its head and inserts the events after it (in a transaction and for a handful, in one round trip). */
export async function appendAudit(manager: EntityManager, events: readonly PreparedAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const client = events.length <= ONE_TRIP_MAX ? await clientOf(manager) : null;
  if (client) return appendInOneTrip(client, events);
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = (await manager.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as ChainHead[];
  let seq = last ? BigInt(last.seq) : 0n;
  let prevHash = last ? last.hash : GENESIS_HASH;
  const rows: unknown[][] = [];
  for (const prepared of events) {
    seq += 1n;
    const event = { ...prepared, seq: seq.toString() };
    const hash = chainHash(prevHash, auditContent(event));
    rows.push([
      event.seq,
      event.id,
      event.at,
      event.actorType,
      event.actorId,
      event.action,
      event.targetPrincipalId,
      event.roleId,
      event.scopeId,
      event.requestId,
      event.assignmentId,
      event.justification,
      event.ticket,
      event.before === null ? null : JSON.stringify(event.before),
      event.after === null ? null : JSON.stringify(event.after),
      event.clientIp,
      event.userAgent,
      prevHash,
      hash,
    ]);
    prevHash = hash;
  }
  // At most 1,000 rows per statement: Postgres takes 65,535 parameters.
  for (let from = 0; from < rows.length; from += 1000) {
    const chunk = rows.slice(from, from + 1000);
    const placeholders = chunk
      .map((_, row) => `(${Array.from({ length: 19 }, (_, col) => `$${row * 19 + col + 1}`).join(', ')})`)
      .join(', ');
    await manager.query(`INSERT INTO audit_event (${COLUMNS}) VALUES ${placeholders}`, chunk.flat());
  }
}
