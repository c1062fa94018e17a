import type { Capabilities } from './capabilities';

/**
 * The viewer's visibility predicate over `role_assignment a` and its role `r`, as `roleAssignments` applies it
 * (Capabilities.visibilitySql), with the join to the scope it needs — none for those who read everything. Every figure
 * counted over assignments (the Overview, the role catalogue's holders) counts exactly the rows the viewer could list.
 */
export function visibleAssignments(capabilities: Capabilities, params: unknown[]): { join: string; where: string } {
  const where = capabilities.visibilitySql(params, { kind: 'r.kind', path: 's.path', groupId: 's.group_id', principals: ['a.principal_id'] });
  return { join: where === 'true' ? '' : 'JOIN scope s ON s.id = a.scope_id', where };
}
