import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { SHARED_STORES, type SharedStores } from '@vigil/pipeline';
import { ApiThrottlerGuard } from './api-throttler.guard.js';
import { SharedThrottlerStorage } from './shared-throttler-storage.js';

const MINUTE_MS = 60_000;

/** The global /api rate limit (VIGIL_API_RATE_LIMIT a minute), counted in the shared stores. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [VIGIL_CONFIG, SHARED_STORES],
      useFactory: (config: VigilConfig, stores: SharedStores) => ({
        throttlers: [{ name: 'minute', ttl: MINUTE_MS, limit: config.apiRateLimitPerMinute }],
        storage: new SharedThrottlerStorage(stores.rateCounters),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ApiThrottlerGuard }],
})
export class RateLimitModule {}
