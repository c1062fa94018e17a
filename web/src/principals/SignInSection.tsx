'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useToasts } from '@/ui/Toasts';
import { AdminCapabilities } from './PrincipalActions';

const PersonSignIn = graphql(`
  query PersonSignIn($id: ID!) {
    principal(id: $id) {
      id
      ... on User {
        passwordSignIn
        identityBindings {
          providerId
          providerName
          guest
          subject
          boundAt
          lastSignInAt
        }
      }
    }
  }
`);

const SetPasswordSignIn = graphql(`
  mutation SetPasswordSignIn($id: ID!, $enabled: Boolean!) {
    setPasswordSignIn(principalId: $id, enabled: $enabled)
  }
`);

/**
 * How a user signs in, on their page: the identity providers they are bound to (issuer + subject, never an email) and
 * whether a password still signs them in; those who manage users turn passwords off (or on again) for someone bound to
 * a provider. Shown to the person and to the directory's administrators and readers (the server says null to others).
 */
export function SignInSection({ id, name }: { id: string; name: string }) {
  const { data, error, refetch } = useQuery(PersonSignIn, { variables: { id } });
  const manageUsers = useQuery(AdminCapabilities).data?.viewerCapabilities.manageUsers ?? false;
  const [setPasswordSignIn, change] = useMutation(SetPasswordSignIn);
  const toasts = useToasts();
  const user = data?.principal.__typename === 'User' ? data.principal : null;
  if (error && !data) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!user || user.passwordSignIn === null || user.passwordSignIn === undefined) return null;
  const bindings = user.identityBindings;
  const passwords = user.passwordSignIn;

  async function toggle() {
    const result = await setPasswordSignIn({ variables: { id, enabled: !passwords } }).catch(() => null);
    if (!result?.data) return;
    await refetch();
    toasts.show({
      tone: 'success',
      title: passwords ? `Password sign-in is off for ${name}` : `Password sign-in is on again for ${name}`,
      body: passwords ? `${name} signs in only through ${bindings.map((b) => b.providerName).join(' or ')}.` : `${name} may sign in with a password and an authenticator too.`,
    });
  }

  return (
    <section className="panel" aria-labelledby="sign-in-heading">
      <div className="panel-header">
        <h2 id="sign-in-heading">Sign-in</h2>
        {manageUsers && bindings.length ? (
          <button type="button" className="button button-small" onClick={() => void toggle()} disabled={change.loading}>
            {passwords ? 'Turn password sign-in off' : 'Turn password sign-in on'}
          </button>
        ) : null}
      </div>
      <dl className="facts">
        <dt>Password</dt>
        <dd>
          {passwords ? <Badge tone="active">Signs in with a password and an authenticator</Badge> : <Badge tone="ended">Off: signs in only through an identity provider</Badge>}
        </dd>
      </dl>
      <ProblemAlert error={change.error} />
      {bindings.length ? (
        <DataTable caption={`Identity providers ${name} signs in through`} columns={['Provider', 'Subject', 'Bound', 'Last sign-in there']}>
          {bindings.map((binding) => (
            <tr key={`${binding.providerId}:${binding.subject}`}>
              <td>
                {binding.providerName}
                {binding.guest ? <span className="muted small"> (home organisation)</span> : null}
              </td>
              <td>
                <code>{binding.subject}</code>
              </td>
              <td>{formatDateTime(binding.boundAt)}</td>
              <td>{formatDateTime(binding.lastSignInAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="muted">{name} signs in through no identity provider.</p>
      )}
    </section>
  );
}
