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

/** The hashed content of an event: every column but the hash itself, in a fixed order (stored rows give `at` and jsonb as read). */
export function auditContent(
  event: Omit<PreparedAuditEvent, 'at' | 'before' | 'after'> & { seq: string | number; at: Date | string; before: unknown; after: unknown },
): string {
  return canonicalJson([
    String(event.seq),
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
  ]);
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

/** Takes the chain's lock, reads its head and inserts the events after it, in one statement. */
export async function appendAudit(manager: EntityManager, events: readonly PreparedAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = (await manager.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as {
    seq: string;
    hash: string;
  }[];
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
  const columns =
    'seq, id, at, actor_type, actor_id, action, target_principal_id, role_id, scope_id, request_id, assignment_id, justification, ticket, before, after, client_ip, user_agent, prev_hash, hash';
  // At most 1,000 rows per statement: Postgres takes 65,535 parameters.
  for (let from = 0; from < rows.length; from += 1000) {
    const chunk = rows.slice(from, from + 1000);
    const placeholders = chunk
      .map((_, row) => `(${Array.from({ length: 19 }, (_, col) => `$${row * 19 + col + 1}`).join(', ')})`)
      .join(', ');
    await manager.query(`INSERT INTO audit_event (${columns}) VALUES ${placeholders}`, chunk.flat());
  }
}
