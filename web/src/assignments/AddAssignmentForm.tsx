'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { hasCode } from '@/apollo/errors';
import { StepUpForm } from '@/auth/StepUpForm';
import { graphql } from '@/gql';
import type { AssignmentType, AssignRoleInput } from '@/gql/graphql';
import { isoDuration } from '@/lib/duration';
import { formatDateTime, formatEnd, fromLocalInput, humanize } from '@/lib/format';
import { PrincipalPicker, type PrincipalChoice } from '@/principals/PrincipalPicker';
import { roleKindForScopeType } from '@/scopes/roleKind';
import { describeManageable, managesAt, useManageableScopes } from '@/scopes/manageable';
import { ScopePicker, usePickedScope } from '@/scopes/ScopePicker';
import type { ScopeChoice } from '@/scopes/ScopeTree';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useViewer } from '@/shell/ViewerContext';
import { RoleSelect } from './RoleSelect';

const AssignRole = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
      status
      validateOnly
      type
      startAt
      endAt
      principal {
        id
        displayName
      }
      role {
        id
        name
      }
      scope {
        id
        name
      }
    }
  }
`);

type EndChoice = 'duration' | 'date' | 'permanent';
type Unit = 'hours' | 'days';

/**
 * ADMIN_ASSIGN: principal × role × scope × type × window, with a reason. "Check" is a dry run (validateOnly) that
 * reports what the settings would say. The server decides who may do it; a refusal is shown as it comes.
 */
export function AddAssignmentForm({
  initialScope,
  initialPrincipal,
  onAssigned,
  onClose,
}: {
  initialScope: ScopeChoice | null;
  initialPrincipal: PrincipalChoice | null;
  onAssigned: () => void;
  onClose: () => void;
}) {
  const viewer = useViewer();
  const headingId = useId();
  const [principal, setPrincipal] = useState<PrincipalChoice | null>(initialPrincipal);
  const [scope, setScope] = useState<ScopeChoice | null>(initialScope);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [type, setType] = useState<AssignmentType>('ELIGIBLE');
  const [start, setStart] = useState('');
  const [endChoice, setEndChoice] = useState<EndChoice>('duration');
  const [amount, setAmount] = useState(30);
  const [unit, setUnit] = useState<Unit>('days');
  const [endDate, setEndDate] = useState('');
  const [justification, setJustification] = useState('');
  const [ticketSystem, setTicketSystem] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const [pendingCheck, setPendingCheck] = useState<boolean | null>(null);
  const [assign, { data, error, loading, reset }] = useMutation(AssignRole);
  const needsMfa = hasCode(error, 'MFA_REQUIRED') && pendingCheck !== null;
  const result = data?.assignRole;

  function input(validateOnly: boolean): AssignRoleInput | null {
    if (!principal || !scope || !roleId) return null;
    return {
      principalId: principal.id,
      roleId,
      scopeId: scope.id,
      type,
      startAt: fromLocalInput(start),
      endAt: endChoice === 'date' ? fromLocalInput(endDate) : null,
      duration: endChoice === 'duration' ? isoDuration(unit === 'hours' ? { hours: amount } : { days: amount }) : null,
      justification: justification.trim() || null,
      ticketSystem: ticketSystem.trim() || null,
      ticketNumber: ticketNumber.trim() || null,
      validateOnly,
    };
  }

  async function run(validateOnly: boolean) {
    const variables = input(validateOnly);
    if (!variables) return;
    setPendingCheck(validateOnly);
    const outcome = await assign({ variables: { input: variables } }).catch(() => null);
    if (outcome?.data?.assignRole && !validateOnly) onAssigned();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void run(submitter?.value === 'check');
  }

  // Offer only what the server will accept: a scope where I may assign the kind of role that applies there.
  const manageable = useManageableScopes();
  const picked = usePickedScope(scope?.id ?? null);
  const notHere = Boolean(manageable && picked && !managesAt(manageable, picked));
  const incomplete = !principal || !scope || !roleId || (endChoice === 'date' && !endDate) || notHere;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Add assignment</h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {manageable && manageable.length > 0 ? <p className="muted small field-wide">You may assign {describeManageable(manageable)}.</p> : null}
      <form
        className="form-grid"
        onSubmit={submit}
        onChange={() => {
          // The outcome shown belongs to the input it was given: editing clears it.
          if (data || error) reset();
        }}
      >
        <PrincipalPicker label="Principal" value={principal} onChange={setPrincipal} required />
        <ScopePicker
          label="Scope"
          value={scope?.id ?? null}
          onChange={(chosen) => {
            setScope(chosen);
            if (data || error) reset();
          }}
          emptyLabel="No scope chosen"
          required
        />
        {notHere ? (
          <p className="alert alert-error field-wide" role="alert">
            You may not assign roles at {scope?.name}: choose a scope where you manage assignments.
          </p>
        ) : null}
        <RoleSelect label="Role" value={roleId} onChange={setRoleId} kind={scope ? roleKindForScopeType(scope.type) : null} required />
        <fieldset className="field">
          <legend>Type</legend>
          <div className="choices">
            {(['ELIGIBLE', 'ACTIVE'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input type="radio" name="type" value={option} checked={type === option} onChange={() => setType(option)} />
                <span>{humanize(option)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>Starts (empty: now)</span>
          <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <fieldset className="field">
          <legend>Ends</legend>
          <div className="choices">
            <label className="checkbox">
              <input type="radio" name="end" checked={endChoice === 'duration'} onChange={() => setEndChoice('duration')} />
              <span>After</span>
            </label>
            <input
              type="number"
              aria-label="Duration"
              min={1}
              max={3650}
              value={amount}
              disabled={endChoice !== 'duration'}
              onChange={(e) => setAmount(Math.max(1, Number(e.target.value) || 1))}
              className="input-narrow"
            />
            <select aria-label="Duration unit" value={unit} disabled={endChoice !== 'duration'} onChange={(e) => setUnit(e.target.value as Unit)}>
              <option value="hours">hours</option>
              <option value="days">days</option>
            </select>
          </div>
          <div className="choices">
            <label className="checkbox">
              <input type="radio" name="end" checked={endChoice === 'date'} onChange={() => setEndChoice('date')} />
              <span>On</span>
            </label>
            <input
              type="datetime-local"
              aria-label="End date"
              value={endDate}
              disabled={endChoice !== 'date'}
              onChange={(e) => setEndDate(e.target.value)}
            />
          </div>
          <label className="checkbox">
            <input type="radio" name="end" checked={endChoice === 'permanent'} onChange={() => setEndChoice('permanent')} />
            <span>Permanent (where the role settings allow it)</span>
          </label>
        </fieldset>
        <label className="field field-wide">
          <span>Justification</span>
          <textarea rows={2} maxLength={500} value={justification} onChange={(e) => setJustification(e.target.value)} />
        </label>
        <label className="field">
          <span>Ticket system</span>
          <input value={ticketSystem} maxLength={100} onChange={(e) => setTicketSystem(e.target.value)} placeholder="e.g. ServiceNow" />
        </label>
        <label className="field">
          <span>Ticket number</span>
          <input value={ticketNumber} maxLength={100} onChange={(e) => setTicketNumber(e.target.value)} />
        </label>

        <div className="actions field-wide">
          <button type="submit" name="action" value="check" className="button" disabled={incomplete || loading}>
            Check
          </button>
          <button type="submit" name="action" value="assign" className="button button-primary" disabled={incomplete || loading}>
            {loading && !pendingCheck ? 'Assigning…' : 'Assign'}
          </button>
        </div>
      </form>
      <div className="stack outcome">
        {needsMfa ? (
          <StepUpForm
            reason="The role settings require a fresh MFA verification for this. Enter the code from your authenticator app and the request is sent again."
            onVerified={(mfaAt) => {
              viewer.setMfaAt(mfaAt);
              void run(pendingCheck ?? false);
            }}
            onCancel={() => reset()}
          />
        ) : (
          <ProblemAlert error={error} />
        )}
        {result ? (
          <p className="alert alert-success" role="status">
            <strong className="alert-title">{result.validateOnly ? 'Check passed' : 'Assigned'}</strong>
            <span>
              {humanize(result.type)} {result.role.name} for {result.principal.displayName} at {result.scope.name}, from{' '}
              {formatDateTime(result.startAt)} until {formatEnd(result.endAt)}
              {result.validateOnly
                ? ` — would be ${humanize(result.status).toLowerCase()}; nothing was saved.`
                : ` — ${humanize(result.status).toLowerCase()}.`}
            </span>
          </p>
        ) : null}
      </div>
    </section>
  );
}
