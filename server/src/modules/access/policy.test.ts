import { describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors';
import { RoleKind } from '../../lib/vocabulary/scopes';
import { PrincipalType, UserType } from '../../lib/vocabulary/principals';
import {
  AZURE_OWNER_ID,
  GLOBAL_ADMINISTRATOR_ID,
  GROUP_OWNER_ID,
  PRIVILEGED_ROLE_ADMINISTRATOR_ID,
  SECURITY_READER_ID,
  TENANT_ROOT_SCOPE_ID,
} from '../roles/built-in-roles';
import type { Viewer } from '../auth/viewer';
import type { HoldingRow } from './access.repository';
import { Capabilities } from './capabilities';
import {
  assertIsUser,
  assertManagesTenant,
  assertMayActivate,
  assertMayChangeSettings,
  assertMayCreateCustomRole,
  assertMayListDirectory,
  assertMayManage,
  assertMayRead,
  assertMayReadAccessOf,
  assertMayUnlock,
  assertOwn,
  assertReadsAuditLog,
  assertUsesMfa,
} from './policy';

/** The named assertions with their refusals (no database: capabilities from holdings written here). */

const ME = '00000000-0000-4000-8000-00000000a11c';
const ROOT = TENANT_ROOT_SCOPE_ID;
const PRODUCTION = '00000000-0000-4000-8000-0000000000d0';
const RG_WEB = '00000000-0000-4000-8000-0000000000d1';
const GROUP = '00000000-0000-4000-8000-0000000000e0';
const GROUP_SCOPE = '00000000-0000-4000-8000-0000000000e1';

function holding(roleId: string, kind: RoleKind, scopePath: string[], groupId: string | null = null): HoldingRow {
  return {
    holder_id: ME,
    assignment_id: `${roleId.slice(0, 8)}-0000-4000-8000-000000000000`,
    principal_id: ME,
    role_id: roleId,
    scope_id: scopePath[scopePath.length - 1],
    start_at: new Date(0),
    end_at: null,
    via_group_id: null,
    membership_id: null,
    membership_start_at: null,
    membership_end_at: null,
    role_kind: kind,
    scope_type: 'TENANT',
    scope_path: scopePath,
    scope_group_id: groupId,
  };
}

const as = (...holdings: HoldingRow[]) => new Capabilities(ME, holdings);
const nobody = as();
const globalAdmin = as(holding(GLOBAL_ADMINISTRATOR_ID, RoleKind.DIRECTORY, [ROOT]));
const pra = as(holding(PRIVILEGED_ROLE_ADMINISTRATOR_ID, RoleKind.DIRECTORY, [ROOT]));
const productionOwner = as(holding(AZURE_OWNER_ID, RoleKind.RESOURCE, [ROOT, PRODUCTION]));
const groupOwner = as(holding(GROUP_OWNER_ID, RoleKind.GROUP, [ROOT, GROUP_SCOPE], GROUP));
const securityReader = as(holding(SECURITY_READER_ID, RoleKind.DIRECTORY, [ROOT]));

const reader = { name: 'Reader', kind: RoleKind.RESOURCE };
const member = { name: 'Member', kind: RoleKind.GROUP };
const securityAdministrator = { name: 'Security Administrator', kind: RoleKind.DIRECTORY };
const scopes = {
  root: { id: ROOT, name: '/', path: [ROOT], groupId: null },
  production: { id: PRODUCTION, name: 'Production', path: [ROOT, PRODUCTION], groupId: null },
  rgWeb: { id: RG_WEB, name: 'rg-web', path: [ROOT, PRODUCTION, RG_WEB], groupId: null },
  group: { id: GROUP_SCOPE, name: 'Tier 3', path: [ROOT, GROUP_SCOPE], groupId: GROUP },
};

function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    principalId: ME,
    principalType: PrincipalType.USER,
    userType: UserType.MEMBER,
    displayName: 'Alice',
    sessionId: '00000000-0000-4000-8000-000000005e55',
    sessionKind: 'SESSION',
    sessionExpiresAt: new Date(0),
    mfaAt: null,
    ...overrides,
  };
}

/** The refusal `run` throws: its code and message. */
function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the named assertions of the policy', () => {
  it('assertMayManage: the administrators of that kind at that scope, with the role and scope named in the refusal', () => {
    expect(() => assertMayManage(productionOwner, reader, scopes.rgWeb)).not.toThrow();
    expect(() => assertMayManage(pra, member, scopes.group)).not.toThrow();
    expect(() => assertMayManage(groupOwner, member, scopes.group)).not.toThrow();
    expect(refusal(() => assertMayManage(productionOwner, reader, scopes.root))).toEqual({
      code: 'FORBIDDEN',
      message: 'You may not manage Reader assignments at /.',
    });
    expect(refusal(() => assertMayManage(pra, reader, scopes.production)).message).toBe('You may not manage Reader assignments at Production.');
  });

  it('assertMayChangeSettings: overrides as assignments; role-wide, the tenant administrators of that kind', () => {
    expect(() => assertMayChangeSettings(productionOwner, reader, scopes.production)).not.toThrow();
    expect(refusal(() => assertMayChangeSettings(productionOwner, reader, null)).message).toBe('You may not change the settings of Reader.');
    expect(() => assertMayChangeSettings(globalAdmin, reader, null)).not.toThrow();
    expect(() => assertMayChangeSettings(pra, securityAdministrator, null)).not.toThrow();
    expect(() => assertMayChangeSettings(pra, member, null)).not.toThrow();
    expect(refusal(() => assertMayChangeSettings(pra, reader, null)).message).toBe('You may not change the settings of Reader.');
    expect(refusal(() => assertMayChangeSettings(groupOwner, member, scopes.production)).message).toBe('You may not change the settings of Member at Production.');
  });

  it('assertMayCreateCustomRole: directory roles by tenant administrators, resource roles by Global Administrators', () => {
    expect(() => assertMayCreateCustomRole(pra, RoleKind.DIRECTORY)).not.toThrow();
    expect(() => assertMayCreateCustomRole(globalAdmin, RoleKind.RESOURCE)).not.toThrow();
    expect(refusal(() => assertMayCreateCustomRole(pra, RoleKind.RESOURCE)).message).toBe('You may not create custom roles of this kind.');
    expect(refusal(() => assertMayCreateCustomRole(productionOwner, RoleKind.RESOURCE)).code).toBe('FORBIDDEN');
  });

  it('reading: one’s own access always; what may not be read is NOT_FOUND, as an unknown id', () => {
    expect(() => assertMayReadAccessOf(nobody, ME)).not.toThrow();
    expect(() => assertMayReadAccessOf(securityReader, GROUP)).not.toThrow();
    expect(refusal(() => assertMayReadAccessOf(nobody, GROUP))).toEqual({ code: 'FORBIDDEN', message: 'You may only see your own access.' });
    expect(refusal(() => assertMayRead(false, 'request', RG_WEB))).toEqual({
      code: 'NOT_FOUND',
      message: `No request with id "${RG_WEB}" exists (or you may not see it).`,
    });
    expect(() => assertMayRead(true, 'request', RG_WEB)).not.toThrow();
    expect(() => assertOwn({ principalId: ME }, ME, 'assignment', RG_WEB)).not.toThrow();
    expect(() => assertOwn({ principalId: GROUP, requestedById: ME }, ME, 'request', RG_WEB)).not.toThrow();
    expect(refusal(() => assertOwn({ principalId: GROUP }, ME, 'assignment', RG_WEB)).code).toBe('NOT_FOUND');
    expect(refusal(() => assertOwn(null, ME, 'eligibility', RG_WEB)).message).toBe(`No eligibility with id "${RG_WEB}" exists (or you may not see it).`);
  });

  it('the directory: a guest who reads nothing else may not list it; a member, or a guest with a reader role, may', () => {
    const guest = viewer({ userType: UserType.GUEST });
    expect(refusal(() => assertMayListDirectory(guest, nobody)).message).toMatch(/^Guests cannot list or search the directory/);
    expect(() => assertMayListDirectory(guest, securityReader)).not.toThrow();
    expect(() => assertMayListDirectory(viewer(), nobody)).not.toThrow();
  });

  it('the audit log and the tenant’s own administration', async () => {
    expect(() => assertReadsAuditLog(securityReader)).not.toThrow();
    expect(refusal(() => assertReadsAuditLog(productionOwner)).message).toMatch(/^Only audit readers/);
    expect(() => assertManagesTenant(pra, 'manage webhooks')).not.toThrow();
    expect(refusal(() => assertManagesTenant(securityReader, 'manage webhooks')).message).toBe('Only Global and Privileged Role Administrators manage webhooks.');
    await expect(assertMayUnlock(pra, async () => false)).resolves.toBeUndefined();
    await expect(assertMayUnlock(pra, async () => true)).rejects.toThrow('Only a Global Administrator unlocks a Global or Privileged Role Administrator.');
    let asked = false;
    await assertMayUnlock(globalAdmin, async () => (asked = true));
    expect(asked, 'a Global Administrator unlocks anyone: nothing to look up').toBe(false);
  });

  it('who acts: users only, and multi-factor authentication only in a user’s session', () => {
    const pipeline = viewer({ principalType: PrincipalType.SERVICE_PRINCIPAL, userType: null, sessionKind: 'API_TOKEN' });
    expect(() => assertIsUser(viewer())).not.toThrow();
    expect(refusal(() => assertIsUser(pipeline)).message).toBe('Only users can do this; service principals cannot.');
    expect(refusal(() => assertMayActivate(pipeline)).message).toBe('Only users activate roles.');
    expect(refusal(() => assertUsesMfa(pipeline)).message).toBe('Service principals do not use multi-factor authentication.');
    expect(() => assertUsesMfa(viewer())).not.toThrow();
  });
});
