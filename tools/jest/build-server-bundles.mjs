// Global setup of the integration projects. Integration tests start apps as their own processes from
// bundles; each test run builds its own copy (so parallel runs never see a half-written dist/) and points
// `spawnApp` at it through VIGIL_TEST_BUNDLES. The teardown removes it.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { rootDir } from './projects.mjs';

const vite = `${rootDir}/node_modules/vite/bin/vite.js`;

function buildApp(app, outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', `apps/${app}/vite.config.ts`, '--outDir', outDir, '--logLevel', 'error'],
      { cwd: rootDir, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building the ${app} bundle failed (exit ${code})`)),
    );
  });
}

export async function buildServerBundles() {
  const dir = `${rootDir}tmp/test-bundles/run-${process.pid}-${Date.now()}`;
  await Promise.all(['api', 'worker'].map((app) => buildApp(app, `${dir}/${app}`)));
  process.env.VIGIL_TEST_BUNDLES = dir;
}

export async function removeServerBundles() {
  const dir = process.env.VIGIL_TEST_BUNDLES;
  if (dir?.includes('/tmp/test-bundles/')) await rm(dir, { recursive: true, force: true });
}
