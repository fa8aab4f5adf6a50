import { type Address, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { networksOf } from './networks.js';
import { ABROAD_WEIGHTS, type Country, homeIn, MARKETS } from './places.js';

/**
 * The store's customers: names and e-mail habits by community (Hebrew-speaking, Russian-speaking and Arab
 * Israelis; English, German, French, Dutch, Italian and Spanish speakers abroad, Jewish families in the
 * diaspora), their devices and the accounts they keep, and the spas and salons on the wholesale list.
 */

export type Culture = 'he' | 'ru' | 'ar' | 'en' | 'diaspora' | 'de' | 'fr' | 'nl' | 'it' | 'es';

const NAMES: Record<Culture, { women: readonly string[]; men: readonly string[]; last: readonly string[] }> =
  {
    he: {
      women: [
        'Noa',
        'Tamar',
        'Shira',
        'Maya',
        'Yael',
        'Michal',
        'Efrat',
        'Orly',
        'Sarit',
        'Hila',
        'Adi',
        'Rivka',
        'Dana',
        'Liat',
        'Keren',
        'Inbal',
        'Galit',
        'Ronit',
        'Anat',
        'Moran',
        'Sivan',
        'Osnat',
        'Avital',
        'Hadas',
      ],
      men: [
        'Yossi',
        'Avi',
        'Moshe',
        'Eyal',
        'Itai',
        'Omer',
        'Amit',
        'Daniel',
        'David',
        'Eitan',
        'Uri',
        'Gilad',
        'Nir',
        'Yoav',
        'Roni',
        'Shlomi',
      ],
      last: [
        'Cohen',
        'Levi',
        'Mizrahi',
        'Peretz',
        'Biton',
        'Dahan',
        'Avraham',
        'Friedman',
        'Katz',
        'Azulay',
        'Malka',
        'Goldberg',
        'Shapira',
        'Ben-David',
        'Ohana',
        'Amar',
        'Segal',
        'Weiss',
        'Rosenberg',
        'Ashkenazi',
        'Gabay',
        'Hadad',
        'Yosef',
        'Klein',
        'Sasson',
        'Elbaz',
      ],
    },
    ru: {
      women: [
        'Olga',
        'Irina',
        'Svetlana',
        'Natalia',
        'Yulia',
        'Elena',
        'Anna',
        'Marina',
        'Tatiana',
        'Ekaterina',
        'Alina',
        'Victoria',
      ],
      men: ['Dmitri', 'Alexei', 'Sergei', 'Igor', 'Vladimir', 'Maxim', 'Evgeny'],
      last: [
        'Kaplan',
        'Rabinovich',
        'Kogan',
        'Gurevich',
        'Feldman',
        'Zeltser',
        'Levin',
        'Brodsky',
        'Volkov',
        'Shkolnik',
        'Vaisman',
        'Gorelik',
        'Ivanova',
        'Smirnova',
        'Kuznetsova',
        'Popova',
        'Sokolova',
      ],
    },
    ar: {
      women: ['Rania', 'Lina', 'Maha', 'Samar', 'Nour', 'Rasha', 'Hiba', 'Reem', 'Yasmin', 'Aya'],
      men: ['Ahmad', 'Mohammad', 'Khaled', 'Rami', 'Samer', 'Fadi'],
      last: [
        'Haddad',
        'Khoury',
        'Nassar',
        'Masarwa',
        'Jabareen',
        'Zoabi',
        'Awad',
        'Mansour',
        'Kassem',
        'Saleh',
      ],
    },
    en: {
      women: [
        'Jennifer',
        'Sarah',
        'Emily',
        'Jessica',
        'Ashley',
        'Michelle',
        'Amanda',
        'Lauren',
        'Megan',
        'Karen',
        'Linda',
        'Olivia',
        'Chloe',
        'Sophie',
        'Emma',
        'Hannah',
        'Charlotte',
        'Patricia',
        'Donna',
        'Kimberly',
      ],
      men: ['Michael', 'James', 'Robert', 'Daniel', 'Chris', 'Matthew', 'Mark', 'Brian', 'Kevin', 'Paul'],
      last: [
        'Smith',
        'Johnson',
        'Williams',
        'Brown',
        'Jones',
        'Miller',
        'Davis',
        'Wilson',
        'Taylor',
        'Anderson',
        'Thomas',
        'Martin',
        'Thompson',
        'Clark',
        'Walker',
        'Wright',
        'Hughes',
        'Murphy',
        'Kelly',
        'Campbell',
        'Roberts',
        'Evans',
        'Nguyen',
        'Garcia',
        'Patel',
      ],
    },
    diaspora: {
      women: [
        'Rachel',
        'Rebecca',
        'Deborah',
        'Leah',
        'Miriam',
        'Shoshana',
        'Esther',
        'Naomi',
        'Judith',
        'Sharon',
        'Aviva',
        'Chana',
      ],
      men: ['David', 'Joshua', 'Benjamin', 'Aaron', 'Jacob', 'Samuel', 'Eli', 'Jonathan'],
      last: [
        'Goldstein',
        'Cohen',
        'Levine',
        'Schwartz',
        'Rosen',
        'Katz',
        'Greenberg',
        'Friedman',
        'Shapiro',
        'Weinstein',
        'Bernstein',
        'Kaplan',
        'Benhamou',
        'Attal',
        'Sebag',
        'Lévy',
      ],
    },
    de: {
      women: [
        'Anna',
        'Julia',
        'Laura',
        'Katharina',
        'Sabine',
        'Petra',
        'Claudia',
        'Monika',
        'Lena',
        'Sandra',
      ],
      men: ['Thomas', 'Stefan', 'Andreas', 'Michael', 'Markus'],
      last: [
        'Müller',
        'Schmidt',
        'Schneider',
        'Fischer',
        'Weber',
        'Meyer',
        'Wagner',
        'Becker',
        'Hoffmann',
        'Gruber',
        'Huber',
        'Bauer',
      ],
    },
    fr: {
      women: [
        'Marie',
        'Camille',
        'Julie',
        'Sophie',
        'Nathalie',
        'Isabelle',
        'Céline',
        'Aurélie',
        'Léa',
        'Sandrine',
      ],
      men: ['Pierre', 'Nicolas', 'Julien', 'Thomas', 'Laurent'],
      last: [
        'Martin',
        'Bernard',
        'Dubois',
        'Thomas',
        'Robert',
        'Richard',
        'Petit',
        'Durand',
        'Leroy',
        'Moreau',
        'Peeters',
        'Janssens',
      ],
    },
    nl: {
      women: ['Sanne', 'Lotte', 'Emma', 'Anouk', 'Fleur', 'Eva', 'Iris'],
      men: ['Daan', 'Bram', 'Jeroen', 'Sander'],
      last: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van Dijk', 'Mulder'],
    },
    it: {
      women: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Elena'],
      men: ['Marco', 'Luca', 'Andrea'],
      last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo'],
    },
    es: {
      women: ['Lucía', 'María', 'Carmen', 'Laura', 'Marta', 'Elena', 'Paula'],
      men: ['Javier', 'Carlos', 'Alejandro'],
      last: ['García', 'Martínez', 'López', 'Sánchez', 'González', 'Fernández', 'Pérez'],
    },
  };

const MAIL: Record<string, ReadonlyArray<readonly [string, number]>> = {
  IL: [
    ['gmail.com', 62],
    ['walla.co.il', 9],
    ['hotmail.com', 8],
    ['icloud.com', 7],
    ['yahoo.com', 4],
    ['bezeqint.net', 3],
    ['012.net.il', 2],
    ['outlook.com', 3],
    ['netvision.net.il', 2],
  ],
  US: [
    ['gmail.com', 48],
    ['yahoo.com', 14],
    ['hotmail.com', 6],
    ['aol.com', 6],
    ['icloud.com', 10],
    ['outlook.com', 6],
    ['comcast.net', 4],
    ['att.net', 3],
  ],
  CA: [
    ['gmail.com', 50],
    ['hotmail.com', 14],
    ['yahoo.ca', 8],
    ['outlook.com', 8],
    ['icloud.com', 8],
    ['rogers.com', 5],
    ['shaw.ca', 4],
  ],
  AU: [
    ['gmail.com', 48],
    ['bigpond.com', 12],
    ['hotmail.com', 10],
    ['outlook.com', 8],
    ['icloud.com', 10],
    ['optusnet.com.au', 5],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 14],
    ['btinternet.com', 8],
    ['yahoo.co.uk', 8],
    ['outlook.com', 8],
    ['icloud.com', 9],
    ['sky.com', 5],
  ],
  DE: [
    ['gmail.com', 30],
    ['gmx.de', 24],
    ['web.de', 22],
    ['t-online.de', 12],
    ['outlook.de', 6],
  ],
  AT: [
    ['gmail.com', 35],
    ['gmx.at', 25],
    ['aon.at', 12],
    ['hotmail.com', 8],
  ],
  FR: [
    ['gmail.com', 45],
    ['orange.fr', 14],
    ['free.fr', 10],
    ['hotmail.fr', 12],
    ['laposte.net', 6],
    ['sfr.fr', 5],
  ],
  BE: [
    ['gmail.com', 45],
    ['skynet.be', 10],
    ['hotmail.com', 15],
    ['telenet.be', 12],
  ],
  NL: [
    ['gmail.com', 45],
    ['hotmail.com', 15],
    ['ziggo.nl', 10],
    ['kpnmail.nl', 8],
    ['outlook.com', 10],
  ],
  IT: [
    ['gmail.com', 50],
    ['libero.it', 15],
    ['hotmail.it', 12],
    ['virgilio.it', 6],
  ],
  ES: [
    ['gmail.com', 55],
    ['hotmail.es', 18],
    ['yahoo.es', 8],
    ['outlook.es', 8],
  ],
  IE: [
    ['gmail.com', 50],
    ['hotmail.com', 15],
    ['eircom.net', 10],
    ['icloud.com', 10],
  ],
  RU: [
    ['mail.ru', 40],
    ['yandex.ru', 35],
    ['gmail.com', 20],
    ['rambler.ru', 5],
  ],
  BY: [
    ['mail.ru', 30],
    ['tut.by', 25],
    ['yandex.by', 20],
    ['gmail.com', 25],
  ],
};

const ASCII: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  é: 'e',
  è: 'e',
  í: 'i',
  á: 'a',
  ó: 'o',
};

/** A name folded for an e-mail local part. */
export const folded = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[äöüßéèíáó]/g, (c) => ASCII[c] ?? c)
    .replace(/[^a-z0-9]/g, '');

export function cultureOf(rng: Rng, country: string): Culture {
  if (country === 'IL')
    return rng.weightedPick<Culture>([
      ['he', 74],
      ['ru', 16],
      ['ar', 10],
    ]);
  if (['US', 'CA', 'GB', 'AU'].includes(country)) return rng.chance(0.28) ? 'diaspora' : 'en';
  if (country === 'IE') return 'en';
  if (country === 'DE' || country === 'AT') return 'de';
  if (country === 'FR' || country === 'BE') return rng.chance(0.25) ? 'diaspora' : 'fr';
  if (country === 'NL') return 'nl';
  if (country === 'IT') return 'it';
  if (country === 'ES') return 'es';
  return 'ru';
}

export interface Person {
  first: string;
  last: string;
  name: string;
  culture: Culture;
}

/** A person of a community; mostly women, as most of the store's buyers are. */
export function personOf(rng: Rng, culture: Culture, womenShare = 0.82): Person {
  const n = NAMES[culture];
  const first = rng.pick(rng.chance(womenShare) ? n.women : n.men);
  const last = rng.pick(n.last);
  return { first, last, name: `${first} ${last}`, culture };
}

export function mailDomain(rng: Rng, country: string): string {
  return rng.weightedPick(MAIL[country] ?? MAIL['US'] ?? [['gmail.com', 1]]);
}

/** The e-mail address a person has long used: their name, a year or a number, a provider of their country. */
export function emailOf(rng: Rng, p: Person, country: string): string {
  const first = folded(p.first);
  const last = folded(p.last);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 4],
    [`${first}${last}`, 3],
    [`${first}${last}${rng.int(60, 99)}`, 3],
    [`${first[0] ?? 'x'}${last}`, 2],
    [`${first}.${last}${rng.int(1, 999)}`, 2],
    [`${first}_${last[0] ?? 'x'}`, 1],
  ]);
  return `${local}@${mailDomain(rng, country)}`;
}

const AGENTS = {
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  ipad: [
    'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ],
  instagram: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 356.0.0.27.99 (iPhone15,3; iOS 18_1; he_IL; he; scale=3.00; 1290x2796; 654321789)',
    'Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36 Instagram 356.0.0.41.101 Android (34/14; 450dpi; 1080x2340; samsung; SM-S911B; dm1q; qcom; he_IL; 654321790)',
  ],
  tiktok: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_37.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/he Region/IL',
  ],
  headless: [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
  ],
} as const;

export type Platform = keyof typeof AGENTS;

export const agentOf = (rng: Rng, platform: Platform): string => rng.pick(AGENTS[platform]);

/** A device id from the store's fingerprint script; blocked now and then (private browsing, blockers). */
export const deviceId = (rng: Rng): string => `dv_${rng.token(22)}`;

export function deviceOf(rng: Rng, platform: Platform, idShare = 0.9): Device {
  return { userAgent: agentOf(rng, platform), ...(rng.chance(idShare) ? { id: deviceId(rng) } : {}) };
}

/** A shopper's own phone or computer: iPhones lead in Israel and the anglosphere, Android elsewhere. */
export function ownDevice(rng: Rng, country: string, mobileShare = 0.68, older = false): Device {
  const iphone = ['IL', 'US', 'CA', 'AU', 'GB'].includes(country) ? 0.58 : 0.4;
  const platform: Platform = rng.chance(mobileShare)
    ? rng.chance(iphone)
      ? 'iphone'
      : 'android'
    : older && rng.chance(0.35)
      ? 'ipad'
      : rng.weightedPick<Platform>([
          ['windows', 6],
          ['mac', 3],
        ]);
  return deviceOf(rng, platform);
}

export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  country: Country;
  home: Address;
  tz: number;
  locale: string;
  cards: HeldCard[];
  devices: Device[];
  /** The home broadband and phone networks' names. */
  homeNet: string;
  mobileNet: string;
  subscriber: boolean;
}

export const localeOf = (country: Country, culture: Culture): string =>
  country === 'IL'
    ? culture === 'ru'
      ? 'ru-IL'
      : culture === 'ar'
        ? 'en-IL'
        : 'he-IL'
    : MARKETS[country].locale;

/** A customer's account, opened `age` ms before `now`. */
export function accountOf(rng: Rng, country: Country, now: number, age: number): Account {
  const culture = cultureOf(rng, country);
  const person = personOf(rng, culture);
  const { address, tz } = homeIn(rng, country);
  const international = country !== 'IL';
  const cards = [newCard(rng, country, { international })];
  if (rng.chance(0.3)) cards.push(newCard(rng, country, { international }));
  const devices = [ownDevice(rng, country)];
  if (rng.chance(0.45)) devices.push(ownDevice(rng, country, 0.2));
  return {
    id: `cus_${rng.digits(10)}`,
    email: emailOf(rng, person, country),
    name: person.name,
    person,
    createdAt: Math.floor(now - age),
    country,
    home: address,
    tz,
    locale: localeOf(country, culture),
    cards,
    devices,
    homeNet: rng.pick(networksOf(country, 'fixed')).name,
    mobileNet: rng.pick(networksOf(country, 'mobile')).name,
    subscriber: false,
  };
}

export const abroad = (rng: Rng): Country => rng.weightedPick(ABROAD_WEIGHTS);

export interface Spa {
  account: Account;
  business: { name: string; taxId: string };
}

const SPA_NAMES = {
  IL: [
    'Mineral Spa Ein Bokek',
    'Oasis Hotel Spa Eilat',
    'Neve Midbar Spa',
    'Bliss Beauty Salon',
    'Yasmin Skin Clinic',
    'Tel Aviv Body Lab',
    'Galilee Wellness Retreat',
    'Carmel Day Spa',
    'Shani Beauty Studio',
    'Herzliya Marina Spa',
  ],
  abroad: [
    'Serenity Day Spa',
    'Salt & Stone Wellness',
    'The Mud Room',
    'Blue Lotus Spa',
    'Pure Skin Studio',
    'Oasis Float & Spa',
    'Haven Beauty Rooms',
    'Mineral Lounge',
  ],
};

function taxIdOf(rng: Rng, country: Country): string {
  if (country === 'IL') return `51${rng.digits(7)}`;
  if (country === 'US') return `${rng.digits(2)}-${rng.digits(7)}`;
  if (country === 'GB') return `GB${rng.digits(9)}`;
  if (country === 'AU') return `${rng.digits(11)}`;
  if (country === 'NL') return `NL${rng.digits(9)}B01`;
  return `${country}${rng.digits(country === 'FR' ? 11 : 9)}`;
}

/** A spa or salon on the wholesale list, its account opened months or years ago. */
export function spaOf(rng: Rng, now: number): Spa {
  const country: Country = rng.chance(0.55)
    ? 'IL'
    : rng.weightedPick<Country>([
        ['US', 4],
        ['DE', 2],
        ['GB', 2],
        ['NL', 1],
        ['AU', 1],
        ['FR', 1],
      ]);
  const account = accountOf(rng, country, now, rng.int(90, 6 * 365) * DAY);
  const name = rng.pick(country === 'IL' ? SPA_NAMES.IL : SPA_NAMES.abroad);
  const slug = folded(name).slice(0, 18);
  account.email = rng.chance(0.6)
    ? `orders@${slug}.${country === 'IL' ? 'co.il' : 'com'}`
    : `${slug}@gmail.com`;
  account.devices = [ownDevice(rng, country, 0.15)];
  return { account, business: { name, taxId: taxIdOf(rng, country) } };
}

export interface World {
  window: { start: number; end: number };
  il: Account[];
  intl: Account[];
  spas: Spa[];
  subscribers: Account[];
}

/**
 * The accounts behind the window's orders: one for every three orders expected, opened a few weeks to nine
 * years before, 58 % in Israel; a sixth of them on the refill subscription; one spa or salon for every 120.
 */
export function customerBase(rng: Rng, window: { start: number; end: number }, orders: number): World {
  const n = Math.max(60, Math.round(orders / 3));
  const il: Account[] = [];
  const intl: Account[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(`a${i}`);
    const country: Country = r.chance(0.58) ? 'IL' : abroad(r);
    const age = Math.min(9 * 365, 20 + r.exp(520)) * DAY;
    const a = accountOf(r, country, window.start, age);
    a.subscriber = r.chance(0.17);
    (country === 'IL' ? il : intl).push(a);
  }
  const spas = Array.from({ length: Math.max(8, Math.round(orders / 120)) }, (_, i) =>
    spaOf(rng.fork(`s${i}`), window.start),
  );
  return { window, il, intl, spas, subscribers: [...il, ...intl].filter((a) => a.subscriber) };
}

/** A fresh account opened minutes before the order. */
export const freshAccountAge = (rng: Rng): number => rng.int(1, 25) * MINUTE;
