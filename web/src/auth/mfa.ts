/**
 * When this tab's session last passed a TOTP step-up. The API has no query for the session itself (see the report on
 * server requests), so the dashboard remembers what stepUpMfa answered, for the life of the tab.
 */
const key = (userId: string) => `elevate.mfaAt.${userId}`;

export function rememberMfa(userId: string, mfaAt: string | null): void {
  try {
    if (mfaAt) window.sessionStorage.setItem(key(userId), mfaAt);
    else window.sessionStorage.removeItem(key(userId));
  } catch {
    // Storage may be unavailable (private mode); the indicator just stays empty.
  }
}

export function recallMfa(userId: string): string | null {
  try {
    return window.sessionStorage.getItem(key(userId));
  } catch {
    return null;
  }
}
