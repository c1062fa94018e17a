import { Field, ObjectType } from 'type-graphql';
import type { Capabilities } from './capabilities';

/**
 * What the signed-in principal may use and administer, from what it actively holds now (DOMAIN.md "Who may do what"):
 * the dashboard offers only these. Each flag is the rule of the operations behind the page, read from `Capabilities`,
 * never a second copy of it. Pages every signed-in person may open but that show them only their own (assignments,
 * settings, the tree, the directory, activity, audit) are offered to those who read or manage beyond their own.
 */
@ObjectType({ description: 'What the signed-in principal may use and administer, from what it actively holds now (DOMAIN.md "Who may do what")' })
export class ViewerCapabilities {
  @Field(() => Boolean, { description: 'Create, invite and update users (Global and User Administrators)' })
  manageUsers: boolean;

  @Field(() => Boolean, { description: 'Service principals, API tokens, webhooks (Global and Privileged Role Administrators)' })
  manageTenant: boolean;

  @Field(() => Boolean, { description: 'Create, disable and enable groups that are not role-assignable (also Groups Administrators)' })
  manageGroups: boolean;

  @Field(() => Boolean, { description: 'Create, disable and enable role-assignable groups (Global and Privileged Role Administrators)' })
  manageRoleAssignableGroups: boolean;

  @Field(() => Boolean, { description: 'Create, rename, move or archive scopes somewhere (Global Administrators; Owners and Contributors below where they hold it)' })
  editScopes: boolean;

  @Field(() => Boolean, { description: 'Read role assignments at the tenant root: the tenant-wide Overview' })
  readOverview: boolean;

  @Field(() => Boolean, { description: 'Read assignments and requests of others somewhere (beyond one’s own)' })
  readAssignments: boolean;

  @Field(() => Boolean, { description: 'Create, change and remove assignments somewhere (viewerManageableScopes is not empty)' })
  manageAssignments: boolean;

  @Field(() => Boolean, { description: 'The role catalogue with who holds what: those who read beyond their own' })
  readRoles: boolean;

  @Field(() => Boolean, { description: 'The role settings page, read-only: those who read beyond their own' })
  readRoleSettings: boolean;

  @Field(() => Boolean, { description: 'Change role settings somewhere (role-wide or as an override at a scope)' })
  manageRoleSettings: boolean;

  @Field(() => Boolean, { description: 'Access reviews of roles one reads somewhere' })
  readAccessReviews: boolean;

  @Field(() => Boolean, { description: 'Create and run access reviews (those who manage assignments somewhere)' })
  manageAccessReviews: boolean;

  @Field(() => Boolean, { description: 'Security alerts: the directory’s readers, and resource Owners and User Access Administrators (their scopes’ resource alerts)' })
  readAlerts: boolean;

  @Field(() => Boolean, { description: 'Change, dismiss, refresh and remediate alerts (Global and Privileged Role Administrators)' })
  manageAlerts: boolean;

  @Field(() => Boolean, { description: 'People and groups as a page: those who read beyond their own, and User and Groups Administrators' })
  readDirectory: boolean;

  @Field(() => Boolean, { description: 'The scope tree as a page: those who read beyond their own, and those who edit scopes' })
  readScopes: boolean;

  @Field(() => Boolean, { description: 'Identity providers and SCIM provisioning (Global Administrators only)' })
  manageIdentityProviders: boolean;

  @Field(() => Boolean, { description: 'Webhooks (Global and Privileged Role Administrators)' })
  manageWebhooks: boolean;

  @Field(() => Boolean, { description: 'Activations of others at scopes one reads (beyond one’s own)' })
  readActivity: boolean;

  @Field(() => Boolean, { description: 'Audit events of others at scopes one reads (beyond one’s own)' })
  readAudit: boolean;
}

/** The flags from the principal's capabilities, each by the rule its operations use. */
export function viewerCapabilitiesOf(capabilities: Capabilities): ViewerCapabilities {
  const beyondOwn = capabilities.readsAnyoneElse;
  return {
    manageUsers: capabilities.managesUsers,
    manageTenant: capabilities.managesTenant,
    manageGroups: capabilities.managesGroups(false),
    manageRoleAssignableGroups: capabilities.managesGroups(true),
    editScopes: capabilities.editsAnyScopes,
    readOverview: capabilities.readsAtRoot,
    readAssignments: beyondOwn,
    manageAssignments: capabilities.isAnyAdmin,
    readRoles: beyondOwn,
    readRoleSettings: beyondOwn,
    manageRoleSettings: capabilities.isAnyAdmin,
    readAccessReviews: beyondOwn,
    manageAccessReviews: capabilities.isAnyAdmin,
    readAlerts: capabilities.readsAlerts,
    manageAlerts: capabilities.managesAlerts,
    readDirectory: beyondOwn || capabilities.managesUsers || capabilities.managesGroups(false),
    readScopes: beyondOwn || capabilities.editsAnyScopes,
    manageIdentityProviders: capabilities.isGlobalAdmin,
    manageWebhooks: capabilities.managesTenant,
    readActivity: beyondOwn,
    readAudit: beyondOwn,
  };
}

/** Two answers say the same (the live feed sends only a change). */
export function sameCapabilities(a: ViewerCapabilities, b: ViewerCapabilities): boolean {
  return (Object.keys(a) as (keyof ViewerCapabilities)[]).every((key) => a[key] === b[key]);
}
