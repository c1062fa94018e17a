import { In, type EntityManager } from 'typeorm';
import { type RoleKind } from '../../lib/vocabulary/scopes';
import { adminsOf } from '../approvals/approvers';
import { type PreparedAuditEvent } from '../audit/audit.writer';
import { RoleRequestEntity } from '../requests/role-request.entity';
import { RoleSettingsSchema, type RoleSettingsDocument } from '../settings/role-settings.schema';
import type { SettingsReader } from '../settings/role-settings.service';
import { type NotificationFacts } from './templates';

type NotificationRules = RoleSettingsDocument['notifications'];

export interface Row {
  request: RoleRequestEntity | null;
  principal: NotificationFacts['principal'];
  role: NotificationFacts['role'];
  scope: NotificationFacts['scope'] & { path: string[]; groupId: string | null };
  rules: NotificationRules;
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
    private readonly settings: SettingsReader,
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
    if (!found) this.rules.set(key, (found = this.settings.effective(this.tx, roleId, scopeId).then((s) => s.settings.notifications)));
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
