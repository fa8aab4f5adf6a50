import { type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { type Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { type VigilConfig } from '@vigil/config';
import { createRedisClient, REDIS_KEYS } from '@vigil/pipeline';

/**
 * socket.io over the Redis adapter: an event published by any worker (through the Redis emitter) or any api
 * node reaches every client on every api node.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(app: INestApplicationContext, config: VigilConfig) {
    super(app);
    this.pub = createRedisClient(config, 'live-pub');
    this.sub = createRedisClient(config, 'live-sub');
    for (const client of [this.pub, this.sub]) client.on('error', () => undefined);
    this.adapterFactory = createAdapter(this.pub, this.sub, { key: REDIS_KEYS.liveAdapter(config) });
  }

  private readonly adapterFactory: ReturnType<typeof createAdapter>;

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, { ...options, serveClient: false } as ServerOptions) as Server;
    server.adapter(this.adapterFactory);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all([this.pub.quit(), this.sub.quit()].map((p) => p.catch(() => undefined)));
  }
}
