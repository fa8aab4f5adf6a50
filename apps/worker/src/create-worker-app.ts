import 'reflect-metadata';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { type VigilConfig } from '@vigil/config';
import { useQueueBackend } from '@vigil/pipeline';
import { WorkerModule } from './worker.module.js';

/** The worker is a Nest application context: BullMQ consumers and no HTTP server. */
export async function createWorkerApp(config: VigilConfig): Promise<INestApplicationContext> {
  useQueueBackend(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  return app;
}
