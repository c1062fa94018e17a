import { RoleKind } from '../../lib/vocabulary/scopes';

/** Well-known ids (Entra and Azure template ids where they exist) so that code and tools can name built-in roles. */
export const GLOBAL_ADMINISTRATOR_ID = '62e90394-69f5-4237-9190-012177145e10';
export const PRIVILEGED_ROLE_ADMINISTRATOR_ID = 'e8611ab8-c189-46e8-94e1-60213ab1f814';
export const SECURITY_ADMINISTRATOR_ID = '194ae4cb-b126-40b2-bd5b-6091b380977d';
export const SECURITY_READER_ID = '5d6b6bb7-de71-4623-b4af-96380a352509';
export const GLOBAL_READER_ID = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
export const USER_ADMINISTRATOR_ID = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
export const REPORTS_READER_ID = '4a5d8f65-41da-4de4-8968-e035b65339cf';
export const GROUPS_ADMINISTRATOR_ID = 'fdd7a751-b60b-444a-984c-02652fe8fa1c';
export const AZURE_OWNER_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const AZURE_CONTRIBUTOR_ID = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
export const AZURE_READER_ID = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
export const USER_ACCESS_ADMINISTRATOR_ID = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';
export const GROUP_MEMBER_ID = '9f8c1a52-0b6e-4d3c-8e1a-000000000001';
export const GROUP_OWNER_ID = '9f8c1a52-0b6e-4d3c-8e1a-000000000002';

/** The tenant root scope `/`, created by the first migration. */
export const TENANT_ROOT_SCOPE_ID = '00000000-0000-4000-8000-000000000001';

/** Roles whose last active holder can never be removed, deactivated or let expire. */
export const PROTECTED_ROLE_IDS = [GLOBAL_ADMINISTRATOR_ID, PRIVILEGED_ROLE_ADMINISTRATOR_ID];

export interface BuiltInRole {
  id: string;
  name: string;
  kind: RoleKind;
  privileged: boolean;
  description: string;
}

const d = (id: string, name: string, privileged: boolean, description: string): BuiltInRole => ({
  id,
  name,
  kind: RoleKind.DIRECTORY,
  privileged,
  description,
});
const r = (id: string, name: string, privileged: boolean, description: string): BuiltInRole => ({
  id,
  name,
  kind: RoleKind.RESOURCE,
  privileged,
  description,
});

export const BUILT_IN_ROLES: BuiltInRole[] = [
  d(GLOBAL_ADMINISTRATOR_ID, 'Global Administrator', true, 'Manage every aspect of the tenant and of Elevate.'),
  d(PRIVILEGED_ROLE_ADMINISTRATOR_ID, 'Privileged Role Administrator', true, 'Manage directory role assignments, role settings, reviews and alerts.'),
  d(SECURITY_ADMINISTRATOR_ID, 'Security Administrator', true, 'Manage security features; read directory assignments, requests and audit.'),
  d(SECURITY_READER_ID, 'Security Reader', false, 'Read security information, directory assignments, requests and audit.'),
  d(GLOBAL_READER_ID, 'Global Reader', false, 'Read everything a Global Administrator can, without changing anything.'),
  d(USER_ADMINISTRATOR_ID, 'User Administrator', true, 'Manage users and groups, and reset passwords of non-administrators.'),
  d(GROUPS_ADMINISTRATOR_ID, 'Groups Administrator', false, 'Manage groups and group settings.'),
  d('29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator', false, 'Manage Exchange Online.'),
  d('69091246-20e8-4a56-aa4d-066075b2a7a8', 'Teams Administrator', false, 'Manage Microsoft Teams.'),
  d('f28a1f50-f6e7-4571-818b-6a12f2af6b6c', 'SharePoint Administrator', false, 'Manage SharePoint Online.'),
  d('0964bb5e-9bdb-4d7b-ac29-58e794862a40', 'Search Administrator', false, 'Manage Microsoft Search settings.'),
  d('3a2c62db-5318-420d-8d74-23affee5d9d5', 'Intune Administrator', true, 'Manage Microsoft Intune.'),
  d('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator', true, 'Manage enterprise applications and app registrations.'),
  d('158c047a-c907-4556-b7ef-446551a6b5f7', 'Cloud Application Administrator', true, 'Manage enterprise applications, except the application proxy.'),
  d('b0f54661-2d74-4c50-afa3-1ec803f12efe', 'Billing Administrator', false, 'Make purchases, manage subscriptions and support tickets.'),
  d('b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Conditional Access Administrator', true, 'Manage Conditional Access policies.'),
  d('7be44c8a-adaf-4e2a-84d6-ab2649e08a13', 'Privileged Authentication Administrator', true, 'Manage authentication methods of any user, administrators included.'),
  d('c4e39bd9-1100-46d3-8c65-fb160da0071f', 'Authentication Administrator', true, 'Manage authentication methods of non-administrators.'),
  d('729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Helpdesk Administrator', true, 'Reset passwords of non-administrators and helpdesk administrators.'),
  d('17315797-102d-40b4-93e0-432062caca18', 'Compliance Administrator', false, 'Manage compliance configuration and reports.'),
  d(REPORTS_READER_ID, 'Reports Reader', false, 'Read sign-in and usage reports.'),
  d('88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'Directory Readers', false, 'Read basic directory information.'),
  r(AZURE_OWNER_ID, 'Owner', true, 'Full access to manage resources, including assigning roles.'),
  r(AZURE_CONTRIBUTOR_ID, 'Contributor', true, 'Manage resources, without assigning roles.'),
  r(AZURE_READER_ID, 'Reader', false, 'View resources.'),
  r(USER_ACCESS_ADMINISTRATOR_ID, 'User Access Administrator', true, 'Manage user access to resources.'),
  r('f58310d9-a9f6-439a-9e8d-f62e7b41a168', 'Role Based Access Control Administrator', true, 'Manage role assignments on resources.'),
  r('00482a5a-887f-4fb3-b363-3b7fe8e74483', 'Key Vault Administrator', true, 'Perform all data plane operations on a key vault.'),
  r('9980e02c-c2be-4d73-94e8-173b1dc7cf3c', 'Virtual Machine Contributor', false, 'Manage virtual machines.'),
  r('9b7fa17d-e63e-47b0-bb0a-15c516ac86ec', 'SQL DB Contributor', false, 'Manage SQL databases.'),
  { id: GROUP_MEMBER_ID, name: 'Member', kind: RoleKind.GROUP, privileged: false, description: 'Member of the group: holds every role the group holds.' },
  { id: GROUP_OWNER_ID, name: 'Owner', kind: RoleKind.GROUP, privileged: true, description: 'Owner of the group: manages its members and owners.' },
];
