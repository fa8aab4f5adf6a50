import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serverBundleConfig } from '../vite/server-bundle.js';

/**
 * Integration tests start apps as their own processes from bundles. Each test run builds its own copy
 * (so parallel runs never see a half-written dist/) and points `spawnApp` at it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = fileURLToPath(
    new URL(`../../tmp/test-bundles/run-${process.pid}-${Date.now()}`, import.meta.url),
  );
  for (const app of ['api', 'worker'] as const) {
    await build({ ...serverBundleConfig(app, `${dir}/${app}`), configFile: false, logLevel: 'error' });
  }
  process.env['VIGIL_TEST_BUNDLES'] = dir;
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
