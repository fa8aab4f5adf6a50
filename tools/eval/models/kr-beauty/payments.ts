import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avsFor, card, cvcFor, HONEST_DECLINES } from './cards.js';
import { type Attempt, type Auth, type Method } from './purchase.js';

/**
 * Honest payment attempts, per method: wallets hide the card and almost always go through; Korean cards are
 * authenticated in the card company's app (no address check, no card code); foreign cards go through 3-D
 * Secure and, for US, Canadian and British issuers, the address check; a virtual account is paid hours later
 * or never.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const WALLETS: ReadonlySet<Method> = new Set(['kakao_pay', 'naver_pay', 'toss_pay']);

const noCard = (method: Method, ok: boolean, afterMs: number, decline?: string): Attempt => ({
  method,
  ok,
  avs: 'unchecked',
  cvc: 'unchecked',
  afterMs,
  ...(decline ? { decline } : {}),
});

/** One card authorisation as an honest holder makes it. */
export function cardAttempt(rng: Rng, c: Card, ok: boolean, afterMs: number, decline?: string): Attempt {
  const domestic = c.country === 'KR';
  const auth: Auth = domestic
    ? 'app_card'
    : decline === 'authentication_failed'
      ? 'challenge_failed'
      : rng.chance(0.72)
        ? 'frictionless'
        : 'challenge_passed';
  const avs = avsFor(c, rng.chance(0.88) ? 'pass' : rng.chance(0.8) ? 'partial' : 'fail');
  return {
    method: 'card',
    card: c,
    ok,
    avs,
    cvc: cvcFor(c, decline !== 'incorrect_cvc'),
    auth,
    afterMs,
    ...(decline ? { decline } : {}),
  };
}

/** The attempts of an honest checkout with `method` (and `c` for cards); empty for an unpaid virtual account. */
export function honestAttempts(rng: Rng, method: Method, c?: Card): Attempt[] {
  const quick = () => rng.int(15, 120) * SECOND;
  if (method === 'card' && c) {
    if (rng.chance(0.03)) {
      const first = cardAttempt(rng, c, false, quick(), rng.pick(HONEST_DECLINES));
      return [first, cardAttempt(rng, c, true, rng.int(1, 4) * MINUTE)];
    }
    return [cardAttempt(rng, c, true, quick())];
  }
  if (method === 'virtual_account')
    return rng.chance(0.88) ? [noCard(method, true, Math.floor(rng.float(0.3, 40) * HOUR))] : [];
  if (method === 'carrier_billing')
    return rng.chance(0.95)
      ? [noCard(method, true, quick())]
      : [noCard(method, false, quick(), 'limit_exceeded')];
  if (WALLETS.has(method) && rng.chance(0.015))
    return [
      noCard(method, false, quick(), 'insufficient_balance'),
      noCard(method, true, rng.int(2, 6) * MINUTE),
    ];
  return [noCard(method, true, quick())];
}

/** A first card declined for an honest reason, then a second card or a wallet that goes through. */
export function retryAttempts(rng: Rng, c: Card, country: string): Attempt[] {
  const reason = rng.pick(HONEST_DECLINES);
  const out = [cardAttempt(rng, c, false, rng.int(20, 150) * SECOND, reason)];
  if (rng.chance(0.3)) out.push(cardAttempt(rng, c, false, rng.int(30, 90) * SECOND, reason));
  const later = rng.int(1, 9) * MINUTE;
  if (country === 'KR' && rng.chance(0.5))
    out.push(noCard(rng.pick(['kakao_pay', 'naver_pay', 'toss_pay']), true, later));
  else if (country !== 'KR' && rng.chance(0.35)) out.push(noCard('paypal', true, later));
  else out.push(cardAttempt(rng, card(rng, country), true, later));
  return out;
}

/** A stored-card subscription charge: off-session, no card code; an expired card fails until updated. */
export function renewalAttempts(rng: Rng, c: Card): Attempt[] {
  const base = {
    method: 'card' as const,
    card: c,
    avs: 'unchecked' as const,
    cvc: 'unchecked' as const,
    auth: 'off_session' as const,
  };
  if (rng.chance(0.9)) return [{ ...base, ok: true, afterMs: rng.int(2, 20) * SECOND }];
  const decline = rng.pick(['expired_card', 'insufficient_funds', 'do_not_honor']);
  const first: Attempt = { ...base, ok: false, afterMs: rng.int(2, 20) * SECOND, decline };
  return rng.chance(0.5) ? [first, { ...base, ok: true, afterMs: rng.int(20, 30) * HOUR }] : [first];
}

export { noCard };
