import { BLOCKED_COUNTRIES } from './geo.js';
import { GroundTruth } from './ground-truth.js';
import { type SourceKind } from './people.js';
import { Random } from './random.js';
import { formatQualityReport, formatReport } from './report.js';
import { type DemoSource, deliver, renderFollowUp, renderPurchase } from './sender.js';
import { SimulatedStore, type Step } from './store.js';
import { DemoError, VigilClient } from './vigil-client.js';

const env = process.env;
const RATE = Number(env['DEMO_RATE'] ?? 5);
const REPORT_MS = Number(env['DEMO_REPORT_SECONDS'] ?? 15) * 1000;
const POLL_MS = 3_000;
/** Transactions may commit a little out of creation order: re-read this much before the newest seen. */
const POLL_OVERLAP_MS = 5_000;
const MAX_IN_FLIGHT = 256;
const BASE_URL = (env['DEMO_VIGIL_URL'] ?? `http://127.0.0.1:${env['PORT'] ?? 3000}`).replace(/\/$/, '');
const DASHBOARD_URL = env['VIGIL_PUBLIC_URL'] ?? BASE_URL.replace('127.0.0.1', 'localhost');
const OWNER_EMAIL = env['VIGIL_OWNER_EMAIL'] ?? '';
const OWNER_PASSWORD = env['VIGIL_OWNER_PASSWORD'] ?? '';
const SOURCE_NAMES: Record<SourceKind, string> = {
  stripe: 'Demo store · Stripe',
  shopify: 'Demo store · Shopify',
  standard: 'Demo store · Standard Webhooks',
};

const print = (text: string): void => void process.stdout.write(`${text}\n`);

let stopping = false;
const timers: NodeJS.Timeout[] = [];

async function setUp(): Promise<{ client: VigilClient; sources: Record<SourceKind, DemoSource> }> {
  if (!OWNER_EMAIL || !OWNER_PASSWORD)
    throw new DemoError('VIGIL_OWNER_EMAIL and VIGIL_OWNER_PASSWORD must be set');
  if (!(RATE > 0 && RATE <= 5_000))
    throw new DemoError(`DEMO_RATE must be a number of events/s in (0, 5000]`);
  print(`demo: waiting for Vigil at ${BASE_URL}/health/ready…`);
  await VigilClient.waitUntilReady(BASE_URL, 10 * 60_000, () => stopping);
  const client = await VigilClient.login(BASE_URL, OWNER_EMAIL, OWNER_PASSWORD);
  const sources = {} as Record<SourceKind, DemoSource>;
  print('');
  print(`demo: the simulated store posts to these sources (dashboard: ${DASHBOARD_URL}):`);
  for (const kind of ['stripe', 'shopify', 'standard'] as const) {
    const source = await client.ensureSource(SOURCE_NAMES[kind], kind);
    sources[kind] = source;
    print(
      `  ${source.name.padEnd(32)} ${kind.padEnd(9)} ${BASE_URL}/webhooks/${source.id}` +
        `${source.reused ? '   (reused; secret rotated for this run)' : '   (created)'}`,
    );
  }
  const added = await client.ensureListItems('blocked_countries', BLOCKED_COUNTRIES, 'added by npm run demo');
  print(
    `  blocked_countries list: ${BLOCKED_COUNTRIES.join(', ')}${added.length ? ` (the demo added ${added.join(', ')})` : ''}`,
  );
  print(`  owner login: ${OWNER_EMAIL} / ${OWNER_PASSWORD}`);
  print(
    `demo: posting ${RATE} signed events/s (DEMO_RATE); a quality report every ${REPORT_MS / 1000} s; Ctrl-C stops.`,
  );
  return { client, sources };
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  const { client, sources } = await setUp();
  if (stopping) return;

  const seed = Number(env['DEMO_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  const random = new Random(seed);
  const store = new SimulatedStore(random);
  const truth = new GroundTruth();
  const refused: Record<string, number> = {};
  const queue: Step[] = [];
  const started = Date.now();
  let sent = 0;
  let inFlight = 0;
  let newestSeen = started - POLL_OVERLAP_MS;
  let lastPollError = '';

  const enqueue = (step: Step): void => {
    let i = queue.length;
    while (i > 0 && (queue[i - 1] as Step).dueAt > step.dueAt) i -= 1;
    queue.splice(i, 0, step);
  };

  const send = (step: Step): void => {
    const source = sources[step.purchase.source];
    const event = step.followUp
      ? renderFollowUp(random, step.purchase, step.followUp, new Date(step.dueAt))
      : renderPurchase(random, step.purchase);
    const record = step.followUp ? null : truth.record(source.id, step.purchase, step.pattern);
    sent += 1;
    inFlight += 1;
    void deliver(BASE_URL, source, event).then((status) => {
      inFlight -= 1;
      if (status === 202) {
        if (record) record.acknowledged = true;
        return;
      }
      if (stopping) return; // Vigil may be shutting down at the same time
      refused[status] = (refused[status] ?? 0) + 1;
      if (refused[status] === 1)
        print(
          `demo: ${source.name} answered ${status === 0 ? 'nothing (unreachable)' : status} to a webhook`,
        );
    });
  };

  // Exactly RATE events a second: due follow-ups first (bursts, later chargebacks), else a new visit.
  timers.push(
    setInterval(
      () => {
        const now = Date.now();
        const target = Math.floor(((now - started) / 1000) * RATE) + 1;
        while (!stopping && sent < target && inFlight < MAX_IN_FLIGHT) {
          const due = queue[0] && queue[0].dueAt <= now ? queue.shift() : undefined;
          if (due) {
            send(due);
            continue;
          }
          const [first, ...rest] = store.nextVisit(now);
          rest.forEach(enqueue);
          if (first) send(first);
        }
      },
      Math.max(5, Math.min(50, 1000 / RATE)),
    ),
  );

  let polling: Promise<void> | null = null;
  const poll = (): Promise<void> =>
    (polling ??= readVerdicts().finally(() => {
      polling = null;
    }));
  const readVerdicts = async (): Promise<void> => {
    try {
      const from = new Date(Math.max(started - POLL_OVERLAP_MS, newestSeen - POLL_OVERLAP_MS));
      for (const tx of await client.transactionsSince(from)) {
        if (truth.observe(tx)) newestSeen = Math.max(newestSeen, Date.parse(tx.createdAt));
      }
      lastPollError = '';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastPollError && !stopping) print(`demo: reading /api/transactions failed: ${message}`);
      lastPollError = message;
    }
  };
  const report = async (): Promise<void> => {
    const quality = await client.quality().catch(() => null);
    print(
      formatReport(
        { elapsedSeconds: (Date.now() - started) / 1000, sent, refused, pending: truth.pending() },
        truth.stats(),
      ),
    );
    if (quality) print(formatQualityReport(quality));
  };
  timers.push(setInterval(() => void poll(), POLL_MS));
  timers.push(setInterval(() => void report(), REPORT_MS));
  finalReport = async () => {
    // One last look if Vigil still answers (it may be stopping too), then the scorecard.
    await Promise.race([poll(), new Promise((resolve) => setTimeout(resolve, 1_500))]);
    await report();
    print(`demo: stopped (seed ${seed}: DEMO_SEED=${seed} replays the same visits).`);
  };
}

let finalReport: (() => Promise<void>) | null = null;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const timer of timers) clearInterval(timer);
  await finalReport?.();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `demo: ${error instanceof DemoError ? error.message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
});
