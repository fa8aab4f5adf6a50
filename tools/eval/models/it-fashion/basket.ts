import { type Address, type BasketLine, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Category, type Item, lineFor, pickItem } from './catalogue.js';
import { type Account } from './people.js';
import { BOUTIQUES, type Currency, MARKETS } from './places.js';
import {
  type Attempt,
  type Basket,
  type Fulfilment,
  type LaterEvent,
  type Purchase,
  secondMarkdown,
} from './purchase.js';

/** Baskets and the frame of a purchase, shared by the honest and fraud planners. */

export const WELCOME_CODE = 'BENVENUTO10';

/** `count` lines of items picked by `choose`, at the price of the moment (no item twice). */
export function linesOf(
  rng: Rng,
  w: Window,
  at: number,
  currency: Currency,
  count: number,
  choose: (rng: Rng) => Item = (r) => pickItem(r),
): BasketLine<Category>[] {
  const second = secondMarkdown(w, at);
  const out: BasketLine<Category>[] = [];
  for (let i = 0; i < count * 3 && out.length < count; i++) {
    const it = choose(rng);
    if (out.some((l) => l.sku.startsWith(it.sku))) continue;
    out.push(lineFor(rng, it, currency, second));
  }
  return out;
}

/**
 * The basket's money: items, less a welcome code's 10 %, plus duties when the buyer outside the EU picks
 * duty-paid delivery (collected orders are sold in Italy).
 */
export function basketOf(
  rng: Rng,
  lines: BasketLine<Category>[],
  currency: Currency,
  shipTo: string,
  fulfilment: Fulfilment,
  code?: string,
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.round((items * 0.1) / 100) * 100 : 0;
  const m = MARKETS[fulfilment === 'express' ? shipTo : 'IT'] ?? { eu: false, dutyRate: 0 };
  const abroad = fulfilment === 'express' && !m.eu;
  const duty = !abroad ? 'eu' : rng.chance(0.75) ? 'ddp' : 'dap';
  const duties = duty === 'ddp' ? Math.round(((items - discount) * m.dutyRate) / 100) * 100 : 0;
  return {
    lines,
    currency,
    amount: items - discount + duties,
    ...(code ? { discountCode: code } : {}),
    discount,
    duties,
    duty,
  };
}

/** The boutique nearer the buyer's Italian city (Rome for the south). */
export const pickupFor = (city?: string): Fulfilment =>
  city && ['Roma', 'Napoli', 'Bari', 'Palermo', 'Capri', 'Positano'].includes(city)
    ? 'pickup_roma'
    : 'pickup_milano';

export const pickupAddress = (f: Fulfilment): Address | undefined =>
  f === 'pickup_milano' ? BOUTIQUES.milano : f === 'pickup_roma' ? BOUTIQUES.roma : undefined;

export const buyerOf = (a: Account): Buyer => ({
  id: a.id,
  email: a.person.email,
  name: a.person.name,
  createdAt: a.createdAt,
});

export const channelOf = (d: Device): Purchase['channel'] =>
  d.userAgent.startsWith('Spiga22') ? 'app' : 'web';

/** The frame every planner fills in. */
export interface Frame {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  billing: Address;
  attempts: Attempt[];
  later: LaterEvent[];
  buyer: Buyer;
  shipping: (Address & { region?: string }) | undefined;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  channel?: Purchase['channel'];
  taxFree?: boolean;
  giftMessage?: string;
  shopper?: string;
}

export function purchaseOf(f: Frame): Purchase {
  const { shipping, channel, taxFree, giftMessage, shopper, ...rest } = f;
  return {
    ...rest,
    ...(shipping ? { shipping } : {}),
    channel: channel ?? channelOf(f.device),
    ...(taxFree ? { taxFree } : {}),
    ...(giftMessage ? { giftMessage } : {}),
    ...(shopper ? { shopper } : {}),
  };
}
