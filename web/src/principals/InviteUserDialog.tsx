'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import type { UserType } from '@/gql/graphql';
import { Dialog } from '@/ui/Dialog';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useToasts } from '@/ui/Toasts';
import { FormActions } from '@/ui/FormActions';

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
    }
  }
`);

/**
 * Invites a person: a member, or a guest with their home organisation. The server sends the invitation (a link valid
 * 7 days to set a password and enrol an authenticator); a refused field is marked and described by the server's words.
 */
export function InviteUserDialog({ onClose, onInvited }: { onClose: () => void; onInvited: () => void }) {
  const [userType, setUserType] = useState<UserType>('MEMBER');
  const [create, { loading, error }] = useMutation(CreateUser);
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const problem = apiProblem(error);
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get('email') ?? '').trim(),
      displayName: String(form.get('displayName') ?? '').trim(),
      userType,
      homeOrganization: userType === 'GUEST' ? String(form.get('homeOrganization') ?? '').trim() : null,
    };
    const result = await create({ variables: { input } }).catch(() => null);
    const user = result?.data?.createUser;
    if (!user) return;
    toasts.show({ tone: 'success', title: `Invitation sent to ${user.email}`, body: `${user.displayName} sets a password and an authenticator from the link (valid 7 days).` });
    onInvited();
    onClose();
  }

  return (
    <Dialog label="Invite a person" onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>Invite a person</h2>
        <label className="field">
          <span>Email</span>
          <input type="email" name="email" autoComplete="off" required maxLength={320} data-autofocus {...invalid('email')} />
        </label>
        <label className="field">
          <span>Name</span>
          <input type="text" name="displayName" autoComplete="off" required maxLength={200} {...invalid('displayName')} />
        </label>
        <fieldset className="choices">
          <legend>Kind</legend>
          {(['MEMBER', 'GUEST'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input type="radio" name="userType" value={kind} checked={userType === kind} onChange={() => setUserType(kind)} />
              <span>{kind === 'MEMBER' ? 'Member of this organisation' : 'Guest from another organisation'}</span>
            </label>
          ))}
        </fieldset>
        {userType === 'GUEST' ? (
          <label className="field">
            <span>Home organisation</span>
            <input type="text" name="homeOrganization" required maxLength={200} {...invalid('homeOrganization')} />
          </label>
        ) : null}
        <ProblemAlert id={errorId} error={error} />
        <FormActions label="Send invitation" busyLabel="Inviting…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
