import { accountBuyer, type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, breakable, type Fulfilment } from './catalogue.js';
import { type Account } from './people.js';
import { MARKETS, type Market, type Place, pickupStore, type PickupStore } from './places.js';
import {
  type Destination,
  destinationOf,
  type Fulfilled,
  fulfil,
  honestTail,
  type Invoice,
  type LaterEvent,
  type PayPlan,
  type Purchase,
} from './purchase.js';

/** The store's world for a window, the e-invoice and tax-ID details, and the assembly of one purchase. */

export interface World {
  window: Window;
  accounts: Account[];
}

/** A member account, drawn from those that match; the active ones come back more often. */
export function pickAccount(rng: Rng, w: World, match: (a: Account) => boolean, activeWeight = 3): Account {
  const found = w.accounts.filter(match);
  if (found.length === 0) throw new Error('no account matches');
  return rng.weightedPick(found.map((a) => [a, a.active ? activeWeight : 1] as const));
}

/** A member account from those that match, or none when the base has none (small streams). */
export function maybeAccount(rng: Rng, w: World, match: (a: Account) => boolean): Account | undefined {
  const found = w.accounts.filter(match);
  return found.length > 0 ? rng.pick(found) : undefined;
}

/** A Taiwanese company tax ID (統一編號): eight digits whose weighted digit sums end in 0. */
export function taxId(rng: Rng): string {
  const weights = [1, 2, 1, 2, 1, 2, 4, 1];
  const sum = (digits: number[]) =>
    digits.reduce((s, d, i) => {
      const v = d * (weights[i] ?? 1);
      return s + Math.floor(v / 10) + (v % 10);
    }, 0);
  for (;;) {
    const digits = Array.from({ length: 7 }, (_, i) => rng.int(i === 0 ? 1 : 0, 9));
    if (digits[6] === 7) continue;
    for (let last = 0; last <= 9; last++)
      if (sum([...digits, last]) % 10 === 0) return [...digits, last].join('');
  }
}

/** The e-invoice a Taiwanese consumer asks for: the member carrier, a phone barcode, or donated to a charity. */
export function consumerInvoice(rng: Rng, signedIn: boolean): Invoice {
  const type = rng.weightedPick<Invoice['type']>([
    ['member_carrier', signedIn ? 50 : 0],
    ['mobile_barcode', 38],
    ['donation', 12],
  ]);
  if (type === 'mobile_barcode')
    return { type, carrier: `/${rng.token(7, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+-.')}` };
  if (type === 'donation')
    return { type, donationCode: rng.pick(['919', '8455', '168001', '25885', '7000']) };
  return { type };
}

export const companyInvoice = (company: { name: string; taxId: string }): Invoice => ({
  type: 'b2b',
  taxId: company.taxId,
  title: company.name,
});

/** Everything a planner decides about one purchase. */
export interface Draft {
  at: number;
  fraud: boolean;
  kind: string;
  buyer: Buyer;
  billing: Address;
  basket: Basket;
  pay: PayPlan;
  fulfilment: Fulfilment;
  /** The shipping country, for transit times (the billing country when nothing ships). */
  dest: string;
  shipping?: Address;
  recipient?: string;
  pickup?: PickupStore;
  ip: string;
  device: Device;
  market: Market;
  invoice?: Invoice;
  giftNote?: string;
  voucherTo?: string;
  /** A parcel left at the store, never collected. */
  noShow?: boolean;
  /** The shop cancels the paid order before dispatch, this long after payment, for this reason. */
  cancelIn?: number;
  cancelReason?: string;
  /** What follows the parcel's arrival (refunds, warnings, disputes), given how it went. */
  tail?: (done: Fulfilled, dest: Destination, basket: Basket) => LaterEvent[];
}

export function assemble(rng: Rng, d: Draft): Purchase {
  const dest = destinationOf(d.dest);
  const done = fulfil(rng, d.at, d.pay, d.fulfilment, dest, {
    ...(d.noShow ? { noShow: true } : {}),
    ...(d.cancelIn !== undefined ? { cancelIn: d.cancelIn } : {}),
    ...(d.cancelReason ? { cancelReason: d.cancelReason } : {}),
  });
  const later = [...done.later, ...(d.tail?.(done, dest, d.basket) ?? [])];
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket: d.basket,
    billing: d.billing,
    attempts: d.pay.attempts,
    later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    ...(d.recipient ? { recipient: d.recipient } : {}),
    fulfilment: d.fulfilment,
    ...(d.pickup ? { pickup: d.pickup } : {}),
    ip: d.ip,
    device: d.device,
    locale: MARKETS[d.market].locale,
    ...(d.invoice ? { invoice: d.invoice } : {}),
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.voucherTo ? { voucherTo: d.voucherTo } : {}),
    ...(d.pay.deferred ? { deferred: d.pay.deferred } : {}),
  };
}

export { accountBuyer };

/** A buyer who checks out as a guest. */
export const guest = (p: { name: string; email: string }): Buyer => ({ email: p.email, name: p.name });

/** A buyer who opens an account at checkout, `minutes` before the order. */
export const freshAccount = (
  rng: Rng,
  p: { name: string; email: string },
  at: number,
  minutes: number,
): Buyer => ({
  id: `mbr_${rng.int(3_000_000, 3_999_999)}`,
  email: p.email,
  name: p.name,
  createdAt: at - minutes * 60_000,
});

export const GIFT_NOTES = [
  '爸媽新年快樂',
  '祝阿公阿嬤身體健康 新年快樂',
  '新春愉快 萬事如意',
  '恭賀新禧',
  '馬去羊來 平安喜樂',
];

const nearTaipei = (p: Place) => p.city.startsWith('臺北市') || p.city.startsWith('新北市');

/** Where a Taiwanese parcel goes: the door by black cat, a convenience store, or the shop on Dihua Street. */
export function twDelivery(
  rng: Rng,
  place: Place,
  home: Address,
  w: { home: number; cvs: number; shop: number },
): { fulfilment: Fulfilment; shipping?: Address; pickup?: PickupStore } {
  const f = rng.weightedPick<Fulfilment>([
    ['home_delivery', w.home],
    ['cvs_pickup', w.cvs],
    ['shop_pickup', nearTaipei(place) ? w.shop : 0],
  ]);
  if (f === 'home_delivery') return { fulfilment: f, shipping: home };
  if (f === 'shop_pickup') return { fulfilment: f };
  const pickup = pickupStore(rng, place);
  return { fulfilment: f, shipping: pickup.address, pickup };
}

/** Plans the purchase, with the honest tail (breakage, a change of mind, a slow parcel) unless it has its own. */
export function finish(rng: Rng, d: Draft): Purchase {
  const fragile = breakable(d.basket.lines);
  return assemble(rng, {
    ...d,
    tail:
      d.tail ??
      ((done, dest, basket) => honestTail(rng, d.at, done, basket, { fragile, dest, disputable: true })),
  });
}
