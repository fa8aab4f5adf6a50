import { accountBuyer, type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { fatherOf, giftPicks, type Picks } from './baskets.js';
import { assemble, netFor, type World } from './build.js';
import { AR_TZ, early, HOME_HOURS, OFFICE_HOURS, placedAt, weekdays } from './calendar.js';
import { newCard, type HeldCard } from './cards.js';
import {
  BOMBILLAS,
  byCurrencyReach,
  GIFT_BOX,
  type Item,
  LEATHER,
  MATERO,
  MATES,
  SWEETS,
  WINE,
  YERBA,
} from './catalogue.js';
import { homeNetwork, ipOn, mobileNetwork, type Network, network } from './networks.js';
import { abroadDevice, abroadEmail, argentine, deviceOf, type Person, personIn, plain } from './people.js';
import {
  type Abroad,
  abroadAddress,
  abroadWeights,
  AMBA,
  arAddress,
  arCity,
  isAmba,
  MARKETS,
} from './places.js';
import {
  cardAttempt,
  firstAuth,
  honestAfter,
  HOUR,
  payAbroad,
  payPesos,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Honest kinds that pay from abroad, in pesos with a foreign card, or as a company. */

/** Someone living abroad: an account holder there, or a first-time buyer (an Argentine mostly). */
interface Abroader {
  country: Abroad;
  buyer: Buyer;
  person: Person;
  home: Address;
  cards: HeldCard[];
  device: Device;
  net: Network;
  signedIn: boolean;
}

function abroader(rng: Rng, w: World, signedIn: number, local: number): Abroader {
  if (rng.chance(signedIn)) {
    const a = rng.pick(w.customers.abroad);
    const country = a.country as Abroad;
    const device = rng.chance(0.85) ? rng.pick(a.devices) : abroadDevice(rng);
    return {
      country,
      buyer: accountBuyer(a),
      person: a.person,
      home: a.home,
      cards: a.cards,
      device,
      net: netFor(rng, device, a.homeNet, country, 0.35),
      signedIn: true,
    };
  }
  const country = rng.weightedPick(abroadWeights());
  const person = personIn(rng, country, local);
  const device = abroadDevice(rng);
  return {
    country,
    buyer: { email: abroadEmail(rng, person, country), name: person.name },
    person,
    home: abroadAddress(rng, country),
    cards: [newCard(rng, country)],
    device,
    net: netFor(rng, device, homeNetwork(rng, country), country, 0.35),
    signedIn: false,
  };
}

const GIFT_NOTES_ABROAD = [
  '¡Feliz día, viejo! Te mando un abrazo enorme desde lejos',
  'Feliz Día del Padre, pa. Pronto nos vemos',
  'Para el abuelo, de sus nietos en el exterior',
  'Happy Father’s Day, Opa! Love from Berlin',
  'Feliz día, papá. Brindá por nosotros',
] as const;

/**
 * An Argentine abroad pays on the international storefront in dollars or euros for a present delivered to the
 * parents at home: a foreign card, address and IP; an Argentine delivery address and another person's name.
 */
export function expatHomeDelivery(rng: Rng, w: World): Purchase {
  const a = abroader(rng, w, 0.5, 0);
  const m = MARKETS[a.country];
  const at = placedAt(rng, w.window, m.tz, HOME_HOURS, early(w.window), 2.2);
  const city = arCity(rng, 0.5);
  const shipping = arAddress(rng, city);
  const picks = rng.weightedPick<Picks>([
    [[[GIFT_BOX, 1]], 30],
    [[[rng.pick([WINE[5], WINE[6], WINE[4]]), 1]], 25],
    [
      [
        [rng.pick([LEATHER[0], LEATHER[1], LEATHER[2]]), 1],
        [SWEETS[1], 1],
      ],
      20,
    ],
    [giftPicks(rng), 15],
    [
      [
        [SWEETS[2], 1],
        [YERBA[1], rng.int(2, 4)],
      ],
      10,
    ],
  ]);
  return assemble(w, {
    kind: 'expat_home_delivery',
    fraud: false,
    at,
    buyer: a.buyer,
    billing: { ...a.home },
    shipping,
    fulfilment: 'courier',
    ip: ipOn(rng, a.net),
    device: a.device,
    storefront: 'INTL',
    locale: rng.chance(0.8) ? 'es-AR' : m.locale,
    recipient: fatherOf(rng, a.person),
    ...(rng.chance(0.65) ? { giftNote: rng.pick(GIFT_NOTES_ABROAD) } : {}),
    currency: m.currency,
    picks,
    pay: () => payAbroad(rng, { cards: a.cards, signedIn: a.signedIn, country: a.country }),
    later: (amount) => honestAfter(rng, 'courier', amount, !isAmba(shipping.postalCode), shipping),
  });
}

/**
 * The diaspora and mate drinkers abroad (Uruguayans, Chileans, Brazilians, Spaniards who took to it): yerba by
 * the kilo, a mate and a bombilla, alfajores, dulce de leche where it may go, now and then leather; shipped by
 * courier, mostly to the buyer's own address.
 */
export function abroadDiaspora(rng: Rng, w: World): Purchase {
  const a = abroader(rng, w, 0.4, 0.3);
  const m = MARKETS[a.country];
  const at = placedAt(rng, w.window, m.tz, HOME_HOURS);
  const fits = (i: Item) => byCurrencyReach(i, a.country);
  const picks: Picks = [[rng.pick(YERBA.filter((y) => y.sku !== 'YM-500-TRAD')), rng.int(2, 6)]];
  if (a.country === 'UY' && rng.chance(0.6)) picks.push([YERBA[6], rng.int(2, 5)]);
  if (rng.chance(0.5)) picks.push([rng.pick([MATES[0], MATES[1], MATES[2], MATES[4], MATES[5]]), 1]);
  if (rng.chance(0.4)) picks.push([rng.pick(BOMBILLAS.slice(0, 3)), rng.int(1, 2)]);
  if (rng.chance(0.35)) picks.push([rng.pick(SWEETS.slice(0, 3)), rng.int(1, 2)]);
  if (rng.chance(0.3)) picks.push([rng.pick(SWEETS.slice(3)), rng.int(1, 3)]);
  if (rng.chance(0.15)) picks.push([rng.pick([LEATHER[0], LEATHER[1], MATERO[0], MATERO[2]]), 1]);
  const shipping = rng.chance(0.9) ? { ...a.home } : abroadAddress(rng, a.country);
  return assemble(w, {
    kind: 'diaspora_abroad',
    fraud: false,
    at,
    buyer: a.buyer,
    billing: { ...a.home },
    shipping,
    fulfilment: 'international',
    ip: ipOn(rng, a.net),
    device: a.device,
    storefront: 'INTL',
    locale: m.locale,
    currency: m.currency,
    picks: picks.filter(([i]) => fits(i)),
    pay: () => payAbroad(rng, { cards: a.cards, signedIn: a.signedIn, country: a.country }),
    later: (amount) => honestAfter(rng, 'international', amount, true, shipping),
  });
}

/**
 * Paying in pesos with a foreign card: the card networks convert at the market rate, cheaper than the
 * storefront's dollar prices. Tourists in Buenos Aires (on roaming, the hotel's Wi-Fi or a local eSIM; leather,
 * a mate set, alfajores to take home; collected at the showroom or brought to the hotel) and expats abroad
 * sending something to the family.
 */
export function pesosForeignCard(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(abroadWeights());
  const m = MARKETS[country];
  const tourist = rng.chance(0.6);
  const person = personIn(rng, country, tourist ? 0.75 : 0.1);
  const card = newCard(rng, country, 'credit');
  const device = tourist
    ? deviceOf(rng, rng.pick(['iphone', 'iphone', 'chromeAndroid'] as const))
    : abroadDevice(rng);
  const net = tourist
    ? rng.weightedPick<Network>([
        [mobileNetwork(rng, country), 40],
        [network(rng.pick(['ar-cable-amba', 'ar-fibre'] as const)), 45],
        [mobileNetwork(rng, 'AR'), 15],
      ])
    : netFor(rng, device, homeNetwork(rng, country), country, 0.35);
  const at = placedAt(rng, w.window, tourist ? AR_TZ : m.tz, HOME_HOURS);
  const showroom = tourist && rng.chance(0.6);
  const hotel = arAddress(rng, rng.pick(AMBA.slice(0, 4)));
  const shipping = showroom ? undefined : tourist ? hotel : arAddress(rng, arCity(rng, 0.6));
  const picks: Picks = tourist
    ? rng.weightedPick<Picks>([
        [[[rng.pick([LEATHER[5], LEATHER[4], LEATHER[0], LEATHER[1]]), 1]], 45],
        [
          [
            [MATERO[1], 1],
            [SWEETS[2], 1],
          ],
          25,
        ],
        [
          [
            [MATES[1], 1],
            [BOMBILLAS[2], 1],
            [YERBA[4], 2],
          ],
          20,
        ],
        [
          [
            [WINE[4], 1],
            [SWEETS[1], 2],
          ],
          10,
        ],
      ])
    : giftPicks(rng);
  const fulfilment = showroom ? 'showroom' : tourist ? 'moto' : 'courier';
  const fail = rng.chance(0.12);
  return assemble(w, {
    kind: 'pesos_foreign_card',
    fraud: false,
    at,
    buyer: { email: abroadEmail(rng, person, country), name: person.name },
    billing: abroadAddress(rng, country),
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: ipOn(rng, net),
    device,
    storefront: 'AR',
    locale: rng.chance(0.5) ? 'es-AR' : m.locale,
    document: { type: 'passport', number: `${country}${rng.digits(8)}` },
    ...(tourist ? {} : { recipient: fatherOf(rng, person) }),
    currency: 'ARS',
    picks,
    pay: () => {
      const first = firstAuth(rng);
      if (!fail) return [cardAttempt(rng, card, { ok: true, afterMs: first })];
      const out = [cardAttempt(rng, card, { ok: false, decline: 'do_not_honor', afterMs: first })];
      if (rng.chance(0.75))
        out.push(cardAttempt(rng, card, { ok: true, afterMs: retryGap(rng) + 2 * 60_000 }));
      return out;
    },
    later: (amount) => honestAfter(rng, fulfilment, amount, !isAmba(shipping?.postalCode), shipping),
  });
}

const COMPANIES = [
  ['Logística del Plata S.A.', 'logisticadelplata.com.ar'],
  ['Estudio Ferreyra & Asociados', 'estudioferreyra.com.ar'],
  ['Agroinsumos Pampa S.R.L.', 'agropampa.com.ar'],
  ['Consultora Río Bravo S.A.', 'riobravo.com.ar'],
  ['Metalúrgica Quilmes S.A.', 'metquilmes.com.ar'],
  ['Software del Sur S.A.S.', 'softwaredelsur.com'],
  ['Laboratorios Andinos S.A.', 'labandinos.com.ar'],
] as const;

const OFFICES = [
  { country: 'AR', postalCode: 'C1005', city: 'San Nicolás, CABA', line1: 'Av. Leandro N. Alem 855 piso 9' },
  { country: 'AR', postalCode: 'C1107', city: 'Puerto Madero, CABA', line1: 'Juana Manso 1124 piso 4' },
  { country: 'AR', postalCode: 'B1636', city: 'Olivos', line1: 'Av. del Libertador 2442 piso 3' },
  { country: 'AR', postalCode: 'B1629', city: 'Pilar', line1: 'Parque Industrial Pilar, Calle 8 n.º 120' },
  { country: 'AR', postalCode: 'X5000', city: 'Córdoba', line1: 'Av. Colón 777 piso 6' },
] as const;

/**
 * A company's Father's Day presents for its staff: twenty to a hundred and twenty boxes or sets, a volume code,
 * a CUIT and an invoice, paid by transfer (or the company card), from the office on a weekday.
 */
export function corporateGifts(rng: Rng, w: World): Purchase {
  const [company, domain] = rng.pick(COMPANIES);
  const person = argentine(rng);
  const at = placedAt(rng, w.window, AR_TZ, OFFICE_HOURS, weekdays, 1);
  const office = { ...rng.pick(OFFICES) };
  const picks = rng.weightedPick<Picks>([
    [[[GIFT_BOX, rng.int(20, 120)]], 45],
    [[[MATERO[0], rng.int(15, 60)]], 30],
    [[[WINE[4], rng.int(20, 80)]], 25],
  ]);
  const transfer = rng.chance(0.75);
  const cuit = `30-${rng.int(50_000_000, 71_999_999)}-${rng.int(0, 9)}`;
  const fulfilment = rng.chance(0.8) ? 'courier' : 'moto';
  const card = newCard(rng, 'AR', 'credit');
  const buyer: Buyer = rng.chance(0.85)
    ? {
        id: `C${rng.digits(7)}`,
        email: `${plain(person.first)}.${plain(person.last)}@${domain}`,
        name: person.name,
        createdAt: at - rng.int(60, 1500) * 24 * HOUR,
      }
    : { email: `compras@${domain}`, name: person.name };
  return assemble(w, {
    kind: 'corporate_gifts',
    fraud: false,
    at,
    buyer,
    billing: { ...office },
    shipping: { ...office },
    fulfilment,
    ip: ipOn(rng, network('ar-office')),
    device: deviceOf(rng, rng.pick(['windows', 'edge', 'mac'] as const), 0.8),
    storefront: 'AR',
    document: { type: 'CUIT', number: cuit },
    company: { name: company, cuit },
    currency: 'ARS',
    picks,
    off: 0.12,
    code: 'EMPRESAS12',
    pay: (amount) =>
      transfer
        ? payPesos(rng, 'bank_transfer', { cards: [card], signedIn: false, country: 'AR' }, amount, at)
        : [cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng) })],
    later: (amount) => honestAfter(rng, fulfilment, amount, false, office),
  });
}
