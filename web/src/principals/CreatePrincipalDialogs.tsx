'use client';

import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useToasts } from '@/ui/Toasts';
import { PrincipalPicker, type PrincipalChoice } from './PrincipalPicker';

const CreateGroup = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      displayName
    }
  }
`);

const CreateServicePrincipal = graphql(`
  mutation CreateServicePrincipal($input: CreateServicePrincipalInput!) {
    createServicePrincipal(input: $input) {
      id
      displayName
    }
  }
`);

/** The server's refusal marks its field; the message describes it. */
function useInvalid(error: Parameters<typeof apiProblem>[0], errorId: string) {
  const problem = apiProblem(error);
  return (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
}

/**
 * A new group, with its first owners. Role-assignable (it may hold roles, and contains no groups) only for those who may
 * make one; a new group opens on its page, where its members are managed.
 */
export function CreateGroupDialog({ mayMakeRoleAssignable, onClose }: { mayMakeRoleAssignable: boolean; onClose: () => void }) {
  const [create, { loading, error }] = useMutation(CreateGroup);
  const [owners, setOwners] = useState<PrincipalChoice[]>([]);
  const [picking, setPicking] = useState<PrincipalChoice | null>(null);
  const router = useRouter();
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const invalid = useInvalid(error, errorId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      displayName: String(form.get('displayName') ?? '').trim(),
      description: String(form.get('description') ?? '').trim() || null,
      externalId: String(form.get('externalId') ?? '').trim() || null,
      roleAssignable: form.get('roleAssignable') === 'on',
      ownerIds: owners.map((owner) => owner.id),
    };
    const result = await create({ variables: { input } }).catch(() => null);
    const group = result?.data?.createGroup;
    if (!group) return;
    toasts.show({ tone: 'success', title: `${group.displayName} is created` });
    onClose();
    router.push(`/people/${group.id}`);
  }

  return (
    <Dialog label="New group" onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>New group</h2>
        <label className="field">
          <span>Name</span>
          <input type="text" name="displayName" required maxLength={200} autoComplete="off" data-autofocus {...invalid('displayName')} />
        </label>
        <label className="field">
          <span>Description</span>
          <input type="text" name="description" maxLength={1000} autoComplete="off" {...invalid('description')} />
        </label>
        {mayMakeRoleAssignable ? (
          <label className="checkbox">
            <input type="checkbox" name="roleAssignable" />
            <span>Role-assignable: the group may hold roles (and then contains no groups)</span>
          </label>
        ) : null}
        <fieldset className="stack">
          <legend>Owners</legend>
          <PrincipalPicker label="Add an owner" value={picking} onChange={setPicking} />
          <button
            type="button"
            className="button button-small"
            disabled={!picking || picking.type !== 'USER' || owners.some((owner) => owner.id === picking.id)}
            onClick={() => {
              if (picking) setOwners([...owners, picking]);
              setPicking(null);
            }}
          >
            Add owner
          </button>
          {owners.length ? (
            <ul className="inline-list" aria-label="Owners">
              {owners.map((owner) => (
                <li key={owner.id}>
                  {owner.displayName}{' '}
                  <button type="button" className="button button-small button-quiet" aria-label={`Remove ${owner.displayName}`} onClick={() => setOwners(owners.filter((o) => o.id !== owner.id))}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No owner yet: administrators manage its members.</p>
          )}
        </fieldset>
        <label className="field">
          <span>External id (optional)</span>
          <input type="text" name="externalId" maxLength={300} autoComplete="off" {...invalid('externalId')} />
        </label>
        <ProblemAlert id={errorId} error={error} />
        <FormActions label="Create group" busyLabel="Creating…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}

/** A new service principal: a tool that signs in with API tokens, made on its page. */
export function CreateServicePrincipalDialog({ onClose }: { onClose: () => void }) {
  const [create, { loading, error }] = useMutation(CreateServicePrincipal);
  const router = useRouter();
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const invalid = useInvalid(error, errorId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      displayName: String(form.get('displayName') ?? '').trim(),
      description: String(form.get('description') ?? '').trim() || null,
      externalId: String(form.get('externalId') ?? '').trim() || null,
    };
    const result = await create({ variables: { input } }).catch(() => null);
    const principal = result?.data?.createServicePrincipal;
    if (!principal) return;
    toasts.show({ tone: 'success', title: `${principal.displayName} is created`, body: 'Give it an API token on its page.' });
    onClose();
    router.push(`/people/${principal.id}`);
  }

  return (
    <Dialog label="New service principal" onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>New service principal</h2>
        <label className="field">
          <span>Name</span>
          <input type="text" name="displayName" required maxLength={200} autoComplete="off" data-autofocus {...invalid('displayName')} />
        </label>
        <label className="field">
          <span>Description</span>
          <input type="text" name="description" maxLength={1000} autoComplete="off" {...invalid('description')} />
        </label>
        <label className="field">
          <span>External id (optional)</span>
          <input type="text" name="externalId" maxLength={300} autoComplete="off" {...invalid('externalId')} />
        </label>
        <ProblemAlert id={errorId} error={error} />
        <FormActions label="Create service principal" busyLabel="Creating…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
