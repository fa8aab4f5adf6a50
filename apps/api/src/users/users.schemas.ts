import { z } from 'zod';
import { ROLES } from '@vigil/contracts';
import { newPasswordSchema } from '../auth/password-policy.js';

const role = z.enum(ROLES, `role must be one of ${ROLES.join(', ')}`);

// Strict: a misspelt field (`rol`, `disable`) is a clear 400, not a silently ignored change.
export const createUserSchema = z.strictObject({
  email: z
    .string('email must be a string')
    .trim()
    .max(320, 'email must be at most 320 characters')
    .pipe(z.email('email must be an email address'))
    .transform((email) => email.toLowerCase()),
  role,
  password: newPasswordSchema('password').optional(),
});

export const updateUserSchema = z
  .strictObject({
    role: role.optional(),
    disabled: z.boolean('disabled must be true or false').optional(),
  })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, {
    message: 'send role and/or disabled',
  });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
