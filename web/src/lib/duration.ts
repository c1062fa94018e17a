/**
 * ISO-8601 durations as the API speaks them (PT8H, PT30M, P30D, P1DT2H): the one place the dashboard reads and writes
 * them. Exact units only (weeks, days, hours, minutes, seconds), as the server accepts; it writes them back in the
 * canonical form that `isoDuration` produces (days, then hours, minutes and seconds).
 */
const PATTERN = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** The length of an ISO-8601 duration in seconds; null when there is none or it is not one the API accepts. */
export function parseDuration(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const match = PATTERN.exec(iso.trim().toUpperCase());
  if (!match) return null;
  const [, weeks, days, hours, minutes, seconds] = match;
  return Math.round(
    Number(weeks ?? 0) * WEEK + Number(days ?? 0) * DAY + Number(hours ?? 0) * HOUR + Number(minutes ?? 0) * MINUTE + Number(seconds ?? 0),
  );
}

/** A length in any mix of units: `{ hours: 8 }`, `{ days: 30 }`, `{ hours: 1.5 }`, `{ minutes: 90 }`. */
export interface DurationParts {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/**
 * The canonical ISO-8601 form of a length, to the second: `{ hours: 8 }` → PT8H, `{ days: 30 }` → P30D,
 * `{ hours: 1.5 }` → PT1H30M, `{ hours: 26 }` → P1DT2H; nothing → PT0S.
 */
export function isoDuration({ days = 0, hours = 0, minutes = 0, seconds = 0 }: DurationParts): string {
  let rest = Math.max(0, Math.round(days * DAY + hours * HOUR + minutes * MINUTE + seconds));
  const d = Math.floor(rest / DAY);
  rest -= d * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / MINUTE);
  const s = rest - m * MINUTE;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  if (!d && !time) return 'PT0S';
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}

/** Whole minutes of a duration (for sliders and arithmetic), rounded; null when there is none. */
export function durationToMinutes(iso: string | null | undefined): number | null {
  const seconds = parseDuration(iso);
  return seconds === null ? null : Math.round(seconds / MINUTE);
}

export function minutesToDuration(minutes: number): string {
  return isoDuration({ minutes });
}

/** "4 h", "1 h 30 min", "45 min", "2 d 3 h". */
export function formatMinutes(total: number): string {
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  const parts = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (minutes || parts.length === 0) parts.push(`${minutes} min`);
  return parts.join(' ');
}

/** A duration for people ("8 h"); what the server sent, as it is, when it cannot be read. */
export function formatDuration(iso: string | null | undefined): string {
  const minutes = durationToMinutes(iso);
  return minutes === null ? (iso ?? '—') : formatMinutes(minutes);
}

/** Time left until an instant, to the second: "3 h 59 min 12 s", "42 s"; "ended" once past. */
export function formatTimeLeft(endAt: string, now: number): string {
  const left = Math.floor((new Date(endAt).getTime() - now) / 1000);
  if (left <= 0) return 'ended';
  const days = Math.floor(left / 86_400);
  const hours = Math.floor((left % 86_400) / 3600);
  const minutes = Math.floor((left % 3600) / 60);
  const seconds = left % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min ${seconds} s`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}
