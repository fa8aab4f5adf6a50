import { type Address, addressIn, type HOME_COUNTRIES, ipIn } from './geo.js';
import { type Random } from './random.js';

export type SourceKind = 'stripe' | 'shopify' | 'standard';

export interface Card {
  bin: string;
  last4: string;
  brand: 'visa' | 'mastercard';
  country: string;
  fingerprint: string;
}

export interface Customer {
  source: SourceKind;
  /** The id in the sender's format: `cus_…` (Stripe), a 13-digit number (Shopify), `c_…` (standard). */
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  createdAt: Date;
  address: Address;
  ip: string;
  deviceId: string;
  userAgent: string;
  card: Card;
}

const FIRST_NAMES: Record<string, string[]> = {
  IE: ['Aoife', 'Ciarán', 'Niamh', 'Seán', 'Siobhán'],
  DE: ['Lena', 'Jonas', 'Mia', 'Lukas', 'Hannah'],
  FR: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa'],
  GB: ['Olivia', 'Harry', 'Amelia', 'George', 'Isla'],
  NL: ['Sanne', 'Daan', 'Emma', 'Bram'],
  ES: ['Lucía', 'Hugo', 'Martina', 'Pablo'],
  IT: ['Giulia', 'Marco', 'Sofia', 'Luca'],
  SE: ['Elsa', 'Erik', 'Maja', 'Oskar'],
  PL: ['Zuzanna', 'Jakub', 'Julia', 'Kacper'],
  US: ['Emily', 'James', 'Ava', 'Michael', 'Sophia'],
};
const LAST_NAMES: Record<string, string[]> = {
  IE: ['Murphy', 'Kelly', "O'Brien", 'Walsh'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Moreau'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'Bakker'],
  ES: ['García', 'Fernández', 'López', 'Martínez'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Esposito'],
  SE: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson'],
  PL: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik'],
  US: ['Johnson', 'Williams', 'Miller', 'Davis'],
};
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com'];
const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
];

const DAY_MS = 86_400_000;

/** Throw-away mail services that the mailchecker data package (which Vigil uses) lists. */
export const DISPOSABLE_DOMAINS = [
  'mailinator.com',
  'yopmail.com',
  'guerrillamail.com',
  'sharklasers.com',
  'trashmail.com',
  '10minutemail.com',
  'maildrop.cc',
];

/** Privacy-relay services honest shoppers use (Apple's is the one most first orders carry). */
export const RELAY_DOMAINS = ['privaterelay.appleid.com', 'duck.com', 'mozmail.com', 'simplelogin.com'];

export function newCard(random: Random, country: string): Card {
  const visa = random.chance(0.6);
  return {
    bin: visa ? `4${random.int(10_000, 99_999)}` : `5${random.int(1, 5)}${random.int(1000, 9999)}`,
    last4: String(random.int(0, 9999)).padStart(4, '0'),
    brand: visa ? 'visa' : 'mastercard',
    country,
    fingerprint: random.token(16),
  };
}

export function customerId(random: Random, source: SourceKind): string {
  if (source === 'stripe') return `cus_${random.token(14)}`;
  if (source === 'shopify') return String(random.int(7_000_000_000_000, 7_999_999_999_999));
  return `c_${random.id(10)}`;
}

export function deviceId(random: Random): string {
  return `dev_${random.id(12)}`;
}

/**
 * A shopper: `ageDays` is how long they have had an account at `now` (0 for someone signing up right now).
 * Email and names never collide across runs (a random suffix), so every run starts from fresh customers.
 */
export function newCustomer(
  random: Random,
  source: SourceKind,
  country: (typeof HOME_COUNTRIES)[number],
  ageDays: number,
  now: number,
  emailDomain?: string,
): Customer {
  const firstName = random.pick(FIRST_NAMES[country] ?? ['Alex']);
  const lastName = random.pick(LAST_NAMES[country] ?? ['Doe']);
  const local = `${firstName}.${lastName}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return {
    source,
    id: customerId(random, source),
    email: `${local}.${random.id(4)}@${emailDomain ?? random.pick(MAIL_DOMAINS)}`,
    firstName,
    lastName,
    createdAt: new Date(now - ageDays * DAY_MS - random.int(0, DAY_MS)),
    address: addressIn(random, country),
    ip: ipIn(random, country),
    deviceId: deviceId(random),
    userAgent: random.pick(USER_AGENTS),
    card: newCard(random, country),
  };
}

export function randomUserAgent(random: Random): string {
  return random.pick(USER_AGENTS);
}
