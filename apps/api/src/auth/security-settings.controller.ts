import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import { AuditAction, type SecuritySettingsJson } from '@vigil/contracts';
import { AuditService } from '../audit/audit.service.js';
import { ANY_ROLE, CurrentAuth, Roles } from './auth.decorators.js';
import { AuthError } from './auth.errors.js';
import { securitySettingsSchema } from './auth.schemas.js';
import { type RequestAuth } from './request-auth.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { securitySettings } from '../openapi/responses/accounts.js';

@Controller('api/settings/security')
export class SecuritySettingsController {
  constructor(
    private readonly settings: SecuritySettingsService,
    private readonly audit: AuditService,
  ) {}

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: securitySettings })
  @Get()
  get(): Promise<SecuritySettingsJson> {
    return this.settings.get();
  }

  /** `requireTwoFactor`: users without 2FA may then only set it up (everything else answers 403). */
  @Roles('owner')
  @ApiOkResponse({ standardSchema: securitySettings })
  @Put()
  async update(
    @CurrentAuth() auth: RequestAuth,
    @Body({ schema: securitySettingsSchema }) body: z.infer<typeof securitySettingsSchema>,
    @Req() request: Request,
  ): Promise<SecuritySettingsJson> {
    // The owner must not lock themselves out of the setting they just turned on.
    if (body.requireTwoFactor && !auth.user.totpEnabledAt) throw AuthError.ownerNeedsTwoFactorFirst();
    const before = await this.settings.get();
    const after = await this.settings.update(body);
    await this.audit.record({
      action: AuditAction.SecuritySettingsUpdate,
      request,
      targetType: 'settings',
      targetId: 'security',
      details: { requireTwoFactor: { from: before.requireTwoFactor, to: after.requireTwoFactor } },
    });
    return after;
  }
}
