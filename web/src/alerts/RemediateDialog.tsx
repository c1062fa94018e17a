'use client';

import { useMutation } from '@apollo/client/react';
import type { AlertCard_AlertFragment, AlertIncident_IncidentFragment } from '@/gql/graphql';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { useToasts } from '@/ui/Toasts';
import { RemediateAlertIncident } from './queries';

type Alert = AlertCard_AlertFragment;
export interface RemediatedIncident {
  alert: Alert;
  incident: AlertIncident_IncidentFragment;
}

/** What remediating this incident will do, in words. */
function consequence({ alert, incident }: RemediatedIncident): string {
  const role = incident.role?.name ?? 'the role';
  const at = incident.scope ? ` at ${incident.scope.name}` : '';
  if (alert.remedy === 'REQUIRE_MFA') {
    return `The settings of ${role}${at} will require multi-factor authentication on activation. Anyone activating it from now on must pass a fresh step-up.`;
  }
  const who = incident.principal?.displayName ?? 'The holder';
  return `${who}’s assignment of ${role}${at} will be removed now, as an administrator’s removal: it is recorded in the audit log with your justification, and ${who === 'The holder' ? 'they are' : `${who} is`} told.`;
}

/** Remediates one incident after saying what that does; the server's refusal (the last administrator, say) in words. */
export function RemediateDialog({ alert, incident, onClose }: RemediatedIncident & { onClose: () => void }) {
  const [remediate, { loading, error }] = useMutation(RemediateAlertIncident);
  const toasts = useToasts();
  const removal = alert.remedy === 'REMOVE_ASSIGNMENT';

  async function submit(justification: string): Promise<boolean> {
    const result = await remediate({ variables: { incidentId: incident.id, justification: justification || null } }).catch(() => null);
    if (!result?.data) return false;
    toasts.show({ tone: 'success', title: removal ? 'Assignment removed' : 'Multi-factor authentication required', body: incident.detail });
    return true;
  }

  return (
    <ReasonDialog
      title="Remediate incident"
      confirmLabel={removal ? 'Remove assignment' : 'Require MFA'}
      busyLabel="Remediating…"
      danger={removal}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>{incident.detail}</p>
      <p>{consequence({ alert, incident })}</p>
      <p className="muted small">The justification is optional; without one, the audit log names this alert.</p>
    </ReasonDialog>
  );
}
