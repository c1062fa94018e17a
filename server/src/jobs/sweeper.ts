import { logger } from '../lib/logger';
import type { Kernel } from '../kernel/kernel';
import { expireUndecided, recordExpiries, startScheduled } from '../modules/lifecycle/time-transitions';
import type { AlertService } from '../modules/alerts/alerts.service';
import type { AccessReviewService } from '../modules/reviews/reviews.service';

/**
 * The bookkeeping of time. Access already ends at `end_at` when it is read; the sweep only records what time did —
 * expiries, scheduled activations starting, undecided requests running out — with audit events and live events. Rows are
 * claimed with SKIP LOCKED, so several server processes can sweep at once without doing anything twice.
 */
export class Sweeper {
  constructor(
    private readonly kernel: Kernel,
    private readonly reviews?: Pick<AccessReviewService, 'advance'>,
    private readonly alerts?: Pick<AlertService, 'scanIfDue'>,
  ) {}

  async sweep(): Promise<{ expired: number; started: number; timedOut: number; reviews: { started: number; completed: number; reminded: number } | null }> {
    const expired = await this.recordExpiries();
    const started = await this.startScheduled();
    const timedOut = await this.expireUndecided();
    // Access reviews keep time too: occurrences start, instances end (and apply), reviewers are reminded.
    const reviews = this.reviews ? await this.reviews.advance() : null;
    // Time moves some alerts (sign-ins age, activations leave their window): each is scanned in full hourly.
    if (this.alerts) await this.alerts.scanIfDue();
    if (expired + started + timedOut > 0) logger.debug('sweep', { expired, started, timedOut, reviews });
    return { expired, started, timedOut, reviews };
  }

  /** Schedules that ran out (not ended by anyone): recorded once, announced once. */
  async recordExpiries(): Promise<number> {
    return this.kernel.change((tx, emit) => recordExpiries(tx, this.kernel.now(), emit));
  }

  /** Scheduled activations whose start has come: GRANTED → PROVISIONED, announced as activations. */
  async startScheduled(): Promise<number> {
    return this.kernel.change((tx, emit) => startScheduled(tx, this.kernel.now(), emit));
  }

  /** Requests nobody decided in time: a stage past its timeout, or an admin decision left 30 days. */
  async expireUndecided(): Promise<number> {
    return this.kernel.change((tx, emit) => expireUndecided(tx, this.kernel.now(), emit));
  }
}
