import type { Capability, CapabilityFlags } from './capabilities';

export interface NavigationItem {
  href: string;
  label: string;
  /** The capability that offers it; none: everyone's. */
  capability?: Capability;
  /** Shown while something waits for me (not a permission): the page stays listed while it is open. */
  whenAsked?: boolean;
  /** Current also on these paths (a filtered view of another page). */
  search?: string;
}

export interface NavigationGroup {
  id: string;
  label: string;
  items: NavigationItem[];
}

/**
 * Entra's three groups. Tasks are everyone's; Manage and Activity list a page to those its rules let use it (the flags
 * of viewerCapabilities, each decided on the server by the rule of the page's own operations).
 */
export const NAVIGATION: NavigationGroup[] = [
  {
    id: 'tasks',
    label: 'Tasks',
    items: [
      { href: '/my-roles', label: 'My roles' },
      { href: '/my-requests', label: 'My requests' },
      { href: '/approvals', label: 'Approvals' },
      { href: '/my-reviews', label: 'My reviews', whenAsked: true },
    ],
  },
  {
    id: 'manage',
    label: 'Manage',
    items: [
      { href: '/overview', label: 'Overview', capability: 'readOverview' },
      { href: '/assignments', label: 'Assignments', capability: 'readAssignments' },
      { href: '/roles', label: 'Roles', capability: 'readRoles' },
      { href: '/role-settings', label: 'Role settings', capability: 'readRoleSettings' },
      { href: '/access-reviews', label: 'Access reviews', capability: 'readAccessReviews' },
      { href: '/alerts', label: 'Alerts', capability: 'readAlerts' },
      { href: '/people', label: 'People', capability: 'readDirectory' },
      { href: '/people?type=GROUP', label: 'Groups', capability: 'readDirectory', search: 'type=GROUP' },
      { href: '/scopes', label: 'Scopes', capability: 'readScopes' },
      { href: '/identity-providers', label: 'Identity providers', capability: 'manageIdentityProviders' },
      { href: '/provisioning', label: 'Provisioning', capability: 'manageIdentityProviders' },
      { href: '/webhooks', label: 'Webhooks', capability: 'manageWebhooks' },
    ],
  },
  {
    id: 'activity',
    label: 'Activity',
    items: [
      { href: '/activity', label: 'Activity', capability: 'readActivity' },
      { href: '/audit', label: 'Audit', capability: 'readAudit' },
    ],
  },
];

/** The groups with what this person may use: nothing of Manage or Activity until the capabilities are known. */
export function visibleNavigation(capabilities: CapabilityFlags | null, asked: (item: NavigationItem) => boolean): NavigationGroup[] {
  return NAVIGATION.map((group) => ({
    ...group,
    items: group.items.filter((item) => (item.capability ? capabilities?.[item.capability] === true : !item.whenAsked || asked(item))),
  })).filter((group) => group.items.length > 0);
}

/** Whether the item is the page on screen (People and Groups share a path and differ by their filter). */
export function isCurrent(item: NavigationItem, pathname: string, search: string): boolean {
  const path = item.href.split('?')[0];
  if (pathname !== path && !pathname.startsWith(`${path}/`)) return false;
  const isGroups = new URLSearchParams(search).get('type') === 'GROUP';
  if (item.search) return isGroups;
  return path !== '/people' || !isGroups || pathname !== path;
}
