import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  legacyRecoveryCodeHash,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes.js';

const KEY = Buffer.alloc(32, 7);

describe('recovery codes', () => {
  it('generates ten distinct readable codes', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('hashes the same code the same way however it is typed', () => {
    expect(normalizeRecoveryCode(' ABCDE-fghjk ')).toBe('abcdefghjk');
    expect(hashRecoveryCode('ABCDE-FGHJK', KEY)).toBe(hashRecoveryCode('abcde fghjk', KEY));
    expect(hashRecoveryCode('abcde-fghjk', KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('abcde-fghjk', KEY)).not.toBe(hashRecoveryCode('abcde-fghjm', KEY));
  });

  it('hashes with a keyed HMAC, so a copy of the table cannot be checked against guesses without the key', () => {
    const plain = createHash('sha256').update('abcdefghjk').digest('hex');
    expect(hashRecoveryCode('abcde-fghjk', KEY)).not.toBe(plain);
    expect(hashRecoveryCode('abcde-fghjk', KEY)).not.toBe(
      hashRecoveryCode('abcde-fghjk', Buffer.alloc(32, 8)),
    );
    expect(legacyRecoveryCodeHash('ABCDE-FGHJK')).toBe(plain); // codes stored before the key still work once
  });
});
