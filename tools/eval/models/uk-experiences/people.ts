import { type Address, type Card, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Funding, newCard } from './cards.js';
import { abroadAddress, EXPAT_COUNTRIES, gbAddress, homeAddress } from './places.js';
import { addressIn, type Network, network, networksOf } from './networks.js';

/**
 * The store's people: names, e-mail addresses, browsers, and the customer base of accounts opened before the
 * season (British, Irish and a few British expats abroad), each with their own cards, devices and home network;
 * and the companies that buy staff rewards on account.
 */

const GB_FIRST = (
  'Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Muhammad Arjun Daniel ' +
  'Samuel Joseph Ethan Callum Liam Ryan Matthew David Mark Paul Andrew Richard Stephen ' +
  'Christopher Peter Michael Tom Ben Rhys Olivia Amelia Isla Ava Emily Sophie Grace Lily Chloe ' +
  'Ella Jessica Charlotte Hannah Lucy Emma Sarah Laura Rebecca Rachel Claire Helen Karen Nicola ' +
  'Priya Aisha Fatima Zara Anna Kate Joanna Natalia Katarzyna Gemma Harriet Eleanor Sian Megan'
).split(' ');
const GB_LAST = (
  'Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson ' +
  'Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson ' +
  'Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen ' +
  'James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook ' +
  'Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson ' +
  'Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali ' +
  'Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell ' +
  'Barker Fisher Stevens Jenkins Murray Dixon Harvey Nowak Kowalski Ahmed Shah Okafor Mensah'
).split(' ');
const IE_FIRST = (
  'Seán Conor Cian Darragh Oisín Jack James Fionn Declan Ciarán Eoin Pádraig Patrick Niamh ' +
  'Aoife Saoirse Ciara Sinéad Róisín Emma Siobhán Orla Aisling Clodagh Mary'
).split(' ');
const IE_LAST = (
  "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill McCarthy Doyle Gallagher " +
  'Lynch Kennedy Quinn Daly Fitzgerald Brennan Nolan Power Moran Hayes Keane Dunne Farrell'
).split(' ');

export function personName(rng: Rng, country = 'GB'): string {
  return country === 'IE' && rng.chance(0.85)
    ? `${rng.pick(IE_FIRST)} ${rng.pick(IE_LAST)}`
    : `${rng.pick(GB_FIRST)} ${rng.pick(GB_LAST)}`;
}

/** The name as an e-mail local part would spell it (no accents, apostrophes or spaces). */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const GB_MAIL: ReadonlyArray<[string, number]> = [
  ['gmail.com', 34],
  ['hotmail.co.uk', 14],
  ['outlook.com', 10],
  ['yahoo.co.uk', 7],
  ['icloud.com', 12],
  ['btinternet.com', 6],
  ['sky.com', 4],
  ['live.co.uk', 4],
  ['aol.com', 2],
  ['me.com', 2],
  ['virginmedia.com', 2],
  ['googlemail.com', 3],
];
const IE_MAIL: ReadonlyArray<[string, number]> = [
  ['gmail.com', 40],
  ['hotmail.com', 15],
  ['eircom.net', 8],
  ['yahoo.ie', 5],
  ['icloud.com', 12],
  ['outlook.ie', 8],
  ['outlook.com', 6],
];

/** A person's own address: made from their name, at a common provider of their country. */
export function personalEmail(rng: Rng, name: string, country = 'GB'): string {
  const [first = 'x', ...rest] = name.split(' ');
  const f = plain(first);
  const l = plain(rest.join(''));
  const domain = rng.weightedPick(country === 'IE' ? IE_MAIL : GB_MAIL);
  const local = rng.weightedPick<() => string>([
    [() => `${f}.${l}`, 34],
    [() => `${f}${l}${rng.int(1, 99)}`, 20],
    [() => `${f.charAt(0)}${l}`, 14],
    [() => `${f}_${l}`, 6],
    [() => `${f}${l}`, 12],
    [() => `${l}.${f}${rng.int(60, 99)}`, 8],
    [() => `${f}.${l}${rng.int(1, 9)}`, 6],
  ])();
  return `${local}@${domain}`;
}

/** An address someone opened for one job: a handle and digits at a free provider. */
export function throwawayEmail(rng: Rng, name?: string): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 40],
    ['outlook.com', 18],
    ['proton.me', 12],
    ['yahoo.com', 8],
    ['hotmail.com', 8],
    ['gmx.com', 5],
    ['mail.com', 5],
    ['icloud.com', 4],
  ]);
  if (name && rng.chance(0.5)) {
    const [first = 'x', ...rest] = name.split(' ');
    return `${plain(first)}${plain(rest.join('')).slice(0, 4)}${rng.digits(rng.int(3, 5))}@${domain}`;
  }
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${domain}`;
}

interface Agent {
  ua: string;
  weight: number;
  os: 'ios' | 'android' | 'windows' | 'mac' | 'linux';
  mobile: boolean;
}

const AGENTS: readonly Agent[] = [
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    weight: 24,
    os: 'ios',
    mobile: true,
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    weight: 8,
    os: 'ios',
    mobile: true,
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    weight: 9,
    os: 'android',
    mobile: true,
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    weight: 4,
    os: 'android',
    mobile: true,
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    weight: 4,
    os: 'android',
    mobile: true,
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    weight: 6,
    os: 'ios',
    mobile: false,
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    weight: 17,
    os: 'windows',
    mobile: false,
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    weight: 7,
    os: 'windows',
    mobile: false,
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    weight: 10,
    os: 'mac',
    mobile: false,
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    weight: 6,
    os: 'mac',
    mobile: false,
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    weight: 3,
    os: 'windows',
    mobile: false,
  },
];

/** What fraud tooling presents: headless browsers, stale desktop versions, Linux boxes. */
const TOOL_AGENTS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
];

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A browser with the store's fingerprint id (the script is blocked for a few). */
export function newDevice(
  rng: Rng,
  options: { fingerprinted?: number; mobile?: boolean; os?: Agent['os'] } = {},
): Device {
  const fits = AGENTS.filter(
    (a) =>
      (options.mobile === undefined || a.mobile === options.mobile) && (!options.os || a.os === options.os),
  );
  const agent = rng.weightedPick((fits.length ? fits : AGENTS).map((a) => [a, a.weight]));
  return {
    userAgent: agent.ua,
    ...(rng.chance(options.fingerprinted ?? 0.93) ? { id: `fp_${rng.token(20, ID_CHARS)}` } : {}),
  };
}

/** A fraud tool's browser: a headless or stale agent, often with a fresh (spoofed) fingerprint or none. */
export function toolDevice(rng: Rng, fingerprinted = 0.6): Device {
  return {
    userAgent: rng.pick(TOOL_AGENTS),
    ...(rng.chance(fingerprinted) ? { id: `fp_${rng.token(20, ID_CHARS)}` } : {}),
  };
}

export const isMobile = (d: Device): boolean => /iPhone|Android/.test(d.userAgent);
export const isApple = (d: Device): boolean => /iPhone|iPad|Macintosh/.test(d.userAgent);
export const isAndroid = (d: Device): boolean => /Android/.test(d.userAgent);

/** A company buying staff rewards, or being impersonated. */
export interface Company {
  name: string;
  domain: string;
  /** Companies House (or CRO) number. */
  number: string;
  vatId: string;
  country: 'GB' | 'IE';
  office: Address;
  /** Buys from the store on account; the others are only ever impersonated. */
  client: boolean;
}

/** Companies that buy staff rewards, then (after Corrib's line) large firms only ever impersonated. */
const COMPANY_NAMES: ReadonlyArray<[string, string, 'GB' | 'IE']> = [
  ['Harrow & Finch LLP', 'harrowfinch.co.uk', 'GB'],
  ['Northgate Logistics Ltd', 'northgatelogistics.co.uk', 'GB'],
  ['Brightwell Dental Group Ltd', 'brightwelldental.co.uk', 'GB'],
  ['Calder Valley Homes Ltd', 'caldervalleyhomes.co.uk', 'GB'],
  ['Meridian Software Ltd', 'meridiansoftware.io', 'GB'],
  ['Pennine Print Co Ltd', 'penninprint.co.uk', 'GB'],
  ['Oakridge Recruitment Ltd', 'oakridgerecruitment.com', 'GB'],
  ['Fenwick Lowe Architects', 'fenwicklowe.co.uk', 'GB'],
  ['Redbrook Insurance Brokers Ltd', 'redbrookinsurance.co.uk', 'GB'],
  ['Sable Digital Ltd', 'sabledigital.co.uk', 'GB'],
  ['Tamar Engineering Ltd', 'tamarengineering.co.uk', 'GB'],
  ['Greystone Property Management Ltd', 'greystonepm.co.uk', 'GB'],
  ['Lumen Health Clinics Ltd', 'lumenhealth.co.uk', 'GB'],
  ['Kestrel Accountancy LLP', 'kestrelaccountancy.co.uk', 'GB'],
  ['Ashby Facilities Services Ltd', 'ashbyfs.co.uk', 'GB'],
  ['Dunmore Hospitality Group DAC', 'dunmorehospitality.ie', 'IE'],
  ['Liffey Analytics Ltd', 'liffeyanalytics.ie', 'IE'],
  ['Corrib Medical Devices Ltd', 'corribmedical.ie', 'IE'],
  ['Halden Construction plc', 'haldenconstruction.co.uk', 'GB'],
  ['Marlow Group Holdings plc', 'marlowgroup.com', 'GB'],
  ['Crestline Utilities Ltd', 'crestlineutilities.co.uk', 'GB'],
  ['Westbury Housing Association', 'westburyhousing.org.uk', 'GB'],
  ['Aldgate Capital Partners LLP', 'aldgatecapital.com', 'GB'],
  ['Thameside NHS Supplies Trust', 'thamesidesupplies.nhs.uk', 'GB'],
];

const CLIENTS = 18;

/** A Companies House number: eight digits, or a two-letter prefix (Scotland, Northern Ireland, LLPs) and six. */
function companyNumber(rng: Rng, name: string): string {
  const prefix = name.endsWith('LLP')
    ? 'OC'
    : rng.weightedPick<string>([
        ['0', 80],
        ['SC', 12],
        ['NI', 8],
      ]);
  return `${prefix}${rng.digits(8 - prefix.length)}`;
}

export function companies(rng: Rng): Company[] {
  return COMPANY_NAMES.map(([name, domain, country], i) => ({
    name,
    domain,
    number: country === 'GB' ? companyNumber(rng, name) : rng.digits(6),
    vatId: country === 'GB' ? `GB${rng.digits(9)}` : `IE${rng.digits(7)}${rng.pick(['A', 'H', 'W'])}`,
    country,
    office: country === 'GB' ? gbAddress(rng) : homeAddress(rng, 'IE'),
    client: i < CLIENTS,
  }));
}

/** An account opened before the season. */
export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  /** Where they live. */
  country: string;
  tz: number;
  home: Address;
  /** Their own cards; `saved` of them are stored with the shop. */
  cards: Card[];
  saved: Card[];
  devices: Device[];
  network: Network;
  /** The address their home line usually has. */
  homeIp: string;
  mobile: Network;
  /** A business account, buying for its company. */
  company?: Company;
}

const customerId = (rng: Rng) => `cus_${rng.token(14, ID_CHARS)}`;

/** A new sign-up's or guest's own network for their country. */
export function homeNetwork(rng: Rng, country: string): Network {
  if (country === 'GB')
    return network(
      rng.weightedPick<string>([
        ['gb-fibre-a', 30],
        ['gb-fibre-b', 22],
        ['gb-cable', 22],
        ['gb-broadband-c', 16],
        ['gb-altnet', 10],
      ]),
    );
  if (country === 'IE') return network(rng.pick(['ie-fibre', 'ie-fibre', 'ie-cable']));
  const expat = EXPAT_COUNTRIES.find((e) => e.country === country);
  return network(expat?.network ?? 'gb-fibre-a');
}

export function mobileNetwork(rng: Rng, country: string): Network {
  const found = networksOf(country, 'mobile');
  return found.length ? rng.pick(found) : homeNetwork(rng, country);
}

/** An account's card funding mix. */
const CARD_MIX: ReadonlyArray<[Funding, number]> = [
  ['debit', 62],
  ['credit', 36],
  ['prepaid', 2],
];

function account(rng: Rng, start: number, country: string, tz: number): Account {
  const name = personName(rng, country);
  const cards = Array.from({ length: rng.chance(0.35) ? 2 : 1 }, () =>
    newCard(
      rng,
      // Expats keep a British card about half the time.
      country === 'GB' || country === 'IE' ? country : rng.chance(0.45) ? 'GB' : country,
      rng.weightedPick(CARD_MIX),
    ),
  );
  const net = homeNetwork(rng, country);
  const devices = Array.from({ length: rng.chance(0.45) ? 2 : 1 }, (_, i) =>
    newDevice(rng, { mobile: i === 0 ? rng.chance(0.62) : false }),
  );
  const age = Math.min(8 * 365, 20 + rng.exp(520)) * DAY;
  return {
    id: customerId(rng),
    email: personalEmail(rng, name, country),
    name,
    createdAt: Math.floor(start - age),
    country,
    tz,
    home: country === 'GB' || country === 'IE' ? homeAddress(rng, country) : abroadAddress(rng, country),
    cards,
    saved: rng.chance(0.6) ? cards.slice(0, 1) : [],
    devices,
    network: net,
    homeIp: addressIn(rng, net, 0.3),
    mobile: mobileNetwork(rng, country),
  };
}

/** The customer base: one account for every three orders expected, opened 20 days to eight years before. */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(60, Math.round(orders / 3));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const where = r.weightedPick<string>([
      ['GB', 87],
      ['IE', 9],
      ['abroad', 4],
    ]);
    if (where !== 'abroad') return account(r, start, where, 0);
    const expat = r.weightedPick(EXPAT_COUNTRIES.map((e) => [e, e.weight]));
    return account(r, start, expat.country, expat.tz);
  });
}

/** Business accounts: an HR or office manager at each company that buys staff rewards. */
export function businessAccounts(rng: Rng, start: number, firms: readonly Company[]): Account[] {
  return firms.map((company, i) => {
    const r = rng.fork(`b${i}`);
    const name = personName(r, company.country);
    const [first = 'x', ...rest] = name.split(' ');
    const card = newCard(r, company.country, 'commercial');
    const net = network(company.country === 'GB' ? 'gb-business' : 'ie-fibre');
    return {
      id: customerId(r),
      email: `${plain(first)}.${plain(rest.join(''))}@${company.domain}`,
      name,
      createdAt: Math.floor(start - (60 + r.int(0, 5 * 365)) * DAY),
      country: company.country,
      tz: 0,
      home: company.office,
      cards: [card],
      saved: [card],
      devices: [newDevice(r, { mobile: false, os: r.chance(0.8) ? 'windows' : 'mac' })],
      network: net,
      homeIp: addressIn(r, net, 0),
      mobile: mobileNetwork(r, company.country),
      company,
    };
  });
}

export { customerId };
