import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';

/** Adds a member user who can sign in with the demo password (a copy of an existing demo credential). */
export async function addUser(t: TestApp, name: string, email: string): Promise<string> {
  const id = randomUUID();
  await t.sql("INSERT INTO principal (id, type, display_name, email, user_type) VALUES ($1, 'USER', $2, $3, 'MEMBER')", [id, name, email]);
  await t.sql(
    "INSERT INTO credential (principal_id, password_hash, totp_secret) SELECT $1, password_hash, totp_secret FROM credential c JOIN principal p ON p.id = c.principal_id WHERE p.email = 'admin@contoso.test'",
    [id],
  );
  return id;
}

/** Assigns through the API as the Global Administrator, failing the test on any error. */
export async function adminAssign(
  t: TestApp,
  adminToken: string,
  input: { principalId: string; roleId: string; scopeId: string; type: 'ACTIVE' | 'ELIGIBLE'; duration?: string | null },
): Promise<{ id: string; assignmentId: string }> {
  const result = await t.gql<{ assignRole: { id: string; assignment: { id: string } } }>(
    adminToken,
    'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id assignment { id } } }',
    { input: { duration: 'P30D', justification: 'test setup', ...input } },
  );
  if (!result.data?.assignRole) throw new Error(`assignRole failed: ${JSON.stringify(result.errors)}`);
  return { id: result.data.assignRole.id, assignmentId: result.data.assignRole.assignment.id };
}

export interface Personas {
  anonymous: string | null;
  plainUser: string;
  eligibleUser: string;
  approver: string;
  securityReader: string;
  globalReader: string;
  privilegedRoleAdmin: string;
  globalAdmin: string;
  siblingOwner: string;
  servicePrincipal: string;
}

export const PERSONA_NAMES: (keyof Personas)[] = [
  'anonymous',
  'plainUser',
  'eligibleUser',
  'approver',
  'securityReader',
  'globalReader',
  'privilegedRoleAdmin',
  'globalAdmin',
  'siblingOwner',
  'servicePrincipal',
];

/**
 * QUALITY.md's R1 personas on the demo tenant: anonymous, a plain user (frank, holds nothing), an eligible user (alice),
 * an approver (bob), Security Reader (carol), Global Reader (gina, added), Privileged Role Administrator (pra, made
 * ACTIVE), Global Administrator (admin), a resource Owner at a sibling scope (olga, Owner at Development, beside
 * Production), and a service principal's API token (deploy-pipeline).
 */
export async function setUpPersonas(t: TestApp): Promise<Personas> {
  const globalAdmin = await t.signIn('admin@contoso.test');
  const root = await t.ids.scope('/');
  await addUser(t, 'Frank Plain', 'frank@contoso.test');
  const gina = await addUser(t, 'Gina Global-Reader', 'gina@contoso.test');
  const olga = await addUser(t, 'Olga Dev-Owner', 'olga@contoso.test');
  await adminAssign(t, globalAdmin, { principalId: gina, roleId: await t.ids.role('Global Reader'), scopeId: root, type: 'ACTIVE' });
  await adminAssign(t, globalAdmin, {
    principalId: await t.ids.principal('pra@contoso.test'),
    roleId: await t.ids.role('Privileged Role Administrator'),
    scopeId: root,
    type: 'ACTIVE',
  });
  await adminAssign(t, globalAdmin, {
    principalId: olga,
    roleId: await t.ids.role('Owner'),
    scopeId: await t.ids.scope('Development'),
    type: 'ACTIVE',
  });
  const issued = await t.gql<{ createApiToken: { token: string } }>(
    globalAdmin,
    'mutation($id: ID!) { createApiToken(servicePrincipalId: $id, name: "tests") { token } }',
    { id: await t.ids.principal('deploy-pipeline') },
  );
  if (!issued.data) throw new Error(JSON.stringify(issued.errors));
  return {
    anonymous: null,
    plainUser: await t.signIn('frank@contoso.test'),
    eligibleUser: await t.signIn('alice@contoso.test'),
    approver: await t.signIn('bob@contoso.test'),
    securityReader: await t.signIn('carol@contoso.test'),
    globalReader: await t.signIn('gina@contoso.test'),
    privilegedRoleAdmin: await t.signIn('pra@contoso.test'),
    globalAdmin,
    siblingOwner: await t.signIn('olga@contoso.test'),
    servicePrincipal: issued.data.createApiToken.token,
  };
}
