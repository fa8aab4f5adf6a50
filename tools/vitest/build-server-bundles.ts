import { build } from 'vite';
import { fileURLToPath } from 'node:url';

/** Integration tests start the worker as its own process from its bundle: build api and worker once per run. */
export default async function setup(): Promise<void> {
  for (const app of ['api', 'worker']) {
    await build({
      configFile: fileURLToPath(new URL(`../../apps/${app}/vite.config.ts`, import.meta.url)),
      logLevel: 'error',
    });
  }
}
