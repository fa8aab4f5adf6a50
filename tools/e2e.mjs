#!/usr/bin/env node
// `npm run test:e2e`: builds the stack (cached by Nx), then drives the real dashboard in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...process.env };
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `vigil e2e: Chromium not found at ${chromium}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
const run = (args) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

const nx = fileURLToPath(new URL('../node_modules/nx/dist/bin/nx.js', import.meta.url));
if (run([nx, 'run-many', '-t', 'build', '--projects=api,worker,dashboard', '--outputStyle=static']) !== 0)
  process.exit(1);

mkdirSync(`${root}/tmp/ci`, { recursive: true });
process.exit(
  run([
    'tools/jest.mjs',
    '--config',
    'tools/jest/e2e.config.mjs',
    '--json',
    '--outputFile=tmp/ci/e2e.json',
    ...process.argv.slice(2),
  ]),
);
