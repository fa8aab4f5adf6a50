import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The shop's five markets, the places fraud comes from, and IP blocks chosen from general knowledge of
 * national carriers (Telekom, A1, Swisscom, Orange Polska, O2 Czech…) and hosting providers. A drawn IP is
 * redrawn until geoip-country agrees, so every address locates where the model means it to (the spec checks).
 */

export interface Market {
  currency: string;
  /** Euro cents to one minor unit of the local currency. */
  perEuro: number;
  /** UTC offset in December. */
  tz: number;
  blocks: readonly string[];
  cities: ReadonlyArray<readonly [city: string, postal: string]>;
  streets: readonly string[];
}

export const MARKETS = {
  DE: {
    currency: 'EUR',
    perEuro: 1,
    tz: 1,
    blocks: ['84.128.0.0/10', '91.0.0.0/10', '79.192.0.0/10', '92.72.0.0/13'],
    cities: [
      ['Berlin', '10'],
      ['Hamburg', '20'],
      ['München', '80'],
      ['Köln', '50'],
      ['Frankfurt am Main', '60'],
      ['Leipzig', '04'],
      ['Dresden', '01'],
      ['Freiburg im Breisgau', '79'],
      ['Konstanz', '78'],
      ['Görlitz', '02'],
      ['Stuttgart', '70'],
      ['Nürnberg', '90'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Schillerstraße', 'Gartenstraße', 'Goethestraße'],
  },
  AT: {
    currency: 'EUR',
    perEuro: 1,
    tz: 1,
    blocks: ['77.116.0.0/14', '62.178.0.0/15'],
    cities: [
      ['Wien', '1'],
      ['Graz', '80'],
      ['Linz', '40'],
      ['Salzburg', '50'],
      ['Innsbruck', '60'],
    ],
    streets: ['Mariahilfer Straße', 'Landstraße', 'Kirchengasse', 'Hauptplatz'],
  },
  CH: {
    currency: 'CHF',
    perEuro: 0.94,
    tz: 1,
    blocks: ['83.76.0.0/14', '85.0.0.0/14', '188.60.0.0/14', '178.197.192.0/18'],
    cities: [
      ['Zürich', '80'],
      ['Basel', '40'],
      ['Bern', '30'],
      ['Kreuzlingen', '85'],
      ['Luzern', '60'],
    ],
    streets: ['Bahnhofstrasse', 'Seestrasse', 'Dorfstrasse', 'Kirchweg'],
  },
  PL: {
    currency: 'PLN',
    perEuro: 4.3,
    tz: 1,
    blocks: ['83.0.0.0/11', '79.184.0.0/13', '89.64.0.0/13'],
    cities: [
      ['Warszawa', '0'],
      ['Kraków', '3'],
      ['Wrocław', '5'],
      ['Szczecin', '7'],
      ['Poznań', '6'],
    ],
    streets: ['ul. Długa', 'ul. Mickiewicza', 'ul. Kościuszki', 'ul. Polna'],
  },
  CZ: {
    currency: 'CZK',
    perEuro: 25,
    tz: 1,
    blocks: ['88.100.0.0/14', '46.135.0.0/16'],
    cities: [
      ['Praha', '1'],
      ['Brno', '6'],
      ['Ostrava', '7'],
      ['Plzeň', '3'],
      ['Liberec', '4'],
    ],
    streets: ['Národní', 'Husova', 'Palackého', 'Masarykova'],
  },
} as const satisfies Record<string, Market>;
export type MarketCode = keyof typeof MARKETS;
export const market = (c: MarketCode): Market => MARKETS[c];

/** Where reshipping crews sit, and the forwarders they ship to. */
export const ABROAD: Readonly<Record<string, readonly string[]>> = {
  UA: ['176.36.0.0/14'],
  RS: ['178.220.0.0/14'],
  MD: ['89.28.0.0/17'],
  LT: ['78.56.0.0/13'],
};

/** The shop's policy: no orders from UN/EU-sanctioned destinations, nor (since 2022) Russia and Belarus. */
export const SANCTIONED: Readonly<Record<string, readonly string[]>> = {
  CU: ['152.206.0.0/15'],
  IR: ['2.176.0.0/12'],
  KP: ['175.45.176.0/22'],
  SY: ['5.0.0.0/16'],
  RU: ['95.24.0.0/13'],
  BY: ['178.120.0.0/13'],
};

/** Data centres: VPN exits, scripts and proxies. */
export const HOSTING: ReadonlyArray<readonly [block: string, country: string]> = [
  ['188.166.0.0/17', 'NL'],
  ['104.131.0.0/16', 'US'],
  ['88.198.0.0/16', 'DE'],
];

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}

function draw(rng: Rng, block: string): string {
  const [base = '0.0.0.0', bits = '24'] = block.split('/');
  const start = base.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const n = start + rng.int(1, 2 ** (32 - Number(bits)) - 2);
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** An address in `block` that geoip-country places in `country`. */
export function ipIn(rng: Rng, country: string, block: string): string {
  for (let i = 0; i < 60; i++) {
    const ip = draw(rng, block);
    if (ipCountry(ip) === country) return ip;
  }
  throw new Error(`no ${country} address found in ${block}`);
}

export const homeIp = (rng: Rng, c: MarketCode) => ipIn(rng, c, rng.pick(MARKETS[c].blocks));
export function hostingIp(rng: Rng): string {
  const [block, country] = rng.pick(HOSTING);
  return ipIn(rng, country, block);
}
export function ipFrom(
  rng: Rng,
  table: Readonly<Record<string, readonly string[]>>,
  country: string,
): string {
  return ipIn(rng, country, rng.pick(table[country] ?? []));
}
