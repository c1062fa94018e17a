/** Time comes from one place so that tests can move it (test/support/clock.ts has a ManualClock). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
