'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import { durationToMinutes, formatMinutes, minutesToDuration } from '@/lib/duration';
import { formatDateTime, fromLocalInput } from '@/lib/format';
import { useViewer } from '@/shell/ViewerContext';
import { Dialog } from '@/ui/Dialog';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { defaultMinutes, MIN_MINUTES, rememberedMinutes, rememberMinutes } from './activationDefaults';
import { FormActions } from '@/ui/FormActions';

const ActivationSettingsQuery = graphql(`
  query ActivationSettings($roleId: ID!, $scopeId: ID) {
    roleSettings(roleId: $roleId, scopeId: $scopeId) {
      activation {
        maxDuration
        requireApproval
        requireJustification
        requireMfa
        requireTicket
      }
    }
  }
`);

const ActivateRole = graphql(`
  mutation ActivateRole($input: ActivateRoleInput!) {
    activateRole(input: $input) {
      id
      status
      startAt
      endAt
      ...RequestTable_request
    }
  }
`);

const DEFAULT_MAX_MINUTES = 8 * 60;

export interface Activatable {
  eligibilityId: string;
  roleId: string;
  roleName: string;
  scopeId: string;
  scopeName: string;
}

/**
 * SELF_ACTIVATE: a duration bounded by the role's settings, the reason and ticket they ask for, the authenticator code
 * when the settings demand MFA and the session has not passed it recently (or the server says so), and when to start:
 * now, or later at a time (one Tab stop for "now"; the date field's segments only for those who chose "later").
 * The duration offered is the one last asked for this role in this browser, else an hour (or the role's maximum).
 */
export function ActivateDialog({ target, onClose, onDone }: { target: Activatable; onClose: () => void; onDone: () => void }) {
  const viewer = useViewer();
  const headingId = useId();
  const settingsQuery = useQuery(ActivationSettingsQuery, { variables: { roleId: target.roleId, scopeId: target.scopeId }, fetchPolicy: 'network-only' });
  const settings = settingsQuery.data?.roleSettings.activation;
  const max = durationToMinutes(settings?.maxDuration) ?? DEFAULT_MAX_MINUTES;
  const [minutes, setMinutes] = useState<number | null>(() => rememberedMinutes(target.roleId));
  const chosen = defaultMinutes(max, minutes);
  const [justification, setJustification] = useState('');
  const [ticketSystem, setTicketSystem] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const [later, setLater] = useState(false);
  const [startAt, setStartAt] = useState('');
  const [mfaCode, setMfaCode] = useState('');
  const [activate, { data, loading, error, reset }] = useMutation(ActivateRole);
  const mfaAsked = apiProblem(error)?.code === 'MFA_REQUIRED';
  const fresh = viewer.mfaFreshUntil !== null && new Date(viewer.mfaFreshUntil).getTime() > Date.now() + 5_000;
  const showMfa = mfaAsked || Boolean(settings?.requireMfa && !fresh);
  const done = data?.activateRole;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await activate({
      variables: {
        input: {
          eligibilityId: target.eligibilityId,
          scopeId: target.scopeId,
          duration: minutesToDuration(chosen),
          startAt: later ? fromLocalInput(startAt) : null,
          justification: justification.trim() || null,
          ticketSystem: ticketSystem.trim() || null,
          ticketNumber: ticketNumber.trim() || null,
          mfaCode: showMfa && mfaCode ? mfaCode : null,
        },
      },
    }).catch(() => null);
    if (result?.data?.activateRole) {
      rememberMinutes(target.roleId, chosen);
      if (showMfa && mfaCode) viewer.refreshSession();
      onDone();
    }
  }

  return (
    <Dialog label={`Activate ${target.roleName}`} onClose={onClose}>
      <h2 id={headingId}>
        Activate {target.roleName} <span className="muted small">at {target.scopeName}</span>
      </h2>
      {done ? (
        <div className="stack">
          <div className="alert alert-success" role="status">
            {done.status === 'PENDING_APPROVAL'
              ? 'Request sent for approval. You will be notified when it is decided.'
              : done.status === 'GRANTED'
                ? `Scheduled: active from ${formatDateTime(done.startAt)} until ${formatDateTime(done.endAt)}.`
                : `Active until ${formatDateTime(done.endAt)}.`}
          </div>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onClose} autoFocus>
              Close
            </button>
          </div>
        </div>
      ) : settingsQuery.loading && !settingsQuery.data ? (
        <Loading label="Reading the role's settings…" />
      ) : (
        <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
          {settings?.requireApproval ? <p className="muted">This role needs approval: it becomes active once an approver agrees.</p> : null}
          <label className="field">
            <span>
              Duration: <strong>{formatMinutes(chosen)}</strong>{' '}
              <span className="muted small">
                ({formatMinutes(MIN_MINUTES)} – {formatMinutes(max)})
              </span>
            </span>
            <input
              type="range"
              min={MIN_MINUTES}
              max={max}
              step={30}
              value={chosen}
              aria-valuetext={formatMinutes(chosen)}
              onChange={(e) => setMinutes(Number(e.target.value))}
            />
          </label>
          <label className="field">
            <span>
              Justification {settings?.requireJustification ? <span className="required">(required)</span> : null}
            </span>
            <textarea
              rows={3}
              maxLength={500}
              required={Boolean(settings?.requireJustification)}
              value={justification}
              onChange={(e) => setJustification(e.target.value)}
              // autoFocus when it appears after the settings were read; data-autofocus when it is there on opening
              autoFocus
              data-autofocus
            />
          </label>
          <div className="form-grid">
            <label className="field">
              <span>
                Ticket system {settings?.requireTicket ? <span className="required">(required)</span> : null}
              </span>
              <input value={ticketSystem} required={Boolean(settings?.requireTicket)} onChange={(e) => setTicketSystem(e.target.value)} />
            </label>
            <label className="field">
              <span>
                Ticket number {settings?.requireTicket ? <span className="required">(required)</span> : null}
              </span>
              <input value={ticketNumber} required={Boolean(settings?.requireTicket)} onChange={(e) => setTicketNumber(e.target.value)} />
            </label>
          </div>
          <fieldset className="field">
            <legend>Start</legend>
            <div className="choices">
              <label className="checkbox">
                <input type="radio" name="start" checked={!later} onChange={() => setLater(false)} />
                <span>Now</span>
              </label>
              <label className="checkbox">
                <input type="radio" name="start" checked={later} onChange={() => setLater(true)} />
                <span>Later</span>
              </label>
            </div>
            {later ? (
              <label className="field">
                <span>Start at</span>
                <input type="datetime-local" required value={startAt} onChange={(e) => setStartAt(e.target.value)} />
              </label>
            ) : null}
          </fieldset>
          {showMfa ? (
            <label className="field">
              <span>Authentication code</span>
              <span className="muted small">This role requires a fresh MFA verification: enter the 6-digit code from your authenticator.</span>
              <input
                name="mfaCode"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                value={mfaCode}
                onChange={(e) => {
                  setMfaCode(e.target.value.replace(/\D/g, ''));
                  if (error) reset();
                }}
              />
            </label>
          ) : null}
          {settingsQuery.error ? <p className="muted small">The role&apos;s settings could not be read; the server checks them when you activate.</p> : null}
          <ProblemAlert error={error} />
          <FormActions label={settings?.requireApproval ? 'Request activation' : 'Activate'} busyLabel="Activating…" busy={loading} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
