import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';

/**
 * State mirrored in the address bar (so a view can be linked to and reloaded). The state changes at once, the address
 * follows (Next's router updates it in a transition, which would otherwise make controlled inputs lag behind); an
 * address changed from outside (a link, back/forward) replaces the state.
 */
export function useSearchState<T>(read: (params: URLSearchParams) => T, write: (state: T) => string): [T, (next: T) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const [state, setState] = useState(() => ({ query, value: read(new URLSearchParams(query)) }));
  let current = state;
  if (state.query !== query) {
    current = { query, value: write(state.value) === query ? state.value : read(new URLSearchParams(query)) };
    setState(current);
  }
  const update = (value: T) => {
    const next = write(value);
    setState({ query: current.query, value });
    router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
  };
  return [current.value, update];
}
