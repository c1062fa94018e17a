import { useEffect, useState } from 'react';

/**
 * False during server rendering and hydration, true after. Data is fetched only in the browser: the session cookie
 * belongs to the API's origin, so the dashboard's server cannot make authenticated requests on the user's behalf.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
