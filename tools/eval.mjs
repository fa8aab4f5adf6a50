#!/usr/bin/env node
// `npm run eval`: replays labelled traffic models through Vigil's risk pipeline in process and reports how
// much fraud the default rules stop (docs/detection.md). Arguments pass through: npm run eval -- --help
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const build = spawnSync(process.execPath, [vite, 'build', '--config', 'tools/eval/vite.config.ts'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (build.status !== 0) {
  process.stderr.write('eval: building the harness failed (see above)\n');
  process.exit(build.status ?? 1);
}
const run = spawnSync(
  process.execPath,
  ['--enable-source-maps', 'dist/tools/eval/main.js', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
