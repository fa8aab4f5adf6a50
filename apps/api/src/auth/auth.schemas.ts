import { z } from 'zod';
import { newPasswordSchema } from './password-policy.js';
import { hasNoNul, noNulMessage } from './safe-text.js';

export const loginSchema = z.object({
  email: z
    .string('email must be a string')
    .trim()
    .min(1, 'email is required')
    .max(320, 'email is too long')
    .refine(hasNoNul, noNulMessage('email')),
  password: z
    .string('password must be a string')
    .min(1, 'password is required')
    .max(1024, 'password is too long')
    .refine(hasNoNul, noNulMessage('password')),
});

export const loginTwoFactorSchema = z
  .object({
    challenge: z
      .string('challenge must be a string')
      .min(1, 'challenge is required')
      .max(200, 'challenge is too long')
      .refine(hasNoNul, noNulMessage('challenge')),
    code: z.string('code must be a string').max(16, 'code is too long').optional(),
    recoveryCode: z.string('recoveryCode must be a string').max(64, 'recoveryCode is too long').optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: 'send either code (from the authenticator app) or recoveryCode',
  });

export const changePasswordSchema = z.object({
  currentPassword: z
    .string('currentPassword must be a string')
    .min(1, 'currentPassword is required')
    .max(1024, 'currentPassword is too long'),
  newPassword: newPasswordSchema('newPassword'),
});

export const enableTwoFactorSchema = z.object({
  code: z.string('code must be a string').trim().min(1, 'code is required').max(16, 'code is too long'),
});

/** Enrolling shows a new secret: the password is asked again, so a borrowed session cannot enrol its own phone. */
const PASSWORD_AGAIN = 'password is required (enter yours again to set up two-factor sign-in)';
export const setupTwoFactorSchema = z.object({
  password: z
    .string({
      error: (issue) => (issue.input === undefined ? PASSWORD_AGAIN : 'password must be a string'),
    })
    .min(1, PASSWORD_AGAIN)
    .max(1024, 'password is too long'),
});

export const disableTwoFactorSchema = z.object({
  password: z
    .string('password must be a string')
    .min(1, 'password is required')
    .max(1024, 'password is too long'),
});

export const securitySettingsSchema = z.strictObject({
  requireTwoFactor: z.boolean('requireTwoFactor must be true or false'),
});
