import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, homeNetwork, mobileNetwork } from './networks.js';
import { type Country, anyMarket, homeAddress, localeOf, packstationNear } from './places.js';

/** The shop's customers: names, e-mail habits, devices, and the accounts they keep. */

export type Origin = Country | 'TR' | 'UA' | 'GB' | 'US' | 'RU' | 'BY' | 'IT' | 'GR';

// prettier-ignore
const FIRST: Readonly<Record<string, readonly string[]>> = {
  DE: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Frank', 'Markus', 'Jürgen', 'Klaus', 'Uwe', 'Martin', 'Jan', 'Tobias', 'Florian', 'Lukas', 'Jonas', 'Sabine', 'Petra', 'Andrea', 'Claudia', 'Susanne', 'Katrin', 'Julia', 'Anna', 'Lena', 'Sandra', 'Heike', 'Monika', 'Dieter', 'Wolfgang', 'Manfred', 'Karl-Heinz', 'Sven', 'Dennis', 'Christina', 'Birgit'],
  AT: ['Johann', 'Franz', 'Josef', 'Christian', 'Markus', 'Stefan', 'Lukas', 'Maria', 'Elisabeth', 'Katharina', 'Anna', 'Sabine', 'Gerhard', 'Herbert', 'Thomas', 'Barbara'],
  CH: ['Daniel', 'Peter', 'Beat', 'Urs', 'Reto', 'Marco', 'Thomas', 'Andreas', 'Nicole', 'Sandra', 'Regula', 'Barbara', 'Luca', 'Laura', 'Martin', 'Corinne'],
  NL: ['Jan', 'Pieter', 'Kees', 'Dirk', 'Bas', 'Sander', 'Ruben', 'Daan', 'Anouk', 'Sanne', 'Femke', 'Lotte', 'Marieke', 'Wouter', 'Joost'],
  BE: ['Jan', 'Luc', 'Koen', 'Bart', 'Wim', 'Pieter', 'Jean', 'Philippe', 'Marc', 'Sofie', 'Els', 'An', 'Nathalie', 'Isabelle', 'Tom'],
  LU: ['Jean', 'Marc', 'Paul', 'Luc', 'Claude', 'Tom', 'Marie', 'Anne', 'Sophie', 'Carole', 'Nadine', 'Steve'],
  FR: ['Jean', 'Pierre', 'Michel', 'Philippe', 'Nicolas', 'Sébastien', 'Julien', 'Thierry', 'Marie', 'Nathalie', 'Isabelle', 'Sandrine', 'Céline', 'Camille', 'Christophe'],
  PL: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marcin', 'Michał', 'Grzegorz', 'Andrzej', 'Jan', 'Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Marek', 'Łukasz'],
  TR: ['Mehmet', 'Ahmet', 'Mustafa', 'Ali', 'Hasan', 'Murat', 'Emre', 'Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Serkan'],
  UA: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Volodymyr', 'Olena', 'Iryna', 'Tetiana', 'Yuliia', 'Maksym'],
  GB: ['James', 'David', 'Paul', 'Mark', 'Richard', 'Sarah', 'Emma', 'Claire', 'Rachel', 'Ben'],
  US: ['Michael', 'Chris', 'Matt', 'Ryan', 'Kevin', 'Jennifer', 'Ashley', 'Jessica', 'Brian', 'Emily'],
  IT: ['Giuseppe', 'Antonio', 'Marco', 'Luca', 'Francesca', 'Giulia', 'Salvatore', 'Alessandro'],
  GR: ['Georgios', 'Dimitrios', 'Konstantinos', 'Nikos', 'Maria', 'Eleni', 'Ioannis'],
  RU: ['Aleksei', 'Dmitrii', 'Sergei', 'Andrei', 'Ivan', 'Mikhail', 'Nikolai', 'Vladimir', 'Pavel', 'Igor'],
  BY: ['Aliaksandr', 'Siarhei', 'Dzmitry', 'Andrei', 'Uladzimir', 'Pavel', 'Viktar', 'Ihar'],
};

// prettier-ignore
const LAST: Readonly<Record<string, readonly string[]>> = {
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Maier', 'Lehmann', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Keller', 'Vogel', 'Friedrich', 'Günther', 'Berger', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Haas', 'Kraus', 'Böhm', 'Seitz', 'Kurz', 'Wörner', 'Häberle', 'Schäfer', 'Eisele', 'Kübler', 'Bühler', 'Rapp', 'Dreher', 'Ziegler'],
  AT: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schmid', 'Winkler', 'Weber', 'Schwarz', 'Maier', 'Schneider', 'Reiter', 'Mayr', 'Wimmer', 'Egger'],
  CH: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Meyer', 'Schneider', 'Steiner', 'Fischer', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Moser', 'Widmer', 'Wyss', 'Graf', 'Roth', 'Favre', 'Bianchi'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker'],
  BE: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Schmitz'],
  LU: ['Schmit', 'Muller', 'Weber', 'Hoffmann', 'Wagner', 'Thill', 'Schmitz', 'Schroeder', 'Reuter', 'Klein', 'Majerus', 'Kieffer'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Schmitt', 'Muller', 'Meyer', 'Klein', 'Weber', 'Fischer', 'Roux', 'Fournier', 'Girard', 'Bauer'],
  PL: ['Nowak', 'Wójcik', 'Kowalczyk', 'Woźniak', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Dudek', 'Adamczyk', 'Pawlak', 'Sikora', 'Baran', 'Michalak'],
  TR: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aslan'],
  UA: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Oliinyk', 'Lysenko', 'Moroz'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Johnson', 'Roberts', 'Walker'],
  US: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Anderson', 'Thompson', 'Moore', 'Clark', 'Lewis', 'Hall'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Greco'],
  GR: ['Papadopoulos', 'Georgiou', 'Dimitriou', 'Nikolaidis', 'Pappas', 'Oikonomou', 'Karagiannis'],
  RU: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Volkov'],
  BY: ['Novik', 'Kavalenka', 'Lukashevich', 'Shautsou', 'Klimovich', 'Yakubovich', 'Marozau', 'Bialko'],
};

/** Where a name living in `country` comes from: Germany is home to Turkish, Polish, Italian, Greek families. */
export function originIn(rng: Rng, country: Country): Origin {
  if (country !== 'DE' && country !== 'AT') return country;
  return rng.weightedPick<Origin>([
    [country, 86],
    ['TR', 5],
    ['PL', 3],
    ['IT', 2],
    ['GR', 1.5],
    ['UA', 1.5],
    ['BE', 0.5],
    ['NL', 0.5],
  ]);
}

export const firstName = (rng: Rng, origin: Origin): string => rng.pick(FIRST[origin] ?? FIRST.DE ?? []);
export const lastName = (rng: Rng, origin: Origin): string => rng.pick(LAST[origin] ?? LAST.DE ?? []);
export const fullName = (rng: Rng, origin: Origin): string =>
  `${firstName(rng, origin)} ${lastName(rng, origin)}`;

// prettier-ignore
const MAIL: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  DE: [['gmx.de', 15], ['web.de', 16], ['gmail.com', 25], ['t-online.de', 11], ['outlook.de', 4], ['hotmail.de', 4], ['yahoo.de', 3], ['icloud.com', 8], ['freenet.de', 2], ['gmx.net', 4], ['posteo.de', 1.5], ['arcor.de', 1], ['online.de', 0.5], ['mailbox.org', 1]],
  AT: [['gmx.at', 18], ['gmail.com', 30], ['aon.at', 6], ['chello.at', 3], ['a1.net', 4], ['outlook.com', 10], ['icloud.com', 8], ['yahoo.com', 3], ['web.de', 4], ['hotmail.com', 6]],
  CH: [['bluewin.ch', 20], ['gmail.com', 30], ['gmx.ch', 12], ['hispeed.ch', 4], ['sunrise.ch', 4], ['icloud.com', 10], ['outlook.com', 8], ['hotmail.com', 6], ['protonmail.ch', 3]],
  NL: [['gmail.com', 35], ['hotmail.com', 18], ['outlook.com', 10], ['ziggo.nl', 8], ['kpnmail.nl', 6], ['live.nl', 6], ['icloud.com', 8], ['home.nl', 3], ['xs4all.nl', 2]],
  BE: [['gmail.com', 35], ['hotmail.com', 15], ['skynet.be', 10], ['telenet.be', 12], ['outlook.com', 10], ['icloud.com', 6], ['proximus.be', 4]],
  LU: [['pt.lu', 15], ['gmail.com', 35], ['hotmail.com', 12], ['icloud.com', 8], ['outlook.com', 10], ['internet.lu', 4]],
  FR: [['gmail.com', 35], ['orange.fr', 15], ['free.fr', 8], ['hotmail.fr', 10], ['laposte.net', 6], ['sfr.fr', 6], ['wanadoo.fr', 5], ['outlook.fr', 6], ['yahoo.fr', 5], ['icloud.com', 4]],
  PL: [['gmail.com', 35], ['wp.pl', 15], ['onet.pl', 12], ['o2.pl', 10], ['interia.pl', 10], ['op.pl', 4], ['outlook.com', 5], ['yahoo.com', 2]],
  TR: [['gmail.com', 50], ['hotmail.com', 20], ['gmx.de', 10], ['web.de', 10], ['outlook.de', 5]],
  UA: [['gmail.com', 60], ['ukr.net', 25], ['i.ua', 5], ['outlook.com', 10]],
  GB: [['gmail.com', 45], ['hotmail.co.uk', 15], ['outlook.com', 15], ['yahoo.co.uk', 10], ['icloud.com', 10], ['btinternet.com', 5]],
  US: [['gmail.com', 55], ['yahoo.com', 15], ['outlook.com', 10], ['icloud.com', 15], ['hotmail.com', 5]],
  IT: [['gmail.com', 40], ['libero.it', 20], ['hotmail.it', 10], ['web.de', 15], ['gmx.de', 15]],
  GR: [['gmail.com', 45], ['yahoo.gr', 15], ['hotmail.com', 15], ['web.de', 15], ['gmx.de', 10]],
  RU: [['mail.ru', 35], ['yandex.ru', 35], ['gmail.com', 20], ['rambler.ru', 5], ['bk.ru', 5]],
  BY: [['mail.ru', 30], ['yandex.by', 25], ['tut.by', 15], ['gmail.com', 30]],
};

/** Roughly transliterated for an e-mail address: umlauts spelt out, accents and spaces dropped. */
export const ascii = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');

/** A free-mail provider as people in `origin` use them. */
export const mailProvider = (rng: Rng, origin: Origin): string =>
  rng.weightedPick(MAIL[origin] ?? MAIL.DE ?? []);

/** How a person spells their own address: name-based mostly, a birth year or a nickname now and then. */
export function emailFor(rng: Rng, name: string, origin: Origin, domain?: string): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = ascii(first);
  const l = ascii(rest.join('')) || 'mail';
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 34],
    [`${f[0] ?? 'x'}.${l}`, 14],
    [`${f}${l}`, 10],
    [`${l}.${f}`, 6],
    [`${f}.${l}${rng.int(55, 99)}`, 12],
    [`${f}${rng.int(1955, 2004)}`, 8],
    [`${l}${rng.int(1, 99)}`, 6],
    [
      `${rng.pick(['gartenfreund', 'heimwerker', 'bastler', 'tuefftler', 'holzwurm', 'rasenprofi', 'werkstatt'])}${rng.int(1, 999)}`,
      4,
    ],
    [`${f}_${l}`, 6],
  ]);
  return `${local}@${domain ?? mailProvider(rng, origin)}`;
}

// ——— Devices ———

// prettier-ignore
const AGENTS = {
  winChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  winChrome122: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92',
  winFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0',
  win7Chrome: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0',
  iphone17: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iphone16: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
  samsung: 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
  samsungOld: 'Mozilla/5.0 (Linux; Android 11; SAMSUNG SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/122.0.0.0 Safari/537.36',
  winChromeOld: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36',
  python: 'python-requests/2.31.0',
} as const;

export type AgentName = keyof typeof AGENTS;
export const agent = (name: AgentName): string => AGENTS[name];

export type DeviceProfile = 'desktop' | 'phone' | 'senior' | 'privacy' | 'trade';

/** Which browsers each kind of buyer runs. */
const PROFILES: Readonly<Record<DeviceProfile, ReadonlyArray<readonly [AgentName, number]>>> = {
  desktop: [
    ['winChrome', 32],
    ['winChrome122', 8],
    ['winEdge', 14],
    ['winFirefox', 10],
    ['macSafari', 10],
    ['macChrome', 6],
    ['ipad', 6],
    ['linuxFirefox', 2],
    ['win7Chrome', 2],
  ],
  phone: [
    ['iphone17', 34],
    ['iphone16', 8],
    ['android', 30],
    ['samsung', 20],
    ['samsungOld', 8],
  ],
  senior: [
    ['win7Chrome', 12],
    ['winEdge', 22],
    ['winChrome', 16],
    ['ipad', 22],
    ['samsungOld', 14],
    ['iphone16', 14],
  ],
  privacy: [
    ['winFirefox', 40],
    ['linuxFirefox', 35],
    ['macSafari', 15],
    ['iphone17', 10],
  ],
  trade: [
    ['android', 28],
    ['samsung', 22],
    ['iphone17', 24],
    ['winChrome', 14],
    ['winEdge', 12],
  ],
};

export const isMobileAgent = (ua: string): boolean => /Mobile|Android|iPhone/.test(ua);

/**
 * A device: its browser and, most of the time, the id the shop's fingerprint script sets (blocked by
 * content blockers and strict tracking protection, which privacy-minded Firefox users run more).
 */
export function newDevice(rng: Rng, profile: DeviceProfile): Device {
  const ua = agent(rng.weightedPick(PROFILES[profile]));
  const blocked = profile === 'privacy' ? 0.55 : ua.includes('Firefox') ? 0.2 : 0.07;
  return { userAgent: ua, ...(rng.chance(blocked) ? {} : { id: `fp_${rng.token(22)}` }) };
}

// ——— Accounts ———

export interface Company {
  name: string;
  vatId: string;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: Country;
  origin: Origin;
  address: Address;
  locale: string;
  /** The computer at home and the phone. */
  desktop: Device;
  phone: Device;
  home: Network;
  mobile: Network;
  /** Saved cards (most accounts save one at some point). */
  cards: HeldCard[];
  /** Usual way to pay. */
  habit: 'card' | 'paypal' | 'klarna_invoice' | 'sepa_debit' | 'local';
  /** Has a DHL customer number and uses a Packstation (Germany only). */
  locker?: Address;
  /** A trade account: invoice terms through the shop's B2B provider. */
  company?: Company;
  /** Orders placed before the season. */
  orders: number;
  /** The other grown-up in the household, who shares the computer and sometimes the account. */
  partner?: { name: string; email: string; card: HeldCard };
}

export const customerId = (rng: Rng): string => `K${rng.digits(7)}`;

const TRADES: ReadonlyArray<readonly [string, string]> = [
  ['Holzbau', 'GmbH'],
  ['Schreinerei', 'e.K.'],
  ['Zimmerei', 'GmbH'],
  ['Elektro', 'GmbH'],
  ['Sanitär', 'GmbH & Co. KG'],
  ['Malerbetrieb', 'e.K.'],
  ['Garten- und Landschaftsbau', 'GmbH'],
  ['Hausmeisterservice', ''],
  ['Fliesenleger', ''],
  ['Dachdeckerei', 'GmbH'],
  ['Trockenbau', 'GmbH'],
  ['Metallbau', 'GmbH'],
  ['Baumpflege', ''],
  ['Haustechnik', 'GmbH'],
];

/** A VAT identification number in the country's own format (made up: the digits check nothing). */
export function vatId(rng: Rng, country: Country): string {
  switch (country) {
    case 'DE':
      return `DE${rng.int(1, 3)}${rng.digits(8)}`;
    case 'AT':
      return `ATU${rng.digits(8)}`;
    case 'CH':
      return `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)} MWST`;
    case 'NL':
      return `NL${rng.digits(9)}B0${rng.int(1, 3)}`;
    case 'BE':
      return `BE0${rng.digits(9)}`;
    case 'LU':
      return `LU${rng.digits(8)}`;
    case 'FR':
      return `FR${rng.digits(2)}${rng.digits(9)}`;
    case 'PL':
      return `PL${rng.digits(10)}`;
  }
}

/** A small firm: the trade and the owner's surname, or the owner's full name for a sole trader. */
export function companyFor(rng: Rng, country: Country, owner: string): Company {
  const [trade, form] = rng.pick(TRADES);
  const surname = owner.split(' ').slice(1).join(' ') || owner;
  const name = form ? `${trade} ${surname} ${form}` : `${trade} ${owner}`;
  return { name, vatId: vatId(rng, country) };
}

/** The firm's own domain, as a tradesperson's shop address: schreinerei-haeberle.de and the like. */
export const companyDomain = (c: Company, country: Country): string => {
  const words = c.name.split(' ').filter((w) => !['GmbH', 'e.K.', 'Co.', 'KG', '&', 'und'].includes(w));
  const tld = { DE: 'de', AT: 'at', CH: 'ch', NL: 'nl', BE: 'be', LU: 'lu', FR: 'fr', PL: 'pl' }[country];
  return `${words.slice(0, 2).map(ascii).join('-')}.${tld}`;
};

/** How people in a country pay by habit. */
function habitOf(rng: Rng, country: Country): Account['habit'] {
  const local: Record<Country, number> = { DE: 8, AT: 14, CH: 30, NL: 55, BE: 45, LU: 0, FR: 0, PL: 60 };
  const sepa = country === 'DE' ? 10 : country === 'AT' ? 4 : 0;
  const klarna = { DE: 20, AT: 18, CH: 6, NL: 10, BE: 6, LU: 8, FR: 4, PL: 4 }[country];
  return rng.weightedPick<Account['habit']>([
    ['paypal', 34],
    ['card', country === 'FR' || country === 'LU' ? 60 : 24],
    ['klarna_invoice', klarna],
    ['sepa_debit', sepa],
    ['local', local[country]],
  ]);
}

/**
 * One account for every two and a half orders expected, opened between a month and eight years before the
 * season; a fifth are trade accounts. Some households share a computer (and a partner's card); Germans with a
 * DHL customer number have parcels sent to a Packstation.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(40, Math.round(orders / 2.5));
  const out: Account[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`a${i}`);
    const country = anyMarket(r);
    const origin = originIn(r, country);
    const name = fullName(r, origin);
    const trade = r.chance(0.2);
    const company = trade ? companyFor(r, country, name) : undefined;
    const address = homeAddress(r, country);
    const email =
      company && r.chance(0.7)
        ? `${r.pick(['info', 'buero', 'einkauf', 'kontakt', ascii(name.split(' ')[0] ?? 'info')])}@${companyDomain(company, country)}`
        : emailFor(r, name, origin);
    const cardCountry = origin === 'UA' && r.chance(0.5) ? 'UA' : country;
    const cards = r.chance(0.6) ? [newCard(r, cardCountry)] : [];
    if (r.chance(0.12)) cards.push(newCard(r, country));
    const desktop = newDevice(r, trade ? 'desktop' : r.chance(0.15) ? 'senior' : 'desktop');
    const phone = newDevice(r, trade ? 'trade' : 'phone');
    const account: Account = {
      id: customerId(r),
      email,
      name,
      createdAt: start - Math.floor(r.float(30, 8 * 365) * DAY),
      country,
      origin,
      address,
      locale: localeOf(r, country),
      desktop,
      phone,
      home: homeNetwork(r, country),
      mobile: mobileNetwork(r, country),
      cards,
      habit: trade ? 'card' : habitOf(r, country),
      ...(country === 'DE' && r.chance(0.14) ? { locker: packstationNear(r, address) } : {}),
      ...(company ? { company } : {}),
      orders: r.int(1, trade ? 40 : 12),
    };
    if (!trade && r.chance(0.1)) {
      const partnerName = `${firstName(r, origin)} ${name.split(' ').slice(1).join(' ')}`;
      account.partner = {
        name: partnerName,
        email: emailFor(r, partnerName, origin),
        card: newCard(r, country),
      };
    }
    out.push(account);
  }
  return out;
}
