import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;
/** One step either side tolerates a phone clock that is up to ~30 s off. */
const WINDOW = 1;
const ISSUER = 'Vigil';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUrl(secretBase32: string, account: string): string {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    secret: Secret.fromBase32(secretBase32),
    period: PERIOD,
  }).toString();
}

/**
 * The time step a code belongs to, or null when it matches none within the window. Callers accept a step
 * only if it is newer than the last one used, which makes every code single-use.
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secretBase32),
    period: PERIOD,
    timestamp: now,
    window: WINDOW,
  });
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}
