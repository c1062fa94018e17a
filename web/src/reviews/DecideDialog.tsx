'use client';

import type { ErrorLike } from '@apollo/client';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { apiProblem } from '@/apollo/errors';
import type { ReviewDecision } from '@/gql/graphql';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { DECISION_LABELS } from './reviewWords';

const BUSY: Record<ReviewDecision, string> = { APPROVE: 'Approving…', DENY: 'Denying…', DONT_KNOW: 'Saving…' };

/**
 * A review decision with its reason: required where the review asks for one (never for “don’t know”). The form says so
 * before sending; should the server refuse anyway (BAD_USER_INPUT on `reason`), the field says it too. `onSubmit`
 * resolves true when done.
 */
export function DecideDialog({
  title,
  decision,
  reasonRequired,
  loading,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  decision: ReviewDecision;
  reasonRequired: boolean;
  loading: boolean;
  error: ErrorLike | null | undefined;
  onSubmit: (reason: string) => Promise<boolean>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const headingId = useId();
  const hintId = useId();
  const errorId = useId();
  const required = reasonRequired && decision !== 'DONT_KNOW';
  const serverSaysReason = apiProblem(error)?.field === 'reason';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = reason.trim();
    if (required && !text) {
      setMissing(true);
      event.currentTarget.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    setMissing(false);
    if (await onSubmit(text)) onClose();
  }

  const describedBy = [missing ? hintId : null, serverSaysReason ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <Dialog label={title} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
        <h2 id={headingId}>{title}</h2>
        {children}
        <label className="field">
          <span>Reason {required ? <span className="required">(required)</span> : <span className="muted">(optional)</span>}</span>
          <textarea
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={missing || serverSaysReason ? true : undefined}
            aria-describedby={describedBy}
            data-autofocus
          />
        </label>
        {missing ? (
          <span id={hintId} className="field-error">
            This review asks a reason for each decision.
          </span>
        ) : null}
        <ProblemAlert id={errorId} error={error} />
        <FormActions label={DECISION_LABELS[decision]} busyLabel={BUSY[decision]} busy={loading} danger={decision === 'DENY'} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
