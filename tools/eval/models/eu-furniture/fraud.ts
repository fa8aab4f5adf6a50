import { type Rng } from '../kit/random.js';
import {
  accountTakeover,
  friendlyFraud,
  instalmentIdentity,
  promoFarm,
  refundAbuse,
} from './fraud-accounts.js';
import {
  cardTesting,
  collectMule,
  fakeTradeBuyer,
  fullzBigTicket,
  reshipper,
  sanctioned,
  stolenCardAppliances,
  triangulation,
} from './fraud-cards.js';
import { type World } from './people.js';
import { type Purchase } from './purchase.js';

/** Fraud kinds and their shares of the fraudulent orders; every seed has each kind. */
export const FRAUD = {
  card_testing: 0.18,
  stolen_card_appliances: 0.15,
  account_takeover: 0.1,
  fullz_big_ticket: 0.09,
  collect_mule: 0.08,
  reshipper_forwarder: 0.07,
  triangulation: 0.06,
  instalment_identity: 0.06,
  promo_abuse: 0.05,
  friendly_fraud: 0.05,
  fake_trade_buyer: 0.04,
  refund_abuse: 0.04,
  sanctioned_country: 0.03,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Orders per kind for `total` fraudulent orders: at least one each, the rest by largest remainder. */
export function allocate(total: number): Record<FraudKind, number> {
  const kinds = Object.keys(FRAUD) as FraudKind[];
  const out = Object.fromEntries(kinds.map((k) => [k, 1])) as Record<FraudKind, number>;
  const rest = Math.max(0, total - kinds.length);
  const exact = kinds.map((k) => [k, rest * FRAUD[k]] as const);
  let left = rest;
  for (const [k, x] of exact) {
    out[k] += Math.floor(x);
    left -= Math.floor(x);
  }
  const byRemainder = [...exact].sort((a, b) => b[1] - Math.floor(b[1]) - (a[1] - Math.floor(a[1])));
  for (let i = 0; i < left; i++) {
    const k = byRemainder[i % byRemainder.length]?.[0];
    if (k) out[k] += 1;
  }
  return out;
}

const SINGLE: Readonly<
  Record<Exclude<FraudKind, 'card_testing' | 'promo_abuse'>, (rng: Rng, w: World) => Purchase>
> = {
  stolen_card_appliances: stolenCardAppliances,
  account_takeover: accountTakeover,
  fullz_big_ticket: fullzBigTicket,
  collect_mule: collectMule,
  reshipper_forwarder: reshipper,
  triangulation,
  instalment_identity: instalmentIdentity,
  friendly_fraud: friendlyFraud,
  fake_trade_buyer: fakeTradeBuyer,
  refund_abuse: refundAbuse,
  sanctioned_country: sanctioned,
};

export function planFraud(rng: Rng, w: World, total: number): Purchase[] {
  if (total < Object.keys(FRAUD).length) return [];
  const n = allocate(total);
  const out = [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...promoFarm(rng.fork('promo_abuse'), w, n.promo_abuse),
  ];
  for (const [kind, plan] of Object.entries(SINGLE) as Array<[FraudKind, (rng: Rng, w: World) => Purchase]>) {
    const r = rng.fork(kind);
    for (let i = 0; i < n[kind]; i++) out.push(plan(r.fork(`o${i}`), w));
  }
  return out;
}
