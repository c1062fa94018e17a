import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Kernel } from '../../kernel/kernel';
import { badInput, conflict, forbidden, given, notFound, requireId } from '../../lib/errors';
import { optionalText, requiredText } from '../../lib/strings';
import { ScopeType } from '../../lib/vocabulary/scopes';
import type { Capabilities } from '../access/capabilities';
import type { Caller } from '../access/caller';
import { writeAudit } from '../audit/audit.writer';
import { TENANT_ROOT_SCOPE_ID } from '../roles/built-in-roles';
import { ScopeEntity } from './scope.entity';
import { recordPlacements } from './tree-history';

export interface CreateScopeFields {
  parentId: string;
  name: string;
  type: ScopeType;
  externalId?: string | null;
}

export interface UpdateScopeFields {
  name?: string | null;
  /** Moves the scope (and everything below it) under this parent. */
  parentId?: string | null;
}

/** The kinds' rules: which kinds of scope a kind of scope may contain (Azure's hierarchy, and Entra's administrative units). */
export const CHILDREN: Record<ScopeType, readonly ScopeType[]> = {
  [ScopeType.TENANT]: [ScopeType.ADMINISTRATIVE_UNIT, ScopeType.MANAGEMENT_GROUP, ScopeType.SUBSCRIPTION],
  [ScopeType.MANAGEMENT_GROUP]: [ScopeType.MANAGEMENT_GROUP, ScopeType.SUBSCRIPTION],
  [ScopeType.SUBSCRIPTION]: [ScopeType.RESOURCE_GROUP],
  [ScopeType.RESOURCE_GROUP]: [ScopeType.RESOURCE],
  [ScopeType.ADMINISTRATIVE_UNIT]: [],
  [ScopeType.RESOURCE]: [],
  [ScopeType.GROUP]: [],
};
const words = (type: ScopeType) => type.toLowerCase().replace('_', ' ');
/** Moves and creations take the tree's lock: a move never interleaves with another move or a creation below it. */
const TREE_LOCK = `hashtextextended('elevate:scope-tree', 0)`;

/**
 * Shaping the scope tree (DOMAIN.md, "Tenant and identity" and "Who may do what"): scopes are created under a parent of a
 * kind that may contain them, renamed, moved (with everything below them — recorded, so the past keeps its tree:
 * tree-history.ts) and archived (refused while anything is in force, scheduled, eligible or waiting there or below; an
 * archived scope leaves listings and takes nothing new). Global Administrators shape the whole tree; Owners and
 * Contributors the resource scopes below where they hold the role; administrative units are the tenant managers'.
 */
export class ScopeTreeService {
  constructor(private readonly kernel: Kernel) {}

  async create(caller: Caller, input: CreateScopeFields): Promise<ScopeEntity> {
    const capabilities = await caller.capabilities();
    const name = requiredText(input.name, 'name', 200);
    const externalId = optionalText(input.externalId, 'externalId', 500);
    const type = input.type;
    if (type === ScopeType.TENANT || type === ScopeType.GROUP) {
      throw badInput(type === ScopeType.GROUP ? 'A group’s scope is made with the group (createGroup).' : 'There is one tenant root.', 'type');
    }
    const parentId = requireId(input.parentId, 'parent scope');
    return this.kernel.change(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${TREE_LOCK})`);
      const parent = await this.live(tx, parentId, input.parentId, 'parentId');
      this.assertMayShapeUnder(capabilities, parent, type);
      if (!CHILDREN[parent.type].includes(type)) throw badInput(`A ${words(type)} cannot be placed under a ${words(parent.type)}.`, 'type');
      await this.requireFreeName(tx, parent.id, name, null);
      await this.requireFreeExternalId(tx, type, externalId);
      const id = randomUUID();
      const scope = Object.assign(new ScopeEntity(), { id, type, name, parentId: parent.id, path: [...parent.path, id], groupId: null, externalId, archivedAt: null });
      await tx.getRepository(ScopeEntity).insert(scope);
      await writeAudit(tx, caller.actor, this.kernel.now(), [{ action: 'scope.created', scopeId: id, after: { name, type, parentId: parent.id, externalId } }]);
      return scope;
    });
  }

  async update(caller: Caller, idInput: string, input: UpdateScopeFields): Promise<ScopeEntity> {
    const capabilities = await caller.capabilities();
    const id = requireId(idInput, 'scope');
    const name = given(input.name) ? requiredText(input.name, 'name', 200) : null;
    const parentId = given(input.parentId) ? requireId(input.parentId, 'parent scope') : null;
    if (!name && !parentId) throw badInput('Nothing to change: give a name, or a parentId to move it.', 'name');
    return this.kernel.change(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${TREE_LOCK})`);
      const scope = await this.live(tx, id, idInput, 'id');
      if (scope.type === ScopeType.TENANT || scope.type === ScopeType.GROUP) {
        throw badInput(scope.type === ScopeType.GROUP ? 'A group’s scope follows its group.' : 'The tenant root stays where it is.', 'id');
      }
      const currentParent = (await tx.getRepository(ScopeEntity).findOneBy({ id: scope.parentId ?? TENANT_ROOT_SCOPE_ID })) as ScopeEntity;
      this.assertMayShapeUnder(capabilities, currentParent, scope.type);
      const now = this.kernel.now();
      const before = { name: scope.name, parentId: scope.parentId };
      let parent = currentParent;
      if (parentId && parentId !== scope.parentId) {
        parent = await this.live(tx, parentId, input.parentId as string, 'parentId');
        this.assertMayShapeUnder(capabilities, parent, scope.type);
        if (parent.path.includes(scope.id)) throw badInput('A scope cannot move under itself or below itself.', 'parentId');
        if (!CHILDREN[parent.type].includes(scope.type)) throw badInput(`A ${words(scope.type)} cannot be placed under a ${words(parent.type)}.`, 'parentId');
      }
      const newName = name ?? scope.name;
      if (newName.toLowerCase() !== scope.name.toLowerCase() || parent.id !== scope.parentId) await this.requireFreeName(tx, parent.id, newName, scope.id);
      if (parent.id !== scope.parentId) {
        // The subtree keeps its old paths in the history up to now, then takes the new parent's path as its prefix.
        await recordPlacements(tx, scope.id, now);
        await tx.query(`UPDATE scope SET path = $2::uuid[] || path[array_position(path, $1::uuid):] WHERE path @> ARRAY[$1]::uuid[]`, [scope.id, parent.path]);
        await tx.query(`UPDATE scope SET parent_id = $2 WHERE id = $1`, [scope.id, parent.id]);
      }
      if (newName !== scope.name) await tx.query(`UPDATE scope SET name = $2 WHERE id = $1`, [scope.id, newName]);
      const after = { name: newName, parentId: parent.id };
      const action = parent.id !== before.parentId ? 'scope.moved' : 'scope.renamed';
      await writeAudit(tx, caller.actor, now, [{ action, scopeId: scope.id, before, after }]);
      caller.loaders.scope.clearAll();
      return (await tx.getRepository(ScopeEntity).findOneBy({ id: scope.id })) as ScopeEntity;
    });
  }

  async archive(caller: Caller, idInput: string): Promise<ScopeEntity> {
    const capabilities = await caller.capabilities();
    const id = requireId(idInput, 'scope');
    return this.kernel.change(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${TREE_LOCK})`);
      const scope = await this.live(tx, id, idInput, 'id');
      if (scope.type === ScopeType.TENANT || scope.type === ScopeType.GROUP) {
        throw badInput(scope.type === ScopeType.GROUP ? 'A group’s scope goes with its group: disable the group.' : 'The tenant root cannot be archived.', 'id');
      }
      const parent = (await tx.getRepository(ScopeEntity).findOneBy({ id: scope.parentId ?? TENANT_ROOT_SCOPE_ID })) as ScopeEntity;
      this.assertMayShapeUnder(capabilities, parent, scope.type);
      const now = this.kernel.now();
      // The subtree's rows are locked against a new assignment or request there (which takes its scope FOR KEY SHARE:
      // lifecycle/request-lifecycle.ts) while this decides.
      await tx.query(`SELECT id FROM scope WHERE path @> ARRAY[$1]::uuid[] ORDER BY id FOR UPDATE`, [scope.id]);
      const [held] = (await tx.query(
        `SELECT count(*)::int AS n FROM role_assignment a JOIN scope s ON s.id = a.scope_id
          WHERE s.path @> ARRAY[$1]::uuid[] AND (a.end_at IS NULL OR a.end_at > $2) AND (a.end_at IS NULL OR a.end_at > a.start_at)`,
        [scope.id, now],
      )) as { n: number }[];
      if (held.n > 0) {
        throw conflict(`${scope.name} cannot be archived: ${held.n} assignment${held.n === 1 ? ' is' : 's are'} in force, scheduled or eligible there or below. Remove them first.`);
      }
      const [waiting] = (await tx.query(
        `SELECT count(*)::int AS n FROM role_request q JOIN scope s ON s.id = q.scope_id
          WHERE s.path @> ARRAY[$1]::uuid[] AND q.status IN ('PENDING_APPROVAL', 'PENDING_ADMIN_DECISION', 'GRANTED')`,
        [scope.id],
      )) as { n: number }[];
      if (waiting.n > 0) throw conflict(`${scope.name} cannot be archived: ${waiting.n} request${waiting.n === 1 ? ' waits' : 's wait'} there or below.`);
      const archived = (await tx.query(
        `UPDATE scope SET archived_at = $2 WHERE path @> ARRAY[$1]::uuid[] AND archived_at IS NULL RETURNING id`,
        [scope.id, now],
      )) as [{ id: string }[], number];
      await writeAudit(tx, caller.actor, now, [{ action: 'scope.archived', scopeId: scope.id, after: { archivedAt: now.toISOString(), scopesArchived: archived[0].length } }]);
      caller.loaders.scope.clearAll();
      return (await tx.getRepository(ScopeEntity).findOneBy({ id: scope.id })) as ScopeEntity;
    });
  }

  /** The kinds of scope the viewer may create under `parent` (none under an archived one): what createScope will accept. */
  async childTypesFor(caller: Caller, parent: ScopeEntity): Promise<ScopeType[]> {
    if (parent.archivedAt) return [];
    const capabilities = await caller.capabilities();
    return CHILDREN[parent.type].filter((type) =>
      type === ScopeType.ADMINISTRATIVE_UNIT ? capabilities.managesTenant : capabilities.editsScopesUnder(parent.path),
    );
  }

  /** Whether the viewer may rename, move or archive `scope` (by its current parent). */
  async mayEdit(caller: Caller, scope: ScopeEntity): Promise<boolean> {
    if (scope.archivedAt || scope.type === ScopeType.TENANT || scope.type === ScopeType.GROUP) return false;
    const capabilities = await caller.capabilities();
    return scope.type === ScopeType.ADMINISTRATIVE_UNIT ? capabilities.managesTenant : capabilities.editsScopesUnder(scope.path.slice(0, -1));
  }

  /** Resource scopes: Owners and Contributors at the parent or above (and Global Administrators); administrative units: the tenant's managers. */
  private assertMayShapeUnder(capabilities: Capabilities, parent: ScopeEntity, type: ScopeType): void {
    if (type === ScopeType.ADMINISTRATIVE_UNIT) {
      if (!capabilities.managesTenant) throw forbidden('Only Global and Privileged Role Administrators shape administrative units.');
      return;
    }
    if (!capabilities.editsScopesUnder(parent.path)) {
      throw forbidden(`Only Global Administrators, and Owners and Contributors at ${parent.name} or above, shape the scopes under it.`);
    }
  }

  /** A scope that exists and is not archived, locked for the change. */
  private async live(tx: EntityManager, id: string, shown: string, field: string): Promise<ScopeEntity> {
    const scope = await tx.getRepository(ScopeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!scope) throw notFound('scope', shown);
    if (scope.archivedAt) throw badInput(`${scope.name} is archived.`, field);
    return scope;
  }

  /** Names are unique among a parent's live children, whatever their case: a tree people pick from by name. */
  private async requireFreeName(tx: EntityManager, parentId: string, name: string, except: string | null): Promise<void> {
    const [taken] = (await tx.query(
      `SELECT 1 FROM scope WHERE parent_id = $1 AND lower(name) = lower($2) AND archived_at IS NULL AND id IS DISTINCT FROM $3 LIMIT 1`,
      [parentId, name, except],
    )) as unknown[];
    if (taken) throw conflict(`A scope named ${name} exists there already.`);
  }

  private async requireFreeExternalId(tx: EntityManager, type: ScopeType, externalId: string | null): Promise<void> {
    if (!externalId) return;
    const [used] = (await tx.query(`SELECT 1 FROM scope WHERE type = $1 AND external_id = $2 LIMIT 1`, [type, externalId])) as unknown[];
    if (used) throw conflict(`A ${words(type)} with the external id ${externalId} exists already.`);
  }
}
