import { badInput, policyViolation } from '../../lib/errors';
import { DAY, formatDurationSeconds } from '../../lib/duration';

const MIN_SECONDS = 5 * 60;
const MAX_FUTURE_START_SECONDS = 2 * 365 * DAY;
/** A start a little in the past (clock skew, a form left open) is taken as now; further back would grant retroactively. */
const PAST_START_TOLERANCE_MS = 5 * 60_000;

export interface WindowRequest {
  startAt?: Date | null;
  endAt?: Date | null;
  durationSeconds?: number | null;
  permanent?: boolean;
}

export interface WindowRules {
  allowPermanent: boolean;
  maxSeconds: number;
  label: string;
}

export interface Window {
  startAt: Date;
  endAt: Date | null;
}

/** Turns what was asked (start, end or duration, or nothing for permanent) into a window, under the role settings' rules. */
export function resolveWindow(now: Date, asked: WindowRequest, rules: WindowRules, fixedStart?: Date): Window {
  if (asked.endAt && asked.durationSeconds !== null && asked.durationSeconds !== undefined) {
    throw badInput('Give either endAt or duration, not both.', 'duration');
  }
  let startAt = fixedStart ?? now;
  if (!fixedStart && asked.startAt) {
    if (asked.startAt.getTime() < now.getTime() - PAST_START_TOLERANCE_MS) {
      throw badInput('startAt is in the past; leave it empty to start now.', 'startAt');
    }
    if (asked.startAt.getTime() > now.getTime() + MAX_FUTURE_START_SECONDS * 1000) {
      throw badInput('startAt is more than two years away.', 'startAt');
    }
    startAt = asked.startAt.getTime() < now.getTime() ? now : asked.startAt;
  }
  let endAt: Date | null = null;
  if (asked.durationSeconds !== null && asked.durationSeconds !== undefined) {
    if (asked.durationSeconds < MIN_SECONDS) throw badInput('duration must be at least 5 minutes.', 'duration');
    endAt = new Date(startAt.getTime() + asked.durationSeconds * 1000);
  } else if (asked.endAt) {
    endAt = asked.endAt;
    if (endAt.getTime() - startAt.getTime() < MIN_SECONDS * 1000) {
      throw badInput('endAt must be at least 5 minutes after the start.', 'endAt');
    }
  }
  if (endAt && endAt.getTime() <= now.getTime()) {
    throw badInput('endAt is in the past: to end an assignment now, remove it.', 'endAt');
  }
  // Lengths are measured from whichever is later, the start or now, so that an extension is bounded like a new grant.
  const from = Math.max(startAt.getTime(), now.getTime());
  if (endAt === null) {
    if (!rules.allowPermanent) {
      throw policyViolation(
        `The role settings do not allow permanent ${rules.label} assignments: give an end within ${formatDurationSeconds(rules.maxSeconds)}.`,
        { maxDuration: formatDurationSeconds(rules.maxSeconds) },
      );
    }
  } else if (endAt.getTime() - from > rules.maxSeconds * 1000) {
    throw policyViolation(
      `The role settings allow ${rules.label} assignments of at most ${formatDurationSeconds(rules.maxSeconds)}.`,
      { maxDuration: formatDurationSeconds(rules.maxSeconds) },
    );
  }
  return { startAt, endAt };
}
