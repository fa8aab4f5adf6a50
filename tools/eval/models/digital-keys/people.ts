import { type Rng } from '../kit/random.js';
import { type Market } from './places.js';
import { type Address, type Device } from './purchase.js';

/** People: names and e-mail addresses, home addresses and what checkout asks of them, and their devices. */

const FORMAT: Readonly<Record<string, string>> = {
  US: '#####',
  CA: '@#@ #@#',
  AU: '####',
  DE: '#####',
  FR: '#####',
  PL: '##-###',
  TR: '#####',
  IN: '######',
  ID: '#####',
  PH: '####',
  MX: '#####',
  BR: '#####-###',
  NG: '######',
  SA: '#####',
};
const LETTERS = 'ABCEGHJLNPRSTWXYZ';

/** A postal code that starts with the city's prefix. */
export function postalCode(rng: Rng, country: string, prefix: string): string {
  if (country === 'GB') return `${prefix} ${rng.int(1, 9)}${rng.token(2, LETTERS)}`;
  const rest = (FORMAT[country] ?? '#####').slice(prefix.length);
  return (
    prefix +
    [...rest].map((c) => (c === '#' ? rng.digits(1) : c === '@' ? rng.token(1, LETTERS) : c)).join('')
  );
}

const STREETS: Readonly<Record<string, readonly string[]>> = {
  US: ['Maple Ave', 'Oak St', 'Washington Blvd', 'Lakeview Dr', 'Pine St', 'Elm Ct', 'Cedar Ln'],
  CA: ['King St W', 'Rue Sainte-Catherine', 'Granville St', 'Queen St E', '17 Ave SW'],
  AU: ['George St', 'Chapel St', 'Ann St', 'Hay St', 'Rundle Mall'],
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue'],
};

/** A street line for the storefronts whose card issuers check addresses (the US, Canada, the UK, Australia). */
export function streetLine(rng: Rng, country: string): string | undefined {
  const streets = STREETS[country];
  if (!streets) return undefined;
  return `${rng.int(1, country === 'US' ? 9800 : 240)} ${rng.pick(streets)}`;
}

/** Countries whose issuers answer an address check (AVS): the rest say `unavailable`. */
export const AVS_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'GB']);

/** Lower-case ASCII for e-mail local parts (ş → s, ł → l, é → e). */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export const fullName = (rng: Rng, m: Market): string => `${rng.pick(m.first)} ${rng.pick(m.last)}`;

const HANDLES =
  'shadow wolf ninja sniper dragon toxic frost blaze ghost pixel craft slayer noob creeper kitty'.split(' ');

/**
 * An e-mail for a person: `adult` (name-based at the local providers), `young` (a gamer handle with a birth
 * year, usually Gmail) or `holder` (a fresh Gmail box named after someone else: carders use the cardholder's).
 */
export function emailFor(rng: Rng, name: string, m: Market, style: 'adult' | 'young' | 'holder'): string {
  const [first = 'user', ...rest] = name.split(' ').map(ascii);
  const last = rest.join('') || 'x';
  if (style === 'holder') return `${first}${last}${rng.digits(rng.int(2, 4))}@gmail.com`;
  if (style === 'young') {
    const handle = rng.pick(HANDLES);
    const local = rng.pick([`${handle}${first}`, `${first}${handle}`, `xx${handle}xx`, `${handle}_${first}`]);
    return `${local}${rng.chance(0.7) ? rng.int(2008, 2014) : rng.digits(3)}@${rng.chance(0.85) ? 'gmail.com' : 'outlook.com'}`;
  }
  const domain = rng.weightedPick(m.mail);
  const local = rng.weighted({
    [`${first}.${last}`]: 4,
    [`${first}${last}`]: 2,
    [`${first}${last}${rng.digits(2)}`]: 3,
    [`${first.charAt(0)}${last}${rng.int(70, 99)}`]: 1,
    [`${first}_${rng.digits(4)}`]: 1,
  });
  return `${local}@${domain}`;
}

const TYPOS: Readonly<Record<string, readonly string[]>> = {
  'gmail.com': ['gmial.com', 'gmail.co', 'gmai.com', 'gamil.com'],
  'hotmail.com': ['hotmial.com', 'hotmail.co'],
  'outlook.com': ['outlok.com', 'outlook.co'],
  'yahoo.com': ['yaho.com', 'yahooo.com'],
};

/** The address with a slip of the finger: a common domain typo, or a letter dropped. */
export function mistyped(rng: Rng, email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const typos = TYPOS[domain];
  if (typos) return `${local}@${rng.pick(typos)}`;
  const i = rng.int(0, Math.max(0, local.length - 2));
  return `${local.slice(0, i)}${local.slice(i + 1)}@${domain}`;
}

const THROWAWAY: Readonly<Record<string, number>> = {
  'gmail.com': 40,
  'outlook.com': 14,
  'hotmail.com': 8,
  'proton.me': 10,
  'yopmail.com': 6,
  'guerrillamail.com': 4,
  'sharklasers.com': 3,
  'mail.ru': 5,
  'tutamail.com': 3,
  'mailinator.com': 3,
  'rambler.ru': 2,
  'cock.li': 2,
};

/** A generated mailbox: random letters and digits, often at a disposable or privacy provider. */
export const throwawayEmail = (rng: Rng): string =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 5))}@${rng.weighted(THROWAWAY)}`;

/** A shopper's home address. */
export function homeOf(
  rng: Rng,
  m: Market,
): Required<Pick<Address, 'country' | 'city' | 'postalCode'>> & Address {
  const [city, prefix] = rng.pick(m.cities);
  const line1 = streetLine(rng, m.country);
  return {
    country: m.country,
    city,
    postalCode: postalCode(rng, m.country, prefix),
    ...(line1 ? { line1 } : {}),
  };
}

/**
 * What checkout asks: always the country (for tax); the postal code where issuers check it (else half the
 * time); the city now and then; the street only on the address-check storefronts' full form.
 */
export function billingOf(rng: Rng, home: Address): Address {
  const checked = AVS_COUNTRIES.has(home.country);
  const zip = checked ? rng.chance(0.97) : rng.chance(0.45);
  const street = checked && zip && home.line1 !== undefined && rng.chance(0.4);
  return {
    country: home.country,
    ...(zip && home.postalCode ? { postalCode: home.postalCode } : {}),
    ...(home.city && rng.chance(checked ? 0.3 : 0.4) ? { city: home.city } : {}),
    ...(street && home.line1 ? { line1: home.line1 } : {}),
  };
}

const IOS_SHARE: Readonly<Record<string, number>> = {
  US: 0.55,
  CA: 0.55,
  AU: 0.55,
  GB: 0.5,
  SA: 0.45,
  DE: 0.35,
  FR: 0.35,
  PL: 0.2,
  TR: 0.2,
  MX: 0.2,
  BR: 0.15,
  PH: 0.15,
  ID: 0.1,
  NG: 0.1,
  IN: 0.05,
};
const PHONE_FIRST: ReadonlySet<string> = new Set(['IN', 'ID', 'PH', 'NG', 'BR', 'MX', 'TR']);
const SAMSUNG = ['SM-S931B', 'SM-S936B', 'SM-A566B', 'SM-A366E', 'SM-A165F'];

const chrome = (rng: Rng) => rng.int(160, 165);
const WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)';
const fingerprintId = (rng: Rng) => `dfp_${rng.token(24)}`;

/** A desktop: Windows (Chrome, Edge, Opera GX, Firefox) above all, a Mac, a Steam Deck, a console browser. */
export function desktopAgent(rng: Rng): string {
  const v = chrome(rng);
  switch (
    rng.weighted({ chrome: 50, edge: 14, operagx: 9, firefox: 10, mac: 10, deck: 4, xbox: 2, ps5: 1 })
  ) {
    case 'chrome':
      return `${WIN} Chrome/${v}.0.0.0 Safari/537.36`;
    case 'edge':
      return `${WIN} Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`;
    case 'operagx':
      return `${WIN} Chrome/${v - 1}.0.0.0 Safari/537.36 OPR/${v - 15}.0.0.0 (Edition std-2)`;
    case 'firefox':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v + 3}.0) Gecko/20100101 Firefox/${v + 3}.0`;
    case 'mac':
      return `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.${rng.int(2, 5)} Safari/605.1.15`;
    case 'deck':
      return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;
    case 'xbox':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox Series X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edge/${v}.0.0.0`;
    default:
      return 'Mozilla/5.0 (PlayStation; PlayStation 5/12.40) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.4 Safari/605.1.15';
  }
}

/** A phone's browser: Safari (iOS 26 still says 18_6), Chrome (reduced UA) or Samsung Internet on Android. */
export function phoneAgent(rng: Rng, country: string): string {
  const v = chrome(rng);
  if (rng.chance(IOS_SHARE[country] ?? 0.3))
    return `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.${rng.int(2, 5)} Mobile/15E148 Safari/604.1`;
  if (rng.chance(0.25))
    return `Mozilla/5.0 (Linux; Android ${rng.int(15, 16)}; ${rng.pick(SAMSUNG)}) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${rng.int(29, 31)}.0 Chrome/${v - 4}.0.0.0 Mobile Safari/537.36`;
  return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`;
}

/** A shopper's device: phone or computer by market (or as asked); the fingerprint script is blocked now and then. */
export function deviceFor(rng: Rng, country: string, phone?: boolean): Device {
  const mobile = phone ?? rng.chance(PHONE_FIRST.has(country) ? 0.6 : 0.4);
  const userAgent = mobile ? phoneAgent(rng, country) : desktopAgent(rng);
  return { userAgent, ...(rng.chance(mobile ? 0.9 : 0.8) ? { id: fingerprintId(rng) } : {}) };
}

/** An anti-detect browser profile: a plausible Windows Chrome with a fresh fingerprint each time. */
export const antidetect = (rng: Rng): Device => ({
  userAgent: `${WIN} Chrome/${rng.int(150, 165)}.0.0.0 Safari/537.36`,
  id: fingerprintId(rng),
});

/** A checkout script: headless Chrome, or one stale user agent for the whole run; the fingerprint often missing. */
export function botAgent(rng: Rng): string {
  return rng.chance(0.35)
    ? `${WIN} HeadlessChrome/${chrome(rng)}.0.0.0 Safari/537.36`
    : `${WIN} Chrome/${rng.int(108, 126)}.0.0.0 Safari/537.36`;
}

export const botDevice = (rng: Rng, userAgent: string): Device => ({
  userAgent,
  ...(rng.chance(0.35) ? { id: fingerprintId(rng) } : {}),
});
