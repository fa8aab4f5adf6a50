#!/usr/bin/env node
// `npm run demo`: Vigil exactly as `npm start` runs it (tools/start.mjs), plus a simulated store
// (tools/demo, bundled like tools/bench) posting signed Stripe, Shopify and Standard Webhooks traffic.
//   DEMO_RATE=20 npm run demo          events per second (default 5)
//   DEMO_SEED=42 npm run demo          replay the same store
//   npm run demo -- --no-start         only the store, against a Vigil already running (DEMO_VIGIL_URL)
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const startVigil = !process.argv.includes('--no-start');
const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...process.env };

// The store signs in as the owner, so the demo chooses the first owner's login when the user did not.
if (!env.VIGIL_OWNER_EMAIL && !env.VIGIL_OWNER_PASSWORD) {
  env.VIGIL_OWNER_EMAIL = 'owner@vigil.local';
  env.VIGIL_OWNER_PASSWORD = 'vigil-demo-owner';
  process.stdout.write(
    `demo: owner login ${env.VIGIL_OWNER_EMAIL} / ${env.VIGIL_OWNER_PASSWORD} (set VIGIL_OWNER_EMAIL and ` +
      'VIGIL_OWNER_PASSWORD to use your own; they only take effect when the database has no user yet)\n',
  );
}
// Per-request logs would bury the store's reports; LOG_LEVEL=info npm run demo brings them back.
env.LOG_LEVEL ??= 'warn';

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const build = spawnSync(process.execPath, [vite, 'build', '--config', 'tools/demo/vite.config.ts'], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (build.status !== 0) {
  process.stderr.write('demo: building the simulated store failed (see above)\n');
  process.exit(build.status ?? 1);
}

const children = new Map();
const launch = (name, args) => {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  children.set(name, child);
  return child;
};
if (startVigil) launch('vigil', ['tools/start.mjs']);
launch('store', ['--enable-source-maps', 'dist/tools/demo/main.js']);

let exitCode = 0;
let stopping = false;
const stopAll = (signal) => {
  if (stopping) return;
  stopping = true;
  for (const child of children.values())
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  // start.mjs drains api and worker within 15 s (docs/api.md#reliability); never hang longer than that.
  setTimeout(() => {
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL');
  }, 20_000).unref();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

let running = children.size;
for (const [name, child] of children) {
  child.on('exit', (code, signal) => {
    running -= 1;
    if (!stopping) {
      // Vigil failed to start or crashed, or the store gave up (e.g. could not sign in): stop the rest.
      exitCode = code || (signal ? 1 : 0);
      if (name === 'vigil' || exitCode !== 0) stopAll('SIGTERM');
    }
    if (running === 0) process.exit(exitCode);
  });
}
