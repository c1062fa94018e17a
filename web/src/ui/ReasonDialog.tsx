'use client';

import type { ErrorLike } from '@apollo/client';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ProblemAlert } from './ProblemAlert';
import { FormActions } from './FormActions';

/** A confirmation with a justification: extend, renew, approve, deny, cancel. `onSubmit` resolves true when done. */
export function ReasonDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  danger = false,
  reasonRequired = false,
  loading,
  error,
  onSubmit,
  onClose,
  extra,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  danger?: boolean;
  reasonRequired?: boolean;
  loading: boolean;
  error: ErrorLike | null | undefined;
  onSubmit: (justification: string) => Promise<boolean>;
  onClose: () => void;
  /** More fields, under the justification */
  extra?: ReactNode;
}) {
  const [justification, setJustification] = useState('');
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onSubmit(justification.trim())) onClose();
  }

  return (
    <Dialog label={title} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        {children}
        <label className="field">
          <span>Justification {reasonRequired ? <span className="required">(required)</span> : null}</span>
          <textarea rows={3} maxLength={500} required={reasonRequired} value={justification} onChange={(e) => setJustification(e.target.value)} data-autofocus />
        </label>
        {extra}
        <ProblemAlert error={error} />
        <FormActions label={confirmLabel} busyLabel={busyLabel} busy={loading} danger={danger} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
