import { type Rng } from '../kit/random.js';

/** Customers' names and e-mail addresses, English- and French-speaking Canada with its many origins. */

const EN_FIRST = [
  'Emily',
  'Olivia',
  'Sarah',
  'Jessica',
  'Megan',
  'Hannah',
  'Chloe',
  'Ava',
  'Madison',
  'Lauren',
  'Michael',
  'Ryan',
  'Matthew',
  'Tyler',
  'Liam',
  'Noah',
  'Ethan',
  'Connor',
  'Jordan',
  'Brandon',
  'Daniel',
  'David',
  'Karen',
  'Linda',
  'Susan',
  'Donna',
  'Robert',
  'Gary',
  'Douglas',
  'Brian',
];
const EN_LAST = [
  'Smith',
  'Brown',
  'Tremblay',
  'Martin',
  'Roy',
  'Wilson',
  'MacDonald',
  'Taylor',
  'Campbell',
  'Anderson',
  'Thompson',
  'Stewart',
  'Mitchell',
  'Morrison',
  'Fraser',
  'Reid',
  'Robertson',
  'Murray',
  'Ross',
  'Young',
  'Clarke',
  'Walsh',
  'Hughes',
  'Graham',
];
const FR_FIRST = [
  'Émilie',
  'Catherine',
  'Isabelle',
  'Geneviève',
  'Marie-Ève',
  'Julie',
  'Chloé',
  'Léa',
  'Camille',
  'Sophie',
  'Mathieu',
  'Jean-François',
  'Alexandre',
  'Guillaume',
  'Olivier',
  'Maxime',
  'Félix',
  'Samuel',
  'Louis',
  'Gabriel',
  'Sylvie',
  'Ginette',
  'Réjean',
  'Gilles',
  'Normand',
  'Francine',
];
const FR_LAST = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Pelletier',
  'Bélanger',
  'Lévesque',
  'Bergeron',
  'Leblanc',
  'Paquette',
  'Girard',
  'Simard',
  'Boucher',
  'Caron',
  'Beaulieu',
];
/** South Asian, Chinese, Filipino, Arabic, Italian, Portuguese, Korean and Vietnamese Canadian names. */
const OTHER: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['Priya', 'Arjun', 'Harpreet', 'Gurpreet', 'Ananya', 'Rohan', 'Simran'],
    ['Singh', 'Sharma', 'Patel', 'Gill', 'Sandhu', 'Dhillon'],
  ],
  [
    ['Wei', 'Jenny', 'Kevin', 'Mei', 'Jason', 'Lily', 'Eric'],
    ['Wong', 'Chen', 'Li', 'Zhang', 'Lam', 'Chan', 'Liu'],
  ],
  [
    ['Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'Paolo'],
    ['Santos', 'Reyes', 'Cruz', 'Garcia', 'Bautista', 'Mendoza'],
  ],
  [
    ['Omar', 'Yasmine', 'Karim', 'Nadia', 'Samir', 'Leila'],
    ['Haddad', 'Khalil', 'Nasser', 'Saleh', 'Benali'],
  ],
  [
    ['Marco', 'Giulia', 'Luca', 'Ana', 'Tiago', 'Rui'],
    ['Rossi', 'Esposito', 'DeLuca', 'Silva', 'Medeiros', 'Pereira'],
  ],
  [
    ['Min-jun', 'Ji-woo', 'Thanh', 'Linh', 'Minh'],
    ['Kim', 'Park', 'Nguyen', 'Tran', 'Pham', 'Lee'],
  ],
];

const EN_MAIL = [
  ['gmail.com', 40],
  ['hotmail.com', 14],
  ['outlook.com', 8],
  ['yahoo.ca', 7],
  ['icloud.com', 9],
  ['rogers.com', 5],
  ['sympatico.ca', 3],
  ['bell.net', 3],
  ['shaw.ca', 4],
  ['telus.net', 3],
  ['live.ca', 2],
] as const;
const FR_MAIL = [
  ['gmail.com', 40],
  ['hotmail.com', 18],
  ['videotron.ca', 10],
  ['outlook.com', 6],
  ['yahoo.ca', 5],
  ['icloud.com', 6],
  ['live.ca', 4],
  ['globetrotter.net', 2],
  ['sympatico.ca', 3],
] as const;

export interface Person {
  first: string;
  last: string;
  french: boolean;
}

export function personName(rng: Rng, french: boolean): Person {
  if (french && rng.chance(0.85)) return { first: rng.pick(FR_FIRST), last: rng.pick(FR_LAST), french };
  if (rng.chance(0.42)) {
    const [firsts, lasts] = rng.pick(OTHER);
    return { first: rng.pick(firsts), last: rng.pick(lasts), french };
  }
  return { first: rng.pick(EN_FIRST), last: rng.pick(EN_LAST), french };
}

export const fullName = (p: Person): string => `${p.first} ${p.last}`;

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A personal address in one of the habits people have: first.last, initials and a year, a nickname. */
export function personalEmail(rng: Rng, p: Person): string {
  const first = plain(p.first);
  const last = plain(p.last);
  const domain = rng.weightedPick((p.french ? FR_MAIL : EN_MAIL).map(([d, w]) => [d, w] as const));
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 30],
    [`${first}${last}${rng.int(1, 99)}`, 20],
    [`${first.charAt(0)}${last}`, 15],
    [`${first}.${last}${rng.int(1955, 2006)}`, 15],
    [`${last}.${first}`, 8],
    [`${first}_${rng.token(3)}`, 12],
  ]);
  return `${local}@${domain}`;
}

/** A work address at a company's own domain. */
export const workEmail = (p: Person, domain: string): string =>
  `${plain(p.first)}.${plain(p.last)}@${domain}`;

/** A throw-away address: what promo farmers and card testers sign up with. */
export function throwawayEmail(rng: Rng, p?: Person): string {
  const domain = rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'hotmail.com', 'mail.com', 'yahoo.com']);
  const base = p
    ? `${plain(p.first)}${plain(p.last).slice(0, 3)}`
    : rng.token(rng.int(6, 9), 'abcdefghijklmnoprstuvy');
  return `${base}${rng.digits(rng.int(2, 5))}@${domain}`;
}
