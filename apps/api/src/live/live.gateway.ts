import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { type Subscription } from 'rxjs';
import type { Namespace, Socket } from 'socket.io';
import {
  LIVE_NAMESPACE,
  LIVE_UNAUTHORIZED,
  type LiveListeners,
  type Role,
  SESSION_COOKIE,
} from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { LIVE_ROOM } from '@vigil/pipeline';
import { SecuritySettingsService } from '../auth/security-settings.service.js';
import { SessionService } from '../auth/session.service.js';
import { isAllowedLiveOrigin } from './live-origin.js';
import { onExpiry } from './session-expiry-timer.js';

interface LiveSocketData {
  userId: string;
  sessionId: string;
  role: Role;
  sessionExpiresAt: Date;
  twoFactorEnabled: boolean;
}

/** Clients only listen; what the server sends is LiveEventMap, published through LiveBatcher (libs/pipeline). */
type NoClientEvents = Record<string, never>;
type LiveNamespace = Namespace<NoClientEvents, LiveListeners>;
type LiveSocket = Socket<NoClientEvents, LiveListeners>;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name)
      return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
/** Sockets of users without 2FA: dropped when the owner starts requiring it. */
const TWO_FACTOR_OFF_ROOM = 'two-factor-off';

/**
 * The live channel. Handshakes are authenticated by the same session service as HTTP (cookie or
 * `auth: {token}`; the cookie only from the api's own origin); a refused one gets `connect_error`
 * "unauthorized". A socket lasts no longer than its session: revoked or expired sessions lose their sockets, and
 * so do users without 2FA once the owner requires it (docs/security.md#live-channel).
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway
  implements
    OnGatewayInit<LiveNamespace>,
    OnGatewayConnection<LiveSocket>,
    OnGatewayDisconnect<LiveSocket>,
    OnModuleDestroy
{
  @WebSocketServer() private namespace!: LiveNamespace;
  private readonly logger = new Logger(LiveGateway.name);
  private readonly subscriptions: Subscription[] = [];
  /** Per socket id: cancels the timer that ends the socket with its session. */
  private readonly expiryTimers = new Map<string, () => void>();

  constructor(
    private readonly sessions: SessionService,
    private readonly security: SecuritySettingsService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    namespace.use((socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const { headers } = socket.handshake;
      let token = typeof auth?.token === 'string' ? auth.token : undefined;
      if (token === undefined) {
        if (!isAllowedLiveOrigin(headers.origin, headers.host, this.config.publicUrl)) {
          this.logger.warn(
            `live handshake with the session cookie refused from origin ${String(headers.origin).slice(0, 200)}`,
          );
          return next(new Error(LIVE_UNAUTHORIZED));
        }
        token = cookieValue(headers.cookie, SESSION_COOKIE);
      }
      this.authorize(token).then(
        (resolved) => {
          if (!resolved) return next(new Error(LIVE_UNAUTHORIZED));
          const data: LiveSocketData = {
            userId: resolved.user.id,
            sessionId: resolved.session.id,
            role: resolved.user.role,
            sessionExpiresAt: resolved.session.expiresAt,
            twoFactorEnabled: resolved.user.totpEnabledAt !== null,
          };
          socket.data = data;
          next();
        },
        (error: unknown) => {
          this.logger.warn(`live handshake failed: ${String(error)}`);
          next(new Error(LIVE_UNAUTHORIZED));
        },
      );
    });
    this.subscriptions.push(
      this.sessions.revoked$.subscribe((sessionId) => {
        this.namespace.in(sessionRoom(sessionId)).disconnectSockets(true);
      }),
      this.security.twoFactorRequired$.subscribe(() => {
        this.namespace.in(TWO_FACTOR_OFF_ROOM).disconnectSockets(true);
      }),
    );
  }

  /** Same rules as HTTP: a live session, and two-factor set up when the owner requires it. */
  private async authorize(token: string | undefined) {
    const resolved = await this.sessions.resolve(token);
    if (!resolved || (await this.security.twoFactorSetupPending(resolved.user))) return null;
    return resolved;
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    const data = socket.data as LiveSocketData;
    this.expiryTimers.set(
      socket.id,
      onExpiry(data.sessionExpiresAt, () => socket.disconnect(true)),
    );
    const rooms = [LIVE_ROOM, sessionRoom(data.sessionId)];
    if (!data.twoFactorEnabled) rooms.push(TWO_FACTOR_OFF_ROOM);
    await socket.join(rooms);
  }

  handleDisconnect(socket: LiveSocket): void {
    this.expiryTimers.get(socket.id)?.();
    this.expiryTimers.delete(socket.id);
  }

  onModuleDestroy(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    for (const cancel of this.expiryTimers.values()) cancel();
  }
}
