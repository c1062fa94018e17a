'use client';

import { useEffect, useRef, type ReactNode } from 'react';

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

/** A table with a caption for assistive technology and a header row; rows come as children. */
export function DataTable({ caption, columns, children }: { caption: string; columns: readonly Column[]; children: ReactNode }) {
  const body = useCellLabels(columns);
  return (
    <div className="table-wrap">
      <table className="table table-cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.hidden} scope="col">
                  <span className="visually-hidden">{column.hidden}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody ref={body}>{children}</tbody>
      </table>
    </div>
  );
}
