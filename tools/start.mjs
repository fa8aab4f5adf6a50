#!/usr/bin/env node
// `npm start` (api + worker), `npm run start:api`, `npm run start:worker`.
// Builds what is missing or stale (Nx caches builds), then runs the bundles as child processes and
// forwards signals so Ctrl-C / SIGTERM drain both.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { APP_NODE_FLAGS } from '../libs/config/src/app-node-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const which = process.argv[2];
const apps = which === 'api' ? ['api'] : which === 'worker' ? ['worker'] : ['api', 'worker'];
const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...process.env };

if (process.env.VIGIL_SKIP_BUILD !== '1') {
  const projects = apps.includes('api') ? [...apps, 'dashboard'] : apps;
  process.stdout.write(`Building ${projects.join(', ')} (cached when unchanged)…\n`);
  const build = spawnSync(
    process.execPath,
    [
      fileURLToPath(new URL('../node_modules/nx/dist/bin/nx.js', import.meta.url)),
      'run-many',
      '-t',
      'build',
      `--projects=${projects.join(',')}`,
      '--outputStyle=static',
    ],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (build.status !== 0) {
    process.stderr.write('vigil: the build failed (see above)\n');
    process.exit(build.status ?? 1);
  }
}

const children = apps.map((app) =>
  spawn(process.execPath, ['--enable-source-maps', ...APP_NODE_FLAGS, `dist/apps/${app}/main.js`], {
    cwd: root,
    env: process.env,
    stdio: 'inherit',
  }),
);

let exitCode = 0;
let stopping = false;
const stopAll = (signal) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

let running = children.length;
for (const child of children) {
  child.on('exit', (code, signal) => {
    running -= 1;
    if (!stopping) {
      // One process died on its own: stop the other too, so a supervisor sees the failure.
      exitCode = code ?? (signal ? 1 : 0);
      stopAll('SIGTERM');
    }
    if (running === 0) process.exit(exitCode);
  });
}
