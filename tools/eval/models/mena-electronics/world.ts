import { type Card, cardFrom } from './cards.js';
import { type Rng } from '../kit/random.js';
import { MARKET_SHARES, type MarketCode } from './markets.js';
import { address, network, type Network, networksIn } from './networks.js';
import { resident } from './people.js';
import { type Address, officeIn } from './places.js';
import { DAY, device, type Device, userId } from './purchase.js';
import { shopper, type Shopper } from './shoppers.js';

/**
 * The people who come back within the three days: loyal customers, households whose members share a
 * device, a card and the home Wi-Fi, and offices whose staff order from the company network.
 */

export interface Household {
  market: MarketCode;
  members: Shopper[];
  sharedDevice: Device;
  homeIp: string;
  home: Address;
  /** The card one spouse lets the other use. */
  sharedCard: Card;
}

export interface Office {
  market: MarketCode;
  /** The office's few public addresses. */
  ips: string[];
  address: Address;
}

export interface World {
  loyal: Shopper[];
  households: Household[];
  offices: Office[];
}

/** Where residents go on holiday: the UK, Turkey, Egypt, Germany, Lebanon, Oman. */
export const HOLIDAYS: readonly Network[] = [
  'bt',
  'virgin-media',
  'ee',
  'turk-telekom',
  'turkcell',
  'te-data',
  'vodafone-eg',
  'telekom-de',
  'lebanon-dsl',
  'omantel',
].map(network);

/** A world sized for `orders` orders. */
export function world(rng: Rng, now: number, orders: number): World {
  const market = () => rng.weighted(MARKET_SHARES);
  const loyal = Array.from({ length: Math.max(4, Math.round(orders * 0.03)) }, () => {
    const m = market();
    const s = shopper(rng, m, now);
    const years = rng.float(1.5, 8);
    return { ...s, account: { id: userId(rng), createdAt: Math.floor(now - years * 365 * DAY) } };
  });
  const households = Array.from({ length: Math.max(3, Math.round(orders * 0.012)) }, () => {
    const m = market();
    const first = shopper(rng, m, now);
    const members = [first];
    for (let i = rng.int(1, 3); i > 0; i--) {
      const p = resident(rng, m);
      const sibling = shopper(rng, m, now, {
        ...p,
        last: first.person.last,
        name: `${p.first} ${first.person.last}`,
      });
      members.push(sibling);
    }
    return {
      market: m,
      members,
      sharedDevice: device(rng, m, { app: 0, mweb: 2, desktop: 3 }),
      homeIp: first.homeIp,
      home: first.home,
      sharedCard: cardFrom(rng, m),
    };
  });
  const offices = Array.from({ length: Math.max(2, Math.round(orders * 0.004)) }, () => {
    const m = rng.weighted({ AE: 50, SA: 25, QA: 10, KW: 10, EG: 5 });
    const nets = networksIn(m, 'broadband');
    const net = rng.pick(nets.length > 0 ? nets : networksIn(m));
    return {
      market: m,
      ips: Array.from({ length: rng.int(1, 3) }, () => address(rng, net, false)),
      address: officeIn(rng, m),
    };
  });
  return { loyal, households, offices };
}
