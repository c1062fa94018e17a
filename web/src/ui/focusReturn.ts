/**
 * Where focus goes back to when a dialog closes: the control that opened it, or, when that control is gone (an Approve
 * button whose row left the queue, an Activate button replaced by "Active until …"), the nearest place that is still
 * there: its row, its table, its section's heading, the page's heading.
 *
 * The places are noted when the dialog opens (a control that is removed can no longer say where it was). A list may
 * change a moment after the dialog closed (the mutation's answer, then the refetch or the live event): until the person
 * moves focus themselves, focus follows to the next place when the one it is on is removed, instead of falling to <body>.
 */
export function focusPlacesOf(opener: Element | null): HTMLElement[] {
  const places: (Element | null | undefined)[] = [];
  if (opener && opener !== document.body) {
    places.push(opener, opener.closest('tr'), opener.closest('table'));
    const section = opener.closest('section, [role="region"]');
    places.push(section?.querySelector('h2, h3'));
  }
  places.push(document.querySelector('main h1'), document.querySelector('main'));
  return places.filter((place, index): place is HTMLElement => place instanceof HTMLElement && places.indexOf(place) === index);
}

function shown(element: HTMLElement): boolean {
  return element.isConnected && (typeof element.checkVisibility !== 'function' || element.checkVisibility());
}

/** Focuses the first place still shown (a row, table or heading takes tabindex=-1: focusable by script, not by Tab). */
function focusFirst(places: readonly HTMLElement[]): number {
  const index = places.findIndex(shown);
  if (index < 0) return -1;
  const place = places[index];
  if (place.tabIndex < 0 && !place.hasAttribute('tabindex')) place.tabIndex = -1;
  place.focus();
  return document.activeElement === place ? index : -1;
}

let following: (() => void) | null = null;

/** Returns focus to the first of `places` still shown, and keeps it on the page while the list under it changes. */
export function returnFocus(places: readonly HTMLElement[]): void {
  following?.();
  let moving = false;
  let at = focusFirst(places);
  if (at < 0 || at === places.length - 1) return;

  const observer = new MutationObserver(() => {
    const current = places[at];
    if (current.isConnected) return;
    // Focus moved elsewhere (not lost with the removed element): the person is somewhere else now.
    if (document.activeElement && document.activeElement !== document.body && document.activeElement !== current) return stop();
    moving = true;
    const next = focusFirst(places.slice(at + 1));
    moving = false;
    if (next < 0) return stop();
    at += next + 1;
    if (at === places.length - 1) stop();
  });
  const onFocusIn = (event: FocusEvent) => {
    if (!moving && event.target !== places[at]) stop();
  };
  function stop() {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn, true);
    if (following === stop) following = null;
  }
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', onFocusIn, true);
  following = stop;
}
