import { type Rng } from '../kit/random.js';

/** First and family names and the e-mail providers people use, by country. */

const FIRST: Readonly<Record<string, readonly string[]>> = {
  IT: [
    'Giulia',
    'Marco',
    'Francesca',
    'Luca',
    'Chiara',
    'Alessandro',
    'Sara',
    'Andrea',
    'Elena',
    'Giuseppe',
    'Martina',
    'Davide',
    'Anna',
    'Matteo',
    'Rosa',
    'Salvatore',
  ],
  ES: [
    'Lucía',
    'Javier',
    'María',
    'Carlos',
    'Carmen',
    'David',
    'Laura',
    'Alejandro',
    'Marta',
    'Pablo',
    'Ana',
    'Sergio',
    'Paula',
    'Jorge',
    'Cristina',
    'Antonio',
  ],
  PL: [
    'Anna',
    'Piotr',
    'Katarzyna',
    'Tomasz',
    'Magdalena',
    'Paweł',
    'Agnieszka',
    'Michał',
    'Joanna',
    'Krzysztof',
    'Aleksandra',
    'Marcin',
    'Monika',
    'Jakub',
  ],
  RO: [
    'Andreea',
    'Andrei',
    'Elena',
    'Alexandru',
    'Ioana',
    'Mihai',
    'Maria',
    'Ionuț',
    'Cristina',
    'Florin',
    'Alina',
    'Gabriel',
    'Roxana',
    'Vlad',
  ],
  GR: [
    'Maria',
    'Giorgos',
    'Eleni',
    'Dimitris',
    'Katerina',
    'Nikos',
    'Sofia',
    'Kostas',
    'Vasiliki',
    'Giannis',
    'Angeliki',
    'Panagiotis',
  ],
  DE: ['Thomas', 'Sabine', 'Michael', 'Petra', 'Stefan', 'Claudia', 'Jürgen', 'Andrea'],
  GB: ['James', 'Sarah', 'David', 'Emma', 'Paul', 'Claire', 'Mark', 'Helen'],
  FR: ['Nicolas', 'Isabelle', 'Laurent', 'Nathalie'],
  NL: ['Jeroen', 'Anouk', 'Bram', 'Femke'],
  CH: ['Urs', 'Monika', 'Reto', 'Barbara'],
  SE: ['Lars', 'Karin', 'Anders', 'Eva'],
  NO: ['Ola', 'Kari', 'Erik', 'Ingrid'],
  US: ['Michael', 'Jennifer', 'Robert', 'Jessica', 'William', 'Ashley'],
  UA: ['Olena', 'Oleksandr', 'Iryna', 'Andrii', 'Nataliia', 'Serhii', 'Yuliia', 'Dmytro'],
  MD: ['Ion', 'Natalia', 'Vasile', 'Olga'],
  AL: ['Arben', 'Elona', 'Erion', 'Blerina'],
  NG: ['Chinedu', 'Ngozi', 'Emeka', 'Funmilayo'],
  RU: ['Dmitry', 'Ekaterina', 'Sergey', 'Anastasia'],
  BY: ['Aliaksandr', 'Volha', 'Siarhei', 'Tatsiana'],
  IR: ['Reza', 'Maryam', 'Ali', 'Fatemeh'],
  SY: ['Omar', 'Lina', 'Khaled', 'Rasha'],
};

const LAST: Readonly<Record<string, readonly string[]>> = {
  IT: [
    'Rossi',
    'Russo',
    'Ferrari',
    'Esposito',
    'Bianchi',
    'Romano',
    'Colombo',
    'Ricci',
    'Marino',
    'Greco',
    'Bruno',
    'Gallo',
    'Conti',
    'De Luca',
    'Costa',
  ],
  ES: [
    'García',
    'Fernández',
    'González',
    'Rodríguez',
    'López',
    'Martínez',
    'Sánchez',
    'Pérez',
    'Gómez',
    'Martín',
    'Jiménez',
    'Ruiz',
    'Hernández',
    'Díaz',
  ],
  PL: [
    'Nowak',
    'Kowalski',
    'Wiśniewska',
    'Wójcik',
    'Kowalczyk',
    'Kamiński',
    'Lewandowska',
    'Zieliński',
    'Szymańska',
    'Woźniak',
    'Dąbrowski',
    'Kozłowska',
  ],
  RO: [
    'Popescu',
    'Ionescu',
    'Popa',
    'Pop',
    'Radu',
    'Dumitru',
    'Stan',
    'Stoica',
    'Gheorghe',
    'Matei',
    'Munteanu',
    'Constantin',
  ],
  GR: [
    'Papadopoulos',
    'Papadopoulou',
    'Georgiou',
    'Nikolaidis',
    'Oikonomou',
    'Vlachos',
    'Dimitriou',
    'Pappas',
    'Karagianni',
    'Makris',
  ],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Moreau'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'Bakker'],
  CH: ['Meier', 'Keller', 'Huber', 'Brunner'],
  SE: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson'],
  NO: ['Hansen', 'Johansen', 'Olsen', 'Larsen'],
  US: ['Johnson', 'Miller', 'Davis', 'Anderson', 'Thomas', 'Moore'],
  UA: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko'],
  MD: ['Rusu', 'Ceban', 'Ciobanu', 'Lungu'],
  AL: ['Hoxha', 'Shehu', 'Krasniqi', 'Gjoka'],
  NG: ['Okafor', 'Adeyemi', 'Eze', 'Balogun'],
  RU: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova'],
  BY: ['Kazlou', 'Novikava', 'Marozau', 'Kavaliova'],
  IR: ['Ahmadi', 'Hosseini', 'Rezaei', 'Mohammadi'],
  SY: ['Al-Hassan', 'Haddad', 'Khoury', 'Al-Masri'],
};

/** Providers by country, most used first; webmail everywhere, the old national portals still in use. */
const PROVIDERS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  IT: [
    ['gmail.com', 50],
    ['libero.it', 14],
    ['hotmail.it', 9],
    ['yahoo.it', 6],
    ['virgilio.it', 4],
    ['alice.it', 4],
    ['outlook.it', 4],
    ['icloud.com', 6],
    ['tiscali.it', 2],
  ],
  ES: [
    ['gmail.com', 58],
    ['hotmail.com', 14],
    ['hotmail.es', 7],
    ['yahoo.es', 6],
    ['outlook.es', 5],
    ['icloud.com', 7],
    ['telefonica.net', 2],
  ],
  PL: [
    ['gmail.com', 45],
    ['wp.pl', 15],
    ['o2.pl', 10],
    ['onet.pl', 9],
    ['interia.pl', 9],
    ['op.pl', 4],
    ['icloud.com', 4],
  ],
  RO: [
    ['yahoo.com', 34],
    ['gmail.com', 48],
    ['yahoo.ro', 8],
    ['hotmail.com', 5],
    ['icloud.com', 3],
  ],
  GR: [
    ['gmail.com', 55],
    ['yahoo.gr', 14],
    ['hotmail.com', 12],
    ['otenet.gr', 5],
    ['windowslive.com', 3],
    ['icloud.com', 6],
  ],
  DE: [
    ['gmx.de', 30],
    ['web.de', 25],
    ['gmail.com', 30],
    ['t-online.de', 15],
  ],
  GB: [
    ['gmail.com', 45],
    ['hotmail.co.uk', 20],
    ['btinternet.com', 15],
    ['yahoo.co.uk', 10],
    ['icloud.com', 10],
  ],
  UA: [
    ['gmail.com', 70],
    ['ukr.net', 25],
    ['i.ua', 5],
  ],
  RU: [
    ['mail.ru', 40],
    ['yandex.ru', 35],
    ['gmail.com', 25],
  ],
  BY: [
    ['mail.ru', 40],
    ['tut.by', 20],
    ['gmail.com', 40],
  ],
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export interface Name {
  first: string;
  last: string;
  full: string;
}

export function personName(rng: Rng, country: string): Name {
  const first = rng.pick(FIRST[country] ?? FIRST.GB ?? []);
  const last = rng.pick(LAST[country] ?? LAST.GB ?? []);
  return { first, last, full: `${first} ${last}` };
}

/** A personal address at a provider the country uses, as people spell them. */
export function personalEmail(rng: Rng, n: Name, country: string): string {
  const domain = rng.weightedPick(
    PROVIDERS[country] ?? [
      ['gmail.com', 70],
      ['outlook.com', 20],
      ['yahoo.com', 10],
    ],
  );
  const f = fold(n.first);
  const l = fold(n.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}`, 15],
    [`${f}.${l}${rng.int(60, 99)}`, 15],
    [`${f.charAt(0)}${l}`, 10],
    [`${l}.${f}`, 8],
    [`${f}${rng.int(1, 9999)}`, 12],
    [`${f}_${l}${rng.int(1, 30)}`, 10],
  ]);
  return `${local}@${domain}`;
}

/** A business address on the company's own domain. */
export const companyEmail = (n: Name, domain: string): string => `${fold(n.first)}.${fold(n.last)}@${domain}`;
