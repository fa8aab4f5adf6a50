import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avsFor } from './cards.js';
import { type Attempt, type Card, type Carrier, type Later, type Method, type ThreeDS } from './purchase.js';

/** How each payment method plays out for an honest buyer: approvals, 3-D Secure, slips paid late or never. */

export const JP_METHODS: Readonly<Record<Method, number>> = {
  card: 50,
  konbini: 14,
  paypay: 12,
  carrier_billing: 8,
  cod: 6,
  bank_transfer: 5,
  paypal: 5,
};

export const ABROAD_METHODS: Readonly<Partial<Record<Method, number>>> = { card: 68, paypal: 32 };

/** Japanese cards go through 3-D Secure; European and British cards mostly; others only sometimes. */
export function threeDsOf(rng: Rng, card: Card, passes = true): ThreeDS {
  const strong = card.country === 'JP' || ['GB', 'DE', 'FR', 'IT', 'ES', 'SG', 'AU'].includes(card.country);
  if (!strong && rng.chance(0.6)) return 'not_attempted';
  if (!passes) return 'challenge_failed';
  return rng.chance(0.78) ? 'frictionless' : 'challenge_passed';
}

/** A card authorisation that succeeds or declines for `decline`. */
export function cardAttempt(
  rng: Rng,
  card: Card,
  o: { ok: boolean; billingMatches?: boolean; afterMs?: number; decline?: string; threeDS?: ThreeDS },
): Attempt {
  const threeDS = o.threeDS ?? threeDsOf(rng, card, o.ok || o.decline !== 'authentication_failed');
  return {
    method: 'card',
    card,
    ok: o.ok,
    avs: avsFor(rng, card, o.billingMatches ?? true),
    cvc: o.decline === 'incorrect_cvc' ? 'fail' : 'pass',
    threeDS,
    afterMs: o.afterMs ?? rng.int(8, 60) * 1000,
    ...(o.ok ? {} : { decline: o.decline ?? 'do_not_honor' }),
  };
}

const CARRIERS: Readonly<Record<Carrier, number>> = { docomo: 45, au: 30, softbank: 25 };

/** What honest paying looks like, method by method, with what it leaves behind (unpaid slips, refusals). */
export function honestPayment(
  rng: Rng,
  method: Method,
  card: Card,
  spare: () => Card,
): { attempts: Attempt[]; later: Later[] } {
  const attempts: Attempt[] = [];
  const later: Later[] = [];
  const instant = (m: Method, ok = true, decline?: string): Attempt => ({
    method: m,
    ok,
    avs: 'unchecked',
    cvc: 'unchecked',
    afterMs: rng.int(5, 90) * 1000,
    ...(m === 'carrier_billing' ? { carrier: rng.weighted(CARRIERS) } : {}),
    ...(decline ? { decline } : {}),
  });
  switch (method) {
    case 'card': {
      const r = rng.next();
      if (r < 0.03) {
        // 3-D Secure challenge abandoned or the one-time password mistyped, then passed.
        attempts.push(cardAttempt(rng, card, { ok: false, decline: 'authentication_failed' }));
        if (rng.chance(0.75))
          attempts.push(
            cardAttempt(rng, card, {
              ok: true,
              threeDS: 'challenge_passed',
              afterMs: rng.int(30, 300) * 1000,
            }),
          );
        else
          later.push({
            type: 'order.cancelled',
            afterMs: rng.int(20, 90) * MINUTE,
            reason: 'payment_failed',
          });
      } else if (r < 0.06) {
        attempts.push(
          cardAttempt(rng, card, {
            ok: false,
            decline: rng.pick(['insufficient_funds', 'card_limit_exceeded', 'expired_card']),
          }),
        );
        attempts.push(cardAttempt(rng, spare(), { ok: true, afterMs: rng.int(40, 600) * 1000 }));
      } else if (r < 0.075) {
        attempts.push(cardAttempt(rng, card, { ok: false, decline: 'incorrect_cvc' }));
        attempts.push(cardAttempt(rng, card, { ok: true, afterMs: rng.int(15, 90) * 1000 }));
      } else attempts.push(cardAttempt(rng, card, { ok: true }));
      break;
    }
    case 'konbini':
      if (rng.chance(0.87))
        attempts.push({ ...instant('konbini'), afterMs: Math.floor(rng.float(0.3, 60) * HOUR) });
      else
        later.push({
          type: 'order.cancelled',
          afterMs: 3 * DAY + rng.int(1, 12) * HOUR,
          reason: 'payment_expired',
        });
      break;
    case 'bank_transfer':
      if (rng.chance(0.9))
        attempts.push({ ...instant('bank_transfer'), afterMs: Math.floor(rng.float(2, 70) * HOUR) });
      else
        later.push({
          type: 'order.cancelled',
          afterMs: 7 * DAY + rng.int(1, 12) * HOUR,
          reason: 'payment_expired',
        });
      break;
    case 'cod':
      if (rng.chance(0.97))
        attempts.push({ ...instant('cod'), afterMs: Math.floor(rng.float(20, 72) * HOUR) });
      else
        later.push({
          type: 'order.cancelled',
          afterMs: rng.int(30, 80) * HOUR,
          reason: 'refused_on_delivery',
        });
      break;
    case 'carrier_billing':
      if (rng.chance(0.06)) {
        attempts.push(instant('carrier_billing', false, 'carrier_limit_exceeded'));
        attempts.push({ ...instant('paypay'), afterMs: rng.int(60, 400) * 1000 });
      } else attempts.push(instant('carrier_billing'));
      break;
    default: {
      const ok = rng.chance(0.985);
      attempts.push(instant(method, ok, ok ? undefined : 'wallet_declined'));
      if (!ok) attempts.push(cardAttempt(rng, card, { ok: true, afterMs: rng.int(40, 300) * 1000 }));
    }
  }
  return { attempts, later };
}
