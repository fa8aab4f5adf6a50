import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where Bloemhuis delivers (seven EU countries) and where its buyers sit: those seven plus the UK, the US and
 * Switzerland (expats and family abroad). UTC offsets are February's; cities carry real-looking postal codes.
 */

export type Country = 'NL' | 'BE' | 'DE' | 'FR' | 'AT' | 'DK' | 'ES' | 'GB' | 'US' | 'CH';

const num = (rng: Rng, lo: number, hi: number) => String(rng.int(lo, hi));

/** Postal codes are drawn from each city's own range. */
type Gen = (rng: Rng) => string;
const nl =
  (lo: number, hi: number): Gen =>
  (r) =>
    `${num(r, lo, hi)} ${r.token(2, 'ABCDEGHJKLMNPRSTVWXZ')}`;
const range =
  (lo: number, hi: number, width = 0): Gen =>
  (r) =>
    num(r, lo, hi).padStart(width, '0');

const CITIES: Record<Country, ReadonlyArray<readonly [string, Gen]>> = {
  NL: [
    ['Amsterdam', nl(1011, 1109)],
    ['Rotterdam', nl(3011, 3089)],
    ['Den Haag', nl(2491, 2597)],
    ['Utrecht', nl(3511, 3585)],
    ['Eindhoven', nl(5611, 5658)],
    ['Groningen', nl(9711, 9747)],
    ['Haarlem', nl(2011, 2036)],
    ['Aalsmeer', nl(1431, 1433)],
    ['Amstelveen', nl(1181, 1189)],
    ['Leiden', nl(2311, 2334)],
    ['Nijmegen', nl(6511, 6546)],
    ['Zwolle', nl(8011, 8047)],
  ],
  BE: [
    ['Antwerpen', range(2000, 2660)],
    ['Gent', range(9000, 9052)],
    ['Brussel', range(1000, 1210)],
    ['Leuven', range(3000, 3012)],
    ['Brugge', range(8000, 8310)],
    ['Liège', range(4000, 4032)],
  ],
  DE: [
    ['Berlin', range(10115, 14199)],
    ['Hamburg', range(20095, 22769)],
    ['München', range(80331, 81929)],
    ['Köln', range(50667, 51149)],
    ['Düsseldorf', range(40210, 40629)],
    ['Frankfurt am Main', range(60306, 60599)],
    ['Münster', range(48143, 48167)],
  ],
  FR: [
    ['Paris', range(75001, 75020)],
    ['Lyon', range(69001, 69009)],
    ['Lille', range(59000, 59800)],
    ['Bordeaux', range(33000, 33800)],
    ['Strasbourg', range(67000, 67200)],
  ],
  AT: [
    ['Wien', range(1010, 1230)],
    ['Graz', range(8010, 8055)],
    ['Linz', range(4020, 4040)],
    ['Salzburg', range(5020, 5026)],
  ],
  DK: [
    ['København', range(1050, 2450)],
    ['Aarhus', range(8000, 8270)],
    ['Odense', range(5000, 5270)],
  ],
  ES: [
    ['Madrid', range(28001, 28055, 5)],
    ['Barcelona', range(8001, 8042, 5)],
    ['Málaga', range(29001, 29018, 5)],
    ['Valencia', range(46001, 46026, 5)],
    ['Alicante', range(3001, 3016, 5)],
  ],
  GB: [
    [
      'London',
      (r) =>
        `${r.pick(['SW', 'SE', 'N', 'E', 'NW', 'W'])}${r.int(1, 19)} ${r.int(1, 9)}${r.token(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    ],
    ['Manchester', (r) => `M${r.int(1, 40)} ${r.int(1, 9)}${r.token(2, 'ABDEFGHJLNPQRSTUWXYZ')}`],
    ['Edinburgh', (r) => `EH${r.int(1, 17)} ${r.int(1, 9)}${r.token(2, 'ABDEFGHJLNPQRSTUWXYZ')}`],
  ],
  US: [
    ['New York', range(10001, 10282)],
    ['San Francisco', range(94102, 94134)],
    ['Chicago', range(60601, 60661)],
    ['Boston', range(2108, 2215, 5)],
  ],
  CH: [
    ['Zürich', range(8001, 8064)],
    ['Genève', range(1201, 1209)],
    ['Basel', range(4001, 4059)],
  ],
};

const STREETS: Record<Country, readonly string[]> = {
  NL: [
    'Kerkstraat',
    'Dorpsstraat',
    'Molenweg',
    'Stationsweg',
    'Julianalaan',
    'Prinsengracht',
    'Lindelaan',
    'Tulpstraat',
  ],
  BE: ['Kerkstraat', 'Stationsstraat', 'Rue de la Station', 'Nieuwstraat', 'Dorpstraat', 'Meir'],
  DE: ['Hauptstraße', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Lindenstraße', 'Bergstraße'],
  FR: ['Rue de la République', 'Rue Victor Hugo', 'Avenue Jean Jaurès', 'Rue Pasteur', 'Rue des Écoles'],
  AT: ['Hauptstraße', 'Mariahilfer Straße', 'Bahnhofstraße', 'Kirchengasse', 'Landstraßer Hauptstraße'],
  DK: ['Vesterbrogade', 'Nørregade', 'Østergade', 'Strandvejen', 'Jagtvej'],
  ES: ['Calle Mayor', 'Calle Real', 'Avenida de la Constitución', 'Calle del Sol', 'Paseo Marítimo'],
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue'],
  US: ['Main St', 'Oak Ave', 'Maple St', '2nd Ave', 'Washington St'],
  CH: ['Bahnhofstrasse', 'Seestrasse', 'Rue du Rhône', 'Dorfstrasse'],
};

const DUTCH_FIRST = [
  'Daan',
  'Sem',
  'Lucas',
  'Jesse',
  'Thijs',
  'Sanne',
  'Lotte',
  'Emma',
  'Fleur',
  'Anouk',
  'Ruud',
  'Marieke',
  'Bram',
  'Joost',
  'Femke',
  'Priya',
  'Mohamed',
  'Yasmina',
];
const DUTCH_LAST = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'El Amrani',
  'Yılmaz',
];
const FIRST: Record<Country, readonly string[]> = {
  NL: DUTCH_FIRST,
  BE: ['Lars', 'Wout', 'Jana', 'Lien', 'Elise', 'Arthur', 'Louise', 'Maxime', 'Noah', 'Marie'],
  DE: ['Lukas', 'Jonas', 'Leonie', 'Hannah', 'Felix', 'Anna', 'Tobias', 'Katrin', 'Jan', 'Mia'],
  FR: ['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Julien', 'Manon', 'Thomas'],
  AT: ['Lukas', 'Anna', 'Florian', 'Sophie', 'Stefan', 'Julia', 'Matthias'],
  DK: ['Mads', 'Freja', 'Emil', 'Ida', 'Mikkel', 'Sofie', 'Rasmus'],
  ES: ['Lucía', 'Pablo', 'Sofía', 'Javier', 'Marta', 'Alejandro', 'Carmen'],
  GB: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Sophie', 'James'],
  US: ['Michael', 'Emily', 'Jacob', 'Olivia', 'Daniel', 'Ashley', 'Ryan'],
  CH: ['Luca', 'Laura', 'Noah', 'Lea', 'Nicolas', 'Chiara'],
};
const LAST: Record<Country, readonly string[]> = {
  NL: DUTCH_LAST,
  BE: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Dubois', 'Lambert', 'Willems', 'Wouters'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Petit', 'Durand', 'Moreau', 'Laurent'],
  AT: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner'],
  DK: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen'],
  ES: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans'],
  US: ['Johnson', 'Williams', 'Miller', 'Davis', 'Garcia', 'Anderson'],
  CH: ['Müller', 'Meier', 'Keller', 'Favre', 'Rossi', 'Brunner'],
};
const MAIL: Record<Country, readonly string[]> = {
  NL: ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'icloud.com'],
  BE: ['gmail.com', 'telenet.be', 'skynet.be', 'hotmail.com', 'outlook.be'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'outlook.de'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net'],
  AT: ['gmail.com', 'gmx.at', 'aon.at', 'outlook.com'],
  DK: ['gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
  GB: ['gmail.com', 'outlook.com', 'btinternet.com', 'icloud.com'],
  US: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
  CH: ['gmail.com', 'bluewin.ch', 'gmx.ch'],
};

export const PLACES: Record<Country, { tz: number; locale: string; courier: 'own' | 'partner' | 'none' }> = {
  NL: { tz: 1, locale: 'nl-NL', courier: 'own' },
  BE: { tz: 1, locale: 'nl-BE', courier: 'own' },
  DE: { tz: 1, locale: 'de-DE', courier: 'partner' },
  FR: { tz: 1, locale: 'fr-FR', courier: 'partner' },
  AT: { tz: 1, locale: 'de-AT', courier: 'partner' },
  DK: { tz: 1, locale: 'da-DK', courier: 'partner' },
  ES: { tz: 1, locale: 'es-ES', courier: 'partner' },
  GB: { tz: 0, locale: 'en-GB', courier: 'none' },
  US: { tz: -5, locale: 'en-US', courier: 'none' },
  CH: { tz: 1, locale: 'de-CH', courier: 'none' },
};

/** Where the shop delivers. */
export const DELIVERY: readonly Country[] = ['NL', 'BE', 'DE', 'FR', 'AT', 'DK', 'ES'];

/** Buyers' home countries among honest orders, by share. */
export const MARKETS: Readonly<Record<Country, number>> = {
  NL: 40,
  BE: 14,
  DE: 19,
  FR: 8,
  AT: 5,
  DK: 4,
  ES: 5,
  GB: 2.5,
  US: 1.5,
  CH: 1,
};

/** An address in `country`: a city, a postal code from its range, a street and number. */
export function addressIn(rng: Rng, country: Country): Address {
  const [city, gen] = rng.pick(CITIES[country]);
  const street = rng.pick(STREETS[country]);
  const no = rng.int(1, 180);
  const line1 =
    country === 'FR' || country === 'GB' || country === 'US' ? `${no} ${street}` : `${street} ${no}`;
  return { country, postalCode: gen(rng), city, line1 };
}

/** A person's name as people of `country` are named (mixed: expats, second generations). */
export function personIn(rng: Rng, country: Country): string {
  return `${rng.pick(FIRST[country])} ${rng.pick(LAST[country])}`;
}

/** An e-mail address for a name, at a provider common in `country`. */
export function mailFor(rng: Rng, name: string, country: Country): string {
  const plain = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .filter(Boolean);
  const local = rng.weightedPick<string>([
    [plain.join('.'), 4],
    [`${plain[0] ?? 'x'}${plain[plain.length - 1] ?? ''}${rng.int(1, 99)}`, 3],
    [`${(plain[0] ?? 'x').charAt(0)}.${plain.slice(1).join('')}`, 2],
  ]);
  return `${local}@${rng.pick(MAIL[country])}`;
}
