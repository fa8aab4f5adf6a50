import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
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
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, localHour } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, NZ_TZ, START } from './calendar.js';
import { AVS_COUNTRIES } from './cards.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { nzOutdoorModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { isForwarder, isRural, MARKETS } from './places.js';
import { CARD_METHODS } from './purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(nzOutdoorModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  deliveryNote?: string;
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

/** The part of a stream whose purchases are in one currency. */
function inCurrency(s: LabelledStream, currency: string): LabelledStream {
  const keep = new Set(s.truth.filter((p) => p.currency === currency).map((p) => p.purchase));
  return {
    ...s,
    truth: s.truth.filter((p) => keep.has(p.purchase)),
    webhooks: s.webhooks.filter((w) => keep.has(w.purchase)),
  };
}

const nzHour = (t: number) => localHour(t, NZ_TZ);

describe('nz-outdoor traffic model', () => {
  itIsDeterministic(nzOutdoorModel, stream);

  itDefaultsAndHonoursOptions(nzOutdoorModel, stream, {
    name: 'defaults to 2,000 orders over the three weeks before Christmas and honours the options',
    model: 'nz-outdoor',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 80 * HOUR, larger: 900 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in NZ or Australian dollars, adding up', () => {
    const total = (items: number, d: CanonicalEvent['data']) =>
      items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0);
    const s = stream(1);
    const nzd = expectOrdersAddUp(inCurrency(s, 'NZD'), { currency: 'NZD', total });
    const aud = expectOrdersAddUp(inCurrency(s, 'AUD'), { currency: 'AUD', total });
    expect(nzd.length + aud.length).toBe(s.truth.length);
    expect(aud.length / s.truth.length).toBeGreaterThan(0.05);
    for (const o of aud) expect(o.data.shipping?.country).toBe('AU');
    for (const o of nzd) if (o.data.shipping) expect(o.data.shipping.country).toBe('NZ');
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2, 3],
  });

  itParsesEveryBody(nzOutdoorModel, stream, [
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
      for (const o of of('australian_customer')) expect(ipCountry(o.data.ip ?? '')).toBe('AU');
      for (const o of of('kiwi_abroad')) expect(ipCountry(o.data.ip ?? '')).not.toBe('NZ');
      const trampers = of('local_tramper');
      const home = trampers.filter((o) => ipCountry(o.data.ip ?? '') === 'NZ');
      expect(home.length / trampers.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      // Tourists connect from home, or from a New Zealand SIM once travelling.
      for (const o of of('tourist_before_arrival'))
        expect([o.data.billing?.country, 'NZ']).toContain(ipCountry(o.data.ip ?? ''));
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('ships to New Zealand and Australia only; collections and e-gift cards have no address; RD runs go rural', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment;
      if (o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (f === 'click_and_collect' || f === 'email') expect(o.data.shipping).toBeUndefined();
      else expect(o.data.shipping).toBeDefined();
      if (o.data.shipping?.country === 'NZ') expect(f === 'rural_courier').toBe(isRural(o.data.shipping));
      if (o.data.currency === 'AUD')
        for (const i of orderItems(o.data))
          expect(['ebikes', 'kayaks', 'gift_cards']).not.toContain(i.category);
    }
    for (const o of of('rural_hunter')) expect(isRural(o.data.shipping)).toBe(true);
    for (const o of of('forwarder_reship')) expect(isForwarder(o.data.shipping)).toBe(true);
    // Honest parcels reach an airport forwarder only as family presents going on to the islands.
    for (const o of all().filter((x) => !x.fraud && isForwarder(x.data.shipping))) {
      expect(o.kind).toBe('christmas_gift');
      expect(data(o.data).deliveryNote).toMatch(/Nuku’alofa|Apia|Rarotonga/);
    }
    for (const o of of('tourist_before_arrival')) {
      expect(o.data.billing?.country).not.toBe('NZ');
      expect(data(o.data).deliveryNote).toMatch(/^(Guest arriving|Collecting after landing)/);
    }
  });

  it('sends card checks with cards and wallets only, AVS only from US, British and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.has(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !AVS_COUNTRIES.has(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'afterpay', 'laybuy', 'poli', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)?.some((t) => t === 'refund.created' || t === 'dispute.created')).toBe(
        true,
      );
    const orders = createdOrders(s);
    expect(
      paidShare(
        orders.filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.97);
    const stolen = orders.filter((o) =>
      ['stolen_card_optics', 'forwarder_reship', 'satellite_resale'].includes(o.kind),
    );
    const chargedBack = stolen.filter((o) => types.get(o.purchase)?.includes('dispute.created'));
    expect(chargedBack.length / stolen.length).toBeGreaterThan(0.35);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs, at night', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
    const pooled = [1, 2, 3].flatMap((seed) =>
      createdOrders(stream(seed)).filter((o) => o.kind === 'card_testing'),
    );
    const night = pooled.filter((o) => nzHour(o.at) >= 22 || nzHour(o.at) < 7);
    expect(night.length / pooled.length).toBeGreaterThan(0.5);
  });

  it('takes over aged accounts seen in honest traffic; stolen identities open Afterpay and Laybuy accounts on the spot', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    const bnpl = of('bnpl_stolen_identity');
    for (const o of bnpl) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(HOUR);
      expect(['afterpay', 'laybuy']).toContain(o.data.paymentMethod);
      expect(o.data.card).toBeUndefined();
    }
    expect(new Set(bnpl.map((o) => o.data.deviceId)).size).toBeLessThan(bnpl.length * 0.6);
  });

  it('sells satellite messengers to resellers by the handful, to a few drop addresses from a few phones', () => {
    for (const seed of [1, 2, 3]) {
      const sat = createdOrders(stream(seed)).filter((o) => o.kind === 'satellite_resale');
      for (const o of sat)
        expect(
          Math.max(...orderItems(o.data).map((i) => (i.category === 'navigation' ? i.quantity : 0))),
        ).toBeGreaterThanOrEqual(2);
      expect(new Set(sat.map((o) => o.data.shipping?.line1)).size).toBeLessThan(sat.length);
      expect(new Set(sat.map((o) => o.data.deviceId)).size).toBeLessThanOrEqual(6);
    }
  });

  it('prices fraud on optics far above everyday baskets; farmers shop early and late, collections in the day', () => {
    expect(meanAmount(of('stolen_card_optics'))).toBeGreaterThan(5 * meanAmount(of('christmas_gift')));
    expect(meanAmount(of('rural_hunter'))).toBeGreaterThan(2 * meanAmount(of('local_tramper')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_500);
    const day = (o: { at: number }) => nzHour(o.at) >= 8 && nzHour(o.at) < 17;
    const collect = of('click_and_collect');
    const farmers = of('rural_hunter');
    expect(collect.filter(day).length / collect.length).toBeGreaterThan(
      farmers.filter(day).length / farmers.length,
    );
  });
});
