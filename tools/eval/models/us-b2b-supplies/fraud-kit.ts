import { type CheckResult } from '@vigil/contracts';
import { type Rng } from '../kit/random.js';
import { avs, type Card, fraudDecline, newCard } from './cards.js';
import { type Context } from './honest-kit.js';
import { person, personalEmail, slug } from './names.js';
import { address, ipOf, network } from './networks.js';
import { type Address, cityIn, type Market, siteAddress } from './places.js';
import {
  type Attempt,
  charge,
  DAY,
  desktop,
  type Device,
  firstAuth,
  HOUR,
  type Later,
  MINUTE,
  retry,
} from './purchase.js';

/** What the fraud planners share: crews' identities, devices and networks, stolen cards and what follows. */

export { type Context };

/** Where a crew connects from: residential proxies in the victim's country, VPN or hosting, or home. */
export type Reach = 'proxy' | 'vpn' | 'mobile' | 'abroad';

const ABROAD = [
  'ng-mobile',
  'gh-mobile',
  'vn-broadband',
  'pk-broadband',
  've-cantv',
  'ru-broadband',
  'id-telkom',
];

export interface Crew {
  reach: Reach;
  /** The foreign network when `reach` is abroad. */
  home: string;
  market: Market;
  /** A device the crew keeps, or undefined when its anti-detect browser makes a new one per order. */
  device?: Device;
  /** A proxy exit the crew sticks to for a while. */
  ip?: string;
}

const REACH: Readonly<Record<Reach, number>> = { proxy: 45, vpn: 25, abroad: 20, mobile: 10 };

export function crew(rng: Rng, market: Market, weights: Readonly<Record<Reach, number>> = REACH): Crew {
  const reach = rng.weighted<Reach>(weights);
  return {
    reach,
    home: rng.pick(ABROAD),
    market,
    ...(rng.chance(0.5) ? { device: desktop(rng, 0.9) } : {}),
    ...(rng.chance(0.3) ? { ip: reachIp(rng, reach, market, rng.pick(ABROAD)) } : {}),
  };
}

function reachIp(rng: Rng, reach: Reach, market: Market, home: string): string {
  if (reach === 'abroad') return address(rng, network(home));
  if (reach === 'vpn') return ipOf(rng, market, rng.chance(0.7) ? 'vpn' : 'cloud', 0);
  return ipOf(rng, market, reach === 'mobile' ? 'mobile' : 'residential');
}

/** The address the crew's next order comes from. */
export const crewIp = (rng: Rng, c: Crew): string =>
  c.ip && rng.chance(0.6) ? c.ip : reachIp(rng, c.reach, c.market, c.home);

/** The crew's device for the next order: kept, or a fresh anti-detect profile (often without the script's id). */
export const crewDevice = (rng: Rng, c: Crew): Device => c.device ?? desktop(rng, 0.7);

/** A fresh mailbox for a throw-away identity. */
export function dropEmail(rng: Rng, name: string, market: Market): string {
  const [first = 'j', last = 'doe'] = name.split(' ').map(slug);
  return rng.weightedPick<string>([
    [personalEmail(rng, { first, last, name }, market), 40],
    [`${first}${last}${rng.digits(4)}@gmail.com`, 25],
    [
      `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(2)}@${rng.pick(['outlook.com', 'gmail.com', 'proton.me', 'mail.com'])}`,
      20,
    ],
    [`${first}.${last}.${rng.pick(['llc', 'biz', 'co'])}@${rng.pick(['gmail.com', 'outlook.com'])}`, 15],
  ]);
}

/** A cardholder whose card was stolen: their name, home (the billing address) and card. */
export interface Victim {
  name: string;
  billing: Address;
  card: Card;
}

/** Cardholders abroad whose cards are sold in the same shops: country, city, postal code, street. */
const FOREIGN: ReadonlyArray<readonly [string, string, string, string]> = [
  ['GB', 'Manchester', 'M14 5RG', 'Wilmslow Rd'],
  ['GB', 'Leeds', 'LS6 2AB', 'Headingley Ln'],
  ['MX', 'Guadalajara', '44160', 'Av. Chapultepec'],
  ['DE', 'Köln', '50667', 'Hohe Str.'],
  ['AU', 'Brisbane', '4000', 'Adelaide St'],
  ['BR', 'São Paulo', '01310-100', 'Av. Paulista'],
];

export function victim(
  rng: Rng,
  market: Market,
  use: 'consumer' | 'commercial' = 'consumer',
  bin?: string,
): Victim {
  const foreign = rng.chance(0.08) ? rng.pick(FOREIGN) : undefined;
  const country = foreign?.[0] ?? market;
  const city = cityIn(rng, market);
  return {
    name: person(rng).name,
    billing: foreign
      ? { country, city: foreign[1], postalCode: foreign[2], line1: `${rng.int(2, 240)} ${foreign[3]}` }
      : siteAddress(rng, city, use === 'commercial' ? 'office' : 'home'),
    card: newCard(rng, country, use, bin),
  };
}

/** How well a crew's billing data fits: full data ("fullz") passes; scraped numbers often do not. */
export const fraudMatch = (rng: Rng, fullz = 0.78): 'full' | 'zip' | 'none' =>
  rng.chance(fullz) ? 'full' : rng.chance(0.4) ? 'zip' : 'none';

/**
 * Authorisations with stolen cards: some cards are dead (declined), the crew moves on to the next; the last
 * one tried goes through with probability `success`.
 */
export function stolenAttempts(rng: Rng, cards: readonly Card[], success = 0.85, fullz = 0.78): Attempt[] {
  const out: Attempt[] = [];
  cards.forEach((card, i) => {
    const last = i === cards.length - 1;
    const cvc: CheckResult = rng.chance(0.92) ? 'pass' : 'fail';
    const ok = last && cvc === 'pass' && rng.chance(success);
    const decline = cvc === 'fail' ? 'incorrect_cvc' : fraudDecline(rng);
    const a = avs(card, !ok && decline === 'incorrect_zip' ? 'none' : fraudMatch(rng, fullz));
    out.push(charge(card, ok, i === 0 ? firstAuth(rng) : retry(rng) / 3, a, cvc, decline));
  });
  return out;
}

/**
 * What follows a stolen-card order: the store's review catches some before shipping; issuers report fraud
 * (early warnings within days, chargebacks in weeks) on most of the rest.
 */
export function stolenLater(
  rng: Rng,
  o: { caught?: number; warning?: number; dispute?: number } = {},
): Later[] {
  if (rng.chance(o.caught ?? 0.1)) {
    const afterMs = rng.int(HOUR, 30 * HOUR);
    return [
      { type: 'order.cancelled', afterMs, reason: 'fraud_suspected' },
      { type: 'refund.created', afterMs: afterMs + rng.int(2 * MINUTE, 40 * MINUTE), reason: 'fraudulent' },
    ];
  }
  const later: Later[] = [];
  if (rng.chance(o.warning ?? 0.45))
    later.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(DAY, 14 * DAY),
      reason: rng.pick([
        'made_with_stolen_card',
        'unauthorized_use_of_card',
        'made_with_stolen_card',
        'card_never_received',
      ]),
    });
  if (rng.chance(o.dispute ?? 0.7))
    later.push({ type: 'dispute.created', afterMs: rng.int(8 * DAY, 60 * DAY), reason: 'fraudulent' });
  return later;
}
