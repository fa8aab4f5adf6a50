import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type VigilConfig, VigilConfigModule } from '@vigil/config';
import { PersistenceModule } from '@vigil/persistence';
import { SharedStoresModule } from '@vigil/pipeline';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { redactRequestForLog } from './common/request-log.js';
import { DeadLettersModule } from './dead-letters/dead-letters.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { DetectionModule } from './detection/detection.module.js';
import { HealthModule } from './health/health.module.js';
import { IngestModule } from './ingest/ingest.module.js';
import { LabelsModule } from './labels/labels.module.js';
import { ListsModule } from './lists/lists.module.js';
import { LiveModule } from './live/live.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { OpenApiModule } from './openapi/openapi.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { QualityModule } from './quality/quality.module.js';
import { RulesModule } from './rules/rules.module.js';
import { SourcesModule } from './sources/sources.module.js';
import { StatsModule } from './stats/stats.module.js';
import { TransactionsModule } from './transactions/transactions.module.js';
import { UsersModule } from './users/users.module.js';

/** Request paths not worth a log line each (they arrive thousands of times a second, or every few seconds). */
const QUIET_PATHS = /^\/(webhooks\/|health)/;

@Module({})
export class AppModule {
  static forRoot(config: VigilConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        VigilConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url ?? '') },
            // Query values that can name a person (e-mail, IP, order id, free text) are not logged.
            serializers: { req: redactRequestForLog },
            // Credentials and signatures never reach the logs.
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'req.headers["x-csrf-token"]',
                'req.headers["stripe-signature"]',
                'req.headers["webhook-signature"]',
                'req.headers["x-shopify-hmac-sha256"]',
                'res.headers["set-cookie"]',
              ],
              censor: '[redacted]',
            },
          },
        }),
        PersistenceModule.forRoot({ poolSize: 10 }),
        SharedStoresModule,
        AuditModule,
        AuthModule,
        // After AuthModule: its guard must have identified the caller before the rate limit counts them.
        RateLimitModule,
        UsersModule,
        PrivacyModule,
        SourcesModule,
        IngestModule,
        TransactionsModule,
        DecisionsModule,
        LabelsModule,
        StatsModule,
        QualityModule,
        RulesModule,
        DetectionModule,
        ListsModule,
        LiveModule,
        HealthModule,
        DeadLettersModule,
        MetricsModule,
        OpenApiModule,
      ],
    };
  }
}
