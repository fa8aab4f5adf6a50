import { type Rng } from '../kit/random.js';
import { bill, linesOf } from './basket.js';
import { renewalTime } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import { buyerOf, honestLater, locale } from './honest-kit.js';
import { type World } from './people.js';
import { type Attempt, cardAttempt, HOUR, MINUTE, type Purchase } from './purchase.js';

/**
 * Weekly meal-kit renewals: the scheduler charges the saved card on the plan's cut-off day, early morning,
 * without CVC and without a browser. A card that has expired or is short is retried later in the day; the
 * customer often updates it from the app; some boxes are then cancelled. A few customers who forgot to skip a
 * week dispute the charge as a cancelled subscription.
 */
export function renewal(rng: Rng, w: World): Purchase {
  const subscribers = w.customers.filter((c) => c.plan);
  const c = rng.pick(subscribers.length > 0 ? subscribers : w.of('household'));
  const plan = c.plan ?? { id: `sub_${rng.token(12)}`, weekday: 2, sku: 'MK-2P3' };
  const at = renewalTime(rng, w.window, plan.weekday);
  const extras: ReadonlyArray<readonly [string, number, number]> = [
    ['DA-CHD', 1, 1],
    ['PA-COF', 1, 1],
  ];
  const addOns = rng.chance(0.3) ? extras.slice(0, rng.int(1, 2)) : [];
  const holidayBox = rng.chance(0.12);
  const lines = linesOf(rng, [[holidayBox ? 'MK-HOL' : plan.sku, 1, 1], ...addOns]);
  const basket = bill(lines, c.province, 'subscription');
  const card = c.cards[0] ?? newCard(rng);
  const attempts: Attempt[] = [];
  if (rng.chance(0.055)) {
    const why: Decline = rng.weightedPick<Decline>([
      ['expired_card', 40],
      ['insufficient_funds', 45],
      ['do_not_honor', 15],
    ]);
    attempts.push(cardAttempt(rng, card, false, 'renewal', 'good', rng.int(1_000, 4_000), why));
    const next = rng.next();
    if (why !== 'expired_card' && next < 0.45)
      attempts.push(cardAttempt(rng, card, true, 'renewal', 'good', rng.int(6, 20) * HOUR));
    else if (next < 0.85) {
      const updated = why === 'expired_card' ? { ...card } : newCard(rng);
      attempts.push(cardAttempt(rng, updated, true, 'typed', 'good', rng.int(40 * MINUTE, 14 * HOUR)));
    }
  } else attempts.push(cardAttempt(rng, card, true, 'renewal', 'good', rng.int(1_000, 4_000)));
  const later = honestLater(rng, at, basket, {
    disputeShare: 0.012,
    disputeReason: 'subscription_canceled',
  }).filter((l) => l.type !== 'order.updated');
  return {
    at,
    fraud: false,
    kind: 'meal_kit_renewal',
    basket,
    billing: { ...c.billing },
    attempts,
    later,
    buyer: buyerOf(c),
    shipping: { ...c.home },
    fulfilment: 'subscription',
    locale: locale(c),
    subscriptionId: plan.id,
    tz: c.tz,
  };
}
