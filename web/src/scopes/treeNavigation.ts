import type { KeyboardEvent } from 'react';

/*
 * Keyboard for a WAI-ARIA tree (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/): one Tab stop (roving tabindex),
 * Up/Down to the previous/next visible item, Right to open or to the first child, Left to close or to the parent,
 * Home/End, Enter/Space to choose, and type-ahead. Items are read from the DOM in document order: a closed item renders
 * no children, so every treeitem in the tree is a visible one. The items are siblings; each one's depth is its aria-level,
 * and an open item's children follow it.
 */

export interface TreeItemActions {
  /** The item has children and they are shown */
  expanded: boolean;
  hasChildren: boolean;
  toggle(): void;
  select(): void;
}

function visibleItems(tree: Element): HTMLElement[] {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

/** What type-ahead matches: the item's label (its name without the type after it) */
function itemName(item: HTMLElement): string {
  return (item.querySelector('.tree-label')?.textContent ?? item.textContent ?? '').trim().toLowerCase();
}

function levelOf(item: HTMLElement | undefined): number {
  return Number(item?.getAttribute('aria-level') ?? 0);
}

/** Gives `item` the tree's one Tab stop and focuses it. */
export function focusItem(item: HTMLElement | null | undefined): void {
  if (!item) return;
  const tree = item.closest('[role="tree"]');
  for (const other of tree ? visibleItems(tree) : []) other.tabIndex = other === item ? 0 : -1;
  item.focus();
}

/**
 * After a render: exactly one visible item holds the Tab stop. While focus is elsewhere that is the chosen item (where
 * Tab enters the tree), else the one that had it, else the first.
 */
export function keepOneTabStop(tree: Element | null | undefined): void {
  if (!tree) return;
  const items = visibleItems(tree);
  if (items.length === 0) return;
  const focusedInside = tree.contains(tree.ownerDocument.activeElement);
  const chosen = items.find((item) => item.getAttribute('aria-selected') === 'true');
  const holder = (!focusedInside && chosen) || items.find((item) => item.tabIndex === 0) || chosen || items[0];
  for (const item of items) if (item.tabIndex !== (item === holder ? 0 : -1)) item.tabIndex = item === holder ? 0 : -1;
}

interface TypeAhead {
  typed: string;
  at: number;
}

const TYPE_AHEAD_MS = 700;

/** Handles a key pressed on a treeitem; returns whether it did. */
export function onTreeItemKey(event: KeyboardEvent<HTMLElement>, actions: TreeItemActions, typeAhead: TypeAhead): boolean {
  const item = event.currentTarget;
  if (event.target !== item || event.altKey || event.ctrlKey || event.metaKey) return false;
  const tree = item.closest('[role="tree"]');
  if (!tree) return false;
  const items = visibleItems(tree);
  const index = items.indexOf(item);
  switch (event.key) {
    case 'ArrowDown':
      focusItem(items[index + 1]);
      return true;
    case 'ArrowUp':
      focusItem(items[index - 1]);
      return true;
    case 'Home':
      focusItem(items[0]);
      return true;
    case 'End':
      focusItem(items[items.length - 1]);
      return true;
    case 'ArrowRight':
      if (actions.hasChildren && !actions.expanded) actions.toggle();
      else if (actions.expanded && levelOf(items[index + 1]) === levelOf(item) + 1) focusItem(items[index + 1]);
      return true;
    case 'ArrowLeft':
      if (actions.expanded) actions.toggle();
      else focusItem(items.slice(0, index).findLast((candidate) => levelOf(candidate) === levelOf(item) - 1));
      return true;
    case 'Enter':
    case ' ':
      actions.select();
      return true;
  }
  if (event.key.length !== 1 || !/\S/.test(event.key)) return false;
  const now = Date.now();
  typeAhead.typed = now - typeAhead.at < TYPE_AHEAD_MS ? typeAhead.typed + event.key.toLowerCase() : event.key.toLowerCase();
  typeAhead.at = now;
  // The next item whose name starts with what was typed (from this one on, wrapping); a first letter, or the same letter
  // again, moves on to the next.
  const from = typeAhead.typed.length > 1 ? index : index + 1;
  const ordered = [...items.slice(from), ...items.slice(0, from)];
  const repeated = [...typeAhead.typed].every((letter) => letter === typeAhead.typed[0]);
  const match =
    ordered.find((candidate) => itemName(candidate).startsWith(typeAhead.typed)) ??
    (repeated ? ordered.find((candidate) => itemName(candidate).startsWith(typeAhead.typed[0])) : undefined);
  focusItem(match);
  return true;
}
