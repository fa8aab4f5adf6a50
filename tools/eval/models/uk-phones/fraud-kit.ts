import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { cancelled, journey } from './after.js';
import { type Calendar } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { type Fulfilment } from './catalogue.js';
import { connect, homeNetwork, mobileNetwork, network, networksOf } from './networks.js';
import { type Name, personName } from './people.js';
import { homeAddress, type Market, townOf } from './places.js';
import { type LaterEvent } from './purchase.js';

/** What the fraud planners share: victims, where fraudsters connect from, drop addresses, chargebacks. */

export interface Victim {
  person: Name;
  home: Address;
  card: HeldCard;
  market: Market;
}

/** A cardholder whose details were phished, skimmed from a breach or bought as "fullz". */
export function victim(rng: Rng, market: Market = rng.chance(0.9) ? 'GB' : 'IE'): Victim {
  return {
    person: personName(rng, market),
    home: homeAddress(rng, market),
    card: newCard(rng, market),
    market,
  };
}

const FOREIGN = ['ng-mobile', 'ro-home', 'pk-home', 'tr-home', 'in-mobile', 'us-cable', 'nl-home'];
const HOSTING = ['gb-hosting', 'nl-hosting', 'de-hosting', 'fi-hosting'];

/**
 * Where a fraudster connects from. The careful sit behind residential proxies or a SIM in the victim's
 * country, indistinguishable from a customer's line; the sloppy come from a data centre or from home abroad.
 */
export function fraudConnection(rng: Rng, market: Market, careful: boolean): string {
  if (careful) {
    if (rng.chance(0.12)) return connect(rng, network(rng.pick(HOSTING)));
    return connect(rng, rng.chance(0.6) ? homeNetwork(rng, market) : mobileNetwork(rng, market));
  }
  if (rng.chance(0.5)) return connect(rng, network(rng.pick(HOSTING)));
  if (rng.chance(0.3)) return connect(rng, rng.pick(networksOf('GB', 'broadband')));
  return connect(rng, network(rng.pick(FOREIGN)));
}

const DROP_TOWNS = [
  'London',
  'London',
  'London',
  'Birmingham',
  'Manchester',
  'Salford',
  'Leeds',
  'Liverpool',
  'Leicester',
  'Bolton',
  'Glasgow',
];

/** A drop: a flat in a big block, a room let by the week, a mule's address; parcels signed for by anyone. */
export function dropAddress(rng: Rng): Address {
  return homeAddress(rng, 'GB', townOf('GB', rng.pick(DROP_TOWNS)), 0.8);
}

export interface Chargebacks {
  /** Cancelled by the shop's review before dispatch. */
  caught?: number;
  /** The issuer's early fraud warning. */
  warning?: number;
  /** The cardholder's dispute. */
  dispute?: number;
  reason?: string;
  /** The steps before the journey (an address change). */
  extra?: LaterEvent[];
  /** A pre-order of the new phone. */
  preorder?: boolean;
}

/** A fraudulent order's life once paid: caught and refunded, or shipped; then warnings and disputes. */
export function fraudAfter(rng: Rng, c: Calendar, at: number, f: Fulfilment, cb: Chargebacks): LaterEvent[] {
  const j = journey(rng, c, at, f, cb.preorder);
  if (rng.chance(cb.caught ?? 0.06))
    return [
      ...(cb.extra ?? []),
      ...cancelled(rng, Math.max(j.dispatched, 40 * MINUTE), 'suspected_fraud', 'fraudulent'),
    ];
  const out: LaterEvent[] = [...(cb.extra ?? []), ...j.steps];
  const reason = cb.reason ?? 'fraudulent';
  const warned = rng.chance(cb.warning ?? 0.4);
  if (warned)
    out.push({
      type: 'fraud_warning.created',
      afterMs: j.dispatched + rng.int(1, 18) * DAY + rng.int(0, 23) * HOUR,
      reason,
    });
  if (rng.chance(cb.dispute ?? 0.7))
    out.push({ type: 'dispute.created', afterMs: j.arrived + rng.int(warned ? 12 : 6, 60) * DAY, reason });
  return out;
}

/** Russian, Belarusian and Iranian names for the sanctioned-country planner. */
export const SANCTIONED_NAMES: Readonly<Record<string, readonly Name[]>> = {
  RU: [
    { first: 'Dmitry', last: 'Volkov' },
    { first: 'Anna', last: 'Smirnova' },
    { first: 'Sergei', last: 'Kuznetsov' },
    { first: 'Olga', last: 'Popova' },
    { first: 'Alexei', last: 'Sokolov' },
  ],
  BY: [
    { first: 'Andrei', last: 'Kovalenko' },
    { first: 'Yulia', last: 'Novik' },
  ],
  IR: [
    { first: 'Reza', last: 'Hosseini' },
    { first: 'Maryam', last: 'Ahmadi' },
    { first: 'Ali', last: 'Karimi' },
  ],
  SY: [{ first: 'Omar', last: 'Haddad' }],
  CU: [{ first: 'Yanet', last: 'Rodriguez' }],
};

export const SANCTIONED_ADDRESSES: Readonly<Record<string, readonly Address[]>> = {
  RU: [
    { country: 'RU', postalCode: '125009', city: 'Moscow', line1: 'ul. Tverskaya 12, kv. 45' },
    { country: 'RU', postalCode: '191025', city: 'Saint Petersburg', line1: 'Nevsky prospekt 88, kv. 7' },
    { country: 'RU', postalCode: '620014', city: 'Yekaterinburg', line1: 'ul. Malysheva 51, kv. 112' },
  ],
  BY: [{ country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 31, kv. 9' }],
  IR: [{ country: 'IR', postalCode: '1517964311', city: 'Tehran', line1: 'Vali Asr Ave 1450, Unit 6' }],
};
