import { useState } from 'react';

export interface CursorPages {
  /** 0 for the first page */
  page: number;
  /** The cursor to ask for this page with (`after`) */
  after: string | null;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
}

/**
 * Page-by-page over a Relay connection: remembers the cursors it came through so "Previous" works, and starts again
 * from the first page whenever `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors });
  return {
    page: cursors.length - 1,
    after: cursors[cursors.length - 1],
    next: (endCursor) => {
      if (endCursor) setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    previous: () => setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
  };
}
