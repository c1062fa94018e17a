/** The most the badge counts; above it, it shows "99+". */
const MOST_SHOWN = 99;

/**
 * The bell's badge and its accessible name, which say the same: "99+" on the badge is "Notifications, 99+ unread" to a
 * screen reader (WCAG 2.5.3, label in name). `text` is null when nothing is unread (no badge).
 */
export function unreadLabel(unread: number): { text: string | null; name: string } {
  if (unread <= 0) return { text: null, name: 'Notifications' };
  const text = unread > MOST_SHOWN ? `${MOST_SHOWN}+` : String(unread);
  return { text, name: `Notifications, ${text} unread` };
}
