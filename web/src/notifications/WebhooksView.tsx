'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { NotificationEvent } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { DataTable } from '@/ui/DataTable';
import { PageProblem } from '@/ui/PageProblem';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { EmptyState, Loading } from '@/ui/States';

const Webhooks = graphql(`
  query Webhooks {
    webhooks {
      id
      url
      events
      description
      enabled
      createdAt
      lastDelivery {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        createdAt
        sentAt
      }
    }
  }
`);

const Deliveries = graphql(`
  query WebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, first: 20) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      createdAt
      sentAt
      nextAttemptAt
    }
  }
`);

const CreateWebhook = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`);

const UpdateWebhook = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      enabled
    }
  }
`);

const DeleteWebhook = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const EVENTS: NotificationEvent[] = [
  'ELIGIBLE_ASSIGNED',
  'ACTIVE_ASSIGNED',
  'ACTIVATED',
  'PENDING_APPROVAL',
  'APPROVED',
  'DENIED',
  'REQUEST_EXPIRED',
  'APPROVAL_REMINDER',
  'EXPIRING_SOON',
  'EXPIRED',
  'EXTENSION_REQUESTED',
  'EXTENSION_DECIDED',
];
const label = (event: string) => event.charAt(0) + event.slice(1).toLowerCase().replace(/_/g, ' ');

/** Webhooks (Global and Privileged Role Administrators): register endpoints and their events, see the latest results. */
export function WebhooksView() {
  const { data, error, loading, refetch } = useQuery(Webhooks);
  const [create, creating] = useMutation(CreateWebhook);
  const [update] = useMutation(UpdateWebhook);
  const [remove] = useMutation(DeleteWebhook);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<Set<NotificationEvent>>(new Set<NotificationEvent>(['PENDING_APPROVAL', 'ACTIVATED']));
  const [secret, setSecret] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSecret(null);
    const result = await create({ variables: { input: { url, description: description || null, events: [...events] } } }).catch(() => null);
    if (result?.data) {
      setSecret(result.data.createWebhook.secret);
      setUrl('');
      setDescription('');
      await refetch();
    }
  }

  if (error && !data) return <PageProblem title="Webhooks" error={error} onRetry={() => void refetch()} />;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Webhooks</h1>
          <p className="lead">Endpoints that receive signed JSON deliveries of the events they choose (see README: Webhooks).</p>
        </div>
      </div>

      <section className="panel" aria-labelledby="new-webhook">
        <div className="panel-header">
          <h2 id="new-webhook">Register an endpoint</h2>
        </div>
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span>URL</span>
            <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://siem.example.com/elevate" />
          </label>
          <label className="field">
            <span>Description</span>
            <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} />
          </label>
          <fieldset className="choices">
            <legend>Events</legend>
            {EVENTS.map((event) => (
              <label key={event} className="checkbox">
                <input
                  type="checkbox"
                  checked={events.has(event)}
                  onChange={(e) => {
                    const next = new Set(events);
                    if (e.target.checked) next.add(event);
                    else next.delete(event);
                    setEvents(next);
                  }}
                />
                {label(event)}
              </label>
            ))}
          </fieldset>
          {creating.error ? <ProblemAlert error={creating.error} /> : null}
          {secret ? (
            <div className="alert alert-success" role="status">
              <p className="alert-title">Registered. Its signing secret, shown only now:</p>
              <code data-testid="webhook-secret">{secret}</code>
            </div>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={creating.loading || events.size === 0}>
              Register
            </button>
          </div>
        </form>
      </section>

      <section className="panel" aria-labelledby="webhook-list">
        <div className="panel-header">
          <h2 id="webhook-list">Endpoints</h2>
        </div>
        {loading && !data ? (
          <Loading />
        ) : !data?.webhooks.length ? (
          <EmptyState>No webhooks yet.</EmptyState>
        ) : (
          <DataTable caption="Webhook endpoints" columns={['URL', 'Events', 'Last delivery', { hidden: 'Actions' }]}>
            {data.webhooks.map((hook) => (
              <tr key={hook.id}>
                <td>
                  {hook.url}
                  {hook.description ? <div className="muted small">{hook.description}</div> : null}
                  {hook.enabled ? null : <span className="badge badge-ended">disabled</span>}
                </td>
                <td className="small">{hook.events.map(label).join(', ')}</td>
                <td className="small">
                  {hook.lastDelivery ? (
                    <>
                      <span className={hook.lastDelivery.status === 'SENT' ? 'badge badge-active' : 'badge badge-warning'}>{hook.lastDelivery.status}</span>{' '}
                      {label(hook.lastDelivery.event)} · {hook.lastDelivery.lastStatusCode ?? hook.lastDelivery.lastError ?? ''} ·{' '}
                      {formatDateTime(hook.lastDelivery.sentAt ?? hook.lastDelivery.createdAt)}
                    </>
                  ) : (
                    <span className="muted">none yet</span>
                  )}
                </td>
                <td className="cell-actions">
                  <button type="button" className="button button-small" onClick={() => setSelected(selected === hook.id ? null : hook.id)}>
                    Deliveries
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void update({ variables: { id: hook.id, input: { enabled: !hook.enabled } } }).then(() => refetch()).catch(() => undefined)}
                  >
                    {hook.enabled ? 'Disable' : 'Enable'}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => void remove({ variables: { id: hook.id } }).then(() => refetch()).catch(() => undefined)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {selected ? <DeliveryList webhookId={selected} /> : null}
    </div>
  );
}

function DeliveryList({ webhookId }: { webhookId: string }) {
  const { data, error, loading } = useQuery(Deliveries, { variables: { webhookId }, fetchPolicy: 'network-only' });
  return (
    <section className="panel" aria-labelledby="deliveries">
      <div className="panel-header">
        <h2 id="deliveries">Latest deliveries</h2>
      </div>
      {error ? <ProblemAlert error={error} /> : null}
      {loading && !data ? (
        <Loading />
      ) : !data?.webhookDeliveries.length ? (
        <EmptyState>No deliveries yet.</EmptyState>
      ) : (
        <DataTable caption="Latest deliveries" columns={['Event', 'Status', 'Attempts', 'Result', 'When']}>
          {data.webhookDeliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td>{label(delivery.event)}</td>
              <td>{delivery.status}</td>
              <td>{delivery.attempts}</td>
              <td className="small">
                {delivery.lastStatusCode ?? ''} {delivery.lastError ?? ''}
                {delivery.nextAttemptAt ? <div className="muted">next try {formatDateTime(delivery.nextAttemptAt)}</div> : null}
              </td>
              <td className="small">{formatDateTime(delivery.sentAt ?? delivery.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
