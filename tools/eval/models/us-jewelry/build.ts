import { type Address, type BasketLine, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, basketOf, type Category, type Fulfilment, type Speed } from './catalogue.js';
import { type Account, type Tier } from './people.js';
import { type Region } from './places.js';
import { type Attempt, DAY, type LaterEvent, MINUTE, type Purchase } from './purchase.js';

/** The store's world over the window: its accounts. */
export interface World {
  window: Window;
  customers: Account[];
}

/** Everything about a purchase but its money, its payments and what happens after. */
export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Where it goes (none for e-gift cards and showroom pickups) and the state whose sales tax applies. */
  shipping?: Address;
  taxRegion?: Region;
  fulfilment: Fulfilment;
  speed: Speed;
  ip: string;
  device: Device;
  lines: BasketLine<Category>[];
  code?: string | undefined;
  tier?: Tier;
  giftMessage?: string;
  recipientEmail?: string;
  company?: string;
}

/** The purchase: the basket priced, paid by `pay`, followed by `after`. */
export function finish(
  d: Draft,
  pay: (amount: number) => Attempt[],
  after: (basket: Basket) => LaterEvent[],
): Purchase {
  const basket = basketOf(d.lines, {
    speed: d.speed,
    country: d.shipping?.country ?? d.billing.country,
    f: d.fulfilment,
    ...(d.taxRegion ? { taxRegion: d.taxRegion } : {}),
    code: d.code,
  });
  const signature = d.fulfilment === 'ship' && basket.amount >= 50_000;
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts: pay(basket.amount),
    later: after(basket),
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    speed: d.speed,
    signature,
    ip: d.ip,
    device: d.device,
    ...(d.tier ? { tier: d.tier } : {}),
    ...(d.giftMessage ? { giftMessage: d.giftMessage } : {}),
    ...(d.recipientEmail ? { recipientEmail: d.recipientEmail } : {}),
    ...(d.company ? { company: d.company } : {}),
  };
}

/** How fast it should go: ground early on, overnight as the day gets close. */
export function speedFor(rng: Rng, w: Window, at: number): Speed {
  const left = (w.end - at) / DAY;
  if (left < 3)
    return rng.weightedPick<Speed>([
      ['ground', 10],
      ['two_day', 25],
      ['overnight', 65],
    ]);
  if (left < 6)
    return rng.weightedPick<Speed>([
      ['ground', 35],
      ['two_day', 40],
      ['overnight', 25],
    ]);
  return rng.weightedPick<Speed>([
    ['ground', 60],
    ['two_day', 28],
    ['overnight', 12],
  ]);
}

/** A guest checkout, or an account opened a few minutes before it (to track the order, to save the card). */
export function freshBuyer(rng: Rng, at: number, email: string, name: string, account: number): Buyer {
  if (!rng.chance(account)) return { email, name };
  return { id: `cus_${rng.token(14)}`, email, name, createdAt: at - rng.int(1, 25) * MINUTE };
}

const NOTES = [
  'Happy Valentine’s Day, my love',
  'To my favourite person. Love, M',
  'Will you be my Valentine?',
  'Five years and counting ❤',
  'For Mom, love you',
  'Surprise! xo',
  'You make every day better',
  'Happy anniversary & Valentine’s',
];

export const giftNote = (rng: Rng): string => rng.pick(NOTES);
