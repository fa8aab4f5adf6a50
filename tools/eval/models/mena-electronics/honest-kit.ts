import { cardFrom } from './cards.js';
import { basketOf, type Basket } from './catalog.js';
import { type Rng } from '../kit/random.js';
import { localPrice, MARKET_SHARES, type MarketCode, type Method, saleDay, tzOf } from './markets.js';
import { DAY, HOUR, type Purchase, when, type Window } from './purchase.js';
import { buyerOf, connect, honestLater, methodFor, payByBnpl, payByCard, type Shopper } from './shoppers.js';

/** What the honest planners share: rendering a shopper's order, and which storefront and moment. */

const aedOf = (b: Basket, market: MarketCode) => (b.amount / localPrice(1000, market)) * 1000;

/** Renders one honest purchase of shopper `s` at `at`: method, payment, later events. */
export function finish(
  rng: Rng,
  kind: string,
  s: Shopper,
  at: number,
  basket: (method: Method) => Basket,
  opts: {
    method?: Method;
    ip?: string;
    shipping?: Purchase['shipping'] | null;
    billing?: Purchase['billing'];
    declineRate?: number;
    billingMatches?: boolean;
  } = {},
): Purchase {
  const guess = basket('card');
  const method = opts.method ?? (guess.digital ? 'card' : methodFor(rng, s.market, aedOf(guess, s.market)));
  const b = method === 'card' ? guess : basketOf(guess.lines, s.market, method);
  const shipping = b.digital || opts.shipping === null ? undefined : (opts.shipping ?? s.home);
  const attempts =
    method === 'card'
      ? payByCard(
          rng,
          s.card,
          () => cardFrom(rng, s.card.country),
          opts.billingMatches ?? true,
          opts.declineRate,
          s.account !== undefined && at - s.account.createdAt > 60 * DAY,
        )
      : method === 'bnpl'
        ? payByBnpl(rng)
        : [];
  const p = { market: s.market, method, basket: b, attempts, ...(shipping ? { shipping } : {}) };
  return {
    at,
    fraud: false,
    kind,
    ...p,
    billing: opts.billing ?? s.home,
    buyer: buyerOf(s),
    ip: opts.ip ?? connect(rng, s),
    device: s.device,
    later: honestLater(rng, p),
  };
}

export const market = (rng: Rng): MarketCode => rng.weighted(MARKET_SHARES);
export const gulf = (rng: Rng): MarketCode => rng.weighted({ AE: 45, SA: 30, QA: 12, KW: 13 });

/** A moment on the sale days if the window has them, else any busy moment. */
export function saleMoment(rng: Rng, w: Window, m: MarketCode): number {
  for (let i = 0; i < 30; i++) {
    const t = when(rng, w, m);
    if (saleDay(t + tzOf(m, t) * HOUR) !== undefined) return t;
  }
  return when(rng, w, m);
}
