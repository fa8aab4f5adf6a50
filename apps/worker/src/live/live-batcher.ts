import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { LiveEvent, type TransactionJson } from '@vigil/contracts';
import { LIVE_PUBLISHER, type LivePublisher } from '@vigil/pipeline';

const FLUSH_MS = 25;
const MAX_BATCH = 250;

type TransactionEvent = typeof LiveEvent.TransactionCreated | typeof LiveEvent.TransactionUpdated;

/**
 * Coalesces live events for a few milliseconds and publishes them as one array per event name, so a burst
 * of thousands of events costs a handful of Redis publishes and browser messages (spec §2 allows batches).
 * A single event in a window is published as an object.
 */
@Injectable()
export class LiveBatcher implements OnApplicationShutdown {
  private readonly pending = new Map<TransactionEvent, TransactionJson[]>();
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(LIVE_PUBLISHER) private readonly publisher: LivePublisher) {}

  push(event: TransactionEvent, transaction: TransactionJson): void {
    const list = this.pending.get(event) ?? [];
    list.push(transaction);
    this.pending.set(event, list);
    if (list.length >= MAX_BATCH) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [event, list] of this.pending) {
      this.publisher.publish(event, list.length === 1 ? list[0] : list);
    }
    this.pending.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    this.flush();
    await this.publisher.close();
  }
}
