import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import { binOf, cardOn, type HeldCard, newCard } from './cards.js';
import {
  basketOf,
  CATALOGUE,
  EXPORT_FAVOURITES,
  type Fulfilment,
  lineIn,
  pickLines,
  RESELLABLE,
  WHOLESALE,
} from './catalogue.js';
import { lineCount, NAIROBI_AGENTS, openedAt, type World } from './checkout.js';
import { device, deviceId, userAgent } from './devices.js';
import { burst, cardFraudAfter, DAY, HOUR, MINUTE, stolenAttempts, throwaway } from './fraud-kit.js';
import { ipOn } from './networks.js';
import { kenyan, westernName } from './people.js';
import {
  addressAbroad,
  CLEARING_AGENTS,
  type Currency,
  type Market,
  MARKETS,
  NAIROBI_TZ,
  nairobiHome,
  reshipper,
} from './places.js';
import { type Attempt, type LaterEvent, type Purchase, unpaidRelease } from './purchase.js';

/** Stolen cards: tested in bursts, spent on goods shipped abroad or collected in Nairobi, and the bulk-order scam. */

type Abroad = Exclude<Market, 'KE'>;

const currencyOf = (country: string): Currency => MARKETS[country as Market]?.currency ?? 'USD';

/**
 * Card testing: scripts behind hosting-company IPs check stolen numbers on the cheapest checkout they can find
 * (an e-gift voucher, or a key holder for collection at the shop), a run of guest orders minutes apart on a
 * few BINs, most declined. The few that pass are cancelled by the shop once it notices, or left to the issuer.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (let r = 0; out.length < n; r++) {
    const run = rng.fork(`run${r}`);
    const size = Math.min(n - out.length, run.int(4, 16));
    const night = run.chance(0.6);
    const start = placeAt(run, w.window, NAIROBI_TZ, 'flat', night ? 'any' : 'mobile');
    const country = run.weightedPick<Abroad>([
      ['US', 65],
      ['GB', 20],
      ['DE', 8],
      ['NL', 7],
    ]);
    const bins = Array.from({ length: run.int(1, 3) }, () => binOf(run, country));
    const nets = [run.pick(['vpn-us', 'vpn-nl', 'vpn-de', 'vpn-gb']), run.pick(['vpn-us', 'vpn-nl'])];
    const ids = run.weightedPick([
      ['fixed', 50],
      ['rotating', 30],
      ['none', 20],
    ] as const);
    const fixed: Device = { id: deviceId(run), userAgent: userAgent(run, 'script') };
    const voucher = run.chance(0.6);
    const currency = currencyOf(country);
    for (const at of burst(run, start, size, [20_000, 4 * MINUTE], w.window)) {
      const line = voucher
        ? lineIn(CATALOGUE.voucher, currency)
        : lineIn(run.chance(0.7) ? CATALOGUE.keyholder : CATALOGUE.bracelet, currency);
      const fulfilment: Fulfilment = voucher ? 'email' : 'shop_pickup';
      const basket = basketOf([line], currency, fulfilment);
      const name = westernName(run, country);
      const billing = addressAbroad(run, country);
      const tries = run.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      const cards = Array.from({ length: tries }, () => cardOn(run, run.pick(bins), country));
      const attempts = stolenAttempts(run, cards, {
        match: run.chance(0.5) ? 'good' : 'wrong',
        okShare: 0.14,
        otpShare: 0,
      });
      const dev: Device =
        ids === 'fixed'
          ? fixed
          : ids === 'rotating'
            ? { id: deviceId(run), userAgent: fixed.userAgent }
            : { userAgent: fixed.userAgent };
      out.push({
        at,
        fraud: true,
        kind: 'card_testing',
        basket,
        buyer: { email: throwaway(run), name },
        billing,
        fulfilment,
        ip: ipOn(run, run.pick(nets)),
        device: dev,
        locale: MARKETS[country].locale,
        attempts,
        later: testerAfter(run, fulfilment, attempts),
      });
    }
  }
  return out;
}

function testerAfter(rng: Rng, f: Fulfilment, attempts: readonly Attempt[]): LaterEvent[] {
  if (!attempts.some((a) => a.ok)) return unpaidRelease(rng, attempts);
  const from = attempts.reduce((t, a) => t + Math.max(1000, a.afterMs), 0);
  if (rng.chance(0.6))
    return [{ type: 'order.cancelled', afterMs: from + rng.int(1, 12) * HOUR, reason: 'suspected_fraud' }];
  const out: LaterEvent[] =
    f === 'email'
      ? [{ type: 'order.updated', afterMs: from + rng.int(1, 10) * MINUTE, status: 'sent' }]
      : [
          { type: 'order.updated', afterMs: from + rng.int(2, 20) * HOUR, status: 'ready_for_collection' },
          { type: 'order.cancelled', afterMs: from + rng.int(7, 10) * DAY, reason: 'not_collected' },
        ];
  if (rng.chance(0.4))
    out.push({ type: 'fraud_warning.created', afterMs: from + rng.int(3, 15) * DAY, reason: 'fraudulent' });
  return out;
}

interface Crew {
  device: Device;
  nets: readonly string[];
}

/**
 * Stolen foreign cards spent on goods that resell (big soapstone, leather, hampers) shipped by DHL to package
 * reshippers in Delaware, Oregon, New Jersey and by Heathrow, or, in triangulation, a marketplace buyer's order
 * of ordinary crafts sent to that buyer's real home with someone else's card. Crews keep their devices and
 * work through residential proxies in the card's country, VPNs, or straight from their own phones.
 */
export function stolenCardExport(rng: Rng, w: World, n: number): Purchase[] {
  const crews: Crew[] = Array.from({ length: Math.max(2, Math.ceil(n / 5)) }, () => ({
    device: device(rng, rng.chance(0.6) ? 'office' : 'kenyan', 0.75),
    nets: [
      rng.pick(['vpn-us', 'vpn-gb', 'vpn-nl', 'vpn-de']),
      rng.pick(['ke-mobile-1', 'ng-mobile', 'ke-fibre']),
    ],
  }));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const country = r.weightedPick<Abroad>([
      ['US', 62],
      ['GB', 24],
      ['DE', 7],
      ['NL', 7],
    ]);
    const currency = currencyOf(country);
    const triangulation = r.chance(0.35);
    const at = placeAt(r, w.window, NAIROBI_TZ, 'flat', 'mobile');
    const lines = triangulation
      ? pickLines(
          r,
          currency,
          EXPORT_FAVOURITES,
          lineCount(r, [
            [1, 70],
            [2, 30],
          ]),
          0,
        )
      : pickLines(
          r,
          currency,
          RESELLABLE,
          lineCount(r, [
            [1, 45],
            [2, 35],
            [3, 20],
          ]),
          0.25,
        );
    const fulfilment: Fulfilment = 'dhl_express';
    const shipping: Address = triangulation
      ? addressAbroad(r, r.pick<Abroad>(['US', 'US', 'GB', 'DE']))
      : reshipper(r);
    const fullz = r.chance(0.6);
    const billing = fullz ? addressAbroad(r, country) : shipping;
    const cards: HeldCard[] = Array.from({ length: r.int(1, 3) }, () => newCard(r, country));
    const attempts = stolenAttempts(r, cards, { match: fullz ? 'good' : 'wrong', okShare: 0.72 });
    const proxy = r.chance(0.5);
    const net = proxy
      ? country === 'US'
        ? 'us-cable'
        : country === 'GB'
          ? 'gb-broadband'
          : `${country.toLowerCase()}-broadband`
      : r.pick(crew.nets);
    const name = triangulation ? westernName(r, shipping.country ?? 'US') : westernName(r, country);
    const signedUp = r.chance(0.4);
    return {
      at,
      fraud: true,
      kind: 'stolen_card_export',
      basket: basketOf(lines, currency, fulfilment),
      buyer: signedUp
        ? { id: `cus_${r.token(14)}`, email: throwaway(r, name), name, createdAt: at - r.int(3, 40) * MINUTE }
        : { email: throwaway(r, name), name },
      billing,
      shipping,
      fulfilment,
      ip: ipOn(r, net),
      device: crew.device,
      locale: MARKETS[country].locale,
      attempts,
      later: cardFraudAfter(r, fulfilment, attempts, {
        caught: 0.12,
        warn: 0.5,
        dispute: triangulation ? 0.75 : 0.82,
      }),
    };
  });
}

/**
 * Nairobi carders spending stolen foreign cards at home: new accounts on a phone, resellable goods in
 * shillings, collected from a pickup agent or the shop by a rider they send, or delivered to a flat in an
 * estate; the chargebacks arrive weeks after the goods are sold.
 */
export function stolenCardLocal(rng: Rng, w: World, n: number): Purchase[] {
  const crews: Crew[] = Array.from({ length: Math.max(2, Math.ceil(n / 4)) }, () => ({
    device: device(rng, 'kenyan', 0.85),
    nets: [rng.chance(0.8) ? 'ke-mobile-1' : 'ke-mobile-2'],
  }));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const at = placeAt(r, w.window, NAIROBI_TZ, 'kenya', 'mobile');
    const currency: Currency = r.chance(0.75) ? 'KES' : 'USD';
    const lines = pickLines(
      r,
      currency,
      RESELLABLE,
      lineCount(r, [
        [1, 40],
        [2, 40],
        [3, 20],
      ]),
      0.35,
    );
    const how = r.weightedPick<Fulfilment>([
      ['pickup_agent', 45],
      ['shop_pickup', 20],
      ['rider_nairobi', 35],
    ]);
    const home = nairobiHome(r, ['estate', 'middle']);
    const shipping =
      how === 'pickup_agent' ? r.pick(NAIROBI_AGENTS) : how === 'rider_nairobi' ? home.address : undefined;
    const country = r.weightedPick([
      ['US', 55],
      ['GB', 15],
      ['CA', 10],
      ['DE', 6],
      ['FR', 7],
      ['AU', 7],
    ] as const);
    const fullz = r.chance(0.4);
    const billing =
      fullz && (country === 'US' || country === 'GB') ? addressAbroad(r, country) : home.address;
    const cards = Array.from({ length: r.int(1, 4) }, () => newCard(r, country));
    const attempts = stolenAttempts(r, cards, { match: fullz ? 'good' : 'wrong', okShare: 0.68 });
    const person = openedAt(
      kenyan(r, w.window.start, () => home),
      at,
      r,
      [5, 60],
    );
    const guest = r.chance(0.35);
    const net = r.chance(0.85) ? r.pick(crew.nets) : r.pick(['ke-fibre', 'vpn-us']);
    return {
      at,
      fraud: true,
      kind: 'stolen_card_local',
      basket: basketOf(lines, currency, how),
      buyer: guest
        ? { email: person.email, name: person.name }
        : { id: person.id, email: person.email, name: person.name, createdAt: person.createdAt },
      billing,
      ...(shipping ? { shipping } : {}),
      fulfilment: how,
      ip: ipOn(r, net),
      device: crew.device,
      locale: 'en-KE',
      attempts,
      later: cardFraudAfter(r, how, attempts, { caught: 0.1, warn: 0.5, dispute: 0.8 }),
    };
  });
}

const SCAM_SHOPS = [
  'Afro Roots Boutique',
  'Savannah Home Imports LLC',
  'Kente & Kiondo Ltd',
  'Global African Crafts Inc',
  'Mama Africa Decor',
  'Ubuntu Living Co',
  'Sahara Trading Partners',
];

/**
 * The bulk-order scam export craft sellers know: a new "boutique" abroad wants a hundred baskets and bracelets
 * now, at full retail, pays with one card after another and sends its own shipping agent to collect in Nairobi
 * (or has them freighted to a forwarder); the cards were stolen and the chargebacks follow the goods.
 */
export function bulkOrderScam(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const at = placeAt(r, w.window, 0, 'flat', 'any');
    const country = r.weightedPick<Abroad>([
      ['US', 60],
      ['GB', 25],
      ['NL', 8],
      ['DE', 7],
    ]);
    const currency = currencyOf(country);
    const shop = r.pick(SCAM_SHOPS);
    const name = westernName(r, country);
    const lines = pickLines(
      r,
      currency,
      WHOLESALE,
      lineCount(r, [
        [2, 25],
        [3, 35],
        [4, 25],
        [5, 15],
      ]),
      0,
    ).map((l) => ({
      ...l,
      quantity: r.int(4, 25) * 6,
    }));
    const collect = r.chance(0.65);
    const fulfilment: Fulfilment = collect ? 'agent_collection' : 'dhl_freight';
    const shipping = collect ? r.pick(CLEARING_AGENTS) : reshipper(r);
    const cards = Array.from({ length: r.int(2, 5) }, () =>
      newCard(
        r,
        r.weightedPick(
          ['US', 'GB', 'CA', 'AU', 'FR'].map((c, k) => [c, [50, 20, 12, 10, 8][k] ?? 1] as const),
        ),
      ),
    );
    const attempts = stolenAttempts(r, cards, { match: 'wrong', okShare: 0.35 });
    const net = r.weightedPick([
      ['vpn-us', 25],
      ['vpn-gb', 20],
      ['ng-mobile', 30],
      ['us-cable', 25],
    ] as const);
    const opened = at - r.int(20, 48 * 60) * MINUTE;
    return {
      at,
      fraud: true,
      kind: 'bulk_order_scam',
      basket: basketOf(lines, currency, fulfilment),
      buyer: {
        id: `cus_${r.token(14)}`,
        email: r.chance(0.6)
          ? throwaway(r, shop.split(' ')[0])
          : `orders@${shop.toLowerCase().replace(/[^a-z]/g, '')}-${country.toLowerCase()}.com`,
        name,
        createdAt: opened,
      },
      billing: addressAbroad(r, country),
      shipping,
      fulfilment,
      ip: ipOn(r, net),
      device: device(r, r.chance(0.7) ? 'office' : 'kenyan', 0.8),
      locale: MARKETS[country].locale,
      company: {
        name: shop,
        taxId: country === 'US' ? `${r.digits(2)}-${r.digits(7)}` : `${country}${r.digits(9)}`,
      },
      attempts,
      later: cardFraudAfter(r, fulfilment, attempts, {
        caught: 0.15,
        warn: 0.6,
        dispute: 0.85,
        disputeDays: [15, 55],
      }),
    };
  });
}
