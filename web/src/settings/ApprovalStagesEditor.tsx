'use client';

import { PrincipalPicker, type PrincipalChoice } from '@/principals/PrincipalPicker';
import { newStage, type StageDraft } from './settingsDraft';

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

/** One serial approval stage: its approvers and quorum, its timeout, and who it escalates to after how long. */
function StageFields({
  stage,
  number,
  onChange,
  onRemove,
}: {
  stage: StageDraft;
  number: number;
  onChange: (change: Partial<StageDraft>) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="stack" aria-label={`Approval stage ${number}`}>
      <legend>Approval stage {number}</legend>
      <ApproverList
        label={`Approvers of stage ${number}`}
        pickerLabel={`Add approver to stage ${number}`}
        removeLabel="Remove approver"
        empty="No approvers named: the directory administrators decide."
        value={stage.approvers}
        onChange={(approvers) => onChange({ approvers })}
      />
      <div className="form-grid">
        <label className="field">
          <span>Quorum</span>
          <input type="number" min={1} max={Math.max(1, stage.approvers.length)} value={stage.quorum} onChange={(e) => onChange({ quorum: Number(e.target.value) })} />
        </label>
        <label className="field">
          <span>Timeout (hours)</span>
          <input type="number" min={0.5} step={0.5} value={stage.timeoutHours} onChange={(e) => onChange({ timeoutHours: Number(e.target.value) })} />
        </label>
      </div>
      <fieldset className="stack" aria-label={`Escalation of stage ${number}`}>
        <legend>Escalation</legend>
        <ApproverList
          label={`Stage ${number} escalation approvers`}
          pickerLabel={`Add escalation approver to stage ${number}`}
          removeLabel="Remove escalation approver"
          empty="No escalation: only the approvers above decide."
          value={stage.escalationApprovers}
          onChange={(escalationApprovers) => onChange({ escalationApprovers })}
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
            onChange={(e) => onChange({ escalateAfterMinutes: e.target.value === '' ? null : Math.round(Number(e.target.value)) })}
          />
        </label>
      </fieldset>
      <div>
        <button type="button" className="button button-small" onClick={onRemove}>
          Remove stage {number}
        </button>
      </div>
    </fieldset>
  );
}

/** The serial approval stages of an activation: edited, removed, added (`onChange` gets an update of the latest stages). */
export function ApprovalStagesEditor({
  stages,
  onChange,
}: {
  stages: StageDraft[];
  onChange: (update: (stages: StageDraft[]) => StageDraft[]) => void;
}) {
  return (
    <div className="stack">
      {stages.map((stage, index) => (
        <StageFields
          key={stage.key}
          stage={stage}
          number={index + 1}
          onChange={(change) => onChange((all) => all.map((s) => (s.key === stage.key ? { ...s, ...change } : s)))}
          onRemove={() => onChange((all) => all.filter((s) => s.key !== stage.key))}
        />
      ))}
      <div>
        <button type="button" className="button button-small" onClick={() => onChange((all) => [...all, newStage()])}>
          Add approval stage
        </button>
      </div>
    </div>
  );
}
