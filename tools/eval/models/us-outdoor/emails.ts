import { type PersonName } from './names.js';
import { type Rng } from '../kit/random.js';

/** Consumer mailbox providers by market, with the local ISP mailboxes older customers still use. */
// prettier-ignore
const PROVIDERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  US: { 'gmail.com': 44, 'yahoo.com': 10, 'icloud.com': 9, 'hotmail.com': 5, 'outlook.com': 5, 'aol.com': 2.5, 'comcast.net': 2,
    'sbcglobal.net': 1, 'att.net': 1, 'me.com': 1, 'live.com': 1, 'msn.com': 0.8, 'verizon.net': 0.7, 'proton.me': 0.8, 'protonmail.com': 0.4 },
  CA: { 'gmail.com': 40, 'hotmail.com': 10, 'outlook.com': 6, 'yahoo.ca': 5, 'icloud.com': 8, 'shaw.ca': 3, 'rogers.com': 3,
    'sympatico.ca': 2, 'videotron.ca': 1.5, 'bell.net': 2, 'telus.net': 2, 'hotmail.ca': 2 },
  GB: { 'gmail.com': 35, 'hotmail.co.uk': 12, 'outlook.com': 6, 'yahoo.co.uk': 6, 'icloud.com': 9, 'btinternet.com': 6, 'sky.com': 4,
    'virginmedia.com': 2, 'live.co.uk': 3 },
  AU: { 'gmail.com': 38, 'hotmail.com': 8, 'outlook.com': 7, 'icloud.com': 10, 'bigpond.com': 8, 'optusnet.com.au': 4,
    'yahoo.com.au': 4, 'live.com.au': 2 },
  MX: { 'gmail.com': 45, 'hotmail.com': 25, 'outlook.com': 10, 'yahoo.com.mx': 8, 'icloud.com': 5, 'prodigy.net.mx': 3 },
  OTHER: { 'gmail.com': 50, 'hotmail.com': 15, 'outlook.com': 10, 'icloud.com': 8, 'yahoo.com': 7 },
};

// prettier-ignore
const HOBBIES = ['trailrunner', 'mtnbiker', 'hikergirl', 'backcountry', 'skibum', 'fishon', 'peakbagger', 'paddler', 'climber',
  'bowhunter', 'campfire', 'powderday', 'thruhiker', 'overlander', 'fly.fisher', 'summitseeker'];
// prettier-ignore
const ADJECTIVES = ['tidy', 'rubbery', 'peaty', 'brisk', 'amber', 'quiet', 'mossy', 'civic', 'lucky', 'dusty', 'sunny', 'brave'];
// prettier-ignore
const NOUNS = ['quokka', 'lotus', 'drum', 'cactus', 'spruce', 'marble', 'pylon', 'otter', 'ladder', 'meteor', 'candle', 'finch'];
// prettier-ignore
export const DISPOSABLE_DOMAINS = ['mailinator.com', 'guerrillamail.com', 'sharklasers.com', 'yopmail.com', '10minutemail.com',
  'trashmail.com', 'dispostable.com', 'getnada.com', 'maildrop.cc', 'tempmail.dev', 'emailondeck.com', 'mohmal.com'];

/** Mailbox-safe spelling: accents dropped, apostrophes and spaces removed. */
export function ascii(text: string): string {
  return text
    .replace(/ð/g, 'd')
    .replace(/þ/g, 'th')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]/g, '')
    .toLowerCase();
}

/** The local part people pick for themselves, from most to least common habits. */
function localPart(rng: Rng, name: PersonName): string {
  const first = ascii(name.first).replace(/-/g, '');
  const last = ascii(name.last.split(' ')[0] ?? name.last).replace(/-/g, '');
  const year = String(rng.int(1958, 2007));
  return rng.weightedPick([
    [`${first}.${last}`, 24],
    [`${first}${last}`, 16],
    [`${first}.${last}${rng.int(1, 99)}`, 10],
    [`${first[0]}${last}`, 12],
    [`${first}${last}${year.slice(2)}`, 10],
    [`${first}_${last}`, 4],
    [`${first}${last[0]}${rng.int(1, 999)}`, 8],
    [`${rng.pick(HOBBIES)}${rng.int(1, 99)}`, 7],
    [`${first}${year}`, 6],
    [`${last}.${first}`, 3],
  ] as const);
}

export function personalEmail(rng: Rng, name: PersonName, country: string): string {
  const providers = PROVIDERS[country] ?? PROVIDERS['OTHER'] ?? {};
  const domain = rng.weighted(providers);
  const plus = rng.chance(0.012) ? `+${rng.pick(['shop', 'gear', 'orders', 'outdoor'])}` : '';
  return `${localPart(rng, name)}${plus}@${domain}`;
}

/**
 * Privacy relays honest people use: Sign in with Apple's private relay and iCloud+ Hide My Email (common on
 * iPhones), DuckDuckGo Email Protection and Firefox Relay.
 */
export function relayEmail(rng: Rng, appleDevice: boolean): string {
  const kind = appleDevice
    ? rng.weightedPick([
        ['apple-signin', 5],
        ['icloud-hme', 4],
        ['duck', 0.5],
      ] as const)
    : rng.weightedPick([
        ['duck', 2],
        ['mozmail', 1.5],
        ['icloud-hme', 0.5],
      ] as const);
  switch (kind) {
    case 'apple-signin':
      return `${rng.token(10)}@privaterelay.appleid.com`;
    case 'icloud-hme':
      return `${rng.pick(ADJECTIVES)}_${rng.pick(NOUNS)}.${rng.token(2)}@icloud.com`;
    case 'duck':
      return `${rng.pick(ADJECTIVES)}-${rng.pick(NOUNS)}-${rng.pick(NOUNS)}@duck.com`;
    case 'mozmail':
      return `${rng.token(9)}@mozmail.com`;
  }
}

export function workEmail(rng: Rng, name: PersonName, domain: string): string {
  const first = ascii(name.first).replace(/-/g, '');
  const last = ascii(name.last.split(' ')[0] ?? name.last).replace(/-/g, '');
  return rng.chance(0.6) ? `${first}.${last}@${domain}` : `${first[0]}${last}@${domain}`;
}

/** A fresh throwaway inbox, or a just-made free mailbox with a made-up name (scripts fill both). */
export function disposableEmail(rng: Rng, name: PersonName): string {
  if (rng.chance(0.55)) {
    const local = rng.chance(0.5)
      ? rng.token(rng.int(7, 12))
      : `${ascii(name.first)}${rng.digits(rng.int(2, 5))}`;
    return `${local}@${rng.pick(DISPOSABLE_DOMAINS)}`;
  }
  return `${ascii(name.first)}${ascii(name.last).slice(0, rng.int(1, 4))}${rng.digits(rng.int(3, 6))}@${rng.weightedPick(
    [
      ['gmail.com', 6],
      ['outlook.com', 3],
      ['yahoo.com', 1],
    ] as const,
  )}`;
}

/** Gmail ignores dots in the local part; promo abusers farm "new customers" out of one inbox this way. */
export function gmailDotVariant(rng: Rng, local: string): string {
  const plain = local.replace(/\./g, '');
  let out = plain[0] ?? 'x';
  for (let i = 1; i < plain.length; i++) out += (rng.chance(0.3) ? '.' : '') + plain[i];
  return `${out}${rng.chance(0.3) ? `+${rng.token(3)}` : ''}@gmail.com`;
}
