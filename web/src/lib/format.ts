const dateTime = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "22 Nov 2025, 04:34" in the viewer's time zone; empty input gives an em dash. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTime.format(date);
}

const compactThisYear = new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const compactOtherYear = new Intl.DateTimeFormat('en-GB', { year: '2-digit', month: 'short', day: 'numeric' });

/** A short date for dense tables: "22 Nov, 04:34" this year, "22 Nov 24" before; the full date is formatDateTime. */
export function formatCompactDateTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return (date.getFullYear() === now.getFullYear() ? compactThisYear : compactOtherYear).format(date);
}

/** The end of a window: a date, or "permanent" when there is none. */
export function formatEnd(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : 'permanent';
}

/** A value for <input type="datetime-local"> (local time, minutes) from an ISO instant. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** An ISO instant (UTC) from an <input type="datetime-local"> value, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Enum values for people: ELIGIBLE → Eligible, SERVICE_PRINCIPAL → Service principal. */
export function humanize(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
