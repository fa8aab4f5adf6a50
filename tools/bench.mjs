#!/usr/bin/env node
// `npm run bench`: builds api, worker and the bench itself, then runs the pipeline benchmark
// (docs/performance.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--mode=redis|postgres` picks the store (BENCH_MODE); by default the environment decides (REDIS_URL).
const mode = process.argv.find((arg) => arg.startsWith('--mode='))?.slice('--mode='.length);
const env = {
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  ...process.env,
  ...(mode ? { BENCH_MODE: mode } : {}),
};
const run = (args) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
const nx = fileURLToPath(new URL('../node_modules/nx/dist/bin/nx.js', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
// `--velocity`: only the no-Redis velocity store's cost per event (tools/bench/velocity.ts; its options follow).
if (process.argv.includes('--velocity')) {
  if (run([vite, 'build', '--config', 'tools/bench/velocity.vite.config.ts']) !== 0) process.exit(1);
  const options = process.argv.slice(2).filter((arg) => arg !== '--velocity' && !arg.startsWith('--mode='));
  process.exit(run(['--enable-source-maps', 'dist/tools/bench-velocity/main.js', ...options]));
}
if (run([nx, 'run-many', '-t', 'build', '--projects=api,worker,dashboard', '--outputStyle=static']) !== 0)
  process.exit(1);
if (run([vite, 'build', '--config', 'tools/bench/vite.config.ts']) !== 0) process.exit(1);
process.exit(run(['--enable-source-maps', 'dist/tools/bench/main.js']));
