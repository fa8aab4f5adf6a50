import type { LabelledStream, LabelledWebhook, PurchaseTruth, TrafficOptions } from '../../traffic-model.js';
import type { Customer } from './customers.js';
import { accountTakeoverPlans } from './fraud-account-takeover.js';
import { cardTestingPlans } from './fraud-card-testing.js';
import { sanctionedPlans } from './fraud-sanctioned.js';
import { stolenCardPlans } from './fraud-stolen-card.js';
import { throwawayPlans } from './fraud-throwaway.js';
import { bigBasketTime, businessOrder, holidayOrder } from './honest-big.js';
import { firstTimer, honestOrder, repeatCustomers, type HonestWorld } from './honest.js';
import { Networks } from './networks.js';
import { occupiedRegionOrder } from './occupied-region.js';
import { Rng } from './random.js';
import { render, type IpIntent } from './render.js';
import { DAY, shoppingTime } from './timeline.js';
import type { PurchasePlan } from './types.js';

/** Puts the store together: honest customers, the fraud on top, order numbers, webhooks in posting order. */

export const MODEL_NAME = 'eu-store';
export const DEFAULT_ORDERS = 2000;
/** Friday 20 November 2026, 00:00 UTC: a pre-Black-Friday weekend. */
export const DEFAULT_START = Date.UTC(2026, 10, 20);
/** 2,000 orders take three days; other volumes keep the same daily rate (at least one day). */
export const ORDERS_PER_DAY = DEFAULT_ORDERS / 3;
export const FRAUD_SHARE = 0.08;

export const FRAUD_KINDS = [
  'card_testing',
  'stolen_card',
  'account_takeover',
  'new_account_throwaway',
  'sanctioned_country',
] as const;
export type FraudKind = (typeof FRAUD_KINDS)[number];

/** Share of fraudulent orders per kind (by count; value shares follow from each kind's baskets). */
const KIND_WEIGHTS: Readonly<Record<FraudKind, number>> = {
  card_testing: 0.46,
  stolen_card: 0.23,
  account_takeover: 0.1,
  new_account_throwaway: 0.13,
  sanctioned_country: 0.08,
};

export interface GeneratedStream {
  stream: LabelledStream;
  /** Every IP put in a payload, with the country it is meant to geo-locate to. */
  intents: IpIntent[];
  /** Honest customers with accounts (for tests). */
  customers: Customer[];
  /** The purchases behind the stream, in order-number order (for summaries and tests). */
  plans: PurchasePlan[];
}

/** Largest-remainder split of `total` by weights. */
function apportion<K extends string>(total: number, weights: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const raw = keys.map((k) => ({ k, x: (total * weights[k]) / sum }));
  const out = {} as Record<K, number>;
  let used = 0;
  for (const { k, x } of raw) {
    out[k] = Math.floor(x);
    used += out[k];
  }
  for (const { k } of [...raw].sort((a, b) => (b.x % 1) - (a.x % 1)).slice(0, total - used)) out[k] += 1;
  return out;
}

export function buildStream(seed: number, options: TrafficOptions = {}): GeneratedStream {
  const orders = Math.max(1, Math.floor(options.orders ?? DEFAULT_ORDERS));
  const start = options.start ?? DEFAULT_START;
  const end = start + Math.max(1, orders / ORDERS_PER_DAY) * DAY;
  const nets = new Networks(seed);
  const plan = Rng.derive(seed, 'plan');

  // How many of what.
  const fraudTotal = Math.min(orders, Math.round(orders * FRAUD_SHARE * plan.between(0.92, 1.08)));
  const jittered = {} as Record<FraudKind, number>;
  for (const kind of FRAUD_KINDS) jittered[kind] = KIND_WEIGHTS[kind] * plan.between(0.85, 1.15);
  const fraudCounts = apportion(fraudTotal, jittered);
  const honestTotal = orders - fraudTotal;
  const bigCount = Math.round(honestTotal * 0.006);
  const occupiedCount = Math.round(honestTotal * 0.0015);
  const repeatCount = Math.round(honestTotal * 0.56);
  const firstCount = Math.max(0, honestTotal - bigCount - occupiedCount - repeatCount);

  // Honest traffic.
  const w: HonestWorld = { rng: Rng.derive(seed, 'honest'), nets, start, end };
  const plans: PurchasePlan[] = [];
  const regulars = repeatCustomers(w, repeatCount);
  const customers = regulars.map((r) => r.customer);
  const regularOrders = regulars.flatMap(({ customer, times }) => times.map((time) => ({ customer, time })));
  regularOrders.sort((a, b) => a.time - b.time);
  for (const { customer, time } of regularOrders)
    plans.push(honestOrder(w, customer, time, { firstTime: false }));
  for (let i = 0; i < firstCount; i++) {
    const time = shoppingTime(w.rng, start, end, 'DE');
    const { customer, guest } = firstTimer(w, time);
    plans.push(honestOrder(w, customer, time, { firstTime: true, guest }));
    if (!guest) customers.push(customer);
  }
  const bigRng: HonestWorld = { ...w, rng: Rng.derive(seed, 'big') };
  for (let i = 0; i < bigCount; i++) {
    const time = bigBasketTime(bigRng);
    plans.push(bigRng.rng.chance(0.45) ? businessOrder(bigRng, time) : holidayOrder(bigRng, time));
  }
  const occRng = Rng.derive(seed, 'occupied');
  for (let i = 0; i < occupiedCount; i++)
    plans.push(occupiedRegionOrder(occRng, nets, shoppingTime(occRng, start, end, 'RU')));

  // Fraud.
  const ato = accountTakeoverPlans(
    Rng.derive(seed, 'account_takeover'),
    nets,
    start,
    end,
    fraudCounts.account_takeover,
    customers,
  );
  const shortfall = fraudCounts.account_takeover - ato.length;
  plans.push(
    ...cardTestingPlans(Rng.derive(seed, 'card_testing'), nets, start, end, fraudCounts.card_testing),
    ...stolenCardPlans(
      Rng.derive(seed, 'stolen_card'),
      nets,
      start,
      end,
      fraudCounts.stolen_card + shortfall,
    ),
    ...ato,
    ...throwawayPlans(Rng.derive(seed, 'throwaway'), nets, start, end, fraudCounts.new_account_throwaway),
    ...sanctionedPlans(Rng.derive(seed, 'sanctioned'), nets, start, end, fraudCounts.sanctioned_country),
  );

  // Order numbers follow order time, like a real shop's sequence.
  const ids = Rng.derive(seed, 'ids');
  const ordered = plans.map((p, i) => ({ p, i })).sort((a, b) => a.p.time - b.p.time || a.i - b.i);
  const firstNumber = 480_000 + ids.int(0, 20_000);
  const webhooks: Array<LabelledWebhook & { seq: number }> = [];
  const intents: IpIntent[] = [];
  const truth: PurchaseTruth[] = [];
  const renderRng = Rng.derive(seed, 'render');
  ordered.forEach(({ p }, n) => {
    const orderId = String(firstNumber + n);
    p.key = orderId;
    const out = render(renderRng, p, orderId, `pi_${ids.base62(24)}`);
    for (const hook of out.webhooks) webhooks.push({ ...hook, seq: webhooks.length });
    intents.push(...out.intents);
    truth.push({ purchase: p.key, fraud: p.fraud, kind: p.kind, amount: p.amount, currency: p.currency });
  });
  webhooks.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return {
    stream: { model: MODEL_NAME, seed, webhooks: webhooks.map(({ seq: _seq, ...hook }) => hook), truth },
    intents,
    customers,
    plans: ordered.map(({ p }) => p),
  };
}
