/**
 * B11 — an access review of every ELIGIBLE and ACTIVE holding at `/` and below on the LARGE tenant: every role, one
 * instance per role, all snapshotted when the review starts (QUALITY.md: ≤ 60 s); a reviewer's page of 50 items
 * (p95 ≤ 100 ms); apply of 10,000 denials (≤ 60 s).
 *
 * What it does, against the shared API of the run (the LARGE tenant):
 *  1. makes the run's own people: one reviewer (named, USERS) and BENCH_B11_HOLDERS (2,000) holders with
 *     BENCH_B11_DENIALS (10,000) new Reader eligibilities at resources (SQL, as lib/actors.ts does): the holdings the
 *     review will deny, so the tenant as generated loses nothing;
 *  2. `createAccessReview` as the Global Administrator: all roles at `/`, ALL holdings, every kind of holder, the
 *     reviewer named, no reason required, default NO_CHANGE — timed from the request to its answer, which comes once every
 *     instance has started (its items written, with recommendations);
 *  3. the reviewer's pages of 50 (`reviewItems`, the fields My reviews shows: holder, role, scope, recommendation, decision,
 *     viewerCanDecide), one after another: BENCH_B11_PAGES (100) walking the largest instance by cursor, and as many of
 *     "mine" (every instance in progress at once) — p50/p95 of each; the verdict takes the worse p95;
 *  4. the reviewer denies the 10,000 (decideReviewItems, 500 a call), the admin stops the Reader instance, and
 *     `applyAccessReview` is timed: each denial an ADMIN_REMOVE through the lifecycle;
 *  5. clean-up: the review deleted (its items go with it; nothing but the run's denials was applied), the run's people
 *     retired.
 */
import { performance } from 'node:perf_hooks';
import { createUsers, grantEligible, retire } from '../lib/actors';
import type { BenchContext, BenchResult } from '../lib/context';
import { roundSummary, summarize } from '../lib/stats';

const CREATE_GOAL_MS = 60_000;
const PAGE_GOAL_MS = 100;
const APPLY_GOAL_MS = 60_000;

const PAGE = `query ($filter: ReviewItemFilter, $after: String) { reviewItems(filter: $filter, first: 50, after: $after) {
  edges { node { id assignmentType recommendation recommendationReason decision viewerCanDecide principal { id displayName } role { id name } scope { id name } } }
  pageInfo { hasNextPage endCursor } } }`;

export async function b11(ctx: BenchContext): Promise<BenchResult> {
  const log = (message: string) => ctx.log(`  B11: ${message}`);
  const holdersCount = Number(process.env.BENCH_B11_HOLDERS ?? 2000);
  const denials = Number(process.env.BENCH_B11_DENIALS ?? 10_000);
  const pages = Number(process.env.BENCH_B11_PAGES ?? 100);
  const { rows: roles } = await ctx.sql.query<{ id: string }>('SELECT id FROM role_definition ORDER BY id');
  const { rows: [root] } = await ctx.sql.query<{ id: string }>('SELECT id FROM scope WHERE parent_id IS NULL');
  const { rows: [reader] } = await ctx.sql.query<{ id: string }>(`SELECT id FROM role_definition WHERE name = 'Reader' AND kind = 'RESOURCE'`);

  // 1. The run's people and the holdings to deny.
  const [reviewer] = await createUsers(ctx, 'B11 reviewer', 1);
  const holders = await createUsers(ctx, 'B11 holder', holdersCount);
  const { rows: resources } = await ctx.sql.query<{ id: string }>(`SELECT id FROM scope WHERE type = 'RESOURCE' ORDER BY md5(id::text || $1) LIMIT $2`, [`${ctx.seed}:b11`, Math.ceil(denials / holdersCount) * 50]);
  const perHolder = Math.ceil(denials / holdersCount);
  const grants = Array.from({ length: denials }, (_, i) => ({
    principalId: holders[i % holdersCount].id,
    roleId: reader.id,
    scopeId: resources[(Math.floor(i / holdersCount) * 37 + (i % holdersCount)) % resources.length].id,
  }));
  const denied = new Set(await grantEligible(ctx, grants));
  log(`${holdersCount} holders with ${denied.size} new Reader eligibilities (${perHolder} each), 1 named reviewer`);

  let reviewId: string | null = null;
  try {
    // 2. The review of everything at / and below.
    const started = performance.now();
    const made = await ctx.gql<{ createAccessReview: { id: string; instances: { id: string; status: string; role: { id: string }; progress: { total: number } }[] } }>(
      ctx.tokens.admin,
      `mutation ($input: AccessReviewInput!) { createAccessReview(input: $input) { id instances { id status role { id } progress { total } } } }`,
      {
        input: {
          name: `B11 ${new Date().toISOString()}`,
          roleIds: roles.map((role) => role.id),
          scopeId: root.id,
          assignmentType: 'ALL',
          reviewers: [{ kind: 'USERS', principalIds: [reviewer.id] }],
          requireReason: false,
          defaultDecision: 'NO_CHANGE',
          recurrence: { frequency: 'ONE_TIME', durationDays: 14 },
        },
      },
    );
    const createMs = performance.now() - started;
    if (!made.data) throw new Error(`createAccessReview failed: ${JSON.stringify(made.errors)}`);
    reviewId = made.data.createAccessReview.id;
    const instances = made.data.createAccessReview.instances;
    const items = instances.reduce((sum, instance) => sum + instance.progress.total, 0);
    const inProgress = instances.filter((instance) => instance.status === 'IN_PROGRESS').length;
    log(`review started in ${(createMs / 1000).toFixed(1)} s: ${instances.length} instances (${inProgress} in progress), ${items} items`);

    // 3. The reviewer's pages.
    const largest = [...instances].sort((a, b) => b.progress.total - a.progress.total)[0];
    type Page = { reviewItems: { edges: { node: { viewerCanDecide: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const walk = async (filter: Record<string, unknown>) => {
      const latencies: number[] = [];
      let after: string | null = null;
      for (let page = 0; page < pages; page++) {
        const t0 = performance.now();
        const response: { data?: Page; errors?: unknown[] } = await ctx.gql<Page>(reviewer.token, PAGE, { filter, after });
        latencies.push(performance.now() - t0);
        if (!response.data) throw new Error(`reviewItems failed: ${JSON.stringify(response.errors)}`);
        if (response.data.reviewItems.edges.some((edge) => !edge.node.viewerCanDecide)) throw new Error('the reviewer was shown an item not theirs to decide');
        after = response.data.reviewItems.pageInfo.hasNextPage ? response.data.reviewItems.pageInfo.endCursor : null;
      }
      return roundSummary(summarize(latencies));
    };
    const byInstance = await walk({ instanceId: largest.id });
    const mine = await walk({ mine: true });
    const pageP95 = Math.max(byInstance.p95, mine.p95);
    log(`a page of 50: one instance (${largest.progress.total} items) p50 ${byInstance.p50} ms p95 ${byInstance.p95} ms; every instance ("mine") p50 ${mine.p50} ms p95 ${mine.p95} ms`);

    // 4. Deny the run's holdings, stop, apply.
    const readerInstance = instances.find((instance) => instance.role.id === reader.id);
    if (!readerInstance) throw new Error('no Reader instance');
    const { rows: toDeny } = await ctx.sql.query<{ id: string }>('SELECT id FROM access_review_item WHERE instance_id = $1 AND assignment_id = ANY($2::uuid[])', [readerInstance.id, [...denied]]);
    const decideStarted = performance.now();
    for (let from = 0; from < toDeny.length; from += 500) {
      const response = await ctx.gql(reviewer.token, 'mutation ($ids: [ID!]!) { decideReviewItems(itemIds: $ids, decision: DENY, reason: "B11") { id } }', {
        ids: toDeny.slice(from, from + 500).map((row) => row.id),
      });
      if (!response.data) throw new Error(`decideReviewItems failed: ${JSON.stringify(response.errors)}`);
    }
    const decideMs = performance.now() - decideStarted;
    const stopped = await ctx.gql(ctx.tokens.admin, 'mutation ($id: ID!) { stopAccessReview(instanceId: $id) { status } }', { id: readerInstance.id });
    if (!stopped.data) throw new Error(`stopAccessReview failed: ${JSON.stringify(stopped.errors)}`);
    const applyStarted = performance.now();
    const applied = await ctx.gql<{ applyAccessReview: { status: string } }>(ctx.tokens.admin, 'mutation ($id: ID!) { applyAccessReview(instanceId: $id) { status } }', { id: readerInstance.id });
    const applyMs = performance.now() - applyStarted;
    if (!applied.data) throw new Error(`applyAccessReview failed: ${JSON.stringify(applied.errors)}`);
    const { rows: [check] } = await ctx.sql.query<{ removed: number; failed: number; ended: number }>(
      `SELECT count(*) FILTER (WHERE i.applied)::int AS removed, count(*) FILTER (WHERE i.apply_error IS NOT NULL)::int AS failed,
              (SELECT count(*)::int FROM role_assignment a WHERE a.id = ANY($2::uuid[]) AND a.end_reason = 'REMOVED') AS ended
         FROM access_review_item i WHERE i.instance_id = $1 AND i.outcome = 'DENY'`,
      [readerInstance.id, [...denied]],
    );
    log(`${toDeny.length} denials decided in ${(decideMs / 1000).toFixed(1)} s; applied in ${(applyMs / 1000).toFixed(1)} s: ${check.removed} removed, ${check.failed} failed, ${check.ended} schedules ended`);

    const fullScale = items >= 500_000 && toDeny.length >= 10_000;
    const complete = check.removed === toDeny.length && check.ended === toDeny.length && inProgress === instances.length;
    const pass = fullScale && complete && createMs <= CREATE_GOAL_MS && pageP95 <= PAGE_GOAL_MS && applyMs <= APPLY_GOAL_MS;
    return {
      id: 'B11',
      name: 'access review of every holding at / (LARGE)',
      metric: 'instance started (snapshot + items), ms',
      value: Math.round(createMs),
      baseline: null,
      ratio: null,
      goal: 'start ≤ 60 s; a reviewer’s page of 50 p95 ≤ 100 ms; apply of 10,000 denials ≤ 60 s',
      pass,
      details: {
        instances: instances.length,
        items,
        startMs: Math.round(createMs),
        page: { oneInstance: byInstance, everyInstance: mine, p95: pageP95, largestInstanceItems: largest.progress.total },
        denials: { decided: toDeny.length, decideMs: Math.round(decideMs), applyMs: Math.round(applyMs), ...check },
        passConditions: { fullScale, complete, start: createMs <= CREATE_GOAL_MS, page: pageP95 <= PAGE_GOAL_MS, apply: applyMs <= APPLY_GOAL_MS },
      },
    };
  } finally {
    // 5. Clean-up: the review deleted (its instances and items with it; nothing else applied); the run's people retired.
    if (reviewId) {
      const deleted = await ctx.gql(ctx.tokens.admin, 'mutation ($id: ID!) { deleteAccessReview(id: $id) }', { id: reviewId });
      if (!deleted.data) log(`(clean-up: deleteAccessReview failed: ${JSON.stringify(deleted.errors)})`);
    }
    await retire(ctx, [reviewer.id, ...holders.map((holder) => holder.id)]);
  }
}
