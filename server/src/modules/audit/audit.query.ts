import { badInput, given, requireId } from '../../lib/errors';
import type { Capabilities } from '../access/capabilities';
import type { AuditFilter } from './audit.inputs';
import { pathOfIdAtSql } from '../scopes/tree-history';

const MAX_ACTIONS = 50;
const ACTION = /^[a-z][a-z0-9_.]{0,99}$/;

/** A filter turned into SQL over `audit_event e`, with the caller's visibility: shared by the list and the export. */
export interface AuditQuery {
  /** FROM … WHERE …, without ordering or paging. */
  from: string;
  params: unknown[];
}

export function auditQuery(filter: AuditFilter | null | undefined, capabilities: Capabilities): AuditQuery {
  const f = filter ?? {};
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (given(f.from) && given(f.to) && f.from > f.to) throw badInput('from must not be after to.', 'from');
  if (given(f.from)) where.push(`e.at >= ${param(f.from)}`);
  if (given(f.to)) where.push(`e.at < ${param(f.to)}`);
  if (given(f.actorId)) where.push(`e.actor_id = ${param(requireId(f.actorId, 'actor'))}`);
  if (given(f.targetPrincipalId)) where.push(`e.target_principal_id = ${param(requireId(f.targetPrincipalId, 'principal'))}`);
  if (given(f.roleId)) where.push(`e.role_id = ${param(requireId(f.roleId, 'role'))}`);
  if (given(f.scopeId)) {
    const scopeId = param(requireId(f.scopeId, 'scope'));
    // "Below" is the tree as it was when each event happened (a scope moved since is judged by where it was then).
    const below = `e.scope_id IN (SELECT id FROM scope WHERE path @> ARRAY[${scopeId}]::uuid[] UNION SELECT scope_id FROM scope_placement WHERE path @> ARRAY[${scopeId}]::uuid[])
      AND ${pathOfIdAtSql('e.scope_id', 'e.at')} @> ARRAY[${scopeId}]::uuid[]`;
    where.push(f.includeDescendants ? `(${below})` : `e.scope_id = ${scopeId}`);
  } else if (f.includeDescendants) {
    throw badInput('includeDescendants needs a scopeId.', 'includeDescendants');
  }
  if (given(f.action)) {
    if (f.action.length === 0 || f.action.length > MAX_ACTIONS) throw badInput(`action takes 1 to ${MAX_ACTIONS} actions.`, 'action');
    const bad = f.action.find((action) => !ACTION.test(action));
    if (bad !== undefined) throw badInput(`"${bad.slice(0, 40)}" is not an action (such as "assignment.activated").`, 'action');
    where.push(`e.action = ANY(${param(f.action)}::text[])`);
  }
  if (given(f.requestId)) where.push(`e.request_id = ${param(requireId(f.requestId, 'request'))}`);
  if (f.mine) {
    const me = param(capabilities.principalId);
    where.push(`(e.actor_id = ${me} OR e.target_principal_id = ${me})`);
  }
  const visibility = capabilities.auditVisibilitySql(params, {
    kind: 'r.kind',
    path: 's.path',
    groupId: 's.group_id',
    roleId: 'e.role_id',
    principals: ['e.actor_id', 'e.target_principal_id'],
  });
  // Readers of everything need no joins: the export of a whole log reads audit_event alone.
  const joins = visibility === 'true' ? '' : 'LEFT JOIN role_definition r ON r.id = e.role_id LEFT JOIN scope s ON s.id = e.scope_id';
  where.push(visibility);
  return { from: `FROM audit_event e ${joins} WHERE ${where.join(' AND ')}`, params };
}
