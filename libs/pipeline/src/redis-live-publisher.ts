import { Emitter } from '@socket.io/redis-emitter';
import { type Redis } from 'ioredis';
import { LIVE_NAMESPACE, type LiveBroadcastEventMap, type LiveBroadcastEventName } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';
import { createRedisClient } from './redis-connection.js';
import { LIVE_ROOM, type LivePublisher } from './live-publisher.js';
import { REDIS_KEYS } from './pipeline-registry.js';

/**
 * Publishes through Redis pub/sub so a client on any api node receives it
 * (docs/architecture.md#scale-out).
 */
export class RedisLivePublisher implements LivePublisher {
  private readonly client: Redis;
  private readonly emitter: Emitter;

  constructor(config: Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>) {
    this.client = createRedisClient(config, 'live-publisher', { maxRetriesPerRequest: 2 });
    this.client.on('error', () => undefined);
    // The emitter fires publishes without awaiting them; a Redis outage must cost live updates, never crash
    // the worker with an unhandled rejection (PostgreSQL stays the record; dashboards resync on reconnect).
    const client = this.client;
    const safePublisher = {
      publish: (channel: string, message: string | Buffer): void => {
        client.publish(channel, message).catch(() => undefined);
      },
    };
    this.emitter = new Emitter(safePublisher, { key: REDIS_KEYS.liveAdapter(config) });
  }

  publish<E extends LiveBroadcastEventName>(event: E, payload: LiveBroadcastEventMap[E]): void {
    this.emitter.of(LIVE_NAMESPACE).to(LIVE_ROOM).emit(event, payload);
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => undefined);
  }
}
