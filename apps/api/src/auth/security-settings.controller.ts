import { Body, Controller, Get, Put } from '@nestjs/common';
import { z } from 'zod';
import { type SecuritySettingsJson } from '@vigil/contracts';
import { type Actor } from './actor.js';
import { ANY_ROLE, CurrentActor, Roles } from './auth.decorators.js';
import { securitySettingsSchema } from './auth.schemas.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { securitySettings } from '../openapi/responses/accounts.js';

@Controller('api/settings/security')
export class SecuritySettingsController {
  constructor(private readonly settings: SecuritySettingsService) {}

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
  update(
    @CurrentActor() actor: Actor,
    @Body({ schema: securitySettingsSchema }) body: z.infer<typeof securitySettingsSchema>,
  ): Promise<SecuritySettingsJson> {
    return this.settings.update(actor, body);
  }
}
