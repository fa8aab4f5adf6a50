import { fork } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { io } from 'socket.io-client';
import { LIVE_NAMESPACE, type TransactionJson } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';
import { REDIS_KEYS } from '@vigil/pipeline';
import { runRiskEngineBench } from '@vigil/risk-engine';
import {
  ApiClient,
  canonicalOrder,
  createTestConfig,
  dropTestResources,
  signStandard,
  spawnApp,
  TEST_REDIS_URL,
  waitFor,
} from '@vigil/testing';
import { fixedRate, type LoadResult, oneByOne, type PreparedRequest, saturate } from './load.js';
import { cpuProbe, perEvent } from './cpu.js';
import { summarize } from './stats.js';
import { runDashboardLiveBench } from './dashboard-live.js';
import { runSimulationBench } from './simulation.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const RATE = Number(process.env['BENCH_RATE'] ?? 1_000);
const RATE_SECONDS = Number(process.env['BENCH_RATE_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 64);
const IDLE_EVENTS = Number(process.env['BENCH_IDLE_EVENTS'] ?? 50);
/**
 * BENCH_MODE (or `npm run bench -- --mode=…`): `redis` runs Vigil on Redis (REDIS_URL, else the local
 * server), `postgres` without Redis; by default, whatever the environment says (REDIS_URL set or not).
 */
const MODE: VigilConfig['mode'] =
  (process.env['BENCH_MODE'] as VigilConfig['mode'] | undefined) ?? (TEST_REDIS_URL ? 'redis' : 'postgres');
const BENCH_REDIS_URL = TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const API_PORT = 3901;
const BASELINE_PORT = 3902;
const root = fileURLToPath(new URL('../../..', import.meta.url));

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * A store's day in miniature: thousands of customers, addresses, devices and cards, each seen a few times
 * (velocity counters then cost what they cost in production; one customer placing every order of the run
 * would measure a hot-key corner instead, see docs/performance.md).
 */
function benchOrder(orderId: string, i: number): Record<string, unknown> {
  const order = canonicalOrder({ orderId, amount: 1000 + (i % 5000), email: `c${i % 4999}@example.com` });
  const data = order['data'] as Record<string, unknown>;
  const customer = i % 4999;
  return {
    ...order,
    data: {
      ...data,
      customer: { ...(data['customer'] as object), id: `c_${customer}` },
      ip: `10.${(customer >> 8) & 255}.${customer & 255}.${i % 3}`,
      deviceId: `d_${customer}`,
      card: {
        ...(data['card'] as object),
        fingerprint: `fp_${customer}`,
        last4: String(1000 + (customer % 9000)),
      },
    },
  };
}

function prepare(secret: string, prefix: string, count: number): PreparedRequest[] {
  return Array.from({ length: count }, (_, i) => {
    const orderId = `${prefix}-${i}`;
    const signed = signStandard(secret, `msg_${orderId}`, benchOrder(orderId, i));
    return { key: orderId, headers: signed.headers, body: signed.body };
  });
}

async function runVigil(): Promise<Record<string, unknown>> {
  const baseUrl = `http://127.0.0.1:${API_PORT}`;
  const config = createTestConfig({
    PORT: String(API_PORT),
    VIGIL_PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    VIGIL_WORKER_CONCURRENCY: process.env['BENCH_WORKER_CONCURRENCY'] ?? '1000',
    // Empty counts as unset: the no-Redis mode.
    REDIS_URL: MODE === 'redis' ? BENCH_REDIS_URL : '',
  });
  const profile = process.env['BENCH_PROFILE_DIR'];
  // BENCH_NODE_ARGS: extra node flags for api and worker (e.g. GC tuning experiments); they come after the
  // apps' own (libs/config/src/app-node-flags.mjs), so a flag given here overrides that one.
  const extra = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const profiling = [...extra, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const api = spawnApp('api', config, {}, profiling);
  // BENCH_INGEST_ONLY=1 measures the api alone (acks only; nothing drains), to split ingest from processing.
  const ingestOnly = process.env['BENCH_INGEST_ONLY'] === '1';
  const worker = ingestOnly ? null : spawnApp('worker', config, {}, profiling);
  try {
    await waitFor(
      async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.status === 200,
      60_000,
      'api ready',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\napi output:\n${api.output().slice(-2000)}`);
    });
    const client = await ApiClient.login(baseUrl);
    const source = await client.createSource({ name: 'bench', kind: 'standard' });
    const socket = io(`${baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      auth: { token: client.bearer },
    });
    const seenAt = new Map<string, number>();
    const waiting = new Map<string, () => void>();
    socket.on('transaction.created', (payload: TransactionJson | TransactionJson[]) => {
      const now = performance.now();
      for (const t of Array.isArray(payload) ? payload : [payload])
        if (t.orderId && !seenAt.has(t.orderId)) {
          seenAt.set(t.orderId, now);
          waiting.get(t.orderId)?.();
        }
    });
    /** Resolves when the order reaches the socket (or after 10 s: the phase then reports it missing). */
    const seen = (key: string) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        waiting.set(key, () => {
          clearTimeout(timer);
          waiting.delete(key);
          resolve();
        });
      });
    await waitFor(() => socket.connected, 10_000, 'socket');
    const probeDb = new pg.Client({ connectionString: config.databaseUrl });
    await probeDb.connect();
    const probeRedis = config.redisUrl ? new Redis(config.redisUrl) : null;
    const probe = cpuProbe(
      { api: api.child.pid, worker: worker?.child.pid },
      probeDb,
      probeRedis,
      decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1)),
    );

    const phase = async (name: string, load: () => Promise<LoadResult>) => {
      const cpuBefore = await probe.read();
      const result = await load();
      const lastAck = performance.now();
      if (!ingestOnly)
        await waitFor(
          () => [...result.acknowledged].every((k) => seenAt.has(k)),
          180_000,
          `${name}: every acknowledged event on the socket`,
        ).catch((e: Error) => log(`  ! ${e.message}`));
      const drainMs = performance.now() - lastAck;
      const cpuPerEvent = perEvent(cpuBefore, await probe.read(), result.acknowledged.size);
      const e2e = [...result.acknowledged].flatMap((k) => {
        const seen = seenAt.get(k);
        const sent = result.sentAt.get(k);
        return seen !== undefined && sent !== undefined ? [seen - sent] : [];
      });
      const endToEndSeconds = (result.durationMs + drainMs) / 1000;
      return {
        name,
        sent: result.sent,
        acknowledged: result.acknowledged.size,
        statuses: result.statuses,
        ingestPerSecond: Math.round(result.acknowledged.size / (result.durationMs / 1000)),
        endToEndPerSecond: Math.round(result.acknowledged.size / endToEndSeconds),
        ack: summarize(result.ackLatencies),
        endToEnd: summarize(e2e),
        drainMs: Math.round(drainMs),
        cpuMicrosPerEvent: cpuPerEvent,
        onSocket: e2e.length,
      };
    };

    log(`Vigil: idle, ${IDLE_EVENTS} events one at a time…`);
    const idle = await phase('idle', () =>
      oneByOne(source.ingestUrl, prepare(source.secret, 'idle', IDLE_EVENTS), seen),
    );
    log(`Vigil: saturation, ${EVENTS} events over ${CONNECTIONS} connections…`);
    const saturation = await phase('saturation', () =>
      saturate(source.ingestUrl, prepare(source.secret, 'sat', EVENTS), CONNECTIONS),
    );
    log(`Vigil: fixed rate, ${RATE}/s for ${RATE_SECONDS} s…`);
    const rate = await phase('fixed-rate', () =>
      fixedRate(source.ingestUrl, prepare(source.secret, 'rate', RATE * RATE_SECONDS), RATE, CONNECTIONS),
    );
    socket.close();
    await probeDb.end();
    probeRedis?.disconnect();
    const workerCounts = await readWorkerMetrics(config);
    if (process.env['BENCH_VERBOSE'] === '1')
      log(
        `api output:\n${api.output().slice(-3000)}\nworker output:\n${worker?.output().slice(-3000) ?? ''}`,
      );

    const db = new pg.Client({ connectionString: config.databaseUrl });
    await db.connect();
    const [counts] = (
      await db.query(
        `SELECT count(*)::int AS total, count(DISTINCT order_id)::int AS distinct_orders FROM transactions`,
      )
    ).rows as Array<{
      total: number;
      distinct_orders: number;
    }>;
    await db.end();
    const acknowledged = idle.acknowledged + saturation.acknowledged + rate.acknowledged;
    return {
      idle,
      saturation,
      rate,
      worker: workerCounts,
      integrity: {
        acknowledged,
        stored: counts?.total ?? 0,
        duplicates: (counts?.total ?? 0) - (counts?.distinct_orders ?? 0),
        lost: Math.max(0, acknowledged - (counts?.distinct_orders ?? 0)),
      },
    };
  } finally {
    await Promise.all([api.stop(), worker?.stop()]);
    await dropTestResources(config);
  }
}

/** The worker's raw metric counters, from Redis or from PostgreSQL as the mode says. */
async function workerCounters(config: VigilConfig): Promise<Record<string, string>> {
  if (config.redisUrl) {
    const redis = new Redis(config.redisUrl);
    try {
      return await redis.hgetall(REDIS_KEYS.metrics(config, 'worker'));
    } finally {
      redis.disconnect();
    }
  }
  const db = new pg.Client({ connectionString: config.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ field: string; value: string }>(
      `SELECT field, value FROM metric_counters WHERE hash = 'worker'`,
    );
    return Object.fromEntries(rows.map((row) => [row.field, row.value]));
  } finally {
    await db.end();
  }
}

/** The worker's own counters (batches, batch failures, outcomes) as /metrics reads them. */
async function readWorkerMetrics(config: VigilConfig): Promise<Record<string, number>> {
  await new Promise((resolve) => setTimeout(resolve, 2_500)); // the worker flushes its counters every 2 s
  const raw = await workerCounters(config);
  const counts = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  const events = Object.entries(counts)
    .filter(([k]) => k.startsWith('outcome:'))
    .reduce((sum, [, v]) => sum + v, 0);
  const batches = Math.max(1, counts['batches'] ?? 0);
  return {
    ...counts,
    averageBatchSize: Math.round((events / batches) * 10) / 10,
    averageBatchMs: Math.round(((counts['batch_ms_sum'] ?? 0) / batches) * 10) / 10,
  };
}

async function runBaseline(): Promise<Record<string, unknown>> {
  const config = createTestConfig();
  const admin = new pg.Client({ connectionString: new URL('/postgres', config.databaseUrl).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(new URL(config.databaseUrl).pathname.slice(1))}`);
  await admin.end();
  const secret = randomBytes(24).toString('base64');
  const child = fork(fileURLToPath(new URL('../../../tools/bench/baseline.mjs', import.meta.url)), [], {
    cwd: root,
    env: {
      ...process.env,
      BASELINE_PORT: String(BASELINE_PORT),
      BASELINE_SECRET: secret,
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: BENCH_REDIS_URL,
      BASELINE_KEY: `${config.redisPrefix}:baseline`,
    },
  });
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  try {
    const items = Array.from({ length: EVENTS }, (_, i) => {
      const body = JSON.stringify({ id: `b-${i}`, ...canonicalOrder({ orderId: `b-${i}` }) });
      return {
        key: `b-${i}`,
        body,
        headers: {
          'content-type': 'application/json',
          'x-signature': createHmac('sha256', secret).update(body).digest('base64'),
        },
      };
    });
    log(`Baseline: saturation, ${EVENTS} events…`);
    const result = await saturate(`http://127.0.0.1:${BASELINE_PORT}/`, items, CONNECTIONS);
    const db = new pg.Client({ connectionString: config.databaseUrl });
    await db.connect();
    const started = performance.now();
    await waitFor(
      async () =>
        ((await db.query('SELECT count(*)::int AS n FROM baseline_events')).rows[0] as { n: number }).n >=
        result.acknowledged.size,
      120_000,
      'baseline drain',
    );
    const drainMs = performance.now() - started;
    await db.end();
    return {
      acknowledged: result.acknowledged.size,
      ingestPerSecond: Math.round(result.acknowledged.size / (result.durationMs / 1000)),
      endToEndPerSecond: Math.round(result.acknowledged.size / ((result.durationMs + drainMs) / 1000)),
      ack: summarize(result.ackLatencies),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await dropTestResources(config);
  }
}

/** Rule-set simulation over stored history (docs/detection.md "Simulation"). */
const SIMULATION_TRANSACTIONS = 100_000;

async function simulationBench() {
  log(`Simulation: default rule set over ${SIMULATION_TRANSACTIONS} stored transactions…`);
  return runSimulationBench(SIMULATION_TRANSACTIONS, API_PORT + 2);
}

async function main(): Promise<void> {
  // BENCH_ONLY=simulation runs only the simulation measurement.
  if (process.env['BENCH_ONLY'] === 'simulation') {
    const simulation = await simulationBench();
    log(`simulation: ${simulation.transactions} transactions in ${simulation.seconds} s`);
    log(`  (${simulation.transactionsPerSecond}/s; target: 100,000 in seconds)`);
    log(`calibration over the same history: ${simulation.calibrationSeconds} s`);
    return;
  }
  log('Risk engine: default rule set, one core…');
  const engine = runRiskEngineBench(300_000);
  log(`Mode: ${MODE} (${MODE === 'redis' ? 'queues, counters and fan-out on Redis' : 'no Redis'})`);
  // BENCH_SKIP_SIMULATION=1 shortens diagnostic runs of the pipeline.
  const simulation =
    process.env['BENCH_SKIP_SIMULATION'] === '1'
      ? { transactions: 0, seconds: 0, calibrationSeconds: 0, transactionsPerSecond: 0, skipped: true }
      : await simulationBench();
  const vigil = await runVigil();
  // BENCH_SKIP_BASELINE=1 shortens diagnostic runs (the ratio is then reported against 1). The baseline
  // enqueues on Redis: without Redis in the environment, the no-Redis mode's run has none.
  const skipBaseline = process.env['BENCH_SKIP_BASELINE'] === '1' || (MODE === 'postgres' && !TEST_REDIS_URL);
  const baseline = skipBaseline
    ? { acknowledged: 0, ingestPerSecond: 1, endToEndPerSecond: 1, skipped: true }
    : await runBaseline();
  // BENCH_DASHBOARD_EVENTS=0 skips the browser measurement (it needs Debian's Chromium).
  const dashboardEvents = Number(process.env['BENCH_DASHBOARD_EVENTS'] ?? 3_000);
  log(`Dashboard: live page in Chromium while ${dashboardEvents} events stream in…`);
  const dashboard = dashboardEvents > 0 ? await runDashboardLiveBench(dashboardEvents) : null;
  const sat = vigil['saturation'] as {
    cpuMicrosPerEvent: Record<string, number>;
    endToEndPerSecond: number;
    ingestPerSecond: number;
    ack: { p99: number };
    endToEnd: { p99: number };
  };
  const idle = vigil['idle'] as { endToEnd: { p50: number; p99: number } };
  const rate = vigil['rate'] as { ack: { p50: number; p99: number }; endToEnd: { p50: number; p99: number } };
  const base = baseline as { endToEndPerSecond: number; ingestPerSecond: number };
  const integrity = vigil['integrity'] as {
    acknowledged: number;
    stored: number;
    duplicates: number;
    lost: number;
  };
  const result = {
    at: new Date().toISOString(),
    mode: MODE,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    settings: { events: EVENTS, rate: RATE, rateSeconds: RATE_SECONDS, connections: CONNECTIONS },
    riskEngine: engine,
    simulation,
    vigil,
    baseline,
    dashboard,
    ratio: { endToEnd: Math.round((sat.endToEndPerSecond / base.endToEndPerSecond) * 1000) / 1000 },
  };
  const rows: Array<[string, string, string]> = [
    ['risk engine evaluations/s (1 core)', String(Math.round(engine.evaluationsPerSecond)), '≥ 100,000'],
    [`simulation: ${simulation.transactions} stored transactions (s)`, String(simulation.seconds), 'seconds'],
    [
      `calibration: ${simulation.transactions} stored transactions (s)`,
      String(simulation.calibrationSeconds),
      '',
    ],
    ['saturation: ingest (acks/s)', String(sat.ingestPerSecond), ''],
    ['saturation: end to end (events/s)', String(sat.endToEndPerSecond), '≥ 5,000'],
    ['baseline: end to end (events/s)', skipBaseline ? 'skipped' : String(base.endToEndPerSecond), ''],
    ['Vigil / baseline (end to end)', skipBaseline ? 'skipped' : String(result.ratio.endToEnd), ''],
    [
      'saturation CPU µs/event: api/worker/pg/redis',
      ['api', 'worker', 'postgres', 'redis'].map((hop) => sat.cpuMicrosPerEvent[hop] ?? 0).join(' / '),
      '',
    ],
    ['idle: POST → socket p50 / p99 (ms)', `${idle.endToEnd.p50} / ${idle.endToEnd.p99}`, 'p50 ≤ 20'],
    [`at ${RATE}/s: ack p50 / p99 (ms)`, `${rate.ack.p50} / ${rate.ack.p99}`, 'p99 ≤ 10'],
    [`at ${RATE}/s: end to end p50 / p99 (ms)`, `${rate.endToEnd.p50} / ${rate.endToEnd.p99}`, 'p99 ≤ 50'],
    [
      'acknowledged / stored / duplicates / lost',
      `${integrity.acknowledged} / ${integrity.stored} / ${integrity.duplicates} / ${integrity.lost}`,
      '0 dup, 0 lost',
    ],
    [
      'dashboard: longest main-thread task (ms)',
      dashboard ? `${dashboard.longestTaskMs} (${dashboard.over100ms} over 100)` : 'skipped (no Chromium)',
      '≤ 100',
    ],
  ];
  log('');
  for (const [name, value, target] of rows) log(`${name.padEnd(44)} ${value.padStart(24)}   ${target}`);
  mkdirSync(`${root}/bench-results`, { recursive: true });
  const file = `${root}/bench-results/bench-${MODE}-${result.at.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${root}/bench-results/latest-${MODE}.json`, `${JSON.stringify(result, null, 2)}\n`);
  log(`\nJSON written to ${file}`);
  if (integrity.lost > 0 || integrity.duplicates > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
