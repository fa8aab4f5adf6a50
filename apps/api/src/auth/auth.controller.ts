import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { AuditAction, type LoginOutcome, type MeJson } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { AuditService } from '../audit/audit.service.js';
import { ANY_ROLE, CurrentAuth, Public, Roles, TwoFactorExempt } from './auth.decorators.js';
import { clearSessionCookies, clientInfo, setSessionCookies } from './auth-cookies.js';
import { changePasswordSchema, loginSchema, loginTwoFactorSchema } from './auth.schemas.js';
import { AccountService } from './account.service.js';
import { AuthService, type LoginStep, toUserJson } from './auth.service.js';
import { type RequestAuth } from './request-auth.js';
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
    private readonly audit: AuditService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  @Public()
  @ApiOkResponse({ standardSchema: loginOutcome })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body({ schema: loginSchema }) body: z.infer<typeof loginSchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginOutcome> {
    return this.respond(await this.auth.login(body, clientInfo(request)), request, response);
  }

  @Public()
  @ApiOkResponse({ standardSchema: loginOutcome })
  @Post('login/2fa')
  @HttpCode(200)
  async loginTwoFactor(
    @Body({ schema: loginTwoFactorSchema }) body: z.infer<typeof loginTwoFactorSchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginOutcome> {
    return this.respond(await this.auth.completeTwoFactor(body, clientInfo(request)), request, response);
  }

  @Roles(...ANY_ROLE)
  @TwoFactorExempt()
  @ApiOkResponse({ standardSchema: meJson })
  @Get('me')
  async me(@CurrentAuth() auth: RequestAuth): Promise<MeJson> {
    return {
      ...toUserJson(auth.user),
      twoFactorEnabled: auth.user.totpEnabledAt !== null,
      twoFactorSetupRequired: await this.settings.twoFactorSetupPending(auth.user),
    };
  }

  @Roles(...ANY_ROLE)
  @TwoFactorExempt()
  @ApiNoContentResponse()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessions.revoke(auth.sessionId);
    await this.audit.record({
      action: AuditAction.Logout,
      request,
      targetType: 'session',
      targetId: auth.sessionId,
    });
    clearSessionCookies(this.config, request, response);
  }

  /** Signs this user out of every session, this one included. */
  @Roles(...ANY_ROLE)
  @TwoFactorExempt()
  @ApiNoContentResponse()
  @Post('logout-all')
  @HttpCode(204)
  async logoutAll(
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.account.logoutEverywhere(auth, clientInfo(request));
    clearSessionCookies(this.config, request, response);
  }

  @Roles(...ANY_ROLE)
  @ApiNoContentResponse()
  @Post('password')
  @HttpCode(204)
  async changePassword(
    @CurrentAuth() auth: RequestAuth,
    @Body({ schema: changePasswordSchema }) body: z.infer<typeof changePasswordSchema>,
    @Req() request: Request,
  ): Promise<void> {
    await this.account.changePassword(auth, body, clientInfo(request));
  }

  private respond(step: LoginStep, request: Request, response: Response): LoginOutcome {
    if (step.kind === 'challenge') return { twoFactorRequired: true, challenge: step.challenge };
    setSessionCookies(this.config, request, response, step.token, this.sessions.csrfToken(step.sessionId));
    return { token: step.token, user: step.user };
  }
}
