'use client';

import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { RoleSettingsEditorQuery, RoleSettingsInput } from '@/gql/graphql';
import { RoleSelect } from '@/assignments/RoleSelect';
import { durationToMinutes, minutesToDuration } from '@/lib/duration';
import { formatDateTime } from '@/lib/format';
import { PrincipalPicker, type PrincipalChoice } from '@/principals/PrincipalPicker';
import { ScopePicker } from '@/scopes/ScopePicker';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';

const RoleSettingsEditor = graphql(`
  query RoleSettingsEditor($roleId: ID!, $scopeId: ID, $permissionScopeId: ID!, $kind: RoleKind!) {
    roleSettings(roleId: $roleId, scopeId: $scopeId) {
      isDefault
      updatedAt
      updatedBy {
        id
        displayName
      }
      role {
        id
        name
        kind
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
    scope(id: $permissionScopeId) {
      id
      viewerCanManage(kind: $kind)
    }
  }
`);

const RootScope = graphql(`
  query SettingsRootScope {
    scopes {
      id
      name
    }
    roleDefinitions {
      id
      kind
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

type Settings = RoleSettingsEditorQuery['roleSettings'];

interface StageDraft {
  key: number;
  approvers: PrincipalChoice[];
  quorum: number;
  timeoutHours: number;
  escalationApprovers: PrincipalChoice[];
  /** Minutes after the stage starts when the escalation approvers may decide too; null: no escalation. */
  escalateAfterMinutes: number | null;
}

interface Draft {
  maxHours: number;
  requireMfa: boolean;
  requireJustification: boolean;
  requireTicket: boolean;
  requireApproval: boolean;
  stages: StageDraft[];
  allowPermanentEligible: boolean;
  allowPermanentActive: boolean;
  maxEligibleDays: number;
  maxActiveDays: number;
  requireMfaOnActive: boolean;
  requireJustificationOnActive: boolean;
  notifyAdmins: boolean;
  notifyRequester: boolean;
  notifyApprovers: boolean;
  criticalOnly: boolean;
  additionalRecipients: string;
}

let stageKeys = 1;

function toDraft(settings: Settings): Draft {
  const { activation: a, assignment: s, notifications: n } = settings;
  return {
    maxHours: (durationToMinutes(a.maxDuration) ?? 480) / 60,
    requireMfa: a.requireMfa,
    requireJustification: a.requireJustification,
    requireTicket: a.requireTicket,
    requireApproval: a.requireApproval,
    stages: a.approvalStages.map((stage) => ({
      key: stageKeys++,
      approvers: stage.approvers.map((p) => ({ id: p.id, displayName: p.displayName, type: p.type })),
      quorum: stage.quorum,
      timeoutHours: (durationToMinutes(stage.timeout) ?? 1440) / 60,
      escalationApprovers: stage.escalationApprovers.map((p) => ({ id: p.id, displayName: p.displayName, type: p.type })),
      escalateAfterMinutes: durationToMinutes(stage.escalateAfter),
    })),
    allowPermanentEligible: s.allowPermanentEligible,
    allowPermanentActive: s.allowPermanentActive,
    maxEligibleDays: Math.round((durationToMinutes(s.maxEligibleDuration) ?? 525_600) / 1440),
    maxActiveDays: Math.round((durationToMinutes(s.maxActiveDuration) ?? 259_200) / 1440),
    requireMfaOnActive: s.requireMfaOnActive,
    requireJustificationOnActive: s.requireJustificationOnActive,
    notifyAdmins: n.notifyAdmins,
    notifyRequester: n.notifyRequester,
    notifyApprovers: n.notifyApprovers,
    criticalOnly: n.criticalOnly,
    additionalRecipients: n.additionalRecipients.join(', '),
  };
}

/** Hours as an ISO duration (half hours allowed): 4 → PT4H, 1.5 → PT1H30M. */
function hours(value: number): string {
  const minutes = Math.round(value * 60);
  return minutes % 60 === 0 ? `PT${minutes / 60}H` : `PT${Math.floor(minutes / 60)}H${minutes % 60}M`;
}

function toInput(draft: Draft): RoleSettingsInput {
  return {
    activation: {
      maxDuration: hours(draft.maxHours),
      requireMfa: draft.requireMfa,
      requireJustification: draft.requireJustification,
      requireTicket: draft.requireTicket,
      requireApproval: draft.requireApproval,
      approvalStages: draft.stages.map((stage) => ({
        approverIds: stage.approvers.map((p) => p.id),
        quorum: stage.quorum,
        timeout: hours(stage.timeoutHours),
        escalateAfter: stage.escalateAfterMinutes === null ? null : minutesToDuration(stage.escalateAfterMinutes),
        escalationApproverIds: stage.escalationApprovers.map((p) => p.id),
      })),
    },
    assignment: {
      allowPermanentEligible: draft.allowPermanentEligible,
      allowPermanentActive: draft.allowPermanentActive,
      maxEligibleDuration: `P${draft.maxEligibleDays}D`,
      maxActiveDuration: `P${draft.maxActiveDays}D`,
      requireMfaOnActive: draft.requireMfaOnActive,
      requireJustificationOnActive: draft.requireJustificationOnActive,
    },
    notifications: {
      notifyAdmins: draft.notifyAdmins,
      notifyRequester: draft.notifyRequester,
      notifyApprovers: draft.notifyApprovers,
      criticalOnly: draft.criticalOnly,
      additionalRecipients: draft.additionalRecipients
        .split(/[,\s]+/)
        .map((value) => value.trim())
        .filter(Boolean),
    },
  };
}

/** The settings of a role, role-wide or overridden at one scope: read by all who may, edited by those who manage it. */
export function RoleSettingsView() {
  const [roleId, setRoleId] = useState<string | null>(null);
  const [scopeId, setScopeId] = useState<string | null>(null);
  const root = useQuery(RootScope);
  const rootId = root.data?.scopes[0]?.id ?? null;
  const kind = root.data?.roleDefinitions.find((role) => role.id === roleId)?.kind ?? null;
  const { data, error, loading, refetch } = useQuery(
    RoleSettingsEditor,
    roleId && kind && rootId ? { variables: { roleId, scopeId, permissionScopeId: scopeId ?? rootId, kind }, fetchPolicy: 'network-only' } : skipToken,
  );

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Role settings</h1>
          <p className="lead">What activating and assigning a role demands: duration, MFA, justification, ticket, approval.</p>
        </div>
      </div>
      <section className="panel filters" aria-label="Which settings">
        <div className="filter-grid">
          <RoleSelect label="Role" value={roleId} onChange={setRoleId} required />
          <ScopePicker label="Override at scope" value={scopeId} onChange={(scope) => setScopeId(scope?.id ?? null)} emptyLabel="Role-wide (every scope)" />
        </div>
      </section>
      <ProblemAlert error={error ?? root.error} onRetry={() => void refetch()} />
      {!roleId ? (
        <p className="muted">Choose a role to see its settings.</p>
      ) : data ? (
        <SettingsForm
          key={`${roleId}:${scopeId ?? ''}`}
          settings={data.roleSettings}
          canManage={data.scope.viewerCanManage}
          roleId={roleId}
          scopeId={scopeId}
          onSaved={() => void refetch()}
        />
      ) : loading ? (
        <Loading />
      ) : null}
    </div>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** Users and groups who decide (a stage's approvers, or its escalation approvers): listed, removable, added with the picker. */
function ApproverList({
  label,
  pickerLabel,
  removeLabel,
  empty,
  value,
  onChange,
}: {
  label: string;
  pickerLabel: string;
  removeLabel: string;
  empty: string;
  value: PrincipalChoice[];
  onChange: (value: PrincipalChoice[]) => void;
}) {
  return (
    <>
      <ul className="inline-list" aria-label={label}>
        {value.map((approver) => (
          <li key={approver.id}>
            {approver.displayName}{' '}
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`${removeLabel} ${approver.displayName}`}
              onClick={() => onChange(value.filter((p) => p.id !== approver.id))}
            >
              ×
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="muted">{empty}</li> : null}
      </ul>
      <PrincipalPicker
        label={pickerLabel}
        value={null}
        onChange={(chosen) => {
          // Approvers are users and groups; a service principal never decides.
          if (chosen && chosen.type !== 'SERVICE_PRINCIPAL' && !value.some((p) => p.id === chosen.id)) onChange([...value, chosen]);
        }}
      />
    </>
  );
}

function SettingsForm({
  settings,
  canManage,
  roleId,
  scopeId,
  onSaved,
}: {
  settings: Settings;
  canManage: boolean;
  roleId: string;
  scopeId: string | null;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [save, { loading, error, data }] = useMutation(UpdateRoleSettings);
  const headingId = useId();
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setStage = (key: number, change: Partial<StageDraft>) =>
    setDraft((d) => ({ ...d, stages: d.stages.map((stage) => (stage.key === key ? { ...stage, ...change } : stage)) }));

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
        {draft.requireApproval ? (
          <div className="stack">
            {draft.stages.map((stage, index) => (
              <fieldset key={stage.key} className="stack" aria-label={`Approval stage ${index + 1}`}>
                <legend>Approval stage {index + 1}</legend>
                <ApproverList
                  label={`Approvers of stage ${index + 1}`}
                  pickerLabel={`Add approver to stage ${index + 1}`}
                  removeLabel="Remove approver"
                  empty="No approvers named: the directory administrators decide."
                  value={stage.approvers}
                  onChange={(approvers) => setStage(stage.key, { approvers })}
                />
                <div className="form-grid">
                  <label className="field">
                    <span>Quorum</span>
                    <input type="number" min={1} max={Math.max(1, stage.approvers.length)} value={stage.quorum} onChange={(e) => setStage(stage.key, { quorum: Number(e.target.value) })} />
                  </label>
                  <label className="field">
                    <span>Timeout (hours)</span>
                    <input type="number" min={0.5} step={0.5} value={stage.timeoutHours} onChange={(e) => setStage(stage.key, { timeoutHours: Number(e.target.value) })} />
                  </label>
                </div>
                <fieldset className="stack" aria-label={`Escalation of stage ${index + 1}`}>
                  <legend>Escalation</legend>
                  <ApproverList
                    label={`Stage ${index + 1} escalation approvers`}
                    pickerLabel={`Add escalation approver to stage ${index + 1}`}
                    removeLabel="Remove escalation approver"
                    empty="No escalation: only the approvers above decide."
                    value={stage.escalationApprovers}
                    onChange={(escalationApprovers) => setStage(stage.key, { escalationApprovers })}
                  />
                  <label className="field input-narrow">
                    <span>Escalate after (minutes; empty: never)</span>
                    <input
                      type="number"
                      min={1}
                      max={14 * 24 * 60}
                      step={1}
                      value={stage.escalateAfterMinutes ?? ''}
                      // Escalation approvers join only after a delay: with some named, the delay is needed.
                      required={stage.escalationApprovers.length > 0}
                      onChange={(e) => setStage(stage.key, { escalateAfterMinutes: e.target.value === '' ? null : Math.round(Number(e.target.value)) })}
                    />
                  </label>
                </fieldset>
                <div>
                  <button type="button" className="button button-small" onClick={() => setDraft((d) => ({ ...d, stages: d.stages.filter((s) => s.key !== stage.key) }))}>
                    Remove stage {index + 1}
                  </button>
                </div>
              </fieldset>
            ))}
            <div>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    stages: [...d.stages, { key: stageKeys++, approvers: [], quorum: 1, timeoutHours: 24, escalationApprovers: [], escalateAfterMinutes: null }],
                  }))
                }
              >
                Add approval stage
              </button>
            </div>
          </div>
        ) : null}
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
