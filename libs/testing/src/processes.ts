import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { APP_NODE_FLAGS, type VigilConfig } from '@vigil/config';
import { configToEnv } from './test-config.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has exited on its own or been stopped. */
  exited: Promise<number | null>;
  /** Sends a signal and resolves with the exit code once the process has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts a built app as its own process, the way `npm run start:api|start:worker` does: the bundle the
 * integration suite's global setup built (VIGIL_TEST_BUNDLES), else `dist/apps/<app>/main.js`, with the
 * same node flags (libs/config/src/app-node-flags.mjs); `nodeArgs` come after them.
 */
export function spawnApp(
  app: 'api' | 'worker',
  config: VigilConfig,
  extraEnv: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
): RunningProcess {
  const bundles = process.env['VIGIL_TEST_BUNDLES'] ?? `${ROOT}/dist/apps`;
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', ...APP_NODE_FLAGS, ...nodeArgs, `${bundles}/${app}/main.js`],
    {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], ...configToEnv(config), ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The line the worker prints once it takes jobs (apps/worker/src/main.ts). */
export const WORKER_READY_LINE = 'Vigil worker is processing webhooks';

/**
 * Waits until a spawned worker takes jobs, so a test's own wait for a result measures processing, not a
 * worker booting on a machine busy with other test files. Fails early with its output if it exits.
 */
export async function waitForWorkerReady(worker: RunningProcess, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!worker.output().includes(WORKER_READY_LINE)) {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null)
      throw new Error(`the worker exited before it was ready:\n${worker.output()}`);
    if (Date.now() > deadline)
      throw new Error(`the worker was not ready within ${timeoutMs} ms:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
