'use client';

import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { formatDateTime, humanize } from '@/lib/format';
import { ReasonDialog } from '@/ui/ReasonDialog';
import type { MyRole } from './MyRoleTable';

const DeactivateRole = graphql(`
  mutation DeactivateRole($assignmentId: ID!) {
    deactivateRole(assignmentId: $assignmentId) {
      id
      status
    }
  }
`);

const RequestExtension = graphql(`
  mutation RequestExtension($assignmentId: ID!, $justification: String!) {
    requestExtension(assignmentId: $assignmentId, justification: $justification) {
      id
      status
    }
  }
`);

const RequestRenewal = graphql(`
  mutation RequestRenewal($assignmentId: ID!, $justification: String!) {
    requestRenewal(assignmentId: $assignmentId, justification: $justification) {
      id
      status
    }
  }
`);

interface DialogProps {
  row: MyRole;
  onClose: () => void;
  /** The change was made: the lists should be asked again */
  onDone: () => void;
}

/** SELF_DEACTIVATE: end my activation now. */
export function DeactivateDialog({ row, onClose, onDone }: DialogProps) {
  const [deactivate, deactivation] = useMutation(DeactivateRole);
  return (
    <ReasonDialog
      title={`Deactivate ${row.role.name}`}
      confirmLabel="Deactivate"
      busyLabel="Deactivating…"
      danger
      loading={deactivation.loading}
      error={deactivation.error}
      onClose={onClose}
      onSubmit={async () => {
        const result = await deactivate({ variables: { assignmentId: row.assignmentId } }).catch(() => null);
        if (result?.data) onDone();
        return Boolean(result?.data);
      }}
    >
      <p>
        End your activation of <strong>{row.role.name}</strong> at <strong>{row.scope.name}</strong> now.
      </p>
    </ReasonDialog>
  );
}

/** SELF_EXTEND (an assignment about to end) or SELF_RENEW (one that ended): asks the scope's administrators. */
export function ExtendDialog({ row, kind, onClose, onDone }: DialogProps & { kind: 'extend' | 'renew' }) {
  const [extend, extension] = useMutation(RequestExtension);
  const [renew, renewal] = useMutation(RequestRenewal);
  const sending = kind === 'extend' ? extension : renewal;
  return (
    <ReasonDialog
      title={`${kind === 'extend' ? 'Extend' : 'Renew'} ${row.role.name}`}
      confirmLabel={kind === 'extend' ? 'Request extension' : 'Request renewal'}
      busyLabel="Sending…"
      reasonRequired
      loading={sending.loading}
      error={sending.error}
      onClose={onClose}
      onSubmit={async (justification) => {
        const variables = { assignmentId: row.assignmentId, justification };
        const result = await (kind === 'extend' ? extend({ variables }) : renew({ variables })).catch(() => null);
        if (result?.data) onDone();
        return Boolean(result?.data);
      }}
    >
      <p>
        Ask the administrators of <strong>{row.scope.name}</strong> to {kind} {humanize(row.type).toLowerCase()} {row.role.name}
        {row.endAt ? ` (${kind === 'extend' ? 'ends' : 'ended'} ${formatDateTime(row.endAt)})` : ''}.
      </p>
    </ReasonDialog>
  );
}
