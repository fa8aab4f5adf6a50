import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { redisChannelPrefix } from '@vigil/pipeline';
import { REDIS } from '../common/redis.module.js';

/*
 * The worker side (apps/worker/src/risk/risk-channels.ts) uses the same names: the revision key (relative to
 * the api client's key prefix, `${redisPrefix}:`) and the `${channel prefix}:{lists|rules}-changed` channels.
 */
const REVISION_KEY = 'risk:revision';

/**
 * Tells every worker that rules, lists or thresholds changed: the revision counter makes the next event any
 * worker scores reload first (so a change applies to everything processed after the api answered), and the
 * pub/sub message reloads idle workers ahead of time.
 */
@Injectable()
export class RiskChangeNotifier {
  private readonly logger = new Logger(RiskChangeNotifier.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  /** Never fails the change itself: the database holds it, and workers also reload every 60 s. */
  async changed(what: 'lists' | 'rules'): Promise<void> {
    try {
      await this.redis.incr(REVISION_KEY);
      await this.redis.publish(`${redisChannelPrefix(this.config)}:${what}-changed`, String(Date.now()));
    } catch (error) {
      this.logger.warn(
        `could not announce a ${what} change: ${String(error)}; workers pick it up within 60 s`,
      );
    }
  }
}
