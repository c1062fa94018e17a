import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Emit, Kernel } from '../../kernel/kernel';
import { badInput, conflict, DomainError, forbidden, notFound, requireId } from '../../lib/errors';
import { cursorPart, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../lib/pagination';
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
import { ALERT_BY_TYPE, ALERTS, type AlertDefinition, remediable, settingsOf, type Threshold } from './alert-catalogue';
import type { AlertRaisedListener, AlertScanner, ScanOutcome } from './alert-scanner';
import { AlertEntity, AlertIncidentEntity } from './alert.entities';

/**
 * Which incidents a caller may read, as SQL: all of them (the directory's readers), or those of resource alerts at the
 * scopes where they manage RESOURCE assignments (`Capabilities.canManage(RESOURCE, scope)`: the scope's path holds one
 * of `resourceScopeIds`).
 */
export type IncidentReach = { all: true } | { all: false; resourceScopeIds: string[] };

/** An alert as one caller sees it: how many incidents they may read (counted in SQL), and how to page through them. */
export interface AlertView {
  entity: AlertEntity;
  definition: AlertDefinition;
  incidentCount: number;
  reach: IncidentReach;
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

interface AlertAccess {
  capabilities: Capabilities;
  reach: IncidentReach;
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

  /** Refuses who may read no alert (a subscription refuses at subscribe time, not silently later). */
  async requireReader(caller: Caller): Promise<void> {
    await this.access(caller);
  }

  async list(caller: Caller): Promise<AlertView[]> {
    const access = await this.access(caller);
    return this.views(access, await this.kernel.db.getRepository(AlertEntity).find());
  }

  async get(caller: Caller, alertIdInput: string): Promise<AlertView> {
    const access = await this.access(caller).catch((error: unknown) => {
      // Who may read no alert learns nothing of one: as an id that does not exist.
      if (error instanceof DomainError && error.code === 'FORBIDDEN') throw notFound('Alert', alertIdInput);
      throw error;
    });
    const entity = await this.find(alertIdInput);
    const [view] = await this.views(access, [entity]);
    if (!view) throw notFound('Alert', alertIdInput);
    return view;
  }

  /**
   * The incidents of an alert the viewer may read, oldest first, a page at a time: filtered, counted and paged in SQL
   * (an index in raised order per alert), so an alert with hundreds of thousands of incidents costs one page.
   */
  async incidents(view: AlertView, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<AlertIncidentEntity>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, [cursorPart.timestamp, cursorPart.uuid] as const);
    const query = this.reachable(view.reach).andWhere('i.alert_type = :type', { type: view.entity.type });
    if (cursor) query.andWhere('(i.raised_at, i.id) > (:afterAt, :afterId)', { afterAt: cursor[0], afterId: cursor[1] });
    const rows = await query.orderBy('i.raised_at', 'ASC').addOrderBy('i.id', 'ASC').limit(limit + 1).getMany();
    return toConnection(rows, limit, view.incidentCount, (incident) => [incident.raisedAt.toISOString(), incident.id]);
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
      if (enabled) await this.scanner.rewrite(tx, { ...entity, enabled, settings: values }, null, emit);
      else await tx.query('DELETE FROM alert_incident WHERE alert_type = $1', [entity.type]);
      await this.scanner.settle(tx, [definition.type], emit);
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
      await this.scanner.settlingLock(tx, [entity.type as AlertType]);
      const [row] = (await tx.query('SELECT dismissed_at, (SELECT count(*)::int FROM alert_incident WHERE alert_type = alert.type) AS n FROM alert WHERE id = $1', [entity.id])) as {
        dismissed_at: Date | null;
        n: number;
      }[];
      if (row.dismissed_at) throw conflict('This alert is dismissed already.');
      if (!row.n) throw conflict('This alert has nothing to dismiss: it found nothing.');
      const now = this.kernel.now();
      await tx.query('UPDATE alert SET dismissed_at = $2, dismissed_by_id = $3, shown = false, updated_at = $2 WHERE id = $1', [entity.id, now, viewer.principalId]);
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
      // Shown again, as they were before the dismissal (not raised anew: the scan below settles what changed since).
      await this.scanner.settlingLock(tx, ALERTS.map((definition) => definition.type));
      const undismissed = (await tx.query(
        `UPDATE alert a SET dismissed_at = NULL, dismissed_by_id = NULL, updated_at = $1,
                shown = a.enabled AND EXISTS (SELECT 1 FROM alert_incident i WHERE i.alert_type = a.type)
          WHERE a.dismissed_at IS NOT NULL RETURNING a.type`,
        [now],
      )) as { type: string }[];
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
    const access = await this.access(caller).catch(() => null);
    if (!access || !(await this.readsIncident(caller, access, definition, incident))) throw notFound('Alert incident', incidentIdInput);
    if (!(await this.mayRemediate(caller, definition, incident))) throw forbidden('Only Global and Privileged Role Administrators (for resource alerts, the managers of that resource) may remediate this alert.');
    const justification = justificationInput?.trim() || `Remediation of the alert "${definition.title}"`;
    if (justification.length > 500) throw badInput('The justification is longer than 500 characters.', 'justification');
    if (!remediable(definition, incident)) throw badInput(`This incident has no automatic remediation. ${definition.mitigation}`, 'incidentId');
    if (definition.remedy === 'REMOVE_ASSIGNMENT') {
      await this.remedies.removeAssignment(caller, incident.assignmentId as string, justification);
    } else {
      const [setting] = (await this.kernel.db.query('SELECT role_id, scope_id FROM role_setting WHERE id::text = $1', [incident.key])) as { role_id: string; scope_id: string | null }[];
      if (!setting) throw conflict('These settings changed since the scan: refresh the alerts.');
      await this.remedies.requireMfa(caller, setting.role_id, setting.scope_id);
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
  async raised(tx: EntityManager, definition: AlertDefinition, alert: AlertEntity, total: number, emit: Emit): Promise<void> {
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
            ['Findings', String(total)],
            ...(first ? ([['For example', first.detail]] as [string, string][]) : []),
            ['What to do', definition.mitigation],
          ],
          link: { path: '/alerts', label: 'Review the alert' },
        },
        data: { alert: { id: alert.id, type: definition.type, severity: definition.severity }, incidents: total },
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
    const open = (await this.views(access, await this.kernel.db.getRepository(AlertEntity).find())).filter((view) => view.active);
    return SEVERITIES.map((severity) => {
      const views = open.filter((view) => view.definition.severity === severity);
      return { severity, alerts: views.length, incidents: views.reduce((sum, view) => sum + view.incidentCount, 0) };
    });
  }

  // ---- Authorization -------------------------------------------------------------------------------------------------

  private async access(caller: Caller): Promise<AlertAccess> {
    caller.requireViewer();
    const capabilities = await caller.capabilities();
    if (!capabilities.readsAlerts) throw forbidden('Security alerts are for Global, Privileged Role and Security Administrators, Security and Global Readers, and the Owners of resources.');
    const reach: IncidentReach = capabilities.readsDirectory
      ? { all: true }
      : {
          all: false,
          resourceScopeIds: capabilities
            .manageableScopes()
            .filter((entry) => entry.roleKinds.includes(RoleKind.RESOURCE))
            .map((entry) => entry.scopeId),
        };
    return { capabilities, reach };
  }

  /** Whether the caller reads this alert at all: every one for the directory's readers, the resource alerts for the others. */
  private reads(access: AlertAccess, definition: AlertDefinition): boolean {
    return access.reach.all || definition.resource;
  }

  /** The incidents within reach, as a query to narrow further: the SQL form of `readsIncident`. */
  private reachable(reach: IncidentReach): SelectQueryBuilder<AlertIncidentEntity> {
    const query = this.kernel.db.getRepository(AlertIncidentEntity).createQueryBuilder('i');
    if (reach.all) return query;
    return query
      .where('i.alert_type IN (:...resourceAlerts)', { resourceAlerts: ALERTS.filter((definition) => definition.resource).map((definition) => definition.type) })
      .andWhere('i.scope_id IN (SELECT s.id FROM scope s WHERE s.path && CAST(:reachScopes AS uuid[]))', { reachScopes: reach.resourceScopeIds });
  }

  private async readsIncident(caller: Caller, access: AlertAccess, definition: AlertDefinition, incident: AlertIncidentEntity): Promise<boolean> {
    if (access.reach.all) return true;
    if (!definition.resource || !incident.scopeId) return false;
    const scope = await this.scopeRef(caller, incident.scopeId);
    return scope !== null && access.capabilities.canManage(RoleKind.RESOURCE, scope);
  }

  private async requireManager(caller: Caller, entity: AlertEntity, alertIdInput: string): Promise<void> {
    const access = await this.access(caller).catch(() => null);
    const definition = ALERT_BY_TYPE.get(entity.type as AlertType) as AlertDefinition;
    if (!access || !this.reads(access, definition)) throw notFound('Alert', alertIdInput);
    if (!access.capabilities.managesAlerts) throw forbidden('Only Global and Privileged Role Administrators may change, dismiss or refresh alerts.');
  }

  /** The alerts the caller reads, in the catalogue's order, each with its incidents counted in one grouped query. */
  private async views(access: AlertAccess, entities: AlertEntity[]): Promise<AlertView[]> {
    const byType = new Map(entities.map((entity) => [entity.type, entity]));
    const readable = ALERTS.filter((definition) => byType.has(definition.type) && this.reads(access, definition));
    if (!readable.length) return [];
    const counts = (await this.reachable(access.reach)
      .andWhere('i.alert_type IN (:...types)', { types: readable.map((definition) => definition.type) })
      .select('i.alert_type', 'type')
      .addSelect('count(*)::int', 'n')
      .groupBy('i.alert_type')
      .getRawMany()) as { type: string; n: number }[];
    const countOf = new Map(counts.map((row) => [row.type, row.n]));
    return readable.map((definition) => {
      const entity = byType.get(definition.type) as AlertEntity;
      const values = settingsOf(definition, entity.settings);
      const incidentCount = countOf.get(definition.type) ?? 0;
      return {
        entity,
        definition,
        incidentCount,
        reach: access.reach,
        thresholds: definition.thresholds.map((t) => ({ ...t, value: values[t.name] })),
        active: entity.enabled && !entity.dismissedAt && incidentCount > 0,
        viewerCanManage: access.capabilities.managesAlerts,
      };
    });
  }

  /**
   * Whether the caller has the authority to remediate this incident (whether the alert has a remedy is the
   * definition's): alert managers, and for a resource alert the managers of its scope.
   */
  async mayRemediate(caller: Caller, definition: AlertDefinition, incident: Pick<AlertIncidentEntity, 'scopeId'>): Promise<boolean> {
    const capabilities = await caller.capabilities();
    if (capabilities.managesAlerts) return true;
    if (!definition.resource || !incident.scopeId) return false;
    const scope = await this.scopeRef(caller, incident.scopeId);
    return scope !== null && capabilities.canManage(RoleKind.RESOURCE, scope);
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
