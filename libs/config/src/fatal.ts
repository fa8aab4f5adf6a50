/** An error that stops the process with one clear line (no stack): bad config, unreachable dependency. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export function exitOnStartupError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`vigil: ${message}\n`);
  process.exit(1);
}
