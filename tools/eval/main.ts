import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel, type ModelRun } from './evaluate.js';
import { meetsGoals } from './metrics.js';
import { MODELS } from './models/index.js';
import { formatExplanations, formatModelRun } from './report.js';

const USAGE = `npm run eval -- [--models a,b] [--seeds 1,2,3] [--orders N] [--json file] [--explain N]
  --models   traffic models to run (default: all: ${MODELS.map((m) => m.name).join(', ')})
  --seeds    seeds per model (default: 1,2,3)
  --orders   purchases per stream (default: each model's own)
  --json     where to write the result (default: eval-results/eval-<time>.json)
  --explain  list the N most common reasons for held good orders and missed fraud (tuning model only!)
  --outcomes write every purchase's truth and decision-time verdict (signals, attributes) as JSON lines
             to this file, for offline analysis (tuning models only!)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const names = option(args, 'models')?.split(',') ?? MODELS.map((m) => m.name);
  const models = names.map((name) => MODELS.find((m) => m.name === name) ?? fail(`unknown model ${name}`));
  const seeds = (option(args, 'seeds') ?? '1,2,3').split(',').map(Number);
  if (seeds.some((s) => !Number.isInteger(s))) fail('--seeds takes integers, e.g. 1,2,3');
  const ordersArg = option(args, 'orders');
  const orders = ordersArg === undefined ? undefined : Number(ordersArg);
  if (orders !== undefined && !(Number.isInteger(orders) && orders > 0))
    fail('--orders takes a positive integer');
  const explain = option(args, 'explain');
  const outcomes = option(args, 'outcomes');
  if (outcomes !== undefined) writeFileSync(outcomes, '');

  const started = performance.now();
  const runs: ModelRun[] = [];
  for (const model of models) {
    const run = await evaluateModel(model, seeds, orders === undefined ? {} : { orders });
    runs.push(run);
    process.stdout.write(`${formatModelRun(run)}\n`);
    process.stdout.write(`  meets the goal: ${meetsGoals(run.pooled) ? 'yes' : 'no'}\n\n`);
    if (explain !== undefined) process.stdout.write(`${formatExplanations(run, Number(explain) || 15)}\n\n`);
    if (outcomes !== undefined) {
      const lines = run.seeds.flatMap((seed) =>
        seed.outcomes.map((o) => JSON.stringify({ model: run.model, seed: seed.seed, ...o })),
      );
      appendFileSync(outcomes, lines.length ? `${lines.join('\n')}\n` : '');
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const file =
    option(args, 'json') ??
    join('eval-results', `eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(file, '..'), { recursive: true });
  const json = {
    at: new Date().toISOString(),
    seconds,
    seeds,
    orders: orders ?? null,
    models: runs.map(({ seeds: perSeed, ...run }) => ({
      ...run,
      meetsGoal: meetsGoals(run.pooled),
      seeds: perSeed.map(({ outcomes: _outcomes, ...seed }) => seed),
    })),
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(
    `eval: ${runs.length} model(s) × ${seeds.length} seed(s) in ${seconds.toFixed(1)} s; wrote ${file}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
