import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { z } from 'zod';
import { type PrivacyEraseJson } from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { PrivacyService } from './privacy.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { privacyErase } from '../openapi/responses/accounts.js';

const eraseSchema = z.strictObject({
  email: z
    .string('email must be a string')
    .trim()
    .max(320, 'email must be at most 320 characters')
    .pipe(z.email('email must be an email address'))
    .transform((email) => email.toLowerCase()),
});

@Controller('api/privacy')
@Roles('owner')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** Erases one customer's personal data across transactions and stored payloads; safe to repeat. */
  @ApiOkResponse({ standardSchema: privacyErase })
  @Post('erase')
  @HttpCode(200)
  erase(
    @Body({ schema: eraseSchema }) body: z.infer<typeof eraseSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<PrivacyEraseJson> {
    return this.privacy.erase(body.email, actor);
  }
}
