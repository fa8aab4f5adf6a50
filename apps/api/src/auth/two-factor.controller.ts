import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { z } from 'zod';
import { type TwoFactorEnabledJson, type TwoFactorSetupJson } from '@vigil/contracts';
import { type Actor } from './actor.js';
import { ANY_ROLE, CurrentActor, Roles, TwoFactorExempt } from './auth.decorators.js';
import { disableTwoFactorSchema, enableTwoFactorSchema, setupTwoFactorSchema } from './auth.schemas.js';
import { AccountService } from './account.service.js';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { twoFactorEnabled, twoFactorSetup } from '../openapi/responses/accounts.js';

/** Every role sets up its own TOTP two-factor sign-in. */
@Controller('api/auth/2fa')
@Roles(...ANY_ROLE)
export class TwoFactorController {
  constructor(private readonly account: AccountService) {}

  /** Needs the password again (docs/security.md#two-factor-sign-in). */
  @TwoFactorExempt()
  @ApiOkResponse({ standardSchema: twoFactorSetup })
  @Post('setup')
  @HttpCode(200)
  setup(
    @CurrentActor() actor: Actor,
    @Body({ schema: setupTwoFactorSchema }) body: z.infer<typeof setupTwoFactorSchema>,
  ): Promise<TwoFactorSetupJson> {
    return this.account.setUpTwoFactor(actor, body.password);
  }

  /** Confirms the app works with one current code; answers the recovery codes, shown this once. */
  @TwoFactorExempt()
  @ApiOkResponse({ standardSchema: twoFactorEnabled })
  @Post('enable')
  @HttpCode(200)
  enable(
    @CurrentActor() actor: Actor,
    @Body({ schema: enableTwoFactorSchema }) body: z.infer<typeof enableTwoFactorSchema>,
  ): Promise<TwoFactorEnabledJson> {
    return this.account.enableTwoFactor(actor, body.code);
  }

  @ApiNoContentResponse()
  @Post('disable')
  @HttpCode(204)
  async disable(
    @CurrentActor() actor: Actor,
    @Body({ schema: disableTwoFactorSchema }) body: z.infer<typeof disableTwoFactorSchema>,
  ): Promise<void> {
    await this.account.disableTwoFactor(actor, body.password);
  }
}
