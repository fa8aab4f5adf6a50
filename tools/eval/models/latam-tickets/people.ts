import { type Rng } from '../kit/random.js';

/**
 * Names, e-mail addresses, devices and cards of the people in the model. Spanish, Portuguese and Italian
 * naming (two surnames in Spain and Mexico, long Brazilian names), local mail providers, Android-heavy
 * Brazil and Mexico, iPhone-heavy tourists; cards from local issuers with real-looking BIN prefixes.
 */

const FIRST: Readonly<Record<string, readonly string[]>> = {
  es: [
    'Lucía',
    'Hugo',
    'Martina',
    'Pablo',
    'Carmen',
    'Javier',
    'Alba',
    'Sergio',
    'Paula',
    'Álvaro',
    'Marta',
    'Iker',
  ],
  mx: [
    'Ximena',
    'Santiago',
    'Valeria',
    'Diego',
    'Fernanda',
    'Emiliano',
    'Guadalupe',
    'José Luis',
    'Regina',
    'Mateo',
  ],
  pt: ['Beatriz', 'João', 'Inês', 'Tiago', 'Mariana', 'Rodrigo', 'Leonor', 'Duarte'],
  br: [
    'Ana Clara',
    'Gabriel',
    'Juliana',
    'Lucas',
    'Larissa',
    'Pedro Henrique',
    'Camila',
    'Thiago',
    'Letícia',
    'Rafael',
  ],
  it: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Francesca', 'Alessandro', 'Sofia', 'Davide'],
  en: [
    'Emma',
    'James',
    'Olivia',
    'Noah',
    'Sarah',
    'Tom',
    'Hannah',
    'Lukas',
    'Camille',
    'Pieter',
    'Ngozi',
    'Minh',
  ],
};
const LAST: Readonly<Record<string, readonly string[]>> = {
  es: [
    'García',
    'Fernández',
    'López',
    'Martínez',
    'Sánchez',
    'Romero',
    'Navarro',
    'Torres',
    'Ruiz',
    'Iglesias',
  ],
  mx: [
    'Hernández',
    'González',
    'Ramírez',
    'Flores',
    'Cruz',
    'Morales',
    'Reyes',
    'Jiménez',
    'Vázquez',
    'Castillo',
  ],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins'],
  br: [
    'da Silva',
    'dos Santos',
    'Oliveira',
    'Souza',
    'Lima',
    'Pereira',
    'Carvalho',
    'Almeida',
    'Ribeiro',
    'Gomes',
  ],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  en: ['Smith', 'Miller', 'Brown', 'Schneider', 'Dubois', 'de Vries', 'Okafor', 'Nguyen', 'Walsh', 'Taylor'],
};
const LANG: Readonly<Record<string, string>> = {
  ES: 'es',
  MX: 'mx',
  AR: 'mx',
  CO: 'mx',
  CL: 'mx',
  CU: 'mx',
  PT: 'pt',
  BR: 'br',
  IT: 'it',
};
const MAIL: Readonly<Record<string, readonly string[]>> = {
  es: ['gmail.com', 'hotmail.com', 'hotmail.es', 'outlook.es', 'yahoo.es', 'telefonica.net'],
  mx: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx'],
  pt: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'],
  br: ['gmail.com', 'hotmail.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br', 'outlook.com'],
  it: ['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'alice.it'],
  en: ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com', 'web.de', 'orange.fr'],
};
export const DISPOSABLE = [
  'yopmail.com',
  'sharklasers.com',
  '10minutemail.net',
  'tempmail.dev',
  'mailpoof.com',
];

export interface Person {
  name: string;
  email: string;
  home: string;
}

const langOf = (code: string) => LANG[code] ?? 'en';
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

export function nameIn(rng: Rng, code: string): string {
  const lang = langOf(code);
  const first = rng.pick(FIRST[lang] ?? []);
  const last = rng.pick(LAST[lang] ?? []);
  if (lang === 'es' || lang === 'mx') return `${first} ${last} ${rng.pick(LAST[lang] ?? [])}`;
  if (lang === 'br' && rng.chance(0.5)) return `${first} ${rng.pick(LAST[lang] ?? [])} ${last}`;
  return `${first} ${last}`;
}

export function emailFor(rng: Rng, name: string, code: string): string {
  const parts = name.split(' ').map(ascii).filter(Boolean);
  const [first = 'user', second = 'x'] = parts;
  const local = rng.pick([
    `${first}.${second}`,
    `${first}${second}${rng.int(1, 99)}`,
    `${first[0] ?? 'u'}${second}`,
    `${first}_${rng.int(1970, 2006)}`,
    `${second}.${first}${rng.int(1, 9)}`,
  ]);
  return `${local}@${rng.pick(MAIL[langOf(code)] ?? [])}`;
}

export function personIn(rng: Rng, code: string): Person {
  const name = nameIn(rng, code);
  return { name, email: emailFor(rng, name, code), home: code };
}

/** Apple's Hide My Email style relay address. */
export const relayEmail = (rng: Rng) =>
  `${rng.token(10, 'abcdefghijklmnopqrstuvwxyz')}_${rng.token(4)}@privaterelay.appleid.com`;
