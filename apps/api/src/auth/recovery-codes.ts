import { createHash, createHmac, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// Crockford-style alphabet without look-alikes (no 0/o, 1/l/i), so codes survive being written down.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP = 5;

/** `xxxxx-xxxxx`: 10 characters from 31 symbols, about 49 random bits, each usable once. */
export function generateRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < GROUP * 2; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;
}

export function generateRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(generateRecoveryCode());
  return [...codes];
}

/** What people type: any case, with or without the dash or spaces. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '');
}

/**
 * Only this is stored: an HMAC-SHA-256 under a key derived from the instance secret key, which is never in the
 * database, so a leaked table or dump cannot be checked against guesses of the ~49-bit codes
 * (docs/security.md#two-factor-sign-in).
 */
export function hashRecoveryCode(input: string, key: Buffer): string {
  return createHmac('sha256', key).update(normalizeRecoveryCode(input)).digest('hex');
}

/** How codes issued before the keyed hash were stored; they are accepted (once) until replaced. */
export function legacyRecoveryCodeHash(input: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(input)).digest('hex');
}
