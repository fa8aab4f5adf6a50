import { type INestApplication } from '@nestjs/common';
import { type VigilConfig } from '@vigil/config';
import { prepareDatabase } from '@vigil/persistence';
import { prepareQueueBackend } from '@vigil/pipeline';
import { createTestConfig, dropTestResources, freePort } from '@vigil/testing';
import { createApiApp } from '../src/create-api-app.js';

export interface ApiHarness {
  config: VigilConfig;
  app: INestApplication;
  baseUrl: string;
  close: () => Promise<void>;
}

/** Boots the real api in-process on a free port, against its own database (and Redis prefix in Redis mode). */
export async function startApi(overrides: NodeJS.ProcessEnv = {}): Promise<ApiHarness> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = createTestConfig({ PORT: String(port), VIGIL_PUBLIC_URL: baseUrl, ...overrides });
  await prepareDatabase(config);
  await prepareQueueBackend(config);
  const app = await createApiApp(config);
  await app.listen(port, '127.0.0.1');
  return {
    config,
    app,
    baseUrl,
    close: async () => {
      await app.close();
      await dropTestResources(config);
    },
  };
}
