import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AssignmentType } from '../lib/vocabulary/assignments';
import { ScopeType } from '../lib/vocabulary/scopes';
import { PrincipalType, UserType } from '../lib/vocabulary/principals';
import { DAY, HOUR } from '../lib/duration';
import { writeAudit } from '../modules/audit/audit.writer';
import { systemActor } from '../modules/auth/viewer';
import { hashPassword } from '../modules/auth/password';
import {
  AZURE_CONTRIBUTOR_ID,
  AZURE_OWNER_ID,
  AZURE_READER_ID,
  GLOBAL_ADMINISTRATOR_ID,
  GROUP_MEMBER_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  SECURITY_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  TENANT_ROOT_SCOPE_ID,
} from '../modules/roles/built-in-roles';
import { RoleSettingsSchema } from '../modules/settings/role-settings.schema';

export const DEMO_PASSWORD = 'Elevate-demo-1';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

const USER_ADMINISTRATOR_ID = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const TIER3_ROLE_IDS = [
  '29232cdf-9323-42fd-ade2-1d097af3e4de', // Exchange Administrator
  '69091246-20e8-4a56-aa4d-066075b2a7a8', // Teams Administrator
  'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', // SharePoint Administrator
  '0964bb5e-9bdb-4d7b-ac29-58e794862a40', // Search Administrator
];

/** Whether the database holds no tenant data yet (the migrations' catalogue and root do not count). */
export async function isEmpty(db: DataSource): Promise<boolean> {
  const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM principal')) as { n: number }[];
  return n === 0;
}

/** Loads the demo tenant "Contoso" of API.md. Refused in production: a real deployment never has shared secrets. */
export async function seedDemoTenant(db: DataSource, now: Date = new Date()): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('The demo tenant is never seeded in production.');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const scope = (name: string, type: ScopeType, parentId: string, parentPath: string[], groupId: string | null = null) =>
      insertScope(tx, name, type, parentId, parentPath, groupId);
    const rootPath = [TENANT_ROOT_SCOPE_ID];
    const contoso = await scope('Contoso', ScopeType.MANAGEMENT_GROUP, TENANT_ROOT_SCOPE_ID, rootPath);
    const production = await scope('Production', ScopeType.SUBSCRIPTION, contoso.id, contoso.path);
    const development = await scope('Development', ScopeType.SUBSCRIPTION, contoso.id, contoso.path);
    const rgWeb = await scope('rg-web', ScopeType.RESOURCE_GROUP, production.id, production.path);
    const rgData = await scope('rg-data', ScopeType.RESOURCE_GROUP, production.id, production.path);
    const rgDev = await scope('rg-dev', ScopeType.RESOURCE_GROUP, development.id, development.path);
    await scope('vm-web-01', ScopeType.RESOURCE, rgWeb.id, rgWeb.path);
    await scope('sql-data-01', ScopeType.RESOURCE, rgData.id, rgData.path);
    await scope('kv-secrets', ScopeType.RESOURCE, rgData.id, rgData.path);
    void rgDev;

    const user = (name: string, email: string, type = UserType.MEMBER, home: string | null = null, managerId: string | null = null) =>
      insertUser(tx, name, email, type, home, managerId, passwordHash);
    const admin = await user('Ada Admin', 'admin@contoso.test');
    const pra = await user('Priya Role-Admin', 'pra@contoso.test', UserType.MEMBER, null, admin);
    const bob = await user('Bob Approver', 'bob@contoso.test', UserType.MEMBER, null, admin);
    const alice = await user('Alice Analyst', 'alice@contoso.test', UserType.MEMBER, null, bob);
    const carol = await user('Carol Auditor', 'carol@contoso.test', UserType.MEMBER, null, admin);
    const dave = await user('Dave DevOps', 'dave@contoso.test', UserType.MEMBER, null, bob);
    const erin = await user('Erin Guest', 'erin@fabrikam.test', UserType.GUEST, 'Fabrikam', null);
    const tier3 = await insertPrincipal(tx, PrincipalType.GROUP, 'Tier 3 Office Admins', 'Exchange, Teams, SharePoint and Search administrators', true);
    const tier3Scope = await scope('Tier 3 Office Admins', ScopeType.GROUP, TENANT_ROOT_SCOPE_ID, rootPath, tier3);
    const pipeline = await insertPrincipal(tx, PrincipalType.SERVICE_PRINCIPAL, 'deploy-pipeline', 'CI/CD pipeline deploying the web tier', false);

    await saveSettings(tx, GLOBAL_ADMINISTRATOR_ID, { assignment: { allowPermanentActive: true, allowPermanentEligible: true } }, admin, now);
    await saveSettings(
      tx,
      PRIVILEGED_ROLE_ADMINISTRATOR_ID,
      { activation: { requireMfa: true, requireApproval: false }, assignment: { allowPermanentEligible: true } },
      admin,
      now,
    );
    await saveSettings(
      tx,
      SECURITY_ADMINISTRATOR_ID,
      {
        activation: {
          maxDurationSeconds: 4 * HOUR,
          requireMfa: true,
          requireJustification: true,
          requireApproval: true,
          approvalStages: [{ approvers: [{ id: bob, type: 'USER' }], quorum: 1, timeoutSeconds: 24 * HOUR }],
        },
      },
      admin,
      now,
    );
    await saveSettings(tx, SECURITY_READER_ID, { assignment: { allowPermanentActive: true } }, admin, now);

    const assign = (principalId: string, roleId: string, scopeId: string, type: AssignmentType, days: number | null) =>
      insertAssignment(tx, admin, principalId, roleId, scopeId, type, now, days === null ? null : new Date(now.getTime() + days * DAY * 1000));
    await assign(admin, GLOBAL_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, AssignmentType.ACTIVE, null);
    await assign(pra, PRIVILEGED_ROLE_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, AssignmentType.ELIGIBLE, null);
    await assign(alice, SECURITY_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, AssignmentType.ELIGIBLE, 365);
    await assign(alice, USER_ADMINISTRATOR_ID, TENANT_ROOT_SCOPE_ID, AssignmentType.ELIGIBLE, 365);
    await assign(alice, GROUP_MEMBER_ID, tier3Scope.id, AssignmentType.ELIGIBLE, 365);
    await assign(bob, AZURE_READER_ID, production.id, AssignmentType.ACTIVE, 180);
    await assign(carol, SECURITY_READER_ID, TENANT_ROOT_SCOPE_ID, AssignmentType.ACTIVE, null);
    await assign(dave, AZURE_OWNER_ID, production.id, AssignmentType.ACTIVE, 180);
    await assign(dave, AZURE_CONTRIBUTOR_ID, development.id, AssignmentType.ELIGIBLE, 365);
    await assign(erin, AZURE_CONTRIBUTOR_ID, rgWeb.id, AssignmentType.ELIGIBLE, 30);
    for (const roleId of TIER3_ROLE_IDS) await assign(tier3, roleId, TENANT_ROOT_SCOPE_ID, AssignmentType.ACTIVE, 180);
    await assign(pipeline, AZURE_CONTRIBUTOR_ID, rgWeb.id, AssignmentType.ACTIVE, 90);

    await writeAudit(tx, systemActor, now, [{ action: 'tenant.demo_seeded', after: { tenant: 'Contoso' } }]);
  });
}

async function insertScope(tx: EntityManager, name: string, type: ScopeType, parentId: string, parentPath: string[], groupId: string | null) {
  const id = randomUUID();
  const path = [...parentPath, id];
  await tx.query('INSERT INTO scope (id, type, name, parent_id, path, group_id) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    type,
    name,
    parentId,
    path,
    groupId,
  ]);
  return { id, path };
}

async function insertPrincipal(tx: EntityManager, type: PrincipalType, name: string, description: string | null, roleAssignable: boolean) {
  const id = randomUUID();
  await tx.query('INSERT INTO principal (id, type, display_name, description, role_assignable) VALUES ($1, $2, $3, $4, $5)', [
    id,
    type,
    name,
    description,
    roleAssignable,
  ]);
  return id;
}

async function insertUser(
  tx: EntityManager,
  name: string,
  email: string,
  userType: UserType,
  home: string | null,
  managerId: string | null,
  passwordHash: string,
) {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO principal (id, type, display_name, email, user_type, home_organization, manager_id)
     VALUES ($1, 'USER', $2, $3, $4, $5, $6)`,
    [id, name, email, userType, home, managerId],
  );
  await tx.query('INSERT INTO credential (principal_id, password_hash, totp_secret) VALUES ($1, $2, $3)', [id, passwordHash, DEMO_TOTP_SECRET]);
  return id;
}

async function saveSettings(tx: EntityManager, roleId: string, partial: Record<string, Record<string, unknown>>, by: string, now: Date) {
  const settings = RoleSettingsSchema.parse(partial);
  await tx.query('INSERT INTO role_setting (role_id, scope_id, settings, updated_by_id, updated_at) VALUES ($1, NULL, $2, $3, $4)', [
    roleId,
    JSON.stringify(settings),
    by,
    now,
  ]);
}

async function insertAssignment(
  tx: EntityManager,
  adminId: string,
  principalId: string,
  roleId: string,
  scopeId: string,
  type: AssignmentType,
  startAt: Date,
  endAt: Date | null,
) {
  const assignmentId = randomUUID();
  const requestId = randomUUID();
  await tx.query(
    `INSERT INTO role_assignment (id, principal_id, role_id, scope_id, type, origin, start_at, end_at, created_by_request_id, created_by_id, source, created_at)
     VALUES ($1, $2, $3, $4, $5, 'ASSIGNED', $6, $7, $8, $9, 'LOCAL', $6)`,
    [assignmentId, principalId, roleId, scopeId, type, startAt, endAt, requestId, adminId],
  );
  await tx.query(
    `INSERT INTO role_request (id, action, status, type, principal_id, requested_by_id, role_id, scope_id, assignment_id, justification, start_at, end_at, created_at, completed_at)
     VALUES ($1, 'ADMIN_ASSIGN', 'PROVISIONED', $2, $3, $4, $5, $6, $7, 'Demo tenant', $8, $9, $8, $8)`,
    [requestId, type, principalId, adminId, roleId, scopeId, assignmentId, startAt, endAt],
  );
}
