import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { Source } from '@/gql/graphql';
import { formatDateTime, humanize } from '@/lib/format';
import { Badge } from '@/ui/Badge';

export const PrincipalDetailsFragment = graphql(`
  fragment PrincipalDetails_principal on Principal {
    id
    displayName
    type
    enabled
    createdAt
    source
    externalId
    ... on User {
      email
      userType
      homeOrganization
      lastSignInAt
      manager {
        id
        displayName
      }
      groups {
        id
        displayName
      }
    }
    ... on Group {
      description
      roleAssignable
    }
    ... on ServicePrincipal {
      description
    }
  }
`);

/** Where a principal came from, in words (a source only removes what it created). */
const SOURCES: Record<Source, string> = {
  LOCAL: 'Made in Elevate',
  SCIM: 'Provisioned over SCIM',
  OIDC: 'Signed in through OpenID Connect',
  IMPORT: 'Imported',
};

/** Who a principal is: kind, contact, organisation, manager, groups. */
export function PrincipalDetails({ principal }: { principal: FragmentType<typeof PrincipalDetailsFragment> }) {
  const p = useFragment(PrincipalDetailsFragment, principal);
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{humanize(p.type)}</dd>
      <dt>Status</dt>
      <dd>{p.enabled ? <Badge tone="active">Enabled</Badge> : <Badge tone="ended">Disabled: holds nothing</Badge>}</dd>
      {p.__typename === 'User' ? (
        <>
          <dt>Email</dt>
          <dd>{p.email}</dd>
          <dt>User type</dt>
          <dd>{humanize(p.userType)}</dd>
          <dt>Home organisation</dt>
          <dd>{p.homeOrganization ?? <span className="muted">This tenant</span>}</dd>
          <dt>Manager</dt>
          <dd>{p.manager ? <Link href={`/people/${p.manager.id}`}>{p.manager.displayName}</Link> : <span className="muted">None</span>}</dd>
          <dt>Groups</dt>
          <dd>
            {p.groups.length === 0 ? (
              <span className="muted">None</span>
            ) : (
              <ul className="inline-list">
                {p.groups.map((group) => (
                  <li key={group.id}>
                    <Link href={`/people/${group.id}`}>{group.displayName}</Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Last sign-in</dt>
          <dd>{formatDateTime(p.lastSignInAt)}</dd>
        </>
      ) : (
        <>
          <dt>Description</dt>
          <dd>{p.description ?? <span className="muted">None</span>}</dd>
          {p.__typename === 'Group' ? (
            <>
              <dt>Role-assignable</dt>
              <dd>{p.roleAssignable ? 'Yes: may hold roles' : 'No'}</dd>
            </>
          ) : null}
        </>
      )}
      <dt>Source</dt>
      <dd>{SOURCES[p.source]}</dd>
      <dt>External id</dt>
      <dd>{p.externalId ? <code>{p.externalId}</code> : <span className="muted">None</span>}</dd>
      <dt>Created</dt>
      <dd>{formatDateTime(p.createdAt)}</dd>
    </dl>
  );
}
