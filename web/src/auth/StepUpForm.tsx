'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { FormActions } from '@/ui/FormActions';

const StepUpMfa = graphql(`
  mutation StepUpMfa($code: String!) {
    stepUpMfa(code: $code) {
      mfaAt
      expiresAt
      user {
        id
      }
    }
  }
`);

/**
 * TOTP step-up: marks the session as having passed MFA recently, so operations that demand it go through.
 * Used after sign-in (when the user chooses), from the header, and when an operation answers MFA_REQUIRED.
 */
export function StepUpForm({
  reason,
  onVerified,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  reason?: string;
  onVerified: (mfaAt: string) => void;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  const [code, setCode] = useState('');
  const [stepUp, { loading, error, reset }] = useMutation(StepUpMfa);
  const headingId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await stepUp({ variables: { code: code.trim() } }).catch(() => null);
    const session = result?.data?.stepUpMfa;
    if (session?.mfaAt) {
      onVerified(session.mfaAt);
    }
  }

  return (
    <form className="stack step-up" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId}>Verify with your authenticator</h2>
      <p className="muted">{reason ?? 'Enter the 6-digit code from your authenticator app.'}</p>
      <label className="field">
        <span>Authentication code</span>
        <input
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          autoFocus
          data-autofocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={code}
          onChange={(event) => {
            setCode(event.target.value.replace(/\D/g, ''));
            if (error) reset();
          }}
        />
      </label>
      <ProblemAlert id={errorId} error={error} />
      <FormActions label="Verify" busyLabel="Verifying…" busy={loading} disabled={code.length !== 6} onCancel={onCancel} cancelLabel={cancelLabel} />
    </form>
  );
}
