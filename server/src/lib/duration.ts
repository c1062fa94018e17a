/**
 * ISO-8601 durations limited to exact units (weeks, days, hours, minutes, seconds): months and years have no fixed length,
 * so "P1M" is refused rather than guessed.
 */
const MAX_DURATION_SECONDS = 100 * 365 * 86400;
const DURATION = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDurationSeconds(text: string): number | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match) return null;
  const [, weeks, days, hours, minutes, seconds] = match;
  const total =
    Number(weeks ?? 0) * 604800 +
    Number(days ?? 0) * 86400 +
    Number(hours ?? 0) * 3600 +
    Number(minutes ?? 0) * 60 +
    Number(seconds ?? 0);
  // Beyond a century a duration is a typo, and it would overflow dates.
  return Number.isFinite(total) && total <= MAX_DURATION_SECONDS ? Math.round(total) : null;
}

export function formatDurationSeconds(totalSeconds: number): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

export const HOUR = 3600;
export const DAY = 86400;

/** A length of time in seconds inside the server; ISO-8601 ("PT8H", "P30D") on the wire. */
export class DurationValue {
  constructor(readonly seconds: number) {}
}
