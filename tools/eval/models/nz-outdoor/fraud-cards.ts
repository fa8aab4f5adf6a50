import { type Address, DAY, type Device, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { build, freshAccount, guest, type World } from './build.js';
import { NZ_TZ, placedAt } from './calendar.js';
import { BINS, cardOfBin, testDecline, type ThreeDS } from './cards.js';
import { line, type Line, pickLines, type Sku } from './catalogue.js';
import {
  crewDevices,
  dropAddress,
  junkEmail,
  maskedDevice,
  stolenAfter,
  stolenAttempts,
  stolenCards,
  triesOf,
} from './fraud-kit.js';
import { ipFrom, type NetName } from './networks.js';
import {
  abroadAddress,
  AU_CITIES,
  auAddress,
  forwarderAddress,
  FORWARDER_COUNT,
  GUEST_DROPS,
  nzAddress,
  NZ_TOWNS,
  pickPlace,
  pickTown,
} from './places.js';
import { person } from './people.js';
import { type Attempt, cardAttempt, type LaterEvent, type Purchase } from './purchase.js';

/**
 * Fraud with cards: testing stolen numbers on the cheapest things in the shop, stolen New Zealand cards
 * (phished along with their one-time codes) buying optics to sell on, a crew buying satellite messengers and
 * beacons by the handful for resale, and stolen foreign cards shipping to Auckland freight forwarders.
 */

// prettier-ignore
const TESTER_AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/143.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.5845.188 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
];

/** The cheapest things, for testing whether a card is live. */
const TEST_SKUS: readonly Sku[] = ['carabiner', 'repellent', 'topoMap', 'sunscreen', 'gift25', 'gas'];

/** A billing address for a card's country, as a tester fills it in. */
function addressFor(rng: Rng, country: string): Address {
  if (country === 'NZ') return nzAddress(rng, pickTown(rng, NZ_TOWNS));
  if (country === 'AU') return auAddress(rng, rng.pick(AU_CITIES));
  return abroadAddress(rng, country);
}

/**
 * One testing run: a script checks out the same cheap item again and again, a minute or two apart, with card
 * numbers from one or two BINs, each order trying one to three numbers, from a proxy network, at night.
 */
function testingRun(rng: Rng, w: World, size: number): Purchase[] {
  const span = size * 3 * MINUTE + HOUR;
  const window: Window = {
    start: w.window.start,
    end: Math.max(w.window.start + MINUTE, w.window.end - span),
  };
  let t = placedAt(rng, window, NZ_TZ, 'night', 'flat');
  const country = rng.weightedPick<string>([
    ['US', 35],
    ['NZ', 30],
    ['GB', 15],
    ['AU', 15],
    ['CA', 5],
  ]);
  const all = BINS[country] ?? [];
  const bins = [rng.pick(all), rng.pick(all)];
  const net = rng.weightedPick<NetName>([
    ['us-hosting', 24],
    ['nl-hosting', 14],
    ['sg-hosting', 10],
    ['au-cloud', 10],
    ['nz-datacentre', 16],
    ['nz-mobile-b', 14],
    ['nz-fibre-challenger', 12],
  ]);
  const userAgent = rng.pick(TESTER_AGENTS);
  const fingerprinted = rng.chance(0.35);
  const sku = rng.pick(TEST_SKUS);
  return Array.from({ length: size }, () => {
    t += rng.int(20_000, 160_000);
    const p = person(rng, country);
    const email = junkEmail(rng, rng.chance(0.5) ? p : undefined);
    const device: Device = fingerprinted ? { userAgent, id: `dv_${rng.token(22)}` } : { userAgent };
    const tries = rng.weightedPick([
      [1, 55],
      [2, 27],
      [3, 18],
    ] as const);
    const email1 = sku === 'gift25';
    const shipping = email1 ? undefined : nzAddress(rng, pickTown(rng, NZ_TOWNS));
    return build(rng, {
      at: t,
      fraud: true,
      kind: 'card_testing',
      buyer: guest(p, email),
      billing: addressFor(rng, country),
      ...(shipping ? { shipping } : {}),
      fulfilment: email1 ? 'email' : 'courier',
      ip: ipFrom(rng, net, 0),
      device,
      locale: 'en-US',
      lines: [line(sku, 1, 'NZD')],
      currency: 'NZD',
      pay: (amount) => {
        const out: Attempt[] = [];
        for (let i = 0; i < tries; i++) {
          const card = cardOfBin(rng, country, rng.pick(bins));
          const ok = i === tries - 1 && rng.chance(0.14);
          const afterMs = i === 0 ? rng.int(3_000, 15_000) : rng.int(2_000, 12_000);
          // Small amounts pass 3-D Secure without a challenge, or the issuer never enrolled the card.
          const threeDS = rng.weightedPick<ThreeDS>([
            ['frictionless', 45],
            ['attempted', 25],
            ['not_enrolled', 30],
          ]);
          out.push(
            ok
              ? cardAttempt(rng, card, amount, { ok, match: 'wrong', afterMs, threeDS })
              : cardAttempt(rng, card, amount, {
                  ok,
                  match: 'wrong',
                  afterMs,
                  threeDS,
                  decline: testDecline(rng),
                }),
          );
        }
        return out;
      },
      later: () => testedAfter(rng, email1),
    });
  });
}

/** A tested card that went through: now and then the store cancels it, or a warning comes; else it goes out. */
function testedAfter(rng: Rng, emailed: boolean): LaterEvent[] {
  if (rng.chance(0.35))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 16) * HOUR, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: rng.int(17, 20) * HOUR, reason: 'fraudulent' },
    ];
  const out: LaterEvent[] = emailed
    ? [{ type: 'order.updated', afterMs: rng.int(20_000, 3 * MINUTE), status: 'emailed' }]
    : [{ type: 'order.updated', afterMs: rng.int(8, 40) * HOUR, status: 'shipped' }];
  if (rng.chance(0.3))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(0.15))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'fraudulent' });
  return out;
}

export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (let run = 0; out.length < n; run++) {
    const size = Math.min(n - out.length, rng.int(4, 10));
    out.push(...testingRun(rng.fork(`run${run}`), w, size));
  }
  return out;
}

// prettier-ignore
const OPTICS: ReadonlyArray<readonly [Sku, number]> = [
  ['binoSwarovski', 6], ['scopeLeupold', 5], ['thermalMono', 8], ['thermalScope', 5], ['rangeBinos', 4],
  ['spotter', 2], ['binoVortex', 4], ['rangefinder', 4],
];

const nzProxy = (rng: Rng): NetName =>
  rng.weightedPick<NetName>([
    ['nz-mobile-a', 22],
    ['nz-mobile-b', 23],
    ['nz-datacentre', 20],
    ['au-cloud', 10],
    ['us-hosting', 10],
    ['nz-fibre-challenger', 15],
  ]);

/**
 * Phished New Zealand (and some Australian) cards, with the one-time code phished too, buying binoculars,
 * riflescopes and thermal optics to sell on: a guest or a sign-up in the cardholder's name, a made-up mailbox,
 * the parcel to a drop address or collected by a runner.
 */
export function stolenOptics(rng: Rng, w: World, n: number): Purchase[] {
  const crew = crewDevices(rng, 3, false);
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`so${i}`);
    const at = placedAt(r, w.window, NZ_TZ, r.chance(0.5) ? 'night' : 'home', 'build');
    const victim = person(r, 'NZ');
    const country = r.chance(0.85) ? 'NZ' : 'AU';
    const billing = country === 'NZ' ? nzAddress(r, pickTown(r, NZ_TOWNS)) : auAddress(r, r.pick(AU_CITIES));
    const email = junkEmail(r, victim);
    const buyer = r.chance(0.4) ? freshAccount(r, victim, email, at, 15) : guest(victim, email);
    const collect = r.chance(0.15);
    // A drop address, a motel that takes parcels for guests, or any address the runner can watch.
    const shipping = collect
      ? undefined
      : r.chance(0.06)
        ? r.pick(GUEST_DROPS)
        : r.chance(0.9)
          ? dropAddress(r)
          : nzAddress(r, pickTown(r, NZ_TOWNS));
    const f = collect ? 'click_and_collect' : 'courier';
    const lines: Line[] = pickLines(r, OPTICS, r.chance(0.2) ? 2 : 1, 'NZD', (s) =>
      s === 'thermalMono' && r.chance(0.15) ? 2 : 1,
    );
    return build(r, {
      at,
      fraud: true,
      kind: 'stolen_card_optics',
      buyer,
      billing,
      ...(shipping ? { shipping } : {}),
      fulfilment: f,
      ip: ipFrom(r, nzProxy(r)),
      device: r.chance(0.35) ? r.pick(crew) : maskedDevice(r),
      locale: 'en-NZ',
      lines,
      currency: 'NZD',
      pay: (amount) =>
        stolenAttempts(r, {
          cards: stolenCards(r, country, triesOf(r)),
          amount,
          lastOk: 0.85,
          passed: () => (r.chance(0.45) ? 'challenge_passed' : 'frictionless'),
        }),
      later: () => stolenAfter(r, f, { reviewed: 0.12, warning: 0.4, dispute: 0.7 }),
    });
  });
}

// prettier-ignore
const SATELLITE: ReadonlyArray<readonly [Sku, number]> = [
  ['inreachMini', 6], ['inreachMessenger', 3], ['zoleo', 2], ['plb', 3], ['gps', 1], ['watch', 2],
];

interface Crew {
  devices: Device[];
  drops: Address[];
  active: Window;
}

/**
 * A crew buying satellite messengers, beacons and GPS units two to four at a time for resale online: new
 * accounts opened minutes before, the crew's own few phones on mobile data, a handful of drop addresses, phished
 * New Zealand cards. Each crew works for a few days of the window.
 */
export function satelliteResale(rng: Rng, w: World, n: number): Purchase[] {
  const crews: Crew[] = Array.from({ length: n > 12 ? 2 : 1 }, (_, c) => {
    const r = rng.fork(`crew${c}`);
    const days = r.int(3, 8) * DAY;
    const span = w.window.end - w.window.start;
    const start = w.window.start + r.float(0, Math.max(0, span - days));
    return {
      devices: crewDevices(r, r.int(2, 3)),
      drops: Array.from({ length: r.int(2, 4) }, () => dropAddress(r)),
      active: { start, end: Math.min(w.window.end, start + days) },
    };
  });
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`sat${i}`);
    const crew = crews[i % crews.length] ?? (crews[0] as Crew);
    const at = placedAt(r, crew.active, NZ_TZ, 'home', 'flat');
    const alias = person(r, 'NZ');
    const email = junkEmail(r, alias);
    const buyer = r.chance(0.6) ? freshAccount(r, alias, email, at, 30) : guest(alias, email);
    // Two to four of one unit, now and then one or two of another.
    let k = 0;
    const lines = pickLines(r, SATELLITE, r.chance(0.3) ? 2 : 1, 'NZD', () =>
      k++ === 0 ? r.int(2, 4) : r.int(1, 2),
    );
    return build(r, {
      at,
      fraud: true,
      kind: 'satellite_resale',
      buyer,
      billing: nzAddress(r, pickTown(r, NZ_TOWNS)),
      shipping: r.pick(crew.drops),
      fulfilment: 'courier',
      ip: ipFrom(r, r.pick(['nz-mobile-a', 'nz-mobile-b'] as const)),
      device: r.pick(crew.devices),
      locale: 'en-NZ',
      lines,
      currency: 'NZD',
      pay: (amount) =>
        stolenAttempts(r, {
          cards: stolenCards(r, 'NZ', triesOf(r)),
          amount,
          lastOk: 0.8,
          passed: () => (r.chance(0.55) ? 'challenge_passed' : 'frictionless'),
        }),
      later: () => stolenAfter(r, 'courier', { reviewed: 0.1, warning: 0.45, dispute: 0.7 }),
    });
  });
}

// prettier-ignore
const RESHIP: ReadonlyArray<readonly [Sku, number]> = [
  ['binoSwarovski', 5], ['scopeLeupold', 4], ['rangeBinos', 4], ['thermalMono', 4], ['gps', 3], ['watch', 5],
  ['inreachMini', 4], ['ebattery', 3], ['rangefinder', 3], ['spotter', 2], ['pack65', 1], ['bootsScarpa', 1],
];

const LOCALE: Readonly<Record<string, string>> = { US: 'en-US', GB: 'en-GB', CA: 'en-CA', AU: 'en-AU' };

/**
 * Stolen foreign cards with the holder's full details, shipping to a freight forwarder near Auckland Airport:
 * the billing address is the holder's abroad, the connection a proxy in the holder's country or a data centre.
 */
export function forwarderReship(rng: Rng, w: World, n: number): Purchase[] {
  const site = rng.int(0, FORWARDER_COUNT - 1);
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`fw${i}`);
    const country = r.weightedPick<string>([
      ['US', 45],
      ['GB', 30],
      ['CA', 10],
      ['AU', 15],
    ]);
    const place = pickPlace(r, country);
    const at = r.chance(0.5)
      ? placedAt(r, w.window, NZ_TZ, 'night', 'flat')
      : placedAt(r, w.window, place.tz, 'home', 'flat');
    const holder = person(r, country);
    const email = junkEmail(r, holder);
    const net = r.weightedPick<NetName>([
      [
        country === 'US'
          ? 'us-cable'
          : country === 'GB'
            ? 'gb-broadband'
            : country === 'CA'
              ? 'ca-broadband'
              : 'au-nbn-a',
        35,
      ],
      ['us-hosting', 20],
      ['nl-hosting', 12],
      ['nz-datacentre', 13],
      ['hk-broadband', 10],
      ['cn-broadband', 10],
    ]);
    const lines = pickLines(
      r,
      RESHIP,
      r.weightedPick([
        [1, 50],
        [2, 35],
        [3, 15],
      ] as const),
      'NZD',
      () => (r.chance(0.2) ? 2 : 1),
    );
    const us = country === 'US' || country === 'CA';
    return build(r, {
      at,
      fraud: true,
      kind: 'forwarder_reship',
      buyer: r.chance(0.3) ? freshAccount(r, holder, email, at, 10) : guest(holder, email),
      billing: abroadAddress(r, country, place),
      shipping: forwarderAddress(r, r.chance(0.6) ? site : undefined),
      fulfilment: 'courier',
      ip: ipFrom(r, net, 0.2),
      device: maskedDevice(r),
      locale: LOCALE[country] ?? 'en-US',
      lines,
      currency: 'NZD',
      pay: (amount) =>
        stolenAttempts(r, {
          cards: stolenCards(r, country, triesOf(r)),
          amount,
          lastOk: 0.85,
          match: r.weightedPick([
            ['good', 70],
            ['partial', 20],
            ['wrong', 10],
          ] as const),
          passed: () => (us ? (r.chance(0.5) ? 'attempted' : 'frictionless') : 'frictionless'),
        }),
      later: () => stolenAfter(r, 'courier', { reviewed: 0.15, warning: 0.45, dispute: 0.75 }),
    });
  });
}
