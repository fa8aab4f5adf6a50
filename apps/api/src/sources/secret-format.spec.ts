import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { generateSourceSecret } from '@vigil/webhooks';
import { secretFormatProblem } from './secret-format.js';

describe('secretFormatProblem', () => {
  it('accepts the secrets Vigil generates for every kind', () => {
    for (const kind of ['stripe', 'shopify', 'standard'] as const)
      expect(secretFormatProblem(kind, generateSourceSecret(kind))).toBeNull();
  });

  it('wants whsec_ + base64 of at least 16 bytes for standard sources', () => {
    expect(secretFormatProblem('standard', `whsec_${randomBytes(16).toString('base64')}`)).toBeNull();
    expect(
      secretFormatProblem('standard', `whsec_${randomBytes(16).toString('base64').replace(/=+$/, '')}`),
    ).toBeNull();
    expect(secretFormatProblem('standard', randomBytes(24).toString('base64'))).toMatch(/whsec_/);
    expect(secretFormatProblem('standard', 'whsec_not base64!')).toMatch(/valid base64/);
    expect(secretFormatProblem('standard', 'whsec_A')).toMatch(/valid base64/);
    expect(secretFormatProblem('standard', `whsec_${randomBytes(15).toString('base64')}`)).toMatch(
      /16 bytes/,
    );
  });

  it('wants at least 16 characters for stripe and shopify secrets, and at most 512 for any', () => {
    expect(secretFormatProblem('stripe', 'whsec_0123456789')).toBeNull();
    expect(secretFormatProblem('shopify', '0123456789abcdef')).toBeNull();
    expect(secretFormatProblem('stripe', 'whsec_012345678')).toMatch(/at least 16/);
    expect(secretFormatProblem('shopify', 'short')).toMatch(/at least 16/);
    expect(secretFormatProblem('shopify', 'x'.repeat(513))).toMatch(/at most 512/);
  });
});
