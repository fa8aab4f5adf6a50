import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { type Subscription } from 'rxjs';
import type { Namespace, Socket } from 'socket.io';
import { LIVE_NAMESPACE, LIVE_UNAUTHORIZED, type Role, SESSION_COOKIE } from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { LIVE_ROOM } from '@vigil/pipeline';
import { SecuritySettingsService } from '../auth/security-settings.service.js';
import { SessionService } from '../auth/session.service.js';
import { isAllowedLiveOrigin } from './live-origin.js';

interface LiveSocketData {
  userId: string;
  sessionId: string;
  role: Role;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name)
      return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

/**
 * The live channel. Handshakes are authenticated by the same session service as HTTP (cookie or
 * `auth: {token}`; the cookie only from the api's own origin); a refused one gets `connect_error`
 * "unauthorized". Revoked sessions lose their sockets.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<Socket>, OnModuleDestroy {
  @WebSocketServer() private namespace!: Namespace;
  private readonly logger = new Logger(LiveGateway.name);
  private revocations?: Subscription;

  constructor(
    private readonly sessions: SessionService,
    private readonly security: SecuritySettingsService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  afterInit(namespace: Namespace): void {
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
    this.revocations = this.sessions.revoked$.subscribe((sessionId) => {
      this.namespace.in(sessionRoom(sessionId)).disconnectSockets(true);
    });
  }

  /** Same rules as HTTP: a live session, and two-factor set up when the owner requires it. */
  private async authorize(token: string | undefined) {
    const resolved = await this.sessions.resolve(token);
    if (!resolved || (await this.security.twoFactorSetupPending(resolved.user))) return null;
    return resolved;
  }

  async handleConnection(socket: Socket): Promise<void> {
    const data = socket.data as LiveSocketData;
    await socket.join([LIVE_ROOM, sessionRoom(data.sessionId)]);
  }

  onModuleDestroy(): void {
    this.revocations?.unsubscribe();
  }
}
