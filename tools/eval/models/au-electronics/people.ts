import { type Rng } from '../kit/random.js';

/** Names, e-mail addresses, cards and browsers of the store's markets. */

// prettier-ignore
const GIVEN: Record<string, readonly string[]> = {
  AU: ['Jack', 'Olivia', 'Liam', 'Charlotte', 'Noah', 'Mia', 'Cooper', 'Isla', 'Thomas', 'Chloe', 'Minh', 'Priya', 'Wei', 'Aarav', 'Sophie', 'Lachlan', 'Hannah', 'Daniel', 'Ji-woo', 'Mohammed'],
  NZ: ['James', 'Amelia', 'Oliver', 'Aroha', 'Nikau', 'Ruby', 'Hunter', 'Mereana', 'Ethan', 'Grace'],
  SG: ['Wei Ming', 'Jia Hui', 'Muhammad Irfan', 'Nur Aisyah', 'Rajesh', 'Kai Xuan', 'Siti', 'Darren', 'Shu Fen'],
  JP: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Yuto', 'Sakura', 'Kenji', 'Misaki'],
  ID: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu', 'Fajar', 'Nurul'],
};
// prettier-ignore
const FAMILY: Record<string, readonly string[]> = {
  AU: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Chen', 'Singh', 'Patel', 'Kelly', "O'Brien", 'Murphy', 'Tran', 'Kim', 'Ahmed'],
  NZ: ['Smith', 'Wilson', 'Ngata', 'Walker', 'Parata', 'Thompson', 'Tane', 'Clark', 'Wang'],
  SG: ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Kumar', 'Abdullah', 'Goh'],
  JP: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
  ID: ['Santoso', 'Wijaya', 'Rahayu', 'Pratama', 'Lestari', 'Saputra', 'Hidayat', 'Kusuma'],
};
// prettier-ignore
const DOMAINS: Record<string, Readonly<Record<string, number>>> = {
  AU: { 'gmail.com': 46, 'outlook.com': 10, 'hotmail.com': 10, 'icloud.com': 12, 'bigpond.com': 8, 'yahoo.com.au': 6, 'optusnet.com.au': 4, 'internode.on.net': 2 },
  NZ: { 'gmail.com': 50, 'xtra.co.nz': 20, 'hotmail.com': 12, 'icloud.com': 10, 'outlook.com': 8 },
  SG: { 'gmail.com': 60, 'hotmail.com': 15, 'yahoo.com.sg': 10, 'singnet.com.sg': 5, 'icloud.com': 10 },
  JP: { 'gmail.com': 40, 'yahoo.co.jp': 25, 'docomo.ne.jp': 10, 'icloud.com': 15, 'ezweb.ne.jp': 10 },
  ID: { 'gmail.com': 75, 'yahoo.co.id': 15, 'yahoo.com': 10 },
};

export interface Person {
  given: string;
  family: string;
  name: string;
}

export function person(rng: Rng, country: string): Person {
  const given = rng.pick(GIVEN[country] ?? GIVEN.AU ?? []);
  const family = rng.pick(FAMILY[country] ?? FAMILY.AU ?? []);
  // Japanese and Indonesian customers often type family-first or a single name.
  const name =
    country === 'JP' && rng.chance(0.4)
      ? `${family} ${given}`
      : country === 'ID' && rng.chance(0.25)
        ? given
        : `${given} ${family}`;
  return { given, family, name };
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** How people actually name their mailbox: initials, birth years, dots, nicknames. */
export function emailOf(rng: Rng, who: Person, country: string): string {
  const g = slug(who.given);
  const f = slug(who.family);
  const local = rng.pick([
    `${g}.${f}`,
    `${g}${f}${rng.int(1, 99)}`,
    `${g[0] ?? 'x'}${f}`,
    `${g}_${f}${rng.int(70, 105) % 100}`,
    `${f}.${g}${rng.int(1, 9)}`,
    `${g}${rng.int(1980, 2008)}`,
  ]);
  return `${local}@${rng.weighted(DOMAINS[country] ?? DOMAINS.AU ?? {})}`;
}

/** Apple's Hide My Email or a relay address: random-looking but honest. */
export function relayEmail(rng: Rng): string {
  return rng.chance(0.75)
    ? `${rng.token(10, 'abcdefghijklmnopqrstuvwxyz')}_${rng.token(3, 'abcdefghijklmnopqrstuvwxyz0123456789')}@privaterelay.appleid.com`
    : `${rng.pick(['quiet', 'blue', 'fancy', 'spring'])}.${rng.pick(['otter', 'kiwi', 'fern', 'lamp'])}${rng.digits(3)}@duck.com`;
}

/** A kid's gamer-tag mailbox: what the account and the key delivery use while a parent pays. */
export function kidEmail(rng: Rng): string {
  const tag = rng.pick([
    'xXsniper',
    'creeperking',
    'fortnitegod',
    'pikachu',
    'noobslayer',
    'minecraftmaster',
    'robloxqueen',
  ]);
  return `${tag}${rng.int(2010, 2016)}${rng.chance(0.5) ? 'xX' : ''}@gmail.com`;
}

/** Disposable and keyboard-mash mailboxes of throwaway and bot accounts. */
export function junkEmail(rng: Rng): string {
  const domain = rng.weighted({
    'mailinator.com': 2,
    'guerrillamail.com': 2,
    'yopmail.com': 2,
    'sharklasers.com': 1,
    'gmail.com': 4,
    'outlook.com': 2,
    'proton.me': 2,
    'tutanota.com': 1,
  });
  const local = rng.chance(0.5)
    ? rng.token(rng.int(8, 14))
    : `${rng.token(5, 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(3, 6))}`;
  return `${local}@${domain}`;
}

export interface Card {
  bin: string;
  last4: string;
  brand: string;
  country: string;
  fingerprint: string;
}

// prettier-ignore
const BINS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  AU: [['visa', '456471'], ['visa', '494053'], ['visa', '455702'], ['visa', '433894'], ['mastercard', '521729'], ['mastercard', '516361'], ['mastercard', '557547'], ['amex', '376012']],
  NZ: [['visa', '462263'], ['visa', '450915'], ['mastercard', '540423'], ['mastercard', '523512']],
  SG: [['visa', '414709'], ['visa', '456338'], ['mastercard', '552038'], ['amex', '377064']],
  JP: [['jcb', '353700'], ['jcb', '356812'], ['visa', '498002'], ['mastercard', '524183']],
  ID: [['visa', '421570'], ['visa', '461700'], ['mastercard', '524261'], ['jcb', '356602']],
  US: [['visa', '414720'], ['visa', '426684'], ['mastercard', '546616'], ['amex', '371385']],
  GB: [['visa', '475129'], ['visa', '492181'], ['mastercard', '535522']],
  CN: [['unionpay', '622848'], ['unionpay', '621700']],
  IN: [['visa', '438628'], ['mastercard', '524192']],
  HK: [['visa', '450843'], ['mastercard', '554622']],
  DE: [['visa', '410042'], ['mastercard', '522230']],
  IR: [['visa', '603799']], CU: [['visa', '950412']], RU: [['mir', '220070']],
};

/** A card issued in the country; prepaid and test-looking cards come from fraud-kit's BIN lists. */
export function cardOf(rng: Rng, country: string, bin?: readonly [string, string]): Card {
  const [brand, prefix] = bin ?? rng.pick(BINS[country] ?? BINS.US ?? []);
  return { bin: prefix, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

// prettier-ignore
const AGENTS = {
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/129.0.0.0 Safari/537.36',
  oldChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
} as const;

export interface Device {
  id?: string;
  userAgent?: string;
  mobile: boolean;
}

/** A shopper's browser; a few block the store's device script, so no device id is sent. */
export function deviceOf(rng: Rng, mobileShare = 0.6): Device {
  const mobile = rng.chance(mobileShare);
  const kind = mobile
    ? rng.weighted({ iphone: 6, android: 4 })
    : rng.weighted({ windows: 5, mac: 3, edge: 2, ipad: 1 });
  return { ...(rng.chance(0.97) ? { id: `dv_${rng.token(20)}` } : {}), userAgent: AGENTS[kind], mobile };
}

/** Fraud tooling: anti-detect browsers rotate ids, some bots run headless or stale builds. */
export function botDevice(rng: Rng): Device {
  const ua = rng.weighted({ windows: 4, iphone: 2, headless: 2, oldChrome: 2, android: 1 });
  return {
    ...(rng.chance(0.85) ? { id: `dv_${rng.token(20)}` } : {}),
    userAgent: AGENTS[ua],
    mobile: ua === 'iphone' || ua === 'android',
  };
}
