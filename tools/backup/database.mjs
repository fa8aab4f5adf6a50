// Which PostgreSQL `npm run backup` / `npm run restore` work on: DATABASE_URL's server, or (unset) the embedded
// PostgreSQL in VIGIL_DATA_DIR, exactly as the api and worker decide.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError } from './pg-tools.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The embedded PostgreSQL's code (tools/backup/embedded.ts), bundled on demand like the demo's store. */
export async function loadEmbedded() {
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'tools/backup/vite.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new UsageError('building the embedded PostgreSQL helper failed (see above)');
  return import(pathToFileURL(`${root}/dist/tools/backup/embedded.js`).href);
}

/** Startup errors of the embedded PostgreSQL (one clear line) are usage errors here: no stack trace. */
export async function asUsageError(work) {
  try {
    return await work();
  } catch (error) {
    if (error?.name === 'StartupError' || error?.name === 'ConfigError') throw new UsageError(error.message);
    throw error;
  }
}

export function logTo(label) {
  return (line) => process.stdout.write(`${label}: ${line}\n`);
}
