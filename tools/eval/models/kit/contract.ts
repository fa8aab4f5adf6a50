import { expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { parseAndNormalize } from '@vigil/webhooks';
import { type LabelledStream, type LabelledWebhook, type TrafficModel } from '../../traffic-model.js';
import { DAY } from './purchase.js';
import { Rng } from './random.js';

/**
 * What every traffic model's spec checks the same way (a seed's stream is reproducible, every body is valid
 * Standard Webhooks input, order.created bodies joined to their labels), so each spec keeps only what is
 * particular to its store.
 */

/** Streams by seed, generated once per spec file: generating is the slow part of these specs. */
export function cachedStreams(model: TrafficModel): (seed: number) => LabelledStream {
  const cache = new Map<number, LabelledStream>();
  return (seed) => {
    let found = cache.get(seed);
    if (!found) cache.set(seed, (found = model.generate(seed)));
    return found;
  };
}

/** One purchase's order.created body with the truth it was labelled with. */
export interface CreatedOrder {
  purchase: string;
  kind: string;
  fraud: boolean;
  /** The body's timestamp, ms since the epoch. */
  at: number;
  data: CanonicalEvent['data'];
}

export function createdOrders(s: LabelledStream): CreatedOrder[] {
  const truth = new Map(s.truth.map((p) => [p.purchase, p]));
  return s.webhooks.flatMap((w) => {
    const body = w.body as CanonicalEvent;
    const p = truth.get(w.purchase);
    return body.type === 'order.created' && p
      ? [
          {
            purchase: p.purchase,
            kind: p.kind,
            fraud: p.fraud,
            at: Date.parse(body.timestamp ?? ''),
            data: body.data,
          },
        ]
      : [];
  });
}

/** A basket line as the order bodies carry it, with its category. */
export type OrderItem = { sku: string; quantity: number; price: number; category: string };

/** An order body's items, as basket lines with their category. */
export const orderItems = (d: CanonicalEvent['data']) => d.items as OrderItem[];

/** The order.created bodies of `seeds`' streams (`all`), and those of one kind (`of`). */
export function ordersOfSeeds(
  stream: (seed: number) => LabelledStream,
  seeds: readonly number[] = [1, 2, 3],
) {
  const all = (): CreatedOrder[] => seeds.flatMap((seed) => createdOrders(stream(seed)));
  return { all, of: (kind: string): CreatedOrder[] => all().filter((o) => o.kind === kind) };
}

/** The event types posted for one purchase, in stream order. */
export const typesOf = (s: LabelledStream, purchase: string): string[] =>
  s.webhooks.filter((w) => w.purchase === purchase).map((w) => (w.body as CanonicalEvent).type);

/** Registers the determinism test: seed 1 twice gives the same JSON; seed 2 labels differently. */
export function itIsDeterministic(model: TrafficModel, stream: (seed: number) => LabelledStream): void {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(model.generate(1))).toBe(JSON.stringify(stream(1)));
    expect(JSON.stringify(stream(2).truth)).not.toBe(JSON.stringify(stream(1).truth));
  });
}

/**
 * Every webhook that is not a Standard Webhook or that Vigil's own normalizer rejects, as `id: reason`.
 * `timestampHeader` also sends `webhook-timestamp`, as some models' specs always did.
 */
export function standardWebhookProblems(
  webhooks: readonly LabelledWebhook[],
  { timestampHeader = false }: { timestampHeader?: boolean } = {},
): string[] {
  const problems: string[] = [];
  for (const w of webhooks) {
    const headers: Record<string, string> = { 'webhook-id': w.id };
    if (timestampHeader) headers['webhook-timestamp'] = String(Math.floor(w.at / 1000));
    const result = parseAndNormalize(w.kind, Buffer.from(JSON.stringify(w.body)), headers, new Date(w.at));
    if (w.kind !== 'standard' || !result.ok) problems.push(`${w.id}: ${result.ok ? w.kind : result.reason}`);
  }
  return problems;
}

/**
 * Whether an order touches one of `countries` by its IP (as the model's own geo lookup places it), billing,
 * shipping or card country: how the specs tie sanctioned countries to the sanctioned-country kind.
 */
export function touchesCountry(
  data: CanonicalEvent['data'],
  countries: ReadonlySet<string>,
  locate: (ip: string) => string | undefined,
): boolean {
  const touched = [locate(data.ip ?? ''), data.billing?.country, data.shipping?.country, data.card?.country];
  return touched.some((c) => c !== undefined && countries.has(c));
}

/**
 * The jurisdictions under comprehensive sanctions that the models' `sanctioned_country` kinds draw from (Russia,
 * Belarus, Iran, Cuba, Syria, North Korea), as most specs pass them to `itKeepsSanctionedCountriesToTheirKind`.
 * A model whose writer chose another set keeps its own.
 */
export const SANCTIONED: ReadonlySet<string> = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);

/**
 * Registers the test that, in seed `seed`'s orders, exactly the `sanctioned_country` kind touches one of
 * `countries` (by `touchesCountry`).
 */
export function itKeepsSanctionedCountriesToTheirKind(
  stream: (seed: number) => LabelledStream,
  {
    seed,
    countries,
    locate,
  }: { seed: number; countries: ReadonlySet<string>; locate: (ip: string) => string | undefined },
): void {
  it('keeps sanctioned countries to the sanctioned_country kind, which always touches one', () => {
    for (const { kind, data } of createdOrders(stream(seed))) {
      expect(`${kind} ${touchesCountry(data, countries, locate)}`).toBe(
        `${kind} ${kind === 'sanctioned_country'}`,
      );
    }
  });
}

/** Purchases are unique, ids are unique, every webhook is labelled, Standard, and in time order. */
export function expectSortedAndLabelled(s: LabelledStream): void {
  const truth = new Map(s.truth.map((p) => [p.purchase, p]));
  expect(truth.size).toBe(s.truth.length);
  expect(new Set(s.webhooks.map((w) => w.id)).size).toBe(s.webhooks.length);
  s.webhooks.forEach((w, i) => {
    expect(truth.has(w.purchase)).toBe(true);
    expect(w.kind).toBe('standard');
    if (i > 0) expect(w.at).toBeGreaterThanOrEqual(s.webhooks[i - 1]?.at ?? 0);
  });
}

/**
 * `orders` orders from `start` fit in `within` ms; a larger size is honoured; no orders, no webhooks. The
 * default size and window are each model's own test.
 */
export function expectOptionsHonoured(
  model: TrafficModel,
  {
    seed,
    orders,
    start,
    within,
    larger,
  }: { seed: number; orders: number; start: number; within: number; larger: number },
): void {
  const small = model.generate(seed, { orders, start });
  expect(small.truth).toHaveLength(orders);
  const times = createdOrders(small).map((o) => o.at);
  expect(Math.min(...times)).toBeGreaterThanOrEqual(start);
  expect(Math.max(...times)).toBeLessThan(start + within);
  expect(model.generate(seed, { orders: larger }).truth).toHaveLength(larger);
  expect(model.generate(seed, { orders: 0 }).webhooks).toHaveLength(0);
}

/** A network a model draws IPs from: its name, the country geoip-country must place it in, any IPv6 ranges. */
export interface LocatedNetwork {
  name: string;
  country: string;
  v6: readonly unknown[];
}

/** Twenty draws per network (IPv4, and IPv6 where it has ranges) all locate to the network's country. */
export function expectNetworksLocate<N extends LocatedNetwork>(
  networks: readonly N[],
  address: (network: N, v6: boolean) => string,
  locate: (ip: string) => string | undefined,
): void {
  for (const network of networks) {
    for (let i = 0; i < 20; i++) {
      expect(`${network.name} ${locate(address(network, false))}`).toBe(`${network.name} ${network.country}`);
      if (network.v6.length > 0)
        expect(`${network.name} ${locate(address(network, true))}`).toBe(
          `${network.name} ${network.country}`,
        );
    }
  }
}

/** Each purchase's event types in stream order, by purchase. */
export function webhookTypesByPurchase(s: LabelledStream): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of s.webhooks)
    out.set(w.purchase, [...(out.get(w.purchase) ?? []), (w.body as CanonicalEvent).type]);
  return out;
}

/** Every purchase has its order.created body, and that order is the purchase's first event; returns the orders. */
export function expectEachPurchaseOpensWithItsOrder(s: LabelledStream): CreatedOrder[] {
  const types = webhookTypesByPurchase(s);
  const created = createdOrders(s);
  expect(created).toHaveLength(s.truth.length);
  for (const o of created) expect(types.get(o.purchase)?.[0]).toBe('order.created');
  return created;
}

/** The stream's orders are placed from `from` (inclusive) to `to` (exclusive), spread over more than `minSpan` ms. */
export function expectOrdersPlacedWithin(
  s: LabelledStream,
  { from, to, minSpan }: { from: number; to: number; minSpan: number },
): void {
  const times = createdOrders(s).map((o) => o.at);
  expect(Math.min(...times)).toBeGreaterThanOrEqual(from);
  expect(Math.max(...times)).toBeLessThan(to);
  expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(minSpan);
}

/** A stream to parse: a seed's default stream or, with `orders`, that many orders from the seed. */
export interface ParsedStream {
  seed: number;
  orders?: number;
  /** As in `standardWebhookProblems`. */
  timestampHeader: boolean;
}

/** Registers the test that Vigil's own Standard Webhooks normalizer accepts every body of each of `streams`. */
export function itParsesEveryBody(
  model: TrafficModel,
  stream: (seed: number) => LabelledStream,
  streams: readonly ParsedStream[],
): void {
  it('parses every body with Vigil’s own Standard Webhooks normalizer', () => {
    for (const { seed, orders, timestampHeader } of streams) {
      const s = orders === undefined ? stream(seed) : model.generate(seed, { orders });
      expect(standardWebhookProblems(s.webhooks, { timestampHeader })).toEqual([]);
    }
  });
}

/**
 * Registers the test that every network's draws (from a `Rng('spec')`) locate to its country and that every
 * order of seed `seed` has an IP that locates; `also` holds the model's further geography checks.
 */
export function itDrawsIpsThatLocate<N extends LocatedNetwork>(spec: {
  name: string;
  networks: readonly N[];
  address: (rng: Rng, network: N, v6: boolean) => string;
  locate: (ip: string) => string | undefined;
  stream: (seed: number) => LabelledStream;
  seed: number;
  also?: () => void;
}): void {
  it(spec.name, () => {
    const rng = new Rng('spec');
    expectNetworksLocate(spec.networks, (n, v6) => spec.address(rng, n, v6), spec.locate);
    for (const o of createdOrders(spec.stream(spec.seed))) expect(spec.locate(o.data.ip ?? '')).toBeDefined();
    spec.also?.();
  });
}

/** A model's default stream (seed 1) and how it honours the options, for `itDefaultsAndHonoursOptions`. */
export interface Defaults {
  /** The test's name. */
  name: string;
  /** The model's name, which its streams carry. */
  model: string;
  orders: number;
  /** The default window: `days` days from `start`; seed 1's orders span more than all but one of them. */
  start: number;
  days: number;
  /** As in `expectOptionsHonoured`. */
  options: { seed: number; orders: number; start: number; within: number; larger: number };
}

/**
 * Registers the test that the model and its seed 1 stream carry its name, that the stream has the default
 * number of orders placed over the default window, and that the options are honoured (`expectOptionsHonoured`).
 */
export function itDefaultsAndHonoursOptions(
  model: TrafficModel,
  stream: (seed: number) => LabelledStream,
  d: Defaults,
): void {
  it(d.name, () => {
    expect(model.name).toBe(d.model);
    expect(stream(1).model).toBe(d.model);
    expect(stream(1).truth).toHaveLength(d.orders);
    expectOrdersPlacedWithin(stream(1), {
      from: d.start,
      to: d.start + d.days * DAY,
      minSpan: (d.days - 1) * DAY,
    });
    expectOptionsHonoured(model, d.options);
  });
}

/**
 * Every webhook is sorted and labelled (`expectSortedAndLabelled`) and every purchase opens with its order
 * (`expectEachPurchaseOpensWithItsOrder`); each order is in `currency`, its amount is its label's and
 * `total(items, data)`, where `items` is the sum of its items (each with a positive whole price and quantity).
 * Returns the orders, for the model's own checks.
 */
export function expectOrdersAddUp(
  s: LabelledStream,
  { currency, total }: { currency: string; total: (items: number, data: CanonicalEvent['data']) => number },
): CreatedOrder[] {
  expectSortedAndLabelled(s);
  const truth = new Map(s.truth.map((p) => [p.purchase, p]));
  const orders = expectEachPurchaseOpensWithItsOrder(s);
  for (const o of orders) {
    expect(o.data.currency).toBe(currency);
    expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
    const items = orderItems(o.data);
    for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
    expect(o.data.amount).toBe(
      total(
        items.reduce((sum, i) => sum + i.price * i.quantity, 0),
        o.data,
      ),
    );
  }
  return orders;
}
