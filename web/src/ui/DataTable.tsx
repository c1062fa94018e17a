'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { AriaSort, ColumnSort } from '@/lib/sorting';

type Column = string | { hidden: string };

// A column whose header is hidden (the actions) shows no label on a card either.
const nameOf = (column: Column): string => (typeof column === 'string' ? column : '');

/**
 * Labels each body cell with its column's name (`data-label`), which the narrow-screen styles show beside the value when
 * a row becomes a card (tables-pickers.css). Rows are the caller's own `<td>`s, so the labels are set on the rendered
 * cells, again whenever rows change; a cell spanning columns (an empty state) has none.
 */
function useCellLabels(columns: readonly Column[]) {
  const body = useRef<HTMLTableSectionElement>(null);
  const names = columns.map(nameOf).join('\u0000');
  useEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const labels = names.split('\u0000');
    const label = () => {
      for (const row of Array.from(tbody.rows))
        Array.from(row.cells).forEach((cell, index) => {
          const text = cell.colSpan > 1 ? undefined : labels[index];
          if (text && cell.dataset.label !== text) cell.dataset.label = text;
        });
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(tbody, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [names]);
  return body;
}

const ARROW: Record<AriaSort, string> = { ascending: '▲', descending: '▼' };

/**
 * A column header: its name, or (a column the table sorts by) a button of that name inside the header cell, which
 * carries `aria-sort` while the table is sorted by it (the WAI-ARIA sortable table: the cell says the state, the button
 * what it sorts by).
 */
function HeaderCell({ column, sort }: { column: Column; sort?: ColumnSort }) {
  if (typeof column !== 'string') {
    return (
      <th scope="col">
        <span className="visually-hidden">{column.hidden}</span>
      </th>
    );
  }
  if (!sort) return <th scope="col">{column}</th>;
  return (
    <th scope="col" aria-sort={sort.state ?? undefined}>
      <button type="button" className="sort-button" onClick={sort.onSort}>
        {column}
        <span className="sort-arrow" aria-hidden="true">
          {sort.state ? ARROW[sort.state] : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * Where tables become cards (narrow.css) their header row is out of sight: this choice of column and direction sorts
 * them there. Shown only then, so wide screens have one control per column.
 */
function NarrowSort({ caption, sorts }: { caption: string; sorts: Record<string, ColumnSort> }) {
  const id = useId();
  const entries = Object.entries(sorts);
  const current = entries.find(([, sort]) => sort.state);
  const value = current ? `${current[0]}\u0000${current[1].state}` : '';
  return (
    <div className="field sort-narrow">
      <label htmlFor={id}>Sort {caption.toLowerCase()} by</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const [label, state] = e.target.value.split('\u0000');
          sorts[label]?.sortTo(state as AriaSort);
        }}
      >
        {current ? null : <option value="">Default order</option>}
        {entries.flatMap(([label]) =>
          (['ascending', 'descending'] as const).map((state) => (
            <option key={`${label}-${state}`} value={`${label}\u0000${state}`}>
              {label}, {state}
            </option>
          )),
        )}
      </select>
    </div>
  );
}

/**
 * A table with a caption for assistive technology and a header row; rows come as children. `sorts` (by column name)
 * makes those columns' headers sort the table; the caption then says how it is sorted.
 */
export function DataTable({
  caption,
  columns,
  sorts,
  children,
}: {
  caption: string;
  columns: readonly Column[];
  sorts?: Record<string, ColumnSort>;
  children: ReactNode;
}) {
  const body = useCellLabels(columns);
  // Only the columns shown sort (a table may leave one out, such as the principal on a principal's own page).
  const shown = sorts && Object.fromEntries(Object.entries(sorts).filter(([name]) => columns.includes(name)));
  const sorted = shown ? Object.entries(shown).find(([, sort]) => sort.state) : undefined;
  return (
    <>
      {shown ? <NarrowSort caption={caption} sorts={shown} /> : null}
      <div className="table-wrap">
        <table className="table table-cards">
          <caption className="visually-hidden">
            {caption}
            {sorted ? `, sorted by ${sorted[0]}, ${sorted[1].state}` : ''}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <HeaderCell key={nameOf(column) || (column as { hidden: string }).hidden} column={column} sort={typeof column === 'string' ? shown?.[column] : undefined} />
              ))}
            </tr>
          </thead>
          <tbody ref={body}>{children}</tbody>
        </table>
      </div>
    </>
  );
}
