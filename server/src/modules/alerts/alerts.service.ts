import type { EntityManager } from 'typeorm';
import type { Emit, Kernel } from '../../kernel/kernel';
import { badInput, conflict, DomainError, forbidden, notFound, requireId } from '../../lib/errors';
import { AlertSeverity, AlertType } from '../../lib/vocabulary/alerts';
import { NotificationEvent } from '../../lib/vocabulary/notifications';
import { RoleKind } from '../../lib/vocabulary/scopes';
import { callerOf, type Caller } from '../access/caller';
import type { Capabilities, ScopeRef } from '../access/capabilities';
import { findActiveHolders } from '../access/access.repository';
import { sessionGuard, type SessionCheck } from '../auth/session-guard';
import type { RequestMeta, Viewer } from '../auth/viewer';
import { actorOf } from '../auth/viewer';
import { writeAudit } from '../audit/audit.writer';
import type { Notifier } from '../notifications/notifier';
import { GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, SECURITY_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import { ALERT_BY_TYPE, ALERTS, type AlertDefinition, settingsOf, type Threshold } from './alert-catalogue';
import type { AlertRaisedListener, AlertScanner, ScanOutcome } from './alert-scanner';
import { AlertEntity, AlertIncidentEntity } from './alert.entities';

/** An alert as one caller sees it: the incidents they may read, and the counts of those. */
export interface AlertView {
  entity: AlertEntity;
  definition: AlertDefinition;
  incidents: AlertIncidentEntity[];
  thresholds: (Threshold & { value: number })[];
  active: boolean;
  /** Whether the viewer may change its settings and dismiss it (Global and Privileged Role Administrators). */
  viewerCanManage: boolean;
}

export interface AlertSettingsChange {
  enabled?: boolean | null;
  thresholds?: { name: string; value: number }[] | null;
}

/** What remediation needs of the rest of the product: the normal paths, with the caller's own authorization. */
export interface Remedies {
  removeAssignment(caller: Caller, assignmentId: string, justification: string): Promise<unknown>;
  requireMfa(caller: Caller, roleId: string, scopeId: string | null): Promise<unknown>;
}

/** How many alerts of a severity are open, and the incidents they found. */
export interface SeverityCount {
  severity: AlertSeverity;
  alerts: number;
  incidents: number;
}

const SEVERITIES = [AlertSeverity.HIGH, AlertSeverity.MEDIUM, AlertSeverity.LOW] as const;

const FULL_SCAN_EVERY_MS = 60 * 60 * 1000;

/**
 * Security alerts (DOMAIN.md, "Alerts"; API.md, "Security alerts"): read by the directory's readers (Global, Privileged
 * Role and Security Administrators, Security and Global Readers); resource alerts also by those who manage resources at
 * the incident's scope (Owners, User Access Administrators), who see only those incidents. Changed (settings, dismiss,
 * refresh) by Global and Privileged Role Administrators; an incident remediated by them, or for a resource alert by a
 * manager of its scope — always through the normal paths (an ADMIN_REMOVE, a settings update), so their rules hold.
 */
export class AlertService implements AlertRaisedListener {
  constructor(
    private readonly kernel: Kernel,
    private readonly scanner: AlertScanner,
    private readonly notifier: Pick<Notifier, 'notice'>,
    private readonly sessions: SessionCheck,
    private readonly remedies: Remedies,
  ) {
    scanner.listen(this);
  }

  async list(caller: Caller): Promise<AlertView[]> {
    const access = await this.access(caller);
    const alerts = await this.kernel.db.getRepository(AlertEntity).find();
    const byType = new Map(alerts.map((alert) => [alert.type, alert]));
    const incidents = await this.kernel.db.getRepository(AlertIncidentEntity).find({ order: { raisedAt: 'ASC', id: 'ASC' } });
    const views: AlertView[] = [];
    for (const definition of ALERTS) {
      const entity = byType.get(definition.type);
      if (!entity || !(await this.reads(caller, access, definition))) continue;
      views.push(await this.view(caller, access, entity, incidents.filter((incident) => incident.alertType === definition.type)));
    }
    return views;
  }

  async get(caller: Caller, alertIdInput: string): Promise<AlertView> {
    const access = await this.access(caller);
    const entity = await this.find(alertIdInput);
    const definition = ALERT_BY_TYPE.get(entity.type as AlertType) as AlertDefinition;
    if (!(await this.reads(caller, access, definition))) throw notFound('Alert', alertIdInput);
    const incidents = await this.kernel.db.getRepository(AlertIncidentEntity).find({ where: { alertType: entity.type }, order: { raisedAt: 'ASC', id: 'ASC' } });
    return this.view(caller, access, entity, incidents);
  }

  async updateSettings(caller: Caller, alertIdInput: string, change: AlertSettingsChange): Promise<AlertView> {
    const entity = await this.find(alertIdInput);
    await this.requireManager(caller, entity, alertIdInput);
    const definition = ALERT_BY_TYPE.get(entity.type as AlertType) as AlertDefinition;
    const values = { ...settingsOf(definition, entity.settings) };
    const seen = new Set<string>();
    for (const [index, given] of (change.thresholds ?? []).entries()) {
      const field = `thresholds[${index}]`;
      const threshold = definition.thresholds.find((t) => t.name === given.name);
      if (!threshold) {
        const names = definition.thresholds.map((t) => t.name);
        throw badInput(`"${given.name}" is not a threshold of this alert${names.length ? `: it has ${names.join(', ')}` : ': it has none'}.`, `${field}.name`);
      }
      if (seen.has(given.name)) throw badInput(`"${given.name}" is given twice.`, `${field}.name`);
      seen.add(given.name);
      if (!Number.isInteger(given.value) || given.value < threshold.min || given.value > threshold.max) {
        throw badInput(`${threshold.label} must be a whole number from ${threshold.min} to ${threshold.max}.`, `${field}.value`);
      }
      values[given.name] = given.value;
    }
    const enabled = change.enabled ?? entity.enabled;
    const viewer = caller.requireViewer();
    await this.kernel.change(async (tx, emit) => {
      await this.scanner.lock(tx, definition.type);
      const now = this.kernel.now();
      await tx.query('UPDATE alert SET enabled = $2, settings = $3, updated_at = $4 WHERE id = $1', [entity.id, enabled, JSON.stringify(values), now]);
      await writeAudit(tx, actorOf(viewer, caller.meta), now, [
        {
          action: 'alert.settings_updated',
          before: { alert: entity.type, enabled: entity.enabled, thresholds: settingsOf(definition, entity.settings) },
          after: { alert: entity.type, enabled, thresholds: values },
        },
      ]);
      if (enabled) await this.scanner.scanOne(tx, { ...entity, enabled, settings: values }, null, emit);
      else await tx.query('DELETE FROM alert_incident WHERE alert_type = $1', [entity.type]);
      emit({ topic: 'alert', alertType: entity.type, at: now.toISOString() });
    });
    return this.get(caller, entity.id);
  }

  async dismiss(caller: Caller, alertIdInput: string): Promise<AlertView> {
    const entity = await this.find(alertIdInput);
    await this.requireManager(caller, entity, alertIdInput);
    const viewer = caller.requireViewer();
    await this.kernel.change(async (tx, emit) => {
      await this.scanner.lock(tx, entity.type as AlertType);
      const [row] = (await tx.query('SELECT dismissed_at, (SELECT count(*)::int FROM alert_incident WHERE alert_type = alert.type) AS n FROM alert WHERE id = $1', [entity.id])) as {
        dismissed_at: Date | null;
        n: number;
      }[];
      if (row.dismissed_at) throw conflict('This alert is dismissed already.');
      if (!row.n) throw conflict('This alert has nothing to dismiss: it found nothing.');
      const now = this.kernel.now();
      await tx.query('UPDATE alert SET dismissed_at = $2, dismissed_by_id = $3, updated_at = $2 WHERE id = $1', [entity.id, now, viewer.principalId]);
      await writeAudit(tx, actorOf(viewer, caller.meta), now, [{ action: 'alert.dismissed', after: { alert: entity.type, incidents: row.n } }]);
      emit({ topic: 'alert', alertType: entity.type, at: now.toISOString() });
    });
    return this.get(caller, entity.id);
  }

  /** A full scan now; a dismissed alert whose findings still hold is shown again. */
  async refresh(caller: Caller): Promise<AlertView[]> {
    const capabilities = await caller.capabilities();
    if (!capabilities.managesAlerts) throw forbidden('Only Global and Privileged Role Administrators may refresh alerts.');
    const viewer = caller.requireViewer();
    await this.kernel.change(async (tx, emit) => {
      const now = this.kernel.now();
      const undismissed = (await tx.query('UPDATE alert SET dismissed_at = NULL, dismissed_by_id = NULL, updated_at = $1 WHERE dismissed_at IS NOT NULL RETURNING type', [now])) as { type: string }[];
      await writeAudit(tx, actorOf(viewer, caller.meta), now, [{ action: 'alert.refreshed', after: { undismissed: undismissed.map((row) => row.type) } }]);
      for (const { type } of undismissed) emit({ topic: 'alert', alertType: type, at: now.toISOString() });
    });
    await this.scanner.scanAll();
    return this.list(caller);
  }

  async remediate(caller: Caller, incidentIdInput: string, justificationInput: string | null | undefined): Promise<AlertView> {
    const id = requireId(incidentIdInput, 'Alert incident');
    const incident = await this.kernel.db.getRepository(AlertIncidentEntity).findOneBy({ id });
    if (!incident) throw notFound('Alert incident', incidentIdInput);
    const definition = ALERT_BY_TYPE.get(incident.alertType as AlertType) as AlertDefinition;
    const access = await this.access(caller);
    if (!(await this.readsIncident(caller, access, definition, incident))) throw notFound('Alert incident', incidentIdInput);
    const capabilities = access.capabilities;
    const scope = incident.scopeId ? await this.scopeRef(caller, incident.scopeId) : null;
    const mayRemediate = capabilities.managesAlerts || (definition.resource && scope !== null && capabilities.canManage(RoleKind.RESOURCE, scope));
    if (!mayRemediate) throw forbidden('Only Global and Privileged Role Administrators (for resource alerts, the managers of that resource) may remediate this alert.');
    const justification = justificationInput?.trim() || `Remediation of the alert "${definition.title}"`;
    if (justification.length > 500) throw badInput('The justification is longer than 500 characters.', 'justification');
    if (definition.remedy === 'REMOVE_ASSIGNMENT' && incident.assignmentId) {
      await this.remedies.removeAssignment(caller, incident.assignmentId, justification);
    } else if (definition.remedy === 'REQUIRE_MFA' && incident.roleId) {
      const [setting] = (await this.kernel.db.query('SELECT role_id, scope_id FROM role_setting WHERE id::text = $1', [incident.key])) as { role_id: string; scope_id: string | null }[];
      if (!setting) throw conflict('These settings changed since the scan: refresh the alerts.');
      await this.remedies.requireMfa(caller, setting.role_id, setting.scope_id);
    } else {
      throw badInput(`This alert has no automatic remediation. ${definition.mitigation}`, 'incidentId');
    }
    return this.get(caller, (await this.kernel.db.getRepository(AlertEntity).findOneByOrFail({ type: incident.alertType })).id);
  }

  /** The full scan on the sweeper's schedule: alerts not scanned in full for an hour. */
  async scanIfDue(): Promise<ScanOutcome[]> {
    const due = (await this.kernel.db.query(`SELECT type FROM alert WHERE enabled AND (last_scanned_at IS NULL OR last_scanned_at <= $1)`, [
      new Date(this.kernel.now().getTime() - FULL_SCAN_EVERY_MS),
    ])) as { type: AlertType }[];
    return due.length ? this.scanner.scanAll(due.map((row) => row.type)) : [];
  }

  async *live(viewer: Viewer, meta: RequestMeta, signal?: AbortSignal): AsyncGenerator<AlertView> {
    const stillSignedIn = sessionGuard(this.sessions, viewer);
    for await (const event of this.kernel.pubsub.subscribe('alert', signal)) {
      if (!(await stillSignedIn())) return;
      const caller = callerOf(this.kernel, viewer, meta);
      const [entity] = await this.kernel.db.getRepository(AlertEntity).findBy({ type: event.alertType });
      if (!entity) continue;
      const view = await this.get(caller, entity.id).catch((error: unknown) => {
        if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return null;
        throw error;
      });
      if (view) yield view;
    }
  }

  /** An alert with nothing to show found something: the inbox, email and webhooks of those who administer alerts. */
  async raised(tx: EntityManager, definition: AlertDefinition, alert: AlertEntity, outcome: ScanOutcome, emit: Emit): Promise<void> {
    const now = this.kernel.now();
    const recipients = await findActiveHolders(tx, [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID, SECURITY_ADMINISTRATOR_ID], TENANT_ROOT_SCOPE_ID, now);
    const [first] = (await tx.query('SELECT detail FROM alert_incident WHERE alert_type = $1 ORDER BY raised_at, id LIMIT 1', [definition.type])) as { detail: string }[];
    await this.notifier.notice(
      tx,
      {
        key: `alert:${definition.type}:raised:${now.toISOString()}:${alert.id}`,
        event: NotificationEvent.ALERT_RAISED,
        at: now,
        recipientIds: [...recipients],
        rendered: {
          title: `Security alert: ${definition.title}`,
          details: [
            ['Severity', definition.severity],
            ['Findings', String(outcome.total)],
            ...(first ? ([['For example', first.detail]] as [string, string][]) : []),
            ['What to do', definition.mitigation],
          ],
          link: { path: '/alerts', label: 'Review the alert' },
        },
        data: { alert: { id: alert.id, type: definition.type, severity: definition.severity }, incidents: outcome.total },
      },
      emit,
    );
  }

  /**
   * The open alerts (on, not dismissed, finding something the caller may read: `AlertView.active`) and their incidents,
   * by severity, HIGH first; null for who may not read alerts. Readers of every alert have it counted in SQL; the
   * Owners of resources from what `list` shows them.
   */
  async openBySeverity(caller: Caller): Promise<SeverityCount[] | null> {
    const access = await this.access(caller).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'FORBIDDEN') return null;
      throw error;
    });
    if (!access) return null;
    const open = new Map<string, number>();
    if (access.readsAll) {
      const rows = (await this.kernel.db.query(
        `SELECT a.type, count(*)::int AS n FROM alert a JOIN alert_incident i ON i.alert_type = a.type
          WHERE a.enabled AND a.dismissed_at IS NULL GROUP BY a.type`,
      )) as { type: string; n: number }[];
      for (const row of rows) open.set(row.type, row.n);
    } else {
      for (const view of await this.list(caller)) if (view.active) open.set(view.entity.type, view.incidents.length);
    }
    return SEVERITIES.map((severity) => {
      const types = ALERTS.filter((definition) => definition.severity === severity && open.has(definition.type));
      return { severity, alerts: types.length, incidents: types.reduce((sum, definition) => sum + (open.get(definition.type) ?? 0), 0) };
    });
  }

  // ---- Authorization -------------------------------------------------------------------------------------------------

  private async access(caller: Caller): Promise<{ capabilities: Capabilities; readsAll: boolean; resourceOnly: boolean }> {
    caller.requireViewer();
    const capabilities = await caller.capabilities();
    const readsAll = capabilities.readsDirectory;
    const resourceOnly = !readsAll && capabilities.readsAlerts;
    if (!capabilities.readsAlerts) throw forbidden('Security alerts are for Global, Privileged Role and Security Administrators, Security and Global Readers, and the Owners of resources.');
    return { capabilities, readsAll, resourceOnly };
  }

  private async reads(_caller: Caller, access: { readsAll: boolean }, definition: AlertDefinition): Promise<boolean> {
    return access.readsAll || definition.resource;
  }

  private async readsIncident(caller: Caller, access: { capabilities: Capabilities; readsAll: boolean }, definition: AlertDefinition, incident: AlertIncidentEntity): Promise<boolean> {
    if (access.readsAll) return true;
    if (!definition.resource || !incident.scopeId) return false;
    const scope = await this.scopeRef(caller, incident.scopeId);
    return scope !== null && access.capabilities.canManage(RoleKind.RESOURCE, scope);
  }

  private async requireManager(caller: Caller, entity: AlertEntity, alertIdInput: string): Promise<void> {
    const access = await this.access(caller).catch(() => null);
    const definition = ALERT_BY_TYPE.get(entity.type as AlertType) as AlertDefinition;
    if (!access || !(await this.reads(caller, access, definition))) throw notFound('Alert', alertIdInput);
    if (!access.capabilities.managesAlerts) throw forbidden('Only Global and Privileged Role Administrators may change, dismiss or refresh alerts.');
  }

  private async view(caller: Caller, access: { capabilities: Capabilities; readsAll: boolean }, entity: AlertEntity, all: AlertIncidentEntity[]): Promise<AlertView> {
    const definition = ALERT_BY_TYPE.get(entity.type as AlertType) as AlertDefinition;
    const incidents: AlertIncidentEntity[] = [];
    for (const incident of all) if (await this.readsIncident(caller, access, definition, incident)) incidents.push(incident);
    const values = settingsOf(definition, entity.settings);
    return {
      entity,
      definition,
      incidents,
      thresholds: definition.thresholds.map((t) => ({ ...t, value: values[t.name] })),
      active: entity.enabled && !entity.dismissedAt && incidents.length > 0,
      viewerCanManage: access.capabilities.managesAlerts,
    };
  }

  private async find(alertIdInput: string): Promise<AlertEntity> {
    const id = requireId(alertIdInput, 'Alert');
    const entity = await this.kernel.db.getRepository(AlertEntity).findOneBy({ id });
    if (!entity) throw notFound('Alert', alertIdInput);
    return entity;
  }

  private async scopeRef(caller: Caller, scopeId: string): Promise<ScopeRef | null> {
    const scope = await caller.loaders.scope.load(scopeId);
    return scope ? { id: scope.id, path: scope.path, groupId: scope.groupId } : null;
  }
}
