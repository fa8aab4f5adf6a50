#!/usr/bin/env node
// `npm run test:faults`: the fault tests of docs/api.md#reliability (worker SIGKILL, Redis restart with AOF,
// PostgreSQL connections cut, SIGTERM drain, dead letters) and the two-api/two-worker scale-out test, under
// load. One file at a time: each one loads the machine on its own. Needs PostgreSQL and redis-server, like
// `npm test`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(
  process.execPath,
  ['tools/jest.mjs', '--config', 'tools/jest/faults.config.mjs', ...process.argv.slice(2)],
  { cwd: root, env: process.env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
