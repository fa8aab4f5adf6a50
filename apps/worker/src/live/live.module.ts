import { Module } from '@nestjs/common';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { LIVE_PUBLISHER, RedisLivePublisher } from '@vigil/pipeline';
import { LiveBatcher } from './live-batcher.js';

@Module({
  providers: [
    {
      provide: LIVE_PUBLISHER,
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig) => new RedisLivePublisher(config),
    },
    LiveBatcher,
  ],
  exports: [LiveBatcher],
})
export class LiveModule {}
