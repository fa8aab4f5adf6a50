import 'reflect-metadata';
import { StandardSchemaValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { fileURLToPath } from 'node:url';
import { type VigilConfig } from '@vigil/config';
import { useQueueBackend } from '@vigil/pipeline';
import { AppModule } from './app.module.js';
import { ApiErrorFilter } from './common/api-error.filter.js';
import { dashboardCsp } from './common/csp.js';
import { serveDashboard } from './common/dashboard-static.js';
import { expressErrorHandler } from './common/express-error-handler.js';
import { rejectNulBytes } from './common/reject-nul-bytes.js';
import { MetricsRegistry } from './metrics/metrics-registry.js';
import { ApiDocument } from './openapi/api-document.service.js';
import { SWAGGER_UI_ASSETS, swaggerUiAssets } from './openapi/swagger-ui.js';
import { PostgresIoAdapter } from './live/postgres-io.adapter.js';
import { RedisIoAdapter } from './live/redis-io.adapter.js';

/** Next to the api bundle in dist/ (dist/apps/api/main.js → dist/apps/dashboard). */
const BUNDLED_DASHBOARD = fileURLToPath(new URL('../dashboard', import.meta.url));

/** Builds the api (HTTP + socket.io) without listening; main.ts and the integration tests share it. */
export async function createApiApp(config: VigilConfig): Promise<NestExpressApplication> {
  useQueueBackend(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  app.useWebSocketAdapter(
    config.mode === 'redis' ? new RedisIoAdapter(app, config) : new PostgresIoAdapter(app, config),
  );
  const server = app.getHttpAdapter().getInstance() as express.Express;
  // Before any route, so every answer is timed (vigil_http_* in /metrics); not a Nest route of its own.
  server.use(app.get(MetricsRegistry).http.observe);
  app.get(ApiDocument).attach(app);
  server.use(SWAGGER_UI_ASSETS, swaggerUiAssets());
  serveDashboard(server, config.dashboardDir ?? BUNDLED_DASHBOARD);
  return app;
}

/**
 * What every HTTP request meets before and after the routes: proxy trust, security headers, body parsing
 * (none for webhooks), the JSON error shape. Apps built with `bodyParser: false`; the medium tests
 * (apps/api/test/nest-module-harness.ts) apply it to a testing module so they see the same HTTP behaviour.
 */
export function configureHttp(app: NestExpressApplication, config: VigilConfig): void {
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({ contentSecurityPolicy: { useDefaults: false, directives: dashboardCsp(config.publicUrl) } }),
  );
  app.use(cookieParser());
  // Webhooks are read raw by their controller (signatures cover the exact bytes); only /api parses JSON.
  app.use('/api', express.json({ limit: '256kb' }));
  app.use('/api', rejectNulBytes);
  // After both: the parser's and the guard's errors get the JSON error shape, like every route's.
  app.use(expressErrorHandler);
  app.useGlobalFilters(new ApiErrorFilter());
  app.useGlobalPipes(new StandardSchemaValidationPipe());
}
