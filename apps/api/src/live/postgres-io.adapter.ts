import { type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Server, ServerOptions } from 'socket.io';
import { type VigilConfig } from '@vigil/config';
import { POSTGRES_LIVE_OPTIONS, within } from '@vigil/pipeline';

/**
 * socket.io over PostgreSQL LISTEN/NOTIFY (the no-Redis mode): an event published by any worker (through the
 * PostgreSQL emitter) or any api node reaches every client on every api node. Payloads over NOTIFY's
 * 8000 bytes go through the attachments table, which this adapter also cleans up.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: pg.Pool;
  private readonly adapterFactory: ReturnType<typeof createAdapter>;

  constructor(app: INestApplicationContext, config: VigilConfig) {
    super(app);
    // One connection holds the LISTEN; the others publish and read attachments.
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: 4, idleTimeoutMillis: 5_000 });
    this.pool.on('error', () => undefined);
    // The adapter keeps one client checked out for LISTEN and only watches its `end`: without a listener of
    // our own, a cut connection's `error` would crash the process (it reconnects on `end`).
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    this.adapterFactory = createAdapter(this.pool, {
      ...POSTGRES_LIVE_OPTIONS,
      // Errors (an outage) cost live updates only; the adapter reconnects by itself.
      errorHandler: () => undefined,
    });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, { ...options, serveClient: false } as ServerOptions) as Server;
    server.adapter(this.adapterFactory);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    // A LISTEN client cut by an outage is never released by the adapter, and pool.end() would wait for it.
    await within(this.pool.end(), 2_000).catch(() => undefined);
  }
}
