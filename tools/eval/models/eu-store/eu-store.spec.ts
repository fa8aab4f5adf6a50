import { beforeAll, describe, expect, it } from '@jest/globals';
import type { LabelledStream } from '../../traffic-model.js';
import { geoCheck, isSortedByAt, kindTable, rejectionReason } from './checks.js';
import { DISPOSABLE_DOMAINS, PRIVACY_RELAYS } from './emails.js';
import { euStoreModel } from './index.js';
import { buildStream, DEFAULT_START, FRAUD_KINDS, type GeneratedStream } from './stream.js';

/** Generating takes about a second per stream (the geo-IP index is built once), so streams are shared. */
const TIMEOUT = 120_000;
const SEEDS = [1, 2, 3];
const generated = new Map<number, GeneratedStream>();
const stream = (seed: number): GeneratedStream => {
  let found = generated.get(seed);
  if (!found) generated.set(seed, (found = buildStream(seed)));
  return found;
};

interface Body {
  type: string;
  timestamp: string;
  data: {
    orderId?: string;
    paymentId?: string;
    amount?: number;
    currency?: string;
    ip?: string;
    customer?: { id?: string; email?: string; createdAt?: string };
    billing?: { country?: string };
    shipping?: { country?: string };
    card?: { country?: string };
  };
}
const body = (hook: LabelledStream['webhooks'][number]): Body => hook.body as Body;
const SANCTIONED = ['CU', 'IR', 'KP', 'SY'];

describe('eu-store traffic model', () => {
  beforeAll(() => {
    for (const seed of SEEDS) stream(seed);
  }, TIMEOUT);

  it('is the eu-store model and describes itself', () => {
    expect(euStoreModel.name).toBe('eu-store');
    expect(euStoreModel.description.length).toBeGreaterThan(20);
  });

  it(
    'is deterministic per seed and differs between seeds',
    () => {
      const a = euStoreModel.generate(7, { orders: 400 });
      const b = euStoreModel.generate(7, { orders: 400 });
      const c = euStoreModel.generate(8, { orders: 400 });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
      expect(a.model).toBe('eu-store');
      expect(a.seed).toBe(7);
    },
    TIMEOUT,
  );

  it(
    'never calls Math.random',
    () => {
      const original = Math.random;
      Math.random = () => {
        throw new Error('Math.random used');
      };
      try {
        expect(euStoreModel.generate(11, { orders: 200 }).truth).toHaveLength(200);
      } finally {
        Math.random = original;
      }
    },
    TIMEOUT,
  );

  it(
    'honours the orders and start options',
    () => {
      const start = Date.UTC(2027, 2, 1, 12);
      for (const orders of [1, 37, 650]) {
        const out = euStoreModel.generate(5, { orders, start });
        expect(out.truth).toHaveLength(orders);
        const created = out.webhooks.filter((h) => body(h).type === 'order.created');
        expect(created).toHaveLength(orders);
        for (const hook of created) {
          expect(Date.parse(body(hook).timestamp)).toBeGreaterThanOrEqual(start - 1000);
          expect(Date.parse(body(hook).timestamp)).toBeLessThan(start + 4 * 86_400_000);
        }
      }
    },
    TIMEOUT,
  );

  it('defaults to about 2,000 orders over three days from its default start', () => {
    const { stream: s } = stream(1);
    expect(s.truth).toHaveLength(2000);
    const times = s.webhooks
      .filter((h) => body(h).type === 'order.created')
      .map((h) => Date.parse(body(h).timestamp));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DEFAULT_START);
    expect(Math.max(...times)).toBeLessThan(DEFAULT_START + 3 * 86_400_000 + 3_600_000);
  });

  it('is about 8 % fraud in every seed', () => {
    for (const seed of SEEDS) {
      const { truth } = stream(seed).stream;
      const share = truth.filter((t) => t.fraud).length / truth.length;
      expect(share).toBeGreaterThan(0.065);
      expect(share).toBeLessThan(0.095);
    }
  });

  it('has every fraud kind with a non-trivial share of orders and of fraud value', () => {
    for (const seed of SEEDS) {
      const rows = kindTable(stream(seed));
      for (const kind of FRAUD_KINDS) {
        const row = rows.find((r) => r.kind === kind);
        expect(row?.fraud).toBe(true);
        expect(row?.orders ?? 0).toBeGreaterThanOrEqual(8);
        expect(row?.valueShare ?? 0).toBeGreaterThan(0.02);
      }
      // Every fraudulent purchase carries one of the five kinds; honest ones never do.
      for (const t of stream(seed).stream.truth) {
        expect((FRAUD_KINDS as readonly string[]).includes(t.kind)).toBe(t.fraud);
      }
    }
  });

  it('sends only bodies Vigil accepts as canonical Standard webhooks, without card numbers', () => {
    for (const seed of SEEDS) {
      const rejected = stream(seed)
        .stream.webhooks.map((h) => rejectionReason(h))
        .filter((reason) => reason !== null);
      expect(rejected).toEqual([]);
    }
  });

  it('uses IPs that geo-locate to the intended country (including IPv6)', () => {
    for (const seed of SEEDS) {
      const check = geoCheck(stream(seed));
      expect(check.checked).toBeGreaterThan(1000);
      expect(check.matched / check.checked).toBeGreaterThanOrEqual(0.99);
      expect(check.ipv6).toBeGreaterThan(100);
      // Every IP in a payload was put there with an intent.
      const intended = new Set(stream(seed).intents.map((i) => i.ip));
      for (const hook of stream(seed).stream.webhooks) {
        const ip = body(hook).data.ip;
        if (ip !== undefined) expect(intended.has(ip)).toBe(true);
      }
    }
  });

  it('is sorted by posting time and labels every webhook with a known purchase', () => {
    for (const seed of SEEDS) {
      const g = stream(seed);
      expect(isSortedByAt(g)).toBe(true);
      const keys = new Set(g.stream.truth.map((t) => t.purchase));
      expect(keys.size).toBe(g.stream.truth.length);
      for (const hook of g.stream.webhooks) {
        expect(keys.has(hook.purchase)).toBe(true);
        expect(hook.kind).toBe('standard');
        // Posted at or after the event happened (same second mostly, sometimes later).
        expect(hook.at).toBeGreaterThanOrEqual(Date.parse(body(hook).timestamp));
      }
    }
  });

  it('keeps the events of one purchase on one order and payment id, with its amount', () => {
    const g = stream(2);
    const byPurchase = new Map<string, Body[]>();
    for (const hook of g.stream.webhooks)
      byPurchase.set(hook.purchase, [...(byPurchase.get(hook.purchase) ?? []), body(hook)]);
    for (const t of g.stream.truth) {
      const bodies = byPurchase.get(t.purchase) ?? [];
      expect(new Set(bodies.map((b) => b.data.orderId))).toEqual(new Set([t.purchase]));
      expect(
        new Set(bodies.filter((b) => b.data.paymentId).map((b) => b.data.paymentId)).size,
      ).toBeLessThanOrEqual(1);
      const created = bodies.find((b) => b.type === 'order.created');
      expect(created?.data.amount).toBe(t.amount);
      expect(created?.data.currency).toBe(t.currency);
    }
  });

  it('takes over accounts that already have honest history in the stream', () => {
    const g = stream(3);
    const fraudKeys = new Set(g.stream.truth.filter((t) => t.fraud).map((t) => t.purchase));
    const kindOf = new Map(g.stream.truth.map((t) => [t.purchase, t.kind]));
    const firstHonest = new Map<string, number>();
    for (const hook of g.stream.webhooks) {
      const b = body(hook);
      const id = b.data.customer?.id;
      if (b.type === 'order.created' && id && !fraudKeys.has(hook.purchase) && !firstHonest.has(id)) {
        firstHonest.set(id, Date.parse(b.timestamp));
      }
    }
    const takeovers = g.stream.webhooks.filter(
      (h) => body(h).type === 'order.created' && kindOf.get(h.purchase) === 'account_takeover',
    );
    expect(takeovers.length).toBeGreaterThan(5);
    for (const hook of takeovers) {
      const b = body(hook);
      const since = firstHonest.get(b.data.customer?.id ?? '');
      expect(since).toBeDefined();
      expect(Date.parse(b.timestamp)).toBeGreaterThan(since ?? Infinity);
      expect(Date.parse(b.data.customer?.createdAt ?? '')).toBeLessThan(
        Date.parse(b.timestamp) - 30 * 86_400_000,
      );
    }
  });

  it('gives throwaway accounts minutes-old accounts with disposable or relay inboxes', () => {
    const g = stream(1);
    const kindOf = new Map(g.stream.truth.map((t) => [t.purchase, t.kind]));
    const domains = new Set([...DISPOSABLE_DOMAINS, ...PRIVACY_RELAYS].map(([d]) => d));
    for (const hook of g.stream.webhooks) {
      const b = body(hook);
      if (b.type !== 'order.created' || kindOf.get(hook.purchase) !== 'new_account_throwaway') continue;
      const email = b.data.customer?.email ?? '';
      expect(domains.has(email.slice(email.indexOf('@') + 1))).toBe(true);
      const age = Date.parse(b.timestamp) - Date.parse(b.data.customer?.createdAt ?? '');
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThanOrEqual(16 * 60_000);
    }
  });

  it('puts a CU, IR, KP or SY country on every sanctioned-country order, and on no other', () => {
    for (const seed of SEEDS) {
      const g = stream(seed);
      const geo = new Map(g.intents.map((i) => [i.ip, i.country]));
      const touched = new Map<string, boolean>();
      for (const hook of g.stream.webhooks) {
        const d = body(hook).data;
        const countries = [
          d.billing?.country,
          d.shipping?.country,
          d.card?.country,
          d.ip ? geo.get(d.ip) : undefined,
        ];
        if (countries.some((c) => c !== undefined && SANCTIONED.includes(c)))
          touched.set(hook.purchase, true);
      }
      for (const t of g.stream.truth)
        expect(touched.get(t.purchase) ?? false).toBe(t.kind === 'sanctioned_country');
    }
  });

  it('has the honest confounders a real store has', () => {
    const kinds = new Set(
      stream(1)
        .stream.truth.filter((t) => !t.fraud)
        .map((t) => t.kind),
    );
    for (const kind of [
      'repeat_customer',
      'first_time',
      'traveller',
      'vpn_user',
      'gift_abroad',
      'new_device',
      'payment_retry',
      'privacy_email',
      'foreign_card',
      'shared_network',
      'big_basket',
    ]) {
      expect(kinds.has(kind)).toBe(true);
    }
  });
});
