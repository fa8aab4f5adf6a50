import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '@vigil/contracts';

/** Long enough to resist guessing, bounded so argon2 is never fed megabytes. */
export const newPasswordSchema = (name: string) =>
  z
    .string(`${name} must be a string`)
    .min(PASSWORD_MIN_LENGTH, `${name} must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(1024, `${name} must be at most 1024 characters`);

/** A generated password: 144 random bits, 24 URL-safe characters, shown to the owner once. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
