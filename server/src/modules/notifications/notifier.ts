import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { webUrl } from '../../config';
import { NotificationChannel, NotificationEvent, RequestAction, RequestStatus, type RoleKind } from '../../lib/enums';
import { adminsOf, approversOf } from '../approvals/approvers';
import type { PreparedAuditEvent } from '../audit/audit.writer';
import type { DomainEvent } from '../events/events';
import { RoleRequestEntity } from '../requests/role-request.entity';
import { RoleSettingsSchema, type RoleSettingsDocument } from '../settings/role-settings.schema';
import type { Services } from '../services';
import { email, render, webhookBody, type Audience, type NotificationFacts } from './templates';

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

interface Row {
  request: RoleRequestEntity | null;
  principal: NotificationFacts['principal'];
  role: NotificationFacts['role'];
  scope: NotificationFacts['scope'] & { path: string[]; groupId: string | null };
  rules: NotificationRules;
}

/**
 * The notification outbox. As a `beforeCommit` hook it reads the audit events of each change, maps them to DOMAIN.md's
 * notification events, resolves recipients by the role's notification rules, and writes in the same transaction the
 * in-app rows, one outbox row per email recipient and per subscribed webhook — so a notification exists if and only if its
 * change committed — then wakes the delivery worker (a job enqueued in that transaction too).
 */
export class Notifier {
  constructor(private readonly services: Services) {}

  readonly hook = async (tx: EntityManager, audit: readonly PreparedAuditEvent[], emit: Emit): Promise<void> => {
    const relevant = audit.filter(isRelevant);
    if (!relevant.length) return;
    const loader = new RowLoader(tx, this.services);
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
    const extension = request?.action === RequestAction.SELF_EXTEND || request?.action === RequestAction.SELF_RENEW;
    const decidedStage = typeof after.stage === 'number' ? after.stage : (request?.currentStage ?? 0);
    let kind: NotificationEvent | null = null;
    /** Whose approvers hear of it: the stage decided (outcomes) or the stage now open (pending). */
    let approversAt: { stage: number; status: RequestStatus } | null = null;
    let admins = false;
    switch (event.action) {
      case 'assignment.created':
        kind = after.type === 'ELIGIBLE' ? NotificationEvent.ELIGIBLE_ASSIGNED : NotificationEvent.ACTIVE_ASSIGNED;
        admins = true;
        break;
      case 'assignment.activated':
        kind = NotificationEvent.ACTIVATED;
        admins = true;
        break;
      case 'request.submitted':
        if (after.status === RequestStatus.PENDING_APPROVAL) {
          kind = NotificationEvent.PENDING_APPROVAL;
          approversAt = { stage: 0, status: RequestStatus.PENDING_APPROVAL };
        } else if (after.status === RequestStatus.PENDING_ADMIN_DECISION) {
          kind = NotificationEvent.EXTENSION_REQUESTED;
          approversAt = { stage: 0, status: RequestStatus.PENDING_ADMIN_DECISION };
        }
        break;
      case 'request.approved':
      case 'request.denied':
        if (!request) return null;
        if (extension) {
          kind = NotificationEvent.EXTENSION_DECIDED;
          admins = true;
        } else if (request.status === RequestStatus.PENDING_APPROVAL) {
          // An approval that moved the request to its next stage: that stage's approvers are asked now. One that did
          // not reach the quorum yet tells nobody.
          if (request.currentStage === decidedStage) return null;
          kind = NotificationEvent.PENDING_APPROVAL;
          approversAt = { stage: request.currentStage, status: RequestStatus.PENDING_APPROVAL };
        } else {
          kind = event.action === 'request.approved' ? NotificationEvent.APPROVED : NotificationEvent.DENIED;
          approversAt = { stage: decidedStage, status: RequestStatus.PENDING_APPROVAL };
        }
        break;
      case 'request.expired':
        kind = extension ? NotificationEvent.EXTENSION_DECIDED : NotificationEvent.REQUEST_EXPIRED;
        if (extension) admins = true;
        else approversAt = { stage: decidedStage, status: RequestStatus.PENDING_APPROVAL };
        break;
      case 'assignment.expired':
        kind = NotificationEvent.EXPIRED;
        // An activation running out is routine: its holder hears of it; assignments ending concern their admins too.
        admins = after.origin !== 'ACTIVATED';
        break;
    }
    if (!kind) return null;
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
    const now = this.services.now();
    const base = webUrl(this.services.config);
    const webhooks = (await tx.query(`SELECT id, events FROM webhook WHERE enabled`)) as { id: string; events: string[] }[];
    const inApp: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
    const outbox: unknown[][] = [[], [], [], [], [], [], [], []];
    const addOutbox = (key: string, channel: NotificationChannel, event: string, recipient: string | null, webhookId: string | null, payload: object, id = randomUUID()) => {
      [id, key, channel, event, recipient, webhookId, JSON.stringify(payload), now].forEach((value, i) => outbox[i].push(value));
    };

    for (const item of items) {
      const { facts, rules } = item;
      const audiences = new Map<string, Audience>();
      if (item.toSubject && rules.notifyRequester) audiences.set(facts.principal.id, 'subject');
      if (rules.notifyApprovers) for (const id of item.approvers) if (id !== item.actorId && !audiences.has(id)) audiences.set(id, 'approver');
      if (rules.notifyAdmins) for (const id of item.admins) if (id !== item.actorId && !audiences.has(id)) audiences.set(id, 'admin');
      const mail = !rules.criticalOnly || CRITICAL.has(facts.event) || (GRANTS.has(facts.event) && facts.role.privileged);
      const people = await this.users(tx, [...audiences.keys()]);
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
      if (rows.length) await this.services.scheduler.deliverAt(tx, now);
    }
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

const RELEVANT = new Set(['assignment.created', 'assignment.activated', 'assignment.expired', 'request.approved', 'request.denied', 'request.expired']);
const PENDING: unknown[] = [RequestStatus.PENDING_APPROVAL, RequestStatus.PENDING_ADMIN_DECISION];

/** Decided from the audit event alone, so changes that notify nobody (most) cost no read at all. */
function isRelevant(event: PreparedAuditEvent): boolean {
  if (event.action === 'request.submitted') return PENDING.includes(event.after?.status);
  return RELEVANT.has(event.action);
}

/** Reads (in the change's transaction) what notifications name, once per change. */
export class RowLoader {
  private readonly requests = new Map<string, Promise<RoleRequestEntity | null>>();
  private readonly principals = new Map<string, Promise<NotificationFacts['principal'] | null>>();
  private readonly roles = new Map<string, Promise<Row['role'] | null>>();
  private readonly scopes = new Map<string, Promise<Row['scope'] | null>>();
  private readonly rules = new Map<string, Promise<NotificationRules>>();
  private readonly adminSets = new Map<string, Promise<Set<string>>>();

  constructor(
    private readonly tx: EntityManager,
    private readonly services: Services,
  ) {}

  /**
   * Reads the requests, people, roles and scopes of many events in one statement each (a sweep recording a thousand
   * expiries must not read them one by one inside its transaction).
   */
  async prefetch(events: readonly PreparedAuditEvent[]): Promise<void> {
    const ids = (pick: (event: PreparedAuditEvent) => string | null) => [...new Set(events.map(pick).filter((id): id is string => id !== null))];
    const fill = <T extends { id: string }>(map: Map<string, Promise<T | null>>, wanted: string[], rows: T[]) => {
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of wanted) map.set(id, Promise.resolve(byId.get(id) ?? null));
    };
    const requestIds = ids((event) => event.requestId);
    if (requestIds.length) fill(this.requests, requestIds, await this.tx.getRepository(RoleRequestEntity).findBy({ id: In(requestIds) }));
    const principalIds = ids((event) => event.targetPrincipalId);
    if (principalIds.length) {
      const rows = (await this.tx.query(`SELECT id, display_name, email FROM principal WHERE id = ANY($1::uuid[])`, [principalIds])) as { id: string; display_name: string; email: string | null }[];
      fill(this.principals, principalIds, rows.map((row) => ({ id: row.id, displayName: row.display_name, email: row.email })));
    }
    const roleIds = ids((event) => event.roleId);
    if (roleIds.length) fill(this.roles, roleIds, (await this.tx.query(`SELECT id, name, kind, privileged FROM role_definition WHERE id = ANY($1::uuid[])`, [roleIds])) as Row['role'][]);
    const scopeIds = ids((event) => event.scopeId);
    if (scopeIds.length) {
      const rows = (await this.tx.query(`SELECT id, name, path, group_id FROM scope WHERE id = ANY($1::uuid[])`, [scopeIds])) as { id: string; name: string; path: string[]; group_id: string | null }[];
      fill(this.scopes, scopeIds, rows.map((row) => ({ id: row.id, name: row.name, path: row.path, groupId: row.group_id })));
    }
  }

  async load(principalId: string, roleId: string, scopeId: string, requestId: string | null): Promise<Row | null> {
    const request = requestId ? await cached(this.requests, requestId, () => this.tx.getRepository(RoleRequestEntity).findOneBy({ id: requestId })) : null;
    // One connection: read one after the other.
    const principal = await this.principal(principalId);
    const role = await this.role(roleId);
    const scope = await this.scope(scopeId);
    if (!principal || !role || !scope) return null;
    // The rules a request was decided under travel with it; otherwise (expiry, reminders) those in force now.
    const rules = request?.settingsSnapshot
      ? RoleSettingsSchema.shape.notifications.parse(request.settingsSnapshot.notifications)
      : await this.currentRules(roleId, scopeId);
    return { request, principal, role, scope, rules };
  }

  admins(kind: RoleKind, scope: { id: string; path: string[]; groupId: string | null }, at: Date): Promise<Set<string>> {
    const key = `${kind}:${scope.id}`;
    let found = this.adminSets.get(key);
    if (!found) this.adminSets.set(key, (found = adminsOf(this.tx, kind, scope, at)));
    return found;
  }

  private currentRules(roleId: string, scopeId: string): Promise<NotificationRules> {
    const key = `${roleId}:${scopeId}`;
    let found = this.rules.get(key);
    if (!found) this.rules.set(key, (found = this.services.settings.effective(this.tx, roleId, scopeId).then((s) => s.settings.notifications)));
    return found;
  }

  private principal(id: string) {
    return cached(this.principals, id, async () => {
      const [row] = (await this.tx.query(`SELECT id, display_name, email FROM principal WHERE id = $1`, [id])) as { id: string; display_name: string; email: string | null }[];
      return row ? { id: row.id, displayName: row.display_name, email: row.email } : null;
    });
  }

  private role(id: string) {
    return cached(this.roles, id, async () => {
      const [row] = (await this.tx.query(`SELECT id, name, kind, privileged FROM role_definition WHERE id = $1`, [id])) as Row['role'][];
      return row ?? null;
    });
  }

  private scope(id: string) {
    return cached(this.scopes, id, async () => {
      const [row] = (await this.tx.query(`SELECT id, name, path, group_id FROM scope WHERE id = $1`, [id])) as { id: string; name: string; path: string[]; group_id: string | null }[];
      return row ? { id: row.id, name: row.name, path: row.path, groupId: row.group_id } : null;
    });
  }
}

function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let found = map.get(key);
  if (!found) map.set(key, (found = load()));
  return found;
}
