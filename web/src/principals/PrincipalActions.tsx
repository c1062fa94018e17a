'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { ReasonDialog } from '@/ui/ReasonDialog';
import { useToasts } from '@/ui/Toasts';
import { PrincipalPicker, type PrincipalChoice } from './PrincipalPicker';

export const AdminCapabilities = graphql(`
  query AdminCapabilities {
    viewerCapabilities {
      manageUsers
      manageTenant
      manageGroups
      manageRoleAssignableGroups
      editScopes
    }
  }
`);

const SetPrincipalEnabled = graphql(`
  mutation SetPrincipalEnabled($id: ID!, $enabled: Boolean!, $reason: String) {
    setPrincipalEnabled(principalId: $id, enabled: $enabled, reason: $reason) {
      id
      enabled
    }
  }
`);

const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      displayName
      email
      manager {
        id
        displayName
      }
    }
  }
`);

export interface ActionablePrincipal {
  id: string;
  displayName: string;
  type: string;
  enabled: boolean;
  roleAssignable?: boolean;
  email?: string;
  manager?: { id: string; displayName: string } | null;
}

/** What the viewer's capabilities let them offer on this principal (the server decides again, with the finer rules). */
export function useMayAdminister(principal: ActionablePrincipal): { disable: boolean; edit: boolean } {
  const capabilities = useQuery(AdminCapabilities).data?.viewerCapabilities;
  if (!capabilities) return { disable: false, edit: false };
  const disable =
    principal.type === 'USER'
      ? capabilities.manageUsers
      : principal.type === 'GROUP'
        ? principal.roleAssignable
          ? capabilities.manageRoleAssignableGroups
          : capabilities.manageGroups
        : capabilities.manageTenant;
  return { disable, edit: principal.type === 'USER' && capabilities.manageUsers };
}

/**
 * The administrator's buttons on a person's page: edit a user, disable or enable any principal. Disabling says what it
 * does before it does it (at once: holds nothing, signed out everywhere, open requests canceled); enabling says what it
 * does not bring back.
 */
export function PrincipalActions({ principal, onChanged }: { principal: ActionablePrincipal; onChanged: () => void }) {
  const may = useMayAdminister(principal);
  const [open, setOpen] = useState<'edit' | 'toggle' | null>(null);
  if (!may.disable && !may.edit) return null;
  return (
    <div className="choices">
      {may.edit ? (
        <button type="button" className="button" onClick={() => setOpen('edit')}>
          Edit
        </button>
      ) : null}
      {may.disable ? (
        <button type="button" className={principal.enabled ? 'button button-danger' : 'button'} onClick={() => setOpen('toggle')}>
          {principal.enabled ? 'Disable' : 'Enable'}
        </button>
      ) : null}
      {open === 'edit' ? <EditUserDialog user={principal} onClose={() => setOpen(null)} onSaved={onChanged} /> : null}
      {open === 'toggle' ? <EnableDialog principal={principal} onClose={() => setOpen(null)} onDone={onChanged} /> : null}
    </div>
  );
}

function EnableDialog({ principal, onClose, onDone }: { principal: ActionablePrincipal; onClose: () => void; onDone: () => void }) {
  const [setEnabled, { loading, error }] = useMutation(SetPrincipalEnabled);
  const toasts = useToasts();
  const disabling = principal.enabled;
  return (
    <ReasonDialog
      title={disabling ? `Disable ${principal.displayName}` : `Enable ${principal.displayName}`}
      confirmLabel={disabling ? 'Disable' : 'Enable'}
      busyLabel={disabling ? 'Disabling…' : 'Enabling…'}
      danger={disabling}
      loading={loading}
      error={error}
      onClose={onClose}
      onSubmit={async (reason) => {
        const result = await setEnabled({ variables: { id: principal.id, enabled: !disabling, reason: reason || null } }).catch(() => null);
        if (!result?.data) return false;
        toasts.show({
          tone: 'success',
          title: disabling ? `${principal.displayName} is disabled` : `${principal.displayName} is enabled`,
          body: disabling ? 'They hold nothing now, and every session and API token of theirs has ended.' : 'They sign in again to use what they still hold.',
        });
        onDone();
        return true;
      }}
    >
      {disabling ? (
        <ul className="small">
          <li>They hold nothing from this moment: every role, direct or through a group.</li>
          <li>Their sessions and API tokens end, and their open dashboards are signed out.</li>
          <li>Their open requests are canceled and their activations end.</li>
          <li>Their eligibilities and assignments stay, for when they are enabled again.</li>
        </ul>
      ) : (
        <p className="small">Enabling restores nothing by itself: ended sessions, canceled requests and ended activations stay ended.</p>
      )}
    </ReasonDialog>
  );
}

function EditUserDialog({ user, onClose, onSaved }: { user: ActionablePrincipal; onClose: () => void; onSaved: () => void }) {
  const [update, { loading, error }] = useMutation(UpdateUser);
  const [manager, setManager] = useState<PrincipalChoice | null>(user.manager ? { ...user.manager, type: 'USER' } : null);
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const problem = apiProblem(error);
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      displayName: String(form.get('displayName') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      managerId: manager?.id ?? null,
    };
    const result = await update({ variables: { id: user.id, input } }).catch(() => null);
    if (!result?.data) return;
    toasts.show({ tone: 'success', title: `${result.data.updateUser.displayName} is saved` });
    onSaved();
    onClose();
  }

  return (
    <Dialog label={`Edit ${user.displayName}`} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>Edit {user.displayName}</h2>
        <label className="field">
          <span>Name</span>
          <input type="text" name="displayName" required maxLength={200} defaultValue={user.displayName} data-autofocus {...invalid('displayName')} />
        </label>
        <label className="field">
          <span>Email</span>
          <input type="email" name="email" required maxLength={320} defaultValue={user.email ?? ''} {...invalid('email')} />
        </label>
        <PrincipalPicker label="Manager" value={manager} onChange={setManager} />
        <ProblemAlert id={errorId} error={error} />
        <FormActions label="Save" busyLabel="Saving…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
