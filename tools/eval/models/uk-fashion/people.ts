import { type Device } from './purchase.js';
import { type Rng } from '../kit/random.js';

/** Names, mailboxes and browsers of the store's shoppers (and of the people fraudsters pretend to be). */

const FIRST = [
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Grace',
  'Sophie',
  'Chloe',
  'Emily',
  'Ella',
  'Freya',
  'Niamh',
  'Aoife',
  'Siobhan',
  'Ciara',
  'Priya',
  'Aisha',
  'Zara',
  'Hannah',
  'Lucy',
  'Megan',
  'Jack',
  'Oliver',
  'Harry',
  'George',
  'Noah',
  'Liam',
  'Conor',
  'Seán',
  'Callum',
  'Ryan',
  'Mohammed',
  'Arjun',
  'Tom',
  'James',
  'Daniel',
  'Kofi',
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Davies',
  'Evans',
  'Thomas',
  'Roberts',
  'Walsh',
  'Murphy',
  "O'Brien",
  'Byrne',
  'Kelly',
  'Ryan',
  'Doherty',
  'McLaughlin',
  'Campbell',
  'Stewart',
  'Khan',
  'Patel',
  'Begum',
  'Hussain',
  'Okafor',
  'Mensah',
  'Nowak',
  'Kowalski',
  'Ahmed',
  'Clarke',
  'Hughes',
  'Wright',
];

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

const HOME_MAIL: Record<string, Record<string, number>> = {
  GB: {
    'gmail.com': 40,
    'hotmail.co.uk': 14,
    'outlook.com': 10,
    'icloud.com': 12,
    'yahoo.co.uk': 7,
    'btinternet.com': 5,
    'sky.com': 3,
    'live.co.uk': 4,
    'googlemail.com': 2,
  },
  IE: {
    'gmail.com': 45,
    'hotmail.com': 15,
    'outlook.com': 10,
    'icloud.com': 12,
    'eircom.net': 8,
    'live.ie': 5,
    'yahoo.ie': 5,
  },
};

function localPart(rng: Rng, name: string): string {
  const [first = 'x', last = 'y'] = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .split(' ');
  const style = rng.int(0, 4);
  if (style === 0) return `${first}.${last}`;
  if (style === 1) return `${first}${last}${rng.int(1, 99)}`;
  if (style === 2) return `${first[0] ?? 'x'}${last}`;
  if (style === 3) return `${first}_${last}${rng.int(80, 99)}`;
  return `${first}${rng.int(1985, 2007)}`;
}

/** An ordinary mailbox for the name. */
export function emailFor(rng: Rng, name: string, country = 'GB'): string {
  return `${localPart(rng, name)}@${rng.weighted(HOME_MAIL[country] ?? HOME_MAIL.GB ?? {})}`;
}

export function relayEmail(rng: Rng): string {
  return rng.chance(0.75)
    ? `${rng.token(10)}@privaterelay.appleid.com`
    : `${rng.token(8)}.${rng.token(5)}@duck.com`;
}

export function studentEmail(rng: Rng, name: string, country: string): string {
  const school =
    country === 'IE'
      ? rng.pick(['ucdconnect.ie', 'tcd.ie', 'mail.dcu.ie'])
      : rng.pick([
          'student.manchester.ac.uk',
          'ed.ac.uk',
          'leeds.ac.uk',
          'ucl.ac.uk',
          'kcl.ac.uk',
          'warwick.ac.uk',
        ]);
  return `${localPart(rng, name).replace(/\d+/g, '')}${rng.int(1, 9)}@${school}`;
}

export function disposableEmail(rng: Rng): string {
  const domain = rng.pick([
    'mailinator.com',
    'guerrillamail.com',
    'temp-mail.io',
    'sharklasers.com',
    'yopmail.com',
    'tmpmail.net',
  ]);
  return `${rng.token(rng.int(6, 11))}@${domain}`;
}

/** A mailbox a crew made up: keyboard mash or name+digits on a free provider. */
export function junkEmail(rng: Rng): string {
  return rng.chance(0.5)
    ? `${rng.token(rng.int(7, 12), 'qwertyuiopasdfghjklzxcvbnm')}${rng.digits(rng.int(0, 4))}@${rng.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])}`
    : `${localPart(rng, personName(rng))}${rng.digits(3)}@${rng.pick(['gmail.com', 'hotmail.com', 'mail.com', 'gmx.com'])}`;
}

const AGENTS = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneApp: 'ThistleApp/7.12.0 (iPhone; iOS 18.1; Scale/3.00)',
  android:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidApp: 'ThistleApp/7.12.0 (Android 14; Pixel 8)',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
} as const;

/** A shopper's browser or app: fashion shopping is mostly on phones. */
export function deviceFor(rng: Rng, mobileShare = 0.72): Device {
  const key = rng.chance(mobileShare)
    ? rng.weighted({ iphone: 40, iphoneApp: 18, android: 30, androidApp: 12 })
    : rng.weighted({ mac: 35, windows: 50, ipad: 15 });
  // The device script is blocked or fails on a few checkouts.
  return rng.chance(0.04)
    ? { userAgent: AGENTS[key] }
    : { id: `dv_${rng.token(18)}`, userAgent: AGENTS[key] };
}

/** Headless or automation browsers that bots drive. */
export function botDevice(rng: Rng): Device {
  const agent = rng.weighted({
    [AGENTS.windows]: 5,
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36': 2,
    [AGENTS.iphone]: 3,
  });
  return rng.chance(0.35) ? { userAgent: agent } : { id: `dv_${rng.token(18)}`, userAgent: agent };
}
