import { crossBorder, expat, forcesBfpo, islander, privacyUser, student, traveller } from './honest-away.js';
import {
  bracketing,
  clickAndCollect,
  giftShipped,
  influencerCode,
  newCustomer,
  payLater,
  type Planner,
  returningCustomer,
} from './honest-everyday.js';
import {
  addressFix,
  bigFirstOrder,
  declinedThenRetry,
  giftCardPresent,
  household,
  movedHouse,
  officeNetwork,
} from './honest-messy.js';
import { blackFridayRush, dropOwnCard } from './honest-sale.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Honest kinds and their share of honest orders (weights, in per cent). */
export const HONEST: Readonly<Record<string, { weight: number; plan: Planner }>> = {
  returning_customer: { weight: 24, plan: returningCustomer },
  new_customer: { weight: 12, plan: newCustomer },
  black_friday_rush: { weight: 9, plan: blackFridayRush },
  pay_later: { weight: 6, plan: payLater },
  click_and_collect: { weight: 5, plan: clickAndCollect },
  gift_shipped: { weight: 5, plan: giftShipped },
  size_bracketing: { weight: 4, plan: bracketing },
  influencer_code: { weight: 4, plan: influencerCode },
  declined_then_retry: { weight: 4, plan: declinedThenRetry },
  student: { weight: 3.5, plan: student },
  privacy_user: { weight: 3, plan: privacyUser },
  household_shared: { weight: 2.5, plan: household },
  traveller: { weight: 2.5, plan: traveller },
  cross_border_ni_roi: { weight: 2.5, plan: crossBorder },
  sneaker_fan: { weight: 2, plan: dropOwnCard(false) },
  expat_abroad: { weight: 2, plan: expat },
  office_network: { weight: 2, plan: officeNetwork },
  new_phone_moved_house: { weight: 2, plan: movedHouse },
  egift_present: { weight: 2, plan: giftCardPresent },
  big_first_order: { weight: 1.5, plan: bigFirstOrder },
  address_correction: { weight: 1.5, plan: addressFix },
  island_customer: { weight: 1.2, plan: islander },
  reseller_own_card: { weight: 0.8, plan: dropOwnCard(true) },
  forces_bfpo: { weight: 0.8, plan: forcesBfpo },
};

/** Exactly `count` honest orders, split by weight (largest remainders), each kind at least once when there is room. */
export function planHonest(rng: Rng, world: World, count: number): Purchase[] {
  const kinds = Object.keys(HONEST);
  const total = kinds.reduce((sum, k) => sum + (HONEST[k]?.weight ?? 0), 0);
  const quotas = kinds.map((k) => (count * (HONEST[k]?.weight ?? 0)) / total);
  const counts = quotas.map((q) => (count >= kinds.length * 4 ? Math.max(1, Math.floor(q)) : Math.floor(q)));
  let left = count - counts.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0]);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--)
    counts[order[i]?.[1] ?? 0] = (counts[order[i]?.[1] ?? 0] ?? 0) + 1;
  for (let i = counts.length - 1; left < 0; i = (i - 1 + counts.length) % counts.length) {
    if ((counts[i] ?? 0) > 1) {
      counts[i] = (counts[i] ?? 0) - 1;
      left++;
    }
  }
  const postRng = rng.fork('posts');
  const posts = Array.from({ length: 4 }, () => world.time(postRng));
  const out: Purchase[] = [];
  kinds.forEach((kind, i) => {
    const planner = HONEST[kind];
    const kindRng = rng.fork(kind);
    for (let n = 0; n < (counts[i] ?? 0); n++) if (planner) out.push(planner.plan(kindRng, world, { posts }));
  });
  return out;
}
