import { Inject, Injectable } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { REDIS } from '../common/redis.module.js';
import { AuthError } from './auth.errors.js';

export interface ThrottleVerdict {
  limit: 'ip' | 'account';
  retryAfterSeconds: number;
}

export const throttledError = (verdict: ThrottleVerdict): AuthError =>
  AuthError.throttled(
    verdict.retryAfterSeconds,
    verdict.limit === 'ip' ? 'from this address' : 'for this account',
  );

const ACCOUNT_LIMIT = 10;
const ACCOUNT_WINDOW_S = 15 * 60;
const IP_LIMIT = 30;
const IP_WINDOW_S = 60;

/**
 * Spec §4: after 10 failures for one account within 15 minutes the account answers 429 (even to the right
 * password) until the window passes; at most 30 attempts a minute per IP. Counters live in Redis so every
 * api node shares them.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  private accountKey(email: string): string {
    return `login:fail:${email}`;
  }

  /** Counts this attempt against the IP, then looks at the account; says which limit refuses it, if any. */
  async check(email: string, ip: string): Promise<ThrottleVerdict | null> {
    return (await this.countIp(ip)) ?? (await this.accountLocked(email));
  }

  /** Counts one attempt from `ip`; a verdict when the address is over its limit. */
  async countIp(ip: string): Promise<ThrottleVerdict | null> {
    const ipKey = `login:ip:${ip}`;
    const result = await this.redis.multi().incr(ipKey).expire(ipKey, IP_WINDOW_S, 'NX').ttl(ipKey).exec();
    const [count, , ttl] = (result ?? []).map(([, value]) => value);
    return Number(count) > IP_LIMIT ? { limit: 'ip', retryAfterSeconds: Math.max(1, Number(ttl)) } : null;
  }

  /** A verdict when the account has used up its failures for the window (counts nothing). */
  async accountLocked(email: string): Promise<ThrottleVerdict | null> {
    const key = this.accountKey(email);
    const result = await this.redis.multi().get(key).ttl(key).exec();
    const [failures, ttl] = (result ?? []).map(([, value]) => value);
    return Number(failures ?? 0) >= ACCOUNT_LIMIT
      ? { limit: 'account', retryAfterSeconds: Math.max(1, Number(ttl)) }
      : null;
  }

  /** Counts this attempt against the IP and refuses throttled IPs and accounts. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const verdict = await this.check(email, ip);
    if (verdict) throw throttledError(verdict);
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.accountKey(email);
    await this.redis.multi().incr(key).expire(key, ACCOUNT_WINDOW_S, 'NX').exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }
}
