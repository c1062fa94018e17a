import type { EntityManager } from 'typeorm';
import { AssignmentType } from '../../lib/vocabulary/assignments';
import { RECOMMENDATION_DAYS, ReviewAssignmentType, ReviewerKind } from '../../lib/vocabulary/reviews';
import type { AccessReviewEntity } from './review.entities';

const DAY_MS = 86_400_000;

/** The recommendation's reasons, in words (API.md: which rule said DENY, or why APPROVE). */
export const RECOMMENDATION_REASONS = {
  disabled: 'Disabled',
  noSignIn: `No sign-in in ${RECOMMENDATION_DAYS} days`,
  noActivation: `Eligible for over ${RECOMMENDATION_DAYS} days and not activated in the last ${RECOMMENDATION_DAYS}`,
  signedIn: `Signed in within the last ${RECOMMENDATION_DAYS} days`,
  inUse: 'Nothing suggests it is unused',
} as const;

/**
 * The items of one role's instance, written by one INSERT … SELECT at its start: every holding of the role made at the
 * review's scope or below, in force now (schedules an administrator made or a provider synchronised — not activations,
 * which are the use of an eligibility under review), of the chosen types and holders, optionally only the inactive.
 * Each gets its own reviewer where the review says so (SELF: the holder, when an enabled user; MANAGER: their enabled
 * manager), and the recommendation from the last 30 days: DENY for a disabled holder, a user with no sign-in, or an
 * eligibility held longer without an activation; APPROVE otherwise. Returns how many items were written.
 */
export async function snapshotItems(tx: EntityManager, review: AccessReviewEntity, instanceId: string, roleId: string, now: Date): Promise<number> {
  const types = review.assignmentType === ReviewAssignmentType.ALL ? [AssignmentType.ELIGIBLE, AssignmentType.ACTIVE] : [review.assignmentType];
  const kinds = new Set(review.reviewers.map((reviewer) => reviewer.kind));
  const since = new Date(now.getTime() - RECOMMENDATION_DAYS * DAY_MS);
  const inactiveSince = review.inactiveDays === null ? null : new Date(now.getTime() - review.inactiveDays * DAY_MS);
  const [{ written }] = (await tx.query(
    `WITH holding AS (
       SELECT a.id AS assignment_id, a.principal_id, a.role_id, a.scope_id, a.type::text AS type, a.start_at,
              p.type::text AS principal_type, p.enabled, p.last_sign_in_at, p.manager_id,
              (SELECT max(x.start_at) FROM role_assignment x WHERE x.eligibility_id = a.id AND x.start_at <= $3) AS last_activation
         FROM role_assignment a
         JOIN scope s ON s.id = a.scope_id AND s.path @> ARRAY[$2]::uuid[]
         JOIN principal p ON p.id = a.principal_id
        WHERE a.role_id = $1 AND a.origin <> 'ACTIVATED' AND a.type::text = ANY($4::text[]) AND p.type::text = ANY($5::text[])
          AND a.start_at <= $3 AND (a.end_at IS NULL OR a.end_at > $3) AND (a.end_at IS NULL OR a.end_at > a.start_at)
     ), judged AS (
       SELECT h.*,
              NOT h.enabled AS disabled,
              h.principal_type = 'USER' AND (h.last_sign_in_at IS NULL OR h.last_sign_in_at < $6) AS no_sign_in,
              h.type = 'ELIGIBLE' AND h.start_at < $6 AND (h.last_activation IS NULL OR h.last_activation < $6) AS no_activation
         FROM holding h
        WHERE $9::timestamptz IS NULL
           OR (h.principal_type = 'USER' AND (h.last_sign_in_at IS NULL OR h.last_sign_in_at < $9))
           OR (h.type = 'ELIGIBLE' AND h.start_at < $9 AND (h.last_activation IS NULL OR h.last_activation < $9))
     ), inserted AS (
     INSERT INTO access_review_item (instance_id, assignment_id, principal_id, principal_type, role_id, scope_id, assignment_type, reviewer_id, recommendation, recommendation_reason)
     SELECT $10, j.assignment_id, j.principal_id, j.principal_type, j.role_id, j.scope_id, j.type,
            CASE WHEN $7 AND j.principal_type = 'USER' AND j.enabled THEN j.principal_id
                 WHEN $8 THEN (SELECT m.id FROM principal m WHERE m.id = j.manager_id AND m.type = 'USER' AND m.enabled)
            END,
            CASE WHEN j.disabled OR j.no_sign_in OR j.no_activation THEN 'DENY' ELSE 'APPROVE' END,
            CASE WHEN j.disabled THEN $11 WHEN j.no_sign_in THEN $12 WHEN j.no_activation THEN $13 WHEN j.principal_type = 'USER' THEN $14 ELSE $15 END
       FROM judged j
     RETURNING 1)
     SELECT count(*)::int AS written FROM inserted`,
    [
      roleId,
      review.scopeId,
      now,
      types,
      review.principalTypes,
      since,
      kinds.has(ReviewerKind.SELF),
      kinds.has(ReviewerKind.MANAGER),
      inactiveSince,
      instanceId,
      RECOMMENDATION_REASONS.disabled,
      RECOMMENDATION_REASONS.noSignIn,
      RECOMMENDATION_REASONS.noActivation,
      RECOMMENDATION_REASONS.signedIn,
      RECOMMENDATION_REASONS.inUse,
    ],
  )) as { written: number }[];
  return written;
}
