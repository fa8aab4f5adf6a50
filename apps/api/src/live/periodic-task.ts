export interface PeriodicTaskOptions<T> {
  /** From the start of one run to the start of the next (a slow run delays the next, never overlaps it). */
  intervalMs: number;
  run: () => Promise<T>;
  /** Each run's result, unless the task was stopped meanwhile. */
  onResult: (result: T) => void;
  onError: (error: unknown) => void;
}

/**
 * Runs `run` about every `intervalMs` between `start` and `stop`, one run at a time, and keeps the latest
 * result. Stopping clears the timer (nothing is left holding the process) and discards a run in flight.
 */
export class PeriodicTask<T> {
  #timer: NodeJS.Timeout | undefined;
  /** Bumped by start and stop: a run belongs to the generation it started in. */
  #generation = 0;
  #running = false;
  #latest: T | undefined;

  constructor(private readonly options: PeriodicTaskOptions<T>) {}

  get running(): boolean {
    return this.#running;
  }

  /** The latest result of the current run of the task, if any yet. */
  get latest(): T | undefined {
    return this.#latest;
  }

  /** Runs now, then every interval. No-op while running. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    void this.#tick(++this.#generation);
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    this.#generation += 1;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#latest = undefined;
  }

  async #tick(generation: number): Promise<void> {
    const startedAt = Date.now();
    try {
      const result = await this.options.run();
      if (generation !== this.#generation) return;
      this.#latest = result;
      this.options.onResult(result);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.options.onError(error);
    }
    if (generation !== this.#generation) return;
    const delay = Math.max(0, this.options.intervalMs - (Date.now() - startedAt));
    this.#timer = setTimeout(() => void this.#tick(generation), delay);
    this.#timer.unref();
  }
}
