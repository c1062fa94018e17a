'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import type { ScopeType } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import { Dialog } from '@/ui/Dialog';
import { FormActions } from '@/ui/FormActions';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useToasts } from '@/ui/Toasts';
import { ScopePicker } from './ScopePicker';

const CreateScope = graphql(`
  mutation CreateScope($input: CreateScopeInput!) {
    createScope(input: $input) {
      id
      name
    }
  }
`);

const UpdateScope = graphql(`
  mutation UpdateScope($id: ID!, $input: UpdateScopeInput!) {
    updateScope(id: $id, input: $input) {
      id
      name
    }
  }
`);

const ArchiveScope = graphql(`
  mutation ArchiveScope($id: ID!) {
    archiveScope(id: $id) {
      id
      archivedAt
    }
  }
`);

export interface EditableScope {
  id: string;
  name: string;
  type: ScopeType;
  parentId: string | null;
  viewerCanEdit: boolean;
  viewerChildTypes: readonly ScopeType[];
}

type Open = 'create' | 'rename' | 'move' | 'archive' | null;

/**
 * Shaping the tree at the chosen scope: a scope below it (of the kinds the server says the viewer may make there),
 * rename, move with the tree picker, archive. Offered from the server's own answer (viewerChildTypes, viewerCanEdit);
 * after a change every list on the page asks again, the tree included.
 */
export function ScopeActions({ scope, onCreated, onArchived }: { scope: EditableScope; onCreated: (id: string) => void; onArchived: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const client = useApolloClient();
  const refresh = () => void client.refetchQueries({ include: 'active' });
  if (!scope.viewerCanEdit && scope.viewerChildTypes.length === 0) return null;
  return (
    <div className="choices">
      {scope.viewerChildTypes.length ? (
        <button type="button" className="button button-small button-primary" onClick={() => setOpen('create')}>
          New scope here
        </button>
      ) : null}
      {scope.viewerCanEdit ? (
        <>
          <button type="button" className="button button-small" onClick={() => setOpen('rename')}>
            Rename
          </button>
          <button type="button" className="button button-small" onClick={() => setOpen('move')}>
            Move
          </button>
          <button type="button" className="button button-small button-danger" onClick={() => setOpen('archive')}>
            Archive
          </button>
        </>
      ) : null}
      {open === 'create' ? (
        <CreateScopeDialog
          parent={scope}
          onClose={() => setOpen(null)}
          onCreated={(id) => {
            refresh();
            onCreated(id);
          }}
        />
      ) : null}
      {open === 'rename' || open === 'move' ? <UpdateScopeDialog scope={scope} moving={open === 'move'} onClose={() => setOpen(null)} onSaved={refresh} /> : null}
      {open === 'archive' ? (
        <ArchiveScopeDialog
          scope={scope}
          onClose={() => setOpen(null)}
          onArchived={() => {
            refresh();
            onArchived();
          }}
        />
      ) : null}
    </div>
  );
}

function CreateScopeDialog({ parent, onClose, onCreated }: { parent: EditableScope; onClose: () => void; onCreated: (id: string) => void }) {
  const [create, { loading, error }] = useMutation(CreateScope);
  const [type, setType] = useState<ScopeType>(parent.viewerChildTypes[0]);
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const problem = apiProblem(error);
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { parentId: parent.id, type, name: String(form.get('name') ?? '').trim(), externalId: String(form.get('externalId') ?? '').trim() || null };
    const result = await create({ variables: { input } }).catch(() => null);
    const made = result?.data?.createScope;
    if (!made) return;
    toasts.show({ tone: 'success', title: `${made.name} is created under ${parent.name}` });
    onClose();
    onCreated(made.id);
  }

  return (
    <Dialog label={`New scope under ${parent.name}`} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>New scope under {parent.name}</h2>
        <label className="field">
          <span>Kind</span>
          <select value={type} onChange={(e) => setType(parent.viewerChildTypes.find((t) => t === e.target.value) ?? type)} {...invalid('type')}>
            {parent.viewerChildTypes.map((kind) => (
              <option key={kind} value={kind}>
                {humanize(kind)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Name</span>
          <input type="text" name="name" required maxLength={200} autoComplete="off" data-autofocus {...invalid('name')} />
        </label>
        <label className="field">
          <span>External id (optional)</span>
          <input type="text" name="externalId" maxLength={500} autoComplete="off" placeholder="/subscriptions/…, an AWS account id" {...invalid('externalId')} />
        </label>
        <ProblemAlert id={errorId} error={error} />
        <FormActions label="Create scope" busyLabel="Creating…" busy={loading} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}

function UpdateScopeDialog({ scope, moving, onClose, onSaved }: { scope: EditableScope; moving: boolean; onClose: () => void; onSaved: () => void }) {
  const [update, { loading, error }] = useMutation(UpdateScope);
  const [parentId, setParentId] = useState<string | null>(scope.parentId);
  const toasts = useToasts();
  const headingId = useId();
  const errorId = useId();
  const problem = apiProblem(error);
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
  const title = moving ? `Move ${scope.name}` : `Rename ${scope.name}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = moving ? { parentId } : { name: String(form.get('name') ?? '').trim() };
    const result = await update({ variables: { id: scope.id, input } }).catch(() => null);
    if (!result?.data) return;
    toasts.show({ tone: 'success', title: moving ? `${scope.name} is moved` : `Renamed to ${result.data.updateScope.name}` });
    onSaved();
    onClose();
  }

  return (
    <Dialog label={title} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        {moving ? (
          <>
            <p className="small">
              Everything below {scope.name} moves with it. What is held above it applies from its new place on; the past keeps the tree as it was.
            </p>
            <ScopePicker label="New parent" value={parentId} onChange={(picked) => setParentId(picked?.id ?? null)} required />
          </>
        ) : (
          <label className="field">
            <span>Name</span>
            <input type="text" name="name" required maxLength={200} defaultValue={scope.name} autoComplete="off" data-autofocus {...invalid('name')} />
          </label>
        )}
        <ProblemAlert id={errorId} error={error} />
        <FormActions label={moving ? 'Move' : 'Rename'} busyLabel="Saving…" busy={loading} disabled={moving && (!parentId || parentId === scope.parentId)} onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}

function ArchiveScopeDialog({ scope, onClose, onArchived }: { scope: EditableScope; onClose: () => void; onArchived: () => void }) {
  const [archive, { loading, error }] = useMutation(ArchiveScope);
  const toasts = useToasts();
  const headingId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await archive({ variables: { id: scope.id } }).catch(() => null);
    if (!result?.data) return;
    toasts.show({ tone: 'success', title: `${scope.name} is archived` });
    onClose();
    onArchived();
  }

  return (
    <Dialog label={`Archive ${scope.name}`} onClose={onClose}>
      <form className="stack" onSubmit={submit} aria-labelledby={headingId}>
        <h2 id={headingId}>Archive {scope.name}</h2>
        <p className="small">
          {scope.name} and everything below it leave the tree and take no new assignments; they stay in history. This is refused while anything is held,
          scheduled, eligible or requested there.
        </p>
        <ProblemAlert error={error} />
        <FormActions label="Archive" busyLabel="Archiving…" busy={loading} danger onCancel={onClose} cancelLabel="Close" />
      </form>
    </Dialog>
  );
}
