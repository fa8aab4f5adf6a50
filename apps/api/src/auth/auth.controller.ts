import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type LoginOutcome, type MeJson } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { type Actor, type ClientInfo } from './actor.js';
import { ANY_ROLE, CurrentActor, CurrentClient, Public, Roles, TwoFactorExempt } from './auth.decorators.js';
import { clearSessionCookies, setSessionCookies } from './auth-cookies.js';
import { changePasswordSchema, loginSchema, loginTwoFactorSchema } from './auth.schemas.js';
import { AccountService } from './account.service.js';
import { AuthService, type LoginStep, toUserJson } from './auth.service.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { SessionService } from './session.service.js';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { loginOutcome, meJson } from '../openapi/responses/accounts.js';

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly sessions: SessionService,
    private readonly settings: SecuritySettingsService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  @Public()
  @ApiOkResponse({ standardSchema: loginOutcome })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body({ schema: loginSchema }) body: z.infer<typeof loginSchema>,
    @CurrentClient() client: ClientInfo,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginOutcome> {
    return this.respond(await this.auth.login(body, client), request, response);
  }

  @Public()
  @ApiOkResponse({ standardSchema: loginOutcome })
  @Post('login/2fa')
  @HttpCode(200)
  async loginTwoFactor(
    @Body({ schema: loginTwoFactorSchema }) body: z.infer<typeof loginTwoFactorSchema>,
    @CurrentClient() client: ClientInfo,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginOutcome> {
    return this.respond(await this.auth.completeTwoFactor(body, client), request, response);
  }

  @Roles(...ANY_ROLE)
  @TwoFactorExempt()
  @ApiOkResponse({ standardSchema: meJson })
  @Get('me')
  async me(@CurrentActor() actor: Actor): Promise<MeJson> {
    return {
      ...toUserJson(actor.user),
      twoFactorEnabled: actor.user.totpEnabledAt !== null,
      twoFactorSetupRequired: await this.settings.twoFactorSetupPending(actor.user),
    };
  }

  @Roles(...ANY_ROLE)
  @TwoFactorExempt()
  @ApiNoContentResponse()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.account.logout(actor);
    clearSessionCookies(this.config, request, response);
  }

  /** Signs this user out of every session, this one included. */
  @Roles(...ANY_ROLE)
  @TwoFactorExempt()
  @ApiNoContentResponse()
  @Post('logout-all')
  @HttpCode(204)
  async logoutAll(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.account.logoutEverywhere(actor);
    clearSessionCookies(this.config, request, response);
  }

  @Roles(...ANY_ROLE)
  @ApiNoContentResponse()
  @Post('password')
  @HttpCode(204)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body({ schema: changePasswordSchema }) body: z.infer<typeof changePasswordSchema>,
  ): Promise<void> {
    await this.account.changePassword(actor, body);
  }

  private respond(step: LoginStep, request: Request, response: Response): LoginOutcome {
    if (step.kind === 'challenge') return { twoFactorRequired: true, challenge: step.challenge };
    setSessionCookies(this.config, request, response, step.token, this.sessions.csrfToken(step.sessionId));
    return { token: step.token, user: step.user };
  }
}
