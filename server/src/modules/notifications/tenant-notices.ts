import type { EntityManager } from 'typeorm';
import { NotificationEvent } from '../../lib/vocabulary/notifications';
import type { PreparedAuditEvent } from '../audit/audit.writer';
import { GLOBAL_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import { findActiveHolders } from '../access/access.repository';
import type { Rendered } from './templates';

/** A notice to the tenant's Global Administrators, from one audit event. */
export interface TenantNotice {
  key: string;
  event: NotificationEvent;
  at: Date;
  recipientIds: string[];
  rendered: Rendered;
  /** For webhooks: the principal concerned and who acted. */
  data: Record<string, unknown>;
}

/** Whether an audit event is a tenant notice, from the event alone (most changes are not, and read nothing). */
export function mayBeNotice(event: Pick<PreparedAuditEvent, 'action' | 'after'>): boolean {
  return event.action === 'directory.principal_disabled' || (event.action === 'auth.sign_in' && event.after?.breakGlass === true);
}

const isoMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The tenant's notices (DOMAIN.md, "Tenant and identity"; the README's break-glass advice), told to every Global
 * Administrator in force:
 * - a sign-in of a break-glass account (`isBreakGlassAccount`; the sign-in's audit event says so, AuthService.openSession)
 *   — whoever signs in with it, the others hear of it at once (the account itself too: it learns of a sign-in it did not
 *   make);
 * - a principal disabled (the one who disabled it is not told of their own act).
 * From the audit event the change wrote, in its transaction: every path that signs in or disables is covered.
 */
export async function tenantNoticeOf(tx: EntityManager, event: PreparedAuditEvent): Promise<TenantNotice | null> {
  if (!event.targetPrincipalId) return null;
  const [principal] = (await tx.query(`SELECT id, display_name, email, type FROM principal WHERE id = $1`, [event.targetPrincipalId])) as {
    id: string;
    display_name: string;
    email: string | null;
    type: string;
  }[];
  if (!principal) return null;
  const who = principal.email ? `${principal.display_name} <${principal.email}>` : principal.display_name;
  const admins = () => findActiveHolders(tx, [GLOBAL_ADMINISTRATOR_ID], TENANT_ROOT_SCOPE_ID, event.at);
  const base = { at: event.at, data: { principal: { id: principal.id, displayName: principal.display_name, email: principal.email, type: principal.type } } };
  if (event.action === 'auth.sign_in') {
    const details: [string, string][] = [
      ['Account', who],
      ['When', isoMinute(event.at)],
    ];
    if (event.clientIp) details.push(['From', event.clientIp]);
    if (event.userAgent) details.push(['Browser', event.userAgent.slice(0, 200)]);
    return {
      ...base,
      key: `audit:${event.id}:${NotificationEvent.BREAK_GLASS_SIGN_IN}`,
      event: NotificationEvent.BREAK_GLASS_SIGN_IN,
      recipientIds: [...(await admins())],
      rendered: {
        title: `Break-glass account signed in: ${principal.display_name}`,
        details,
        link: { path: `/people/${principal.id}`, label: 'Open the account' },
      },
      data: { ...base.data, clientIp: event.clientIp },
    };
  }
  const reason = typeof event.after?.reason === 'string' ? event.after.reason : null;
  const details: [string, string][] = [
    ['Who', who],
    ['When', isoMinute(event.at)],
  ];
  if (reason) details.push(['Reason', reason]);
  return {
    ...base,
    key: `audit:${event.id}:${NotificationEvent.PRINCIPAL_DISABLED}`,
    event: NotificationEvent.PRINCIPAL_DISABLED,
    recipientIds: [...(await admins())].filter((id) => id !== event.actorId),
    rendered: { title: `${principal.display_name} was disabled`, details, link: { path: `/people/${principal.id}`, label: 'Open their page' } },
    data: { ...base.data, reason, actor: { type: event.actorType, id: event.actorId } },
  };
}
