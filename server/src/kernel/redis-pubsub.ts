import Redis from 'ioredis';
import { logger } from '../lib/logger';
import type { DomainEvent } from './events';
import { LocalPubSub } from './pubsub';

const CHANNEL = 'elevate:events';

/**
 * Events between server processes over Redis pub/sub. A process hears its own events back from Redis like every other
 * process's, so all subscribers everywhere see one order. Redis is only the carrier: it stores nothing, and a client that
 * missed events while disconnected refetches (graphql-ws retries; the dashboard reloads its lists on reconnect).
 */
export class RedisPubSub extends LocalPubSub {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(url: string) {
    super();
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.subscriber = new Redis(url, { lazyConnect: true });
    this.subscriber.on('message', (_channel: string, message: string) => {
      try {
        const batch = JSON.parse(message) as DomainEvent[] | DomainEvent;
        this.deliver(Array.isArray(batch) ? batch : [batch]);
      } catch (error) {
        logger.warn('unreadable event from Redis', { error: String(error) });
      }
    });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error: Error) => logger.warn('redis', { message: error.message }));
  }

  static async connect(url: string): Promise<RedisPubSub> {
    const pubsub = new RedisPubSub(url);
    await Promise.all([pubsub.publisher.connect(), pubsub.subscriber.connect()]);
    await pubsub.subscriber.subscribe(CHANNEL);
    return pubsub;
  }

  override async publish(events: DomainEvent[]): Promise<void> {
    // One message per change: its events arrive together everywhere (they share one committed state).
    if (events.length) await this.publisher.publish(CHANNEL, JSON.stringify(events));
  }

  override async close(): Promise<void> {
    await super.close();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
