import { ScopeType, type RoleKind } from '../../lib/vocabulary/scopes';
import { notFound, requireId } from '../../lib/errors';
import { optionalText } from '../../lib/strings';
import type { Caller } from '../access/caller';
import { TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import type { Kernel } from '../../kernel/kernel';
import { ScopeEntity } from './scope.entity';

const MAX_SCOPES = 500;
const typeOrder = `array_position(ARRAY['TENANT','ADMINISTRATIVE_UNIT','MANAGEMENT_GROUP','SUBSCRIPTION','RESOURCE_GROUP','RESOURCE','GROUP']::scope_type[], type)`;

/** The scope tree. Browsing it is open to every signed-in principal: what anyone holds there is guarded elsewhere. */
export class ScopeService {
  constructor(private readonly kernel: Kernel) {}

  async get(caller: Caller, id: string): Promise<ScopeEntity> {
    caller.requireViewer();
    const scope = await caller.loaders.scope.load(requireId(id, 'scope'));
    if (!scope) throw notFound('scope', id);
    return scope;
  }

  /**
   * Where the viewer may assign roles (and edit settings), and which kinds of role: what `assignRole` will accept, so a
   * client offers only that. From the viewer's capabilities (one read of its holdings) and one batched scope load.
   */
  async manageable(caller: Caller): Promise<{ scope: ScopeEntity; roleKinds: RoleKind[]; includesDescendants: boolean }[]> {
    const refs = (await caller.capabilities()).manageableScopes();
    const scopes = await caller.loaders.scope.loadMany(refs.map((ref) => ref.scopeId));
    const found: { scope: ScopeEntity; roleKinds: RoleKind[]; includesDescendants: boolean }[] = [];
    refs.forEach((ref, index) => {
      const scope = scopes[index];
      if (scope && !(scope instanceof Error)) found.push({ scope, roleKinds: ref.roleKinds, includesDescendants: ref.includesDescendants });
    });
    return found.sort((a, b) => a.scope.path.length - b.scope.path.length || a.scope.name.localeCompare(b.scope.name));
  }

  /** Children of a scope (the root itself when neither parent nor search is given), or a search by name. */
  async list(caller: Caller, args: { parentId?: string | null; search?: string | null; types?: ScopeType[] | null }): Promise<ScopeEntity[]> {
    caller.requireViewer();
    const search = optionalText(args.search, 'search', 200);
    const params: unknown[] = [];
    // Archived scopes leave listings; they stay answerable by id (and in history).
    const where: string[] = ['archived_at IS NULL'];
    if (args.parentId !== null && args.parentId !== undefined) {
      const parent = await this.get(caller, args.parentId);
      params.push(parent.id);
      where.push(`parent_id = $${params.length}`);
    } else if (!search) {
      params.push(TENANT_ROOT_SCOPE_ID);
      where.push(`id = $${params.length}`);
    }
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`name ILIKE $${params.length}`);
    }
    if (args.types?.length) {
      params.push(args.types);
      where.push(`type = ANY($${params.length}::scope_type[])`);
    }
    const rows = (await this.kernel.db.query(
      `SELECT id FROM scope WHERE ${where.join(' AND ')} ORDER BY ${typeOrder}, name, id LIMIT ${MAX_SCOPES}`,
      params,
    )) as { id: string }[];
    return this.loadMany(caller, rows.map((row) => row.id));
  }

  async loadMany(caller: Caller, ids: string[]): Promise<ScopeEntity[]> {
    const scopes = await caller.loaders.scope.loadMany(ids);
    return scopes.filter((s): s is ScopeEntity => s instanceof ScopeEntity);
  }

  /** A group's scope (every group has one, made with it). */
  async ofGroup(caller: Caller, groupId: string): Promise<ScopeEntity> {
    const [row] = (await this.kernel.db.query(`SELECT id FROM scope WHERE group_id = $1`, [groupId])) as { id: string }[];
    const scope = row ? await caller.loaders.scope.load(row.id) : null;
    if (!scope) throw notFound('scope', groupId);
    return scope;
  }

  /** The scope's ancestors from the root down, itself included. */
  async ancestry(caller: Caller, scope: ScopeEntity): Promise<ScopeEntity[]> {
    return this.loadMany(caller, scope.path);
  }
}
