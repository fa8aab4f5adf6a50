import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Picks } from './baskets.js';
import { assemble, type World } from './build.js';
import { AR_TZ, HOME_HOURS, NIGHT_HOURS, OFFICE_HOURS, placedAt, within } from './calendar.js';
import { batchBin, cardWith, type HeldCard, newCard } from './cards.js';
import { MATERO, MATES, BOMBILLAS, LEATHER, SWEETS, WINE, YERBA } from './catalogue.js';
import {
  aftermath,
  cardRun,
  dropAddress,
  fastDelivery,
  freshEmail,
  someoneElse,
  throwaway,
} from './fraud-kit.js';
import { ipOn, mobileNetwork, type Network, network } from './networks.js';
import { argentine, deviceOf, type Person } from './people.js';
import { abroadAddress, AMBA_POINTS, arAddress, arCity, DROP_TOWNS } from './places.js';
import { DAY, MINUTE, type Purchase } from './purchase.js';

/** Fraud with cards: testing runs, stolen cards in cuotas, wine-case resellers, marketplace triangulation. */

/**
 * Card testing on the cheapest items (a 500 g yerba, a jar of dulce de leche, six alfajores): runs of four to
 * twelve guest checkouts minutes apart, at night, from hosting ranges or a phone farm's mobile data, a script's
 * browser, one or two BINs of a batch per run; most cards are declined, the few that pass are sold on.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 12));
    const from = rng.chance(0.6)
      ? network(rng.pick(['us-hosting', 'de-hosting'] as const))
      : mobileNetwork(rng, 'AR');
    const agent = rng.pick(['headless', 'firefoxLinux', 'oldAndroid', 'chromeAndroid'] as const);
    const device = deviceOf(rng, agent, agent === 'headless' ? 0.3 : 0.7);
    const country = rng.chance(0.75) ? 'AR' : 'US';
    const bins = Array.from({ length: rng.int(1, 2) }, () =>
      batchBin(rng, country, rng.chance(0.5) ? 'credit' : undefined),
    );
    const item = rng.weightedPick([
      [YERBA[0], 60],
      [SWEETS[3], 25],
      [SWEETS[0], 15],
    ] as const);
    const pickup = { ...rng.pick(AMBA_POINTS) };
    let t = placedAt(rng, w.window, AR_TZ, NIGHT_HOURS, () => 1, 1);
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + rng.int(20_000, 4 * MINUTE));
      const at = t;
      const person = argentine(rng);
      const cards: HeldCard[] = Array.from(
        {
          length: rng.weightedPick([
            [1, 55],
            [2, 30],
            [3, 15],
          ]),
        },
        () => {
          const b = rng.pick(bins);
          return cardWith(rng, b.bin, b.brand, country, b.funding);
        },
      );
      const billing = arAddress(rng, arCity(rng, 0.8));
      const toPoint = rng.chance(0.7);
      out.push(
        assemble(w, {
          kind: 'card_testing',
          fraud: true,
          at,
          buyer: { email: freshEmail(rng, rng.chance(0.3) ? person : undefined), name: person.name },
          billing,
          shipping: toPoint ? pickup : billing,
          fulfilment: toPoint ? 'pickup_point' : 'courier',
          ip: ipOn(rng, from),
          device,
          storefront: 'AR',
          document: { type: 'DNI', number: String(rng.int(20_000_000, 45_000_000)) },
          currency: 'ARS',
          picks: [[item, 1]],
          pay: () =>
            cardRun(rng, cards, { works: 0.12, match: 'unknown', gap: () => rng.int(4_000, 40_000) }),
          later: () =>
            aftermath(rng, {
              warning: 0.5,
              dispute: 0.2,
              caught: 0.45,
              card: true,
              delivery: [],
            }),
        }),
      );
    }
  }
  return out;
}

/**
 * Stolen Argentine credit cards (phished with the holder's DNI and address) spent in 6 or 12 cuotas on resale
 * goods: a new account or a guest under the holder's name, an Android phone on mobile data, the parcel to a far
 * suburb, a locker or a motorbike the same day; the holder's bank warns and disputes weeks later.
 */
export function stolenCardCuotas(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const victim = argentine(rng);
    const home = arAddress(rng, arCity(rng, 0.45));
    const cards = [newCard(rng, 'AR', 'credit')];
    if (rng.chance(0.35)) cards.push(newCard(rng, 'AR', 'credit'));
    const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS);
    const asVictim = rng.chance(0.7);
    const buyerPerson: Person = asVictim ? victim : argentine(rng);
    const moto = rng.chance(0.2);
    const { shipping, point } = moto
      ? { shipping: arAddress(rng, rng.pick(DROP_TOWNS.filter((c) => c.province === 'CABA'))), point: false }
      : dropAddress(rng);
    const fulfilment = moto ? 'moto' : point ? 'pickup_point' : 'courier';
    const device = deviceOf(
      rng,
      rng.pick(['chromeAndroid', 'chromeAndroid', 'samsung', 'oldAndroid'] as const),
      0.8,
    );
    return assemble(w, {
      kind: 'stolen_card_cuotas',
      fraud: true,
      at,
      buyer: throwaway(rng, at, buyerPerson, 0.55),
      billing: home,
      shipping,
      fulfilment,
      ip: ipOn(rng, mobileNetwork(rng, 'AR')),
      device,
      storefront: 'AR',
      document: { type: 'DNI', number: String(rng.int(14_000_000, 46_000_000)) },
      ...(asVictim || rng.chance(0.5) ? { recipient: someoneElse(rng) } : {}),
      currency: 'ARS',
      picks: resale(rng),
      pay: () =>
        cardRun(rng, cards, {
          works: 0.6,
          match: rng.chance(0.65) ? 'good' : 'wrong',
          installments: () =>
            rng.weightedPick([
              [12, 55],
              [6, 35],
              [3, 10],
            ]),
        }),
      later: () =>
        aftermath(rng, {
          warning: 0.4,
          dispute: 0.75,
          caught: 0.08,
          card: true,
          delivery: fastDelivery(rng, fulfilment),
        }),
    });
  });
}

function resale(rng: Rng): Picks {
  const first = rng.weightedPick([
    [MATERO[4], 30],
    [LEATHER[5], 18],
    [LEATHER[4], 12],
    [MATERO[1], 12],
    [BOMBILLAS[3], 8],
    [WINE[6], 10],
    [MATES[1], 10],
  ] as const);
  const out: Picks = [[first, first === MATERO[4] ? rng.int(1, 3) : first === WINE[6] ? rng.int(2, 4) : 1]];
  if (rng.chance(0.3)) out.push([rng.pick([MATERO[4], LEATHER[0], BOMBILLAS[2]]), 1]);
  return out;
}

const DEPOTS = ['Depósito', 'Galpón', 'Local'] as const;

/**
 * Resellers buying wine by the case with stolen cards (foreign batches bought online, or Argentine cards) to sell
 * to restaurants and on marketplaces: a few rings per stream, each an account opened weeks earlier under a
 * distributor's name, one office computer, cases to a depot in the warehouse districts, several orders.
 */
export function wineReseller(rng: Rng, w: World, count: number): Purchase[] {
  const rings = Array.from({ length: Math.max(1, Math.min(3, Math.ceil(count / 4))) }, (_, i) => {
    const r = rng.fork(`ring${i}`);
    const name = r.pick([
      'Distribuidora Los Andes',
      'Vinos del Oeste',
      'Bebidas Sur',
      'Cava Norte',
      'La Bodeguita Mayorista',
    ]);
    const depot: Address = {
      ...arAddress(
        r,
        r.pick(
          DROP_TOWNS.filter((c) => ['Barracas', 'Ciudad Evita', 'Once'].some((x) => c.city.startsWith(x))),
        ),
      ),
    };
    depot.line1 = `${r.pick(DEPOTS)} ${depot.line1 ?? ''}`;
    const net: Network = r.chance(0.6)
      ? network(r.pick(['ar-cable-city', 'ar-fibre'] as const))
      : mobileNetwork(r, 'AR');
    return {
      name,
      depot,
      net,
      device: deviceOf(r, r.pick(['windows', 'edge'] as const), 0.95),
      buyer: {
        id: `C${r.digits(7)}`,
        email: `ventas.${name.toLowerCase().replace(/[^a-z]/g, '')}@gmail.com`,
        name,
        createdAt: w.window.start - r.int(5, 40) * DAY,
      },
      foreign: r.chance(0.65),
    };
  });
  return Array.from({ length: count }, (_, i) => {
    const ring = rings[i % rings.length] ?? rings[0];
    if (!ring) throw new Error('no ring');
    const at = placedAt(rng, w.window, AR_TZ, OFFICE_HOURS);
    const country = ring.foreign
      ? rng.weightedPick([
          ['US', 60],
          ['ES', 25],
          ['BR', 15],
        ] as const)
      : 'AR';
    const cards = Array.from({ length: rng.int(1, 3) }, () => newCard(rng, country, 'credit'));
    const billing = country === 'AR' ? arAddress(rng, arCity(rng, 0.5)) : abroadAddress(rng, country);
    const picks: Picks = [[rng.pick([WINE[5], WINE[6]]), rng.int(2, 6)]];
    if (rng.chance(0.4)) picks.push([WINE[7], rng.int(3, 12)]);
    return assemble(w, {
      kind: 'wine_reseller',
      fraud: true,
      at,
      buyer: ring.buyer,
      billing,
      shipping: { ...ring.depot },
      fulfilment: 'courier',
      ip: ipOn(rng, ring.net),
      device: ring.device,
      storefront: 'AR',
      document: { type: 'CUIT', number: `20-${rng.int(20_000_000, 40_000_000)}-${rng.int(0, 9)}` },
      currency: 'ARS',
      picks,
      pay: () =>
        cardRun(rng, cards, {
          works: ring.foreign ? 0.45 : 0.55,
          match: ring.foreign ? 'unknown' : 'wrong',
          installments: () => (ring.foreign ? 1 : rng.pick([1, 3, 6])),
        }),
      later: () =>
        aftermath(rng, {
          warning: 0.45,
          dispute: 0.8,
          caught: 0.05,
          card: true,
          delivery: fastDelivery(rng, 'courier'),
        }),
    });
  });
}

/**
 * Triangulation: the fraudster sells a Stanley, a mate set or a leather bag cheaply on a marketplace, then
 * orders it here with a stolen card in the marketplace buyer's name, to the buyer's real address anywhere in the
 * country; the card's billing address is the holder's elsewhere. One to three fraudsters a stream, each on one
 * computer, ordering for several buyers. Delivery is normal; the holder disputes weeks later.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const sellers = Array.from({ length: Math.max(1, Math.min(3, Math.ceil(count / 3))) }, (_, i) => {
    const r = rng.fork(`seller${i}`);
    const net = r.weightedPick<Network>([
      [mobileNetwork(r, 'AR'), 60],
      [network('us-hosting'), 25],
      [network('ar-cable-city'), 15],
    ]);
    return { net, device: deviceOf(r, r.pick(['windows', 'chromeAndroid', 'mac'] as const), 0.85) };
  });
  const listing = [MATERO[4], MATERO[1], LEATHER[4], MATES[1], WINE[5]] as const;
  return Array.from({ length: count }, (_, i) => {
    const seller = sellers[i % sellers.length] ?? sellers[0];
    if (!seller) throw new Error('no seller');
    const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS);
    const buyer = argentine(rng);
    const shipping = arAddress(rng, arCity(rng, 0.5));
    const holderHome = arAddress(rng, arCity(rng, 0.4));
    const foreign = rng.chance(0.3);
    const from = foreign ? rng.pick(['US', 'ES'] as const) : 'AR';
    const card = newCard(rng, from, 'credit');
    return assemble(w, {
      kind: 'triangulation',
      fraud: true,
      at,
      buyer: { email: rng.chance(0.3) ? freshEmail(rng, buyer) : freshEmail(rng), name: buyer.name },
      billing: from === 'AR' ? holderHome : abroadAddress(rng, from),
      shipping,
      fulfilment: 'courier',
      ip: ipOn(rng, seller.net),
      device: seller.device,
      storefront: 'AR',
      document: { type: 'DNI', number: String(rng.int(20_000_000, 45_000_000)) },
      currency: 'ARS',
      picks: [[rng.pick(listing), 1]],
      pay: () => cardRun(rng, [card], { works: 0.8, match: foreign ? 'unknown' : 'partial' }),
      later: () =>
        aftermath(rng, { warning: 0.35, dispute: 0.7, card: true, delivery: fastDelivery(rng, 'courier') }),
    });
  });
}
