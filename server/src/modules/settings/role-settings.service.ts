import type { EntityManager } from 'typeorm';
import { RoleKind, roleKindForScope } from '../../lib/vocabulary/scopes';
import { badInput, notFound, requireId } from '../../lib/errors';
import type { Caller } from '../access/caller';
import { assertMayChangeSettings } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { ScopeEntity } from '../scopes/scope.entity';
import type { Kernel } from '../../kernel/kernel';
import type { RoleSettingRow } from './role-setting-row';
import { RoleSettingsSchema, defaultRoleSettings, type RoleSettingsDocument } from './role-settings.schema';

export interface EffectiveSettings {
  roleId: string;
  /** The scope of the override in force, or null when the role-wide settings (or the defaults) apply. */
  scopeId: string | null;
  /** True when nothing was ever saved: the defaults of DOMAIN.md apply. */
  isDefault: boolean;
  settings: RoleSettingsDocument;
  updatedAt: Date | null;
  updatedById: string | null;
}

/** The settings a saved row says, or the defaults of DOMAIN.md when nothing was saved. */
function settingsOf(roleId: string, row: RoleSettingRow | undefined): EffectiveSettings {
  if (!row) return { roleId, scopeId: null, isDefault: true, settings: defaultRoleSettings(), updatedAt: null, updatedById: null };
  return {
    roleId,
    scopeId: row.scope_id,
    isDefault: false,
    settings: RoleSettingsSchema.parse(row.settings),
    updatedAt: row.updated_at,
    updatedById: row.updated_by_id,
  };
}

/** What services that apply the settings need of them. */
export type SettingsReader = Pick<RoleSettingsService, 'effective'>;

/** Role settings: per role, optionally overridden at one scope. Overrides are not inherited down the tree. */
export class RoleSettingsService {
  constructor(private readonly kernel: Kernel) {}

  /** The settings that govern `roleId` at exactly `scopeId`: that scope's override, else the role's, else the defaults. */
  async effective(db: EntityManager, roleId: string, scopeId: string | null): Promise<EffectiveSettings> {
    const rows = await db.query(
      `SELECT scope_id, settings, updated_at, updated_by_id FROM role_setting
        WHERE role_id = $1 AND (scope_id IS NULL OR scope_id = $2)
        ORDER BY scope_id NULLS LAST LIMIT 1`,
      [roleId, scopeId],
    );
    return settingsOf(roleId, rows[0] as RoleSettingRow | undefined);
  }

  /** The role-wide settings of a role (what applies wherever no override is saved), batched per request. */
  async roleWide(caller: Caller, roleId: string): Promise<EffectiveSettings> {
    caller.requireViewer();
    return settingsOf(roleId, (await caller.loaders.roleWideSettings.load(roleId)) ?? undefined);
  }

  async get(caller: Caller, roleIdInput: string, scopeIdInput: string | null | undefined): Promise<EffectiveSettings> {
    caller.requireViewer();
    const { role, scope } = await this.resolve(caller, roleIdInput, scopeIdInput);
    return this.effective(this.kernel.db.manager, role.id, scope?.id ?? null);
  }

  /** Replaces the settings of a role (scopeId null) or its override at one scope, for those who manage that role there. */
  async update(
    caller: Caller,
    roleIdInput: string,
    scopeIdInput: string | null | undefined,
    input: RoleSettingsDocument,
  ): Promise<EffectiveSettings> {
    const { role, scope } = await this.resolve(caller, roleIdInput, scopeIdInput);
    assertMayChangeSettings(await caller.capabilities(), role, scope);
    const parsed = RoleSettingsSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badInput(`Invalid settings: ${issue.path.join('.')}: ${issue.message}`, issue.path.join('.'));
    }
    const settings = parsed.data;
    if (settings.activation.requireApproval && settings.activation.approvalStages.length === 0 && role.kind !== RoleKind.DIRECTORY) {
      throw badInput('Approval needs at least one stage with approvers (only directory roles have default approvers).', 'activation.approvalStages');
    }
    const now = this.kernel.now();
    const viewer = caller.requireViewer();
    await this.kernel.change(async (tx) => {
      const before = await this.effective(tx, role.id, scope?.id ?? null);
      await tx.query(
        scope
          ? `INSERT INTO role_setting (role_id, scope_id, settings, updated_by_id, updated_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (role_id, scope_id) WHERE scope_id IS NOT NULL
             DO UPDATE SET settings = EXCLUDED.settings, updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at`
          : `INSERT INTO role_setting (role_id, scope_id, settings, updated_by_id, updated_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (role_id) WHERE scope_id IS NULL
             DO UPDATE SET settings = EXCLUDED.settings, updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at`,
        [role.id, scope?.id ?? null, JSON.stringify(settings), viewer.principalId, now],
      );
      await writeAudit(tx, caller.actor, now, [
        { action: 'settings.updated', roleId: role.id, scopeId: scope?.id ?? null, before: before.settings, after: settings },
      ]);
    });
    return this.effective(this.kernel.db.manager, role.id, scope?.id ?? null);
  }

  private async resolve(caller: Caller, roleIdInput: string, scopeIdInput: string | null | undefined) {
    const role = await caller.loaders.role.load(requireId(roleIdInput, 'role'));
    if (!role) throw notFound('role', roleIdInput);
    let scope: ScopeEntity | null = null;
    if (scopeIdInput !== null && scopeIdInput !== undefined) {
      scope = await caller.loaders.scope.load(requireId(scopeIdInput, 'scope'));
      if (!scope) throw notFound('scope', scopeIdInput);
      if (roleKindForScope(scope.type) !== role.kind) {
        throw badInput(`${role.name} is a ${role.kind.toLowerCase()} role and has no settings at a ${scope.type.toLowerCase()} scope.`, 'scopeId');
      }
    }
    return { role: role as RoleDefinitionEntity, scope };
  }
}
