import type { CookieOptions, Request, Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';

function cookieOptions(config: VigilConfig, request: Request, httpOnly: boolean): CookieOptions {
  return {
    httpOnly,
    sameSite: 'strict',
    secure: request.secure || config.publicUrl.startsWith('https:'),
    path: '/',
    maxAge: config.sessionTtlHours * 3_600_000,
  };
}

/** The httpOnly session cookie plus the readable CSRF cookie the dashboard echoes in X-CSRF-Token. */
export function setSessionCookies(
  config: VigilConfig,
  request: Request,
  response: Response,
  token: string,
  csrfToken: string,
): void {
  response.cookie(SESSION_COOKIE, token, cookieOptions(config, request, true));
  response.cookie(CSRF_COOKIE, csrfToken, cookieOptions(config, request, false));
}

export function clearSessionCookies(config: VigilConfig, request: Request, response: Response): void {
  const { maxAge: _maxAge, ...options } = cookieOptions(config, request, true);
  response.clearCookie(SESSION_COOKIE, options);
  response.clearCookie(CSRF_COOKIE, { ...options, httpOnly: false });
}
