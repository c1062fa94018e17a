import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_ADMINISTRATOR_ID, GROUP_MEMBER_ID, TENANT_ROOT_SCOPE_ID } from '../src/modules/roles/built-in-roles';
import { startTestApp, type TestApp } from './support/app';
import { adminAssign } from './support/personas';

const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Json = Record<string, unknown>;

/**
 * SCIM 2.0 as identity providers actually send it (R17): the request bodies of Microsoft Entra ID's published SCIM
 * examples (its default mode and its compliant mode, aadOptscim062020) and of Okta's SCIM 2.0 guide, replayed over real
 * HTTP, each checked by the end state in the database; malformed requests get SCIM's error schema and change nothing.
 */
describe('SCIM provisioning', () => {
  let t: TestApp;
  let admin: string;
  let token: string;
  const scim = async (method: string, path: string, body?: unknown, bearer: string | null = token) => {
    const response = await fetch(`${t.url.replace(/\/graphql$/, '')}/scim/v2${path}`, {
      method,
      headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : null) as Json };
  };
  const members = async (groupId: string) =>
    (
      await t.sql<{ principal_id: string }>(
        `SELECT m.principal_id FROM role_assignment m JOIN scope s ON s.id = m.scope_id WHERE s.group_id = $1 AND m.role_id = $2 AND m.end_reason IS NULL ORDER BY m.principal_id`,
        [groupId, GROUP_MEMBER_ID],
      )
    ).map((row) => row.principal_id);
  const principal = async (id: string) =>
    (await t.sql<{ enabled: boolean; display_name: string; email: string; user_name: string; given_name: string | null; family_name: string | null; external_id: string | null; source: string }>(
      'SELECT enabled, display_name, email, user_name, given_name, family_name, external_id, source FROM principal WHERE id = $1',
      [id],
    ))[0];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signInWithMfa('admin@contoso.test');
    const made = await t.gql<{ createScimToken: { token: string } }>(admin, 'mutation { createScimToken(name: "Entra ID") { token scimToken { id name } } }');
    token = made.data!.createScimToken.token;
  });
  afterAll(async () => t?.stop());

  it('refuses without a valid SCIM token, in SCIM’s error schema; a revoked token stops at once', async () => {
    const none = await scim('GET', '/Users', undefined, null);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ schemas: [ERROR], status: '401' });
    expect((await scim('GET', '/Users', undefined, 'elp_not-a-token')).status).toBe(401);
    // A session token is not a SCIM token.
    expect((await scim('GET', '/Users', undefined, admin)).status).toBe(401);
    const other = await t.gql<{ createScimToken: { token: string; scimToken: { id: string } } }>(admin, 'mutation { createScimToken(name: "Okta", expiresInDays: 30) { token scimToken { id } } }');
    expect((await scim('GET', '/ServiceProviderConfig', undefined, other.data!.createScimToken.token)).status).toBe(200);
    await t.gql(admin, 'mutation ($id: ID!) { revokeScimToken(id: $id) }', { id: other.data!.createScimToken.scimToken.id });
    expect((await scim('GET', '/ServiceProviderConfig', undefined, other.data!.createScimToken.token)).status).toBe(401);
    // Only Global Administrators make them.
    const carol = await t.signIn('carol@contoso.test');
    expect((await t.gql(carol, 'mutation { createScimToken(name: "x") { token } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stored = await t.sql<{ token_hash: string }>('SELECT token_hash FROM scim_token');
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash) && row.token_hash !== token)).toBe(true);
  });

  it('discovery: ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const config = await scim('GET', '/ServiceProviderConfig');
    expect(config.type).toContain('application/scim+json');
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true }, bulk: { supported: false } });
    const types = await scim('GET', '/ResourceTypes');
    expect((types.body.Resources as Json[]).map((r) => r.endpoint)).toEqual(['/Users', '/Groups']);
    const schemas = await scim('GET', '/Schemas');
    expect((schemas.body.Resources as Json[]).map((r) => r.id)).toEqual([USER, GROUP]);
  });

  it('Entra ID: create, query by userName, update (both modes), disable with "False", delete; a disable takes effect before the response', async () => {
    // Microsoft's "Create User" request.
    const created = await scim('POST', '/Users', {
      schemas: [USER, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      userName: 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1',
      active: true,
      emails: [{ primary: true, type: 'work', value: 'Test_User_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com' }],
      meta: { resourceType: 'User' },
      name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
      roles: [],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ userName: 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1', active: true, externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef' });
    expect(await principal(id)).toMatchObject({
      source: 'SCIM',
      enabled: true,
      email: 'test_user_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com',
      display_name: 'givenName familyName',
      given_name: 'givenName',
      family_name: 'familyName',
    });
    // The same userName again (any case) is a conflict: SCIM's uniqueness.
    const again = await scim('POST', '/Users', { schemas: [USER], userName: 'TEST_USER_AB6490EE-1e48-479e-a20b-2d77186b5dd1', emails: [{ value: 'other@testuser.com' }] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ schemas: [ERROR], scimType: 'uniqueness' });

    // "Get User by query".
    const found = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1"')}`);
    expect(found.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect((found.body.Resources as Json[])[0].id).toBe(id);
    const nobody = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "non-existent user"')}`);
    expect(nobody.body).toMatchObject({ totalResults: 0, Resources: [] });

    // "Update User [Multi-valued properties]" and "[Single-valued properties]".
    const updated = await scim('PATCH', `/Users/${id}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
        { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
      ],
    });
    expect(updated.status).toBe(200);
    await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'userName', value: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com' }] });
    // Compliant mode: a path-less replace with dotted keys.
    await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { displayName: 'Updated Name', 'name.givenName': 'updatedGivenName' } }] });
    expect(await principal(id)).toMatchObject({
      email: 'updatedemail@microsoft.com',
      family_name: 'updatedFamilyName',
      given_name: 'updatedGivenName',
      user_name: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com',
      display_name: 'Updated Name',
    });

    // Disable, in the default mode ("False" as a string): she holds nothing from then on, and her session ends.
    const reader = await t.ids.role('Reader');
    await adminAssign(t, admin, { principalId: id, roleId: reader, scopeId: await t.ids.scope('Production'), type: 'ACTIVE' });
    await t.sql("INSERT INTO session (principal_id, token_hash, kind, expires_at) VALUES ($1, 'scim-test-session', 'SESSION', now() + interval '1 hour')", [id]);
    const disabled = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    expect((await principal(id)).enabled).toBe(false);
    expect((await t.sql<{ revoked: boolean }>("SELECT revoked_at IS NOT NULL AS revoked FROM session WHERE token_hash = 'scim-test-session'"))[0].revoked).toBe(true);
    const access = await t.gql<{ effectiveAccess: unknown[] }>(admin, 'query ($p: ID!) { effectiveAccess(principalId: $p) { role { name } } }', { p: id });
    expect(access.data?.effectiveAccess).toEqual([]);
    // Compliant mode's boolean enables again.
    await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: true }] });
    expect((await principal(id)).enabled).toBe(true);

    // "Delete User": 204, the row is kept, disabled.
    const deleted = await scim('DELETE', `/Users/${id}`);
    expect(deleted.status).toBe(204);
    expect((await principal(id)).enabled).toBe(false);
    const actions = await t.sql<{ action: string; actor_type: string }>('SELECT action, actor_type FROM audit_event WHERE target_principal_id = $1 ORDER BY seq', [id]);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['directory.user_provisioned', 'directory.user_updated', 'directory.principal_disabled', 'directory.principal_enabled', 'directory.user_deprovisioned']),
    );
  });

  it('Entra ID groups: create, query by displayName without members, add, legacy Remove of one member, compliant remove by filter', async () => {
    const user = async (n: number) =>
      (await scim('POST', '/Users', { schemas: [USER], userName: `member${n}@contoso.example`, displayName: `Member ${n}`, emails: [{ primary: true, value: `member${n}@contoso.example` }] })).body
        .id as string;
    const [a, b, c] = [await user(1), await user(2), await user(3)];
    // Microsoft's "Create Group".
    const created = await scim('POST', '/Groups', {
      schemas: [GROUP, 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group'],
      externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
      displayName: 'displayName',
      meta: { resourceType: 'Group' },
    });
    expect(created.status).toBe(201);
    const group = created.body.id as string;
    expect(created.body).toMatchObject({ displayName: 'displayName', members: [] });
    expect((await principal(group)).source).toBe('SCIM');

    // "Get Group by displayName" with excludedAttributes=members.
    const found = await scim('GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "displayName"')}`);
    expect(found.body.totalResults).toBe(1);
    expect((found.body.Resources as Json[])[0]).not.toHaveProperty('members');

    // "Update Group [Add Members]", with "$ref": null as Entra sends it.
    const added = await scim('PATCH', `/Groups/${group}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: a }, { $ref: null, value: b }, { $ref: null, value: c }] }],
    });
    expect(added.status).toBe(200);
    expect(await members(group)).toEqual([a, b, c].sort());
    const sources = await t.sql<{ source: string; end_at: Date | null; type: string }>(
      'SELECT m.source, m.end_at, m.type FROM role_assignment m JOIN scope s ON s.id = m.scope_id WHERE s.group_id = $1',
      [group],
    );
    expect(sources.every((row) => row.source === 'SCIM' && row.end_at === null && row.type === 'ACTIVE')).toBe(true);
    // Adding someone twice changes nothing.
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: [{ value: a }] }] });
    expect(await members(group)).toEqual([a, b, c].sort());

    // "Update Group [Remove Members]" in the default mode: a value list removes exactly those members.
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: b }] }] });
    expect(await members(group)).toEqual([a, c].sort());
    // Compliant mode: remove by a value filter.
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: `members[value eq "${c}"]` }] });
    expect(await members(group)).toEqual([a]);
    // "Update Group [Non-member attributes]".
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'displayName', value: '1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName' }] });
    expect((await principal(group)).display_name).toBe('1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName');
    expect((await t.sql<{ name: string }>('SELECT name FROM scope WHERE group_id = $1', [group]))[0].name).toBe('1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName');

    // A membership made in Elevate is not SCIM's to remove: a full replace leaves it.
    const local = await t.ids.principal('bob@contoso.test');
    const [scope] = await t.sql<{ id: string }>('SELECT id FROM scope WHERE group_id = $1', [group]);
    await adminAssign(t, admin, { principalId: local, roleId: GROUP_MEMBER_ID, scopeId: scope.id, type: 'ACTIVE' });
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'members', value: [{ value: b }] }] });
    expect(await members(group)).toEqual([b, local].sort());
    // The group's members hold what it holds: a membership from SCIM counts for effective access.
    await adminAssign(t, admin, { principalId: group, roleId: await t.ids.role('Reports Reader'), scopeId: TENANT_ROOT_SCOPE_ID, type: 'ACTIVE' });
    const access = await t.gql<{ effectiveAccess: { role: { name: string } }[] }>(admin, 'query ($p: ID!) { effectiveAccess(principalId: $p) { role { name } } }', { p: b });
    expect(access.data?.effectiveAccess.map((r) => r.role.name)).toEqual(expect.arrayContaining(['Reports Reader', 'Member']));

    // DELETE: SCIM's memberships end, the group is disabled, Elevate's membership stays.
    expect((await scim('DELETE', `/Groups/${group}`)).status).toBe(204);
    expect(await members(group)).toEqual([local]);
    expect((await principal(group)).enabled).toBe(false);
  });

  it('Okta: check, create, deactivate with a path-less replace, PUT; groups renamed path-less, members added and removed by filter', async () => {
    // Okta's "Determine if the User Already Exists", then "Create the User" (its password is ignored: Elevate keeps none from SCIM).
    const exists = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "test.user@okta.local"')}&startIndex=1&count=100`);
    expect(exists.body).toMatchObject({ totalResults: 0 });
    const created = await scim('POST', '/Users', {
      schemas: [USER],
      userName: 'test.user@okta.local',
      name: { givenName: 'Test', familyName: 'User' },
      emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
      displayName: 'Test User',
      locale: 'en-US',
      externalId: '00ujl29u0le5T6Aj10h7',
      groups: [],
      password: '1mz050nq',
      active: true,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(await t.sql('SELECT 1 FROM credential WHERE principal_id = $1', [id])).toEqual([]);
    const byExternal = await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "00ujl29u0le5T6Aj10h7" and userName eq "TEST.USER@okta.local"')}`);
    expect(byExternal.body.totalResults).toBe(1);

    // "Update a Specific User (PATCH)": deactivate.
    await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: false } }] });
    expect((await principal(id)).enabled).toBe(false);
    // "Update a Specific User (PUT)": the whole user, active again with a new name.
    const put = await scim('PUT', `/Users/${id}`, {
      schemas: [USER],
      id,
      userName: 'test.user@okta.local',
      name: { givenName: 'Another', familyName: 'User' },
      emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
      displayName: 'Another User',
      active: true,
    });
    expect(put.status).toBe(200);
    expect(await principal(id)).toMatchObject({ enabled: true, given_name: 'Another', display_name: 'Another User', external_id: null });

    // Groups: "Create Group", "Update Group Name" (a path-less replace carrying the id), add and remove members.
    const group = (await scim('POST', '/Groups', { schemas: [GROUP], displayName: 'Test SCIMv2', members: [] })).body.id as string;
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { id: group, displayName: 'Test SCIMv2 renamed' } }] });
    expect((await principal(group)).display_name).toBe('Test SCIMv2 renamed');
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: id, display: 'test.user@okta.local' }] }] });
    expect(await members(group)).toEqual([id]);
    const listed = await scim('GET', `/Groups/${group}`);
    expect(listed.body.members).toEqual([{ value: id, display: 'Another User', $ref: expect.stringContaining(`/scim/v2/Users/${id}`) }]);
    await scim('PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: `members[value eq "${id}"]` }] });
    expect(await members(group)).toEqual([]);
    // Okta's "Replace Group" (PUT) with members.
    await scim('PUT', `/Groups/${group}`, { schemas: [GROUP], id, displayName: 'Test SCIMv2', members: [{ value: id, display: 'x' }] });
    expect(await members(group)).toEqual([id]);
  });

  it('a source only removes what it created: SCIM neither sees nor takes over what was made in Elevate', async () => {
    const bob = await t.ids.principal('bob@contoso.test');
    expect((await scim('GET', `/Users/${bob}`)).status).toBe(404);
    expect((await scim('PATCH', `/Users/${bob}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] })).status).toBe(404);
    expect((await scim('DELETE', `/Users/${bob}`)).status).toBe(404);
    const taken = await scim('POST', '/Users', { schemas: [USER], userName: 'bob@contoso.test', emails: [{ primary: true, value: 'bob@contoso.test' }] });
    expect(taken.status).toBe(409);
    const tier3 = await t.ids.principal('Tier 3 Office Admins');
    expect((await scim('DELETE', `/Groups/${tier3}`)).status).toBe(404);
    const listed = await scim('GET', '/Users?count=200');
    expect((listed.body.Resources as Json[]).some((r) => r.id === bob)).toBe(false);
    expect((await principal(bob)).enabled).toBe(true);
  });

  it('the last Global Administrator cannot be provisioned away', async () => {
    const made = await scim('POST', '/Users', { schemas: [USER], userName: 'sole.admin@contoso.example', emails: [{ primary: true, value: 'sole.admin@contoso.example' }] });
    const id = made.body.id as string;
    // Ada's permanent role ends; the SCIM user becomes the only (permanent) Global Administrator.
    await t.sql(`INSERT INTO role_assignment (principal_id, role_id, scope_id, type, origin, start_at, end_at, source) VALUES ($1, $2, $3, 'ACTIVE', 'ASSIGNED', now() - interval '1 day', NULL, 'IMPORT')`, [
      id,
      GLOBAL_ADMINISTRATOR_ID,
      TENANT_ROOT_SCOPE_ID,
    ]);
    const ada = await t.ids.principal('admin@contoso.test');
    await t.sql(`UPDATE role_assignment SET end_at = now() - interval '1 second', end_reason = 'REMOVED' WHERE principal_id = $1 AND role_id = $2`, [ada, GLOBAL_ADMINISTRATOR_ID]);
    const refused = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ schemas: [ERROR], detail: expect.stringContaining('Global Administrator') });
    expect((await principal(id)).enabled).toBe(true);
    // Put Ada back for the tests after this one.
    await t.sql(`UPDATE role_assignment SET end_at = NULL, end_reason = NULL WHERE principal_id = $1 AND role_id = $2`, [ada, GLOBAL_ADMINISTRATOR_ID]);
  });

  it('malformed requests: SCIM errors, and nothing changes', async () => {
    const count = async () => (await t.sql<{ n: number }>('SELECT ((SELECT count(*) FROM principal) + (SELECT count(*) FROM role_assignment))::int AS n'))[0].n;
    const before = await count();
    const user = (await scim('POST', '/Users', { schemas: [USER], userName: 'malformed.target@contoso.example', emails: [{ value: 'malformed.target@contoso.example' }] })).body.id as string;
    const group = (await scim('POST', '/Groups', { schemas: [GROUP], displayName: 'Malformed target' })).body.id as string;
    const made = await count();
    expect(made).toBeGreaterThan(before);
    const cases: [string, string, unknown, number, string | undefined][] = [
      ['POST', '/Users', '{not json', 400, 'invalidSyntax'],
      ['POST', '/Users', [], 400, 'invalidSyntax'],
      ['POST', '/Users', { schemas: [USER] }, 400, 'invalidValue'],
      ['POST', '/Users', { schemas: [USER], userName: 'no-email-here' }, 400, 'invalidValue'],
      ['POST', '/Users', { schemas: [USER], userName: 'x@y.example', emails: [{ value: 'not an email' }] }, 400, 'invalidValue'],
      ['POST', '/Users', { schemas: [USER], userName: 'x@y.example', active: 'perhaps' }, 400, 'invalidValue'],
      ['POST', '/Users', { schemas: [USER], userName: 'x\u0000@y.example' }, 400, 'invalidValue'],
      ['POST', '/Users', { schemas: [USER], userName: `${'x'.repeat(400)}@y.example` }, 400, 'invalidValue'],
      ['GET', `/Users?filter=${encodeURIComponent('userName co "a"')}`, undefined, 400, 'invalidFilter'],
      ['GET', `/Users?filter=${encodeURIComponent('userName eq "a" or userName eq "b"')}`, undefined, 400, 'invalidFilter'],
      ['GET', `/Users?filter=${encodeURIComponent('userName eq "unterminated')}`, undefined, 400, 'invalidFilter'],
      ['GET', `/Users?filter=${encodeURIComponent('title eq "x"')}`, undefined, 400, 'invalidFilter'],
      ['GET', '/Users?startIndex=abc', undefined, 400, 'invalidValue'],
      ['GET', '/Users/not-a-uuid', undefined, 404, undefined],
      ['GET', '/Users/00000000-0000-4000-8000-0000000000ff', undefined, 404, undefined],
      ['PATCH', `/Users/${user}`, { Operations: [{ op: 'replace', path: 'active', value: false }] }, 400, 'invalidSyntax'],
      ['PATCH', `/Users/${user}`, { schemas: [PATCH], Operations: [] }, 400, 'invalidSyntax'],
      ['PATCH', `/Users/${user}`, { schemas: [PATCH], Operations: [{ op: 'explode', path: 'active' }] }, 400, 'invalidSyntax'],
      ['PATCH', `/Users/${user}`, { schemas: [PATCH], Operations: [{ op: 'remove' }] }, 400, 'noTarget'],
      ['PATCH', `/Users/${user}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] }, 400, 'invalidValue'],
      ['PATCH', `/Users/${user}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: 'userName' }] }, 400, 'invalidValue'],
      ['PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: '00000000-0000-4000-8000-0000000000ff' }] }] }, 400, 'invalidValue'],
      ['PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: group }] }] }, 400, 'invalidValue'],
      ['PATCH', `/Groups/${group}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ nope: 1 }] }] }, 400, 'invalidValue'],
      // The second operation fails: the first one is undone with it.
      [
        'PATCH',
        `/Groups/${group}`,
        { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: user }] }, { op: 'replace', path: 'owner', value: 'x' }] },
        400,
        'invalidPath',
      ],
      ['POST', '/Groups', { schemas: [GROUP] }, 400, 'invalidValue'],
      ['GET', '/Widgets', undefined, 404, undefined],
    ];
    for (const [method, path, body, status, scimType] of cases) {
      const answer = await scim(method, path, body);
      expect({ status: answer.status, scimType: answer.body?.scimType }, `${method} ${path} ${JSON.stringify(body)?.slice(0, 120)}`).toEqual({ status, scimType });
      expect(answer.body.schemas).toEqual([ERROR]);
    }
    expect(await count()).toBe(made);
    expect(await members(group)).toEqual([]);
  });
});
