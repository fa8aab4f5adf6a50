import { Inject, Injectable, Logger } from '@nestjs/common';
import { type RiskChange, SHARED_STORES, type SharedStores } from '@vigil/pipeline';

/**
 * Tells every worker that rules, lists or thresholds changed (the worker side: apps/worker risk-settings
 * cache), through the shared store's revision counter and change notification.
 */
@Injectable()
export class RiskChangeNotifier {
  private readonly logger = new Logger(RiskChangeNotifier.name);

  constructor(@Inject(SHARED_STORES) private readonly stores: SharedStores) {}

  /** Never fails the change itself: the database holds it, and workers also reload every 60 s. */
  async changed(what: RiskChange): Promise<void> {
    try {
      await this.stores.riskChanges.announce(what);
    } catch (error) {
      this.logger.warn(
        `could not announce a ${what} change: ${String(error)}; workers pick it up within 60 s`,
      );
    }
  }
}
