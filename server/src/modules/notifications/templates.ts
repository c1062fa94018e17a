import { NotificationEvent } from '../../lib/vocabulary/notifications';

/** Why a recipient hears of an event: it is about them, they decide it, or they administer the scope. */
export type Audience = 'subject' | 'approver' | 'admin' | 'extra';

/** What every channel says about one event: facts, not formatting. */
export interface NotificationFacts {
  event: NotificationEvent;
  at: Date;
  principal: { id: string; displayName: string; email: string | null };
  role: { id: string; name: string; kind: string; privileged: boolean };
  scope: { id: string; name: string };
  requestId: string | null;
  assignmentId: string | null;
  /** The request's action (extend or renew for the EXTENSION_ events). */
  action: string | null;
  status: string | null;
  justification: string | null;
  ticket: string | null;
  /** Assignment type (ELIGIBLE or ACTIVE) for assignment events. */
  type: string | null;
  endAt: Date | null;
  /** EXPIRING_SOON: 14 or 1. */
  daysLeft: number | null;
  actor: { type: string; id: string | null };
}

export interface Rendered {
  title: string;
  /** Lines of detail, "Label: value". */
  details: [string, string][];
  /** A dashboard path and what following it does. */
  link: { path: string; label: string };
}

const isoMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The title, details and deep link of an event for one kind of recipient. */
export function render(facts: NotificationFacts, audience: Audience): Rendered {
  const { principal, role, scope } = facts;
  const own = audience === 'subject';
  const what = `${role.name} at ${scope.name}`;
  const whose = own ? 'Your' : `${principal.displayName}’s`;
  const verb = facts.action === 'SELF_RENEW' || facts.action === 'ADMIN_RENEW' ? 'renew' : 'extend';
  const admin = { path: '/assignments', label: 'Open Assignments' };
  const myRoles = { path: '/my-roles', label: 'Open My roles' };
  const approvals = { path: '/approvals', label: 'Review in Approvals' };
  const myRequests = { path: '/my-requests', label: 'Open My requests' };
  let title: string;
  let link: Rendered['link'];
  switch (facts.event) {
    case NotificationEvent.ELIGIBLE_ASSIGNED:
      title = own ? `You are eligible for ${what}` : `${principal.displayName} was made eligible for ${what}`;
      link = own ? { path: '/my-roles', label: 'Activate in My roles' } : admin;
      break;
    case NotificationEvent.ACTIVE_ASSIGNED:
      title = own ? `You were assigned ${what}` : `${principal.displayName} was assigned ${what}`;
      link = own ? myRoles : admin;
      break;
    case NotificationEvent.ACTIVATED:
      title = own ? `Your ${what} is active` : `${principal.displayName} activated ${what}`;
      link = own ? myRoles : { path: '/activity', label: 'Open Activity' };
      break;
    case NotificationEvent.PENDING_APPROVAL:
      title = own ? `Your request for ${what} awaits approval` : `Approval needed: ${principal.displayName} asks for ${what}`;
      link = own ? myRequests : approvals;
      break;
    case NotificationEvent.APPROVED:
      title = `${whose} request for ${what} was approved`;
      link = own ? myRoles : approvals;
      break;
    case NotificationEvent.DENIED:
      title = `${whose} request for ${what} was denied`;
      link = own ? myRequests : approvals;
      break;
    case NotificationEvent.REQUEST_EXPIRED:
      title = `${whose} request for ${what} expired without a decision`;
      link = own ? myRequests : approvals;
      break;
    case NotificationEvent.APPROVAL_REMINDER:
      title = `Reminder: ${principal.displayName}’s request for ${what} awaits your decision`;
      link = approvals;
      break;
    case NotificationEvent.EXPIRING_SOON: {
      const days = facts.daysLeft === 1 ? '1 day' : `${facts.daysLeft ?? 14} days`;
      title = `${whose} assignment of ${what} ends in ${days}`;
      link = own ? { path: '/my-roles', label: 'Extend in My roles' } : admin;
      break;
    }
    case NotificationEvent.EXPIRED:
      title = `${whose} ${facts.type === 'ELIGIBLE' ? 'eligibility for' : 'assignment of'} ${what} has ended`;
      link = own ? { path: '/my-roles', label: 'Renew in My roles' } : admin;
      break;
    case NotificationEvent.EXTENSION_REQUESTED:
      title = `${principal.displayName} asks to ${verb} ${what}`;
      link = approvals;
      break;
    case NotificationEvent.EXTENSION_DECIDED: {
      const outcome = facts.status === 'PROVISIONED' ? 'approved' : facts.status === 'DENIED' ? 'denied' : facts.status?.toLowerCase() ?? 'decided';
      title = `${whose} request to ${verb} ${what} was ${outcome}`;
      link = own ? myRoles : admin;
      break;
    }
    case NotificationEvent.PRINCIPAL_DISABLED:
    case NotificationEvent.BREAK_GLASS_SIGN_IN:
    case NotificationEvent.REVIEW_STARTED:
    case NotificationEvent.REVIEW_ENDING:
    case NotificationEvent.REVIEW_COMPLETED:
    case NotificationEvent.ALERT_RAISED:
      // Tenant notices, access reviews and alerts are not one role event: tenant-notices.ts, review-notices.ts and the alerts render them.
      throw new Error(`${facts.event} is a notice, not a role event`);
  }
  const details: [string, string][] = [
    ['Who', principal.email ? `${principal.displayName} <${principal.email}>` : principal.displayName],
    ['Role', `${role.name}${role.privileged ? ' (privileged)' : ''}`],
    ['Scope', scope.name],
  ];
  if (facts.type) details.push(['Type', facts.type]);
  if (facts.status) details.push(['Status', facts.status]);
  if (facts.justification) details.push(['Justification', facts.justification]);
  if (facts.ticket) details.push(['Ticket', facts.ticket]);
  if (facts.endAt) details.push(['Ends', isoMinute(facts.endAt)]);
  details.push(['When', isoMinute(facts.at)]);
  return { title, details, link };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A readable plain-text and HTML email of a rendered event, with its deep link into the dashboard. */
export function email(rendered: Rendered, webUrl: string): { subject: string; text: string; html: string } {
  const url = `${webUrl}${rendered.link.path}`;
  const text = [
    rendered.title,
    '',
    ...rendered.details.map(([label, value]) => `${label}: ${value}`),
    '',
    `${rendered.link.label}: ${url}`,
    '',
    '— Elevate (Privileged Identity Management)',
  ].join('\n');
  const rows = rendered.details
    .map(([label, value]) => `<tr><th align="left" style="padding:2px 12px 2px 0;color:#555">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:14px;color:#222">
<h2 style="font-size:18px">${escapeHtml(rendered.title)}</h2>
<table>${rows}</table>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:8px 14px;background:#2451b7;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(rendered.link.label)}</a></p>
<p style="color:#777;font-size:12px">Elevate (Privileged Identity Management) · <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>
</body></html>`;
  return { subject: `[Elevate] ${rendered.title}`, text, html };
}

/** The JSON body of a webhook delivery (documented in README.md). */
export function webhookBody(deliveryId: string, facts: NotificationFacts, webUrl: string): Record<string, unknown> {
  const link = render(facts, 'admin').link;
  return {
    id: deliveryId,
    type: facts.event,
    occurredAt: facts.at.toISOString(),
    data: {
      requestId: facts.requestId,
      assignmentId: facts.assignmentId,
      action: facts.action,
      status: facts.status,
      type: facts.type,
      principal: facts.principal,
      role: { id: facts.role.id, name: facts.role.name, kind: facts.role.kind, privileged: facts.role.privileged },
      scope: facts.scope,
      actor: facts.actor,
      justification: facts.justification,
      ticket: facts.ticket,
      endAt: facts.endAt?.toISOString() ?? null,
      daysLeft: facts.daysLeft,
      link: `${webUrl}${link.path}`,
    },
  };
}
