/** ISO-8601 durations as the API speaks them (PT8H, PT30M, P1DT2H), in minutes for sliders and arithmetic. */
const PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function durationToMinutes(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const match = PATTERN.exec(iso);
  if (!match) return null;
  const [, weeks, days, hours, minutes, seconds] = match;
  return (
    Number(weeks ?? 0) * 7 * 24 * 60 +
    Number(days ?? 0) * 24 * 60 +
    Number(hours ?? 0) * 60 +
    Number(minutes ?? 0) +
    Math.round(Number(seconds ?? 0) / 60)
  );
}

export function minutesToDuration(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `PT${minutes}M`;
  return minutes === 0 ? `PT${hours}H` : `PT${hours}H${minutes}M`;
}

/** "4 h", "1 h 30 min", "45 min". */
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
