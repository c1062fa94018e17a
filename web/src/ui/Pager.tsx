/** Previous / next over a cursor connection; the caller keeps the stack of cursors it came through. */
export function Pager({
  page,
  pageSize,
  shown,
  total,
  hasNext,
  onPrevious,
  onNext,
  label,
}: {
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label: string;
}) {
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = page * pageSize + shown;
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager-status">
        {from}–{to} of {total}
      </span>
      <button type="button" className="button button-small" onClick={onPrevious} disabled={page === 0}>
        Previous
      </button>
      <button type="button" className="button button-small" onClick={onNext} disabled={!hasNext}>
        Next
      </button>
    </nav>
  );
}
