import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { z } from 'zod';
import { CSRF_COOKIE, type LoginResponse, SESSION_COOKIE, type UserJson } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { Inject } from '@nestjs/common';
import { clientIp } from '../common/client-ip.js';
import { ANY_ROLE, CurrentAuth, Public, Roles } from './auth.decorators.js';
import { AuthService, toUserJson } from './auth.service.js';
import { type RequestAuth } from './request-auth.js';
import { SessionService } from './session.service.js';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'email is required').max(320, 'email is too long'),
  password: z.string().min(1, 'password is required').max(1024, 'password is too long'),
});

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  private cookieOptions(request: Request, httpOnly: boolean): CookieOptions {
    return {
      httpOnly,
      sameSite: 'strict',
      secure: request.secure || this.config.publicUrl.startsWith('https:'),
      path: '/',
      maxAge: this.config.sessionTtlHours * 3_600_000,
    };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body({ schema: loginSchema }) body: z.infer<typeof loginSchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(body, clientIp(request), request.headers['user-agent'] ?? null);
    response.cookie(SESSION_COOKIE, result.token, this.cookieOptions(request, true));
    response.cookie(
      CSRF_COOKIE,
      this.sessions.csrfToken(result.sessionId),
      this.cookieOptions(request, false),
    );
    return { token: result.token, user: result.user };
  }

  @Roles(...ANY_ROLE)
  @Get('me')
  me(@CurrentAuth() auth: RequestAuth): UserJson {
    return toUserJson(auth.user);
  }

  @Roles(...ANY_ROLE)
  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessions.revoke(auth.sessionId);
    const { maxAge: _maxAge, ...options } = this.cookieOptions(request, true);
    response.clearCookie(SESSION_COOKIE, options);
    response.clearCookie(CSRF_COOKIE, { ...options, httpOnly: false });
  }
}
