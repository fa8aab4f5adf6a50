import { DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { everyday, type Line, type Pet } from './catalogue.js';
import { type HeldCard, newCard } from './purchase.js';
import {
  CANADA,
  homeIn,
  ipFrom,
  type NetworkName,
  pickState,
  type Place,
  PUERTO_RICO,
  type State,
  US_HOME,
  US_MOBILE,
} from './world.js';

/** PawPantry's account holders: households, seniors, multi-pet homes, breeders, shelters and vet clinics. */

const FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Chris',
  'Karen',
  'Daniel',
  'Lisa',
  'Matthew',
  'Nancy',
  'Anthony',
  'Betty',
  'Mark',
  'Ashley',
  'Steven',
  'Emily',
  'Andrew',
  'Kimberly',
  'Joshua',
  'Michelle',
  'Kevin',
  'Amanda',
  'Brian',
  'Melissa',
  'Jose',
  'Maria',
  'Luis',
  'Carmen',
  'Wei',
  'Priya',
  'Tyrone',
  'Keisha',
  'Hannah',
  'Tyler',
  'Madison',
  'Brandon',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Rivera',
  'Patel',
  'Kim',
  'Cruz',
  'Ortiz',
  'Murphy',
  'Cook',
  'Rogers',
  'Reed',
  'Kowalski',
];
const MAIL = [
  ['gmail.com', 52],
  ['yahoo.com', 14],
  ['outlook.com', 7],
  ['hotmail.com', 7],
  ['icloud.com', 10],
  ['aol.com', 4],
  ['comcast.net', 3],
  ['att.net', 3],
] as const;
const PR_LAST = [
  'Rivera',
  'Santiago',
  'Colón',
  'Ortiz',
  'Rodríguez',
  'Torres',
  'Vázquez',
  'Cruz',
  'Figueroa',
  'Meléndez',
];

export const personName = (rng: Rng, pr = false): string =>
  `${rng.pick(FIRST)} ${pr ? rng.pick(PR_LAST) : rng.pick(LAST)}`;

export function emailFor(rng: Rng, name: string, provider?: string): string {
  const [f = 'pet', l = 'owner'] = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .split(' ');
  const domain = provider ?? rng.weightedPick(MAIL);
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}${rng.int(1, 99)}`,
    `${f[0]}${l}`,
    `${f}_${l}${rng.int(60, 99)}`,
    `${l}.${f}${rng.int(1, 9)}`,
  ]);
  return `${local}@${domain}`;
}

const UA = {
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; moto g power (2023)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36 Edg/135.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:138.0) Gecko/20100101 Firefox/138.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36',
  ],
  ipad: [
    'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  ],
  /** Seniors' devices that have not been updated in years. */
  old: [
    'Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
    'Mozilla/5.0 (Linux; Android 8.0.0; SM-G570M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Mobile Safari/537.36',
  ],
  app: [
    'PawPantry/8.4.1 (iPhone; iOS 18.4; Scale/3.00)',
    'PawPantry/8.4.1 (iPhone; iOS 17.6.1; Scale/3.00)',
    'PawPantry/8.4.0 (Android 14; SM-S921U)',
    'PawPantry/8.3.7 (Android 13; Pixel 7)',
  ],
} as const;
export type UaKind = keyof typeof UA;
export const userAgent = (rng: Rng, kind: UaKind): string => rng.pick(UA[kind]);

export const deviceId = (rng: Rng): string => `dv_${rng.token(20)}`;

/** A device: the app always sends its id; the web fingerprint script answers about 85 % of the time. */
export function newDevice(rng: Rng, kind?: UaKind): Device {
  const k =
    kind ??
    rng.weightedPick<UaKind>([
      ['iphone', 30],
      ['android', 16],
      ['windows', 18],
      ['mac', 9],
      ['ipad', 5],
      ['app', 22],
    ]);
  const ua = userAgent(rng, k);
  return k === 'app' || rng.chance(0.85) ? { id: deviceId(rng), userAgent: ua } : { userAgent: ua };
}

export type Segment = 'household' | 'senior' | 'multi_pet' | 'breeder' | 'shelter' | 'clinic';

export interface Customer {
  id: string;
  name: string;
  email: string;
  createdAt: number;
  segment: Segment;
  state: State;
  home: Place;
  tz: number;
  homeNet: NetworkName;
  /** The home connection's address: cable and fibre leases last for months. */
  homeIp: string;
  mobileNet: NetworkName;
  devices: Device[];
  cards: HeldCard[];
  pet: Pet;
  company?: string;
  /** The account's autoship: the same items every few weeks. */
  autoship?: { lines: Line[]; cadenceWeeks: number };
  /** Vet on file for prescriptions. */
  vet: { clinic: string; phone: string; pet: string };
}

const CLINIC = ['Animal Hospital', 'Veterinary Clinic', 'Pet Hospital', 'Vet Care', 'Animal Clinic'];
const PLACE = [
  'Maple Grove',
  'Lakeside',
  'Northside',
  'Banfield',
  'Oak Park',
  'Riverbend',
  'Hillcrest',
  'Parkway',
  'Sunrise',
  'Country',
];
const PET_NAMES = [
  'Bella',
  'Max',
  'Luna',
  'Charlie',
  'Lucy',
  'Cooper',
  'Daisy',
  'Milo',
  'Bailey',
  'Rocky',
  'Nala',
  'Oliver',
  'Sadie',
  'Tucker',
  'Zoe',
  'Bear',
];

export const vetClinic = (rng: Rng): { clinic: string; phone: string; pet: string } => ({
  clinic: `${rng.pick(PLACE)} ${rng.pick(CLINIC)}`,
  phone: `+1${rng.int(201, 989)}${rng.digits(7)}`,
  pet: rng.pick(PET_NAMES),
});

export const petName = (rng: Rng): string => rng.pick(PET_NAMES);

const KENNEL = ['Kennels', 'Labradors', 'Goldens', 'Doodles', 'Cattery', 'Shepherds'];
const SHELTER = [
  'Humane Society',
  'Animal Rescue',
  'SPCA',
  'Paws Rescue League',
  'Second Chance Animal Shelter',
];

/**
 * The account base: about one account for every 2.5 orders expected, opened one month to nine years before the
 * window; a home network and a phone network, one to three devices, one or two cards; most on autoship.
 */
export function customerBase(rng: Rng, start: number, orders: number): Customer[] {
  const count = Math.max(60, Math.round(orders / 2.5));
  return Array.from({ length: count }, (_, i) => customer(rng.fork(`c${i}`), start, i));
}

function customer(rng: Rng, start: number, i: number): Customer {
  const segment = rng.weightedPick<Segment>([
    ['household', 83],
    ['senior', 6],
    ['multi_pet', 6],
    ['breeder', 2],
    ['shelter', 1.5],
    ['clinic', 1.5],
  ]);
  const where = rng.next();
  const state = where < 0.025 ? PUERTO_RICO : where < 0.035 ? CANADA : pickState(rng);
  const pr = state === PUERTO_RICO;
  const name = personName(rng, pr);
  const company =
    segment === 'breeder'
      ? `${rng.pick(PLACE)} ${rng.pick(KENNEL)}`
      : segment === 'shelter'
        ? `${rng.pick(PLACE)} ${rng.pick(SHELTER)}`
        : segment === 'clinic'
          ? `${rng.pick(PLACE)} ${rng.pick(CLINIC)}`
          : undefined;
  const email = company
    ? `${rng.pick(['orders', 'office', 'info', 'admin', 'frontdesk'])}@${company.toLowerCase().replace(/[^a-z]/g, '')}.com`
    : emailFor(
        rng,
        name,
        segment === 'senior' ? rng.pick(['aol.com', 'comcast.net', 'att.net', 'yahoo.com']) : undefined,
      );
  const years = segment === 'senior' ? rng.float(2, 9) : rng.float(0.08, 8);
  const createdAt = Math.floor(start - years * 365 * DAY);
  const homeNet: NetworkName = pr
    ? 'pr_isp'
    : state === CANADA
      ? rng.pick(['ca_cable', 'ca_telco'] as const)
      : rng.pick(US_HOME);
  const mobileNet: NetworkName = pr ? 'pr_isp' : state === CANADA ? 'ca_telco' : rng.pick(US_MOBILE);
  const devices =
    segment === 'senior'
      ? [newDevice(rng, 'old')]
      : Array.from({ length: rng.int(1, 3) }, () => newDevice(rng));
  const cardCountry = pr ? 'PR' : state === CANADA ? 'CA' : 'US';
  const cards = Array.from({ length: rng.chance(0.4) ? 2 : 1 }, () => newCard(rng, cardCountry));
  const pet: Pet =
    segment === 'multi_pet'
      ? 'both'
      : segment === 'breeder' || segment === 'shelter' || segment === 'clinic'
        ? rng.pick(['dog', 'both'] as const)
        : rng.weightedPick<Pet>([
            ['dog', 48],
            ['cat', 30],
            ['both', 16],
            ['fish', 3],
            ['bird', 3],
          ]);
  const onAutoship = rng.chance(segment === 'clinic' ? 0.3 : 0.6);
  return {
    id: `cus_${String(100_000 + i * 7 + rng.int(0, 6))}${rng.token(4)}`,
    name,
    email,
    createdAt,
    segment,
    state,
    home: homeIn(rng, state),
    tz: state.tz,
    homeNet,
    homeIp: ipFrom(rng, homeNet),
    mobileNet,
    devices,
    cards,
    pet,
    ...(company ? { company } : {}),
    ...(onAutoship
      ? {
          autoship: {
            lines: everyday(rng, pet, segment === 'multi_pet' || company ? 'big' : 'small'),
            cadenceWeeks: rng.pick([2, 3, 4, 4, 4, 5, 6, 6, 8]),
          },
        }
      : {}),
    vet: vetClinic(rng),
  };
}

/** The customer's IP: at home (mostly the same address) or, on a phone when out, the carrier's (rotating). */
export function customerIp(rng: Rng, c: Customer, device: Device): string {
  const phone = /iPhone|Android|PawPantry/.test(device.userAgent);
  if (phone && rng.chance(0.35)) return ipFrom(rng, c.mobileNet);
  // Mostly the same home address; now and then a new lease (or the other stack, IPv4 or IPv6).
  return rng.chance(0.85) ? c.homeIp : ipFrom(rng, c.homeNet);
}
