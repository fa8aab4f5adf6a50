import { readFileSync } from 'node:fs';
import pg from 'pg';
import { prepareDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '@vigil/persistence';
import { createTestConfig, dropTestResources } from '@vigil/testing';
import { PostgresVelocityStore } from '../../apps/worker/src/risk/postgres-velocity-store.js';
import { buildVelocityPlan, ipNetwork } from '../../apps/worker/src/risk/velocity-plan.js';
import { scriptCall } from '../../apps/worker/src/risk/velocity-script.js';
import { type VelocityObservation } from '../../apps/worker/src/risk/velocity-store.js';

/**
 * `npm run bench:velocity`: what the no-Redis velocity store costs PostgreSQL per event (docs/operations.md
 * "Two modes"). A store's traffic in miniature (thousands of customers with their own cards, devices, IPs and
 * addresses, a few shared networks, failed payments, second events of a transaction, labels) is first loaded,
 * then measured as the worker sends it: `observeMany` per batch, then `confirmMany` for the approved ones.
 * `--explain` adds a breakdown by statement of the PL/pgSQL function (auto_explain, nested statements).
 * Options: --batches=100,500 --rounds=10 --warm=20000 --customers=5000 --explain [--plan=<text of a statement>],
 * --keep (leaves the database).
 */
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split('=');
    return [name ?? '', value ?? 'true'];
  }),
);
const BATCHES = (args.get('batches') ?? '100,500').split(',').map(Number);
const ROUNDS = Number(args.get('rounds') ?? 10);
const WARM = Number(args.get('warm') ?? 20_000);
const CUSTOMERS = Number(args.get('customers') ?? 5_000);
const EXPLAIN = args.has('explain');
const KEEP = args.has('keep');
/** With --explain: show the plan of the slowest statement whose text has this in it (default: of all). */
const PLAN = args.get('plan');
/** Event time advances ~1 s per event (a store of ~85,000 events a day): windows hold what they would. */
const STEP_MS = 1_000;
const T0 = Date.parse('2026-11-21T00:00:00Z');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * CPU time of a process in ms (/proc/<pid>/schedstat, ns on a CPU): the PostgreSQL backend's own work, steady
 * on a shared machine where wall time is not (Linux, with the server on this machine; else 0).
 */
function cpuMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return 0;
  }
}

/** mulberry32, so every run sends the same traffic. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Customer {
  id: string;
  email: string;
  cards: string[];
  devices: string[];
  ip: string;
  address: string;
  createdAt: number | null;
}

/** The traffic: each call returns the next event (and whether the scorer would approve it). */
function traffic(): () => { observation: VelocityObservation; approved: boolean } {
  const random = seeded(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const octet = (): number => 1 + Math.floor(random() * 254);
  const customers: Customer[] = Array.from({ length: CUSTOMERS }, (_, i) => ({
    id: `cus_${i}`,
    email: `shopper${i}@example.com`,
    cards: Array.from({ length: 1 + Math.floor(random() * 2) }, (_, c) => `fp:card_${i}_${c}`),
    devices: Array.from({ length: 1 + Math.floor(random() * 2) }, (_, d) => `dev_${i}_${d}`),
    // Most customers' networks are their own; some share one (offices, mobile carriers' NAT).
    ip:
      random() < 0.1
        ? `100.64.${Math.floor(random() * 8)}.${Math.floor(random() * 250)}`
        : `${octet()}.${octet()}.${octet()}.${octet()}`,
    address: `de|${10_000 + i}|street ${i}`,
    createdAt: random() < 0.5 ? T0 - Math.floor(random() * 300) * 86_400_000 : null,
  }));
  const recent: VelocityObservation[] = [];
  let n = 0;
  return () => {
    n += 1;
    const at = T0 + n * STEP_MS + Math.floor(random() * STEP_MS);
    const previous = recent.length > 0 ? pick(recent) : null;
    if (previous && random() < 0.1) {
      // The payment event of an earlier order (same transaction), sometimes with a changed amount.
      const observation = {
        ...previous,
        at,
        eventKey: `src|evt${n}`,
        amount: random() < 0.3 ? Math.floor((previous.amount ?? 0) * 1.1) : previous.amount,
      };
      return { observation, approved: random() < 0.95 };
    }
    const customer = customers[Math.floor(random() ** 1.5 * customers.length)] as Customer;
    const stranger = random() < 0.05;
    const ip = stranger ? `203.0.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}` : customer.ip;
    const failed = random() < 0.08;
    const label = random() < 0.02;
    const observation: VelocityObservation = {
      at,
      transactionKey: `src|tx${n}`,
      eventKey: `src|evt${n}`,
      email: customer.email,
      ip,
      deviceId: stranger ? `dev_x${n}` : pick(customer.devices),
      customerId: random() < 0.8 ? customer.id : null,
      card: stranger ? `fp:x${Math.floor(random() * 1000)}` : pick(customer.cards),
      ipNetwork: ipNetwork(ip),
      shippingAddress: customer.address,
      basket: pick(['store_a|EUR', 'store_a|EUR', 'store_b|EUR', 'store_c|USD']),
      amount: Math.floor(Math.exp(7 + random() * 3)),
      record: !label,
      purchase: !label && !failed,
      failedPayment: !label && failed,
      fraudDecline: !label && failed && random() < 0.05,
      customerCreatedAt: customer.createdAt,
      disputed: label && random() < 0.5,
      fraudWarning: label && random() < 0.5,
    };
    recent.push(observation);
    if (recent.length > 2_000) recent.splice(0, 1_000);
    return { observation, approved: !failed && !label && random() < 0.9 };
  };
}

/** Per statement of the function: calls and total ms (auto_explain notices of nested statements). */
class StatementProfile {
  private readonly byText = new Map<string, { calls: number; ms: number }>();
  private slowest = { ms: 0, plan: '' };

  attach(client: pg.Client): void {
    client.on('notice', (notice) => {
      const message = notice.message ?? '';
      const duration = /duration: ([\d.]+) ms/.exec(message);
      const text = /Query Text: ([\s\S]*?)(\n[A-Z][a-z]+ |\n[ ]*->|$)/.exec(message)?.[1];
      if (!duration || !text || text.includes('vigil_velocity_run')) return;
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
      const entry = this.byText.get(key) ?? { calls: 0, ms: 0 };
      entry.calls += 1;
      entry.ms += Number(duration[1]);
      this.byText.set(key, entry);
      if (Number(duration[1]) > this.slowest.ms && (!PLAN || text.includes(PLAN)))
        this.slowest = { ms: Number(duration[1]), plan: message };
    });
  }

  report(events: number): void {
    const rows = [...this.byText].sort(([, a], [, b]) => b.ms - a.ms);
    const total = rows.reduce((sum, [, e]) => sum + e.ms, 0);
    log(`\nnested statements (auto_explain; their own timing overhead included): ${total.toFixed(0)} ms`);
    for (const [text, e] of rows.slice(0, 25))
      log(
        `${((e.ms / events) * 1000).toFixed(1).padStart(7)} µs/event ${(e.calls / events).toFixed(2).padStart(5)}×  ${text}`,
      );
    log(`\nthe slowest statement${PLAN ? ` with "${PLAN}"` : ''}:\n${this.slowest.plan}`);
  }
}

interface Cost {
  /** ms of wall time, and of the backend's CPU. */
  wall: number;
  cpu: number;
}

async function main(): Promise<void> {
  let throwaway: ThrowawayPostgres | null = null;
  if (!process.env['DATABASE_URL'] && !process.env['TEST_PG_ADMIN_URL']) {
    throwaway = await startThrowawayPostgres();
    process.env['TEST_PG_ADMIN_URL'] = throwaway.adminUrl;
  }
  const config = createTestConfig();
  await prepareDatabase(config);
  // One connection, as one worker's statement: its backend's CPU is the database's work.
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  try {
    const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0;
    log(`PostgreSQL backend ${backend}`);
    await PostgresVelocityStore.install(client);
    const store = new PostgresVelocityStore(client);
    const next = traffic();
    const timed = async (work: () => Promise<unknown>, into: Cost): Promise<void> => {
      const [wall, cpu] = [performance.now(), cpuMs(backend)];
      await work();
      into.wall += performance.now() - wall;
      into.cpu += cpuMs(backend) - cpu;
    };
    const load = async (events: number, size: number): Promise<{ observe: Cost; confirm: Cost }> => {
      const observe = { wall: 0, cpu: 0 };
      const confirm = { wall: 0, cpu: 0 };
      for (let done = 0; done < events; done += size) {
        const batch = Array.from({ length: Math.min(size, events - done) }, next);
        await timed(() => store.observeMany(batch.map((e) => e.observation)), observe);
        await timed(
          () => store.confirmMany(batch.filter((e) => e.approved).map((e) => e.observation)),
          confirm,
        );
      }
      return { observe, confirm };
    };

    const warmStarted = performance.now();
    await load(WARM, 250);
    const { rows } = await client.query<{ rows: string; size: string }>(
      `SELECT count(*) AS rows, pg_size_pretty(pg_total_relation_size('velocity_entries')) AS size
       FROM velocity_entries`,
    );
    log(
      `loaded ${WARM} events in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s: ` +
        `${rows[0]?.rows} rows, ${rows[0]?.size}`,
    );

    // The worker's own share (plans and their encoding), to tell it from the database's.
    const sample = Array.from({ length: 1_000 }, next).map((e) => e.observation);
    const planStarted = performance.now();
    for (const observation of sample) scriptCall(buildVelocityPlan('v', observation));
    const planUs = ((performance.now() - planStarted) / sample.length) * 1000;

    // The yardstick: a primary-key probe from PL/pgSQL on this server now (the machine may be shared).
    const probe = async (): Promise<number> => {
      const started = cpuMs(backend);
      await client.query(`DO $probe$ DECLARE found bigint; BEGIN
        FOR i IN 1 .. 20000 LOOP
          SELECT e.at INTO found FROM velocity_entries e WHERE e.key = 'v:probe:' || (i % 500) AND e.member = '';
        END LOOP; END $probe$`);
      return ((cpuMs(backend) - started) / 20_000) * 1000;
    };
    const probes = [await probe()];
    const ms = (cost: Cost, events: number): string =>
      `${(cost.cpu / events).toFixed(3)} (${(cost.wall / events).toFixed(3)})`.padStart(21);
    log('\nms per event: PostgreSQL CPU (wall time)');
    log('batch  events          observeMany          confirmMany                total');
    for (const size of BATCHES) {
      const events = size * ROUNDS;
      const { observe, confirm } = await load(events, size);
      const total = { wall: observe.wall + confirm.wall, cpu: observe.cpu + confirm.cpu };
      log(
        `${String(size).padStart(5)}  ${String(events).padStart(6)}  ${ms(observe, events)}` +
          `${ms(confirm, events)}${ms(total, events)}`,
      );
    }
    probes.push(await probe());
    log(`(planning and encoding in the worker, not included: ${planUs.toFixed(0)} µs/event)`);
    log(
      `yardstick: one primary-key probe from PL/pgSQL took ${probes.map((us) => us.toFixed(1)).join(' / ')} µs ` +
        'of CPU (before / after)',
    );

    if (EXPLAIN) {
      const profile = new StatementProfile();
      await client.query(`LOAD 'auto_explain'`);
      await client.query(
        `SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on;
         SET auto_explain.log_analyze = on; SET auto_explain.log_timing = off;
         SET auto_explain.log_level = notice; SET client_min_messages = notice`,
      );
      profile.attach(client);
      const size = BATCHES[0] ?? 100;
      for (let round = 0; round < ROUNDS; round += 1) {
        const batch = Array.from({ length: size }, next);
        await store.observeMany(batch.map((e) => e.observation));
        await store.confirmMany(batch.filter((e) => e.approved).map((e) => e.observation));
      }
      profile.report(size * ROUNDS);
    }
  } finally {
    await client.end();
    if (KEEP) log(`kept ${config.databaseUrl}`);
    else await dropTestResources(config);
    await throwaway?.stop();
  }
}

await main();
