// Which PostgreSQL a test run uses (docs/development.md "Tests"): TEST_PG_ADMIN_URL, else DATABASE_URL's
// server, else a throwaway embedded PostgreSQL started here for the whole run, so `npm test` needs no
// server at all. Its admin URL goes to TEST_PG_ADMIN_URL, which test files (run by Jest's workers, started
// after this) build their databases from.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rootDir } from './projects.mjs';

const vite = `${rootDir}node_modules/vite/bin/vite.js`;
let running = null;

function buildHelper(outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', 'tools/jest/vite.test-postgres.config.ts', '--outDir', outDir],
      { cwd: rootDir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building the test PostgreSQL helper failed (exit ${code})`)),
    );
  });
}

export async function startTestPostgresIfNeeded() {
  if (process.env.TEST_PG_ADMIN_URL || process.env.DATABASE_URL) return;
  const outDir = `${rootDir}tmp/test-postgres/run-${process.pid}-${Date.now()}`;
  await buildHelper(outDir);
  const file = readdirSync(outDir).find((name) => name.endsWith('.js'));
  const { startThrowawayPostgres } = await import(pathToFileURL(`${outDir}/${file}`).href);
  running = await startThrowawayPostgres();
  process.env.TEST_PG_ADMIN_URL = running.adminUrl;
  process.stdout.write(`\nTests use a throwaway embedded PostgreSQL (no DATABASE_URL): ${running.dataDir}\n`);
}

export async function stopTestPostgres() {
  await running?.stop();
  running = null;
}
