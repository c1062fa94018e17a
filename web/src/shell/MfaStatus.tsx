'use client';

import { useState } from 'react';
import { StepUpForm } from '@/auth/StepUpForm';
import { formatDateTime } from '@/lib/format';
import { Dialog } from '@/ui/Dialog';
import type { Viewer } from './ViewerContext';

/** Shows whether this session passed MFA, and lets the user verify on their own initiative. */
export function MfaStatus({ viewer }: { viewer: Viewer }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mfa-status">
      {viewer.mfaAt ? (
        <span className="badge badge-active" title="The session passed a TOTP step-up">
          MFA verified {formatDateTime(viewer.mfaAt)}
        </span>
      ) : null}
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {viewer.mfaAt ? 'Verify again' : 'Verify with MFA'}
      </button>
      {open ? (
        <Dialog label="Multi-factor verification" onClose={() => setOpen(false)}>
          <StepUpForm
            onVerified={(mfaAt) => {
              viewer.setMfaAt(mfaAt);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        </Dialog>
      ) : null}
    </div>
  );
}
