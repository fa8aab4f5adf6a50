import { type HealthIndicatorService } from '@nestjs/terminus';

/** A readiness problem whose message is safe to show anyone (it names what is missing, nothing internal). */
export class ReadinessProblem extends Error {
  override readonly name = 'ReadinessProblem';
}

type Indicators = Pick<HealthIndicatorService, 'check'>;
type Logger = { warn(message: string): void };

/**
 * One readiness check. `/health/ready` is public, so a failure shows only what the check is about; the driver's
 * own error (host names, user names, versions) goes to the api log (docs/security.md#operations).
 */
export async function readinessProbe(
  indicators: Indicators,
  key: string,
  check: () => Promise<void>,
  logger: Logger,
) {
  const session = indicators.check(key);
  try {
    await check();
    return session.up();
  } catch (error) {
    if (error instanceof ReadinessProblem) return session.down({ message: error.message });
    logger.warn(`readiness check ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
    return session.down({ message: `${key} unavailable (details in the api log)` });
  }
}
