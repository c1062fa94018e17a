'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/ui/Badge';
import { DataTable } from '@/ui/DataTable';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';
import { AdminCapabilities } from './PrincipalActions';

const ApiTokens = graphql(`
  query ApiTokens($servicePrincipalId: ID!) {
    apiTokens(servicePrincipalId: $servicePrincipalId) {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiToken = graphql(`
  mutation CreateApiToken($servicePrincipalId: ID!, $name: String!, $expiresInDays: Int) {
    createApiToken(servicePrincipalId: $servicePrincipalId, name: $name, expiresInDays: $expiresInDays) {
      token
      apiToken {
        id
      }
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** A service principal's API tokens: made here (the token is shown once), listed, revoked. For the tenant's managers. */
export function ApiTokensSection({ servicePrincipalId, name }: { servicePrincipalId: string; name: string }) {
  const manages = useQuery(AdminCapabilities).data?.viewerCapabilities.manageTenant ?? false;
  const { data, error, loading, refetch } = useQuery(ApiTokens, { variables: { servicePrincipalId }, skip: !manages });
  const [revoke, revoking] = useMutation(RevokeApiToken);
  const [creating, setCreating] = useState(false);
  if (!manages) return null;
  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <div className="panel-header">
        <h2 id="tokens-heading">API tokens</h2>
        <button type="button" className="button button-small" onClick={() => setCreating(true)}>
          New token
        </button>
      </div>
      <p className="muted small">{name} signs in to the API with these (Authorization: Bearer …). Disabling {name} revokes them all.</p>
      <ProblemAlert error={error ?? revoking.error} onRetry={() => void refetch()} />
      {!data ? (
        loading ? <Loading /> : null
      ) : data.apiTokens.length === 0 ? (
        <EmptyState>{name} has no API token.</EmptyState>
      ) : (
        <DataTable caption={`API tokens of ${name}`} columns={['Name', 'Created', 'Expires', 'Last used', 'Status', '']}>
          {data.apiTokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{formatDateTime(token.createdAt)}</td>
              <td>{formatDateTime(token.expiresAt)}</td>
              <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
              <td>{token.revokedAt ? <Badge tone="ended">Revoked</Badge> : <Badge tone="active">Valid</Badge>}</td>
              <td>
                {token.revokedAt ? null : (
                  <button
                    type="button"
                    className="button button-small button-danger"
                    disabled={revoking.loading}
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => void revoke({ variables: { id: token.id } }).then(() => refetch(), () => undefined)}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {creating ? <NewTokenDialog servicePrincipalId={servicePrincipalId} onClose={() => setCreating(false)} onCreated={() => void refetch()} /> : null}
    </section>
  );
}

function NewTokenDialog({ servicePrincipalId, onClose, onCreated }: { servicePrincipalId: string; onClose: () => void; onCreated: () => void }) {
  const [create, { data, loading, error }] = useMutation(CreateApiToken);
  const headingId = useId();
  const issued = data?.createApiToken.token;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = Number(form.get('days'));
    const result = await create({
      variables: { servicePrincipalId, name: String(form.get('name') ?? '').trim(), expiresInDays: Number.isFinite(days) && days > 0 ? days : null },
    }).catch(() => null);
    if (result?.data) onCreated();
  }

  return (
    <Dialog label="New API token" onClose={onClose}>
      {issued ? (
        <div className="stack">
          <h2>Copy the token now</h2>
          <p>It is shown only this once; Elevate keeps only its hash.</p>
          <label className="field">
            <span>Token</span>
            <input type="text" readOnly value={issued} data-autofocus onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
          <h2 id={headingId}>New API token</h2>
          <label className="field">
            <span>Name</span>
            <input type="text" name="name" required maxLength={100} placeholder="ci-deploy" data-autofocus />
          </label>
          <label className="field">
            <span>Valid for (days)</span>
            <input type="number" name="days" min={1} max={365} defaultValue={90} />
          </label>
          <ProblemAlert error={error} />
          <FormActions label="Create token" busyLabel="Creating…" busy={loading} onCancel={onClose} cancelLabel="Close" />
        </form>
      )}
    </Dialog>
  );
}
