import type { EntityManager } from 'typeorm';
import type { ActivationChanged, DomainEvent, RequestChanged, SessionsEnded } from '../../kernel/events';
import { PrincipalType } from '../../lib/vocabulary/principals';
import type { Loaders } from '../access/loaders';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';

/**
 * Which of `subscribed` may hold something else after a committed batch: the principals its requests and schedules are
 * about (an assignment made or removed, an activation, a deactivation, an expiry, a group membership — every change to a
 * holding is a request or an activation event), the principals it disabled, and, where one of those is a group, the
 * group's members (what a group holds, its members hold). Over-approximate on purpose: a subscriber told to look again
 * reads its capabilities and is sent something only when they differ.
 */
export async function holdersAffected(db: EntityManager, loaders: Loaders, events: readonly DomainEvent[], subscribed: readonly string[]): Promise<Set<string>> {
  const [requests, assignments] = await Promise.all([
    Promise.all(events.filter((event): event is RequestChanged => event.topic === 'request').map((event) => loaders.request.load(event.requestId))),
    Promise.all(events.filter((event): event is ActivationChanged => event.topic === 'activation').map((event) => loaders.assignment.load(event.assignmentId))),
  ]);
  const disabled = events.filter((event): event is SessionsEnded => event.topic === 'sessions' && event.sessionId === null);
  const named = new Set<string>([
    ...requests.flatMap((request) => (request ? [request.principalId] : [])),
    ...assignments.flatMap((assignment) => (assignment ? [assignment.principalId] : [])),
    ...disabled.map((event) => event.principalId),
  ]);
  const wanted = new Set(subscribed);
  const affected = new Set([...named].filter((id) => wanted.has(id)));
  if (!named.size) return affected;
  const principals = await loaders.principal.loadMany([...named]);
  const groups = principals.flatMap((principal) =>
    principal && !(principal instanceof Error) && principal.type === PrincipalType.GROUP ? [principal.id] : [],
  );
  if (groups.length) {
    const rows = (await db.query(
      `SELECT DISTINCT m.principal_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
        WHERE s.group_id = ANY($1::uuid[]) AND m.role_id = $2 AND m.principal_id = ANY($3::uuid[])`,
      [groups, GROUP_MEMBER_ID, [...wanted]],
    )) as { principal_id: string }[];
    for (const row of rows) affected.add(row.principal_id);
  }
  return affected;
}
