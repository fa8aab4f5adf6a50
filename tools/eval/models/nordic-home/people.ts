import { type Rng } from './random.js';

/**
 * Names and e-mail addresses as people in each country actually have them: local first names and surnames,
 * the local free-mail providers next to Gmail (GMX and web.de in Germany, Telia in Sweden, wp.pl in Poland),
 * and the privacy relays (Apple Hide My Email, Firefox Relay, DuckDuckGo) that many honest iPhone and
 * Firefox users check out with.
 */

interface Naming {
  first: readonly string[];
  last: readonly string[];
  mail: readonly (readonly [string, number])[];
}

const GERMAN_FIRST = [
  'Lukas',
  'Anna',
  'Jonas',
  'Lea',
  'Felix',
  'Sophie',
  'Maximilian',
  'Katrin',
  'Paul',
  'Julia',
];

const NAMING: Readonly<Record<string, Naming>> = {
  SE: {
    first: [
      'Anna',
      'Erik',
      'Lars',
      'Karin',
      'Maja',
      'Oskar',
      'Elsa',
      'Johan',
      'Astrid',
      'Nils',
      'Ebba',
      'Linnea',
    ],
    last: [
      'Andersson',
      'Johansson',
      'Karlsson',
      'Nilsson',
      'Eriksson',
      'Lindqvist',
      'Berg',
      'Lundgren',
      'Holm',
    ],
    mail: [
      ['gmail.com', 40],
      ['hotmail.com', 18],
      ['outlook.com', 8],
      ['icloud.com', 12],
      ['telia.com', 8],
      ['live.se', 6],
    ],
  },
  NO: {
    first: ['Ola', 'Ingrid', 'Kari', 'Nora', 'Jonas', 'Sindre', 'Emma', 'Henrik', 'Sofie', 'Magnus'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Bakken', 'Solberg', 'Dahl'],
    mail: [
      ['gmail.com', 45],
      ['hotmail.com', 18],
      ['online.no', 10],
      ['icloud.com', 12],
      ['outlook.com', 8],
    ],
  },
  DK: {
    first: ['Mette', 'Søren', 'Freja', 'Mads', 'Ida', 'Rasmus', 'Camilla', 'Frederik', 'Sofie', 'Anders'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Møller'],
    mail: [
      ['gmail.com', 42],
      ['hotmail.com', 18],
      ['live.dk', 8],
      ['mail.dk', 6],
      ['icloud.com', 12],
      ['outlook.dk', 5],
    ],
  },
  FI: {
    first: ['Aino', 'Mikko', 'Juha', 'Liisa', 'Emilia', 'Eero', 'Venla', 'Antti', 'Sanna', 'Tuomas'],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Laine', 'Koskinen', 'Järvinen'],
    mail: [
      ['gmail.com', 50],
      ['hotmail.com', 12],
      ['outlook.com', 10],
      ['icloud.com', 8],
      ['elisanet.fi', 6],
      ['luukku.com', 4],
    ],
  },
  EE: {
    first: ['Kristjan', 'Liis', 'Mari', 'Andres', 'Kadri', 'Martin', 'Triin'],
    last: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane'],
    mail: [
      ['gmail.com', 60],
      ['hot.ee', 15],
      ['mail.ee', 10],
      ['outlook.com', 8],
    ],
  },
  LV: {
    first: ['Jānis', 'Anna', 'Kristaps', 'Līga', 'Mārtiņš', 'Ilze', 'Edgars'],
    last: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Liepa', 'Krūmiņa'],
    mail: [
      ['gmail.com', 55],
      ['inbox.lv', 25],
      ['outlook.com', 10],
    ],
  },
  LT: {
    first: ['Jonas', 'Rūta', 'Lukas', 'Eglė', 'Mantas', 'Gabija', 'Tomas'],
    last: ['Kazlauskas', 'Petrauskas', 'Jankauskas', 'Stankevičius', 'Vasiliauskas'],
    mail: [
      ['gmail.com', 65],
      ['yahoo.com', 8],
      ['outlook.com', 12],
      ['inbox.lt', 10],
    ],
  },
  DE: {
    first: GERMAN_FIRST,
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schulz'],
    mail: [
      ['gmail.com', 30],
      ['gmx.de', 20],
      ['web.de', 18],
      ['t-online.de', 10],
      ['outlook.de', 6],
      ['icloud.com', 8],
      ['posteo.de', 3],
    ],
  },
  AT: {
    first: GERMAN_FIRST,
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer'],
    mail: [
      ['gmail.com', 35],
      ['gmx.at', 20],
      ['aon.at', 10],
      ['outlook.com', 10],
      ['icloud.com', 10],
      ['chello.at', 5],
    ],
  },
  CH: {
    first: ['Luca', 'Laura', 'Noah', 'Mia', 'Nicolas', 'Léa', 'Simon', 'Chiara', 'David', 'Sarah'],
    last: ['Meier', 'Müller', 'Keller', 'Weber', 'Schneider', 'Rochat', 'Favre', 'Brunner', 'Frei'],
    mail: [
      ['gmail.com', 35],
      ['bluewin.ch', 22],
      ['gmx.ch', 10],
      ['hispeed.ch', 6],
      ['icloud.com', 12],
      ['outlook.com', 8],
    ],
  },
  NL: {
    first: ['Daan', 'Emma', 'Sem', 'Julia', 'Lotte', 'Bram', 'Sanne', 'Thijs', 'Fleur', 'Ruben'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer'],
    mail: [
      ['gmail.com', 40],
      ['hotmail.com', 18],
      ['outlook.com', 10],
      ['ziggo.nl', 8],
      ['kpnmail.nl', 6],
      ['icloud.com', 10],
      ['live.nl', 5],
    ],
  },
  BE: {
    first: ['Lucas', 'Louise', 'Arthur', 'Marie', 'Lars', 'Elise', 'Thomas', 'Camille', 'Wout'],
    last: ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Wouters', 'Dupont'],
    mail: [
      ['gmail.com', 40],
      ['hotmail.com', 15],
      ['telenet.be', 15],
      ['skynet.be', 8],
      ['outlook.com', 8],
      ['icloud.com', 8],
    ],
  },
  LU: {
    first: ['Luc', 'Léa', 'Max', 'Emma', 'Tom', 'Sophie'],
    last: ['Schmit', 'Muller', 'Weber', 'Hoffmann', 'Wagner', 'Thill'],
    mail: [
      ['gmail.com', 45],
      ['pt.lu', 20],
      ['hotmail.com', 12],
      ['icloud.com', 10],
    ],
  },
  PL: {
    first: ['Jakub', 'Zuzanna', 'Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Agnieszka', 'Michał', 'Marta'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański'],
    mail: [
      ['gmail.com', 45],
      ['wp.pl', 18],
      ['o2.pl', 12],
      ['onet.pl', 10],
      ['interia.pl', 8],
    ],
  },
  IR: {
    first: ['Reza', 'Maryam', 'Ali', 'Sara', 'Mohammad', 'Zahra', 'Amir', 'Neda'],
    last: ['Hosseini', 'Rahimi', 'Karimi', 'Ahmadi', 'Moradi', 'Tehrani'],
    mail: [
      ['gmail.com', 55],
      ['yahoo.com', 30],
      ['chmail.ir', 10],
    ],
  },
  SY: {
    first: ['Ahmad', 'Lina', 'Omar', 'Rania', 'Khaled', 'Nour'],
    last: ['Haddad', 'Khoury', 'Al-Hassan', 'Darwish', 'Nasser'],
    mail: [
      ['gmail.com', 60],
      ['hotmail.com', 25],
      ['yahoo.com', 15],
    ],
  },
  CU: {
    first: ['Yunior', 'Yanelis', 'Carlos', 'Dayana', 'Yoandy', 'Mailyn'],
    last: ['Rodríguez', 'Pérez', 'González', 'Hernández', 'Díaz'],
    mail: [
      ['nauta.cu', 45],
      ['gmail.com', 45],
      ['yahoo.com', 10],
    ],
  },
  KP: {
    first: ['Chol', 'Song', 'Myong', 'Hyok', 'Un'],
    last: ['Kim', 'Ri', 'Pak', 'Choe', 'Jang'],
    mail: [
      ['gmail.com', 60],
      ['outlook.com', 40],
    ],
  },
};

/** Cardholders and fraudsters outside the markets. */
const WORLD: Naming = {
  first: ['James', 'Mary', 'John', 'Linda', 'Michael', 'Sarah', 'David', 'Laura', 'Carlos', 'Marco', 'Emily'],
  last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Rossi', 'Martin', 'Wilson'],
  mail: [
    ['gmail.com', 55],
    ['yahoo.com', 15],
    ['outlook.com', 15],
    ['hotmail.com', 10],
    ['aol.com', 3],
  ],
};

function naming(country: string): Naming {
  return NAMING[country] ?? WORLD;
}

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, country: string): Person {
  const local = naming(country);
  const first = rng.pick(local.first);
  const last = rng.pick(local.last);
  return { first, last, name: `${first} ${last}` };
}

const SPECIAL: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd' };

/** `Søren Møller` → `soren.moller`-style parts: mailboxes are ASCII. */
export function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæßłđ]/g, (letter) => SPECIAL[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The many shapes of a personal address: anna.berg, annaberg84, a.berg, berg.anna, anna_b. */
export function personalEmail(rng: Rng, who: Person, country: string): string {
  const first = ascii(who.first);
  const last = ascii(who.last);
  const year = String(rng.int(55, 105) % 100).padStart(2, '0');
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 30],
    [`${first}${last}`, 12],
    [`${first}${last}${year}`, 14],
    [`${first.charAt(0)}.${last}`, 10],
    [`${last}.${first}`, 6],
    [`${first}_${last.charAt(0)}${rng.int(1, 999)}`, 8],
    [`${first}.${last}${rng.int(1, 9)}`, 8],
    [`${first}${year}`, 6],
  ]);
  return `${local}@${rng.weightedPick(naming(country).mail)}`;
}

/** Apple Hide My Email, Firefox Relay, DuckDuckGo and SimpleLogin: random local parts by design. */
export function relayEmail(rng: Rng): string {
  return rng.weightedPick<string>([
    [`${rng.token(10)}@privaterelay.appleid.com`, 62],
    [`${rng.token(9)}@mozmail.com`, 14],
    [`${rng.token(12)}@duck.com`, 16],
    [`${rng.token(8)}.${rng.token(4)}@simplelogin.com`, 8],
  ]);
}

const DISPOSABLE = [
  'mailinator.com',
  'guerrillamail.com',
  'yopmail.com',
  '10minutemail.com',
  'temp-mail.org',
  'sharklasers.com',
  'trashmail.com',
  'maildrop.cc',
  'dispostable.com',
  'grr.la',
];

export function disposableEmail(rng: Rng, who?: Person): string {
  const local =
    who && rng.chance(0.4) ? `${ascii(who.first)}${rng.int(10, 9999)}` : rng.token(rng.int(7, 12));
  return `${local}@${rng.pick(DISPOSABLE)}`;
}

/** What checkout bots type: generated names with digits, or keyboard noise, at the big free providers. */
export function botEmail(rng: Rng, who: Person): string {
  const local = rng.chance(0.6)
    ? `${ascii(who.first)}${ascii(who.last)}${rng.int(100, 99999)}`
    : `${rng.token(rng.int(6, 11))}`;
  return `${local}@${rng.weightedPick(WORLD.mail)}`;
}

const STUDIO_WORDS: Readonly<Record<string, readonly string[]>> = {
  SE: ['Inredning', 'Arkitektkontor', 'Kontorsservice', 'Studio'],
  NO: ['Interiør', 'Arkitekter', 'Kontor', 'Studio'],
  DK: ['Indretning', 'Arkitekter', 'Kontor', 'Studio'],
  FI: ['Sisustus', 'Arkkitehdit', 'Toimisto', 'Studio'],
  DE: ['Raumdesign', 'Innenarchitektur', 'Büro', 'Atelier'],
  AT: ['Raumdesign', 'Innenarchitektur', 'Büro', 'Atelier'],
  CH: ['Innenarchitektur', 'Atelier', 'Büro', 'Studio'],
  NL: ['Interieur', 'Architecten', 'Kantoor', 'Studio'],
};

export interface Company {
  name: string;
  domain: string;
}

/** A small interior-design studio or office: `Studio Lindqvist`, `Berg Inredning AB`. */
export function company(rng: Rng, country: string, founder: Person): Company {
  const word = rng.pick(STUDIO_WORDS[country] ?? ['Studio', 'Design', 'Office']);
  const tld = country === 'AT' ? 'at' : country === 'CH' ? 'ch' : country.toLowerCase();
  const base = ascii(founder.last);
  return {
    name: `${founder.last} ${word}`,
    domain: `${base}${rng.chance(0.5) ? ascii(word) : rng.pick(['design', 'interior', 'studio', 'kontor'])}.${tld}`,
  };
}

/** Mailboxes at a company: a person, or the shared purchasing inbox that places most trade orders. */
export function businessEmail(rng: Rng, who: Person, domain: string): string {
  const shared = rng.pick(['orders', 'purchasing', 'office', 'info', 'admin']);
  return rng.chance(0.6) ? `${ascii(who.first)}.${ascii(who.last)}@${domain}` : `${shared}@${domain}`;
}
