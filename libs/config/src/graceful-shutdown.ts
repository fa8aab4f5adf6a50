/** What a process must do to stop cleanly; Nest's INestApplicationContext#close fits. */
export interface Closable {
  close(): Promise<void>;
}

export const SHUTDOWN_DEADLINE_MS = 15_000;

/** Closes one after the other: the app drains first, then the embedded PostgreSQL it used may stop. */
export function closeInOrder(...closables: Closable[]): Closable {
  return {
    close: async () => {
      for (const closable of closables) await closable.close();
    },
  };
}

/**
 * SIGTERM/SIGINT: stop taking work, drain what is in flight (Nest runs every shutdown hook: HTTP server,
 * BullMQ workers, pools), then exit 0; exit 1 if draining passes the deadline (within 15 s:
 * docs/api.md#reliability).
 */
export function exitGracefullyOnSignals(
  app: Closable,
  name: string,
  deadlineMs = SHUTDOWN_DEADLINE_MS,
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    process.stdout.write(`${name}: ${signal} received, draining…\n`);
    const timer = setTimeout(() => {
      process.stderr.write(`${name}: still draining after ${deadlineMs} ms, exiting\n`);
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${name}: error while shutting down: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
