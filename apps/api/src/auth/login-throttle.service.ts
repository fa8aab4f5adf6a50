import { Inject, Injectable } from '@nestjs/common';
import { type Redis } from 'ioredis';
import { REDIS } from '../common/redis.module.js';
import { AuthError } from './auth.errors.js';

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

  /** Counts this attempt against the IP and refuses throttled IPs and accounts. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const ipKey = `login:ip:${ip}`;
    const result = await this.redis
      .multi()
      .incr(ipKey)
      .expire(ipKey, IP_WINDOW_S, 'NX')
      .ttl(ipKey)
      .get(this.accountKey(email))
      .ttl(this.accountKey(email))
      .exec();
    const [ipCount, , ipTtl, accountFailures, accountTtl] = (result ?? []).map(([, value]) => value);
    if (Number(ipCount) > IP_LIMIT)
      throw AuthError.throttled(Math.max(1, Number(ipTtl)), 'from this address');
    if (Number(accountFailures ?? 0) >= ACCOUNT_LIMIT) {
      throw AuthError.throttled(Math.max(1, Number(accountTtl)), 'for this account');
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.accountKey(email);
    await this.redis.multi().incr(key).expire(key, ACCOUNT_WINDOW_S, 'NX').exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }
}
