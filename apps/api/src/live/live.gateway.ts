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
  LiveEvent,
  type LiveListeners,
  type LiveStatsJson,
  type Role,
  SESSION_COOKIE,
} from '@vigil/contracts';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { LIVE_ROOM } from '@vigil/pipeline';
import { SecuritySettingsService } from '../auth/security-settings.service.js';
import { SessionService } from '../auth/session.service.js';
import { LiveStatsService } from '../stats/live-stats.service.js';
import { isAllowedLiveOrigin } from './live-origin.js';
import { PeriodicTask } from './periodic-task.js';
import { onExpiry } from './session-expiry-timer.js';

interface LiveSocketData {
  userId: string;
  sessionId: string;
  role: Role;
  sessionExpiresAt: Date;
  twoFactorEnabled: boolean;
}

/**
 * Clients only listen; what the server sends is LiveEventMap: transaction events published through LiveBatcher
 * (libs/pipeline), `stats` from this gateway.
 */
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
const STATS_INTERVAL_MS = 1_000;

/**
 * The live channel. Handshakes are authenticated by the same session service as HTTP (cookie or
 * `auth: {token}`; the cookie only from the api's own origin); a refused one gets `connect_error`
 * "unauthorized". A socket lasts no longer than its session: revoked or expired sessions lose their sockets, and
 * so do users without 2FA once the owner requires it (docs/security.md#live-channel).
 *
 * `stats` (docs/api.md#live-channel): while this process has sockets it computes the numbers once a second and
 * sends them to its own sockets only (`local`: every api process serves its own, nothing crosses the adapter);
 * every signed-in role may read them, as it may `GET /api/stats`. A new socket gets the latest right away.
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
  private readonly stats: PeriodicTask<LiveStatsJson>;
  private statsFailing = false;

  constructor(
    private readonly sessions: SessionService,
    private readonly security: SecuritySettingsService,
    liveStats: LiveStatsService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {
    this.stats = new PeriodicTask({
      intervalMs: STATS_INTERVAL_MS,
      run: () => liveStats.next(),
      onResult: (stats) => {
        this.statsFailing = false;
        this.namespace.local.to(LIVE_ROOM).emit(LiveEvent.Stats, [stats]);
      },
      onError: (error) => {
        // Once per outage, not once a second.
        if (!this.statsFailing) this.logger.warn(`live stats failed: ${String(error)}`);
        this.statsFailing = true;
      },
    });
  }

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
    if (!socket.connected) return; // gone while joining: handleDisconnect has run
    const latest = this.stats.latest;
    if (latest) socket.emit(LiveEvent.Stats, [latest]);
    this.stats.start();
  }

  handleDisconnect(socket: LiveSocket): void {
    this.expiryTimers.get(socket.id)?.();
    this.expiryTimers.delete(socket.id);
    // The last socket of this process: no one to compute stats for.
    if (this.expiryTimers.size === 0) this.stats.stop();
  }

  onModuleDestroy(): void {
    this.stats.stop();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    for (const cancel of this.expiryTimers.values()) cancel();
  }
}
