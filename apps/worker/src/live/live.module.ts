import { Module } from '@nestjs/common';
import { LiveBatcher } from './live-batcher.js';

/** Live events of the worker, batched; the publisher (Redis or PostgreSQL) comes from SharedStoresModule. */
@Module({
  providers: [LiveBatcher],
  exports: [LiveBatcher],
})
export class LiveModule {}
