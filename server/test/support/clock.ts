import type { Clock } from '../../src/lib/clock';

/** A clock the test moves by hand (set, advance); hand it to startTestApp or to a service in place of systemClock. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date()) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
