import {
  type LabelledStream,
  type LabelledWebhook,
  type PurchaseTruth,
  type TrafficOptions,
} from '../../traffic-model.js';
import { Rng } from './random.js';

/** One hour in ms. */
export const HOUR = 3_600_000;

/** A model's stream size when no options are given, and the bounds on the time it spans. */
export interface StreamDefaults {
  orders: number;
  start: number;
  /** Hours the default number of orders spans (72); other sizes keep that rate. */
  hours?: number;
  /** Shortest span, ms (six hours). */
  minSpan?: number;
  /** Longest span, ms (sixty days). */
  maxSpan?: number;
}

/**
 * Orders, start and span (ms) of a stream: the options, or the model's defaults. The span keeps the default
 * rate within [minSpan, maxSpan]; the arithmetic is the models' own, so spans are the same to the bit.
 */
export function streamSize(
  options: TrafficOptions,
  d: StreamDefaults,
): { orders: number; start: number; span: number } {
  const orders = Math.max(0, Math.floor(options.orders ?? d.orders));
  const start = options.start ?? d.start;
  const { hours = 72, minSpan = 6 * HOUR, maxSpan = 60 * 24 * HOUR } = d;
  const perHour = d.orders / hours;
  const span = Math.min(maxSpan, Math.max(minSpan, (orders / perHour) * HOUR));
  return { orders, start, span };
}

/**
 * How many of `orders` are fraud for a `share` drawn per seed: at most all of them, and none when fewer than
 * `everyKind` (a stream too small to hold every fraud kind).
 */
export function fraudOrders(orders: number, share: number, everyKind = 0): number {
  const drawn = Math.round(orders * share);
  return drawn >= everyKind ? Math.min(orders, drawn) : 0;
}

/**
 * How many of `count` fraud orders each kind gets: one each, the rest by weight, floors first and then one more
 * for the largest remainders (ties in the kinds' order); with fewer orders than kinds, one each.
 */
export function allocateKinds<K extends string>(
  weights: Readonly<Record<K, number>>,
  count: number,
): Record<K, number> {
  const kinds = Object.keys(weights) as K[];
  const total = kinds.reduce((s, k) => s + weights[k], 0);
  const rest = Math.max(0, count - kinds.length);
  const exact = kinds.map((k) => (rest * weights[k]) / total);
  const out = Object.fromEntries(kinds.map((k, i) => [k, 1 + Math.floor(exact[i] ?? 0)])) as Record<
    K,
    number
  >;
  let left = count - kinds.reduce((s, k) => s + out[k], 0);
  const order = kinds
    .map((k, i) => [k, (exact[i] ?? 0) - Math.floor(exact[i] ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || kinds.indexOf(a[0]) - kinds.indexOf(b[0]));
  for (const [k] of order) {
    if (left <= 0) break;
    out[k] += 1;
    left -= 1;
  }
  return out;
}

/**
 * Order numbers as a store issues them: the first at `base` plus up to `spread`, then each order `1..step` on
 * (other stores' orders fall between). Draws the base now and a step per call, as the models did inline.
 */
export function orderNumbers(
  draw: { int(min: number, max: number): number },
  base: number,
  spread: number,
  step: number,
): () => number {
  let number = base + draw.int(0, spread);
  return () => (number += draw.int(1, step));
}

/**
 * `count` honest purchases, each planned by `plan` on its own fork (`o0`, `o1`, …) of `rng` with a kind drawn
 * from `weights` after the fork, as the models did inline.
 */
export function honestOrders<K extends string, P>(
  rng: Rng,
  count: number,
  weights: Readonly<Record<K, number>>,
  plan: (rng: Rng, kind: K) => P,
): P[] {
  return Array.from({ length: count }, (_, i) => plan(rng.fork(`o${i}`), rng.weighted<K>(weights)));
}

/** What a purchase must say about itself to be labelled. */
export interface Labelled {
  fraud: boolean;
  kind: string;
  basket: { amount: number; currency: string };
}

/**
 * The labelled stream of time-sorted purchases: `post` numbers each purchase and renders its webhooks (drawing
 * from the model's own generator, in purchase order); the truth is the purchase's label. Webhooks are then
 * sorted stably, so events posted in the same millisecond keep their order.
 */
export function labelledStream<P extends Labelled>(
  model: string,
  seed: number,
  purchases: readonly P[],
  post: (purchase: P, index: number) => { orderId: string; webhooks: LabelledWebhook[] },
): LabelledStream {
  const webhooks: LabelledWebhook[] = [];
  const truth: PurchaseTruth[] = [];
  purchases.forEach((p, index) => {
    const { orderId, webhooks: posted } = post(p, index);
    webhooks.push(...posted);
    truth.push({
      purchase: orderId,
      fraud: p.fraud,
      kind: p.kind,
      amount: p.basket.amount,
      currency: p.basket.currency,
    });
  });
  webhooks.sort((a, b) => a.at - b.at);
  return { model, seed, webhooks, truth };
}

/** How a store's stream is put together, for `storeStream`; everything about the store stays in the model. */
export interface Store<W, P extends Labelled & { at: number }, K extends string> {
  /** The model's name: the stream's label and the generator's (`name:seed`). */
  name: string;
  defaults: StreamDefaults;
  /** The fraud share's bounds, drawn per seed on fork `share`. */
  fraudShare: readonly [number, number];
  /** How many fraud kinds there are: a stream with fewer fraud orders has none. */
  fraudKinds: number;
  /** The store's world for the window (its customers and the like), from the root generator. */
  world: (rng: Rng, window: { start: number; end: number }, orders: number) => W;
  /** Honest kinds' weights and the planner of one honest purchase (fork `honest`). */
  honest: Readonly<Record<K, number>>;
  planHonest: (rng: Rng, w: W, kind: K) => P;
  /** `count` fraud purchases (fork `fraud`). */
  planFraud: (rng: Rng, w: W, count: number) => P[];
  /** Order numbers: base, spread and step (`orderNumbers`, drawn on fork `wire`). */
  numbers: readonly [number, number, number];
  orderId: (n: number) => string;
  /** The payment id, drawn on `wire` after the order number and before the webhooks. */
  paymentId: (wire: Rng) => string;
  webhooks: (wire: Rng, p: P, orderId: string, paymentId: string) => LabelledWebhook[];
}

/**
 * The labelled stream of a store whose `generate` was the same in several models: size from the options,
 * the fraud share (fork `share`), the world, honest purchases (fork `honest`) and fraud (fork `fraud`) sorted by
 * time, then numbered and posted on fork `wire`.
 */
export function storeStream<W, P extends Labelled & { at: number }, K extends string>(
  store: Store<W, P, K>,
  seed: number,
  options: TrafficOptions,
): LabelledStream {
  const { orders, start, span } = streamSize(options, store.defaults);
  const rng = new Rng(`${store.name}:${seed}`);
  const [low, high] = store.fraudShare;
  const fraudCount = fraudOrders(orders, rng.fork('share').float(low, high), store.fraudKinds);
  const w = store.world(rng, { start, end: start + span }, orders);
  const good = honestOrders(rng.fork('honest'), orders - fraudCount, store.honest, (r, kind) =>
    store.planHonest(r, w, kind),
  );
  const purchases = [...good, ...store.planFraud(rng.fork('fraud'), w, fraudCount)].sort(
    (a, b) => a.at - b.at,
  );

  const wire = rng.fork('wire');
  const next = orderNumbers(wire, ...store.numbers);
  return labelledStream(store.name, seed, purchases, (p) => {
    const orderId = store.orderId(next());
    return { orderId, webhooks: store.webhooks(wire, p, orderId, store.paymentId(wire)) };
  });
}
