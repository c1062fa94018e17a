'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { apiHttpBase } from '@/apollo/endpoint';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import type { IdentityProviderInput, IdentityProvidersQuery } from '@/gql/graphql';
import { useMounted } from '@/lib/useMounted';
import { DataTable } from '@/ui/DataTable';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { PageProblem } from '@/ui/PageProblem';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { useToasts } from '@/ui/Toasts';

const IdentityProviders = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      name
      issuer
      clientId
      hasClientSecret
      scopes
      groupsClaim
      mfaClaimValues
      guest
      homeOrganization
      createMembers
      enabled
      signInPath
      createdAt
      updatedAt
    }
  }
`);

const CreateIdentityProvider = graphql(`
  mutation CreateIdentityProvider($input: IdentityProviderInput!) {
    createIdentityProvider(input: $input) {
      id
      name
      enabled
    }
  }
`);

const UpdateIdentityProvider = graphql(`
  mutation UpdateIdentityProvider($id: ID!, $input: IdentityProviderInput!) {
    updateIdentityProvider(id: $id, input: $input) {
      id
      name
      issuer
      clientId
      hasClientSecret
      scopes
      groupsClaim
      mfaClaimValues
      guest
      homeOrganization
      createMembers
      enabled
      updatedAt
    }
  }
`);

type Provider = IdentityProvidersQuery['identityProviders'][number];

/** The path on the API where providers send the browser back after sign-in (registered at the provider). */
const CALLBACK_PATH = '/auth/oidc/callback';

/**
 * Identity providers (Global Administrators): OpenID Connect providers people sign in with, or guests' home
 * organisations. The client secret is never shown again; an edit that leaves it empty keeps the stored one.
 */
export function IdentityProvidersView() {
  const { data, error, loading, refetch } = useQuery(IdentityProviders);
  const endpoint = useApiEndpoint();
  const mounted = useMounted();
  const [open, setOpen] = useState<{ kind: 'create' } | { kind: 'edit'; provider: Provider } | null>(null);
  // The API's origin depends on the page's own host name when it is not configured: known only in the browser.
  const callbackUrl = mounted ? `${apiHttpBase(endpoint)}${CALLBACK_PATH}` : null;

  if (error && !data) return <PageProblem title="Identity providers" error={error} onRetry={() => void refetch()} />;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Identity providers</h1>
          <p className="lead">OpenID Connect providers people sign in with, and the home organisations of invited guests.</p>
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
            <PlusIcon />
            Connect identity provider
          </button>
        </div>
      </div>

      <section className="panel" aria-labelledby="idp-callback">
        <div className="panel-header">
          <h2 id="idp-callback">Callback URL</h2>
        </div>
        <p className="small">Register this redirect URI at the provider (for the client id you enter here):</p>
        {callbackUrl ? <code data-testid="idp-callback-url">{callbackUrl}</code> : <Loading />}
      </section>

      <section className="panel" aria-labelledby="idp-list">
        <div className="panel-header">
          <h2 id="idp-list">Providers</h2>
        </div>
        {loading && !data ? (
          <Loading />
        ) : !data?.identityProviders.length ? (
          <EmptyState>No identity provider yet.</EmptyState>
        ) : (
          <DataTable caption="Identity providers" columns={['Name', 'Issuer', 'Guests', 'Creates members', 'Status', { hidden: 'Actions' }]}>
            {data.identityProviders.map((provider) => (
              <tr key={provider.id}>
                <td>
                  {provider.name}
                  <div className="muted small">Client id {provider.clientId}</div>
                </td>
                <td className="small">{provider.issuer}</td>
                <td className="small">{provider.guest ? `Guests of ${provider.homeOrganization ?? ''}` : 'No'}</td>
                <td className="small">{provider.createMembers ? 'Yes' : 'No'}</td>
                <td>{provider.enabled ? <span className="badge badge-active">enabled</span> : <span className="badge badge-ended">disabled</span>}</td>
                <td className="cell-actions">
                  <button type="button" className="button button-small" aria-label={`Edit ${provider.name}`} onClick={() => setOpen({ kind: 'edit', provider })}>
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {open ? (
        <ProviderDialog provider={open.kind === 'edit' ? open.provider : null} onClose={() => setOpen(null)} onSaved={() => void refetch()} />
      ) : null}
    </div>
  );
}

type FieldErrors = Partial<Record<'name' | 'issuer' | 'clientId' | 'homeOrganization' | 'createMembers', string>>;

const list = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** What the form holds, as the input, and what is wrong with it before it is sent (the server checks again). */
function readForm(form: FormData): { input: IdentityProviderInput; errors: FieldErrors } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const guest = form.get('guest') === 'on';
  const createMembers = form.get('createMembers') === 'on';
  const input: IdentityProviderInput = {
    name: text('name'),
    issuer: text('issuer'),
    clientId: text('clientId'),
    scopes: list(text('scopes')),
    groupsClaim: text('groupsClaim') || null,
    mfaClaimValues: list(text('mfaClaimValues')),
    guest,
    homeOrganization: text('homeOrganization') || null,
    createMembers,
    enabled: form.get('enabled') === 'on',
  };
  const secret = text('clientSecret');
  if (secret) input.clientSecret = secret;

  const errors: FieldErrors = {};
  if (!input.name) errors.name = 'Enter a name.';
  if (!input.issuer) errors.issuer = 'Enter the issuer URL.';
  else if (!/^https?:\/\/[^\s/]+/i.test(input.issuer)) errors.issuer = 'The issuer is a URL, such as https://login.example.com.';
  if (!input.clientId) errors.clientId = 'Enter the client id.';
  if (guest && !input.homeOrganization) errors.homeOrganization = 'A guest provider needs its home organisation.';
  if (!guest && input.homeOrganization) errors.homeOrganization = 'Only a guest provider has a home organisation: check Guests or leave it empty.';
  if (guest && createMembers) errors.createMembers = 'A guest provider cannot create members: uncheck one of the two.';
  return { input, errors };
}

/** Connect a provider (provider null) or edit one, enabling or disabling it with its Enabled checkbox. */
function ProviderDialog({ provider, onClose, onSaved }: { provider: Provider | null; onClose: () => void; onSaved: () => void }) {
  const [create, creating] = useMutation(CreateIdentityProvider);
  const [update, updating] = useMutation(UpdateIdentityProvider);
  const { loading, error } = provider ? updating : creating;
  const [errors, setErrors] = useState<FieldErrors>({});
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const fieldId = useId();
  const problem = apiProblem(error);
  const title = provider ? `Edit ${provider.name}` : 'Connect identity provider';

  /** A field's invalid state: the client's own message first, else the server's refusal that names the field. */
  const invalid = (field: keyof FieldErrors | 'clientSecret' | 'scopes' | 'groupsClaim' | 'mfaClaimValues') =>
    errors[field as keyof FieldErrors]
      ? { 'aria-invalid': true, 'aria-describedby': `${fieldId}-${field}` }
      : problem?.field === field
        ? { 'aria-invalid': true, 'aria-describedby': errorId }
        : {};
  const message = (field: keyof FieldErrors) =>
    errors[field] ? (
      <span id={`${fieldId}-${field}`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = readForm(new FormData(event.currentTarget));
    setErrors(found);
    if (Object.keys(found).length) {
      const first = Object.keys(found)[0];
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const result = provider
      ? await update({ variables: { id: provider.id, input } }).catch(() => null)
      : await create({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    toasts.show({ tone: 'success', title: provider ? `${input.name} is saved` : `${input.name} is connected` });
    onSaved();
    onClose();
  }

  const count = Object.keys(errors).length;
  return (
    <Dialog label={title} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
        <h2 id={headingId}>{title}</h2>
        {count ? (
          <p role="alert" className="alert alert-error">
            {count === 1 ? 'One field needs attention.' : `${count} fields need attention.`}
          </p>
        ) : null}
        <label className="field">
          <span>Name</span>
          <input type="text" name="name" required maxLength={200} autoComplete="off" defaultValue={provider?.name ?? ''} data-autofocus {...invalid('name')} />
        </label>
        {message('name')}
        <label className="field">
          <span>Issuer URL</span>
          <input type="url" name="issuer" required autoComplete="off" placeholder="https://login.example.com" defaultValue={provider?.issuer ?? ''} {...invalid('issuer')} />
        </label>
        {message('issuer')}
        <label className="field">
          <span>Client id</span>
          <input type="text" name="clientId" required autoComplete="off" defaultValue={provider?.clientId ?? ''} {...invalid('clientId')} />
        </label>
        {message('clientId')}
        <label className="field">
          <span>Client secret{provider ? ' (optional)' : ' (optional for a public client)'}</span>
          <input type="password" name="clientSecret" autoComplete="new-password" aria-describedby={`${fieldId}-secret-hint`} {...invalid('clientSecret')} />
        </label>
        <span id={`${fieldId}-secret-hint`} className="muted small">
          {provider
            ? `${provider.hasClientSecret ? 'A secret is stored.' : 'No secret is stored (a public client).'} Leave empty to keep the current secret.`
            : 'Kept and never shown again.'}
        </span>
        <label className="field">
          <span>Scopes (comma-separated)</span>
          <input type="text" name="scopes" autoComplete="off" defaultValue={provider?.scopes.join(', ') ?? 'openid, email, profile'} {...invalid('scopes')} />
        </label>
        <label className="field">
          <span>Groups claim (optional)</span>
          <input type="text" name="groupsClaim" autoComplete="off" placeholder="groups" defaultValue={provider?.groupsClaim ?? ''} {...invalid('groupsClaim')} />
        </label>
        <label className="field">
          <span>MFA claim values (comma-separated)</span>
          <input type="text" name="mfaClaimValues" autoComplete="off" defaultValue={provider?.mfaClaimValues.join(', ') ?? 'mfa'} {...invalid('mfaClaimValues')} />
        </label>
        <label className="checkbox">
          <input type="checkbox" name="guest" defaultChecked={provider?.guest ?? false} />
          <span>Guests: a home organisation of invited guests (creates nobody)</span>
        </label>
        <label className="field">
          <span>Home organisation (required for guests)</span>
          <input type="text" name="homeOrganization" autoComplete="off" defaultValue={provider?.homeOrganization ?? ''} {...invalid('homeOrganization')} />
        </label>
        {message('homeOrganization')}
        <label className="checkbox">
          <input type="checkbox" name="createMembers" defaultChecked={provider?.createMembers ?? false} {...invalid('createMembers')} />
          <span>Create members: a first sign-in of somebody unknown creates them</span>
        </label>
        {message('createMembers')}
        <label className="checkbox">
          <input type="checkbox" name="enabled" defaultChecked={provider?.enabled ?? true} />
          <span>Enabled: people may sign in with it</span>
        </label>
        <ProblemAlert id={errorId} error={error} />
        <FormActions
          label={provider ? 'Save' : 'Connect'}
          busyLabel={provider ? 'Saving…' : 'Connecting…'}
          busy={loading}
          onCancel={onClose}
          cancelLabel="Close"
        />
      </form>
    </Dialog>
  );
}

function PlusIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
