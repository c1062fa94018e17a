'use client';

import { useQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { humanize } from '@/lib/format';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';

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
 * opens a path (the ancestors of a scope chosen elsewhere).
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
  const hasChildren = item.childCount > 0;
  // The root level is open unless the user closed it.
  const expanded = hasChildren && (state.opened.get(item.id) ?? autoExpand);
  const toggle = () => state.setOpen(item.id, !expanded);
  const selected = state.selectedId === item.id;
  const labelId = `scope-${item.id}`;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowRight' && hasChildren && !expanded) {
      event.preventDefault();
      toggle();
    } else if (event.key === 'ArrowLeft' && expanded) {
      event.preventDefault();
      toggle();
    }
  }

  return (
    <li role="treeitem" aria-labelledby={labelId} aria-expanded={hasChildren ? expanded : undefined} aria-selected={selected}>
      <div className={`tree-row${selected ? ' tree-row-selected' : ''}`}>
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            aria-label={`${expanded ? 'Collapse' : 'Expand'} ${item.name}`}
            onClick={() => toggle()}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <button type="button" id={labelId} className="tree-label" onClick={() => state.onSelect(item)} onKeyDown={onKeyDown}>
          {item.name}
        </button>
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
