import { skipToken, useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '@/gql';
import type { ViewerCapabilities_FlagsFragment } from '@/gql/graphql';
import { ViewerCapabilitiesFeed } from '@/live/feeds';

/** Every flag of viewerCapabilities the dashboard decides by: which links the navigation offers, which pages are mine. */
export const ViewerCapabilitiesFlags = graphql(`
  fragment ViewerCapabilities_flags on ViewerCapabilities {
    manageUsers
    manageTenant
    manageGroups
    manageRoleAssignableGroups
    editScopes
    readOverview
    readAssignments
    manageAssignments
    readRoles
    readRoleSettings
    manageRoleSettings
    readAccessReviews
    manageAccessReviews
    readAlerts
    manageAlerts
    readDirectory
    readScopes
    manageIdentityProviders
    manageWebhooks
    readActivity
    readAudit
  }
`);

export const ViewerCapabilitiesQuery = graphql(`
  query ViewerCapabilities {
    viewerCapabilities {
      ...ViewerCapabilities_flags
    }
  }
`);

export type CapabilityFlags = ViewerCapabilities_FlagsFragment;
export type Capability = Exclude<keyof CapabilityFlags, '__typename'>;

/** What the signed-in person may use (null until the API has answered), kept current by `useLiveCapabilities`. */
export function useViewerCapabilities(): CapabilityFlags | null {
  return useViewerCapabilitiesIf(true);
}

/** As `useViewerCapabilities`, asked only once `ask` (the shell: once someone is signed in, in the browser). */
export function useViewerCapabilitiesIf(ask: boolean): CapabilityFlags | null {
  const { data } = useQuery(ViewerCapabilitiesQuery, ask ? { fetchPolicy: 'cache-first' } : skipToken);
  return data ? readFragment(ViewerCapabilitiesFlags, data.viewerCapabilities) : null;
}

/**
 * Keeps the cached capabilities current: each answer of the live feed (the first when it opens, then every change) is
 * written where `viewerCapabilities` is cached, so the navigation and every view that reads it follow without a reload.
 * Mounted once, in the shell, while someone is signed in.
 */
export function useLiveCapabilities(active: boolean): void {
  const client = useApolloClient();
  useSubscription(ViewerCapabilitiesFeed, {
    skip: !active,
    onData: ({ data }) => {
      const flags = data.data?.viewerCapabilitiesChanged;
      if (flags) client.writeQuery({ query: ViewerCapabilitiesQuery, data: { viewerCapabilities: flags } });
    },
  });
}

/** Where a person starts: the Overview for those who read the tenant at its root, their own roles for everyone else. */
export function landingPath(capabilities: Pick<CapabilityFlags, 'readOverview'> | null): string {
  return capabilities?.readOverview ? '/overview' : '/my-roles';
}
