'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { apiHttpBase } from '@/apollo/endpoint';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { useMounted } from '@/lib/useMounted';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { PageProblem } from '@/ui/PageProblem';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';

const ScimTokens = graphql(`
  query ScimTokens {
    scimTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateScimToken = graphql(`
  mutation CreateScimToken($name: String!, $expiresInDays: Int) {
    createScimToken(name: $name, expiresInDays: $expiresInDays) {
      token
      scimToken {
        id
      }
    }
  }
`);

const RevokeScimToken = graphql(`
  mutation RevokeScimToken($id: ID!) {
    revokeScimToken(id: $id)
  }
`);

/** The path on the API where identity providers provision users and groups (RFC 7644). */
const SCIM_PATH = '/scim/v2';
/** What the server accepts for a token's lifetime (left out: until revoked). */
const MAX_DAYS = 3650;

type Token = { id: string; name: string };

/**
 * Provisioning (Global Administrators): the SCIM endpoint to give an identity provider, and the bearer tokens it signs
 * in with — made here (the token is shown once; Elevate keeps only its hash), listed, revoked.
 */
export function ProvisioningView() {
  const { data, error, loading, refetch } = useQuery(ScimTokens);
  const endpoint = useApiEndpoint();
  const mounted = useMounted();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);
  // The API's origin depends on the page's own host name when it is not configured: known only in the browser.
  const scimUrl = mounted ? `${apiHttpBase(endpoint)}${SCIM_PATH}` : null;

  if (error && !data) return <PageProblem title="Provisioning" error={error} onRetry={() => void refetch()} />;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Provisioning</h1>
          <p className="lead">SCIM 2.0: an identity provider (Entra ID, Okta, …) creates, updates and disables users and groups here.</p>
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <PlusIcon />
            New SCIM token
          </button>
        </div>
      </div>

      <section className="panel" aria-labelledby="scim-endpoint">
        <div className="panel-header">
          <h2 id="scim-endpoint">SCIM endpoint</h2>
        </div>
        <p className="small">Give the identity provider this tenant URL, with one of the tokens below as its secret token (Authorization: Bearer …).</p>
        {scimUrl ? <CopyField label="SCIM endpoint URL" value={scimUrl} testId="scim-endpoint-url" /> : <Loading />}
      </section>

      <section className="panel" aria-labelledby="scim-tokens">
        <div className="panel-header">
          <h2 id="scim-tokens">SCIM tokens</h2>
        </div>
        {loading && !data ? (
          <Loading />
        ) : !data?.scimTokens.length ? (
          <EmptyState>No SCIM token yet.</EmptyState>
        ) : (
          <DataTable caption="SCIM tokens" columns={['Name', 'Created', 'Expires', 'Last used', 'Status', { hidden: 'Actions' }]}>
            {data.scimTokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>{token.expiresAt ? formatDateTime(token.expiresAt) : <span className="muted">Until revoked</span>}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
                <td>
                  {token.revokedAt ? (
                    <Badge tone="ended" title={`Revoked ${formatDateTime(token.revokedAt)}`}>
                      Revoked {formatDateTime(token.revokedAt)}
                    </Badge>
                  ) : token.expiresAt && Date.parse(token.expiresAt) <= Date.now() ? (
                    <Badge tone="ended">Expired</Badge>
                  ) : (
                    <Badge tone="active">Valid</Badge>
                  )}
                </td>
                <td className="cell-actions">
                  {token.revokedAt ? null : (
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={`Revoke ${token.name}`}
                      onClick={() => setRevoking({ id: token.id, name: token.name })}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {creating ? <NewScimTokenDialog onClose={() => setCreating(false)} onCreated={() => void refetch()} /> : null}
      {revoking ? (
        <RevokeScimTokenDialog
          token={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoking(null);
            void refetch();
          }}
        />
      ) : null}
    </div>
  );
}

type FieldErrors = Partial<Record<'name' | 'expiresInDays', string>>;

/** The form's values, or what is wrong with them (the server says the same, in case the form is bypassed). */
function readForm(form: FormData): { name: string; expiresInDays: number | null; errors: FieldErrors } {
  const name = String(form.get('name') ?? '').trim();
  const daysText = String(form.get('expiresInDays') ?? '').trim();
  const errors: FieldErrors = {};
  if (!name) errors.name = 'Name the token after the identity provider that uses it.';
  else if (name.length > 100) errors.name = 'At most 100 characters.';
  const days = daysText ? Number(daysText) : null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)) {
    errors.expiresInDays = `A whole number of days from 1 to ${MAX_DAYS}, or empty for a token that lasts until revoked.`;
  }
  return { name, expiresInDays: days, errors };
}

function NewScimTokenDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const [create, { data, loading, error }] = useMutation(CreateScimToken);
  const [errors, setErrors] = useState<FieldErrors>({});
  const headingId = useId();
  const fieldId = useId();
  const errorId = useId();
  const issued = data?.createScimToken.token;
  const problem = apiProblem(error);

  /** A field's invalid state: the form's own message first, else the server's refusal that names the field. */
  const invalid = (field: keyof FieldErrors, hint?: string) =>
    errors[field]
      ? { 'aria-invalid': true, 'aria-describedby': [`${fieldId}-${field}`, hint].filter(Boolean).join(' ') }
      : problem?.field === field
        ? { 'aria-invalid': true, 'aria-describedby': [errorId, hint].filter(Boolean).join(' ') }
        : hint
          ? { 'aria-describedby': hint }
          : {};
  const message = (field: keyof FieldErrors) =>
    errors[field] ? (
      <span id={`${fieldId}-${field}`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { name, expiresInDays, errors: found } = readForm(new FormData(event.currentTarget));
    setErrors(found);
    if (Object.keys(found).length) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${Object.keys(found)[0]}"]`)?.focus();
      return;
    }
    const result = await create({ variables: { name, expiresInDays } }).catch(() => null);
    if (result?.data) onCreated();
  }

  const count = Object.keys(errors).length;
  return (
    <Dialog label="New SCIM token" onClose={onClose}>
      {issued ? (
        <div className="stack">
          <h2>Copy the token now</h2>
          <p>It is shown only this once; Elevate keeps only its hash. Give it to the identity provider as its secret token.</p>
          <CopyField label="SCIM token" value={issued} testId="scim-token" autoFocus />
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
          <h2 id={headingId}>New SCIM token</h2>
          {count ? (
            <p role="alert" className="alert alert-error">
              {count === 1 ? 'One field needs attention.' : `${count} fields need attention.`}
            </p>
          ) : null}
          <label className="field">
            <span>Name</span>
            <input type="text" name="name" required maxLength={100} autoComplete="off" placeholder="Entra ID" data-autofocus {...invalid('name')} />
          </label>
          {message('name')}
          <label className="field">
            <span>Expires in (days, optional)</span>
            <input type="number" name="expiresInDays" min={1} max={MAX_DAYS} step={1} inputMode="numeric" {...invalid('expiresInDays', `${fieldId}-days-hint`)} />
          </label>
          <span id={`${fieldId}-days-hint`} className="muted small">
            Empty: valid until revoked.
          </span>
          {message('expiresInDays')}
          <ProblemAlert id={errorId} error={error} />
          <FormActions label="Create token" busyLabel="Creating…" busy={loading} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}

function RevokeScimTokenDialog({ token, onClose, onRevoked }: { token: Token; onClose: () => void; onRevoked: () => void }) {
  const [revoke, { loading, error }] = useMutation(RevokeScimToken);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await revoke({ variables: { id: token.id } }).catch(() => null);
    if (result?.data?.revokeScimToken) onRevoked();
  }

  return (
    <Dialog label="Revoke SCIM token" onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>Revoke {token.name}?</h2>
        <p>
          The identity provider that uses <strong>{token.name}</strong> can no longer provision from now on. This cannot be undone: make a new
          token to connect it again.
        </p>
        <ProblemAlert error={error} />
        <FormActions label="Revoke token" busyLabel="Revoking…" busy={loading} danger onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** A read-only value with a button that copies it (the field can also be selected and copied by hand). */
function CopyField({ label, value, testId, autoFocus = false }: { label: string; value: string; testId: string; autoFocus?: boolean }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <div className="actions">
        <input
          id={inputId}
          type="text"
          readOnly
          value={value}
          data-testid={testId}
          data-autofocus={autoFocus ? true : undefined}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          style={{ flex: '1 1 16rem', minWidth: 0 }}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          <CopyIcon />
          Copy {label}
        </button>
      </div>
      <p className="small muted" role="status">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'no' ? 'Could not copy: select the text and copy it.' : null}
      </p>
    </div>
  );
}

function PlusIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function CopyIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="9" y="9" width="11" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
