import { AccessPathKind } from '../../lib/vocabulary/assignments';
import { RoleKind, roleKindForScope } from '../../lib/vocabulary/scopes';
import { notFound, requireId } from '../../lib/errors';
import type { ScopeEntity } from '../scopes/scope.entity';
import { pathAt } from '../scopes/tree-history';
import type { Kernel } from '../../kernel/kernel';
import { findHoldings, type HoldingRow } from './access.repository';
import type { AccessPath, EffectiveRole } from './access.type';
import type { Caller } from './caller';
import { assertMayReadAccessOf } from './policy';

/** "What does P hold (at S, at T)" and "why does P hold R at S": read-time evaluation, never past an end. */
export class AccessService {
  constructor(private readonly kernel: Kernel) {}

  async effectiveAccess(caller: Caller, principalIdInput: string, scopeIdInput?: string | null, asOf?: Date | null): Promise<EffectiveRole[]> {
    const { principalId, scope, at, mayRead } = await this.prepare(caller, principalIdInput, scopeIdInput, asOf);
    const holdings = await findHoldings(
      this.kernel.db.manager,
      principalId,
      at,
      scope ? { scopeIds: scope.path, roleKind: roleKindForScope(scope.type) } : {},
    );
    const byRole = new Map<string, EffectiveRole>();
    for (const holding of holdings.filter(mayRead)) {
      const scopeId = scope ? scope.id : holding.scope_id;
      const key = `${holding.role_id}@${scopeId}`;
      const entry = byRole.get(key) ?? { roleId: holding.role_id, scopeId, endAt: null, paths: [] };
      entry.paths.push(this.pathOf(holding, scope));
      byRole.set(key, entry);
    }
    for (const entry of byRole.values()) entry.endAt = latestEnd(entry.paths);
    if (byRole.size === 0) await this.requireExists(caller, principalId, principalIdInput);
    return [...byRole.values()];
  }

  async explainAccess(
    caller: Caller,
    principalIdInput: string,
    roleIdInput: string,
    scopeIdInput: string,
    asOf?: Date | null,
  ): Promise<AccessPath[]> {
    const roleId = requireId(roleIdInput, 'role');
    const { principalId, scope, at, mayRead } = await this.prepare(caller, principalIdInput, scopeIdInput, asOf);
    if (!scope) throw notFound('scope', scopeIdInput);
    const role = await caller.loaders.role.load(roleId);
    if (!role) throw notFound('role', roleIdInput);
    const holdings = await findHoldings(this.kernel.db.manager, principalId, at, {
      scopeIds: scope.path,
      roleKind: roleKindForScope(scope.type),
      roleId,
    });
    const paths = holdings.filter(mayRead).map((holding) => this.pathOf(holding, scope));
    if (paths.length === 0) await this.requireExists(caller, principalId, principalIdInput);
    return paths;
  }

  /** Only asked when nothing was found: an unknown principal is NOT_FOUND, a known one simply holds nothing. */
  private async requireExists(caller: Caller, principalId: string, shown: string): Promise<void> {
    if (!(await caller.loaders.principal.load(principalId))) throw notFound('principal', shown);
  }

  private async prepare(caller: Caller, principalIdInput: string, scopeIdInput: string | null | undefined, asOf: Date | null | undefined) {
    caller.requireViewer();
    const principalId = requireId(principalIdInput, 'principal');
    const capabilities = await caller.capabilities();
    assertMayReadAccessOf(capabilities, principalId);
    let scope: ScopeEntity | null = null;
    if (scopeIdInput !== null && scopeIdInput !== undefined) {
      scope = await caller.loaders.scope.load(requireId(scopeIdInput, 'scope'));
      if (!scope) throw notFound('scope', scopeIdInput);
      // As of an instant: the ancestors the scope had then (a move since changed them: scopes/tree-history.ts).
      if (asOf) scope = { ...scope, path: await pathAt(this.kernel.db.manager, scope, asOf) };
    }
    const mayRead = (holding: HoldingRow) =>
      capabilities.readsRow(holding.role_kind as RoleKind, { id: holding.scope_id, path: holding.scope_path, groupId: holding.scope_group_id }, [principalId]);
    return { principalId, scope, at: asOf ?? this.kernel.now(), mayRead };
  }

  private pathOf(holding: HoldingRow, scope: ScopeEntity | null): AccessPath {
    const viaGroup = holding.via_group_id !== null;
    return {
      kind: viaGroup ? AccessPathKind.GROUP : AccessPathKind.DIRECT,
      assignmentId: holding.assignment_id,
      membershipId: holding.membership_id,
      groupId: holding.via_group_id,
      inheritedFromScopeId: scope && holding.scope_id !== scope.id ? holding.scope_id : null,
      startAt: viaGroup ? later(holding.start_at, holding.membership_start_at) : holding.start_at,
      endAt: viaGroup ? earlierEnd(holding.end_at, holding.membership_end_at) : holding.end_at,
    };
  }
}

function later(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}

function earlierEnd(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function latestEnd(paths: AccessPath[]): Date | null {
  if (paths.some((path) => path.endAt === null)) return null;
  return paths.reduce<Date | null>((latest, path) => (latest === null || (path.endAt && path.endAt > latest) ? path.endAt : latest), null);
}
