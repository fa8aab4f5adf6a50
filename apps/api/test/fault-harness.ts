import pg from 'pg';
import { Agent, request } from 'undici';
import { type VigilConfig } from '@vigil/config';
import {
  ApiClient,
  freePort,
  PrivateRedis,
  canonicalOrder,
  createTestConfig,
  dropTestResources,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
} from '@vigil/testing';

/** Production-like Redis (AOF everysec) of the test's own; see PrivateRedis. */
export const persistentRedis = (port: number): PrivateRedis => new PrivateRedis(port, { persistent: true });
export { freePort };

/** Posts signed orders at a steady pace until stopped; remembers which ones were acknowledged. */
export class BackgroundPoster {
  readonly acknowledged = new Set<string>();
  readonly statuses: Record<string, number> = {};
  private running = false;
  private done: Promise<void> = Promise.resolve();
  private next = 0;
  private readonly agent = new Agent({ connections: 8, keepAliveTimeout: 10_000 });

  constructor(
    private readonly url: () => string,
    private readonly secret: string,
    private readonly prefix: string,
    private readonly perSecond = 150,
  ) {}

  start(): void {
    this.running = true;
    const workers = Array.from({ length: 8 }, () => this.loop());
    this.done = Promise.all(workers).then(() => undefined);
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
  }

  async close(): Promise<void> {
    await this.stop();
    await this.agent.close();
  }

  private async loop(): Promise<void> {
    const pause = 8_000 / this.perSecond;
    while (this.running) {
      const orderId = `${this.prefix}-${this.next++}`;
      const signed = signStandard(
        this.secret,
        `msg_${orderId}`,
        canonicalOrder({ orderId, email: `${orderId}@example.com` }),
      );
      try {
        const response = await request(this.url(), {
          method: 'POST',
          headers: signed.headers,
          body: signed.body,
          dispatcher: this.agent,
          headersTimeout: 10_000,
          bodyTimeout: 10_000,
        });
        await response.body.dump();
        this.statuses[response.statusCode] = (this.statuses[response.statusCode] ?? 0) + 1;
        if (response.statusCode === 202) this.acknowledged.add(`msg_${orderId}`);
      } catch {
        this.statuses['error'] = (this.statuses['error'] ?? 0) + 1;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** One api and one worker as their own processes, on a config of the test's own. */
export class FaultStack {
  api!: RunningProcess;
  worker!: RunningProcess;
  db!: pg.Client;
  private dbConnected = false;

  private constructor(readonly config: VigilConfig) {}

  static async start(overrides: NodeJS.ProcessEnv = {}): Promise<FaultStack> {
    const port = await freePort();
    const stack = new FaultStack(
      createTestConfig({
        PORT: String(port),
        VIGIL_PUBLIC_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        ...overrides,
      }),
    );
    await stack.startApi();
    stack.startWorker();
    await stack.reconnectDb();
    return stack;
  }

  /** The test's own connection (an outage of the database cuts it too). */
  async reconnectDb(): Promise<void> {
    if (this.dbConnected) await this.db.end().catch(() => undefined);
    this.db = new pg.Client({ connectionString: this.config.databaseUrl });
    this.db.on('error', () => undefined);
    await this.db.connect();
    this.dbConnected = true;
  }

  get baseUrl(): string {
    return this.config.publicUrl;
  }

  get databaseName(): string {
    return decodeURIComponent(new URL(this.config.databaseUrl).pathname.slice(1));
  }

  async startApi(): Promise<void> {
    this.api = spawnApp('api', this.config);
    await waitFor(
      async () => (await fetch(`${this.baseUrl}/health/ready`).catch(() => null))?.status === 200,
      60_000,
      'api ready',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.api.output().slice(-2000)}`);
    });
  }

  /** `env` overrides the worker's own settings (e.g. a smaller VIGIL_WORKER_CONCURRENCY). */
  startWorker(env: NodeJS.ProcessEnv = {}): void {
    this.worker = spawnApp('worker', this.config, env);
  }

  async owner(): Promise<ApiClient> {
    return ApiClient.login(this.baseUrl);
  }

  /** How many times each acknowledged id is stored (webhook_events) and how many orders became transactions. */
  async stored(
    sourceId: string,
    ids: Set<string>,
  ): Promise<{ missing: string[]; duplicated: string[]; transactions: number; orders: number }> {
    const { rows } = await this.db.query<{ event_id: string; n: number }>(
      'SELECT event_id, count(*)::int AS n FROM webhook_events WHERE source_id = $1 GROUP BY event_id',
      [sourceId],
    );
    const counts = new Map(rows.map((r) => [r.event_id, r.n]));
    const [t] = (
      await this.db.query<{ total: number; orders: number }>(
        'SELECT count(*)::int AS total, count(DISTINCT order_id)::int AS orders FROM transactions WHERE source_id = $1',
        [sourceId],
      )
    ).rows;
    return {
      missing: [...ids].filter((id) => !counts.has(id)),
      duplicated: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
      transactions: t?.total ?? 0,
      orders: t?.orders ?? 0,
    };
  }

  /** Waits until every acknowledged id is stored, then checks exactly once (docs/api.md#reliability). */
  async expectExactlyOnce(sourceId: string, ids: Set<string>, timeoutMs = 90_000): Promise<void> {
    await waitFor(
      async () => (await this.stored(sourceId, ids)).missing.length === 0,
      timeoutMs,
      'every acknowledged event stored',
    ).catch(async (error: Error) => {
      const state = await this.stored(sourceId, ids);
      throw new Error(
        `${error.message}: ${state.missing.length} of ${ids.size} missing (e.g. ${state.missing.slice(0, 3).join(', ')})\n` +
          `worker output:\n${this.worker.output().slice(-(Number(process.env['FAULTS_OUTPUT_CHARS']) || 3000))}`,
      );
    });
    const state = await this.stored(sourceId, ids);
    if (state.duplicated.length > 0 || state.transactions !== state.orders)
      throw new Error(
        `stored twice: ${state.duplicated.join(', ')}; ${state.transactions} transactions for ${state.orders} orders`,
      );
  }

  async close(): Promise<void> {
    await this.db.end().catch(() => undefined);
    await Promise.all([this.worker.stop(), this.api.stop()]);
    await dropTestResources(this.config);
  }
}
