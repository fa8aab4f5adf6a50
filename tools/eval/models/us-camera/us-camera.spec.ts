import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOrdersAddUp,
  itDefaultsAndHonoursOptions,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START, storeOpen } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usCameraModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, the store's clock, labels, valid bodies). */

const stream = cachedStreams(usCameraModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  tax?: number;
  duties?: number;
  fulfilment?: string;
  accountType?: string;
  company?: { name: string; ein: string };
  pickupPerson?: string;
  status?: string;
  reason?: string;
  threeDSecure?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bodiesOf = (seed: number) =>
  stream(seed).webhooks.map((w) => w.body as CanonicalEvent & { data: Data });

describe('us-camera traffic model', () => {
  itIsDeterministic(usCameraModel, stream);

  itDefaultsAndHonoursOptions(usCameraModel, stream, {
    name: 'defaults to 2,000 orders over Black Friday and Cyber Monday weeks and honours the options',
    model: 'us-camera',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) =>
        items -
        (data(d).discount ?? 0) +
        (data(d).shippingFee ?? 0) +
        (data(d).tax ?? 0) +
        (data(d).duties ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usCameraModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const o of of('export_customer')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      for (const o of of('latam_forwarder')) {
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
        expect(o.data.shipping?.country).toBe('US');
        expect(o.data.shipping?.line1).toMatch(/ Ste [A-Z]{2}\d{5}$/);
      }
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
      const home = of('enthusiast').filter((o) => ipCountry(o.data.ip ?? '') === 'US');
      expect(home.length).toBe(of('enthusiast').length);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, {
    seed: 1,
    countries: new Set(SANCTIONED),
    locate: ipCountry,
  });

  it('ships honest orders to the US or its export markets; pickups and e-gift cards have no delivery address', () => {
    const markets = new Set(['US', ...MARKETS.map((m) => m.country)]);
    for (const o of all()) {
      const f = data(o.data).fulfilment;
      if (!o.fraud && o.data.shipping) expect(markets).toContain(o.data.shipping.country);
      if (f === 'pickup' || f === 'email') expect(o.data.shipping).toBeUndefined();
      if (f !== 'international') expect(data(o.data).duties).toBe(0);
      if (f === 'international') expect(data(o.data).tax).toBe(0);
    }
  });

  it('hands over, packs and collects only while the store is open: never on the Sabbath or a holiday', () => {
    let placedWhileClosed = 0;
    for (const b of bodiesOf(1)) {
      const at = Date.parse(b.timestamp ?? '');
      if (b.type === 'order.created' && !storeOpen(at)) placedWhileClosed++;
      if (
        b.type === 'order.updated' &&
        ['shipped', 'ready_for_pickup', 'picked_up'].includes(b.data.status ?? '')
      )
        expect(`${b.data.status} ${b.timestamp} ${storeOpen(at)}`).toBe(
          `${b.data.status} ${b.timestamp} true`,
        );
    }
    // Online orders keep coming in while the doors are shut.
    expect(placedWhileClosed).toBeGreaterThan(300);
    // Saturday 28 November 2026 (the Sabbath) and Thanksgiving are closed; a Monday afternoon is open.
    expect(storeOpen(Date.UTC(2026, 10, 28, 17))).toBe(false);
    expect(storeOpen(Date.UTC(2026, 10, 26, 17))).toBe(false);
    expect(storeOpen(Date.UTC(2026, 10, 30, 17))).toBe(true);
  });

  it('sends card checks with card payments only, AVS only from US, Canadian and British issuers', () => {
    const methods = new Set<string>();
    const cardMethods = ['card', 'apple_pay', 'google_pay', 'store_card'];
    for (const b of bodiesOf(1)) {
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = cardMethods.includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(b.data.reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'financing', 'net_terms']) expect(methods).toContain(m);
    const wires = [1, 2, 3].flatMap((seed) =>
      bodiesOf(seed).filter(
        (b) => b.type === 'payment.succeeded' && b.data.paymentMethod === 'wire_transfer',
      ),
    );
    expect(wires.length).toBeGreaterThan(0);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    for (const o of createdOrders(s).filter((x) => x.kind === 'declined_then_paid'))
      expect(types.get(o.purchase)?.[1]).toBe('payment.failed');
  });

  it('tests cards as guests on cheap e-gift and memory cards, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount ?? 0).toBeLessThan(5_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; reshipping crews reuse a few drop addresses', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const reship = of('reshipper_stolen_card');
    const drops = new Set(reship.map((o) => o.data.shipping?.line1));
    expect(drops.size).toBeLessThan(reship.length / 2);
    for (const o of reship) expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
  });

  it('keeps net terms and company details to business accounts; the bust-out account is months old', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (o.data.paymentMethod === 'net_terms' || d.company) expect(d.accountType).toBe('business');
      if (d.discountCode === 'EDU') expect(o.kind).toBe('student_edu');
    }
    for (const o of of('net_terms_bust_out')) {
      const age = o.at - Date.parse(o.data.customer?.createdAt ?? '');
      expect(age).toBeGreaterThan(50 * DAY);
      expect(age).toBeLessThan(220 * DAY);
      expect(o.data.paymentMethod).toBe('net_terms');
    }
  });

  it('sends pickup mules to the Manhattan counter; pros spend the most; card testers the least', () => {
    for (const o of of('pickup_mule')) expect(data(o.data).fulfilment).toBe('pickup');
    expect(meanAmount(of('pro_business'))).toBeGreaterThan(2 * meanAmount(of('enthusiast')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(5_000);
  });
});
