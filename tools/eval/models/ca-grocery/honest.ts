import { type Rng } from '../kit/random.js';
import { bill, type Fulfilment, groceryLines } from './basket.js';
import { drawTime, HOUSEHOLD_HOURS } from './calendar.js';
import { delivery } from './delivery.js';
import { type World } from './people.js';
import { type Purchase } from './purchase.js';
import { renewal } from './renewal.js';
import { abroad, forParents, giftCards, guest, officeLunch, student, senior } from './honest-more.js';
import { firstOrder, referredFriend } from './honest-new.js';

/** Honest purchases: the kinds and their shares. */

export const HONEST = {
  weekly_basket: 33,
  meal_kit_renewal: 15,
  first_order_welcome: 7,
  holiday_hosting: 7,
  for_parents: 6,
  student: 5,
  senior: 5,
  office_lunch: 5,
  guest_checkout: 5,
  gift_cards: 4,
  from_abroad: 3,
  referred_friend: 3,
  reorder_after_decline: 2,
} as const;
export type HonestKind = keyof typeof HONEST;

function weekly(rng: Rng, w: World, holiday: boolean): Purchase {
  const c = rng.pick(w.of('household'));
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const lines = groceryLines(rng, {
    items: holiday ? rng.int(12, 26) : rng.int(6, 19),
    province: c.province,
    alcohol: rng.chance(holiday ? 0.8 : 0.22),
    baby: c.baby,
    holiday: holiday || rng.chance(0.15),
  });
  const how: Fulfilment = rng.chance(0.14) ? 'pickup' : 'delivery';
  return delivery(rng, {
    kind: holiday ? 'holiday_hosting' : 'weekly_basket',
    customer: c,
    at,
    basket: bill(lines, c.province, how),
    how,
  });
}

/** A declined checkout the customer abandons, then places again from scratch an hour or a day later. */
function reorderAfterDecline(rng: Rng, w: World): Purchase {
  const p = weekly(rng, w, false);
  const first = p.attempts[0];
  if (first)
    p.attempts = [
      { ...first, ok: false, decline: rng.pick(['insufficient_funds', 'do_not_honor'] as const) },
    ];
  p.kind = 'reorder_after_decline';
  p.later = [];
  return p;
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'weekly_basket':
      return weekly(rng, w, false);
    case 'holiday_hosting':
      return weekly(rng, w, true);
    case 'meal_kit_renewal':
      return renewal(rng, w);
    case 'first_order_welcome':
      return firstOrder(rng, w);
    case 'referred_friend':
      return referredFriend(rng, w);
    case 'for_parents':
      return forParents(rng, w);
    case 'student':
      return student(rng, w);
    case 'senior':
      return senior(rng, w);
    case 'office_lunch':
      return officeLunch(rng, w);
    case 'guest_checkout':
      return guest(rng, w);
    case 'gift_cards':
      return giftCards(rng, w);
    case 'from_abroad':
      return abroad(rng, w);
    case 'reorder_after_decline':
      return reorderAfterDecline(rng, w);
  }
}
