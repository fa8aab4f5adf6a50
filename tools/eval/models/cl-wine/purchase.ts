import {
  type Address,
  type Buyer,
  type Card as ShownCard,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  paid,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { workingDay } from './calendar.js';
import { type Card, type Funding, newCard, shown } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Account } from './people.js';

/**
 * One planned purchase before events.ts renders it, and how people pay: Webpay Plus (Chilean credit cards in
 * cuotas, Redcompra debit and prepaid cards, with the issuer's authentication), Mercado Pago (a card or the
 * account's balance), Khipu and plain bank transfers, cash on delivery in Santiago, PayPal, and cards under
 * 3-D Secure from abroad.
 */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  | 'webpay_plus'
  | 'webpay_oneclick'
  | 'mercado_pago'
  | 'khipu'
  | 'transferencia'
  | 'contra_entrega'
  | 'paypal'
  | 'card';
export type ThreeDS = 'authenticated' | 'frictionless' | 'challenge_failed' | 'not_enrolled' | 'attempted';
export type Decline =
  | 'insufficient_funds'
  | 'exceeds_limit'
  | 'authentication_failed'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'stolen_card'
  | 'card_declined'
  | 'transfer_not_received'
  | 'restricted_country';

export interface Attempt {
  method: Method;
  /** The card as the bodies show it; its funding stays beside it. */
  card?: ShownCard;
  funding?: Funding;
  ok: boolean;
  avs?: 'pass' | 'fail' | 'partial' | 'unavailable' | 'unchecked';
  cvc?: 'pass' | 'fail' | 'partial' | 'unavailable' | 'unchecked';
  threeDS?: ThreeDS;
  decline?: Decline;
  /** Webpay credit: the number of cuotas (1 = sin cuotas). */
  cuotas?: number;
  afterMs: number;
}

/** A later step: a fulfilment `status`, a new delivery address, or a payment settling cash on delivery. */
export type LaterEvent = Step & { status?: string; shipping?: Address; method?: Method; decline?: Decline };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** None for a club renewal the shop charges itself. */
  ip?: string;
  device?: Device;
  /** Boleta for people, factura (with the company's RUT) for businesses. */
  document: 'boleta' | 'factura';
  company?: { name: string; rut: string };
  giftNote?: string;
  channel: 'web' | 'app' | 'subscription';
  locale: 'es-CL' | 'en-US' | 'pt-BR' | 'es-AR';
}

export interface World {
  window: Window;
  customers: Account[];
}

const firstAuth = (rng: Rng) => rng.int(20_000, 3 * MINUTE);
const retryGap = (rng: Rng) => rng.int(40_000, 8 * MINUTE);

/** The cuotas a Chilean chooses on a credit card: mostly none, three interest-free, more on big baskets. */
function cuotas(rng: Rng, amount: number): number {
  const big = amount > 150_000;
  return rng.weightedPick([
    [1, big ? 30 : 60],
    [3, 25],
    [6, big ? 22 : 9],
    [12, big ? 18 : 6],
  ]);
}

/** A Webpay Plus authorisation: debit and prepaid authenticated by the bank's key, credit with its CVV. */
export function webpay(
  rng: Rng,
  card: Card,
  amount: number,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
): Attempt {
  const credit = card.funding === 'credit';
  return {
    method: 'webpay_plus',
    card: shown(card),
    funding: card.funding,
    ok,
    avs: 'unavailable',
    cvc: card.funding === 'debit' ? 'unchecked' : decline === 'incorrect_cvc' ? 'fail' : 'pass',
    threeDS:
      decline === 'authentication_failed'
        ? 'challenge_failed'
        : rng.chance(credit ? 0.55 : 0.95)
          ? 'authenticated'
          : 'frictionless',
    ...(credit && ok ? { cuotas: cuotas(rng, amount) } : {}),
    afterMs,
    ...(!ok && decline ? { decline } : {}),
  };
}

/** A foreign card through the international gateway (3-D Secure; AVS from US issuers only). */
export function foreignCard(
  rng: Rng,
  card: Card,
  ok: boolean,
  afterMs: number,
  o: { decline?: Decline; avs?: Attempt['avs']; threeDS?: ThreeDS } = {},
): Attempt {
  const us = card.country === 'US';
  const threeDS =
    o.threeDS ??
    (o.decline === 'authentication_failed'
      ? 'challenge_failed'
      : us
        ? rng.weightedPick<ThreeDS>([
            ['frictionless', 5],
            ['not_enrolled', 3],
            ['authenticated', 2],
          ])
        : rng.chance(0.7)
          ? 'authenticated'
          : 'frictionless');
  return {
    method: 'card',
    card: shown(card),
    funding: card.funding,
    ok,
    avs: o.avs ?? (us ? (rng.chance(0.9) ? 'pass' : 'partial') : 'unavailable'),
    cvc: o.decline === 'incorrect_cvc' ? 'fail' : 'pass',
    threeDS,
    afterMs,
    ...(!ok && o.decline ? { decline: o.decline } : {}),
  };
}

/** Mercado Pago: a card kept in the wallet (shown) or the account's balance (no card). */
export function mercadoPago(
  card: Card | undefined,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
): Attempt {
  return {
    method: 'mercado_pago',
    ...(card
      ? { card: shown(card), funding: card.funding, avs: 'unavailable' as const, cvc: 'pass' as const }
      : {}),
    ok,
    afterMs,
    ...(!ok && decline ? { decline } : {}),
  };
}

/** A method without a card: Khipu, a transfer (posted when the money arrives), PayPal. */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

function honestDecline(rng: Rng, funding: Funding): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', funding === 'credit' ? 1 : 5],
    ['exceeds_limit', funding === 'credit' ? 4 : 0],
    ['authentication_failed', 3],
    ['do_not_honor', 1.5],
    ['incorrect_cvc', funding === 'debit' ? 0 : 1],
  ]);
}

export interface Payer {
  cards: Card[];
  signedIn: boolean;
}

/** What a checkout in Chile offers: which methods a payer may pick. */
export interface Options {
  santiago: boolean;
  /** Cash on delivery is offered in Greater Santiago under $120.000. */
  cod: boolean;
  business?: boolean;
}

/**
 * How a Chilean pays in pesos. Declines are retried as people do: the bank key again, another card, Mercado
 * Pago or Khipu; a few give up. Cash on delivery has no attempt: the courier's payment settles it (`cod`).
 */
export function payChile(
  rng: Rng,
  payer: Payer,
  amount: number,
  o: Options,
): { attempts: Attempt[]; cod: boolean } {
  const big = amount > 150_000;
  const method = rng.weightedPick<Method>(
    o.business
      ? [
          ['transferencia', 45],
          ['webpay_plus', 40],
          ['khipu', 10],
          ['mercado_pago', 5],
        ]
      : [
          ['webpay_plus', 56],
          ['mercado_pago', 18],
          ['khipu', 8],
          ['transferencia', big ? 16 : 4],
          ['contra_entrega', o.cod && o.santiago && amount < 120_000 ? 5 : 0],
          ['paypal', 1.5],
        ],
  );
  if (method === 'contra_entrega') return { attempts: [], cod: true };
  const first = firstAuth(rng);
  if (method === 'transferencia')
    return { attempts: [other('transferencia', true, rng.int(20 * MINUTE, 30 * HOUR))], cod: false };
  const declined = rng.chance(big ? 0.09 : 0.05);
  if (method === 'khipu' || method === 'paypal')
    return {
      attempts: declined
        ? [other(method, false, first, 'do_not_honor'), other(method, true, retryGap(rng))]
        : [other(method, true, first)],
      cod: false,
    };
  const card = payer.cards.length > 0 ? rng.pick(payer.cards) : newCard(rng, 'CL');
  const make = (c: Card, ok: boolean, after: number, why?: Decline) =>
    method === 'mercado_pago'
      ? mercadoPago(rng.chance(0.65) ? c : undefined, ok, after, why)
      : webpay(rng, c, amount, ok, after, why);
  if (!declined) return { attempts: [make(card, true, first)], cod: false };
  const why = honestDecline(rng, card.funding);
  const out = [make(card, false, first, why)];
  if (rng.chance(0.08)) return { attempts: out, cod: false };
  if (why === 'authentication_failed' || why === 'incorrect_cvc') out.push(make(card, true, retryGap(rng)));
  else if (rng.chance(0.3)) out.push(other('khipu', true, retryGap(rng)));
  else
    out.push(make(payer.cards.find((c) => c !== card) ?? newCard(rng, 'CL', 'credit'), true, retryGap(rng)));
  return { attempts: out, cod: false };
}

/** How a buyer abroad pays in dollars (or in pesos with a foreign card): the card under 3-D Secure, or PayPal. */
export function payAbroad(rng: Rng, card: Card): Attempt[] {
  const first = firstAuth(rng);
  if (rng.chance(0.3)) return [other('paypal', true, first)];
  if (!rng.chance(0.07)) return [foreignCard(rng, card, true, first)];
  return [
    foreignCard(rng, card, false, first, {
      decline: rng.pick<Decline>(['authentication_failed', 'do_not_honor']),
    }),
    rng.chance(0.5) ? other('paypal', true, retryGap(rng)) : foreignCard(rng, card, true, retryGap(rng)),
  ];
}

/** When the last attempt is posted, after the order. */
export const lastTry = (attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, Math.floor(a.afterMs)), 0);

/** An unpaid order released 30–60 minutes after the last try (three days for a transfer that never came). */
export function released(rng: Rng, attempts: readonly Attempt[], reason = 'payment_failed'): LaterEvent[] {
  const transfer = attempts.some((a) => a.method === 'transferencia');
  return [
    {
      type: 'order.cancelled',
      afterMs: lastTry(attempts) + (transfer ? 3 * DAY : rng.int(30, 60) * MINUTE),
      reason,
    },
  ];
}

/**
 * Fulfilment once paid: dispatched on the next courier working day (none on Sundays or on the 18th and 19th),
 * delivered one to four days later, sooner in Santiago; same-day in Santiago; collected at the shop; tickets
 * and gift cards e-mailed at once; DHL Express abroad in four to nine days. `from` is when it was paid.
 */
export function fulfil(
  rng: Rng,
  placed: number,
  from: number,
  f: Fulfilment,
  santiago: boolean,
): LaterEvent[] {
  const at = (t: number) => t - placed;
  switch (f) {
    case 'e_ticket':
    case 'e_gift':
      return [{ type: 'order.updated', afterMs: from + rng.int(1, 5) * MINUTE, status: 'sent' }];
    case 'pickup': {
      const ready = from + rng.int(2, 6) * HOUR;
      return [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
        {
          type: 'order.updated',
          afterMs: at(workingDay(placed + ready + rng.int(3, 70) * HOUR)),
          status: 'collected',
        },
      ];
    }
    case 'same_day': {
      const ship = from + rng.int(1, 3) * HOUR;
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: ship + rng.int(2, 6) * HOUR, status: 'delivered' },
      ];
    }
    case 'dhl_express': {
      const ship = at(workingDay(placed + from + rng.int(18, 48) * HOUR));
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: ship + rng.int(4, 9) * DAY, status: 'delivered' },
      ];
    }
    default: {
      const ship = at(workingDay(placed + from + rng.int(10, 36) * HOUR));
      const transit = santiago ? rng.int(16, 40) : rng.int(30, 96);
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        {
          type: 'order.updated',
          afterMs: at(workingDay(placed + ship + transit * HOUR)),
          status: 'delivered',
        },
      ];
    }
  }
}

/** When a fulfilment was delivered (or the last step), after the order. */
export const deliveredAt = (steps: readonly LaterEvent[]): number =>
  Math.max(0, ...steps.filter((s) => s.type === 'order.updated').map((s) => s.afterMs));

/**
 * What happens to an honest order: unpaid, it is released; cash on delivery is paid to the courier (or refused
 * at the door); paid, it is fulfilled, and now and then a bottle arrives broken (a partial refund), the buyer
 * cancels before dispatch, or the courier loses the box and the bank hears of it.
 */
export function honestAfter(
  rng: Rng,
  p: { at: number; attempts: Attempt[]; basket: Basket; fulfilment: Fulfilment },
  santiago: boolean,
  cod: boolean,
): LaterEvent[] {
  if (cod) {
    const steps = fulfil(rng, p.at, 0, p.fulfilment, santiago);
    const door = deliveredAt(steps);
    if (rng.chance(0.06))
      return [
        steps[0] as LaterEvent,
        { type: 'order.cancelled', afterMs: door, reason: 'refused_on_delivery' },
      ];
    return [...steps, { type: 'payment.succeeded', afterMs: door - 60_000 }];
  }
  if (!paid(p)) return released(rng, p.attempts);
  const from = lastTry(p.attempts);
  if (rng.chance(0.01) && p.fulfilment !== 'e_ticket')
    return [{ type: 'order.cancelled', afterMs: from + rng.int(1, 10) * HOUR, reason: 'customer_request' }];
  const steps = fulfil(rng, p.at, from, p.fulfilment, santiago);
  const done = deliveredAt(steps);
  const bottle = p.basket.lines.find((l) =>
    ['wine', 'case', 'premium', 'pisco', 'fiestas'].includes(l.category),
  );
  if (bottle && rng.chance(0.015))
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(3, 48) * HOUR,
      reason: 'damaged_in_transit',
      amount: Math.min(
        p.basket.amount,
        bottle.category === 'case' ? Math.round(bottle.price / 6) : bottle.price,
      ),
    });
  else if (p.fulfilment !== 'pickup' && p.fulfilment !== 'e_ticket' && rng.chance(0.002))
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(20, 45) * DAY,
      reason: 'product_not_received',
    });
  return steps;
}
