import { type Address, DAY, type Device, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { weekdayOf, daysIn } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { ipOf, type Network, pickNetwork } from './networks.js';
import { greekName, nameFrom, type Person } from './people.js';
import { addressIn, ATTICA, type City } from './places.js';

/**
 * The deli's business buyers. Greek companies order Christmas hampers for staff and clients: some as one bulk
 * order on a VAT invoice (the shop's team drops the hampers at the addresses on the list), others as a run of
 * orders placed one after another by an office manager, each to a different recipient. Restaurants, delis and
 * boutique hotels buy trade packs: Greek tavernas in Germany, the Benelux, Austria and Britain, Cypriot
 * restaurants, Athens hotels making welcome baskets.
 */

const COMPANY_WORDS = [
  'Kyklos Engineering',
  'Meltemi Shipping Management',
  'Lykavittos Law Partners',
  'Ermis Software',
  'Aigli Pharma',
  'Argo Logistics',
  'Thalassa Insurance Brokers',
  'Akti Marine Services',
  'Pelagos Travel',
  'Orizon Consulting',
  'Dafni Architects',
  'Kastalia Dental Clinics',
  'Panorama Accountants',
  'Ydra Capital',
  'Techni Print',
  'Anemos Energy',
  'Delfini Foods Trading',
  'Pyxida Advisory',
  'Astrolavos Media',
  'Elaia Real Estate',
];
const FORMS = ['AE', 'IKE', 'EPE', 'OE'];
const TAX_OFFICES = [
  'DOY FAE Athinon',
  'DOY Ampelokipon',
  'DOY Kifisias',
  'DOY Peiraia',
  'DOY Psychikou',
  'DOY A Thessalonikis',
];

export interface Company {
  name: string;
  vatId: string;
  taxOffice: string;
  office: Address & { tz: number };
  admin: { id: string; email: string; name: string; createdAt: number; person: Person };
  card: HeldCard;
  device: Device;
  net: Network;
  ip: string;
  /** One bulk order on invoice, or a run of orders to recipients. */
  mode: 'bulk' | 'split';
  /** The weekday of the window the run starts, and its local minute of the day. */
  day: number;
  minute: number;
  /** Hampers for a bulk order. */
  hampers: number;
  /** A volume discount agreed with the shop. */
  percent: number;
}

const domainOf = (name: string): string => `${name.toLowerCase().replace(/[^a-z]+/g, '')}.gr`;

const OFFICE_CITIES: readonly City[] = ATTICA.filter((c) =>
  ['Athina', 'Marousi', 'Kifisia', 'Peiraias', 'Chalandri'].includes(c.name),
);

/** A day of the window, weekdays before the 19th of December (or any weekday of a shorter window). */
function weekday(rng: Rng, w: Window): number {
  const days = Math.min(daysIn(w), 15);
  for (let i = 0; i < 50; i++) {
    const d = rng.int(0, days - 1);
    const wd = weekdayOf(w, d);
    if (wd !== 0 && wd !== 6) return d;
  }
  return 0;
}

export function companies(rng: Rng, w: Window, orders: number): Company[] {
  const n = Math.max(4, Math.round(orders / 70));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`co${i}`);
    const base = COMPANY_WORDS[i % COMPANY_WORDS.length] ?? 'Kyklos Engineering';
    const name = `${base} ${r.pick(FORMS)}`;
    const person = greekName(r);
    const net = pickNetwork(r, 'GR', 'office');
    const office = r.chance(0.85) ? addressIn(r, 'GR', OFFICE_CITIES) : addressIn(r, 'GR');
    const split = r.chance(0.35);
    return {
      name,
      vatId: `EL${r.int(0, 1) === 0 ? '0' : '8'}${r.digits(8)}`,
      taxOffice: r.pick(TAX_OFFICES),
      office,
      admin: {
        id: String(900 + i * 13 + r.int(0, 9)),
        email: `${r.pick(['accounting', 'office', 'hr', 'info', `${person.first.toLowerCase()}.${person.last.toLowerCase().slice(0, 1)}`])}@${domainOf(base)}`,
        name: person.name,
        createdAt: w.start - r.int(40, 2400) * DAY - r.int(0, DAY),
        person,
      },
      card: newCard(r, 'GR', 'business'),
      device: {
        userAgent:
          'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
        id: `dv_${r.token(20)}`,
      },
      net,
      ip: ipOf(r, net, 0),
      mode: split ? 'split' : 'bulk',
      day: weekday(r, w),
      minute: r.int(9 * 60, 15 * 60),
      hampers: r.weightedPick([
        [12, 3],
        [20, 4],
        [30, 4],
        [40, 3],
        [60, 2],
        [120, 1],
      ]),
      percent: r.pick([0, 5, 8, 10, 12]),
    };
  });
}

const TRADE_NAMES: Readonly<Record<string, readonly string[]>> = {
  DE: [
    'Taverna Mykonos',
    'Restaurant Akropolis',
    'Olympia Grill',
    'Kreta Feinkost',
    'Zorbas Taverne',
    'Delphi Restaurant',
  ],
  NL: ['Griekse Taverna Ithaka', 'Restaurant Santorini'],
  BE: ['Taverne Le Pirée', 'Epicerie grecque Nostimo'],
  AT: ['Taverna Kalimera', 'Restaurant Thessaloniki'],
  GB: ['Santorini Kitchen', 'The Greek Larder'],
  CY: ['Meze Taverna Lemesos', 'Ouzeri Larnaka'],
  GR: ['Boutique Hotel Plaka', 'Psyrri Suites', 'Kolonaki Residence Hotel', 'Koukaki Rooms'],
};

export interface TradeBuyer {
  name: string;
  country: string;
  vatId: string;
  address: Address & { tz: number };
  contact: { id: string; email: string; name: string; createdAt: number };
  card: HeldCard;
  device: Device;
  net: Network;
  ip: string;
}

function vatOf(rng: Rng, country: string): string {
  if (country === 'DE') return `DE${rng.digits(9)}`;
  if (country === 'NL') return `NL${rng.digits(9)}B01`;
  if (country === 'BE') return `BE0${rng.digits(9)}`;
  if (country === 'AT') return `ATU${rng.digits(8)}`;
  if (country === 'GB') return `GB${rng.digits(9)}`;
  if (country === 'CY') return `CY${rng.digits(8)}${rng.token(1, 'ABCDEFGHKLMNPQRSTX')}`;
  return `EL${rng.digits(9)}`;
}

export function tradeBuyers(rng: Rng, w: Window, orders: number): TradeBuyer[] {
  const n = Math.max(3, Math.round(orders / 110));
  const countries: ReadonlyArray<readonly [string, number]> = [
    ['DE', 8],
    ['NL', 2],
    ['BE', 2],
    ['AT', 1],
    ['GB', 2],
    ['CY', 2],
    ['GR', 3],
  ];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`tr${i}`);
    const country = r.weightedPick(countries);
    const name = r.pick(TRADE_NAMES[country] ?? ['Taverna']);
    const person = country === 'GR' || r.chance(0.7) ? greekName(r) : nameFrom(r, country);
    const net = pickNetwork(r, country, r.chance(0.5) ? 'office' : 'fixed');
    return {
      name,
      country,
      vatId: vatOf(r, country),
      address: addressIn(r, country, country === 'GR' ? ATTICA : undefined),
      contact: {
        id: String(700 + i * 11 + r.int(0, 9)),
        email: `${r.pick(['info', 'orders', 'einkauf', 'kitchen', person.first.toLowerCase()])}@${name.toLowerCase().replace(/[^a-z]+/g, '')}.${country === 'GB' ? 'co.uk' : country.toLowerCase()}`,
        name: person.name,
        createdAt: w.start - r.int(60, 2000) * DAY - r.int(0, DAY),
      },
      card: newCard(r, country, 'business'),
      device: {
        userAgent: r.pick([
          'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
          'Mozilla/5.0 (iPad; CPU OS 16_7_12 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
        ]),
        id: `dv_${r.token(20)}`,
      },
      net,
      ip: ipOf(r, net, 0),
    };
  });
}

/** A corporate run's moment: its day, office hours in Athens, within two hours of the first order. */
export function runAt(rng: Rng, w: Window, c: Company): number {
  const first = w.start + c.day * DAY + (c.minute - c.office.tz * 60) * MINUTE;
  return Math.max(w.start, Math.min(w.end - 1, first + rng.int(0, 120) * MINUTE));
}
