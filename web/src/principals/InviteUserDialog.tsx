'use client';

import { useMutation, useQuery } from '@apollo/client/react';
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

const InviteProviders = graphql(`
  query InviteProviders {
    signInProviders {
      id
      name
      guest
    }
  }
`);

/**
 * Invites a person: a member, or a guest with their home organisation. The server sends the invitation (a link valid
 * 7 days to set a password and enrol an authenticator, or, when it names an identity provider of the person's kind — a
 * guest's home organisation — to sign in there); a refused field is marked and described by the server's words.
 */
export function InviteUserDialog({ onClose, onInvited }: { onClose: () => void; onInvited: () => void }) {
  const [userType, setUserType] = useState<UserType>('MEMBER');
  const [create, { loading, error }] = useMutation(CreateUser);
  const providers = (useQuery(InviteProviders).data?.signInProviders ?? []).filter((provider) => provider.guest === (userType === 'GUEST'));
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
      identityProviderId: String(form.get('identityProviderId') ?? '') || null,
    };
    const through = providers.find((provider) => provider.id === input.identityProviderId);
    const result = await create({ variables: { input } }).catch(() => null);
    const user = result?.data?.createUser;
    if (!user) return;
    toasts.show({
      tone: 'success',
      title: `Invitation sent to ${user.email}`,
      body: through
        ? `${user.displayName} accepts it by signing in with ${through.name} (the link is valid 7 days).`
        : `${user.displayName} sets a password and an authenticator from the link (valid 7 days).`,
    });
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
        {providers.length ? (
          <label className="field">
            <span>Accepts the invitation by</span>
            <select name="identityProviderId" defaultValue="" key={userType} {...invalid('identityProviderId')}>
              <option value="">Setting a password and an authenticator</option>
              {providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  Signing in with {provider.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <ProblemAlert id={errorId} error={error} />
        <FormActions label="Send invitation" busyLabel="Inviting…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
