import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Subject } from 'rxjs';
import { IsNull, Repository } from 'typeorm';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { deriveKey, SECRET_KEY, SessionEntity, UserEntity } from '@vigil/persistence';

export interface ResolvedSession {
  session: SessionEntity;
  user: UserEntity;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: the token is shown once, only its hash is stored, and any session can be revoked. */
@Injectable()
export class SessionService {
  /** Session ids as they are revoked, so the live gateway can drop their sockets on every api node. */
  readonly revoked$ = new Subject<string>();
  private readonly csrfKey: Buffer;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
    @Inject(SECRET_KEY) secretKey: string,
  ) {
    this.csrfKey = deriveKey(secretKey, 'csrf');
  }

  async create(
    user: UserEntity,
    ip: string | null,
    userAgent: string | null,
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = `vgl_${randomBytes(32).toString('base64url')}`;
    const session = await this.sessions.save(
      this.sessions.create({
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3_600_000),
        revokedAt: null,
        ip: ip?.slice(0, 64) ?? null,
        userAgent: userAgent?.slice(0, 512) ?? null,
      }),
    );
    return { token, session };
  }

  /** The live session and its enabled user for a token, or null. */
  async resolve(token: string | undefined | null): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!session?.user || session.user.disabled || session.expiresAt.getTime() <= Date.now()) return null;
    return { session, user: session.user };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.revoked$.next(sessionId);
  }

  /** Signs a user out everywhere (optionally keeping the session making the request); returns how many. */
  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
    const qb = this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await qb.returning(['id']).execute();
    const ids = (result.raw as Array<{ id: string }>).map((row) => row.id);
    // The live gateway drops these sessions' sockets (on every api node, through the socket.io adapter).
    for (const id of ids) this.revoked$.next(id);
    return ids.length;
  }

  /** CSRF token bound to the session (double-submit cookie, verifiable without storage). */
  csrfToken(sessionId: string): string {
    return createHmac('sha256', this.csrfKey).update(sessionId).digest('base64url');
  }

  csrfMatches(sessionId: string, presented: string | undefined): boolean {
    if (!presented) return false;
    const expected = Buffer.from(this.csrfToken(sessionId));
    const given = Buffer.from(presented);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
