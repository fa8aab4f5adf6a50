import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type VigilConfig } from '@vigil/config';
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
 * integration suite's global setup built (VIGIL_TEST_BUNDLES), else `dist/apps/<app>/main.js`.
 */
export function spawnApp(
  app: 'api' | 'worker',
  config: VigilConfig,
  extraEnv: NodeJS.ProcessEnv = {},
  nodeArgs: string[] = [],
): RunningProcess {
  const bundles = process.env['VIGIL_TEST_BUNDLES'] ?? `${ROOT}/dist/apps`;
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, `${bundles}/${app}/main.js`], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], ...configToEnv(config), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
