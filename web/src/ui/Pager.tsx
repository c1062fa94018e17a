import type { CursorPages } from '@/lib/useCursorPages';

/** Previous / next over a cursor connection, with where this page sits in the whole list. */
export function Pager({
  label,
  pages,
  pageSize,
  shown,
  total,
  pageInfo,
}: {
  label: string;
  pages: CursorPages;
  pageSize: number;
  shown: number;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}) {
  const from = total === 0 ? 0 : pages.page * pageSize + 1;
  const to = pages.page * pageSize + shown;
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager-status">
        {from}–{to} of {total}
      </span>
      <button type="button" className="button button-small" onClick={pages.previous} disabled={pages.page === 0}>
        Previous
      </button>
      <button type="button" className="button button-small" onClick={() => pages.next(pageInfo.endCursor)} disabled={!pageInfo.hasNextPage}>
        Next
      </button>
    </nav>
  );
}
