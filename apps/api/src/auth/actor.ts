import { type UserEntity } from '@vigil/persistence';

/** Where a request comes from: for sessions, throttling and the audit trail. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/**
 * Who acts through the api: the signed-in user, their session and where the request came from. Controllers
 * take it from `@CurrentActor()` and hand it to services, which never see the HTTP request.
 */
export interface Actor extends ClientInfo {
  user: UserEntity;
  sessionId: string;
}
