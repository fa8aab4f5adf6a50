import { type VigilConfig } from '@vigil/config';
import {
  createTestConfig,
  dropTestResources,
  freePort,
  type RunningProcess,
  spawnApp,
  waitFor,
} from '@vigil/testing';

export interface RunningStack {
  config: VigilConfig;
  baseUrl: string;
  api: RunningProcess;
  worker: RunningProcess;
  stop: () => Promise<void>;
}

/** The production build as `npm start` runs it: api (serving the dashboard) and worker processes. */
export async function startStack(): Promise<RunningStack> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = createTestConfig({ PORT: String(port), VIGIL_PUBLIC_URL: baseUrl });
  const api = spawnApp('api', config);
  const worker = spawnApp('worker', config);
  await waitFor(
    async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.status === 200,
    60_000,
    `the api to be ready (output so far: ${api.output().slice(-500)})`,
  );
  return {
    config,
    baseUrl,
    api,
    worker,
    stop: async () => {
      await Promise.all([api.stop(), worker.stop()]);
      await dropTestResources(config);
    },
  };
}
