import { dashboard, integration, unit } from './tools/jest/projects.mjs';

/**
 * `npm test`: unit, dashboard and integration tests (real PostgreSQL; real Redis when REDIS_URL is set).
 * Browser, fault and screenshot runs have their own configs under tools/jest/ (docs/development.md).
 */
export default {
  projects: [unit, dashboard, integration],
  // Integration files each boot apps and a database: two at a time fits the two-core machine.
  maxWorkers: 2,
  // A worker that has run many files holds a heap of several hundred MB (Jest's ESM mode keeps each file's
  // modules); Node needs well over Jest's default 0.5 s to tear that down on a busy machine, even with nothing
  // left open, and Jest then kills it with "A worker process has failed to exit gracefully". A worker kept
  // alive by a real leak (a timer, a socket) still never exits and still gets that warning, 10 s later.
  workerGracefulExitTimeout: 10_000,
  // The same kept modules add up across files: the traffic-model specs and the eval replays each leave hundreds of
  // MB behind, and a worker that ran enough of them hit Node's heap limit (CI, 3.4 GB). A worker holding more than
  // this after a file is replaced by a fresh one before the next.
  workerIdleMemoryLimit: '1GB',
};
