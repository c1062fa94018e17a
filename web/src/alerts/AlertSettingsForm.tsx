'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiProblem } from '@/apollo/errors';
import type { AlertCard_AlertFragment } from '@/gql/graphql';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useToasts } from '@/ui/Toasts';
import { UpdateAlertSettings } from './queries';

type Alert = AlertCard_AlertFragment;

/** The input's index of a server error's field, "thresholds[1].value" → 1 (the form sends every threshold, in order). */
export function thresholdIndexOf(field: string | undefined): number | null {
  const match = field ? /^thresholds\[(\d+)\]/.exec(field) : null;
  return match ? Number(match[1]) : null;
}

/** An alert's settings: on or off, and each threshold in its range. Made anew when the saved settings change. */
export function AlertSettingsForm({ alert }: { alert: Alert }) {
  const saved = JSON.stringify(alert.settings);
  return <SettingsDraft key={saved} alert={alert} />;
}

function SettingsDraft({ alert }: { alert: Alert }) {
  const { thresholds } = alert.settings;
  const [enabled, setEnabled] = useState(alert.settings.enabled);
  const [values, setValues] = useState(() => thresholds.map((threshold) => String(threshold.value)));
  const [errors, setErrors] = useState<(string | null)[]>([]);
  const [update, { loading, error, reset }] = useMutation(UpdateAlertSettings);
  const toasts = useToasts();
  const headingId = useId();
  const fieldId = useId();
  const form = useRef<HTMLFormElement>(null);
  const problem = apiProblem(error);
  const serverIndex = thresholdIndexOf(problem?.field);
  const messageOf = (index: number): string | null => errors[index] ?? (serverIndex === index ? (problem?.message ?? null) : null);

  const focusField = (index: number) => form.current?.querySelector<HTMLInputElement>(`#${CSS.escape(`${fieldId}-${index}`)}`)?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const found = values.map((value) => (/^-?\d+$/.test(value.trim()) ? null : 'Enter a whole number.'));
    setErrors(found);
    const first = found.findIndex(Boolean);
    if (first >= 0) return focusField(first);
    const result = await update({
      variables: {
        alertId: alert.id,
        input: { enabled, thresholds: thresholds.map((threshold, index) => ({ name: threshold.name, value: Number(values[index].trim()) })) },
      },
    }).catch(() => null);
    if (result?.data) toasts.show({ tone: 'success', title: `Settings of “${alert.title}” saved`, body: 'The alert was scanned again with them.' });
  }

  // A refusal that names a threshold takes the focus there, where its message is.
  useEffect(() => {
    if (serverIndex !== null) focusField(serverIndex);
    // focusField reads the form's current inputs; the refusal is what says when.
  }, [error]);

  return (
    <form ref={form} className="stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h4 id={headingId}>Settings</h4>
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        <span>Enabled: the alert scans</span>
      </label>
      {thresholds.length === 0 ? <p className="muted small">This alert has no threshold.</p> : null}
      {thresholds.length ? (
        <div className="form-grid">
          {thresholds.map((threshold, index) => {
            const id = `${fieldId}-${index}`;
            const message = messageOf(index);
            return (
              <div key={threshold.name} className="field input-narrow">
                <label htmlFor={id}>{threshold.label}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  step={1}
                  min={threshold.min}
                  max={threshold.max}
                  value={values[index]}
                  onChange={(event) => setValues((current) => current.map((value, at) => (at === index ? event.target.value : value)))}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
                />
                <span id={`${id}-hint`} className="muted small">
                  From {threshold.min} to {threshold.max} (default {threshold.defaultValue})
                </span>
                {message ? (
                  <span id={`${id}-error`} className="field-error">
                    {message}
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
      {/* A refusal that names a threshold is said at it; any other here. */}
      <ProblemAlert error={serverIndex === null ? error : null} />
      <FormActions label="Save settings" busyLabel="Saving…" busy={loading} />
    </form>
  );
}
