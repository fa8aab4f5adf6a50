import type { Request } from 'express';
import { type UserEntity } from '@vigil/persistence';

export interface RequestAuth {
  user: UserEntity;
  sessionId: string;
  /** How the caller authenticated: cookie-authenticated writes need a CSRF token. */
  via: 'cookie' | 'bearer';
}

export type AuthenticatedRequest = Request & { auth?: RequestAuth };
