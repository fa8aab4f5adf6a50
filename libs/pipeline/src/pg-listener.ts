import pg from 'pg';

const RECONNECT_MS = 2_000;

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to others), re-established after a drop.
 * `onReconnect` also fires `onNotify`: notifications sent while the connection was down are lost, so the
 * listener acts as if one arrived.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onNotify: (payload: string | undefined) => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, keepAlive: true });
    client.on('error', () => this.reconnect());
    client.on('end', () => this.reconnect());
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify(message.payload);
    });
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  private reconnect(): void {
    if (this.closed || this.timer) return;
    const dead = this.client;
    this.client = null;
    dead?.end().catch(() => undefined);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start().then(
        () => this.onNotify(undefined),
        () => this.reconnect(),
      );
    }, RECONNECT_MS);
    this.timer.unref();
  }
}
