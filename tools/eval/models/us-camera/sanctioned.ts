import { type Address, type Buyer, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterWork, placedAt } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { add, type Fulfilment, type Line, lineFrom, price } from './catalogue.js';
import { chargebacks } from './fraud-kit.js';
import { ipIn, network, pickNetwork } from './networks.js';
import { emailOf, newDevice, person } from './people.js';
import { FORWARDERS, marketOf, type Sanctioned, SANCTIONED_HOMES, stateOf, TRANSIT } from './places.js';
import { type Attempt, cardAttempt, other, type Purchase, step } from './purchase.js';
import { purchaseOf, type World } from './world.js';

/**
 * Buyers in comprehensively sanctioned jurisdictions (Russia, Belarus, Iran, Syria, Cuba, North Korea): the
 * store may not sell to them, so they come through a transit forwarder in Kazakhstan, Armenia, Kyrgyzstan,
 * Georgia, the Emirates, Turkey, Lebanon or Lithuania, pay with a card opened there (or try their own, which
 * the networks refuse), or a trading company's wire; Cubans order to a relative's Miami address with the
 * relative's card. Every such order touches a sanctioned country by its connection, billing or card; export
 * screening cancels many before they ship. Drones, cinema bodies, fast lenses and studio audio, often several.
 */

interface Origin {
  country: Sanctioned;
  weight: number;
  tz: number;
  locale: string;
  net: string;
  /** Where their parcels are carried on from. */
  transit: readonly string[];
  /** The third-country cards they hold. */
  cards: readonly string[];
}

const ORIGINS: readonly Origin[] = [
  {
    country: 'RU',
    weight: 45,
    tz: 3,
    locale: 'ru-RU',
    net: 'ru-broadband',
    transit: ['KZ', 'AM', 'KG', 'GE', 'AE'],
    cards: ['KZ', 'AM', 'KG', 'AE', 'TR'],
  },
  {
    country: 'BY',
    weight: 10,
    tz: 3,
    locale: 'ru-BY',
    net: 'by-broadband',
    transit: ['LT', 'KZ', 'GE'],
    cards: ['KZ', 'AM'],
  },
  {
    country: 'IR',
    weight: 20,
    tz: 3.5,
    locale: 'fa-IR',
    net: 'ir-broadband',
    transit: ['AE', 'TR', 'AM'],
    cards: ['AE', 'TR'],
  },
  {
    country: 'SY',
    weight: 8,
    tz: 3,
    locale: 'ar-SY',
    net: 'sy-broadband',
    transit: ['LB', 'TR', 'AE'],
    cards: ['AE', 'TR'],
  },
  { country: 'CU', weight: 14, tz: -5, locale: 'es-CU', net: 'cu-mobile', transit: [], cards: ['US'] },
  { country: 'KP', weight: 3, tz: 9, locale: 'ko-KP', net: 'kp-state', transit: ['AE'], cards: ['AE'] },
];

const WANTED = [
  'DJIM3P',
  'DJIAIR3S',
  'DJIMINI4P',
  'SOFX3',
  'SOA7M4',
  'CAR5M2',
  'SO2470GM2',
  'SO200600',
  'UAAPTXD',
  'RMEBBFS',
  'NETLM103',
  'DJIRS4P',
] as const;

function wanted(rng: Rng): Line[] {
  const lines: Line[] = [
    lineFrom(
      rng,
      WANTED,
      rng.weightedPick([
        [1, 60],
        [2, 25],
        [3, 10],
        [5, 5],
      ] as const),
    ),
  ];
  if (rng.chance(0.4)) add(lines, lineFrom(rng, WANTED));
  return lines;
}

const transitAddress = (rng: Rng, country: string): Address => {
  const found = TRANSIT.filter((t) => t.country === country);
  return rng.pick(found.length > 0 ? found : TRANSIT);
};

export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const o = rng.weightedPick(ORIGINS.map((x) => [x, x.weight] as const));
    const who = person(rng, o.country);
    const at = placedAt(rng, w.window, o.tz, 'evening');
    const home = rng.pick(SANCTIONED_HOMES[o.country]);
    const lines = wanted(rng);
    const device = newDevice(rng, 0.05);
    // Most order from home; some behind a VPN exit, and then the billing address still gives them away.
    const vpn = o.country !== 'CU' && o.country !== 'KP' && rng.chance(0.3);
    const ip = vpn
      ? ipIn(rng, pickNetwork(rng, rng.pick(['NL', 'DE']), 'hosting'), 0)
      : ipIn(rng, network(o.net), 0.1);
    let shipping: Address;
    let billing: Address;
    let fulfilment: Fulfilment;
    let card: HeldCard;
    let basketState: 'FL' | undefined;
    if (o.country === 'CU') {
      shipping = { ...rng.pick(FORWARDERS), line1: `${rng.pick(FORWARDERS).line1} Ste CU${rng.digits(5)}` };
      billing = {
        country: 'US',
        postalCode: '33135',
        city: 'Miami',
        line1: `${rng.int(100, 3900)} SW 8th St`,
      };
      fulfilment = 'expedited';
      card = newCard(rng, 'US', 'debit');
      basketState = 'FL';
    } else {
      const transit = rng.pick(o.transit);
      shipping = transitAddress(rng, transit);
      billing = vpn || rng.chance(0.5) ? home : transitAddress(rng, transit);
      fulfilment = 'international';
      // Russians and Belarusians try their own Visa or Mastercard first now and then; it is refused.
      const own = (o.country === 'RU' || o.country === 'BY') && rng.chance(0.3);
      card = newCard(rng, own ? o.country : rng.pick(o.cards));
    }
    // Courier rates to the transit countries; duties are the buyer's there.
    const market =
      fulfilment === 'international'
        ? { ...marketOf('DE'), country: shipping.country, duties: 0, fee: [8995, 18995] as const }
        : undefined;
    const basket = price(
      lines,
      market ? { fulfilment, market } : { fulfilment, state: stateOf(basketState ?? 'FL') },
      rng,
    );
    const domestic = card.country === o.country;
    const attempts: Attempt[] = [];
    if (domestic) {
      // The card networks refuse cards issued there; a third-country card or a wire follows, or nothing.
      attempts.push(
        cardAttempt(rng, card, basket.amount, {
          entry: 'typed',
          match: 'good',
          ok: false,
          decline: 'transaction_not_allowed',
          afterMs: rng.int(5_000, 30_000),
          threeDS: 'none',
        }),
      );
      if (rng.chance(0.6))
        attempts.push(
          cardAttempt(rng, newCard(rng, rng.pick(o.cards.length > 0 ? o.cards : ['AE'])), basket.amount, {
            entry: 'typed',
            match: 'good',
            ok: rng.chance(0.8),
            decline: 'do_not_honor',
            afterMs: rng.int(60_000, 20 * MINUTE),
          }),
        );
    } else if (basket.amount > 500_000 && o.country !== 'CU' && rng.chance(0.5)) {
      attempts.push(other('wire_transfer', true, afterWork(at, rng.int(1, 4) * DAY) - at));
    } else {
      attempts.push(
        cardAttempt(rng, card, basket.amount, {
          entry: 'typed',
          match: 'good',
          ok: rng.chance(0.85),
          decline: 'do_not_honor',
          afterMs: rng.int(5_000, 40_000),
        }),
      );
    }
    const buyer: Buyer = {
      email: emailOf(rng, who, o.country === 'RU' || o.country === 'BY' ? 'RU' : 'OTHER'),
      name: who.name,
    };
    return purchaseOf(
      {
        at,
        fraud: true,
        kind: 'sanctioned_country',
        basket,
        billing,
        shipping,
        fulfilment,
        buyer,
        ip,
        device,
        locale: o.locale,
        attempts,
      },
      (p) => {
        if (!p.attempts.some((a) => a.ok)) return [];
        if (rng.chance(0.6)) {
          const held = afterWork(p.at + 30 * MINUTE, rng.int(1, 20) * 60 * MINUTE);
          return [
            step(p.at, 'order.updated', p.at + rng.int(1, 10) * MINUTE, { status: 'compliance_review' }),
            step(p.at, 'order.cancelled', held, { reason: 'export_compliance' }),
            step(p.at, 'refund.created', held + rng.int(5, 90) * MINUTE, { reason: 'export_compliance' }),
          ];
        }
        return chargebacks(rng, p, { caught: 0, warning: 0.05, dispute: 0.05 });
      },
    );
  });
}
