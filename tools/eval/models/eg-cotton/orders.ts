import { type Address, type BasketLine, type Buyer, type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newYearWeek, saleOn } from './calendar.js';
import { basketOf, type Category } from './catalogue.js';
import { isGreaterCairo, type Currency, MARKETS, type Country, cityOf } from './places.js';
import {
  channelOf,
  FULFIL,
  type Fulfil,
  fawryRef,
  honestLater,
  type HonestOutcome,
  honestPayment,
  type Method,
  ORDINARY,
  type Purchase,
} from './purchase.js';

/**
 * The two shapes of an honest checkout: one delivered in Egypt (paid in pounds, or from abroad in the buyer's
 * currency) and one shipped abroad by express courier, duties unpaid. The kinds in honest.ts and
 * honest-more.ts say who buys what; these put the basket, payment and what follows together.
 */

export interface Checkout {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  /** Where it goes; none for collection at the showroom. */
  shipTo?: Address;
  cards: readonly Card[];
  wallet?: boolean;
  signedIn: boolean;
  device: Device;
  ip: string;
  lines: BasketLine<Category>[];
  methods: ReadonlyArray<readonly [Method, number]>;
  currency?: Currency;
  /** Discount codes this buyer may use, with the chance and the percentage. */
  code?: readonly [string, number, number];
  outcome?: HonestOutcome;
  ff?: Fulfil;
  giftNote?: string;
  company?: { name: string; taxId: string };
  locale?: string;
  payerCountry?: string;
}

/** The season's codes: the January sale, New Year week, a welcome code for new buyers. */
export function seasonCode(
  rng: Rng,
  at: number,
  fresh: boolean,
): readonly [string, number, number] | undefined {
  if (saleOn(at)) return ['YANAYER20', 0.55, 20];
  if (newYearWeek(at)) return ['NEWYEAR15', 0.3, 15];
  if (fresh) return ['WELCOME10', 0.15, 10];
  return rng.chance(0.04) ? ['FRIENDS10', 1, 10] : undefined;
}

const EGP_LIMIT: Partial<Record<Method, number>> = {
  cod: 3_000_000,
  fawry: 5_000_000,
  vodafone_cash: 6_000_000,
};
const EGP_FLOOR: Partial<Record<Method, number>> = { valu: 300_000, bank_transfer: 2_000_000 };

/** An order delivered in Egypt (or collected), in pounds unless `currency` says otherwise. */
export function egyptCheckout(rng: Rng, c: Checkout): Purchase {
  const currency = c.currency ?? 'EGP';
  const items = c.lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const usable = c.methods.filter(
    ([m]) =>
      currency !== 'EGP' ||
      ((EGP_LIMIT[m] === undefined || items <= (EGP_LIMIT[m] ?? 0)) &&
        (EGP_FLOOR[m] === undefined || items >= (EGP_FLOOR[m] ?? 0)) &&
        (m !== 'vodafone_cash' || c.wallet)),
  );
  const method = rng.weightedPick(usable.length > 0 ? usable : [['card', 1] as const]);
  const useCode = c.code && rng.chance(c.code[1]) ? c.code : undefined;
  const far = c.shipTo && cityOf(c.shipTo)?.zone === 'far';
  const ff = c.ff ?? (c.shipTo ? (far ? FULFIL.egyptFar : FULFIL.egypt) : FULFIL.pickup);
  const basket = basketOf(c.lines, currency, ff.f, c.shipTo, {
    ...(useCode ? { code: useCode[0], percent: useCode[2] } : {}),
    cod: method === 'cod',
  });
  const payment = honestPayment(
    rng,
    method,
    { cards: c.cards, country: c.payerCountry ?? 'EG', signedIn: c.signedIn, wallet: c.wallet ?? false },
    basket,
  );
  const later = honestLater(rng, { payment, amount: basket.amount, ff }, c.outcome ?? ORDINARY);
  return {
    at: c.at,
    fraud: false,
    kind: c.kind,
    basket,
    billing: c.billing,
    attempts: payment.attempts,
    later,
    buyer: c.buyer,
    ...(c.shipTo ? { shipping: c.shipTo } : {}),
    fulfilment: ff.f,
    method,
    ip: c.ip,
    device: c.device,
    locale: c.locale ?? (rng.chance(0.7) ? 'ar-EG' : 'en-EG'),
    channel: channelOf(c.device),
    ...(c.giftNote ? { giftNote: c.giftNote } : {}),
    ...(c.company ? { company: c.company } : {}),
    ...(payment.settle === 'fawry' || method === 'fawry' ? { fawryReference: fawryRef(rng) } : {}),
  };
}

/** An order shipped abroad by express courier, paid by card or Apple Pay in the market's currency. */
export function abroadCheckout(rng: Rng, c: Checkout & { shipTo: Address }): Purchase {
  const market = MARKETS[c.shipTo.country as Country];
  const currency = c.currency ?? market.currency;
  const method = rng.weightedPick(c.methods);
  const useCode = c.code && rng.chance(c.code[1]) ? c.code : undefined;
  const ff = c.ff ?? FULFIL.abroad;
  const basket = basketOf(
    c.lines,
    currency,
    ff.f,
    c.shipTo,
    useCode ? { code: useCode[0], percent: useCode[2] } : {},
  );
  const payment = honestPayment(
    rng,
    method,
    { cards: c.cards, country: c.payerCountry ?? c.billing.country, signedIn: c.signedIn },
    basket,
  );
  const later = honestLater(rng, { payment, amount: basket.amount, ff }, c.outcome ?? ORDINARY);
  return {
    at: c.at,
    fraud: false,
    kind: c.kind,
    basket,
    billing: c.billing,
    attempts: payment.attempts,
    later,
    buyer: c.buyer,
    shipping: c.shipTo,
    fulfilment: ff.f,
    method,
    ip: c.ip,
    device: c.device,
    locale: c.locale ?? rng.pick(market.locales),
    channel: channelOf(c.device),
    ...(c.giftNote ? { giftNote: c.giftNote } : {}),
    duty: 'ddu',
  };
}

/** Egyptian deliveries are fastest in Greater Cairo. */
export const egyptFulfil = (to: Address): Fulfil =>
  isGreaterCairo(to) ? FULFIL.egypt : cityOf(to)?.zone === 'far' ? FULFIL.egyptFar : FULFIL.egypt;
