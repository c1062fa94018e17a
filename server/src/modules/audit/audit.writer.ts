import type { TransactionParticipant } from '../../kernel/kernel';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { logger } from '../../lib/logger';
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
/** One lock for the whole chain, held by the chainer's pass: events get consecutive sequence numbers in the order chained. */
export const AUDIT_CHAIN_LOCK = 7_274_001;

/** An audit event with everything but its place in the chain (seq, prev_hash, hash), which only the chainer can know. */
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

/** `auditContent` after its first element, the sequence number: `auditContent(event) === '["' + seq + '",' + auditContentTail(event)`. */
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
 * The audit events of one transaction (`Kernel#change`): collected while the change runs and written by `flushAudit` as
 * its last statement, in one INSERT however many parts of the change wrote some. They are written *pending*
 * (`audit_pending`): in the change's transaction, so they commit or vanish with it, but without the chain's lock, so that
 * writers do not wait for each other through their COMMITs. The chainer (audit.chainer.ts) numbers and hashes them
 * right after the commit, many changes' events in one pass.
 */
const buffers = new WeakMap<EntityManager, PreparedAuditEvent[]>();
/** Transactions that wrote events: after their commit, the chainer is asked to chain them. */
const wrote = new WeakSet<EntityManager>();

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
 * The audit chain as a participant of every change: events are buffered from the start and written pending as the
 * change's last statement; once it has committed, the chainer chains them before the change returns (so whoever made it
 * reads its events in the log), sharing one pass with whatever else committed meanwhile. A failed pass loses nothing:
 * the events stay pending for the chainer's next pass (its poll), and verifyAudit tells how long they have waited.
 */
export function auditChainParticipant(chainer: { chain(): Promise<void> }): TransactionParticipant {
  return {
    name: 'audit chain',
    open: bufferAudit,
    beforeCommit: (tx) => flushAudit(tx),
    afterCommit: async (tx) => {
      if (!wrote.has(tx)) return;
      wrote.delete(tx);
      await chainer.chain().catch((error: unknown) => logger.error('audit chaining failed; the events stay pending for the next pass', { error: String(error) }));
    },
  };
}

/** Writes the transaction's buffered events, pending. */
export async function flushAudit(manager: EntityManager): Promise<void> {
  const buffer = buffers.get(manager);
  buffers.delete(manager);
  if (buffer?.length) await appendAudit(manager, buffer);
}

/** The columns of a pending event, in `PreparedAuditEvent`'s order. */
export const PENDING_COLUMNS =
  'id, at, actor_type, actor_id, action, target_principal_id, role_id, scope_id, request_id, assignment_id, justification, ticket, before, after, client_ip, user_agent';
const PENDING_WIDTH = 16;

/**
 * Writes events pending in the caller's transaction (at most 1,000 rows a statement: Postgres takes 65,535
 * parameters). No lock is taken: the chainer gives them their place in the chain once the transaction has committed.
 */
export async function appendAudit(manager: EntityManager, events: readonly PreparedAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  for (let from = 0; from < events.length; from += 1000) {
    const chunk = events.slice(from, from + 1000);
    const values = chunk.flatMap((event) => [
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
    ]);
    const placeholders = chunk
      .map((_, row) => `(${Array.from({ length: PENDING_WIDTH }, (_, col) => `$${row * PENDING_WIDTH + col + 1}`).join(', ')})`)
      .join(', ');
    await manager.query(`INSERT INTO audit_pending (${PENDING_COLUMNS}) VALUES ${placeholders}`, values);
  }
  wrote.add(manager);
}
