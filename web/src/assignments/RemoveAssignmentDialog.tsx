'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { humanize } from '@/lib/format';
import { Dialog } from '@/ui/Dialog';
import { ProblemAlert } from '@/ui/ProblemAlert';
import type { AssignmentRowData } from './AssignmentTable';
import { FormActions } from '@/ui/FormActions';

const RemoveAssignment = graphql(`
  mutation RemoveAssignment($assignmentId: ID!, $justification: String) {
    removeAssignment(assignmentId: $assignmentId, justification: $justification) {
      id
      status
    }
  }
`);

/** ADMIN_REMOVE with a justification; ends the assignment now (the server keeps its history). */
export function RemoveAssignmentDialog({
  row,
  onRemoved,
  onClose,
}: {
  row: AssignmentRowData;
  onRemoved: () => void;
  onClose: () => void;
}) {
  const [justification, setJustification] = useState('');
  const [remove, { loading, error }] = useMutation(RemoveAssignment);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await remove({
      variables: { assignmentId: row.assignmentId, justification: justification.trim() || null },
    }).catch(() => null);
    if (result?.data?.removeAssignment) onRemoved();
  }

  return (
    <Dialog label="Remove assignment" onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>Remove assignment</h2>
        <p>
          End <strong>{humanize(row.type).toLowerCase()}</strong> {row.role.name} for <strong>{row.principal.displayName}</strong> at{' '}
          <strong>{row.scope.name}</strong> now.
          {row.inheritedFrom ? ' It was made at that ancestor scope, so it ends everywhere below it.' : null}
        </p>
        <label className="field">
          <span>Justification</span>
          <textarea rows={3} maxLength={500} value={justification} onChange={(e) => setJustification(e.target.value)} autoFocus />
        </label>
        <ProblemAlert error={error} />
        <FormActions label="Remove assignment" busyLabel="Removing…" busy={loading} danger onCancel={onClose} />
      </form>
    </Dialog>
  );
}
