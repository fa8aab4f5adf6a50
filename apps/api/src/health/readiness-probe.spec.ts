import { describe, expect, it } from '@jest/globals';
import { ReadinessProblem, readinessProbe } from './readiness-probe.js';

const indicators = {
  check: (key: string) => ({
    up: () => ({ [key]: { status: 'up' } }),
    down: (details: Record<string, unknown>) => ({ [key]: { status: 'down', ...details } }),
  }),
} as unknown as Parameters<typeof readinessProbe>[0];

describe('readiness probes', () => {
  it("never show the driver's error, only what is unavailable; the log keeps the detail", async () => {
    const logged: string[] = [];
    const driverError = new Error('password authentication failed for user "vigil" (10.0.4.2:5432, PG 15.8)');
    const result = await readinessProbe(indicators, 'database', () => Promise.reject(driverError), {
      warn: (message) => logged.push(message),
    });
    expect(result).toEqual({
      database: { status: 'down', message: 'database unavailable (details in the api log)' },
    });
    expect(logged.join('\n')).toContain('password authentication failed');
  });

  it('shows readiness problems of its own as they are', async () => {
    const result = await readinessProbe(
      indicators,
      'owner',
      () => Promise.reject(new ReadinessProblem('no owner account yet')),
      { warn: () => undefined },
    );
    expect(result).toEqual({ owner: { status: 'down', message: 'no owner account yet' } });
  });
});
