import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, type Role, SESSION_COOKIE } from '@vigil/contracts';
import { AuthError } from './auth.errors.js';
import { PUBLIC_KEY, ROLES_KEY, TWO_FACTOR_EXEMPT_KEY } from './auth.decorators.js';
import { type AuthenticatedRequest } from './request-auth.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { SessionService } from './session.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Global guard: every route is closed unless it says @Public() or names its @Roles(). Cookie-authenticated
 * writes also need the CSRF token; bearer tokens are not sent by browsers on their own, so they do not.
 * While the owner requires two-factor sign-in, users without it may only use @TwoFactorExempt routes.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly settings: SecuritySettingsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerToken(request.headers.authorization);
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const resolved = await this.sessions.resolve(bearer ?? cookie);
    if (!resolved) throw AuthError.unauthenticated();
    const via = bearer ? 'bearer' : 'cookie';
    request.auth = { user: resolved.user, sessionId: resolved.session.id, via };

    if (via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const presented = request.headers[CSRF_HEADER];
      if (
        !this.sessions.csrfMatches(resolved.session.id, typeof presented === 'string' ? presented : undefined)
      ) {
        throw AuthError.csrf();
      }
    }
    // A route without a role declaration is a bug: fail closed.
    if (!roles || !roles.includes(resolved.user.role)) throw AuthError.forbidden();
    if (
      !this.reflector.get<boolean | undefined>(TWO_FACTOR_EXEMPT_KEY, context.getHandler()) &&
      (await this.settings.twoFactorSetupPending(resolved.user))
    ) {
      throw AuthError.twoFactorRequired();
    }
    return true;
  }
}
