import { useEffect, useState } from 'react';

/** False during server rendering and hydration, true after: for what only the browser can do or show. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
