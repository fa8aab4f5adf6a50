import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** Cities with postal codes and streets, the names people carry, and how they write their e-mail. */

export type Market = 'TN' | 'FR' | 'IT' | 'DE' | 'BE';

const CITIES: Record<Market, ReadonlyArray<readonly [string, string]>> = {
  TN: [
    ['Tunis', '1000'],
    ['Ariana', '2080'],
    ['La Marsa', '2070'],
    ['Ben Arous', '2013'],
    ['Le Bardo', '2000'],
    ['Sousse', '4000'],
    ['Sfax', '3000'],
    ['Monastir', '5000'],
    ['Nabeul', '8000'],
    ['Bizerte', '7000'],
    ['Gabès', '6000'],
    ['Kairouan', '3100'],
    ['Houmt Souk', '4180'],
    ['Médenine', '4100'],
    ['Gafsa', '2100'],
    ['Tozeur', '2200'],
    ['Kébili', '4200'],
    ['Mahdia', '5100'],
    ['Hammamet', '8050'],
  ],
  FR: [
    ['Paris', '75018'],
    ['Paris', '75019'],
    ['Paris', '75020'],
    ['Saint-Denis', '93200'],
    ['Aubervilliers', '93300'],
    ['Marseille', '13003'],
    ['Marseille', '13015'],
    ['Lyon', '69007'],
    ['Vénissieux', '69200'],
    ['Nice', '06300'],
    ['Grenoble', '38000'],
    ['Toulouse', '31000'],
    ['Lille', '59000'],
    ['Strasbourg', '67000'],
    ['Montpellier', '34000'],
    ['Nanterre', '92000'],
  ],
  IT: [
    ['Milano', '20127'],
    ['Roma', '00185'],
    ['Torino', '10152'],
    ['Palermo', '90133'],
    ['Mazara del Vallo', '91026'],
    ['Bologna', '40126'],
    ['Genova', '16128'],
    ['Modena', '41121'],
  ],
  DE: [
    ['Berlin', '12043'],
    ['Hamburg', '20095'],
    ['München', '80335'],
    ['Frankfurt am Main', '60311'],
    ['Köln', '50667'],
    ['Düsseldorf', '40210'],
    ['Stuttgart', '70173'],
  ],
  BE: [
    ['Bruxelles', '1000'],
    ['Molenbeek-Saint-Jean', '1080'],
    ['Schaerbeek', '1030'],
    ['Liège', '4000'],
    ['Antwerpen', '2000'],
    ['Charleroi', '6000'],
  ],
};

const STREETS: Record<Market, readonly string[]> = {
  TN: [
    'Avenue Habib Bourguiba',
    'Rue Ibn Khaldoun',
    'Rue de Marseille',
    'Avenue de la Liberté',
    'Rue Mongi Slim',
    'Route de Tunis km 5',
    'Rue Farhat Hached',
    'Cité El Ghazala',
    'Avenue Hédi Chaker',
    'Rue Abou El Kacem Chebbi',
  ],
  FR: [
    'rue Myrha',
    'boulevard de Belleville',
    'rue de la République',
    'avenue Jean Jaurès',
    'rue Pasteur',
    'boulevard National',
    'rue Victor Hugo',
    'allée des Tilleuls',
  ],
  IT: ['Via Padova', 'Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi', 'Via Mazzini'],
  DE: ['Sonnenallee', 'Hauptstraße', 'Bahnhofstraße', 'Kaiserstraße', 'Schillerstraße'],
  BE: ['Chaussée de Gand', 'Rue Haute', 'Avenue Louise', 'Boulevard Léopold II', 'Rue de Brabant'],
};

export function addressIn(rng: Rng, country: Market): Address {
  const [city, postalCode] = rng.pick(CITIES[country]);
  return { country, postalCode, city, line1: `${rng.int(1, 140)} ${rng.pick(STREETS[country])}` };
}

const TN_FIRST = [
  'Mohamed',
  'Ahmed',
  'Amine',
  'Youssef',
  'Sami',
  'Hamza',
  'Mehdi',
  'Karim',
  'Walid',
  'Nizar',
  'Anis',
  'Bilel',
  'Fatma',
  'Amira',
  'Ines',
  'Mariem',
  'Sarra',
  'Rim',
  'Leila',
  'Olfa',
  'Salma',
  'Yosra',
  'Khaoula',
  'Houda',
  'Aziza',
  'Hela',
];
const TN_LAST = [
  'Trabelsi',
  'Ben Salah',
  'Gharbi',
  'Jlassi',
  'Hammami',
  'Mejri',
  'Ayari',
  'Chaabane',
  'Karoui',
  'Jebali',
  'Dridi',
  'Sassi',
  'Ben Ammar',
  'Zouari',
  'Ellouze',
  'Kammoun',
  'Ferchichi',
  'Ben Youssef',
  'Mansouri',
  'Baccouche',
  'Khelifi',
  'Bouzid',
  'Masmoudi',
  'Chérif',
];
const EU_NAMES: Record<Exclude<Market, 'TN'>, readonly [readonly string[], readonly string[]]> = {
  FR: [
    ['Julien', 'Camille', 'Sophie', 'Nicolas', 'Claire', 'Thomas', 'Élodie'],
    ['Martin', 'Dubois', 'Moreau', 'Laurent', 'Garnier', 'Roux'],
  ],
  IT: [
    ['Marco', 'Giulia', 'Luca', 'Francesca', 'Paolo'],
    ['Rossi', 'Russo', 'Bianchi', 'Romano', 'Colombo'],
  ],
  DE: [
    ['Lukas', 'Anna', 'Jonas', 'Laura', 'Stefan'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber'],
  ],
  BE: [
    ['Lotte', 'Thomas', 'Sarah', 'Pieter', 'Manon'],
    ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Dupont'],
  ],
};

/** A Tunisian name (at home or in the diaspora) or, with `local`, a name of that European country. */
export function personName(rng: Rng, country: Market, tunisian: boolean): string {
  if (tunisian || country === 'TN') return `${rng.pick(TN_FIRST)} ${rng.pick(TN_LAST)}`;
  const [first, last] = EU_NAMES[country];
  return `${rng.pick(first)} ${rng.pick(last)}`;
}

const MAIL: Record<Market, ReadonlyArray<readonly [string, number]>> = {
  TN: [
    ['gmail.com', 70],
    ['yahoo.fr', 12],
    ['hotmail.com', 8],
    ['topnet.tn', 4],
    ['planet.tn', 2],
    ['outlook.fr', 4],
  ],
  FR: [
    ['gmail.com', 50],
    ['hotmail.fr', 15],
    ['yahoo.fr', 8],
    ['orange.fr', 10],
    ['free.fr', 7],
    ['outlook.fr', 10],
  ],
  IT: [
    ['gmail.com', 55],
    ['libero.it', 20],
    ['hotmail.it', 12],
    ['virgilio.it', 8],
    ['outlook.it', 5],
  ],
  DE: [
    ['gmail.com', 40],
    ['gmx.de', 25],
    ['web.de', 20],
    ['t-online.de', 8],
    ['outlook.de', 7],
  ],
  BE: [
    ['gmail.com', 55],
    ['hotmail.com', 15],
    ['skynet.be', 10],
    ['telenet.be', 12],
    ['outlook.be', 8],
  ],
};

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

export function emailOf(rng: Rng, name: string, country: Market): string {
  const [first = 'x', ...rest] = name.split(' ');
  const last = slug(rest.join(' '));
  const local = rng.weightedPick<string>([
    [`${slug(first)}.${last}`, 3],
    [`${slug(first)}${last.replace(/\./g, '')}${rng.int(1, 99)}`, 3],
    [`${slug(first).charAt(0)}${last.replace(/\./g, '')}`, 2],
    [`${slug(first)}_${rng.int(1980, 2006)}`, 2],
  ]);
  return `${local}@${rng.weightedPick(MAIL[country])}`;
}

/** A phone as the checkout asks for it: +216 and eight digits at home (2x, 5x, 9x mobiles), the local format abroad. */
export function phoneIn(rng: Rng, country: Market): string {
  if (country === 'TN')
    return `+216 ${rng.pick(['2', '5', '9', '4'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`;
  if (country === 'FR')
    return `+33 ${rng.pick(['6', '7'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
  if (country === 'IT') return `+39 3${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`;
  if (country === 'DE') return `+49 1${rng.pick(['5', '6', '7'])}${rng.digits(1)} ${rng.digits(7)}`;
  return `+32 4${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
}

export const LOCALE: Record<Market, readonly string[]> = {
  TN: ['fr-TN', 'ar-TN', 'fr-TN'],
  FR: ['fr-FR'],
  IT: ['it-IT', 'fr-FR'],
  DE: ['de-DE', 'fr-FR'],
  BE: ['fr-BE', 'nl-BE'],
};
