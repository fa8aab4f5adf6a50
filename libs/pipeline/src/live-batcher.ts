import {
  type LiveEventItem,
  type LiveBroadcastEventMap,
  type LiveBroadcastEventName,
} from '@vigil/contracts';
import { type LivePublisher } from './live-publisher.js';

const FLUSH_MS = 25;
const MAX_BATCH = 250;

type Pending = { [E in LiveBroadcastEventName]?: LiveBroadcastEventMap[E] };

/**
 * The one way api and worker publish live events: they are coalesced for a few milliseconds and published as
 * one array per event name, so a burst of thousands of events costs a handful of publishes and browser
 * messages. Owns the publisher: closing flushes what is pending, then closes it.
 */
export class LiveBatcher {
  private pending: Pending = {};
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly publisher: LivePublisher) {}

  push<E extends LiveBroadcastEventName>(event: E, ...items: Array<LiveEventItem<E>>): void {
    if (items.length === 0) return;
    const list: Array<LiveEventItem<E>> = this.pending[event] ?? [];
    list.push(...items);
    this.pending[event] = list as Pending[E];
    if (list.length >= MAX_BATCH) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Publishes what is pending now, e.g. once a committed batch is complete. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.pending;
    this.pending = {};
    for (const event of Object.keys(pending) as LiveBroadcastEventName[]) {
      const list = pending[event];
      if (list) this.publisher.publish(event, list);
    }
  }

  async close(): Promise<void> {
    this.flush();
    await this.publisher.close();
  }
}
