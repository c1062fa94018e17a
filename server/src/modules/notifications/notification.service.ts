import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { cursorPart, decodeCursor, lazily, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
import { NotificationEvent } from '../../lib/vocabulary/notifications';
import { badInput, notFound, requireId } from '../../lib/errors';
import { OutboundRefused, type OutboundGuard } from '../../lib/outbound';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertManagesTenant } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import type { Viewer, RequestMeta } from '../auth/viewer';
import { sessionGuard, type SessionCheck } from '../auth/session-guard';
import type { Kernel } from '../../kernel/kernel';
import type { NotificationDelivery } from './delivery';
import { InAppNotificationEntity, WebhookEntity } from './notification.entities';
import type { Notifier } from './notifier';
import type { Reminders } from './reminders';

export interface WebhookInput {
  url?: string | null;
  events?: NotificationEvent[] | null;
  description?: string | null;
  enabled?: boolean | null;
}

export interface WebhookDeliveryRow {
  id: string;
  webhookId: string;
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
}

const EVENTS = new Set<string>(Object.values(NotificationEvent));
const MAX_WEBHOOKS = 50;

/** A webhook URL's form: http or https, no credentials in it (they would show in listings), bounded. */
export function webhookUrl(input: string): URL {
  const text = input.trim();
  if (text.length > 2000) throw badInput('The URL is too long (2000 characters at most).', 'url');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('Give an absolute http or https URL.', 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('Only http and https URLs can receive webhooks.', 'url');
  if (url.username || url.password) throw badInput('Leave credentials out of the URL: deliveries are signed with the webhook secret.', 'url');
  return url;
}

/**
 * A webhook as the audit log records it — the one place its URL enters an audit event. Audit is read by every audit
 * reader (Security Reader, Global Reader, …) and kept for ever, while a URL's query often carries a receiver's token:
 * the audit keeps the origin and path, and only says that a query was there.
 */
function webhookAudit(webhook: Pick<WebhookEntity, 'id' | 'url' | 'events' | 'description' | 'enabled'>): Record<string, unknown> {
  const url = new URL(webhook.url);
  const audited = `${url.origin}${url.pathname}${url.search ? '?[redacted]' : ''}`;
  return { webhookId: webhook.id, url: audited, events: webhook.events, description: webhook.description, enabled: webhook.enabled };
}

function webhookEvents(events: readonly string[]): string[] {
  if (!events.length) throw badInput('Choose at least one event.', 'events');
  const unknown = events.find((event) => !EVENTS.has(event));
  if (unknown) throw badInput(`Unknown event "${unknown.slice(0, 60)}".`, 'events');
  return [...new Set(events)].sort();
}

/** Notifications: the outbox writer (hook), delivery, reminders, the in-app inbox and the webhook registry. */
export class NotificationService {
  readonly notifier: Notifier;
  readonly delivery: NotificationDelivery;
  readonly reminders: Reminders;

  constructor(
    private readonly kernel: Kernel,
    private readonly outbound: OutboundGuard,
    private readonly sessions: SessionCheck,
    parts: { notifier: Notifier; delivery: NotificationDelivery; reminders: Reminders },
  ) {
    this.notifier = parts.notifier;
    this.delivery = parts.delivery;
    this.reminders = parts.reminders;
  }

  // ---- In-app inbox: always the caller's own.

  async list(caller: Caller, first: number | null | undefined, after: string | null | undefined, unreadOnly: boolean): Promise<ConnectionShape<InAppNotificationEntity>> {
    const viewer = caller.requireViewer();
    const limit = pageSize(first);
    const cursor = decodeCursor(after, [cursorPart.timestamp, cursorPart.uuid]);
    const qb = this.kernel.db
      .getRepository(InAppNotificationEntity)
      .createQueryBuilder('n')
      .where('n.principal_id = :me', { me: viewer.principalId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit + 1);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (cursor) {
      const [at, id] = cursor;
      qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.getMany();
    const total = lazily(() => {
      const count = this.kernel.db.getRepository(InAppNotificationEntity).createQueryBuilder('n').where('n.principal_id = :me', { me: viewer.principalId });
      if (unreadOnly) count.andWhere('n.read_at IS NULL');
      return count.getCount();
    });
    return toConnection(rows, limit, total, (row) => [row.createdAt.toISOString(), row.id]);
  }

  async unreadCount(caller: Caller): Promise<number> {
    const viewer = caller.requireViewer();
    return this.kernel.db.getRepository(InAppNotificationEntity).createQueryBuilder('n').where('n.principal_id = :me AND n.read_at IS NULL', { me: viewer.principalId }).getCount();
  }

  /** Marks the caller's own notifications read; ids of others' (or unknown ones) are NOT_FOUND and nothing changes. */
  async markRead(caller: Caller, idsInput: string[]): Promise<InAppNotificationEntity[]> {
    const viewer = caller.requireViewer();
    if (idsInput.length > 100) throw badInput('Mark at most 100 notifications at once.', 'ids');
    const ids = [...new Set(idsInput.map((id) => requireId(id, 'notification')))];
    if (!ids.length) return [];
    const now = this.kernel.now();
    return this.kernel.db.transaction(async (tx) => {
      const rows = await tx.getRepository(InAppNotificationEntity).createQueryBuilder('n').where('n.id IN (:...ids) AND n.principal_id = :me', { ids, me: viewer.principalId }).getMany();
      const missing = ids.find((id) => !rows.some((row) => row.id === id));
      if (missing) throw notFound('notification', missing);
      await tx.query(`UPDATE in_app_notification SET read_at = $3 WHERE id = ANY($1::uuid[]) AND principal_id = $2 AND read_at IS NULL`, [ids, viewer.principalId, now]);
      return rows.map((row) => Object.assign(row, { readAt: row.readAt ?? now }));
    });
  }

  async markAllRead(caller: Caller): Promise<number> {
    const viewer = caller.requireViewer();
    const [, count] = (await this.kernel.db.query(`UPDATE in_app_notification SET read_at = $2 WHERE principal_id = $1 AND read_at IS NULL`, [
      viewer.principalId,
      this.kernel.now(),
    ])) as [unknown, number];
    return count;
  }

  /** The caller's new notifications, as they are written (the bell's feed). */
  async *live(viewer: Viewer, _meta: RequestMeta, signal?: AbortSignal): AsyncGenerator<InAppNotificationEntity> {
    const stillSignedIn = sessionGuard(this.sessions, viewer);
    for await (const event of this.kernel.pubsub.subscribe('notification', signal)) {
      if (event.principalId !== viewer.principalId) continue;
      if (!(await stillSignedIn())) return;
      const row = await this.kernel.db.getRepository(InAppNotificationEntity).findOneBy({ id: event.notificationId, principalId: viewer.principalId });
      if (row) yield row;
    }
  }

  // ---- Webhooks: Global and Privileged Role Administrators.

  /**
   * A URL fit to register: its form, then the outbound guard's early answer on where it leads (its literal address, or
   * what its host resolves to now). Every delivery is checked again, on the address it connects to.
   */
  private async reachableUrl(input: string): Promise<string> {
    const url = webhookUrl(input);
    try {
      await this.outbound.checkUrl(url, this.kernel.config.WEBHOOK_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof OutboundRefused)) throw error;
      const allow = error.privateNetwork ? ' (a server with OUTBOUND_ALLOW_PRIVATE=true may reach private networks)' : '';
      throw badInput(`Webhooks reach public addresses only: ${error.message}${allow}.`, 'url');
    }
    return url.toString();
  }

  private async requireWebhookAdmin(caller: Caller): Promise<void> {
    assertManagesTenant(await caller.capabilities(), 'manage webhooks');
  }

  async webhooks(caller: Caller): Promise<WebhookEntity[]> {
    await this.requireWebhookAdmin(caller);
    return this.kernel.db.getRepository(WebhookEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async webhook(caller: Caller, idInput: string): Promise<WebhookEntity> {
    await this.requireWebhookAdmin(caller);
    return this.findWebhook(this.kernel.db.manager, idInput);
  }

  private async findWebhook(db: EntityManager, idInput: string): Promise<WebhookEntity> {
    const id = requireId(idInput, 'webhook');
    const found = await db.getRepository(WebhookEntity).findOneBy({ id });
    if (!found) throw notFound('webhook', id);
    return found;
  }

  /** Registers an endpoint; the answer carries its signing secret, the only time it is ever shown. */
  async createWebhook(caller: Caller, input: WebhookInput): Promise<{ webhook: WebhookEntity; secret: string }> {
    await this.requireWebhookAdmin(caller);
    const url = await this.reachableUrl(input.url ?? '');
    const events = webhookEvents(input.events ?? []);
    const description = optionalText(input.description, 'description', 500);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const now = this.kernel.now();
    const webhook = await this.kernel.change(async (tx) => {
      const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM webhook`)) as { n: number }[];
      if (n >= MAX_WEBHOOKS) throw badInput(`At most ${MAX_WEBHOOKS} webhooks can be registered.`, 'url');
      const entity = Object.assign(new WebhookEntity(), { url, events, description, secret, enabled: true, createdById: caller.viewer?.principalId ?? null, createdAt: now, updatedAt: now });
      await tx.getRepository(WebhookEntity).insert(entity);
      // The audit names the endpoint, never its secret (nor its URL's query).
      await writeAudit(tx, caller.actor, now, [{ action: 'webhook.created', after: webhookAudit(entity) }]);
      delete (entity as WebhookEntity).secret;
      return entity;
    });
    return { webhook, secret };
  }

  async updateWebhook(caller: Caller, idInput: string, input: WebhookInput): Promise<WebhookEntity> {
    await this.requireWebhookAdmin(caller);
    const changes: Partial<WebhookEntity> = {};
    if (input.url !== null && input.url !== undefined) changes.url = await this.reachableUrl(input.url);
    if (input.events !== null && input.events !== undefined) changes.events = webhookEvents(input.events);
    if (input.description !== undefined) changes.description = optionalText(input.description, 'description', 500);
    if (input.enabled !== null && input.enabled !== undefined) changes.enabled = input.enabled;
    const now = this.kernel.now();
    return this.kernel.change(async (tx) => {
      const before = await this.findWebhook(tx, idInput);
      if (!Object.keys(changes).length) return before;
      await tx.getRepository(WebhookEntity).update(before.id, { ...changes, updatedAt: now });
      const after = { ...before, ...changes, updatedAt: now };
      await writeAudit(tx, caller.actor, now, [{ action: 'webhook.updated', before: webhookAudit(before), after: webhookAudit(after) }]);
      return Object.assign(new WebhookEntity(), after);
    });
  }

  async deleteWebhook(caller: Caller, idInput: string): Promise<string> {
    await this.requireWebhookAdmin(caller);
    const now = this.kernel.now();
    return this.kernel.change(async (tx) => {
      const found = await this.findWebhook(tx, idInput);
      await tx.getRepository(WebhookEntity).delete(found.id);
      await writeAudit(tx, caller.actor, now, [{ action: 'webhook.deleted', before: webhookAudit(found) }]);
      return found.id;
    });
  }

  async deliveries(caller: Caller, webhookIdInput: string, first: number | null | undefined): Promise<WebhookDeliveryRow[]> {
    await this.requireWebhookAdmin(caller);
    const webhook = await this.findWebhook(this.kernel.db.manager, webhookIdInput);
    return this.deliveriesOf([webhook.id], pageSize(first));
  }

  /** The latest `limit` deliveries of each webhook, newest first. */
  async deliveriesOf(webhookIds: readonly string[], limit: number): Promise<WebhookDeliveryRow[]> {
    const rows = (await this.kernel.db.query(
      `SELECT d.* FROM unnest($1::uuid[]) AS w(id)
         CROSS JOIN LATERAL (SELECT id, webhook_id, event_type, status, attempts, last_status_code, last_error, created_at, sent_at, next_attempt_at
                               FROM notification_outbox WHERE webhook_id = w.id ORDER BY created_at DESC, id DESC LIMIT $2) d`,
      [webhookIds, limit],
    )) as {
      id: string;
      webhook_id: string;
      event_type: string;
      status: string;
      attempts: number;
      last_status_code: number | null;
      last_error: string | null;
      created_at: Date;
      sent_at: Date | null;
      next_attempt_at: Date;
    }[];
    return rows.map((row) => ({
      id: row.id,
      webhookId: row.webhook_id,
      event: row.event_type,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.last_status_code,
      lastError: row.last_error,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      nextAttemptAt: row.status === 'PENDING' ? row.next_attempt_at : null,
    }));
  }
}
