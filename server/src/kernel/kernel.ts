import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../lib/clock';
import type { DomainEvent } from './events';
import type { JobQueue } from './jobs';
import type { PubSub } from './pubsub';

export type Emit = (...events: DomainEvent[]) => void;

/**
 * Something that takes part in every change's transaction: told when it opens (before the work), asked to finish
 * before it commits (after the work), and told once it has committed (`tx` is then only a key: its transaction is
 * over), in the order the participants joined. The audit chain, the last-admin guard and the notification outbox are
 * participants; the composition root (composition.ts) enrols them. `afterCommit` must not throw: the change happened.
 */
export interface TransactionParticipant {
  readonly name: string;
  open?(tx: EntityManager): void;
  beforeCommit?(tx: EntityManager, emit: Emit): Promise<void>;
  afterCommit?(tx: EntityManager): Promise<void>;
}

/**
 * What every service stands on, built before any of them: the database, the clock, the configuration, the unit of work
 * (`change`), an enqueue-only job queue and the pub/sub that carries committed events. It knows no domain.
 */
export class Kernel {
  private readonly participants: TransactionParticipant[] = [];

  constructor(
    readonly db: DataSource,
    readonly config: Config,
    readonly clock: Clock,
    readonly jobs: JobQueue,
    readonly pubsub: PubSub,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** Enrols a participant in every change from now on; returns how to leave. */
  join(participant: TransactionParticipant): () => void {
    this.participants.push(participant);
    return () => {
      const index = this.participants.indexOf(participant);
      if (index >= 0) this.participants.splice(index, 1);
    };
  }

  /**
   * Runs a change in one transaction and publishes the events it emitted only once it has committed: a subscriber never
   * hears of something that did not happen.
   */
  async change<T>(work: (tx: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const participants = [...this.participants];
    const { tx, value } = await this.db.transaction(async (tx) => {
      for (const participant of participants) participant.open?.(tx);
      const emit: Emit = (...emitted) => events.push(...emitted);
      const value = await work(tx, emit);
      for (const participant of participants) await participant.beforeCommit?.(tx, emit);
      return { tx, value };
    });
    for (const participant of participants) await participant.afterCommit?.(tx);
    if (events.length) await this.pubsub.publish(events);
    return value;
  }
}
