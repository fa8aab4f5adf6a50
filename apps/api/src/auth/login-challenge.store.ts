import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { SHARED_STORES, type SharedStores } from '@vigil/pipeline';

const TTL_MS = 5 * 60_000;
/** Wrong codes allowed on one challenge before it is thrown away (the account throttle counts them too). */
const MAX_ATTEMPTS = 5;

export interface PendingLogin {
  userId: string;
  email: string;
  attempts: number;
  expiresAt: number;
}

const key = (challenge: string): string => createHash('sha256').update(challenge).digest('hex');

/**
 * Between a correct password and a correct second factor: an opaque, short-lived, single-use challenge in
 * the shared store (every api node sees it). Only its hash is the key, so a dump does not reveal live ones.
 */
@Injectable()
export class LoginChallengeStore {
  constructor(@Inject(SHARED_STORES) private readonly stores: SharedStores) {}

  async create(userId: string, email: string): Promise<string> {
    const challenge = `vgc_${randomBytes(32).toString('base64url')}`;
    const pending: PendingLogin = { userId, email, attempts: 0, expiresAt: Date.now() + TTL_MS };
    await this.stores.expiringValues.set(key(challenge), JSON.stringify(pending), TTL_MS);
    return challenge;
  }

  /** Takes the challenge out (atomically), so two concurrent answers cannot both complete it. */
  async take(challenge: string): Promise<PendingLogin | null> {
    if (challenge.length > 200) return null;
    const raw = await this.stores.expiringValues.take(key(challenge));
    if (!raw) return null;
    const pending = JSON.parse(raw) as PendingLogin;
    return pending.expiresAt > Date.now() ? pending : null;
  }

  /** After a wrong code: puts the challenge back for its remaining lifetime, unless attempts are used up. */
  async putBack(challenge: string, pending: PendingLogin): Promise<void> {
    const attempts = pending.attempts + 1;
    const ttl = pending.expiresAt - Date.now();
    if (attempts >= MAX_ATTEMPTS || ttl <= 0) return;
    await this.stores.expiringValues.set(key(challenge), JSON.stringify({ ...pending, attempts }), ttl);
  }
}
