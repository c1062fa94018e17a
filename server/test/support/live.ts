import type { Client } from 'graphql-ws';

export interface Feed<T> {
  events: T[];
  /** Resolves with the first event (from now or already received) that matches, or fails after `timeoutMs`. */
  waitFor(match: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): void;
}

/** Subscribes and records every event; `waitFor` is how tests see something arrive without polling the database. */
export function subscribe<T>(client: Client, query: string, pick: (data: Record<string, unknown>) => T, variables?: Record<string, unknown>): Feed<T> {
  const events: T[] = [];
  const waiters: { match: (event: T) => boolean; resolve: (event: T) => void }[] = [];
  const stop = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors?.length) throw new Error(JSON.stringify(value.errors));
        const event = pick(value.data ?? {});
        events.push(event);
        for (const waiter of [...waiters]) {
          if (waiter.match(event)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
      },
      error: (error) => {
        throw error instanceof Error ? error : new Error(JSON.stringify(error));
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    stop,
    waitFor: (match, timeoutMs = 5000) => {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms (got ${JSON.stringify(events).slice(0, 500)})`)), timeoutMs);
        waiters.push({ match, resolve: (event) => (clearTimeout(timer), resolve(event)) });
      });
    },
  };
}

/** Lets the server register a subscription before the test acts (graphql-ws subscribes asynchronously). */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
