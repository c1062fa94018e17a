import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/app';
import { setUpVisibilityFixture, type DemoTokens, type VisibilityFixture } from './support/visibility-fixture';

/**
 * R16: every object field reachable from a visible object has the visibility of that object's root lookup.
 *
 * The walk is generated from the schema itself: from every root query (with argument values drawn from the tenant), a
 * selection of every object-typed field, nested up to MAX_HOPS object hops (connections and edges do not count; a
 * field is not entered twice along one path), asking only `__typename`, `id` and `assignmentId`. It runs as each demo
 * persona, collects every object with an id that came back, and asks the same persona for it through the root lookup
 * of its type (`principal(id)`, `roleAssignment(id)`, …): an object a nested field returns but the root lookup would not
 * is a leak. Because the selection comes from the schema, a field added later is walked without anyone listing it, and
 * the coverage check fails until the fixture gives it something to return (or it is listed in UNCOVERED with why).
 */

type Persona = keyof DemoTokens;
const PERSONAS: Persona[] = ['admin', 'pra', 'alice', 'bob', 'carol', 'dave', 'erin', 'pipeline'];

const MAX_HOPS = 3;
/** Relay wrappers: passing through them is not a hop. */
const WRAPPER = /(Connection|Edge)$/;

/** Types whose objects are fetched by id: the walk checks each returned object against this root lookup. */
const ROOT_LOOKUP: Record<string, string> = {
  User: 'principal',
  Group: 'principal',
  ServicePrincipal: 'principal',
  RoleAssignment: 'roleAssignment',
  RoleRequest: 'roleRequest',
  Scope: 'scope',
  RoleDefinition: 'roleDefinition',
  AccessReview: 'accessReview',
  AccessReviewInstance: 'accessReviewInstance',
  Alert: 'alert',
};

/**
 * Public by rule: every signed-in principal reads them by id (DOMAIN.md's table names no restriction on the tree of
 * scopes or the role catalogue; what anyone holds there is what is guarded). The walk asserts it for every persona.
 */
const PUBLIC: Record<string, string> = {
  Scope: 'the scope tree: anyone signed in browses it (and picks where to activate)',
  RoleDefinition: 'the role catalogue: anyone signed in reads it (and what activating a role demands)',
};

/** Types with an id but no root lookup: they may only be reached from these list roots (their own, policy-filtered). */
const LIST_ONLY: Record<string, string[]> = {
  AuditEvent: ['auditEvents'],
  Notification: ['notifications'],
  Webhook: ['webhooks'],
  WebhookDelivery: ['webhooks', 'webhookDeliveries'],
  ApiToken: ['apiTokens'],
  ScimToken: ['scimTokens'],
  IdentityProvider: ['identityProviders'],
  // The sign-in page's list: names and where to start, for anyone (asked before signing in).
  SignInProvider: ['signInProviders'],
  // A review's items: its readers and managers see all, reviewers theirs (what they may decide), through this list only.
  AccessReviewItem: ['reviewItems'],
  // What an alert found: the readers of alerts, resource owners for their scopes, through the alert only.
  AlertIncident: ['alerts', 'alert'],
};

/** Object fields the fixture cannot give a value, and why. Everything else must carry an object for some persona. */
const UNCOVERED: Record<string, string> = {
  'Webhook.lastDelivery': 'no webhook is registered: a delivery needs an outbound endpoint',
  'AuditVerification.checkpoint': 'no AUDIT_SIGNING_KEY in tests: no checkpoint is signed',
  'Invitation.identityProvider': 'asked with a one-time token, by no persona (oidc.test.ts); a SignInProvider is public (signInProviders)',
};

interface Pools {
  reviews: string[];
  alerts: string[];
  reviewInstances: string[];
  principals: string[];
  assignments: string[];
  requests: string[];
  scopes: string[];
  roles: string[];
  explain: { principalId: string; roleId: string; scopeId: string }[];
  readerOverride: { roleId: string; scopeId: string };
}

/** The argument sets each root query is walked with. A root query missing here fails the test: say how to walk it. */
const ROOT_ARGS: Record<string, (pools: Pools) => Record<string, unknown>[]> = {
  activationEvents: () => [{ first: 100 }],
  alerts: () => [{}],
  alert: (p) => p.alerts.map((id) => ({ id })),
  apiTokens: () => [{}],
  auditEvents: () => [{ first: 100 }],
  effectiveAccess: (p) => p.principals.map((principalId) => ({ principalId })),
  checkAccess: (p) => [{ checks: p.explain.slice(0, 200) }],
  explainAccess: (p) => p.explain,
  // A setup or invitation link's page: asked by whoever holds the one-time token, not by a persona; the only object with
  // an id it names is a SignInProvider, public (bootstrap-admin.test.ts, users.test.ts, oidc.test.ts check what it gives).
  invitation: () => [],
  me: () => [{}],
  // Counts only (no object with an id): each number's visibility is overview.test.ts's.
  overview: () => [{}],
  accessReviews: () => [{ first: 100 }],
  accessReview: (p) => p.reviews.map((id) => ({ id })),
  accessReviewInstance: (p) => p.reviewInstances.map((id) => ({ id })),
  reviewItems: (p) => [{ first: 100 }, ...p.reviewInstances.map((instanceId) => ({ first: 100, filter: { instanceId } }))],
  notifications: () => [{ first: 100 }],
  principal: (p) => p.principals.map((id) => ({ id })),
  principals: () => [{ first: 100 }],
  roleAssignment: (p) => p.assignments.map((id) => ({ id })),
  roleAssignments: (p) => [
    { first: 100 },
    { first: 100, filter: { state: 'ALL', expandGroups: true } },
    ...p.scopes.map((scopeId) => ({ first: 100, filter: { scopeId, includeInherited: true, expandGroups: true, state: 'ALL' } })),
  ],
  roleDefinition: (p) => p.roles.map((id) => ({ id })),
  roleDefinitions: () => [{}],
  roleRequest: (p) => p.requests.map((id) => ({ id })),
  roleRequests: () => [{ first: 100 }, { first: 100, filter: { awaitingMyDecision: true } }],
  roleSettings: (p) => [...p.roles.map((roleId) => ({ roleId })), p.readerOverride],
  scimTokens: () => [{}],
  identityProviders: () => [{}],
  signInProviders: () => [{}],
  scope: (p) => p.scopes.map((id) => ({ id })),
  scopes: (p) => [{}, ...p.scopes.map((parentId) => ({ parentId }))],
  verifyAudit: () => [{}],
  viewer: () => [{}],
  viewerCapabilities: () => [{}],
  viewerManageableScopes: () => [{}],
  viewerSession: () => [{}],
  webhookDeliveries: () => [], // no webhook to ask about (see UNCOVERED)
  webhooks: () => [{}],
};

type Composite = GraphQLObjectType | GraphQLInterfaceType;
const isComposite = (type: GraphQLNamedType): type is Composite => isObjectType(type) || isInterfaceType(type);

function selectionOf(schema: GraphQLSchema, type: Composite, hops: number, path: ReadonlySet<string>): string {
  const concretes = isInterfaceType(type) ? schema.getPossibleTypes(type) : [type];
  const parts = ['__typename'];
  for (const concrete of concretes) {
    const fields: string[] = [];
    for (const field of Object.values(concrete.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        if (field.name === 'id' || field.name === 'assignmentId') fields.push(field.name);
        continue;
      }
      if (!isComposite(named)) continue;
      const key = `${concrete.name}.${field.name}`;
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
        throw new Error(`${key} takes required arguments: teach the walk what to pass`);
      }
      const next = WRAPPER.test(concrete.name) ? hops : hops + 1;
      if (next > MAX_HOPS || path.has(key)) continue;
      fields.push(`${field.name} ${selectionOf(schema, named, next, new Set([...path, key]))}`);
    }
    parts.push(isInterfaceType(type) ? `... on ${concrete.name} { __typename ${fields.join(' ')} }` : fields.join(' '));
  }
  return `{ ${parts.join(' ')} }`;
}

interface Found {
  typename: string;
  id: string;
  root: string;
  path: string;
}

describe('every object field has the visibility of its root lookup (R16): a walk of the schema', () => {
  let t: TestApp;
  let fixture: VisibilityFixture;
  let schema: GraphQLSchema;
  let pools: Pools;

  beforeAll(async () => {
    // Generated selections are large: the limits against abuse (R6) are tested elsewhere and raised here.
    t = await startTestApp({ config: { QUERY_MAX_DEPTH: '40', QUERY_MAX_ALIASES: '100', QUERY_MAX_COST: '100000000', QUERY_MAX_TOKENS: '1000000', JOBS: 'false' } });
    fixture = await setUpVisibilityFixture(t);
    schema = await createSchema();
    const ids = async (sql: string) => (await t.sql<{ id: string }>(sql)).map((row) => row.id);
    const active = await t.sql<{ principal_id: string; role_id: string; scope_id: string; type: string }>(
      "SELECT principal_id, role_id, scope_id, type FROM role_assignment WHERE type = 'ACTIVE' AND start_at <= now() AND (end_at IS NULL OR end_at > now())",
    );
    const scopes = await t.sql<{ id: string; parent_id: string | null; group_id: string | null }>('SELECT id, parent_id, group_id FROM scope');
    const members = new Map<string, string[]>();
    for (const row of active) {
      const group = scopes.find((s) => s.id === row.scope_id)?.group_id;
      if (group && row.role_id === fixture.id.Member) members.set(group, [...(members.get(group) ?? []), row.principal_id]);
    }
    // "Why does P hold R at S": every holder (and group member) of an active role, at its scope and one scope below.
    const explain = new Map<string, { principalId: string; roleId: string; scopeId: string }>();
    for (const row of active) {
      const below = scopes.find((s) => s.parent_id === row.scope_id);
      for (const principalId of [row.principal_id, ...(members.get(row.principal_id) ?? [])]) {
        for (const scopeId of [row.scope_id, ...(below ? [below.id] : [])]) explain.set(`${principalId}/${row.role_id}/${scopeId}`, { principalId, roleId: row.role_id, scopeId });
      }
    }
    pools = {
      reviews: await ids('SELECT id FROM access_review ORDER BY id'),
      alerts: await ids('SELECT id FROM alert ORDER BY id'),
      reviewInstances: await ids('SELECT id FROM access_review_instance ORDER BY id'),
      principals: await ids('SELECT id FROM principal ORDER BY id'),
      assignments: await ids('SELECT id FROM role_assignment ORDER BY id'),
      requests: await ids('SELECT id FROM role_request ORDER BY id'),
      scopes: scopes.map((s) => s.id),
      roles: await ids('SELECT id FROM role_definition ORDER BY id'),
      explain: [...explain.values()],
      readerOverride: { roleId: fixture.id.Reader, scopeId: fixture.id.Production },
    };
  });
  afterAll(async () => t?.stop());

  it('classifies every type with an id, and knows how to walk every root query', () => {
    const withId = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields())
      .map((type) => type.name)
      .sort();
    expect(withId.filter((name) => !(name in ROOT_LOOKUP) && !(name in LIST_ONLY)), 'types with an id the walk does not know how to check').toEqual([]);
    const roots = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => isComposite(getNamedType(field.type)))
      .map((field) => field.name);
    expect(roots.filter((name) => !(name in ROOT_ARGS)), 'root queries the walk does not know how to call').toEqual([]);
    for (const name of Object.keys(PUBLIC)) expect(ROOT_LOOKUP[name], name).toBeDefined();
  });

  it('nothing a persona reaches through a nested field is hidden from that persona’s root lookup', async () => {
    const queryFields = schema.getQueryType()!.getFields();
    const failures = new Map<string, string>();
    const nestedErrors: string[] = [];
    const rootErrors: string[] = [];
    const covered = new Set<string>();

    const visit = (value: unknown, type: GraphQLNamedType, root: string, path: string, out: Found[]) => {
      if (value === null || value === undefined) return;
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, type, root, `${path}[${index}]`, out));
        return;
      }
      if (!isComposite(type)) return;
      const object = value as Record<string, unknown>;
      const concrete = schema.getType(String(object.__typename)) as GraphQLObjectType;
      const id = (object.assignmentId ?? object.id) as string | undefined;
      if (id) out.push({ typename: concrete.name, id, root, path });
      for (const [key, child] of Object.entries(object)) {
        const field = concrete.getFields()[key];
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!isComposite(named)) continue;
        if (child !== null && !(Array.isArray(child) && child.length === 0)) covered.add(`${concrete.name}.${key}`);
        visit(child, named, root, `${path}.${key}`, out);
      }
    };

    for (const persona of PERSONAS) {
      const token = fixture.tokens[persona];
      const found: Found[] = [];
      const calls: { root: string; query: string; variables: Record<string, unknown> }[] = [];
      for (const [root, argsOf] of Object.entries(ROOT_ARGS)) {
        const field = queryFields[root];
        const named = getNamedType(field.type) as Composite;
        const selection = selectionOf(schema, named, 0, new Set());
        for (const args of argsOf(pools)) {
          const given = field.args.filter((arg) => arg.name in args);
          const definitions = given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
          const call = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          calls.push({
            root,
            query: `query Walk${definitions ? `(${definitions})` : ''} { root: ${root}${call ? `(${call})` : ''} ${selection} }`,
            variables: args,
          });
        }
      }
      await inParallel(calls, 4, async ({ root, query, variables }) => {
        const result = await t.gql<{ root: unknown }>(token, query, variables);
        for (const error of result.errors ?? []) {
          const at = (error as { path?: (string | number)[] }).path ?? [];
          const where = `${persona} ${root}(${JSON.stringify(variables)}) ${at.join('.')}: ${String(error.extensions?.code)} ${error.message}`;
          if (at.length > 1) nestedErrors.push(where);
          else if (!['NOT_FOUND', 'FORBIDDEN'].includes(String(error.extensions?.code))) rootErrors.push(where);
        }
        if (result.data?.root) visit(result.data.root, getNamedType(queryFields[root].type), root, '', found);
      });

      // Every object of a type with a root lookup must come back from it, for the same persona.
      const wanted = new Map<string, Found>();
      for (const item of found) {
        const lookup = ROOT_LOOKUP[item.typename];
        if (lookup) wanted.set(`${lookup}:${item.id}`, item);
        else if (LIST_ONLY[item.typename] && !LIST_ONLY[item.typename].includes(item.root)) {
          failures.set(`${persona} ${item.typename} via ${item.root}${pattern(item.path)}`, `${item.typename} ${item.id} is reached outside its own list`);
        }
      }
      const hidden = await hiddenFromRootLookup(t, token, [...wanted.keys()]);
      for (const key of hidden) {
        const item = wanted.get(key)!;
        // One example per persona and field path: the same hole shows on many rows.
        const where = `${persona}: ${item.typename} via ${item.root}${pattern(item.path)}`;
        if (!failures.has(where)) failures.set(where, `${key} (at ${item.path})`);
      }
    }

    expect(rootErrors, 'root queries answering with something else than NOT_FOUND or FORBIDDEN').toEqual([]);
    expect(nestedErrors, 'nested fields must hide what the viewer may not see by null or by omission, never by an error').toEqual([]);
    expect(Object.fromEntries(failures), 'objects reached through a field that the same persona’s root lookup does not return').toEqual({});

    // Coverage: a field the walk never saw carrying an object is a field it did not test.
    const reachable = reachableObjectFields(schema);
    const uncovered = reachable.filter((key) => !covered.has(key) && !(key in UNCOVERED));
    expect(uncovered, 'object fields that returned nothing for every persona: give the fixture data for them (or say why in UNCOVERED)').toEqual([]);
  }, 300_000);

  it('scopes and role definitions are public to every signed-in persona (by rule)', async () => {
    for (const persona of PERSONAS) {
      const keys = [...pools.scopes.map((id) => `scope:${id}`), ...pools.roles.map((id) => `roleDefinition:${id}`)];
      expect(await hiddenFromRootLookup(t, fixture.tokens[persona], keys), persona).toEqual([]);
    }
  });
});

/** `a.b[3].c[0]` → `a.b[].c[]`: one name for the same field on every row. */
function pattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/**
 * Of `lookup:id` keys, those the root lookup does not answer for this token. Up to 50 aliases a request; root lookups
 * are non-null, so one refusal nulls the whole answer (and graphql-js reports only the first): a batch with an error is
 * split in halves until each refusal stands alone.
 */
async function hiddenFromRootLookup(t: TestApp, token: string, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  if (keys.length > 50) {
    const hidden: string[] = [];
    for (let start = 0; start < keys.length; start += 50) hidden.push(...(await hiddenFromRootLookup(t, token, keys.slice(start, start + 50))));
    return hidden;
  }
  const query = `{ ${keys.map((key, index) => {
    const [lookup, id] = key.split(':');
    return `k${index}: ${lookup}(id: ${JSON.stringify(id)}) { id }`;
  }).join(' ')} }`;
  const result: GraphQLResponse<Record<string, { id: string } | null>> = await t.gql(token, query);
  if (!result.errors?.length) return [];
  if (keys.length === 1) return keys;
  const half = Math.ceil(keys.length / 2);
  return [...(await hiddenFromRootLookup(t, token, keys.slice(0, half))), ...(await hiddenFromRootLookup(t, token, keys.slice(half)))];
}

/** Every `Type.field` of an object type reachable from Query whose result can contain an object with an id. */
function reachableObjectFields(schema: GraphQLSchema): string[] {
  const carriesId = new Map<string, boolean>();
  const carries = (type: Composite, seen: Set<string>): boolean => {
    if (carriesId.has(type.name)) return carriesId.get(type.name)!;
    if (seen.has(type.name)) return false;
    seen.add(type.name);
    const concretes = isInterfaceType(type) ? schema.getPossibleTypes(type) : [type];
    const result = concretes.some(
      (concrete) =>
        'id' in concrete.getFields() ||
        Object.values(concrete.getFields()).some((field) => {
          const named = getNamedType(field.type);
          return isComposite(named) && carries(named, seen);
        }),
    );
    carriesId.set(type.name, result);
    return result;
  };
  const fields = new Set<string>();
  const seenTypes = new Set<string>();
  const walk = (type: Composite) => {
    if (seenTypes.has(type.name)) return;
    seenTypes.add(type.name);
    for (const concrete of isInterfaceType(type) ? schema.getPossibleTypes(type) : [type]) {
      for (const field of Object.values(concrete.getFields())) {
        const named = getNamedType(field.type);
        if (!isComposite(named)) continue;
        if (concrete !== schema.getQueryType() && !WRAPPER.test(concrete.name) && carries(named, new Set())) fields.add(`${concrete.name}.${field.name}`);
        walk(named);
      }
    }
  };
  walk(schema.getQueryType()!);
  return [...fields].sort();
}

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
