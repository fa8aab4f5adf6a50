import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { nextInBurst, placedAt } from './calendar.js';
import { fraudDecline, type HeldCard, newCard } from './cards.js';
import {
  departureAfter,
  destinationOf,
  extraLine,
  flightLines,
  giftCardLine,
  hotelLine,
  type Line,
  packageLine,
  type Region,
  routeOf,
} from './catalogue.js';
import { ipIn, type NetType } from './networks.js';
import {
  type Account,
  emailFor,
  firstName,
  fullName,
  newDevice,
  type Origin,
  type OwnDevice,
} from './people.js';
import { homeIn, localeOf } from './places.js';
import {
  type Attempt,
  basketOf,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  issuedStatus,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
  type ThreeDS,
  type Trip,
} from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds, their weights, and how each is planned (README "Fraud kinds"). */

export const FRAUD = {
  ticket_resale_ring: 18,
  account_takeover: 14,
  card_testing: 12,
  triangulation: 12,
  stolen_card_hotel: 10,
  gift_card_cashing: 10,
  friendly_fraud: 10,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** A cardholder whose card details (and address, from the same breach) the fraudster holds. */
interface Victim {
  name: string;
  home: Address;
  card: HeldCard;
  country: string;
}

const ORIGIN_OF: Readonly<Record<string, Origin>> = {
  ES: 'es',
  GB: 'gb',
  US: 'us',
  MX: 'latam',
  CO: 'latam',
  DE: 'de',
  FR: 'fr',
  NL: 'nl',
  IT: 'it',
  PT: 'pt',
};

function victim(rng: Rng, country: string, bin?: string): Victim {
  const name = fullName(rng, ORIGIN_OF[country] ?? 'es');
  return {
    name,
    home: homeIn(rng, country).address,
    card: newCard(rng, country, rng.chance(0.6) ? 'credit' : 'debit', bin),
    country,
  };
}

const stolenCountry = (rng: Rng, weights: ReadonlyArray<readonly [string, number]>): string =>
  rng.weightedPick(weights);

/** A throwaway address: webmail with digits, or a disposable domain. */
function throwaway(rng: Rng, name?: string): string {
  if (name && rng.chance(0.5)) return emailFor(rng, name, 'any').replace('@', `${rng.int(10, 999)}@`);
  const local = `${rng.pick(['viajes', 'reservas', 'travel', 'booking', 'info', 'pedidos', 'vuelos'])}${rng.pick(['.', '_', ''])}${rng.token(rng.int(4, 8))}`;
  return `${local}@${rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'proton.me', 'tutamail.com', 'yopmail.com', 'mail.com'])}`;
}

/** A fresh account opened minutes before the order. */
const freshAccount = (rng: Rng, at: number, email: string, name: string): Buyer => ({
  id: `cus_${rng.token(12)}`,
  email,
  name,
  createdAt: at - rng.int(2, 90) * MINUTE,
});

/** Stolen-card tries: each declined try may move to another card from the same batch (same BIN). */
function stolenTries(
  rng: Rng,
  first: Victim,
  amount: number,
  o: {
    success: number;
    maxTries: number;
    threeDS?: (ok: boolean) => ThreeDS;
    matches?: boolean;
    entry?: 'typed' | 'wallet';
  },
): Attempt[] {
  const out: Attempt[] = [];
  const tries = rng.int(1, o.maxTries);
  let card = first.card;
  for (let i = 0; i < tries; i++) {
    const last = i === tries - 1;
    const ok = last ? rng.chance(o.success) : rng.chance(o.success * 0.3);
    const decline = ok ? undefined : fraudDecline(rng);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: o.entry ?? 'typed',
        matches: o.matches ?? true,
        ok,
        ...(decline ? { decline } : {}),
        afterMs: i === 0 ? rng.int(4_000, 40_000) : rng.int(8_000, 2 * MINUTE),
        ...(o.threeDS ? { threeDS: o.threeDS(ok) } : {}),
      }),
    );
    if (ok) break;
    if (rng.chance(0.6)) card = newCard(rng, card.country, 'credit', card.bin);
  }
  return out;
}

/** How a stolen card fares with 3-D Secure: foreign issuers often not enrolled; a phished one-time code passes. */
const stolen3ds =
  (rng: Rng, country: string) =>
  (ok: boolean): ThreeDS =>
    country === 'ES' ||
    country === 'GB' ||
    country === 'DE' ||
    country === 'FR' ||
    country === 'NL' ||
    country === 'PT'
      ? ok
        ? rng.chance(0.5)
          ? 'challenge_passed'
          : 'frictionless'
        : 'challenge_failed'
      : ok
        ? rng.chance(0.6)
          ? 'not_enrolled'
          : 'frictionless'
        : rng.chance(0.5)
          ? 'not_enrolled'
          : 'challenge_failed';

interface Draft {
  kind: FraudKind;
  at: number;
  lines: Line[];
  trip: Trip;
  buyer: Buyer;
  billing: Address;
  ip: string;
  device: OwnDevice;
  attempts: Attempt[];
  later: LaterEvent[];
  discount?: number;
  shipping?: Address;
  locale?: string;
  extra?: Partial<Purchase>;
}

function build(d: Draft): Purchase {
  return {
    at: d.at,
    fraud: true,
    kind: d.kind,
    basket: basketOf(d.lines, d.discount ?? 0, d.discount ? 'points' : undefined),
    billing: { ...d.billing },
    attempts: d.attempts,
    later: d.later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    ip: d.ip,
    device: d.device,
    locale: d.locale ?? 'es-ES',
    channel: d.device.kind.startsWith('app') ? 'app' : 'web',
    trip: d.trip,
    ...d.extra,
  };
}

/**
 * What follows a paid stolen-card booking: issued within minutes, then the issuer's early warning, the
 * cardholder's dispute, and sometimes the agency cancelling and refunding a booking flagged before departure.
 */
function stolenAfter(
  rng: Rng,
  trip: Trip,
  at: number,
  o: { warning: number; dispute: number; caught?: number; physical?: boolean },
): LaterEvent[] {
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: rng.int(1, 15) * MINUTE, status: issuedStatus(trip, !!o.physical) },
  ];
  const until = trip.departure !== undefined ? trip.departure - at : 30 * DAY;
  if (rng.chance(o.warning)) {
    const warned = rng.int(1, 9) * DAY + rng.int(0, 23) * HOUR;
    out.push({ type: 'fraud_warning.created', afterMs: warned, reason: 'fraudulent' });
    if (warned < until - 6 * HOUR && rng.chance(o.caught ?? 0.5)) {
      out.push(
        { type: 'order.cancelled', afterMs: warned + rng.int(1, 10) * HOUR, reason: 'fraud_suspected' },
        { type: 'refund.created', afterMs: warned + rng.int(11, 30) * HOUR, reason: 'fraudulent' },
      );
      return out;
    }
  }
  if (rng.chance(o.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 60) * DAY, reason: 'fraudulent' });
  return out;
}

const paidOf = (attempts: readonly Attempt[]) => attempts.some((a) => a.ok);

/** Card testing: guests buying a seat or bag fee against made-up booking references, in bursts on one BIN. */
function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(4, 11));
    const country = stolenCountry(rng, [
      ['US', 35],
      ['ES', 25],
      ['MX', 15],
      ['GB', 15],
      ['CO', 10],
    ]);
    const bin = newCard(rng, country, 'debit').bin;
    const net: [string, NetType] = rng.pick([
      ['US', 'hosting'],
      ['NL', 'hosting'],
      ['DE', 'hosting'],
      ['ES', 'mobile'],
    ] as const);
    const device = newDevice(rng, rng.pick(['headless', 'linux', 'android'] as const));
    let at = placedAt(rng, w.window, 1, 'night');
    for (let i = 0; i < size; i++) {
      if (i > 0) at = nextInBurst(rng, w.window, at, 20_000, 6 * MINUTE);
      const v = victim(rng, country, bin);
      const lines = [extraLine(rng, rng.pick(['seat', 'seat', 'bag', 'priority'] as const))];
      const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0);
      const ok = rng.chance(0.15);
      const decline = ok ? undefined : fraudDecline(rng);
      const attempts = [
        cardAttempt(rng, v.card, amount, {
          ok,
          ...(decline ? { decline } : {}),
          afterMs: rng.int(2_000, 12_000),
          threeDS: stolen3ds(rng, country)(ok),
        }),
      ];
      const trip: Trip = {
        type: 'ancillary',
        route: routeOf(rng, 'domestic'),
        passengers: [v.name],
        bookingRef: rng.token(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
      };
      out.push(
        build({
          kind: 'card_testing',
          at,
          lines,
          trip,
          buyer: { email: throwaway(rng), name: v.name },
          billing: v.home,
          ip: ipIn(rng, net[0], net[1]),
          device: rng.chance(0.6) ? device : newDevice(rng, 'headless'),
          attempts,
          later: ok
            ? [
                { type: 'order.updated', afterMs: rng.int(1, 5) * MINUTE, status: 'ticketed' },
                ...(rng.chance(0.3)
                  ? [
                      {
                        type: 'fraud_warning.created' as const,
                        afterMs: rng.int(2, 10) * DAY,
                        reason: 'fraudulent',
                      },
                    ]
                  : []),
              ]
            : [],
        }),
      );
    }
  }
  return out;
}

/**
 * A ticket-resale ring: stolen cards buy one-way seats departing within hours for the ring's paying
 * "customers", whose names have nothing to do with the cardholder; residential proxies in Spain, a few shared
 * devices per cell, guests or accounts opened minutes before. The skilled cells use Spanish cards with a
 * phished one-time code and the cardholder's own address.
 */
function ticketResaleRing(rng: Rng, w: World, n: number): Purchase[] {
  const cells = Array.from({ length: Math.max(1, Math.ceil(n / 12)) }, () =>
    Array.from({ length: rng.int(2, 4) }, () =>
      newDevice(rng, rng.pick(['windows', 'android', 'iphone'] as const)),
    ),
  );
  return Array.from({ length: n }, () => {
    const devices = rng.pick(cells);
    const country = stolenCountry(rng, [
      ['ES', 30],
      ['US', 22],
      ['GB', 14],
      ['MX', 12],
      ['CO', 10],
      ['DE', 6],
      ['FR', 6],
    ]);
    const v = victim(rng, country);
    const at = placedAt(rng, w.window, 1, rng.chance(0.6) ? 'consumer' : 'any');
    const region = rng.weightedPick<Region>([
      ['domestic', 25],
      ['islands', 20],
      ['europe', 30],
      ['latam', 20],
      ['maghreb', 5],
    ]);
    const pax = Array.from(
      {
        length: rng.weightedPick([
          [1, 55],
          [2, 30],
          [3, 15],
        ]),
      },
      () => fullName(rng, rng.pick(['es', 'latam', 'latam', 'ma', 'ro'] as const)),
    );
    const route = routeOf(rng, region, 0.4);
    const departure = departureAfter(at, rng.chance(0.7) ? rng.int(2, 10) : rng.int(10, 36));
    const lines = flightLines(rng, route, region, {
      passengers: pax.length,
      oneWay: true,
      factor: 1.3,
      extras: rng.chance(0.3),
    });
    const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0);
    const email = throwaway(rng, rng.chance(0.5) ? v.name : pax[0]);
    const name = rng.chance(0.7) ? v.name : (pax[0] ?? v.name);
    const attempts = stolenTries(rng, v, amount, {
      success: 0.72,
      maxTries: 3,
      threeDS: stolen3ds(rng, country),
    });
    const trip: Trip = { type: 'flight', route, departure, oneWay: true, passengers: pax };
    return build({
      kind: 'ticket_resale_ring',
      at,
      lines,
      trip,
      buyer: rng.chance(0.35) ? freshAccount(rng, at, email, name) : { email, name },
      billing: v.home,
      ip: ipIn(
        rng,
        'ES',
        rng.weightedPick<NetType>([
          ['residential', 60],
          ['mobile', 25],
        ]),
      ),
      device: rng.pick(devices),
      attempts,
      later: paidOf(attempts) ? stolenAfter(rng, trip, at, { warning: 0.35, dispute: 0.6, caught: 0.3 }) : [],
    });
  });
}

/** Stolen cards booking a hotel for tonight or tomorrow, often under the cardholder's own name. */
function stolenCardHotel(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country = stolenCountry(rng, [
      ['GB', 25],
      ['US', 20],
      ['DE', 15],
      ['FR', 15],
      ['ES', 15],
      ['NL', 10],
    ]);
    const v = victim(rng, country);
    const at = placedAt(rng, w.window, 1, 'any');
    const city = rng.pick([
      'Madrid',
      'Barcelona',
      'Málaga',
      'Santa Cruz de Tenerife',
      'Palma',
      'Valencia',
      'Sevilla',
      'Marbella',
    ]);
    const nights = rng.int(1, 4);
    const lines = [
      hotelLine(
        rng,
        city,
        nights,
        rng.weightedPick([
          [1, 75],
          [2, 25],
        ]),
        rng.pick(['mid', 'upper', 'upper'] as const),
      ),
    ];
    const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0);
    const guest = rng.chance(0.6) ? v.name : fullName(rng, rng.pick(['es', 'latam', 'ro'] as const));
    const departure = departureAfter(at, rng.int(4, 30));
    const trip: Trip = {
      type: 'hotel',
      destination: city,
      departure,
      returnAt: departure + nights * DAY,
      nights,
      passengers: [guest],
    };
    const attempts = stolenTries(rng, v, amount, {
      success: 0.7,
      maxTries: 3,
      threeDS: stolen3ds(rng, country),
      matches: rng.chance(0.8),
    });
    const email = throwaway(rng, v.name);
    return build({
      kind: 'stolen_card_hotel',
      at,
      lines,
      trip,
      buyer: rng.chance(0.3) ? freshAccount(rng, at, email, v.name) : { email, name: v.name },
      billing: v.home,
      ip: ipIn(
        rng,
        ...rng.weightedPick<readonly [string, NetType]>([
          [['ES', 'mobile'], 50],
          [['NL', 'hosting'], 15],
          [['US', 'hosting'], 10],
          [['ES', 'residential'], 25],
        ]),
      ),
      device: newDevice(rng, rng.pick(['iphone', 'android', 'windows'] as const)),
      attempts,
      later: paidOf(attempts) ? stolenAfter(rng, trip, at, { warning: 0.4, dispute: 0.55, caught: 0.4 }) : [],
    });
  });
}

/**
 * Loyalty account takeover: an aged account signed into from a new device, its points redeemed for seats
 * departing soon for strangers (taxes paid with the saved card or a stolen one), or tickets bought on the saved
 * card; sometimes a passenger name changed after ticketing. The owner notices when the points are gone.
 */
function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const targets = w.customers.filter(
    (a) => a.loyalty.points >= 5_000 && a.createdAt < w.window.start - 30 * DAY,
  );
  return Array.from({ length: n }, () => {
    const a: Account = rng.pick(targets.length > 0 ? targets : w.customers);
    const at = placedAt(rng, w.window, 1, rng.chance(0.5) ? 'night' : 'any');
    const net = rng.weightedPick<readonly [string, NetType]>([
      [['NL', 'hosting'], 15],
      [['DE', 'hosting'], 10],
      [['US', 'hosting'], 10],
      [['ES', 'mobile'], 35],
      [['ES', 'residential'], 15],
      [['RO', 'residential'], 5],
      [['MA', 'residential'], 5],
      [['CO', 'residential'], 5],
    ]);
    const pax = Array.from(
      {
        length: rng.weightedPick([
          [1, 55],
          [2, 35],
          [3, 10],
        ]),
      },
      () => fullName(rng, rng.pick(['es', 'latam', 'ro', 'ma'] as const)),
    );
    const region = rng.pick(['domestic', 'islands', 'europe', 'latam'] as const);
    const route = routeOf(rng, region, 0.3);
    const departure = departureAfter(at, rng.int(6, 72));
    const lines = flightLines(rng, route, region, { passengers: pax.length, oneWay: true, factor: 1.2 });
    const fare = lines[0];
    const redeem = rng.chance(0.6);
    const discount =
      redeem && fare
        ? Math.max(0, Math.min(a.loyalty.points, fare.price * fare.quantity - rng.int(15, 50) * 100))
        : 0;
    const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0) - discount;
    const saved = rng.chance(0.6);
    const card = saved ? (a.cards[0] ?? newCard(rng, 'ES')) : victim(rng, rng.pick(['ES', 'US', 'GB'])).card;
    const ok = rng.chance(saved ? 0.85 : 0.65);
    const decline = ok ? undefined : fraudDecline(rng);
    const attempts = [
      cardAttempt(rng, card, amount, {
        entry: saved ? 'saved' : 'typed',
        ok,
        ...(decline ? { decline } : {}),
        afterMs: firstAuth(rng),
        // Saved-card merchant-initiated style: exempt below the limit; a stolen one slips through frictionless.
        threeDS: ok
          ? amount < 3000
            ? 'exempt'
            : rng.chance(0.6)
              ? 'frictionless'
              : 'challenge_passed'
          : 'challenge_failed',
      }),
    ];
    const trip: Trip = { type: 'flight', route, departure, oneWay: true, passengers: pax };
    const later: LaterEvent[] = [];
    if (ok) {
      later.push({ type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: 'ticketed' });
      if (rng.chance(0.25))
        later.push({
          type: 'order.updated',
          afterMs: rng.int(20, 180) * MINUTE,
          status: 'passenger_changed',
          reason: 'name_change',
          passengers: pax.map(() => fullName(rng, 'latam')),
        });
      if (rng.chance(0.25))
        later.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 10) * DAY, reason: 'fraudulent' });
      if (rng.chance(0.5))
        later.push({ type: 'dispute.created', afterMs: rng.int(8, 45) * DAY, reason: 'fraudulent' });
      else if (rng.chance(0.4))
        later.push({ type: 'refund.created', afterMs: rng.int(1, 6) * DAY, reason: 'fraudulent' });
    }
    return build({
      kind: 'account_takeover',
      at,
      lines,
      trip,
      discount,
      buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
      billing: a.home,
      ip: ipIn(rng, net[0], net[1]),
      device: newDevice(rng, rng.pick(['windows', 'linux', 'android', 'iphone'] as const)),
      attempts,
      later,
      extra: {
        loyalty: {
          number: a.loyalty.number,
          tier: a.loyalty.tier,
          ...(discount > 0 ? { pointsRedeemed: discount } : {}),
        },
      },
    });
  });
}

/** Stolen cards buying top-value e-gift cards e-mailed to mailboxes the cashers control, in short runs at night. */
function giftCardCashing(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const run = Math.min(n - out.length, rng.int(1, 4));
    const device = newDevice(rng, rng.pick(['windows', 'android', 'linux'] as const));
    const net: readonly [string, NetType] = rng.pick([
      ['ES', 'mobile'],
      ['NL', 'hosting'],
      ['US', 'hosting'],
      ['ES', 'residential'],
    ] as const);
    let at = placedAt(rng, w.window, 1, 'night');
    for (let i = 0; i < run; i++) {
      if (i > 0) at = nextInBurst(rng, w.window, at, 4 * MINUTE, 40 * MINUTE);
      const country = stolenCountry(rng, [
        ['US', 30],
        ['GB', 20],
        ['ES', 25],
        ['FR', 10],
        ['DE', 10],
        ['MX', 5],
      ]);
      const v = victim(rng, country);
      const lines = [giftCardLine(rng.pick([300, 500, 500]), rng.int(1, 3), false)];
      const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0);
      const attempts = stolenTries(rng, v, amount, {
        success: 0.5,
        maxTries: 4,
        threeDS: stolen3ds(rng, country),
      });
      const email = throwaway(rng, v.name);
      const trip: Trip = { type: 'gift_card', passengers: [fullName(rng, 'es')] };
      out.push(
        build({
          kind: 'gift_card_cashing',
          at,
          lines,
          trip,
          buyer: rng.chance(0.4) ? freshAccount(rng, at, email, v.name) : { email, name: v.name },
          billing: v.home,
          ip: ipIn(rng, net[0], net[1]),
          device,
          attempts,
          later: paidOf(attempts)
            ? stolenAfter(rng, trip, at, { warning: 0.4, dispute: 0.5, caught: 0.5 })
            : [],
          extra: { giftRecipient: throwaway(rng) },
        }),
      );
    }
  }
  return out;
}

/**
 * Triangulation: a fake cheap-flight site takes real travellers' money and books their real trips here with
 * stolen cards, from its own server or a proxy, giving the travellers' names (and often their e-mail, so the
 * tickets reach them): ordinary family holidays, weeks ahead, billed to a stranger's address.
 */
function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  const sites = Array.from({ length: Math.max(1, Math.ceil(n / 15)) }, () => ({
    domain: `${rng.pick(['vuelosbaratos', 'ofertasvuelo', 'chollovuelos', 'tuvuelofacil', 'billetesya'])}${rng.pick(['-online', 'pro', '24', '.club'])}.com`,
    devices: [newDevice(rng, 'windows'), newDevice(rng, 'linux')],
    net: rng.pick([
      ['NL', 'hosting'],
      ['DE', 'hosting'],
      ['US', 'hosting'],
      ['ES', 'residential'],
    ] as const),
  }));
  return Array.from({ length: n }, () => {
    const site = rng.pick(sites);
    const origin = rng.pick(['es', 'es', 'latam', 'ro'] as const);
    const surname = fullName(rng, origin).split(' ')[1] ?? 'García';
    const pax = Array.from(
      {
        length: rng.weightedPick([
          [1, 30],
          [2, 35],
          [3, 20],
          [4, 15],
        ]),
      },
      (_, i) => (i === 0 || rng.chance(0.6) ? `${firstName(rng, origin)} ${surname}` : fullName(rng, origin)),
    );
    const traveller = pax[0] ?? 'Ana García';
    const country = stolenCountry(rng, [
      ['US', 35],
      ['GB', 20],
      ['MX', 15],
      ['DE', 10],
      ['FR', 10],
      ['ES', 10],
    ]);
    const v = victim(rng, country);
    const at = placedAt(rng, w.window, 1, 'consumer');
    const region = rng.pick(['islands', 'europe', 'latam', 'domestic'] as const);
    const route = routeOf(rng, region, origin === 'es' ? 0 : 0.5);
    const departure = departureAfter(at, rng.int(5 * 24, 30 * 24));
    const lines = flightLines(rng, route, region, {
      passengers: pax.length,
      oneWay: rng.chance(0.25),
      factor: 0.9,
    });
    const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0);
    const attempts = stolenTries(rng, v, amount, {
      success: 0.8,
      maxTries: 2,
      threeDS: stolen3ds(rng, country),
    });
    const trip: Trip = {
      type: 'flight',
      route,
      departure,
      oneWay: lines[0]?.sku.endsWith('OW') ?? false,
      passengers: pax,
    };
    if (!trip.oneWay) trip.returnAt = departure + rng.int(4, 14) * DAY;
    const email = rng.chance(0.5)
      ? emailFor(rng, traveller, 'ES')
      : `reservas.${rng.token(5)}@${site.domain}`;
    return build({
      kind: 'triangulation',
      at,
      lines,
      trip,
      buyer: { email, name: rng.chance(0.6) ? traveller : v.name },
      billing: v.home,
      ip: ipIn(rng, site.net[0], site.net[1]),
      device: rng.pick(site.devices),
      attempts,
      later: paidOf(attempts)
        ? stolenAfter(rng, trip, at, { warning: 0.35, dispute: 0.65, caught: 0.5 })
        : [],
    });
  });
}

/** Friendly fraud: a genuine customer books and travels, then tells the bank they never did. */
function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const a = rng.pick(w.customers);
    const at = placedAt(rng, w.window, a.tz, 'consumer');
    const pax = [
      a.name,
      ...Array.from({ length: rng.int(0, 3) }, () => `${firstName(rng, a.origin)} ${a.surname}`),
    ];
    const region = rng.pick(['islands', 'europe', 'latam', 'longhaul'] as const);
    const nights = rng.int(3, 10);
    const lead = rng.int(2 * 24, 20 * 24);
    const pkg = rng.chance(0.4);
    const route = routeOf(rng, region);
    const departure = departureAfter(at, lead);
    const lines = pkg
      ? [packageLine(rng, destinationOf(route), nights, pax.length)]
      : flightLines(rng, route, region, { passengers: pax.length, oneWay: false });
    const amount = lines.reduce((s, l) => s + l.price * l.quantity, 0);
    const card = rng.pick(a.cards);
    const useCard = rng.chance(0.8);
    const attempts = useCard
      ? [
          cardAttempt(rng, card, amount, {
            entry: rng.chance(0.5) ? 'saved' : 'typed',
            ok: true,
            afterMs: firstAuth(rng),
          }),
        ]
      : [other('paypal', true, firstAuth(rng))];
    const trip: Trip = pkg
      ? {
          type: 'package',
          destination: destinationOf(route),
          departure,
          returnAt: departure + nights * DAY,
          nights,
          passengers: pax,
        }
      : {
          type: 'flight',
          route,
          departure,
          returnAt: departure + nights * DAY,
          oneWay: false,
          passengers: pax,
        };
    return build({
      kind: 'friendly_fraud',
      at,
      lines,
      trip,
      buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
      billing: a.home,
      ip: rng.chance(0.8) ? a.homeIp : ipIn(rng, a.country, 'mobile'),
      device: rng.pick(a.devices),
      attempts,
      later: [
        { type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: issuedStatus(trip, false) },
        {
          type: 'dispute.created',
          afterMs: lead * HOUR + (nights + rng.int(10, 60)) * DAY,
          reason: rng.pick([
            'fraudulent',
            'product_not_received',
            'unrecognized',
            'service_not_as_described',
          ]),
        },
      ],
      locale: localeOf(a.country),
      extra: { loyalty: { number: a.loyalty.number, tier: a.loyalty.tier } },
    });
  });
}

type Sanction = 'ru' | 'by' | 'ir' | 'sy' | 'cu';

/**
 * Buyers in sanctioned jurisdictions, the way they try it: Russians and Belarusians billed at home with a
 * card opened in Kazakhstan, Turkey or the Emirates, flying in through İstanbul, half behind a VPN; Iranians
 * with an Emirati or Turkish card; a Syrian or Cuban buyer on the home network. Cards are often refused for the
 * country; the agency's compliance check cancels some that go through.
 */
function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const s = rng.weightedPick<Sanction>([
      ['ru', 40],
      ['by', 15],
      ['ir', 25],
      ['sy', 10],
      ['cu', 10],
    ]);
    const home = { ru: 'RU', by: 'BY', ir: 'IR', sy: 'SY', cu: 'CU' }[s];
    const origin: Origin = s === 'by' ? 'ru' : s;
    const { address, tz } = homeIn(rng, home);
    const name = fullName(rng, origin);
    const cardCountry =
      s === 'ru'
        ? rng.pick(['KZ', 'TR', 'AE'])
        : s === 'by'
          ? rng.pick(['BY', 'KZ'])
          : s === 'cu'
            ? 'ES'
            : rng.pick(['AE', 'TR']);
    const card = newCard(rng, cardCountry, 'debit');
    const vpn = rng.chance(s === 'cu' || s === 'sy' ? 0.2 : 0.5);
    const ip = vpn
      ? ipIn(rng, rng.pick(['NL', 'DE'] as const), 'hosting')
      : ipIn(rng, home, s === 'ir' || s === 'cu' ? 'mobile' : 'residential');
    const at = placedAt(rng, w.window, tz, 'consumer');
    const pax = Array.from(
      {
        length: rng.weightedPick([
          [1, 50],
          [2, 35],
          [3, 15],
        ]),
      },
      (_, i) => (i === 0 ? name : fullName(rng, origin)),
    );
    const hotel = s === 'ru' && rng.chance(0.3);
    const departure = departureAfter(at, rng.int(3 * 24, 25 * 24));
    let lines: Line[];
    let trip: Trip;
    if (hotel) {
      const city = rng.pick(['Marbella', 'Barcelona', 'Málaga', 'Alicante']);
      const nights = rng.int(5, 14);
      lines = [hotelLine(rng, city, nights, 1, 'upper')];
      trip = {
        type: 'hotel',
        destination: city,
        departure,
        returnAt: departure + nights * DAY,
        nights,
        passengers: pax,
      };
    } else {
      const route = s === 'cu' ? 'HAV-MAD' : `IST-${rng.pick(['MAD', 'BCN', 'AGP', 'ALC'])}`;
      lines = flightLines(rng, route, s === 'cu' ? 'latam' : 'europe', {
        passengers: pax.length,
        oneWay: rng.chance(0.4),
      });
      trip = {
        type: 'flight',
        route,
        departure,
        oneWay: lines[0]?.sku.endsWith('OW') ?? false,
        passengers: pax,
      };
    }
    const amount = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
    const tries = rng.int(1, 3);
    const attempts: Attempt[] = [];
    for (let i = 0; i < tries; i++) {
      const ok = i === tries - 1 && rng.chance(0.55);
      attempts.push(
        cardAttempt(rng, i === 0 ? card : newCard(rng, card.country, 'debit'), amount, {
          ok,
          ...(ok
            ? {}
            : { decline: rng.pick(['restricted_card', 'do_not_honor', 'authentication_failed'] as const) }),
          afterMs: i === 0 ? firstAuth(rng) : retryGap(rng),
          threeDS: ok ? 'frictionless' : rng.chance(0.5) ? 'not_enrolled' : 'challenge_failed',
        }),
      );
    }
    const later: LaterEvent[] = [];
    if (attempts.some((a) => a.ok)) {
      later.push({
        type: 'order.updated',
        afterMs: rng.int(2, 15) * MINUTE,
        status: issuedStatus(trip, false),
      });
      if (rng.chance(0.35))
        later.push(
          { type: 'order.cancelled', afterMs: rng.int(2, 48) * HOUR, reason: 'compliance_review' },
          { type: 'refund.created', afterMs: rng.int(49, 96) * HOUR, reason: 'compliance' },
        );
    }
    const mail = s === 'ru' || s === 'by' ? rng.pick(['mail.ru', 'yandex.ru', 'gmail.com']) : 'gmail.com';
    return build({
      kind: 'sanctioned_country',
      at,
      lines,
      trip,
      buyer: { email: emailFor(rng, name, 'any', mail), name },
      billing: address,
      ip,
      device: newDevice(rng),
      attempts,
      later,
      locale: s === 'cu' ? 'es-ES' : rng.chance(0.6) ? 'en-GB' : 'es-ES',
    });
  });
}

const PLANNERS: Record<FraudKind, (rng: Rng, w: World, n: number) => Purchase[]> = {
  ticket_resale_ring: ticketResaleRing,
  account_takeover: accountTakeover,
  card_testing: cardTesting,
  triangulation,
  stolen_card_hotel: stolenCardHotel,
  gift_card_cashing: giftCardCashing,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, allocated exactly across the kinds, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, n[k]));
}
