import { type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Category, type Fulfilment, inCategory, item } from './catalogue.js';
import { ipIn, network, type Network, networksOf } from './networks.js';
import { type Channel, deviceFor, emailOf, type Person } from './people.js';
import { locker, type Market } from './places.js';
import { type Attempt, chargeable, fulfilmentSteps, type LaterEvent, type Purchase } from './purchase.js';
import { weekOf, type World } from './world.js';

/** What the fraud planners share: skill, networks, mail addresses, devices, baskets and the aftermath. */

export type Skill = 'sloppy' | 'careful';

export const skillOf = (rng: Rng, careful = 0.6): Skill => (rng.chance(careful) ? 'careful' : 'sloppy');

/** Where fraud is run from when it does not hide: Vietnam, Indonesia, Nigeria, China, and hosting everywhere. */
const FOREIGN_OPERATORS: ReadonlyArray<readonly [string, number]> = [
  ['vn-mobile', 4],
  ['vn-fibre', 2],
  ['id-mobile', 3],
  ['ng-mobile', 2],
  ['cn-mobile', 1],
  ['my-mobile', 2],
  ['ph-mobile', 1],
];
const HOSTING: ReadonlyArray<readonly [string, number]> = [
  ['sg-cloud', 4],
  ['us-cloud', 3],
  ['de-hosting', 2],
  ['nl-hosting', 2],
  ['jp-cloud', 1],
  ['au-cloud', 1],
];

/**
 * The network a fraudster's checkout comes from. Careful ones buy residential or mobile proxies in the country
 * they pose in; sloppy ones show a hosting range or their own connection abroad.
 */
export function fraudNetwork(rng: Rng, skill: Skill, posing: string): Network {
  if (skill === 'careful' && rng.chance(0.85)) {
    const nets = networksOf(posing).filter((n) => n.use === 'home' || n.use === 'mobile');
    if (nets.length > 0) return rng.pick(nets);
  }
  return network(rng.chance(0.55) ? rng.weightedPick(HOSTING) : rng.weightedPick(FOREIGN_OPERATORS));
}

export const fraudIp = (rng: Rng, skill: Skill, posing: string): string =>
  ipIn(rng, fraudNetwork(rng, skill, posing), 0.1);

const TEMP_DOMAINS = [
  'guerrillamail.com',
  'sharklasers.com',
  'yopmail.com',
  'mailinator.com',
  'tempmail.plus',
  '10minutemail.net',
];

/** A mail address: careful fraudsters use a name-based free-mail address; sloppy ones, junk or throw-away. */
export function fraudEmail(rng: Rng, skill: Skill, p: Person): string {
  if (skill === 'careful' && rng.chance(0.8))
    return emailOf(
      rng,
      p,
      rng.weightedPick<string>([
        ['gmail.com', 6],
        ['outlook.com', 2],
        ['yahoo.com', 1],
        ['icloud.com', 1],
      ]),
    );
  return rng.chance(0.5)
    ? `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`
    : `${rng.token(9)}@${rng.pick(TEMP_DOMAINS)}`;
}

const HEADLESS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
];

/** A fraudster's device: careful ones a fresh phone or an anti-detect browser; sloppy ones a bare script. */
export function fraudDevice(rng: Rng, skill: Skill): { device: Device; channel: Channel } {
  if (skill === 'careful') {
    const channel: Channel = rng.weightedPick<Channel>([
      ['app', 4],
      ['mobile_web', 3],
      ['desktop', 3],
    ]);
    return { device: deviceFor(rng, channel), channel };
  }
  if (rng.chance(0.5)) return { device: { userAgent: rng.pick(HEADLESS) }, channel: 'desktop' };
  return { device: deviceFor(rng, 'desktop'), channel: 'desktop' };
}

/** What resells: flagship phones, Apple laptops and tablets, consoles, drones, cameras, Apple gift cards. */
export function resaleLines(rng: Rng, m: Market, withCodes = true): Purchase['basket']['lines'] {
  const c = rng.weightedPick<Category>([
    ['phones', 34],
    ['laptops', 16],
    ['tablets', 8],
    ['gaming', 12],
    ['drones', 6],
    ['cameras', 6],
    ['audio', 6],
    ['gift_cards', withCodes && m === 'SG' ? 14 : 0],
  ]);
  if (c === 'gift_cards') {
    const card = item(rng.pick(['GC-APPLE200', 'GC-APPLE100', 'GC-GPLAY30', 'GC-PSN50', 'GC-STEAM50']));
    return [{ ...card, quantity: rng.int(1, 5) }];
  }
  const top = inCategory(c)
    .slice()
    .sort((a, b) => b.price - a.price)
    .slice(0, 3);
  const main = rng.pick(top);
  const lines = [{ ...main, quantity: rng.chance(0.3) ? rng.int(2, 3) : 1 }];
  if (rng.chance(0.2)) lines.push({ ...item('AU-APP3'), quantity: 1 });
  return lines;
}

/** Where stolen goods go in Singapore: a locker, a mule's flat, a showroom pickup, same day to a flat. */
export function dropFulfilment(rng: Rng, lines: Purchase['basket']['lines']): Fulfilment {
  if (lines.every((l) => l.category === 'gift_cards')) return 'e_code';
  return rng.weightedPick<Fulfilment>([
    ['locker', 36],
    ['standard', 30],
    ['same_day', 16],
    ['self_collect', 18],
  ]);
}

export function dropAddress(rng: Rng, f: Fulfilment, muleHome: Address): Address | undefined {
  if (f === 'e_code' || f === 'self_collect') return undefined;
  if (f === 'locker') return locker(rng);
  return { ...muleHome };
}

export interface FraudDraft {
  kind: string;
  at: number;
  w: World;
  market: Market;
  lines: Purchase['basket']['lines'];
  fulfilment: Fulfilment;
  shipping: Address | undefined;
  billing: Address;
  buyer: Buyer;
  ip: string;
  device: Device;
  channel: Channel;
  code?: string;
  company?: Purchase['company'];
}

/** The draft with its basket, the attempts (from the basket's amount) and what follows. */
export function fraudPurchase(
  d: FraudDraft,
  attempts: (amount: number) => Attempt[],
  later: (amount: number) => LaterEvent[],
): Purchase {
  const basket = basketOf(d.lines, d.market, d.fulfilment, d.code);
  const tried = attempts(basket.amount);
  return {
    at: d.at,
    fraud: true,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts: tried,
    later: chargeable(tried, later(basket.amount)),
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    market: d.market,
    ip: d.ip,
    device: d.device,
    channel: d.channel,
    ...(d.company ? { company: d.company } : {}),
    week: weekOf(d.w, d.at),
  };
}

export interface Aftermath {
  /** The store stops it before it ships (a review, the owner calling in, compliance) and refunds. */
  caught: number;
  caughtReason?: string;
  warning: number;
  dispute: number;
  disputeReason?: string;
  /** Days after the order a dispute comes. */
  disputeDays?: readonly [number, number];
  /** A refund instead of a dispute (a pay-later provider clawing back). */
  refund?: number;
}

/** What follows a paid fraudulent order: caught and refunded, or fulfilled and then warned about and disputed. */
export function fraudAfter(rng: Rng, f: Fulfilment, a: Aftermath): LaterEvent[] {
  if (rng.chance(a.caught)) {
    const at = f === 'e_code' ? rng.int(20, 90) * MINUTE : rng.int(2, 20) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: a.caughtReason ?? 'suspected_fraud' },
      { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const out = fulfilmentSteps(rng, f);
  if (rng.chance(a.warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(2, 18) * DAY + rng.int(0, 23) * HOUR,
      reason: 'fraudulent',
    });
  const [from, to] = a.disputeDays ?? [14, 60];
  if (rng.chance(a.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(from, to) * DAY,
      reason: a.disputeReason ?? 'fraudulent',
    });
  else if (a.refund !== undefined && rng.chance(a.refund))
    out.push({ type: 'refund.created', afterMs: rng.int(from, to) * DAY, reason: 'fraudulent' });
  return out;
}
