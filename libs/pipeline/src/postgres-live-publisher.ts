import { Emitter } from '@socket.io/postgres-emitter';
import pg from 'pg';
import { LIVE_NAMESPACE, type LiveEventName } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';
import { LIVE_ROOM, type LivePublisher } from './live-publisher.js';
import { PG_NAMES } from './pipeline-registry.js';

/** Options the api's socket.io PostgreSQL adapter and every emitter must share. */
export const POSTGRES_LIVE_OPTIONS = {
  channelPrefix: PG_NAMES.liveChannelPrefix,
  tableName: PG_NAMES.liveAttachments,
} as const;

/**
 * Publishes through PostgreSQL NOTIFY (socket.io's PostgreSQL emitter) so a client on any api node receives
 * it. Batches over NOTIFY's 8000 bytes go through the attachments table, which the api's adapter cleans up.
 */
export class PostgresLivePublisher implements LivePublisher {
  private readonly pool: pg.Pool;
  private readonly emitter: Emitter;

  constructor(config: Pick<VigilConfig, 'databaseUrl'>) {
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2, idleTimeoutMillis: 5_000 });
    this.pool.on('error', () => undefined);
    // The emitter does not await its statements: an outage must cost live updates, never crash the worker
    // (PostgreSQL stays the record; dashboards resync on reconnect).
    const pool = this.pool;
    const safePool = {
      query: (text: string, values: unknown[]) =>
        pool.query(text, values).catch(() => ({ rows: [{ id: null }], rowCount: 0 })),
    };
    this.emitter = new Emitter(safePool, '/', POSTGRES_LIVE_OPTIONS);
  }

  publish(event: LiveEventName, payload: unknown): void {
    this.emitter.of(LIVE_NAMESPACE).to(LIVE_ROOM).emit(event, payload);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
