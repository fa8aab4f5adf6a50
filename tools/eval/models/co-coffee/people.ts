import { type Address, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import {
  type Currency,
  EXPORT_SUBSCRIPTION,
  type Item,
  OFFICE_SUBSCRIPTION,
  priced,
  SUBSCRIPTIONS,
} from './catalogue.js';
import { homeNetwork, mobileNetwork, type Network } from './networks.js';
import { addressIn, type City, CO_CITIES, cityOf, marketCity, MARKETS } from './places.js';
import { computerIn, phoneIn } from './devices.js';
import { emailFor, nameIn } from './names.js';

export { computerIn, phoneIn } from './devices.js';
export { emailFor, fold, nameIn, providerIn } from './names.js';

/**
 * The roastery's customers: the account pool: Colombians at home, tourists who opened an account at the tasting room
 * and now order from home, and Colombians abroad. Repeat buyers, subscribers, takeovers and friendly fraud all
 * draw from it.
 */

export type Region = 'co' | 'tourist' | 'diaspora';
export type HomeMethod = 'card' | 'pse' | 'nequi' | 'daviplata' | 'cod';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  region: Region;
  city: City;
  home: Address;
  locale: string;
  currency: Currency;
  cards: HeldCard[];
  /** The device they usually order from, and their phone (often the same). */
  device: Device;
  phone: Device;
  network: Network;
  mobile: Network;
  prefers: HomeMethod;
  subscription?: Item;
  documentType: 'CC' | 'CE' | 'PP';
}

export interface Customers {
  all: Account[];
  co: Account[];
  tourists: Account[];
  diaspora: Account[];
  subscribers: Account[];
}

const TOURIST_HOMES = { US: 40, CA: 12, ES: 10, DE: 9, FR: 7, NL: 6, GB: 6, IT: 4, CH: 3, PT: 3 } as const;
const DIASPORA_HOMES = { US: 55, ES: 30, CA: 15 } as const;

function account(rng: Rng, i: number, start: number): Account {
  const region = rng.weighted<Region>({ co: 80, tourist: 12, diaspora: 8 });
  const country =
    region === 'co' ? 'CO' : rng.weighted<string>(region === 'tourist' ? TOURIST_HOMES : DIASPORA_HOMES);
  const city = country === 'CO' ? cityOf(rng, CO_CITIES) : marketCity(rng, country);
  const name = nameIn(rng, region === 'diaspora' ? 'CO' : country);
  const age =
    region === 'tourist'
      ? rng.int(7, 1100)
      : Math.min(8 * 365, 10 + Math.floor(rng.exp(region === 'co' ? 420 : 600)));
  const cardCountry = region === 'co' ? 'CO' : country;
  const cards = [newCard(rng, cardCountry, region === 'co' && rng.chance(0.35) ? 'debit' : undefined)];
  if (rng.chance(0.35))
    cards.push(newCard(rng, region === 'diaspora' && rng.chance(0.4) ? 'CO' : cardCountry));
  const phone = phoneIn(rng, country);
  const desktop = rng.chance(country === 'CO' ? 0.35 : 0.5);
  const market = MARKETS[country];
  const sub = rng.chance(region === 'co' ? 0.32 : region === 'diaspora' ? 0.15 : 0.1);
  const currency: Currency = market?.currency ?? 'COP';
  return {
    id: String(20_000 + i * 4 + rng.int(0, 3)),
    email: emailFor(rng, name, region === 'diaspora' ? 'CO' : country),
    name,
    createdAt: start - age * DAY - rng.int(0, DAY - 1),
    region,
    city,
    home: addressIn(rng, city),
    locale: market?.locale ?? 'es-CO',
    currency,
    cards,
    device: desktop ? computerIn(rng, country) : phone,
    phone,
    network: homeNetwork(rng, country),
    mobile: mobileNetwork(rng, country),
    prefers: rng.weighted<HomeMethod>({ card: 35, pse: 30, nequi: 22, daviplata: 3, cod: 10 }),
    ...(sub
      ? {
          subscription:
            currency === 'COP'
              ? rng.weightedPick([
                  [SUBSCRIPTIONS[0] as Item, 70],
                  [SUBSCRIPTIONS[1] as Item, 25],
                  [OFFICE_SUBSCRIPTION, 5],
                ])
              : priced(EXPORT_SUBSCRIPTION, currency),
        }
      : {}),
    documentType: region === 'tourist' ? 'PP' : 'CC',
  };
}

/** About one account for every two orders expected, opened days to eight years before the season. */
export function customerBase(rng: Rng, start: number, orders: number): Customers {
  const all = Array.from({ length: Math.max(60, Math.round(orders * 0.55)) }, (_, i) =>
    account(rng.fork(`a${i}`), i, start),
  );
  const co = all.filter((a) => a.region === 'co');
  return {
    all,
    co,
    tourists: all.filter((a) => a.region === 'tourist'),
    diaspora: all.filter((a) => a.region === 'diaspora'),
    subscribers: rng.shuffle(all.filter((a) => a.subscription !== undefined)),
  };
}

/** Someone new: a name, an address, a phone on their carrier, a card or two; no account yet. */
export interface Person {
  name: string;
  email: string;
  city: City;
  home: Address;
  device: Device;
  network: Network;
  cards: HeldCard[];
}

export function newPerson(rng: Rng, country: string, city?: City): Person {
  const c = city ?? (country === 'CO' ? cityOf(rng, CO_CITIES) : marketCity(rng, country));
  const name = nameIn(rng, country);
  const onPhone = rng.chance(country === 'CO' ? 0.78 : 0.6);
  return {
    name,
    email: emailFor(rng, name, country),
    city: c,
    home: addressIn(rng, c),
    device: onPhone ? phoneIn(rng, country) : computerIn(rng, country),
    network: onPhone && rng.chance(0.55) ? mobileNetwork(rng, country) : homeNetwork(rng, country),
    cards: [newCard(rng, country, country === 'CO' && rng.chance(0.4) ? 'debit' : undefined)],
  };
}
