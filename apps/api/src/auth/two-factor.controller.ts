import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import { AuditAction, type TwoFactorEnabledJson, type TwoFactorSetupJson } from '@vigil/contracts';
import { AuditService } from '../audit/audit.service.js';
import { ANY_ROLE, CurrentAuth, Roles, TwoFactorExempt } from './auth.decorators.js';
import { clientInfo } from './auth-cookies.js';
import { disableTwoFactorSchema, enableTwoFactorSchema, setupTwoFactorSchema } from './auth.schemas.js';
import { AccountService } from './account.service.js';
import { type RequestAuth } from './request-auth.js';
import { TwoFactorService } from './two-factor.service.js';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { twoFactorEnabled, twoFactorSetup } from '../openapi/responses/accounts.js';

/** Every role sets up its own TOTP two-factor sign-in. */
@Controller('api/auth/2fa')
@Roles(...ANY_ROLE)
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly account: AccountService,
    private readonly audit: AuditService,
  ) {}

  /** Needs the password again (docs/security.md#two-factor-sign-in). */
  @TwoFactorExempt()
  @ApiOkResponse({ standardSchema: twoFactorSetup })
  @Post('setup')
  @HttpCode(200)
  setup(
    @CurrentAuth() auth: RequestAuth,
    @Body({ schema: setupTwoFactorSchema }) body: z.infer<typeof setupTwoFactorSchema>,
    @Req() request: Request,
  ): Promise<TwoFactorSetupJson> {
    return this.account.setUpTwoFactor(auth, body.password, clientInfo(request));
  }

  /** Confirms the app works with one current code; answers the recovery codes, shown this once. */
  @TwoFactorExempt()
  @ApiOkResponse({ standardSchema: twoFactorEnabled })
  @Post('enable')
  @HttpCode(200)
  async enable(
    @CurrentAuth() auth: RequestAuth,
    @Body({ schema: enableTwoFactorSchema }) body: z.infer<typeof enableTwoFactorSchema>,
    @Req() request: Request,
  ): Promise<TwoFactorEnabledJson> {
    const enabled = await this.twoFactor.enable(auth.user, body.code);
    await this.audit.record({
      action: AuditAction.TwoFactorEnable,
      request,
      targetType: 'user',
      targetId: auth.user.id,
    });
    return enabled;
  }

  @ApiNoContentResponse()
  @Post('disable')
  @HttpCode(204)
  async disable(
    @CurrentAuth() auth: RequestAuth,
    @Body({ schema: disableTwoFactorSchema }) body: z.infer<typeof disableTwoFactorSchema>,
    @Req() request: Request,
  ): Promise<void> {
    await this.account.disableTwoFactor(auth, body.password, clientInfo(request));
  }
}
