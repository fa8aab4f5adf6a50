import { encode } from '@msgpack/msgpack';
import pg from 'pg';
import { LIVE_NAMESPACE, type LiveBroadcastEventMap, type LiveBroadcastEventName } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';
import { LIVE_ROOM, type LivePublisher } from './live-publisher.js';
import { PG_NAMES } from './pipeline-registry.js';

/** Options the api's socket.io PostgreSQL adapter and this publisher share. */
export const POSTGRES_LIVE_OPTIONS = {
  channelPrefix: PG_NAMES.liveChannelPrefix,
  tableName: PG_NAMES.liveAttachments,
} as const;

/** NOTIFY payloads must stay under 8000 bytes; bigger messages go through the attachments table. */
const PAYLOAD_THRESHOLD = 8_000;
/** socket.io's cluster protocol: a broadcast from a process that is not a socket.io server. */
const BROADCAST = 3;
const EVENT_PACKET = 2;
const EMITTER_UID = 'emitter';

/**
 * Publishes to every api node through PostgreSQL NOTIFY, in the message format of socket.io's cluster
 * adapters (what @socket.io/postgres-adapter 0.5 reads: the published postgres-emitter 0.1 leaves out the
 * namespace that adapter routes by, so this writes the message itself). Batches over NOTIFY's 8000 bytes
 * are stored in the attachments table (msgpack, as the adapter decodes them; the adapter cleans them up)
 * and announced by id.
 */
export class PostgresLivePublisher implements LivePublisher {
  private readonly pool: pg.Pool;
  private readonly channel = `${POSTGRES_LIVE_OPTIONS.channelPrefix}#${LIVE_NAMESPACE}`;

  constructor(config: Pick<VigilConfig, 'databaseUrl'>) {
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2, idleTimeoutMillis: 5_000 });
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  publish<E extends LiveBroadcastEventName>(event: E, payload: LiveBroadcastEventMap[E]): void {
    const message = {
      uid: EMITTER_UID,
      nsp: LIVE_NAMESPACE,
      type: BROADCAST,
      data: {
        packet: { type: EVENT_PACKET, data: [event, payload], nsp: LIVE_NAMESPACE },
        opts: { rooms: [LIVE_ROOM], except: [], flags: {} },
      },
    };
    // Never awaited by callers: an outage costs live updates, never the worker (PostgreSQL stays the record;
    // dashboards resync on reconnect).
    this.send(message).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  private async send(message: { uid: string; nsp: string; type: number }): Promise<void> {
    const json = JSON.stringify(message);
    if (Buffer.byteLength(json) <= PAYLOAD_THRESHOLD) {
      await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, json]);
      return;
    }
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO ${POSTGRES_LIVE_OPTIONS.tableName} (payload) VALUES ($1) RETURNING id`,
      [Buffer.from(encode(message))],
    );
    const header = { uid: message.uid, nsp: message.nsp, type: message.type, attachmentId: rows[0]?.id };
    await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(header)]);
  }
}
