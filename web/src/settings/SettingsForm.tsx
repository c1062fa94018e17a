'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { Check } from '@/ui/Check';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ApprovalStagesEditor } from './ApprovalStagesEditor';
import { toDraft, toInput, type Draft } from './settingsDraft';

export const SettingsFormFragment = graphql(`
  fragment SettingsForm_settings on RoleSettings {
    isDefault
    updatedAt
    updatedBy {
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
    activation {
      maxDuration
      requireMfa
      requireJustification
      requireTicket
      requireApproval
      approvalStages {
        quorum
        timeout
        escalateAfter
        approvers {
          id
          displayName
          type
        }
        escalationApprovers {
          id
          displayName
          type
        }
      }
    }
    assignment {
      allowPermanentEligible
      allowPermanentActive
      maxEligibleDuration
      maxActiveDuration
      requireMfaOnActive
      requireJustificationOnActive
    }
    notifications {
      notifyAdmins
      notifyRequester
      notifyApprovers
      criticalOnly
      additionalRecipients
    }
  }
`);

const UpdateRoleSettings = graphql(`
  mutation UpdateRoleSettings($roleId: ID!, $scopeId: ID, $input: RoleSettingsInput!) {
    updateRoleSettings(roleId: $roleId, scopeId: $scopeId, input: $input) {
      isDefault
      updatedAt
    }
  }
`);

/** The settings of one role at one scope (or role-wide) as a form: read-only for those who may not manage them. */
export function SettingsForm({
  settings: settingsRef,
  canManage,
  roleId,
  scopeId,
  onSaved,
}: {
  settings: FragmentType<typeof SettingsFormFragment>;
  canManage: boolean;
  roleId: string;
  scopeId: string | null;
  onSaved: () => void;
}) {
  const settings = useFragment(SettingsFormFragment, settingsRef);
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [save, { loading, error, data }] = useMutation(UpdateRoleSettings);
  const headingId = useId();
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save({ variables: { roleId, scopeId, input: toInput(draft) } }).catch(() => null);
    if (result?.data) onSaved();
  }

  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>
          {settings.role.name} <span className="muted small">{settings.scope ? `override at ${settings.scope.name}` : 'role-wide'}</span>
        </h2>
        <span className="muted small">
          {settings.isDefault ? 'Defaults (never changed)' : `Changed ${formatDateTime(settings.updatedAt)}${settings.updatedBy ? ` by ${settings.updatedBy.displayName}` : ''}`}
        </span>
      </div>
      {!canManage ? (
        <div className="alert" role="note">
          Read-only: you may read these settings but not change them.
        </div>
      ) : null}
      <fieldset className="stack" disabled={!canManage}>
        <legend>Activation</legend>
        <label className="field input-narrow">
          <span>Maximum duration (hours, 0.5 – 24)</span>
          <input type="number" min={0.5} max={24} step={0.5} value={draft.maxHours} onChange={(e) => set('maxHours')(Number(e.target.value))} required />
        </label>
        <div className="choices">
          <Check label="Require MFA" checked={draft.requireMfa} onChange={set('requireMfa')} />
          <Check label="Require justification" checked={draft.requireJustification} onChange={set('requireJustification')} />
          <Check label="Require ticket" checked={draft.requireTicket} onChange={set('requireTicket')} />
          <Check label="Require approval" checked={draft.requireApproval} onChange={set('requireApproval')} />
        </div>
        {draft.requireApproval ? <ApprovalStagesEditor stages={draft.stages} onChange={(update) => setDraft((d) => ({ ...d, stages: update(d.stages) }))} /> : null}
      </fieldset>
      <fieldset className="stack" disabled={!canManage}>
        <legend>Assignment</legend>
        <div className="choices">
          <Check label="Allow permanent eligible" checked={draft.allowPermanentEligible} onChange={set('allowPermanentEligible')} />
          <Check label="Allow permanent active" checked={draft.allowPermanentActive} onChange={set('allowPermanentActive')} />
          <Check label="Require MFA on active assignment" checked={draft.requireMfaOnActive} onChange={set('requireMfaOnActive')} />
          <Check label="Require justification on active assignment" checked={draft.requireJustificationOnActive} onChange={set('requireJustificationOnActive')} />
        </div>
        <div className="form-grid">
          <label className="field">
            <span>Maximum eligible (days)</span>
            <input type="number" min={1} value={draft.maxEligibleDays} onChange={(e) => set('maxEligibleDays')(Number(e.target.value))} />
          </label>
          <label className="field">
            <span>Maximum active (days)</span>
            <input type="number" min={1} value={draft.maxActiveDays} onChange={(e) => set('maxActiveDays')(Number(e.target.value))} />
          </label>
        </div>
      </fieldset>
      <fieldset className="stack" disabled={!canManage}>
        <legend>Notifications</legend>
        <div className="choices">
          <Check label="Notify admins" checked={draft.notifyAdmins} onChange={set('notifyAdmins')} />
          <Check label="Notify requester" checked={draft.notifyRequester} onChange={set('notifyRequester')} />
          <Check label="Notify approvers" checked={draft.notifyApprovers} onChange={set('notifyApprovers')} />
          <Check label="Critical only" checked={draft.criticalOnly} onChange={set('criticalOnly')} />
        </div>
        <label className="field">
          <span>Additional recipients (comma-separated)</span>
          <input value={draft.additionalRecipients} onChange={(e) => set('additionalRecipients')(e.target.value)} />
        </label>
      </fieldset>
      <ProblemAlert error={error} />
      {data && !error ? (
        <div className="alert alert-success" role="status">
          Settings saved.
        </div>
      ) : null}
      {canManage ? (
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      ) : null}
    </form>
  );
}
