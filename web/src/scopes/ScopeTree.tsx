'use client';

import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { humanize } from '@/lib/format';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { focusItem, keepOneTabStop, onTreeItemKey } from './treeNavigation';

export const ScopeTreeItemFragment = graphql(`
  fragment ScopeTreeItem_scope on Scope {
    id
    name
    type
    childCount
  }
`);

const ScopeChildren = graphql(`
  query ScopeChildren($parentId: ID) {
    scopes(parentId: $parentId) {
      id
      ...ScopeTreeItem_scope
    }
  }
`);

export interface ScopeChoice {
  id: string;
  name: string;
  type: string;
}

interface TreeState {
  selectedId: string | null;
  /** What the user (or `initiallyExpanded`) opened or closed; others follow their default */
  opened: ReadonlyMap<string, boolean>;
  setOpen: (id: string, open: boolean) => void;
  onSelect: (scope: ScopeChoice) => void;
}

/**
 * The scope tree, loaded lazily: the root first, then the children of each scope when it is opened. `initiallyExpanded`
 * opens a path (the ancestors of a scope chosen elsewhere). The WAI-ARIA tree pattern by hand (./treeNavigation.ts):
 * react-aria's Tree wants the whole collection in its own item model, while this one loads each level by its own query.
 */
export function ScopeTree({
  label,
  selectedId,
  onSelect,
  initiallyExpanded = [],
}: {
  label: string;
  selectedId: string | null;
  onSelect: (scope: ScopeChoice) => void;
  initiallyExpanded?: readonly string[];
}) {
  const [opened, setOpened] = useState<ReadonlyMap<string, boolean>>(() => new Map(initiallyExpanded.map((id) => [id, true])));
  const [seenInitial, setSeenInitial] = useState(initiallyExpanded.join());
  if (seenInitial !== initiallyExpanded.join()) {
    // A new path to open (the selection moved elsewhere): open it, keeping what the user opened.
    setSeenInitial(initiallyExpanded.join());
    setOpened((current) => new Map([...current, ...initiallyExpanded.map((id): [string, boolean] => [id, true])]));
  }
  const state: TreeState = {
    selectedId,
    opened,
    onSelect,
    setOpen: (id, open) => setOpened((current) => new Map(current).set(id, open)),
  };
  return (
    <ul role="tree" aria-label={label} className="tree">
      <ScopeLevel parentId={null} state={state} rootLevel />
    </ul>
  );
}

function ScopeLevel({ parentId, state, rootLevel = false }: { parentId: string | null; state: TreeState; rootLevel?: boolean }) {
  const { data, error, loading, refetch } = useQuery(ScopeChildren, { variables: { parentId } });
  if (!data) {
    return (
      <li role="none" className="tree-status">
        {error ? <ProblemAlert error={error} onRetry={() => void refetch()} /> : loading ? <Loading /> : null}
      </li>
    );
  }
  return (
    <>
      {data.scopes.map((scope) => (
        <ScopeTreeItem key={scope.id} scope={scope} state={state} autoExpand={rootLevel} />
      ))}
    </>
  );
}

function ScopeTreeItem({ scope, state, autoExpand }: { scope: FragmentType<typeof ScopeTreeItemFragment>; state: TreeState; autoExpand: boolean }) {
  const item = useFragment(ScopeTreeItemFragment, scope);
  const self = useRef<HTMLLIElement>(null);
  const typeAhead = useRef({ typed: '', at: 0 });
  const hasChildren = item.childCount > 0;
  // The root level is open unless the user closed it.
  const expanded = hasChildren && (state.opened.get(item.id) ?? autoExpand);
  const toggle = () => state.setOpen(item.id, !expanded);
  const select = () => state.onSelect(item);
  const selected = state.selectedId === item.id;
  const labelId = `scope-${useId()}`;
  // Every render may add or remove items (a level loaded, one closed): the tree keeps exactly one Tab stop.
  useEffect(() => keepOneTabStop(self.current?.closest('[role="tree"]')));

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (onTreeItemKey(event, { expanded, hasChildren, toggle, select }, typeAhead.current)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  return (
    <li
      ref={self}
      role="treeitem"
      tabIndex={-1}
      aria-labelledby={labelId}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      onKeyDown={onKeyDown}
    >
      <div
        className={`tree-row${selected ? ' tree-row-selected' : ''}`}
        onClick={() => {
          focusItem(self.current);
          select();
        }}
      >
        {/* A pointer's way to open and close; keyboards and screen readers use the item itself (aria-expanded, arrows). */}
        <span
          className={`tree-toggle${hasChildren ? ' tree-toggle-active' : ''}`}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            if (!hasChildren) return;
            focusItem(self.current);
            toggle();
          }}
        >
          {hasChildren ? <Chevron open={expanded} /> : null}
        </span>
        <span id={labelId} className="tree-label">
          {item.name}
        </span>
        <span className="tree-type">{humanize(item.type)}</span>
      </div>
      {expanded ? (
        <ul role="group">
          <ScopeLevel parentId={item.id} state={state} />
        </ul>
      ) : null}
    </li>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ transform: open ? 'rotate(90deg)' : undefined }}>
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
