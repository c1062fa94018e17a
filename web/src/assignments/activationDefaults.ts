/** The activation dialog's defaults: how long to ask for, remembered per role in this browser. */

export const MIN_MINUTES = 30;
/** What is asked for when nothing was chosen before: an hour, or the role's maximum when that is shorter. */
export const USUAL_MINUTES = 60;

/** The duration to offer: the remembered one, else the usual hour, within [MIN_MINUTES, max] (max wins when smaller). */
export function defaultMinutes(max: number, remembered: number | null): number {
  return Math.min(Math.max(remembered ?? USUAL_MINUTES, MIN_MINUTES), max);
}

const key = (roleId: string) => `elevate.activation.minutes.${roleId}`;

/** The duration this person last asked for this role in this browser, or null (nothing kept, or storage refused). */
export function rememberedMinutes(roleId: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(key(roleId)));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function rememberMinutes(roleId: string, minutes: number): void {
  try {
    window.localStorage.setItem(key(roleId), String(minutes));
  } catch {
    // Private mode or a full storage: the next dialog offers the usual duration.
  }
}
