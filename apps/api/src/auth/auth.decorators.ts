import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@vigil/contracts';
import type { Request } from 'express';
import { type Actor, type ClientInfo } from './actor.js';
import { actorOf, type AuthenticatedRequest, clientInfoOf } from './request-auth.js';

export const PUBLIC_KEY = 'vigil:public';
export const ROLES_KEY = 'vigil:roles';
export const TWO_FACTOR_EXEMPT_KEY = 'vigil:two-factor-exempt';

/** Open to anyone (login, health, signed webhooks). Every other route must declare its roles. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The roles allowed on a route; the guard refuses routes that declare neither this nor @Public. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/**
 * Still open to a user without 2FA while the owner requires it (who am I, sign out, set 2FA up); every
 * other route answers 403 "two-factor authentication required" to them.
 */
export const TwoFactorExempt = (): MethodDecorator => SetMetadata(TWO_FACTOR_EXEMPT_KEY, true);

export const ANY_ROLE: Role[] = [...ROLES];
export const STAFF_AND_OWNER: Role[] = ['owner', 'staff'];

/** The signed-in caller, as services take it: user, session and client (see actor.ts). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** Where the caller comes from, on routes open to anyone (sign-in). */
export const CurrentClient = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo =>
  clientInfoOf(context.switchToHttp().getRequest<Request>()),
);
