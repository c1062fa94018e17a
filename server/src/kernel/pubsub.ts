import { EventEmitter } from 'node:events';
import type { DomainEvent, EventOf, Topic } from './events';

/** One typed pub/sub for the process. Publish only after the change committed. */
export interface PubSub {
  /** The events of one change, delivered together (a batch shares one committed state). */
  publish(events: DomainEvent[]): Promise<void>;
  subscribe<T extends Topic>(topic: T, signal?: AbortSignal): AsyncIterableIterator<EventOf<T>>;
  /** Every batch as published, in order: the live service's one listener per process. */
  onBatch(listener: (events: readonly DomainEvent[]) => void): () => void;
  close(): Promise<void>;
}

/**
 * Turns pushed values into an async iterator with its own unbounded queue, so a slow subscriber never blocks the publisher
 * or other subscribers; returning from the iterator (the client unsubscribed) detaches it.
 */
export function queueIterator<T>(attach: (push: (value: T) => void) => () => void, signal?: AbortSignal): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  const detach = attach((value) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
    } else queue.push(value);
  });
  const finish = (): IteratorResult<T> => {
    if (!done) {
      done = true;
      detach();
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return { value: undefined, done: true };
  };
  signal?.addEventListener('abort', finish, { once: true });
  return {
    next: () => {
      if (queue.length) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: () => Promise.resolve(finish()),
    throw: (error?: unknown) => {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const BATCH = Symbol('batch');

/** A single process: events go from publisher to subscribers in memory. */
export class LocalPubSub implements PubSub {
  protected readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  async publish(events: DomainEvent[]): Promise<void> {
    this.deliver(events);
  }

  /** Hands a batch of events to this process's listeners. */
  protected deliver(events: readonly DomainEvent[]): void {
    if (events.length === 0) return;
    this.emitter.emit(BATCH, events);
    for (const event of events) this.emitter.emit(event.topic, event);
  }

  onBatch(listener: (events: readonly DomainEvent[]) => void): () => void {
    this.emitter.on(BATCH, listener);
    return () => this.emitter.off(BATCH, listener);
  }

  subscribe<T extends Topic>(topic: T, signal?: AbortSignal): AsyncIterableIterator<EventOf<T>> {
    return queueIterator<EventOf<T>>((push) => {
      const listener = (event: EventOf<T>) => push(event);
      this.emitter.on(topic, listener);
      return () => this.emitter.off(topic, listener);
    }, signal);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
