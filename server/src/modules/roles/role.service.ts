import { RoleKind } from '../../lib/vocabulary/scopes';
import { badInput, conflict, notFound, requireId } from '../../lib/errors';
import { optionalText, requiredText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { assertMayCreateCustomRole } from '../access/policy';
import { writeAudit } from '../audit/audit.writer';
import type { Kernel } from '../../kernel/kernel';
import { RoleDefinitionEntity } from './role-definition.entity';
import { roleHolderCounts, type RoleHolderCounts } from './role-holders';

export interface CustomRoleInput {
  name: string;
  kind: RoleKind;
  description?: string | null;
  permissions?: string[] | null;
  privileged?: boolean | null;
}

export class RoleService {
  constructor(private readonly kernel: Kernel) {}

  async list(caller: Caller, kind: RoleKind | null | undefined): Promise<RoleDefinitionEntity[]> {
    caller.requireViewer();
    return this.kernel.db.getRepository(RoleDefinitionEntity).find({
      where: kind ? { kind } : {},
      order: { kind: 'ASC', builtIn: 'DESC', name: 'ASC' },
    });
  }

  async get(caller: Caller, id: string): Promise<RoleDefinitionEntity> {
    caller.requireViewer();
    const role = await caller.loaders.role.load(requireId(id, 'role'));
    if (!role) throw notFound('role', id);
    return role;
  }

  /** Who holds the role now, eligible and active, among the assignments the caller may read (one aggregate per request). */
  async holders(caller: Caller, roleId: string): Promise<RoleHolderCounts> {
    caller.requireViewer();
    return roleHolderCounts(this.kernel.db.manager, caller, this.kernel.now(), roleId);
  }

  /** Custom roles: DIRECTORY ones by Global or Privileged Role Administrators, RESOURCE ones by Global Administrators. */
  async createCustom(caller: Caller, input: CustomRoleInput): Promise<RoleDefinitionEntity> {
    const capabilities = await caller.capabilities();
    if (input.kind === RoleKind.GROUP) throw badInput('Groups have only the built-in Member and Owner roles.', 'kind');
    assertMayCreateCustomRole(capabilities, input.kind);
    const name = requiredText(input.name, 'name', 120);
    const description = optionalText(input.description, 'description', 1000) ?? '';
    const permissions = (input.permissions ?? []).map((permission) => requiredText(permission, 'permissions', 200));
    if (permissions.length > 200) throw badInput('A role has at most 200 permissions.', 'permissions');
    const now = this.kernel.now();
    return this.kernel.change(async (tx) => {
      const existing = await tx.getRepository(RoleDefinitionEntity).findOneBy({ kind: input.kind, name });
      if (existing) throw conflict(`A ${input.kind.toLowerCase()} role named "${name}" already exists.`);
      const role = await tx.getRepository(RoleDefinitionEntity).save({
        name,
        kind: input.kind,
        builtIn: false,
        description,
        permissions,
        privileged: input.privileged ?? false,
      });
      await writeAudit(tx, caller.actor, now, [{ action: 'role.created', roleId: role.id, after: { name, kind: input.kind, permissions } }]);
      return role;
    });
  }
}
