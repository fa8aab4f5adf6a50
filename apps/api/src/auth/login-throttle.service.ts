import { Inject, Injectable } from '@nestjs/common';
import { SHARED_STORES, type SharedStores } from '@vigil/pipeline';
import { clientAddressKey } from '../common/client-address-key.js';
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
const ACCOUNT_WINDOW_MS = 15 * 60_000;
const IP_LIMIT = 30;
const IP_WINDOW_MS = 60_000;

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * docs/operations.md#login-throttling: after 10 failures for one account within 15 minutes the account
 * answers 429 (even to the right password) until the window passes; at most 30 attempts a minute per IP (an
 * IPv6 client per /64).
 *
 * Each attempt first reserves one of the account's 10 slots in one atomic step of the shared store, so
 * concurrent guesses cannot all be evaluated: the 11th is refused before its password is checked. A wrong
 * answer keeps its slot (it is the failure); a right one gives its own slot back, and nothing else: a
 * success never clears earlier failures (docs/operations.md "Login throttling").
 */
@Injectable()
export class LoginThrottleService {
  constructor(@Inject(SHARED_STORES) private readonly stores: SharedStores) {}

  /** Counts this attempt against the IP, then reserves an account slot; says which limit refuses it. */
  async check(email: string, ip: string): Promise<ThrottleVerdict | null> {
    return (await this.countIp(ip)) ?? (await this.reserveAccountAttempt(email));
  }

  /** Counts one attempt from `ip`; a verdict when the address is over its limit. */
  async countIp(ip: string): Promise<ThrottleVerdict | null> {
    const window = await this.stores.rateCounters.hit(`login-ip:${clientAddressKey(ip)}`, IP_WINDOW_MS);
    return window.count > IP_LIMIT ? { limit: 'ip', retryAfterSeconds: seconds(window.resetMs) } : null;
  }

  /** Reserves one of the account's attempts; a verdict (nothing reserved) when they are used up. */
  async reserveAccountAttempt(email: string): Promise<ThrottleVerdict | null> {
    const key = this.accountKey(email);
    const taken = await this.stores.rateCounters.take(key, ACCOUNT_LIMIT, ACCOUNT_WINDOW_MS);
    if (taken) return null;
    const window = await this.stores.rateCounters.peek(key);
    return { limit: 'account', retryAfterSeconds: seconds(window.resetMs) };
  }

  /** Counts this attempt against the IP and the account, refusing throttled ones. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const verdict = await this.check(email, ip);
    if (verdict) throw throttledError(verdict);
  }

  /** The reserved attempt was right: it gives its slot back (earlier failures stay counted). */
  async attemptSucceeded(email: string): Promise<void> {
    await this.stores.rateCounters.release(this.accountKey(email));
  }

  /** An owner reset the password: the account's failures no longer count. */
  async liftLockout(email: string): Promise<void> {
    await this.stores.rateCounters.reset(this.accountKey(email));
  }

  private accountKey(email: string): string {
    return `login-account:${email}`;
  }
}
