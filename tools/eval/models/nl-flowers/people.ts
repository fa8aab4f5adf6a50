import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { homeIp } from './networks.js';
import { addressIn, type Country, mailFor, MARKETS, personIn } from './places.js';
import { type HeldCard, newCard } from './payments.js';

/**
 * Bloemhuis's accounts: people who order a few times a year (Valentine's, Mother's Day, birthdays) with their own
 * devices, home address, network and saved cards; a share hold a flower subscription; a few are companies. Most
 * of this fortnight's buyers are guests and never appear here.
 */

export interface Customer {
  id: string;
  email: string;
  name: string;
  country: Country;
  createdAt: number;
  home: Address;
  cards: HeldCard[];
  devices: Device[];
  /** Home line and mobile: the customer's own addresses, kept across orders. */
  ips: string[];
  subscriber: boolean;
  company?: { name: string; vatId: string };
}

const UA = {
  iphone: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  ],
  windows: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  mac: [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  app: ['Bloemhuis/6.4.1 (iPhone; iOS 18.2; Scale/3.00)', 'Bloemhuis/6.4.0 (Android 14; SM-A546B)'],
};

/** A device: phones most of all; the app always sends its id, the web fingerprint script most of the time. */
export function newDevice(rng: Rng, mobileShare = 0.62): Device {
  const kind = rng.chance(0.08)
    ? 'app'
    : rng.chance(mobileShare)
      ? rng.chance(0.55)
        ? 'iphone'
        : 'android'
      : rng.chance(0.7)
        ? 'windows'
        : 'mac';
  const userAgent = rng.pick(UA[kind]);
  const id = kind === 'app' || rng.chance(0.86) ? `dv_${rng.token(20)}` : undefined;
  return { userAgent, ...(id ? { id } : {}) };
}

/** A headless or scripted browser as card-testing tools present themselves (or a plain desktop Chrome). */
export const scriptedAgents: readonly string[] = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
];

export const pickCountry = (rng: Rng): Country => rng.weighted<Country>(MARKETS);

const COMPANIES = [
  ['Van Dijk Installatietechniek B.V.', 'NL'],
  ['Noordzee Logistics B.V.', 'NL'],
  ['Aalsmeer Trade Partners B.V.', 'NL'],
  ['Stichting Zorggroep Midden', 'NL'],
  ['Hofstede Advocaten', 'NL'],
  ['Brouwer & Zn. Accountants', 'NL'],
  ['Antwerp Diamond Services NV', 'BE'],
  ['Gentse Bouwgroep BV', 'BE'],
  ['Rheinland Consulting GmbH', 'DE'],
] as const;

/** The customer base: one account for every four orders expected, opened one month to nine years back. */
export function customerBase(rng: Rng, start: number, orders: number): Customer[] {
  const count = Math.max(40, Math.round(orders / 4));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`c${i}`);
    const business = r.chance(0.025);
    const [companyName, companyCountry] = r.pick(COMPANIES);
    const country: Country = business ? companyCountry : pickCountry(r);
    const name = personIn(r, country);
    const cardCountry = country;
    const cards = [newCard(r, cardCountry)];
    if (r.chance(0.3)) cards.push(newCard(r, cardCountry));
    const devices = [newDevice(r)];
    if (r.chance(0.5)) devices.push(newDevice(r));
    const id = `cus_${r.token(14)}`;
    return {
      id,
      email: business
        ? `${name.split(' ')[0]?.toLowerCase() ?? 'hr'}@${companyName.split(' ')[0]?.toLowerCase()}.${country.toLowerCase()}`
        : mailFor(r, name, country),
      name,
      country,
      createdAt: start - Math.floor(r.float(30, 9 * 365) * DAY),
      home: addressIn(r, country),
      cards,
      devices,
      ips: [homeIp(r, country), homeIp(r, country, true)],
      subscriber: !business && r.chance(0.12),
      ...(business
        ? {
            company: {
              name: companyName,
              vatId:
                country === 'NL'
                  ? `NL${r.digits(9)}B01`
                  : country === 'BE'
                    ? `BE0${r.digits(9)}`
                    : `DE${r.digits(9)}`,
            },
          }
        : {}),
    };
  });
}
