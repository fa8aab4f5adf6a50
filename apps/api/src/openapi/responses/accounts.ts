import {
  type CreatedUserJson,
  type LoginOutcome,
  type MeJson,
  type PasswordResetJson,
  type PrivacyEraseJson,
  type SecuritySettingsJson,
  type TwoFactorEnabledJson,
  type TwoFactorSetupJson,
  type UserAdminJson,
} from '@vigil/contracts';
import { z } from 'zod';
import { itemsOf, timestamp, userJson } from './common.js';
import { contractSchema } from './contract-schema.js';

export const loginOutcome = contractSchema<LoginOutcome>()(
  z.union([
    z.object({ token: z.string(), user: userJson }),
    z.object({
      twoFactorRequired: z.literal(true),
      challenge: z.string().meta({ description: 'Send it with a code to POST /api/auth/login/2fa.' }),
    }),
  ]),
);

export const meJson = contractSchema<MeJson>()(
  userJson.extend({ twoFactorEnabled: z.boolean(), twoFactorSetupRequired: z.boolean() }),
);

export const securitySettings = contractSchema<SecuritySettingsJson>()(
  z.object({ requireTwoFactor: z.boolean() }),
);

export const twoFactorSetup = contractSchema<TwoFactorSetupJson>()(
  z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() }),
);

export const twoFactorEnabled = contractSchema<TwoFactorEnabledJson>()(
  z.object({ recoveryCodes: z.array(z.string()).meta({ description: 'Shown this once.' }) }),
);

export const userAdminJson = contractSchema<UserAdminJson>()(
  userJson
    .extend({ disabled: z.boolean(), twoFactorEnabled: z.boolean(), createdAt: timestamp })
    .meta({ id: 'UserAdmin' }),
);

export const userList = itemsOf(userAdminJson);

export const createdUser = contractSchema<CreatedUserJson>()(
  userJson.extend({
    password: z.string().optional().meta({ description: 'The generated password, shown once.' }),
  }),
);

export const passwordReset = contractSchema<PasswordResetJson>()(userJson.extend({ password: z.string() }));

export const privacyErase = contractSchema<PrivacyEraseJson>()(
  z.object({
    transactions: z.number().int(),
    events: z.number().int(),
    listItems: z.number().int(),
    decisions: z.number().int(),
    auditEntries: z.number().int(),
    deadLetters: z.number().int(),
  }),
);
