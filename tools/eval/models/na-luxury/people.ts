import { type Rng } from './random.js';

/** Names and e-mail addresses of Maison Nord's shoppers (and of those who pose as them). */

const FIRST =
  'James Olivia Michael Emma David Sophia Daniel Isabella Matthew Ava Andrew Charlotte Jonathan Amelia Ryan Harper Nicholas Evelyn Alexander Abigail Christopher Madison Benjamin Grace William Chloe Ethan Victoria Samuel Natalie Marcus Jasmine Kevin Priya Raj Mei Wei Hannah Tyler Lauren Aaron Monique'.split(
    ' ',
  );
const LAST =
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams Nelson Cohen Goldberg Patel Shah Chen Wong Kim Nguyen Singh MacDonald Campbell Tremblay'.split(
    ' ',
  );
const QC_FIRST = 'Mathieu Geneviève Étienne Camille Louis Marie-Ève Olivier Léa Félix Chloé'.split(' ');
const QC_LAST = 'Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné'.split(' ');
const INTL: Record<string, readonly [readonly string[], readonly string[]]> = {
  east_asia: [
    ['Hiroshi', 'Yuki', 'Jia', 'Hao', 'Min-jun', 'Seo-yeon', 'Ka Wai', 'Kenji'],
    ['Tanaka', 'Sato', 'Chan', 'Leung', 'Park', 'Choi', 'Zhang', 'Liu'],
  ],
  gulf: [
    ['Omar', 'Fatima', 'Khalid', 'Layla', 'Ahmed', 'Noor'],
    ['Al Mansouri', 'Al Hashimi', 'Haddad', 'Khoury', 'Al Falasi'],
  ],
  europe: [
    ['Oliver', 'Sophie', 'Luca', 'Giulia', 'Henri', 'Amélie', 'Jakob', 'Lena'],
    ['Clarke', 'Evans', 'Rossi', 'Bianchi', 'Dubois', 'Laurent', 'Meier'],
  ],
  latam: [
    ['Santiago', 'Valentina', 'Mateo', 'Camila', 'Diego', 'Lucía'],
    ['Hernández', 'López', 'González', 'Pérez', 'Silva', 'Ramírez'],
  ],
};
const REGION_OF: Record<string, keyof typeof INTL> = {
  JP: 'east_asia',
  HK: 'east_asia',
  CN: 'east_asia',
  KR: 'east_asia',
  SG: 'east_asia',
  AE: 'gulf',
  GB: 'europe',
  FR: 'europe',
  IT: 'europe',
  CH: 'europe',
  AU: 'europe',
  MX: 'latam',
  BR: 'latam',
};

export function personName(rng: Rng, where: string, quebec = false): string {
  const region = REGION_OF[where];
  if (region) {
    const [f, l] = INTL[region];
    return `${rng.pick(f)} ${rng.pick(l)}`;
  }
  return quebec && rng.yes(0.7)
    ? `${rng.pick(QC_FIRST)} ${rng.pick(QC_LAST)}`
    : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

const PROVIDERS: Record<string, Record<string, number>> = {
  US: {
    'gmail.com': 44,
    'icloud.com': 16,
    'yahoo.com': 9,
    'outlook.com': 6,
    'hotmail.com': 4,
    'aol.com': 3,
    'me.com': 4,
    'comcast.net': 2,
    'verizon.net': 1,
    'privaterelay.appleid.com': 4,
    work: 7,
  },
  CA: {
    'gmail.com': 42,
    'icloud.com': 13,
    'hotmail.com': 9,
    'outlook.com': 6,
    'yahoo.ca': 5,
    'rogers.com': 3,
    'bell.net': 2,
    'shaw.ca': 2,
    'videotron.ca': 2,
    'privaterelay.appleid.com': 4,
    work: 7,
  },
  abroad: {
    'gmail.com': 40,
    'icloud.com': 16,
    'outlook.com': 12,
    'yahoo.com': 6,
    'qq.com': 3,
    'naver.com': 3,
    work: 12,
  },
};
const WORK = [
  'goldmansachs.com',
  'kirkland.com',
  'mckinsey.com',
  'blackstone.com',
  'rbc.com',
  'td.com',
  'shopify.com',
  'deloitte.ca',
  'nyu.edu',
  'kaiserpermanente.org',
];

export const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A real person's own address at a provider chosen by where they live. */
export function personalEmail(rng: Rng, name: string, where: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = slug(first);
  const l = slug(rest.join('')) || 'x';
  const domain = rng.weighted(PROVIDERS[where] ?? PROVIDERS.abroad ?? { 'gmail.com': 1 });
  if (domain === 'privaterelay.appleid.com')
    return `${rng.chars(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}@privaterelay.appleid.com`;
  if (domain === 'work') return `${f}.${l}@${rng.pick(WORK)}`;
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0] ?? 'x'}${l}`,
    `${f}.${l}${rng.int(1, 99)}`,
    `${f}${l}${rng.int(60, 99)}`,
    `${f}_${l}`,
  ]);
  return `${local}@${domain}`;
}

/** Made-up or disposable addresses of fraudsters. */
export function junkEmail(rng: Rng): string {
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const disposable = [
    'guerrillamail.com',
    'sharklasers.com',
    'yopmail.com',
    'mailinator.com',
    '10minutemail.net',
    'tempmail.plus',
  ];
  return rng.yes(0.45)
    ? `${rng.chars(rng.int(6, 10), lower)}${rng.digits(rng.int(2, 4))}@${rng.pick(disposable)}`
    : `${rng.chars(rng.int(5, 9), lower)}${rng.digits(rng.int(3, 5))}@${rng.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'hotmail.com'])}`;
}

/** A plausible address that imitates the cardholder (phished card with the holder's details). */
export function lookalikeEmail(rng: Rng, name: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = slug(first);
  const l = slug(rest.join('')) || 'x';
  const local = rng.pick([
    `${f}.${l}${rng.int(1, 9999)}`,
    `${f}${l}.${rng.digits(3)}`,
    `${l}.${f}${rng.int(70, 99)}`,
    `${f[0] ?? 'x'}${l}${rng.digits(4)}`,
  ]);
  return `${local}@${rng.pick(['gmail.com', 'gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'aol.com'])}`;
}
