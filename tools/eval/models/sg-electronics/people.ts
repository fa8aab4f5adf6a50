import { DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { type Network, networksOf } from './networks.js';
import { type Home, homeIn, type Market, MARKETS } from './places.js';

/** Who buys: names by community and country, mail addresses, phones and laptops, and the store's accounts. */

type Community =
  'chinese' | 'malay' | 'indian' | 'filipino' | 'indonesian' | 'thai' | 'vietnamese' | 'western';

const GIVEN: Readonly<Record<Community, readonly string[]>> = {
  chinese: [
    'Wei Ming',
    'Jia Hui',
    'Jun Jie',
    'Xin Yi',
    'Zhi Hao',
    'Hui Min',
    'Kai Wen',
    'Shu Ting',
    'Jonathan',
    'Rachel',
    'Marcus',
    'Valerie',
    'Darren',
    'Cheryl',
    'Bryan',
    'Germaine',
  ],
  malay: [
    'Nurul Aisyah',
    'Muhammad Hafiz',
    'Siti Nur',
    'Ahmad Faris',
    'Nur Syafiqah',
    'Mohd Irfan',
    'Farah',
    'Haziq',
  ],
  indian: ['Priya', 'Arjun', 'Kavitha', 'Suresh', 'Divya', 'Rajesh', 'Ananya', 'Vikram', 'Meena', 'Karthik'],
  filipino: [
    'Maria Cristina',
    'Jose Miguel',
    'Angelica',
    'Mark Anthony',
    'Kristine',
    'John Paul',
    'Rowena',
    'Jerome',
  ],
  indonesian: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu'],
  thai: ['Somchai', 'Nattapong', 'Siriporn', 'Kanokwan', 'Thanawat', 'Pimchanok'],
  vietnamese: ['Minh Anh', 'Van An', 'Thu Trang', 'Duc Huy', 'Ngoc Lan', 'Quoc Bao'],
  western: ['James', 'Olivia', 'Liam', 'Charlotte', 'Jack', 'Emily', 'Thomas', 'Sophie', 'Daniel', 'Hannah'],
};

const FAMILY: Readonly<Record<Community, readonly string[]>> = {
  chinese: [
    'Tan',
    'Lim',
    'Lee',
    'Ng',
    'Ong',
    'Wong',
    'Goh',
    'Chua',
    'Chan',
    'Koh',
    'Teo',
    'Ang',
    'Yeo',
    'Low',
  ],
  malay: ['Ismail', 'Ahmad', 'Rahman', 'Hassan', 'Osman', 'Yusof', 'Salleh', 'Abdullah'],
  indian: ['Ramasamy', 'Nair', 'Pillai', 'Singh', 'Krishnan', 'Menon', 'Subramaniam', 'Raj'],
  filipino: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Dela Cruz'],
  indonesian: ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kurniawan', 'Lestari'],
  thai: ['Srisuk', 'Chaiyaporn', 'Wongsakul', 'Boonmee', 'Rattanakorn'],
  vietnamese: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu'],
  western: ['Smith', 'Wilson', 'Brown', 'Taylor', 'Anderson', 'Thompson', 'Walker', 'Harris', 'Martin'],
};

const COMMUNITIES: Readonly<Record<Market, ReadonlyArray<readonly [Community, number]>>> = {
  SG: [
    ['chinese', 70],
    ['malay', 12],
    ['indian', 10],
    ['western', 4],
    ['filipino', 4],
  ],
  MY: [
    ['chinese', 50],
    ['malay', 35],
    ['indian', 15],
  ],
  PH: [['filipino', 1]],
  ID: [
    ['indonesian', 9],
    ['chinese', 1],
  ],
  TH: [['thai', 1]],
  VN: [['vietnamese', 1]],
  AU: [
    ['western', 7],
    ['chinese', 2],
    ['indian', 1],
  ],
};

export interface Person {
  name: string;
  community: Community;
}

export function personOf(rng: Rng, community: Community): Person {
  const given = rng.pick(GIVEN[community]);
  const family = rng.pick(FAMILY[community]);
  const name =
    community === 'chinese' && rng.chance(0.6)
      ? `${family} ${given}`
      : community === 'vietnamese'
        ? `${family} ${given}`
        : `${given} ${family}`;
  return { name, community };
}

export function personIn(rng: Rng, m: Market): Person {
  return personOf(rng, rng.weightedPick(COMMUNITIES[m]));
}

/** People from a country the store does not sell to (a migrant worker's home, a cardholder abroad). */
export function personFrom(rng: Rng, country: string): Person {
  const c: Community =
    country === 'PH'
      ? 'filipino'
      : country === 'ID'
        ? 'indonesian'
        : country === 'IN' || country === 'BD'
          ? 'indian'
          : country === 'VN'
            ? 'vietnamese'
            : country === 'TH'
              ? 'thai'
              : country === 'CN' || country === 'HK' || country === 'MY'
                ? 'chinese'
                : 'western';
  return personOf(rng, c);
}

const DOMAINS: Readonly<Record<Market, ReadonlyArray<readonly [string, number]>>> = {
  SG: [
    ['gmail.com', 55],
    ['hotmail.com', 10],
    ['yahoo.com.sg', 8],
    ['outlook.com', 6],
    ['icloud.com', 10],
    ['singnet.com.sg', 2],
    ['privaterelay.appleid.com', 5],
    ['u.nus.edu', 2],
    ['e.ntu.edu.sg', 2],
  ],
  MY: [
    ['gmail.com', 65],
    ['yahoo.com', 15],
    ['hotmail.com', 10],
    ['icloud.com', 10],
  ],
  PH: [
    ['gmail.com', 75],
    ['yahoo.com', 20],
    ['icloud.com', 5],
  ],
  ID: [
    ['gmail.com', 80],
    ['yahoo.co.id', 15],
    ['icloud.com', 5],
  ],
  TH: [
    ['gmail.com', 70],
    ['hotmail.com', 25],
    ['icloud.com', 5],
  ],
  VN: [
    ['gmail.com', 90],
    ['yahoo.com', 10],
  ],
  AU: [
    ['gmail.com', 45],
    ['outlook.com', 15],
    ['bigpond.com', 10],
    ['icloud.com', 15],
    ['optusnet.com.au', 5],
    ['privaterelay.appleid.com', 10],
  ],
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .filter((w) => !['bin', 'binti', 'dela', 'mohd'].includes(w));

/** A mail address a person would have: built from the name, with the habits of each provider. */
export function emailOf(rng: Rng, p: Person, domain: string): string {
  if (domain === 'privaterelay.appleid.com')
    return `${rng.token(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}@${domain}`;
  const parts = slug(p.name);
  const first = parts[0] ?? 'user';
  const last = parts[parts.length - 1] ?? 'x';
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 3],
    [`${first}${last}${rng.int(1, 99)}`, 3],
    [`${last}${first}`, 2],
    [`${first}_${rng.int(1970, 2008)}`, 2],
    [`${first[0] ?? 'x'}${last}`, 1],
    [`${parts.join('')}${rng.digits(3)}`, 1],
  ]);
  return `${local}@${domain}`;
}

export function emailIn(rng: Rng, p: Person, m: Market): string {
  return emailOf(rng, p, rng.weightedPick(DOMAINS[m]));
}

const IOS = ['18_6', '18_7', '26_0', '26_1'];
const ANDROID = ['SM-S931B', 'SM-A566E', 'SM-S938B', 'Pixel 9', '2405CRPFDG', 'CPH2609', 'V2338', 'SM-A356E'];

/** A phone's in-app user agent (the app always sends its device id). */
function appDevice(rng: Rng): Device {
  const ua = rng.chance(0.55)
    ? `MerlionGadgets/5.${rng.int(12, 19)} (iPhone; iOS ${rng.pick(IOS).replace('_', '.')}; Scale/3.00)`
    : `MerlionGadgets/5.${rng.int(12, 19)} (Android ${rng.pick(['13', '14', '15', '16'])}; ${rng.pick(ANDROID)})`;
  return { userAgent: ua, id: `app-${rng.token(20)}` };
}

function webDevice(rng: Rng, mobile: boolean): Device {
  const chrome = `${rng.int(128, 142)}.0.0.0`;
  const userAgent = mobile
    ? rng.chance(0.55)
      ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${rng.pick(IOS)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${rng.pick(['18.6', '26.0', '26.1'])} Mobile/15E148 Safari/604.1`
      : `Mozilla/5.0 (Linux; Android ${rng.pick(['13', '14', '15'])}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`
    : rng.weightedPick<string>([
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
          5,
        ],
        [
          `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15`,
          3,
        ],
        [
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`,
          2,
        ],
        [
          `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
          2,
        ],
      ]);
  // The web fingerprint script runs most of the time; blockers and strict browsers stop it.
  return rng.chance(0.85) ? { userAgent, id: `fp-${rng.token(22)}` } : { userAgent };
}

export type Channel = 'app' | 'mobile_web' | 'desktop';

export function deviceFor(rng: Rng, channel: Channel): Device {
  return channel === 'app' ? appDevice(rng) : webDevice(rng, channel === 'mobile_web');
}

export function drawChannel(rng: Rng, appShare = 0.45): Channel {
  return rng.chance(appShare) ? 'app' : rng.chance(0.55) ? 'mobile_web' : 'desktop';
}

/** A store account: opened before the window (or during it), with its household's cards, devices and networks. */
export interface Account {
  id: string;
  email: string;
  name: string;
  person: Person;
  createdAt: number;
  market: Market;
  home: Home;
  cards: HeldCard[];
  devices: Array<{ channel: Channel; device: { id?: string; userAgent: string } }>;
  homeNet: Network;
  mobileNet: Network;
}

const accountId = (rng: Rng) => `cus_${rng.token(12)}`;

export function marketOf(rng: Rng): Market {
  return rng.weightedPick(Object.entries(MARKETS).map(([m, i]) => [m as Market, i.share] as const));
}

export function newAccount(rng: Rng, m: Market, createdAt: number, person?: Person): Account {
  const p = person ?? personIn(rng, m);
  const home = homeIn(rng, m);
  const cards = [newCard(rng, m)];
  if (rng.chance(0.35)) cards.push(newCard(rng, m));
  const channels: Channel[] = [drawChannel(rng)];
  if (rng.chance(0.4)) channels.push(channels[0] === 'desktop' ? 'app' : 'desktop');
  return {
    id: accountId(rng),
    email: emailIn(rng, p, m),
    name: p.name,
    person: p,
    createdAt,
    market: m,
    home,
    cards,
    devices: channels.map((channel) => ({ channel, device: deviceFor(rng, channel) })),
    homeNet: rng.pick(networksOf(m, 'home')),
    mobileNet: rng.pick(networksOf(m, 'mobile')),
  };
}

/**
 * The store's accounts before the window: one for every three orders expected, opened from 2016 (the store's
 * launch) to a week before the sale, more of them recently.
 */
export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const count = Math.max(30, Math.round(orders / 3));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const ageDays = Math.floor(7 + 3600 * r.next() ** 1.8);
    return newAccount(r, marketOf(r), start - ageDays * DAY - r.int(0, DAY - 1));
  });
}
