import { useRef } from 'react';

/**
 * The answer to show while another one loads: the current answer, or else the last one — but only if it answered the
 * same `key` (the filters, leaving out the sort and the page). A new sort or page keeps the table (and the focus on its
 * header) until its answer replaces it; new filters never show rows that answered other ones.
 */
export function useShownWhileLoading<T>(data: T | undefined, key: string): T | undefined {
  const last = useRef<{ key: string; data: T } | null>(null);
  if (data !== undefined) last.current = { key, data };
  return data ?? (last.current?.key === key ? last.current.data : undefined);
}
