import { type Rng } from '../kit/random.js';
import { type MarketCode } from './markets.js';
import { MAIL, NAMES, WESTERN } from './names.js';

/**
 * Who shops here: nationals of each storefront's country and, in the Gulf, the expatriates who are most of
 * its residents (South Asians, Filipinos, Arabs from Egypt, Jordan, Lebanon and Syria, Britons). An origin
 * says how a shopper is named, which e-mail providers they use and which country their home bank is in.
 */

export type Origin =
  | 'emirati'
  | 'saudi'
  | 'qatari'
  | 'kuwaiti'
  | 'egyptian'
  | 'jordanian'
  | 'moroccan'
  | 'turkish'
  | 'lebanese'
  | 'syrian'
  | 'indian'
  | 'pakistani'
  | 'filipino'
  | 'british';

/** The country a shopper of this origin banks in at home (Syrians bank locally). */
export const HOME_COUNTRY: Readonly<Record<Origin, string>> = {
  emirati: 'AE',
  saudi: 'SA',
  qatari: 'QA',
  kuwaiti: 'KW',
  egyptian: 'EG',
  jordanian: 'JO',
  moroccan: 'MA',
  turkish: 'TR',
  lebanese: 'LB',
  syrian: 'SY',
  indian: 'IN',
  pakistani: 'PK',
  filipino: 'PH',
  british: 'GB',
};

/** Residents by origin in each storefront's country. */
export const RESIDENTS: Readonly<Record<MarketCode, Readonly<Partial<Record<Origin, number>>>>> = {
  AE: {
    emirati: 11,
    indian: 30,
    pakistani: 12,
    filipino: 9,
    egyptian: 8,
    jordanian: 4,
    lebanese: 4,
    syrian: 4,
    british: 6,
    moroccan: 2,
    turkish: 1,
    saudi: 1,
  },
  SA: { saudi: 62, egyptian: 10, indian: 8, pakistani: 8, filipino: 4, jordanian: 3, syrian: 4, lebanese: 1 },
  QA: {
    qatari: 12,
    indian: 28,
    pakistani: 8,
    filipino: 14,
    egyptian: 12,
    jordanian: 5,
    lebanese: 4,
    syrian: 4,
    british: 5,
    moroccan: 2,
  },
  KW: {
    kuwaiti: 34,
    indian: 20,
    egyptian: 20,
    filipino: 9,
    pakistani: 6,
    syrian: 5,
    jordanian: 3,
    lebanese: 3,
  },
  EG: { egyptian: 97, syrian: 3 },
  JO: { jordanian: 88, syrian: 10, egyptian: 2 },
  MA: { moroccan: 99, british: 1 },
  TR: { turkish: 94, syrian: 5, british: 1 },
};

export interface Person {
  origin: Origin;
  first: string;
  last: string;
  name: string;
  email: string;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A mailbox as people pick them: first.last, first_last87, flast1990, a nickname with digits. */
export function mailbox(rng: Rng, first: string, last: string, domain: string): string {
  const f = slug(first);
  const l = slug(last.replace(/^(Al|El) /, ''));
  const style = rng.weighted({ dot: 30, under: 12, initial: 18, digits: 30, year: 10 });
  const local =
    style === 'dot'
      ? `${f}.${l}`
      : style === 'under'
        ? `${f}_${l}${rng.int(1, 99)}`
        : style === 'initial'
          ? `${f.charAt(0)}${l}${rng.int(1, 999)}`
          : style === 'digits'
            ? `${f}${l.slice(0, 3)}${rng.int(10, 9999)}`
            : `${f}${rng.int(1975, 2007)}`;
  return `${local}@${domain}`;
}

/** Someone of `origin`. */
export function person(rng: Rng, origin: Origin): Person {
  const [men, women, lasts] = NAMES[origin];
  const first = rng.pick(rng.chance(0.62) ? men : women);
  const last = rng.pick(lasts);
  return {
    origin,
    first,
    last,
    name: `${first} ${last}`,
    email: mailbox(rng, first, last, rng.weighted(MAIL[origin])),
  };
}

/** A resident of `market`, by its population. */
export function resident(rng: Rng, market: MarketCode): Person {
  return person(rng, rng.weighted(RESIDENTS[market] as Record<Origin, number>));
}

/** The origin a storefront's own nationals have. */
export const NATIONAL: Readonly<Record<MarketCode, Origin>> = {
  AE: 'emirati',
  SA: 'saudi',
  QA: 'qatari',
  KW: 'kuwaiti',
  EG: 'egyptian',
  JO: 'jordanian',
  MA: 'moroccan',
  TR: 'turkish',
};

/** The origin of people from a country, where shoppers of that origin live here. */
const ORIGIN_OF: Readonly<Record<string, Origin>> = {
  ...NATIONAL,
  LB: 'lebanese',
  IN: 'indian',
  PK: 'pakistani',
  PH: 'filipino',
  GB: 'british',
};

/** A name as people from `country` are named: a cardholder, a tourist. */
export function nameIn(rng: Rng, country: string): string {
  const origin = ORIGIN_OF[country];
  if (origin) {
    const [men, women, lasts] = NAMES[origin];
    return `${rng.pick(rng.chance(0.55) ? men : women)} ${rng.pick(lasts)}`;
  }
  const [firsts, lasts] = WESTERN[country] ?? WESTERN['US'] ?? [[], []];
  return `${rng.pick(firsts)} ${rng.pick(lasts)}`;
}
