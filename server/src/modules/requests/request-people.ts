import type { EntityManager } from 'typeorm';
import { PrincipalEntity } from '../directory/principal.entity';
import { GROUP_MEMBER_ID } from '../roles/built-in-roles';

/**
 * The people and groups a principal's own requests and approvals involve (DOMAIN.md: what a guest may read of the
 * directory), with their own profile's: one statement.
 *
 * Requests involving the principal: those it made or that are about it, those it decided, and those pending whose
 * approval stages name it or a group it is an active member of. Of each: the principal, the requester, the group of a
 * group scope, whoever decided, and the approvers shown on it — named users and groups and escalation approvers, for
 * activations needing approval (as `RoleRequest.approvals` shows them); `defaultApprovers` says a stage names nobody,
 * so the directory administrators who decide it are involved too. The profile's: the groups at whose scopes the
 * principal holds or held anything, and its manager. Answers their rows (so the caller's principal loader need not
 * read them again).
 */
export async function peopleInvolvedWith(
  db: EntityManager,
  principalId: string,
  at: Date,
): Promise<{ people: PrincipalEntity[]; defaultApprovers: boolean }> {
  const stages = `jsonb_array_elements(coalesce(q.settings_snapshot->'activation'->'approvalStages', '[]'::jsonb))`;
  const approvers = (stage: string) =>
    `jsonb_array_elements(coalesce(${stage}->'approvers', '[]'::jsonb) || coalesce(${stage}->'escalationApprovers', '[]'::jsonb))`;
  const needsApproval = `q.action = 'SELF_ACTIVATE' AND coalesce((q.settings_snapshot->'activation'->>'requireApproval')::boolean, false)`;
  const involved = `WITH my_groups AS (
       SELECT s.group_id::text AS id FROM role_assignment m JOIN scope s ON s.id = m.scope_id
        WHERE m.principal_id = :me AND m.role_id = :member AND m.type = 'ACTIVE' AND s.group_id IS NOT NULL
          AND m.start_at <= :at AND (m.end_at IS NULL OR m.end_at > :at)
     ), involving AS (
       SELECT q.* FROM role_request q
        WHERE q.principal_id = :me OR q.requested_by_id = :me
           OR q.id IN (SELECT d.request_id FROM approval_decision d WHERE d.approver_id = :me)
           OR (q.status = 'PENDING_APPROVAL' AND EXISTS (
                 SELECT 1 FROM ${stages} AS st(stage), ${approvers('st.stage')} AS ap(approver)
                  WHERE ap.approver->>'id' = :me::text OR ap.approver->>'id' IN (SELECT id FROM my_groups)))
     )`;
  const people = `${involved}
     SELECT q.principal_id AS id FROM involving q
     UNION SELECT q.requested_by_id FROM involving q
     UNION SELECT s.group_id FROM involving q JOIN scope s ON s.id = q.scope_id WHERE s.group_id IS NOT NULL
     UNION SELECT d.approver_id FROM approval_decision d WHERE d.request_id IN (SELECT id FROM involving)
     UNION SELECT (ap.approver->>'id')::uuid FROM involving q, ${stages} AS st(stage), ${approvers('st.stage')} AS ap(approver) WHERE ${needsApproval}
     UNION SELECT s.group_id FROM role_assignment a JOIN scope s ON s.id = a.scope_id WHERE a.principal_id = :me AND s.group_id IS NOT NULL
     UNION SELECT manager_id FROM principal WHERE id = :me AND manager_id IS NOT NULL`;
  const namesNobody = `${involved}
     SELECT 1 FROM involving q
      WHERE ${needsApproval}
        AND (jsonb_array_length(coalesce(q.settings_snapshot->'activation'->'approvalStages', '[]'::jsonb)) = 0
             OR EXISTS (SELECT 1 FROM ${stages} AS st(stage) WHERE jsonb_array_length(coalesce(st.stage->'approvers', '[]'::jsonb)) = 0))`;
  const { entities, raw } = await db
    .getRepository(PrincipalEntity)
    .createQueryBuilder('involved_principal')
    .where(`involved_principal.id IN (${people})`)
    .addSelect(`EXISTS (${namesNobody})`, 'names_nobody')
    .setParameters({ me: principalId, member: GROUP_MEMBER_ID, at })
    .getRawAndEntities<{ names_nobody: boolean }>();
  return { people: entities, defaultApprovers: raw.some((row) => row.names_nobody) };
}
