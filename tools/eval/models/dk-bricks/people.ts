import { DAY, type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { homeNet, mobileNet, type Network } from './networks.js';
import { homeAddress, marketOf } from './places.js';

/** People, their e-mail addresses and devices, and the shop's customer base: accounts opened over the years. */

const FIRST: Readonly<Record<string, readonly string[]>> = {
  DK: [
    'Mette',
    'Lars',
    'Anne',
    'Jens',
    'Søren',
    'Camilla',
    'Mikkel',
    'Line',
    'Kasper',
    'Sofie',
    'Frederik',
    'Ida',
    'Rasmus',
    'Maja',
    'Christian',
    'Louise',
    'Anders',
    'Emma',
    'Peter',
    'Hanne',
    'Niels',
    'Kirsten',
    'Jonas',
    'Freja',
    'Mads',
    'Astrid',
    'Henrik',
    'Birgitte',
    'Thomas',
    'Karen',
    'Morten',
    'Pia',
    'Bo',
    'Lone',
    'Jesper',
    'Trine',
    'Oliver',
    'Signe',
  ],
  SE: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Maria', 'Anders', 'Eva', 'Oskar', 'Elin', 'Björn', 'Sara'],
  NO: ['Ole', 'Kari', 'Lars', 'Ingrid', 'Magnus', 'Nora', 'Håkon', 'Silje'],
  FI: ['Mikko', 'Laura', 'Juha', 'Anna', 'Matti', 'Sanna', 'Antti', 'Emilia'],
  DE: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Maximilian', 'Laura', 'Felix', 'Sarah', 'Thomas', 'Julia', 'Jürgen'],
  NL: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Emma', 'Ruben', 'Fleur'],
  FR: ['Lucas', 'Léa', 'Hugo', 'Camille', 'Nicolas', 'Julie'],
  GB: ['Oliver', 'Amelia', 'Harry', 'Sophie', 'James', 'Emily', 'Jack', 'Charlotte', 'Tom', 'Lucy'],
  US: [
    'Michael',
    'Jennifer',
    'David',
    'Jessica',
    'Chris',
    'Ashley',
    'Matt',
    'Sarah',
    'Ryan',
    'Megan',
    'Kevin',
  ],
  PL: ['Piotr', 'Anna', 'Tomasz', 'Katarzyna', 'Michał'],
  ES: ['Javier', 'Lucía', 'Pablo', 'Carmen'],
  IT: ['Marco', 'Giulia', 'Luca', 'Chiara'],
  CN: ['Wei Ming', 'Jia Hui', 'Ka Ho', 'Wing Yan', 'Jun Jie', 'Mei Ling'],
  JP: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Kenji'],
  KR: ['Minjun', 'Seoyeon', 'Jihoon', 'Jiwoo', 'Hyun'],
};
const LAST: Readonly<Record<string, readonly string[]>> = {
  DK: [
    'Nielsen',
    'Jensen',
    'Hansen',
    'Pedersen',
    'Andersen',
    'Christensen',
    'Larsen',
    'Sørensen',
    'Rasmussen',
    'Jørgensen',
    'Petersen',
    'Madsen',
    'Kristensen',
    'Olsen',
    'Thomsen',
    'Poulsen',
    'Johansen',
    'Møller',
    'Mortensen',
    'Knudsen',
    'Lund',
    'Holm',
    'Dahl',
    'Bach',
    'Frandsen',
    'Skov',
  ],
  SE: [
    'Andersson',
    'Johansson',
    'Karlsson',
    'Nilsson',
    'Eriksson',
    'Larsson',
    'Olsson',
    'Persson',
    'Lindqvist',
  ],
  NO: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Bakken'],
  FI: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Laine'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann'],
  NL: ['de Vries', 'Jansen', 'de Jong', 'Bakker', 'Visser', 'Peeters', 'Janssens'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Murphy', 'Kelly'],
  US: [
    'Johnson',
    'Miller',
    'Davis',
    'Garcia',
    'Rodriguez',
    'Wilson',
    'Anderson',
    'Thompson',
    'Nguyen',
    'Lee',
  ],
  PL: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik'],
  ES: ['García', 'López', 'Martínez', 'Sánchez'],
  IT: ['Rossi', 'Russo', 'Bianchi', 'Romano'],
  CN: ['Tan', 'Lim', 'Chan', 'Wong', 'Lee', 'Ng'],
  JP: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe'],
  KR: ['Kim', 'Lee', 'Park', 'Choi', 'Jung'],
};
/** Whose names a country's customers carry. */
const NAMES_OF: Readonly<Record<string, string>> = {
  AT: 'DE',
  CH: 'DE',
  BE: 'NL',
  IE: 'GB',
  CA: 'US',
  AU: 'GB',
  SG: 'CN',
  HK: 'CN',
};

const DOMAINS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  DK: [
    ['gmail.com', 35],
    ['hotmail.com', 14],
    ['icloud.com', 10],
    ['outlook.dk', 6],
    ['live.dk', 5],
    ['mail.dk', 5],
    ['yahoo.dk', 3],
    ['jubii.dk', 2],
    ['stofanet.dk', 2],
    ['youmail.dk', 1],
  ],
  SE: [
    ['gmail.com', 40],
    ['hotmail.com', 20],
    ['telia.com', 8],
    ['icloud.com', 10],
    ['live.se', 6],
  ],
  NO: [
    ['gmail.com', 45],
    ['hotmail.com', 20],
    ['online.no', 10],
    ['icloud.com', 10],
  ],
  FI: [
    ['gmail.com', 50],
    ['hotmail.com', 20],
    ['outlook.com', 10],
  ],
  DE: [
    ['gmail.com', 30],
    ['web.de', 25],
    ['gmx.de', 20],
    ['t-online.de', 12],
    ['outlook.de', 5],
  ],
  AT: [
    ['gmx.at', 30],
    ['gmail.com', 40],
    ['aon.at', 10],
  ],
  CH: [
    ['bluewin.ch', 30],
    ['gmail.com', 40],
    ['gmx.ch', 15],
  ],
  NL: [
    ['gmail.com', 40],
    ['ziggo.nl', 15],
    ['kpnmail.nl', 10],
    ['hotmail.com', 15],
    ['outlook.com', 10],
  ],
  BE: [
    ['telenet.be', 30],
    ['skynet.be', 15],
    ['gmail.com', 40],
  ],
  FR: [
    ['orange.fr', 25],
    ['free.fr', 15],
    ['gmail.com', 45],
    ['laposte.net', 10],
  ],
  GB: [
    ['gmail.com', 40],
    ['hotmail.co.uk', 15],
    ['btinternet.com', 10],
    ['sky.com', 6],
    ['outlook.com', 10],
    ['yahoo.co.uk', 8],
    ['icloud.com', 10],
  ],
  IE: [
    ['gmail.com', 50],
    ['eircom.net', 15],
    ['hotmail.com', 20],
  ],
  US: [
    ['gmail.com', 50],
    ['yahoo.com', 15],
    ['icloud.com', 12],
    ['outlook.com', 8],
    ['comcast.net', 6],
    ['aol.com', 4],
  ],
  CA: [
    ['gmail.com', 55],
    ['hotmail.com', 20],
    ['rogers.com', 8],
  ],
  SG: [
    ['gmail.com', 60],
    ['yahoo.com.sg', 20],
    ['hotmail.com', 15],
  ],
  HK: [
    ['gmail.com', 55],
    ['yahoo.com.hk', 25],
    ['netvigator.com', 10],
  ],
  JP: [
    ['gmail.com', 45],
    ['docomo.ne.jp', 20],
    ['yahoo.co.jp', 25],
  ],
  KR: [
    ['naver.com', 50],
    ['gmail.com', 35],
    ['daum.net', 15],
  ],
  AU: [
    ['gmail.com', 50],
    ['bigpond.com', 20],
    ['outlook.com', 15],
  ],
};

/** A name as an e-mail local part: ASCII, lower case (æ → ae, ø → oe, å → aa, ü → ue, ß → ss). */
export function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  country: string;
}

export function nameIn(rng: Rng, country: string): { first: string; last: string } {
  const key = NAMES_OF[country] ?? country;
  const first = rng.pick(FIRST[key] ?? FIRST.DK ?? []);
  const last = rng.pick(LAST[key] ?? LAST.DK ?? []);
  return { first, last };
}

/** An e-mail the way people pick them: name and surname, an initial, a birth year, a hobby handle. */
export function emailFor(rng: Rng, first: string, last: string, country: string, hobby = false): string {
  const f = ascii(first);
  const l = ascii(last);
  const domain = rng.weightedPick(DOMAINS[country] ?? [['gmail.com', 1]]);
  const local = hobby
    ? rng.pick([`${f}bricks`, `brick${f}${rng.int(1, 99)}`, `${f}.${l}.afol`, `${f}${l.slice(0, 1)}moc`])
    : rng.weightedPick<string>([
        [`${f}.${l}`, 35],
        [`${f}${l}`, 15],
        [`${f}.${l}${rng.int(60, 99)}`, 12],
        [`${f}${l.slice(0, 1)}${rng.int(1, 999)}`, 12],
        [`${f.slice(0, 1)}${l}`, 10],
        [`${f}_${l}${rng.int(1, 30)}`, 6],
      ]);
  return `${local}@${domain}`;
}

export function personIn(rng: Rng, country: string, hobby = false): Person {
  const { first, last } = nameIn(rng, country);
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: emailFor(rng, first, last, country, hobby),
    country,
  };
}

const IOS = ['17_7', '18_5', '18_6', '26_1'];
const ANDROID = ['SM-S921B', 'SM-A556B', 'Pixel 8', 'Pixel 9a', 'SM-G991B', 'moto g84 5G', 'CPH2581'];
const CHROME = ['140', '141', '142'];

export type DeviceKind = 'iphone' | 'android' | 'ipad' | 'windows' | 'mac' | 'linux';

export function userAgent(rng: Rng, kind: DeviceKind): string {
  const chrome = rng.pick(CHROME);
  const ios = rng.pick(IOS);
  const iosV = ios.replace('_', '.');
  switch (kind) {
    case 'iphone':
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${iosV} Mobile/15E148 Safari/604.1`;
    case 'ipad':
      return `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${iosV} Mobile/15E148 Safari/604.1`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android ${rng.pick(['13', '14', '15', '16'])}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Mobile Safari/537.36`;
    case 'windows':
      return rng.weightedPick<string>([
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`,
          55,
        ],
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36 Edg/${chrome}.0.0.0`,
          30,
        ],
        ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0', 15],
      ]);
    case 'mac':
      return rng.chance(0.6)
        ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15'
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`;
    case 'linux':
      return rng.chance(0.5)
        ? 'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0'
        : `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`;
  }
}

/** A device id from the shop's fingerprint script; privacy blockers stop it now and then. */
export const deviceId = (rng: Rng): string => `dv_${rng.token(20)}`;

export function device(rng: Rng, kind: DeviceKind, blocked = 0.06): Device {
  return { userAgent: userAgent(rng, kind), ...(rng.chance(blocked) ? {} : { id: deviceId(rng) }) };
}

/** A person's phone or computer, by how much they shop on the phone. */
export const deviceFor = (rng: Rng, mobileShare: number): Device =>
  device(
    rng,
    rng.chance(mobileShare)
      ? rng.pick<DeviceKind>(['iphone', 'iphone', 'android', 'android', 'ipad'])
      : rng.pick<DeviceKind>(['windows', 'windows', 'mac', 'mac', 'linux']),
  );

export type Segment = 'family' | 'collector' | 'eu' | 'overseas' | 'builder' | 'school' | 'reseller';

export interface Company {
  name: string;
  vatId: string;
  /** Danish public institutions are invoiced electronically to their EAN location number. */
  ean?: string;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: string;
  segment: Segment;
  address: Address;
  cards: HeldCard[];
  /** The card saved on the account for one-click checkout, if any. */
  saved?: HeldCard;
  devices: Device[];
  home: Network;
  mobile: Network;
  mobilepay: boolean;
  /** PayPal saved as a billing agreement: paid without logging in to PayPal again. */
  paypalVault: boolean;
  /** Store credit or gift-card balance on the account, kroner in øre. */
  credit: number;
  company?: Company;
}

const SEGMENTS: ReadonlyArray<readonly [Segment, number]> = [
  ['family', 45],
  ['collector', 15],
  ['eu', 20],
  ['overseas', 6],
  ['builder', 8],
  ['school', 2],
  ['reseller', 2],
  ['family', 2],
];

const COUNTRY_OF: Readonly<Record<Segment, ReadonlyArray<readonly [string, number]>>> = {
  family: [['DK', 1]],
  collector: [
    ['DK', 60],
    ['SE', 12],
    ['NO', 8],
    ['DE', 10],
    ['NL', 5],
    ['FI', 5],
  ],
  eu: [
    ['DE', 28],
    ['SE', 20],
    ['NL', 12],
    ['FI', 8],
    ['NO', 8],
    ['FR', 5],
    ['BE', 4],
    ['AT', 4],
    ['IE', 2],
    ['PL', 3],
    ['CH', 3],
    ['ES', 1.5],
    ['IT', 1.5],
  ],
  overseas: [
    ['US', 38],
    ['GB', 25],
    ['CA', 6],
    ['SG', 8],
    ['HK', 6],
    ['JP', 6],
    ['KR', 5],
    ['AU', 6],
  ],
  builder: [
    ['DK', 60],
    ['SE', 15],
    ['DE', 15],
    ['NL', 10],
  ],
  school: [
    ['DK', 85],
    ['SE', 8],
    ['NO', 7],
  ],
  reseller: [
    ['DK', 60],
    ['SE', 20],
    ['DE', 20],
  ],
};

const SCHOOLS = ['Skole', 'Friskole', 'Børnehave', 'Bibliotek', 'Fritidsklub', 'SFO'];
const TOWNS = [
  'Vesterbro',
  'Valby',
  'Hvidovre',
  'Roskilde',
  'Odense',
  'Aarhus',
  'Vejle',
  'Aalborg',
  'Herning',
];

export function companyFor(rng: Rng, segment: Segment, country: string): Company {
  const vat = `${country}${country === 'DK' ? rng.digits(8) : rng.digits(10)}`;
  if (segment === 'school') {
    const isClub = rng.chance(0.25);
    const name = isClub
      ? `${rng.pick(['Klodsklubben', 'Byggeklubben', 'Brick Club'])} ${rng.pick(TOWNS)}`
      : `${rng.pick(TOWNS)} ${rng.pick(SCHOOLS)}`;
    return country === 'DK' && !isClub
      ? { name, vatId: vat, ean: `57980${rng.digits(8)}` }
      : { name, vatId: vat };
  }
  const suffix = country === 'DK' ? 'ApS' : country === 'SE' ? 'AB' : 'GmbH';
  return {
    name: `${rng.pick(['Brick', 'Klods', 'Block', 'Stein', 'Kloss'])}${rng.pick(['Trade', 'Hjørnet', 'Depot', 'Huset', 'Lager'])} ${suffix}`,
    vatId: vat,
  };
}

/** An account holder's checkout habits: mostly on the phone for families, on a computer for collectors. */
const MOBILE_SHARE: Readonly<Record<Segment, number>> = {
  family: 0.7,
  collector: 0.4,
  eu: 0.55,
  overseas: 0.5,
  builder: 0.3,
  school: 0.1,
  reseller: 0.35,
};

export function newAccount(
  rng: Rng,
  segment: Segment,
  country: string,
  createdAt: number,
  id: string,
  person?: Person,
): Account {
  const who = person ?? personIn(rng, country, segment === 'collector' || segment === 'builder');
  const cards = [newCard(rng, country)];
  if (rng.chance(0.3)) cards.push(newCard(rng, country, 'credit'));
  const mobilepay = country === 'DK' ? rng.chance(0.85) : country === 'FI' ? rng.chance(0.4) : false;
  const company =
    segment === 'school' || segment === 'reseller' ? companyFor(rng, segment, country) : undefined;
  const devices = [deviceFor(rng, MOBILE_SHARE[segment])];
  if (rng.chance(0.45)) devices.push(deviceFor(rng, 1 - MOBILE_SHARE[segment]));
  return {
    id,
    email:
      company && segment === 'school'
        ? `${ascii(who.first)}.${ascii(who.last)}@${ascii(company.name)}.dk`
        : who.email,
    name: who.name,
    createdAt,
    country,
    segment,
    address: homeAddress(rng, country),
    cards,
    ...(rng.chance(0.55) ? { saved: cards[0] } : {}),
    devices,
    home: homeNet(rng, country),
    mobile: mobileNet(rng, country),
    mobilepay,
    paypalVault: rng.chance(country === 'DE' || country === 'AT' ? 0.45 : 0.2),
    credit: rng.chance(0.12) ? rng.int(1, 12) * 5000 : 0,
    ...(company ? { company } : {}),
  };
}

/** The shop's customers before the window: about one account for every two orders expected. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders * 0.5));
  let id = 210_000 + rng.int(0, 999);
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const segment = r.weightedPick(SEGMENTS);
    const country = r.weightedPick(COUNTRY_OF[segment]);
    // Opened one month to ten years ago, most in the last four years.
    const age = Math.min(3650, 30 + Math.floor(r.exp(segment === 'collector' ? 1100 : 700))) * DAY;
    id += r.int(1, 40);
    return newAccount(r, segment, country, start - age, `C${id}`);
  });
}

/** Accounts of some segments (any account when none fits). */
export function accountsOf(base: readonly Account[], ...segments: Segment[]): Account[] {
  const found = base.filter((a) => segments.includes(a.segment));
  return found.length > 0 ? found : [...base];
}

/** Which countries an account can be from, for a segment (used for new sign-ups too). */
export const countryFor = (rng: Rng, segment: Segment): string => rng.weightedPick(COUNTRY_OF[segment]);

/** The account's local UTC offset. */
export const tzOf = (country: string): number => marketOf(country).tz;
