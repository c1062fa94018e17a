/**
 * The instants the API accepts: years 0001 to 9999 in UTC. PostgreSQL stores 4713 BC to 294276 AD and JavaScript
 * ±275,760 years, but an ISO-8601 year has four digits, and year 0 or an offset past 9999-12-31 is a crafted value,
 * not a date anyone means. Cursors carry instants too and are held to the same range (pagination.ts).
 */
export const INSTANT_RANGE = {
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
  min: new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(1),
  max: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
} as const;

/** How messages name the range. */
export const INSTANT_RANGE_TEXT = 'between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z';

export function isAcceptedInstant(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= INSTANT_RANGE.min && time <= INSTANT_RANGE.max;
}
