import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { webUrl } from '../../config';
import { NotificationChannel, NotificationEvent } from '../../lib/vocabulary/notifications';
import { type RoleKind } from '../../lib/vocabulary/scopes';
import { approversOf } from '../approvals/approvers';
import { bufferedAudit, type PreparedAuditEvent } from '../audit/audit.writer';
import type { DomainEvent } from '../../kernel/events';
import { type RoleSettingsDocument } from '../settings/role-settings.schema';
import type { Kernel, TransactionParticipant } from '../../kernel/kernel';
import type { SettingsReader } from '../settings/role-settings.service';
import { mayNotify, notificationOf } from './audit-mapping';
import { RowLoader } from './notification-rows';
import { mayBeNotice, tenantNoticeOf, type TenantNotice } from './tenant-notices';
import { email, render, webhookBody, type Audience, type NotificationFacts, type Rendered } from './templates';

type NotificationRules = RoleSettingsDocument['notifications'];
type Emit = (...events: DomainEvent[]) => void;

/**
 * Events that call for an action, or tell of privileged access granted: what still goes out by email when a role's
 * notification rules say "critical only". (In-app and webhooks are not limited by it: the inbox is quiet by nature and
 * webhooks choose their own events.)
 */
const CRITICAL = new Set([
  NotificationEvent.PENDING_APPROVAL,
  NotificationEvent.APPROVAL_REMINDER,
  NotificationEvent.EXTENSION_REQUESTED,
  NotificationEvent.EXPIRING_SOON,
]);
const GRANTS = new Set([NotificationEvent.ELIGIBLE_ASSIGNED, NotificationEvent.ACTIVE_ASSIGNED, NotificationEvent.ACTIVATED]);

/** One event to tell, with who is concerned. */
export interface NotificationItem {
  /** Unique per event: the base of every row's idempotency key. */
  key: string;
  facts: NotificationFacts;
  rules: NotificationRules;
  /** Approvers of the stage concerned, admins of the scope (each filtered by the rules). */
  approvers: Set<string>;
  admins: Set<string>;
  /** The subject (requester / assignee / holder) hears of it too. */
  toSubject: boolean;
  /** The principal who caused it: not told about what they did themselves as an approver or admin. */
  actorId: string | null;
}

/**
 * The notification outbox. As a `beforeCommit` hook it reads the audit events of each change, maps them to DOMAIN.md's
 * notification events, resolves recipients by the role's notification rules, and writes in the same transaction the
 * in-app rows, one outbox row per email recipient and per subscribed webhook — so a notification exists if and only if its
 * change committed — then wakes the delivery worker (a job enqueued in that transaction too).
 */
export class Notifier {
  constructor(
    private readonly kernel: Kernel,
    private readonly settings: SettingsReader,
  ) {}

  /** The outbox as a participant of every change: it reads the audit events the change wrote, before it commits. */
  readonly participant: TransactionParticipant = {
    name: 'notification outbox',
    beforeCommit: (tx, emit) => this.hook(tx, bufferedAudit(tx), emit),
  };

  readonly hook = async (tx: EntityManager, audit: readonly PreparedAuditEvent[], emit: Emit): Promise<void> => {
    for (const event of audit.filter(mayBeNotice)) {
      const notice = await tenantNoticeOf(tx, event);
      if (notice) await this.notice(tx, notice, emit);
    }
    const relevant = audit.filter(mayNotify);
    if (!relevant.length) return;
    const loader = new RowLoader(tx, this.settings);
    await loader.prefetch(relevant);
    const items: NotificationItem[] = [];
    for (const event of relevant) {
      const item = await this.fromAudit(tx, loader, event);
      if (item) items.push(item);
    }
    await this.write(tx, items, emit);
  };

  private async fromAudit(tx: EntityManager, loader: RowLoader, event: PreparedAuditEvent): Promise<NotificationItem | null> {
    if (!event.targetPrincipalId || !event.roleId || !event.scopeId) return null;
    const row = await loader.load(event.targetPrincipalId, event.roleId, event.scopeId, event.requestId);
    if (!row) return null;
    const { request } = row;
    const after = event.after ?? {};
    const mapped = notificationOf(event, request);
    if (!mapped) return null;
    const { kind, approversAt, admins } = mapped;
    const scopeRef = { id: row.scope.id, path: row.scope.path, groupId: row.scope.groupId };
    const approvers =
      approversAt && request
        ? await approversOf(tx, { request, roleKind: row.role.kind as RoleKind, scope: scopeRef }, event.at, approversAt.stage, approversAt.status)
        : new Set<string>();
    return {
      key: `audit:${event.id}:${kind}`,
      facts: {
        event: kind,
        at: event.at,
        principal: row.principal,
        role: row.role,
        scope: { id: row.scope.id, name: row.scope.name },
        requestId: event.requestId,
        assignmentId: event.assignmentId,
        action: request?.action ?? null,
        status: request?.status ?? null,
        justification: event.justification,
        ticket: event.ticket,
        type: typeof after.type === 'string' ? after.type : (request?.type ?? null),
        endAt: typeof after.endAt === 'string' ? new Date(after.endAt) : (request?.endAt ?? null),
        daysLeft: null,
        actor: { type: event.actorType, id: event.actorId },
      },
      rules: row.rules,
      approvers,
      admins: admins ? await loader.admins(row.role.kind as RoleKind, scopeRef, event.at) : new Set(),
      toSubject: true,
      actorId: event.actorId,
    };
  }

  /**
   * Writes the rows of `items` in `tx`: in-app rows (announced after commit), email rows, webhook rows. Idempotent by key:
   * writing an item twice writes its rows once.
   */
  async write(tx: EntityManager, items: NotificationItem[], emit: Emit): Promise<void> {
    if (!items.length) return;
    const now = this.kernel.now();
    const base = webUrl(this.kernel.config);
    const webhooks = (await tx.query(`SELECT id, events FROM webhook WHERE enabled`)) as { id: string; events: string[] }[];
    const inApp: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
    const outbox: unknown[][] = [[], [], [], [], [], [], [], []];
    const addOutbox = (key: string, channel: NotificationChannel, event: string, recipient: string | null, webhookId: string | null, payload: object, id = randomUUID()) => {
      [id, key, channel, event, recipient, webhookId, JSON.stringify(payload), now].forEach((value, i) => outbox[i].push(value));
    };

    const audiencesOf = items.map((item) => {
      const { facts, rules } = item;
      const audiences = new Map<string, Audience>();
      if (item.toSubject && rules.notifyRequester) audiences.set(facts.principal.id, 'subject');
      if (rules.notifyApprovers) for (const id of item.approvers) if (id !== item.actorId && !audiences.has(id)) audiences.set(id, 'approver');
      if (rules.notifyAdmins) for (const id of item.admins) if (id !== item.actorId && !audiences.has(id)) audiences.set(id, 'admin');
      return audiences;
    });
    // Everyone concerned by any item in one read (a batch of 100 grants is 100 subjects, not 100 statements).
    const everyone = new Map((await this.users(tx, [...new Set(audiencesOf.flatMap((audiences) => [...audiences.keys()]))])).map((person) => [person.id, person]));

    for (const [index, item] of items.entries()) {
      const { facts, rules } = item;
      const audiences = audiencesOf[index];
      const mail = !rules.criticalOnly || CRITICAL.has(facts.event) || (GRANTS.has(facts.event) && facts.role.privileged);
      // In id order, as `users` reads them (uuids sort as their text).
      const people = [...audiences.keys()].flatMap((id) => everyone.get(id) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const mailed = new Set<string>();
      for (const person of people) {
        const audience = audiences.get(person.id) as Audience;
        const rendered = render(facts, audience);
        const id = randomUUID();
        [id, `${item.key}:inapp:${person.id}`, person.id, facts.event, rendered.title, rendered.details.map(([l, v]) => `${l}: ${v}`).join('\n'), rendered.link.path, facts.requestId, facts.assignmentId, now].forEach(
          (value, i) => inApp[i].push(value),
        );
        if (mail && person.email && !mailed.has(person.email.toLowerCase())) {
          mailed.add(person.email.toLowerCase());
          addOutbox(`${item.key}:email:${person.email.toLowerCase()}`, NotificationChannel.EMAIL, facts.event, person.email, null, email(rendered, base));
        }
      }
      if (mail) {
        for (const address of rules.additionalRecipients) {
          if (mailed.has(address.toLowerCase())) continue;
          mailed.add(address.toLowerCase());
          addOutbox(`${item.key}:email:${address.toLowerCase()}`, NotificationChannel.EMAIL, facts.event, address, null, email(render(facts, 'extra'), base));
        }
      }
      for (const webhook of webhooks) {
        if (!webhook.events.includes(facts.event)) continue;
        const id = randomUUID();
        addOutbox(`${item.key}:webhook:${webhook.id}`, NotificationChannel.WEBHOOK, facts.event, null, webhook.id, webhookBody(id, facts, base), id);
      }
    }

    if (inApp[0].length) {
      const rows = (await tx.query(
        `INSERT INTO in_app_notification (id, idempotency_key, principal_id, event_type, title, body, link, request_id, assignment_id, created_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::uuid[], $10::timestamptz[])
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, principal_id`,
        inApp,
      )) as { id: string; principal_id: string }[];
      emit(...rows.map((row): DomainEvent => ({ topic: 'notification', notificationId: row.id, principalId: row.principal_id, at: now.toISOString() })));
    }
    if (outbox[0].length) {
      const rows = (await tx.query(
        `INSERT INTO notification_outbox (id, idempotency_key, channel, event_type, recipient, webhook_id, payload, created_at, next_attempt_at)
         SELECT i, k, c, e, r, w, p, t, t FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::jsonb[], $8::timestamptz[]) AS x(i, k, c, e, r, w, p, t)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        outbox,
      )) as unknown[];
      // The worker runs right after this commits (and never if it does not).
      if (rows.length) await this.kernel.jobs.deliverAt(tx, now);
    }
  }

  /**
   * One email to one address in `tx` (sent if and only if the change commits), outside the role events: an invitation.
   * `secret`: the mail carries a one-time link, which is never logged in production.
   */
  async mail(tx: EntityManager, key: string, event: string, address: string, rendered: Rendered, secret: boolean): Promise<void> {
    const now = this.kernel.now();
    const payload = { ...email(rendered, webUrl(this.kernel.config)), secret };
    const rows = (await tx.query(
      `INSERT INTO notification_outbox (id, idempotency_key, channel, event_type, recipient, webhook_id, payload, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $7) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [randomUUID(), key, NotificationChannel.EMAIL, event, address, JSON.stringify(payload), now],
    )) as unknown[];
    if (rows.length) await this.kernel.jobs.deliverAt(tx, now);
  }

  /**
   * A tenant notice in `tx`: an in-app row and an email for each recipient who is an enabled user, and a row for each
   * webhook subscribed to its event. Idempotent by key, as `write`. Also what access reviews tell their reviewers.
   */
  async notice(tx: EntityManager, notice: TenantNotice, emit: Emit): Promise<void> {
    const now = this.kernel.now();
    const base = webUrl(this.kernel.config);
    const { rendered } = notice;
    const people = await this.users(tx, notice.recipientIds);
    const body = rendered.details.map(([label, value]) => `${label}: ${value}`).join('\n');
    const inApp = people.map((person) => [randomUUID(), `${notice.key}:inapp:${person.id}`, person.id, notice.event, rendered.title, body, rendered.link.path, now]);
    if (inApp.length) {
      const rows = (await tx.query(
        `INSERT INTO in_app_notification (id, idempotency_key, principal_id, event_type, title, body, link, created_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, principal_id`,
        inApp[0].map((_, column) => inApp.map((row) => row[column])),
      )) as { id: string; principal_id: string }[];
      emit(...rows.map((row): DomainEvent => ({ topic: 'notification', notificationId: row.id, principalId: row.principal_id, at: now.toISOString() })));
    }
    const mails = [...new Set(people.map((person) => person.email?.toLowerCase()).filter((address): address is string => Boolean(address)))];
    const webhooks = (await tx.query(`SELECT id FROM webhook WHERE enabled AND $1 = ANY(events)`, [notice.event])) as { id: string }[];
    const outbox: unknown[][] = [
      ...mails.map((address) => [randomUUID(), `${notice.key}:email:${address}`, NotificationChannel.EMAIL, address, null, email(rendered, base)]),
      ...webhooks.map((webhook) => {
        const id = randomUUID();
        const payload = { id, type: notice.event, occurredAt: notice.at.toISOString(), data: { ...notice.data, title: rendered.title, link: `${base}${rendered.link.path}` } };
        return [id, `${notice.key}:webhook:${webhook.id}`, NotificationChannel.WEBHOOK, null, webhook.id, payload];
      }),
    ];
    if (!outbox.length) return;
    const rows = (await tx.query(
      `INSERT INTO notification_outbox (id, idempotency_key, channel, event_type, recipient, webhook_id, payload, created_at, next_attempt_at)
       SELECT i, k, c, $7, r, w, p, $8, $8 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[]) AS x(i, k, c, r, w, p)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [...[0, 1, 2, 3, 4].map((column) => outbox.map((row) => row[column])), outbox.map((row) => JSON.stringify(row[5])), notice.event, now],
    )) as unknown[];
    if (rows.length) await this.kernel.jobs.deliverAt(tx, now);
  }

  /** The enabled users among `ids`, with their addresses (groups and service principals have no inbox). */
  private async users(tx: EntityManager, ids: string[]): Promise<{ id: string; email: string | null }[]> {
    if (!ids.length) return [];
    return (await tx.query(`SELECT id, email FROM principal WHERE id = ANY($1::uuid[]) AND type = 'USER' AND enabled ORDER BY id`, [ids])) as {
      id: string;
      email: string | null;
    }[];
  }
}
