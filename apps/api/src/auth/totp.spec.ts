import { describe, expect, it } from '@jest/globals';
import { Secret, TOTP } from 'otpauth';
import { matchTotpStep, newTotpSecret, otpauthUrl } from './totp.js';

const codeAt = (secret: string, timestamp: number): string =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });

describe('totp', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 21, 10, 0, 10);
  const step = Math.floor(now / 30_000);

  it('makes a base32 secret and an otpauth URL authenticator apps understand', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = otpauthUrl(secret, 'ann@example.com');
    expect(url).toMatch(/^otpauth:\/\/totp\/Vigil:ann%40example\.com\?/);
    expect(url).toContain(`secret=${secret}`);
    expect(url).toContain('issuer=Vigil');
  });

  it('returns the step of a current code and tolerates one step of clock drift', () => {
    expect(matchTotpStep(secret, codeAt(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
  });

  it('refuses old codes and anything that is not six digits', () => {
    expect(matchTotpStep(secret, codeAt(secret, now - 120_000), now)).toBeNull();
    expect(matchTotpStep(secret, '12345', now)).toBeNull();
    expect(matchTotpStep(secret, "' OR 1=1", now)).toBeNull();
    expect(matchTotpStep(newTotpSecret(), codeAt(secret, now), now)).toBeNull();
  });
});
