import type { Request } from 'express';
import { type UserEntity } from '@vigil/persistence';
import { clientIp } from '../common/client-ip.js';
import { type Actor, type ClientInfo } from './actor.js';

/** What AuthGuard finds out about a request and leaves on it. */
export interface RequestAuth {
  user: UserEntity;
  sessionId: string;
  /** How the caller authenticated: cookie-authenticated writes need a CSRF token. */
  via: 'cookie' | 'bearer';
}

export type AuthenticatedRequest = Request & { auth?: RequestAuth };

export function clientInfoOf(request: Request): ClientInfo {
  const userAgent = request.headers['user-agent'];
  return { ip: clientIp(request), userAgent: typeof userAgent === 'string' ? userAgent : null };
}

/** The actor of a request the guard let through; a route without authentication has none (a bug). */
export function actorOf(request: AuthenticatedRequest): Actor {
  if (!request.auth) throw new Error('CurrentActor used on a route without authentication');
  return { user: request.auth.user, sessionId: request.auth.sessionId, ...clientInfoOf(request) };
}
