export interface MicroBatcherOptions {
  /** Most items in one batch. */
  maxBatch: number;
  /** Batches running at once; while all run, new items wait and form the next (bigger) batch. */
  maxRunning: number;
  /**
   * How long a batch waits for company when a runner is free (keeps latency low at low rates); 0 waits
   * only for the current turn of the event loop (everything that arrived with the same I/O goes together).
   */
  lingerMs: number;
}

/** Handles one batch: one result (or an Error) per item, in the items' order. */
export type BatchHandler<T, R> = (items: T[]) => Promise<Array<R | Error>>;

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/**
 * Adaptive micro-batching: at low rates an item waits at most `lingerMs`; under load, items pile up while
 * the running batches finish and go out together, so the cost per item falls as the rate rises.
 */
export class MicroBatcher<T, R> {
  private queue: Array<Pending<T, R>> = [];
  private running = 0;
  private runningItems = 0;
  private timer: { cancel: () => void } | null = null;
  private idle: Array<() => void> = [];

  constructor(
    private readonly handler: BatchHandler<T, R>,
    private readonly options: MicroBatcherOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting or in a running batch. */
  get size(): number {
    return this.queue.length + this.runningItems;
  }

  /** Sends what is waiting now and resolves once every batch has finished. */
  async drain(): Promise<void> {
    this.flush();
    if (this.running === 0 && this.queue.length === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private schedule(): void {
    if (this.running >= this.options.maxRunning) return;
    if (this.queue.length >= this.options.maxBatch) this.flush();
    else this.timer ??= this.later(() => this.flush());
  }

  private later(run: () => void): { cancel: () => void } {
    if (this.options.lingerMs > 0) {
      const timeout = setTimeout(run, this.options.lingerMs);
      return { cancel: () => clearTimeout(timeout) };
    }
    const immediate = setImmediate(run);
    return { cancel: () => clearImmediate(immediate) };
  }

  private flush(): void {
    this.timer?.cancel();
    this.timer = null;
    while (this.queue.length > 0 && this.running < this.options.maxRunning) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.running += 1;
      this.runningItems += batch.length;
      void this.run(batch);
    }
  }

  private async run(batch: Array<Pending<T, R>>): Promise<void> {
    try {
      const results = await this.handler(batch.map((p) => p.item));
      batch.forEach((pending, i) => {
        const result = results[i];
        if (result instanceof Error) pending.reject(result);
        else if (result === undefined) pending.reject(new Error('batch handler returned no result'));
        else pending.resolve(result);
      });
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const pending of batch) pending.reject(failure);
    } finally {
      this.running -= 1;
      this.runningItems -= batch.length;
      // What piled up while this batch ran goes at once: the wait was already its linger.
      if (this.queue.length > 0) this.flush();
      else if (this.running === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
  }
}
