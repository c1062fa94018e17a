import type { PubSub } from '../../kernel/pubsub';
import type { SessionsEnded } from '../../kernel/events';
import type { Viewer } from './viewer';

interface Watch {
  sessionId: string;
  onEnd: () => void;
}

/**
 * Tells live feeds that their session stopped working — signed out, or its principal disabled — as soon as the change
 * that ended it commits, on every replica (the event travels over the pub/sub). One listener per process; watches are
 * found by principal, so an event costs nothing for anyone else's feeds.
 */
export class SessionEnds {
  private readonly watches = new Map<string, Set<Watch>>();
  private listening = false;

  constructor(private readonly pubsub: PubSub) {}

  /** Calls `onEnd` once when the viewer's session ends; returns how to stop watching. */
  watch(viewer: Viewer, onEnd: () => void): () => void {
    this.listen();
    const watch: Watch = { sessionId: viewer.sessionId, onEnd };
    let set = this.watches.get(viewer.principalId);
    if (!set) this.watches.set(viewer.principalId, (set = new Set()));
    set.add(watch);
    return () => {
      const watching = this.watches.get(viewer.principalId);
      watching?.delete(watch);
      if (watching?.size === 0) this.watches.delete(viewer.principalId);
    };
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.pubsub.onBatch((events) => {
      for (const event of events) if (event.topic === 'sessions') this.end(event);
    });
  }

  private end(event: SessionsEnded): void {
    for (const watch of [...(this.watches.get(event.principalId) ?? [])]) {
      if (event.sessionId === null || event.sessionId === watch.sessionId) watch.onEnd();
    }
  }
}
