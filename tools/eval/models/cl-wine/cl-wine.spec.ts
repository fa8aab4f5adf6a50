import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectSortedAndLabelled,
  expectEachPurchaseOpensWithItsOrder,
  itDefaultsAndHonoursOptions,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  SANCTIONED,
  expectNetworksLocate,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { Rng } from '../kit/random.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, local, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { clWineModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { SHIPS_TO } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(clWineModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  fulfilment?: string;
  document?: string;
  company?: { name: string; rut: string };
  channel?: string;
  cuotas?: number;
  webpayPaymentType?: string;
  reason?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

/** A RUT's módulo-11 check digit is right. */
function rutValid(rut: string): boolean {
  const m = /^(\d{1,3}(?:\.\d{3})*)-([\dK])$/.exec(rut);
  if (!m) return false;
  const digits = (m[1] ?? '').replace(/\./g, '');
  let sum = 0;
  let f = 2;
  for (const d of digits.split('').reverse()) {
    sum += Number(d) * f;
    f = f === 7 ? 2 : f + 1;
  }
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === m[2];
}

describe('cl-wine traffic model', () => {
  itIsDeterministic(clWineModel, stream);

  itDefaultsAndHonoursOptions(clWineModel, stream, {
    name: 'defaults to 2,000 orders over four weeks from 4 September 2026 and honours the options',
    model: 'cl-wine',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 2, 1), within: 110 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in pesos at home or dollars abroad, and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const orders = expectEachPurchaseOpensWithItsOrder(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of orders) {
      const d = data(o.data);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const items = orderItems(d).reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0));
      const abroad = d.fulfilment === 'dhl_express';
      expect(`${o.kind} ${d.currency}`).toBe(`${o.kind} ${abroad ? 'USD' : 'CLP'}`);
      if (!abroad) expect(d.shipping?.country ?? 'CL').toBe('CL');
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(clWineModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  it('draws IPs that geoip-country places in each network’s country; every checkout’s IP locates', () => {
    const rng = new Rng('spec');
    expectNetworksLocate(NETWORKS, (n, v6) => address(rng, n, v6), ipCountry);
    for (const o of createdOrders(stream(2))) {
      if (data(o.data).channel === 'subscription') expect(o.data.ip).toBeUndefined();
      else expect(ipCountry(o.data.ip ?? '')).toBeDefined();
    }
    const regulars = of('regular');
    expect(
      regulars.filter((o) => ipCountry(o.data.ip ?? '') === 'CL').length / regulars.length,
    ).toBeGreaterThan(0.97);
    for (const o of of('traveller_vpn')) expect(ipCountry(o.data.ip ?? '')).not.toBe('CL');
    for (const o of of('tourist_reorder')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
    expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('places orders in the season: busiest before the dieciocho, almost nothing on the 18th and 19th', () => {
    const orders = createdOrders(stream(1));
    const day = (d: number) =>
      orders.filter((o) => local(o.at).getUTCDate() === d && local(o.at).getUTCMonth() === 8).length;
    expect(day(15) + day(16)).toBeGreaterThan(3 * (day(18) + day(19)));
    for (const o of orders) expect(o.at).toBeLessThan(START + DAYS * DAY);
    // Couriers do not run on the holidays.
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent & { data: Data & { status?: string } };
      if (
        b.type === 'order.updated' &&
        ['shipped', 'delivered'].includes(b.data.status ?? '') &&
        b.data.fulfilment === 'courier'
      ) {
        const d = local(Date.parse(b.timestamp ?? ''));
        expect(d.getUTCMonth() === 8 && [18, 19].includes(d.getUTCDate())).toBe(false);
      }
    }
  });

  it('ships honest orders only where the shop ships; cards show BIN and last four only, never a number', () => {
    for (const o of all())
      if (!o.fraud && o.data.shipping) expect(SHIPS_TO).toContain(o.data.shipping.country);
    for (const w of stream(1).webhooks) {
      const d = (w.body as CanonicalEvent).data;
      if (d.card) {
        expect(Object.keys(d.card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
        expect(d.card.bin).toMatch(/^\d{6}$/);
        expect(d.card.last4).toMatch(/^\d{4}$/);
      }
      expect(JSON.stringify(w.body)).not.toMatch(/\d{12,19}(?!\d)/);
    }
  });

  it('pays through Webpay, Mercado Pago, Khipu, transfers, cash on delivery, PayPal and foreign cards, with checks only on cards', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      methods.add(d.paymentMethod ?? '');
      if (['khipu', 'transferencia', 'contra_entrega', 'paypal'].includes(d.paymentMethod ?? '')) {
        expect(d.card).toBeUndefined();
        expect(d.checks).toBeUndefined();
      }
      if (d.card && d.card.country !== 'US') expect(d.checks?.avs).toBe('unavailable');
      if (d.paymentMethod === 'webpay_plus')
        expect(['VD', 'VP', 'VN', 'SI', 'NC']).toContain(d.webpayPaymentType);
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of [
      'webpay_plus',
      'webpay_oneclick',
      'mercado_pago',
      'khipu',
      'transferencia',
      'contra_entrega',
      'paypal',
      'card',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'broken_bottle_refund'))
      expect(types.get(p.purchase)).toContain('refund.created');
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on the cheapest item, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 3 });
    for (const o of testing) expect(o.data.amount).toBeLessThanOrEqual(20_000);
  });

  it('takes over aged accounts seen in honest traffic; companies order on factura with a valid RUT in office hours', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    for (const kind of ['company_gifts', 'restaurant_restock', 'fake_company_transfer'])
      for (const o of of(kind)) {
        const d = data(o.data);
        expect(d.document).toBe('factura');
        expect(rutValid(d.company?.rut ?? '')).toBe(true);
        const l = local(o.at);
        expect([0, 6]).not.toContain(l.getUTCDay());
        expect(l.getUTCHours()).toBeGreaterThanOrEqual(8);
        expect(l.getUTCHours()).toBeLessThan(20);
      }
    expect(meanAmount(of('collector'))).toBeGreaterThan(4 * meanAmount(of('regular')));
    expect(meanAmount(of('stolen_card_cl'))).toBeGreaterThan(3 * meanAmount(of('fiestas_stockup')));
  });
});
