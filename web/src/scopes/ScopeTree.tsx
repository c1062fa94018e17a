'use client';

import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
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
 * The items are one flat list in the DOM, each saying its place with aria-level, aria-setsize and aria-posinset (the
 * pattern's form for a tree whose DOM does not nest): an item holds only its own row, so its name is what it shows
 * ("Production Subscription"), never its children's text too (WCAG 2.5.3, label in name).
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
      <ScopeLevel parentId={null} level={1} state={state} />
    </ul>
  );
}

/** The indentation of a row: its level, for the style sheet */
function levelStyle(level: number): CSSProperties {
  return { '--tree-level': level } as CSSProperties;
}

/** The items of one level, each followed by its own children when it is open (siblings in the DOM, one level deeper). */
function ScopeLevel({ parentId, level, state }: { parentId: string | null; level: number; state: TreeState }) {
  const { data, error, loading, refetch } = useQuery(ScopeChildren, { variables: { parentId } });
  if (!data) {
    return (
      <li role="none" className="tree-status" style={levelStyle(level)}>
        {error ? <ProblemAlert error={error} onRetry={() => void refetch()} /> : loading ? <Loading /> : null}
      </li>
    );
  }
  return (
    <>
      {data.scopes.map((scope, index) => (
        <ScopeTreeItem key={scope.id} scope={scope} state={state} level={level} position={index + 1} size={data.scopes.length} />
      ))}
    </>
  );
}

function ScopeTreeItem({
  scope,
  state,
  level,
  position,
  size,
}: {
  scope: FragmentType<typeof ScopeTreeItemFragment>;
  state: TreeState;
  level: number;
  position: number;
  size: number;
}) {
  const item = useFragment(ScopeTreeItemFragment, scope);
  const self = useRef<HTMLLIElement>(null);
  const typeAhead = useRef({ typed: '', at: 0 });
  const hasChildren = item.childCount > 0;
  // The root level is open unless the user closed it.
  const expanded = hasChildren && (state.opened.get(item.id) ?? level === 1);
  const toggle = () => state.setOpen(item.id, !expanded);
  const select = () => state.onSelect(item);
  const selected = state.selectedId === item.id;
  // Every render may add or remove items (a level loaded, one closed): the tree keeps exactly one Tab stop.
  useEffect(() => keepOneTabStop(self.current?.closest('[role="tree"]')));

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (onTreeItemKey(event, { expanded, hasChildren, toggle, select }, typeAhead.current)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  return (
    <>
      <li
        ref={self}
        role="treeitem"
        tabIndex={-1}
        aria-level={level}
        aria-setsize={size}
        aria-posinset={position}
        aria-expanded={hasChildren ? expanded : undefined}
        aria-selected={selected}
        onKeyDown={onKeyDown}
        style={levelStyle(level)}
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
          {/* The item's name is its text: the scope's name, a space, its type. */}
          <span className="tree-label">{item.name}</span>{' '}
          <span className="tree-type">{humanize(item.type)}</span>
        </div>
      </li>
      {expanded ? <ScopeLevel parentId={item.id} level={level + 1} state={state} /> : null}
    </>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ transform: open ? 'rotate(90deg)' : undefined }}>
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
