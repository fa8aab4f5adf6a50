import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { type AuthenticatedRequest } from '../auth/request-auth.js';
import { clientAddressKey } from '../common/client-address-key.js';
import { clientIp } from '../common/client-ip.js';
import { RateLimitError } from './rate-limit.errors.js';

/**
 * The global /api limit (docs/operations.md "Rate limits"): per signed-in user, or per client address
 * (an IPv6 client by its /64) when signed out. Runs after the AuthGuard (AuthModule is imported first), so
 * `request.auth` is known. Webhooks, health checks and /metrics are not /api routes and have their own
 * limits or none; the login throttle still applies on top.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  // Named here rather than inherited: the library is CommonJS, and under Jest its `Reflector` is a
  // second copy of Nest's (tools/jest/projects.mjs); this one is the application's.
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
  ) {
    super(options, storage, reflector);
  }

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return Promise.resolve(true);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return Promise.resolve(!request.path.startsWith('/api/'));
  }

  protected override getTracker(raw: Record<string, unknown>): Promise<string> {
    // The library types the request loosely; it is Express' request, after the AuthGuard.
    const request = raw as unknown as AuthenticatedRequest;
    const { auth } = request;
    return Promise.resolve(auth ? `user:${auth.user.id}` : `ip:${clientAddressKey(clientIp(request))}`);
  }

  /** One budget per caller across every /api route (the library's default is one per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  /** The API's own error (the JSON error shape, Retry-After) rather than the library's exception. */
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    return Promise.reject(RateLimitError.exceeded(Math.max(1, detail.timeToBlockExpire)));
  }
}
