import { type DynamicModule, type InjectionToken, type Type } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { type VigilConfig, VigilConfigModule } from '@vigil/config';
import { PersistenceModule, prepareDatabase } from '@vigil/persistence';
import { createTestConfig, dropTestResources } from '@vigil/testing';
import { prepareQueueBackend, SharedStoresModule, useQueueBackend } from '@vigil/pipeline';
import { configureHttp } from '../src/create-api-app.js';

/**
 * "Medium" tests: one feature module of the api, booted with Nest's testing module against the file's own
 * database (and Redis prefix), served in-process on an ephemeral port. No spawned worker, no other features:
 * quicker than the black-box suites (`api-harness.ts`, `ingest-helpers.ts`), and any provider can be
 * replaced to reach paths a black-box test cannot (a queue that refuses, a clock, a failing dependency).
 */
export interface NestModuleOptions {
  /** The feature modules under test; config, persistence and the shared stores (the api's base) are always there. */
  imports: Array<Type | DynamicModule>;
  /** Environment for `createTestConfig`, e.g. `{ VIGIL_TRUST_PROXY: 'loopback' }`. */
  env?: NodeJS.ProcessEnv;
  /** Replaces providers before the module compiles (`builder.overrideProvider(TOKEN).useFactory(…)`). */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

export interface NestModuleHarness {
  config: VigilConfig;
  app: NestExpressApplication;
  /** `http://127.0.0.1:<port>` of the app's own HTTP server. */
  baseUrl: string;
  /** A provider of the running module (services, repositories, an overridden fake). */
  get<T>(token: InjectionToken): T;
  close(): Promise<void>;
}

export async function startNestModule(options: NestModuleOptions): Promise<NestModuleHarness> {
  const config = createTestConfig(options.env);
  await prepareDatabase(config);
  await prepareQueueBackend(config);
  useQueueBackend(config);
  try {
    const builder = Test.createTestingModule({
      imports: [
        VigilConfigModule.forRoot(config),
        PersistenceModule.forRoot({ poolSize: 2 }),
        SharedStoresModule,
        ...options.imports,
      ],
    });
    const moduleRef = await (options.override ? options.override(builder) : builder).compile();
    // As createApiApp: webhooks read their raw body, so no global body parser; the same HTTP setup after.
    const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureHttp(app, config);
    await app.init();
    const server = app.getHttpServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return {
      config,
      app,
      baseUrl: `http://127.0.0.1:${port}`,
      get: <T>(token: InjectionToken) => app.get<unknown, T>(token),
      close: async () => {
        await app.close();
        await dropTestResources(config);
      },
    };
  } catch (error) {
    await dropTestResources(config);
    throw error;
  }
}
