import type { Viewer } from './viewer';

/** What a live feed asks of authentication: whether the session it was opened with still holds. */
export interface SessionCheck {
  isSessionValid(sessionId: string): Promise<boolean>;
}

const SESSION_RECHECK_MS = 10_000;

/**
 * Ends a feed once its session is signed out, expired or its principal disabled: checked at most every 10 seconds, so
 * a thousand subscribers do not turn every event into a thousand session lookups.
 */
export function sessionGuard(sessions: SessionCheck, viewer: Viewer): () => Promise<boolean> {
  let checkedAt = Date.now();
  let valid = true;
  return async () => {
    if (valid && Date.now() - checkedAt > SESSION_RECHECK_MS) {
      valid = await sessions.isSessionValid(viewer.sessionId);
      checkedAt = Date.now();
    }
    return valid;
  };
}
