import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectEachPurchaseOpensWithItsOrder,
  expectSortedAndLabelled,
  itDefaultsAndHonoursOptions,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  touchesCountry,
  webhookTypesByPurchase,
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { AVS_ISSUERS } from './cards.js';
import { BLACK_FRIDAY, DAYS, LAUNCH_DAY, LAUNCH_HOUR, START } from './calendar.js';
import { EXCLUSIVE, FLAGSHIP, LIMITS } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { dkBricksModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { currencyOf, MARKETS } from './places.js';
import { DISPUTED, WARNED } from './purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(dkBricksModel);
const LAUNCH = START + LAUNCH_DAY * DAY + LAUNCH_HOUR * HOUR;
const BLACK_FRIDAY_AT = START + BLACK_FRIDAY * DAY;

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  storefront?: string;
  delivery?: string;
  parcelShop?: string;
  giftRecipient?: string;
  company?: { name: string; vatId: string; ean?: string };
  reason?: string;
  threeDSecure?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const STOREFRONT: Readonly<Record<string, string>> = {
  DKK: 'dk',
  SEK: 'se',
  EUR: 'eu',
  GBP: 'uk',
  USD: 'us',
};

/** The method that took each purchase's money, from its payment.succeeded body. */
function paidMethods(seed: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of stream(seed).webhooks) {
    const b = w.body as CanonicalEvent;
    if (b.type === 'payment.succeeded') out.set(w.purchase, b.data.paymentMethod ?? '');
  }
  return out;
}

describe('dk-bricks traffic model', () => {
  itIsDeterministic(dkBricksModel, stream);

  itDefaultsAndHonoursOptions(dkBricksModel, stream, {
    name: 'defaults to 2,000 orders over three November weeks and honours the options',
    model: 'dk-bricks',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 4, 3),
      within: 80 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order is in its storefront’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      expect(d.storefront).toBe(STOREFRONT[d.currency ?? '']);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const goods = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(d.amount).toBe(goods - (d.discount ?? 0) + (d.shippingFee ?? 0));
      // Honest shoppers pay in their own country's price list.
      if (!o.fraud)
        expect(`${o.kind} ${d.currency}`).toBe(`${o.kind} ${currencyOf(d.billing?.country ?? '')}`);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(dkBricksModel, stream, [
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
      for (const o of of('dk_family')) expect(ipCountry(o.data.ip ?? '')).toBe('DK');
      const away = of('traveller_vpn').filter((o) => ipCountry(o.data.ip ?? '') !== 'DK');
      expect(away.length / of('traveller_vpn').length).toBeGreaterThan(0.6);
      for (const o of of('traveller_vpn')) expect(o.data.billing?.country).toBe('DK');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('keeps sanctioned countries to their kind in seeds 2 and 3 too', () => {
    for (const seed of [2, 3])
      for (const { kind, data: d } of createdOrders(stream(seed)))
        expect(`${kind} ${touchesCountry(d, SANCTIONED, ipCountry)}`).toBe(
          `${kind} ${kind === 'sanctioned_country'}`,
        );
  });

  it('ships honest orders only to its markets; pickups and e-mailed gift cards have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(Object.keys(MARKETS)).toContain(d.shipping.country);
      if (d.delivery === 'pickup' || d.delivery === 'email') expect(d.shipping).toBeUndefined();
      if (d.delivery === 'parcel_shop') expect(d.parcelShop).toBeDefined();
      if (d.delivery === 'email') expect(orderItems(d).every((i) => i.category === 'gift_card')).toBe(true);
    }
    for (const o of of('gift_card_buyer')) {
      expect(data(o.data).giftRecipient).toBeDefined();
      expect(data(o.data).giftRecipient).not.toBe(o.data.customer?.email);
    }
    const abroad = of('gift_sender').filter((o) => o.data.shipping?.country !== 'DK');
    expect(abroad.length).toBeGreaterThan(0);
    for (const o of of('gift_sender')) expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
  });

  it('shows cards only for card and wallet payments, AVS only from British and North American issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.threeDSecure !== undefined}`).toBe(`${method}:${card}`);
      if (card && !AVS_ISSUERS.has(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (method !== 'card' && card) expect(d.checks?.cvc).toBe('unavailable');
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      expect(d.card?.bin ?? '000000').toMatch(/^\d{6}$/);
    }
    for (const m of ['card', 'mobilepay', 'apple_pay', 'paypal', 'klarna', 'ean_invoice'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken and only where the method has them', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      const paid = paidMethods(seed);
      for (const [p, list] of types) {
        if (list.includes('fraud_warning.created'))
          expect((WARNED as ReadonlySet<string>).has(paid.get(p) ?? '')).toBe(true);
        if (list.includes('dispute.created'))
          expect((DISPUTED as ReadonlySet<string>).has(paid.get(p) ?? '')).toBe(true);
      }
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        if (paid.has(p.purchase)) expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'return_abuse'))
        if (paid.has(p.purchase)) expect(types.get(p.purchase)).toContain('refund.created');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    }
  });

  it('tests cards as guests on one cheap minifigure, mostly declined, in night bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 10 * 60_000, ordersPerBin: 4 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_000);
    }
  });

  it('takes over aged accounts seen in honest traffic, from devices the owners never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const seed of [1, 2, 3]) {
      const orders = createdOrders(stream(seed));
      const own = new Map<string, Set<string>>();
      for (const o of orders.filter((x) => !x.fraud && x.data.customer?.id))
        own.set(
          o.data.customer?.id ?? '',
          (own.get(o.data.customer?.id ?? '') ?? new Set()).add(o.data.deviceId ?? ''),
        );
      for (const o of orders.filter((x) => x.kind === 'account_takeover')) {
        expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
        expect(own.get(o.data.customer?.id ?? '')?.has(o.data.deviceId ?? '-') ?? false).toBe(false);
      }
    }
  });

  it('beats the limits with fresh accounts sharing devices and a few addresses; no order exceeds a limit', () => {
    const rings = of('multi_account_limit');
    for (const o of rings) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(15 * DAY);
      const limited = orderItems(o.data).filter((i) => LIMITS[i.sku] !== undefined);
      expect(limited).toHaveLength(1);
      expect(limited[0]?.quantity).toBe(LIMITS[limited[0]?.sku ?? '']);
    }
    expect(new Set(rings.map((o) => o.data.deviceId)).size).toBeLessThan(rings.length / 2);
    expect(new Set(rings.map((o) => o.data.customer?.id)).size).toBe(rings.length);
    for (const o of all())
      for (const i of orderItems(o.data)) expect(i.quantity).toBeLessThanOrEqual(LIMITS[i.sku] ?? 300);
  });

  it('sells the flagship only from its launch and the exclusive only from Black Friday; the launch morning is busy', () => {
    const orders = createdOrders(stream(1));
    for (const o of orders) {
      const skus = orderItems(o.data).map((i) => i.sku);
      if (skus.includes(FLAGSHIP.sku)) expect(o.at).toBeGreaterThanOrEqual(LAUNCH);
      if (skus.includes(EXCLUSIVE.sku)) expect(o.at).toBeGreaterThanOrEqual(BLACK_FRIDAY_AT);
      if (data(o.data).discountCode === 'BLACKWEEK20') {
        expect(o.at).toBeGreaterThanOrEqual(START + 7 * DAY);
        expect(o.at).toBeLessThan(START + 15 * DAY);
      }
    }
    const launchHour = orders.filter((o) => o.at >= LAUNCH && o.at < LAUNCH + HOUR).length;
    expect(launchHour).toBeGreaterThan((2000 / (DAYS * 24)) * 10);
  });

  it('invoices schools on weekdays in office hours; collectors spend far more than families', () => {
    for (const o of of('school_club')) {
      const d = data(o.data);
      expect(d.company?.vatId).toMatch(/^(DK\d{8}|SE\d{10}|NO\d{10})$/);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect(local.getUTCHours()).toBeLessThan(18);
    }
    for (const o of all())
      if (o.data.paymentMethod === 'ean_invoice') expect(data(o.data).company?.ean).toBeDefined();
    const dkk = (kind: string) => of(kind).filter((o) => o.data.currency === 'DKK');
    const mean = (os: ReturnType<typeof of>) => os.reduce((s, o) => s + (o.data.amount ?? 0), 0) / os.length;
    expect(mean(dkk('adult_collector'))).toBeGreaterThan(3 * mean(dkk('dk_family')));
  });

  it('ships stolen-card and reshipping orders away from the cardholder; forwarders only in fraud', () => {
    for (const o of of('reship_forwarder'))
      expect(`${o.data.shipping?.line1}`).not.toBe(`${o.data.billing?.line1}`);
    const honestLines = new Set(
      all()
        .filter((o) => !o.fraud)
        .map((o) => o.data.shipping?.line1),
    );
    for (const o of of('reship_forwarder')) expect(honestLines.has(o.data.shipping?.line1)).toBe(false);
    const types = webhookTypesByPurchase(stream(1));
    const stolen = createdOrders(stream(1)).filter((o) => o.kind === 'stolen_card_resale');
    expect(paidShare(stolen, types)).toBeLessThan(0.85);
  });
});
