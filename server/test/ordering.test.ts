import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app';
import { addUser, adminAssign } from './support/personas';

/**
 * `orderBy` on roleAssignments, auditEvents and roleRequests: paging through each order in small pages gives the whole
 * list sorted as the order says (ties broken by id, in the same direction), in both directions; a cursor is accepted only
 * with the order that made it (BAD_USER_INPUT otherwise, never a 500 or a page from nowhere); an unknown field is a
 * validation error.
 */

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}
type Errors = { errors?: { message: string; extensions?: { code?: string } }[] };
type Direction = 'ASC' | 'DESC';

const code = (result: Errors) => result.errors?.[0]?.extensions?.code;
const byCodePoint = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
const name = (value: string) => value.toLowerCase();

/** The JavaScript order of a key then the id, in a direction: what the server's ORDER BY must give. */
function sorted<N extends { id: string }>(nodes: N[], key: (node: N) => number | string, direction: Direction): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...nodes]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const byKey = typeof x === 'number' && typeof y === 'number' ? Math.sign(x - y) : byCodePoint(String(x), String(y));
      return sign * (byKey || byCodePoint(a.id, b.id));
    })
    .map((node) => node.id);
}

/** Whether some neighbours in `ids` share a key: the order's ties were exercised. */
function hasTies<N extends { id: string }>(nodes: N[], key: (node: N) => number | string): boolean {
  const keys = nodes.map(key);
  return new Set(keys).size < keys.length;
}

describe('orderBy on the lists', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  /** Every page of `list` through `first`-sized pages: the nodes in the order they came, each page's size checked. */
  async function pageThrough<N extends { id: string }>(token: string, list: string, query: string, variables: Record<string, unknown>, first: number) {
    const nodes: N[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 200; guard++) {
      const result: { data?: Record<string, Page<N>> | null; errors?: unknown } = await t.gql<Record<string, Page<N>>>(token, query, { ...variables, first, after });
      expect(result.errors).toBeUndefined();
      const page: Page<N> = result.data![list];
      nodes.push(...page.edges.map((edge) => edge.node));
      cursors.push(...page.edges.map((edge) => edge.cursor));
      if (!page.pageInfo.hasNextPage) {
        expect(nodes).toHaveLength(page.totalCount);
        return { nodes, cursors };
      }
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    throw new Error('more than 200 pages');
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@contoso.test');
    adminId = await t.ids.principal('admin@contoso.test');
    const [reader, contributor, rgWeb, rgData] = await Promise.all([t.ids.role('Reader'), t.ids.role('Contributor'), t.ids.scope('rg-web'), t.ids.scope('rg-data')]);
    // Ties: three schedules with the same window, and people whose names differ only in case.
    const startAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const people = await Promise.all(['Sam Tie', 'sam tie', 'SAM TIE', 'Ann Order'].map((person, index) => addUser(t, person, `order${index}@contoso.test`)));
    for (const principalId of people.slice(0, 3)) {
      const result = await t.gql(admin, 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
        input: { principalId, roleId: reader, scopeId: rgWeb, type: 'ACTIVE', startAt, duration: 'P7D', justification: 'ties' },
      });
      expect(result.errors).toBeUndefined();
    }
    // Requests waiting for the administrator's decision, for the approval queue.
    const settings = await t.gql(
      admin,
      `mutation($role: ID!, $scope: ID!, $admin: ID!) { updateRoleSettings(roleId: $role, scopeId: $scope, input: {
         activation: { requireApproval: true, requireMfa: false, approvalStages: [{ approverIds: [$admin] }] } }) { isDefault } }`,
      { role: contributor, scope: rgData, admin: adminId },
    );
    expect(settings.errors).toBeUndefined();
    for (const [index, principalId] of people.entries()) {
      await adminAssign(t, admin, { principalId, roleId: contributor, scopeId: rgData, type: 'ELIGIBLE' });
      const token = await t.signIn(`order${index}@contoso.test`);
      const asked = await t.gql<{ activateRole: { status: string } }>(token, 'mutation($input: ActivateRoleInput!) { activateRole(input: $input) { status } }', {
        input: { roleId: contributor, scopeId: rgData, duration: 'PT1H', justification: 'deploy', ticketSystem: 'JIRA', ticketNumber: `OPS-${index}` },
      });
      expect(asked.data?.activateRole.status).toBe('PENDING_APPROVAL');
    }
  });
  afterAll(async () => t?.stop());

  describe('roleAssignments', () => {
    const QUERY = `query($first: Int, $after: String, $orderBy: RoleAssignmentOrder) {
      roleAssignments(filter: { state: ALL, expandGroups: true }, first: $first, after: $after, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id startAt endAt principal { displayName } role { name } scope { name } } }
      }
    }`;
    type Row = { id: string; startAt: string; endAt: string | null; principal: { displayName: string }; role: { name: string }; scope: { name: string } };
    const KEYS: Record<string, (row: Row) => number | string> = {
      START_AT: (row) => Date.parse(row.startAt),
      END_AT: (row) => (row.endAt ? Date.parse(row.endAt) : Number.POSITIVE_INFINITY),
      PRINCIPAL_NAME: (row) => name(row.principal.displayName),
      ROLE_NAME: (row) => name(row.role.name),
      SCOPE_NAME: (row) => name(row.scope.name),
    };
    let all: Row[];

    beforeAll(async () => {
      all = (await pageThrough<Row>(admin, 'roleAssignments', QUERY, {}, 100)).nodes;
      // The default order is unchanged: by row id.
      expect(all.map((row) => row.id)).toEqual([...all.map((row) => row.id)].sort(byCodePoint));
      for (const key of Object.values(KEYS)) expect(hasTies(all, key)).toBe(true);
    });

    for (const field of Object.keys(KEYS)) {
      for (const direction of ['ASC', 'DESC'] as const) {
        it(`${field} ${direction}: pages of 4 give the whole list in that order`, async () => {
          const { nodes } = await pageThrough<Row>(admin, 'roleAssignments', QUERY, { orderBy: { field, direction } }, 4);
          expect(nodes.map((row) => row.id)).toEqual(sorted(all, KEYS[field], direction));
        });
      }
    }

    it('permanent rows sort as the latest end', async () => {
      const { nodes } = await pageThrough<Row>(admin, 'roleAssignments', QUERY, { orderBy: { field: 'END_AT', direction: 'DESC' } }, 50);
      expect(nodes[0].endAt).toBeNull();
      expect(nodes[nodes.length - 1].endAt).not.toBeNull();
    });

    it('refuses a cursor made with another order, or with the default order, as BAD_USER_INPUT', async () => {
      const page = (orderBy: unknown, after: string | null) => t.gql<Record<string, Page<Row>>>(admin, QUERY, { first: 2, after, orderBy });
      const byStart = (await page({ field: 'START_AT', direction: 'ASC' }, null)).data!.roleAssignments.pageInfo.endCursor;
      const byDefault = (await page(null, null)).data!.roleAssignments.pageInfo.endCursor;
      expect(code(await page({ field: 'START_AT', direction: 'ASC' }, byStart))).toBeUndefined();
      expect(code(await page({ field: 'START_AT', direction: 'DESC' }, byStart))).toBe('BAD_USER_INPUT');
      expect(code(await page({ field: 'END_AT', direction: 'ASC' }, byStart))).toBe('BAD_USER_INPUT');
      expect(code(await page({ field: 'ROLE_NAME', direction: 'ASC' }, byStart))).toBe('BAD_USER_INPUT');
      expect(code(await page(null, byStart))).toBe('BAD_USER_INPUT');
      expect(code(await page({ field: 'START_AT', direction: 'ASC' }, byDefault))).toBe('BAD_USER_INPUT');
    });

    it('refuses crafted cursors of an order as BAD_USER_INPUT', async () => {
      const crafted = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
      const id = all[0].id;
      for (const [orderBy, parts] of [
        [{ field: 'END_AT', direction: 'ASC' }, ['END_AT:ASC', 'infinity', id]],
        [{ field: 'START_AT', direction: 'ASC' }, ['START_AT:ASC', null, id]],
        [{ field: 'ROLE_NAME', direction: 'ASC' }, ['ROLE_NAME:ASC', 'reader', 'not-a-uuid']],
        [{ field: 'ROLE_NAME', direction: 'ASC' }, ['ROLE_NAME:ASC', 7, id]],
      ] as const) {
        expect(code(await t.gql(admin, QUERY, { first: 2, after: crafted([...parts]), orderBy }))).toBe('BAD_USER_INPUT');
      }
    });

    it('an unknown field or a missing direction is a validation error', async () => {
      const unknown = await t.gql(admin, '{ roleAssignments(orderBy: { field: CREATED, direction: ASC }) { totalCount } }');
      expect(unknown.errors?.[0].message).toMatch(/CREATED/);
      expect(unknown.data).toBeUndefined();
      const missing = await t.gql(admin, '{ roleAssignments(orderBy: { field: ROLE_NAME }) { totalCount } }');
      expect(missing.errors?.[0].message).toMatch(/direction/);
    });
  });

  describe('auditEvents', () => {
    const QUERY = `query($first: Int, $after: String, $orderBy: AuditEventOrder) {
      auditEvents(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id sequence } } }
    }`;
    type Event = { id: string; sequence: number };

    it('AT ASC is oldest first, AT DESC the default newest first, through pages of 7', async () => {
      const newest = (await pageThrough<Event>(admin, 'auditEvents', QUERY, {}, 100)).nodes.map((event) => event.sequence);
      expect(newest).toEqual([...newest].sort((a, b) => b - a));
      const oldest = await pageThrough<Event>(admin, 'auditEvents', QUERY, { orderBy: { field: 'AT', direction: 'ASC' } }, 7);
      expect(oldest.nodes.map((event) => event.sequence)).toEqual([...newest].reverse());
      const descending = await pageThrough<Event>(admin, 'auditEvents', QUERY, { orderBy: { field: 'AT', direction: 'DESC' } }, 7);
      expect(descending.nodes.map((event) => event.sequence)).toEqual(newest);
    });

    it('refuses a cursor of the other direction as BAD_USER_INPUT', async () => {
      const page = (orderBy: unknown, after: string | null) => t.gql<Record<string, Page<Event>>>(admin, QUERY, { first: 2, after, orderBy });
      const ascending = (await page({ field: 'AT', direction: 'ASC' }, null)).data!.auditEvents.pageInfo.endCursor;
      const descending = (await page({ field: 'AT', direction: 'DESC' }, null)).data!.auditEvents.pageInfo.endCursor;
      expect(code(await page({ field: 'AT', direction: 'ASC' }, ascending))).toBeUndefined();
      expect(code(await page({ field: 'AT', direction: 'DESC' }, ascending))).toBe('BAD_USER_INPUT');
      expect(code(await page(null, ascending))).toBe('BAD_USER_INPUT');
      expect(code(await page({ field: 'AT', direction: 'ASC' }, descending))).toBe('BAD_USER_INPUT');
      // AT DESC is the default order: its cursors are the default order's.
      expect(code(await page(null, descending))).toBeUndefined();
    });

    it('an unknown field is a validation error', async () => {
      const result = await t.gql(admin, '{ auditEvents(orderBy: { field: ACTION, direction: ASC }) { totalCount } }');
      expect(result.errors?.[0].message).toMatch(/ACTION/);
      expect(result.data).toBeUndefined();
    });
  });

  describe('roleRequests', () => {
    const query = (filter: string) => `query($first: Int, $after: String, $orderBy: RoleRequestOrder) {
      roleRequests(filter: ${filter}, first: $first, after: $after, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id createdAt principal { displayName } role { name } scope { name } } }
      }
    }`;
    type Request = { id: string; createdAt: string; principal: { displayName: string }; role: { name: string }; scope: { name: string } };
    const KEYS: Record<string, (request: Request) => number | string> = {
      CREATED_AT: (request) => Date.parse(request.createdAt),
      PRINCIPAL_NAME: (request) => name(request.principal.displayName),
      ROLE_NAME: (request) => name(request.role.name),
      SCOPE_NAME: (request) => name(request.scope.name),
    };

    for (const [list, filter] of [
      ['every request', '{}'],
      ['the approval queue', '{ awaitingMyDecision: true }'],
    ] as const) {
      describe(list, () => {
        let all: Request[];
        beforeAll(async () => {
          all = (await pageThrough<Request>(admin, 'roleRequests', query(filter), {}, 100)).nodes;
          expect(all.length).toBeGreaterThanOrEqual(4);
          expect(all.map((request) => request.id)).toEqual(sorted(all, KEYS.CREATED_AT, 'DESC'));
          for (const field of ['PRINCIPAL_NAME', 'ROLE_NAME', 'SCOPE_NAME']) expect(hasTies(all, KEYS[field])).toBe(true);
        });

        for (const field of Object.keys(KEYS)) {
          for (const direction of ['ASC', 'DESC'] as const) {
            it(`${field} ${direction}: pages of 3 give the whole list in that order`, async () => {
              const { nodes } = await pageThrough<Request>(admin, 'roleRequests', query(filter), { orderBy: { field, direction } }, 3);
              expect(nodes.map((request) => request.id)).toEqual(sorted(all, KEYS[field], direction));
            });
          }
        }

        it('refuses a cursor made with another order as BAD_USER_INPUT', async () => {
          const page = (orderBy: unknown, after: string | null) => t.gql<Record<string, Page<Request>>>(admin, query(filter), { first: 2, after, orderBy });
          const byRole = (await page({ field: 'ROLE_NAME', direction: 'ASC' }, null)).data!.roleRequests.pageInfo.endCursor;
          const byDefault = (await page(null, null)).data!.roleRequests.pageInfo.endCursor;
          expect(code(await page({ field: 'ROLE_NAME', direction: 'ASC' }, byRole))).toBeUndefined();
          expect(code(await page({ field: 'ROLE_NAME', direction: 'DESC' }, byRole))).toBe('BAD_USER_INPUT');
          expect(code(await page({ field: 'SCOPE_NAME', direction: 'ASC' }, byRole))).toBe('BAD_USER_INPUT');
          expect(code(await page(null, byRole))).toBe('BAD_USER_INPUT');
          expect(code(await page({ field: 'CREATED_AT', direction: 'ASC' }, byDefault))).toBe('BAD_USER_INPUT');
          // CREATED_AT DESC is the default order: its cursors are the default order's.
          expect(code(await page({ field: 'CREATED_AT', direction: 'DESC' }, byDefault))).toBeUndefined();
        });
      });
    }

    it('an unknown field is a validation error', async () => {
      const result = await t.gql(admin, '{ roleRequests(orderBy: { field: STATUS, direction: ASC }) { totalCount } }');
      expect(result.errors?.[0].message).toMatch(/STATUS/);
      expect(result.data).toBeUndefined();
    });
  });
});
