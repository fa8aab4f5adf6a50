import { type Address, DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVERYDAY_HOURS, placeAt } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import {
  AVALANCHE,
  basketOf,
  BOOTS,
  CLOTHING,
  type Fulfilment,
  giftCard,
  GOGGLES,
  line,
  SKIS,
  TOURING,
} from './catalogue.js';
import { hostingIp } from './fraud-kit.js';
import { ipOn } from './networks.js';
import { FORWARDERS, muleAddress, SANCTIONED_PLACES, withNote } from './places.js';
import { deviceOf, emailOf, personOf } from './people.js';
import { type Attempt, cardAttempt, type LaterEvent, type Purchase } from './purchase.js';
import { purchaseOf } from './shop.js';

/**
 * Buyers in jurisdictions the shop may not sell to: Russia and Belarus (the EU ban on exporting luxury goods,
 * which names skis, ski boots and ski clothing over €300 an item; Bergwerk's compliance policy refuses both
 * countries outright) and Iran (comprehensive sanctions). None of them can pay with a card from home, so they
 * pay with cards from Kazakh, Kyrgyz, Georgian, Turkish or Emirati banks and send the goods to a forwarder or an
 * acquaintance inside the shop's markets; some order for collection at a resort shop while on holiday there.
 * Each order names the sanctioned country somewhere: its network, or the billing address the buyer gives.
 */

type Variant = 'ru_forwarder' | 'ru_tourist' | 'by_forwarder' | 'ir_buyer' | 'ru_gift_cards';

const VARIANTS: ReadonlyArray<readonly [Variant, number]> = [
  ['ru_forwarder', 35],
  ['ru_tourist', 15],
  ['by_forwarder', 12],
  ['ir_buyer', 28],
  ['ru_gift_cards', 10],
];

/** Foreign cards that work where home cards do not (and whose issuers rarely use 3-D Secure). */
const CARD_FROM: Readonly<Record<'RU' | 'BY' | 'IR', ReadonlyArray<readonly [string, number]>>> = {
  RU: [
    ['KZ', 40],
    ['KG', 25],
    ['AE', 15],
    ['TR', 10],
    ['GE', 10],
  ],
  BY: [
    ['KZ', 50],
    ['GE', 50],
  ],
  IR: [
    ['TR', 55],
    ['AE', 45],
  ],
};

const PREMIUM = [
  SKIS[8],
  SKIS[9],
  SKIS[1],
  SKIS[0],
  BOOTS[3],
  BOOTS[0],
  CLOTHING[3],
  CLOTHING[0],
  GOGGLES[1],
  TOURING[0],
  AVALANCHE[7],
] as const;

function pay(rng: Rng, from: string, amount: number): Attempt[] {
  const cards = [newCard(rng, from)];
  if (rng.chance(0.4)) cards.push(newCard(rng, from));
  const out: Attempt[] = [];
  for (const card of cards) {
    const ok = rng.chance(0.7);
    const decline: Decline = rng.pick([
      'do_not_honor',
      'do_not_honor',
      'card_velocity_exceeded',
      'insufficient_funds',
    ]);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: 'typed',
        ok,
        afterMs: out.length === 0 ? rng.int(10_000, 60_000) : rng.int(40_000, 4 * MINUTE),
        match: 'bad',
        ...(ok ? {} : { decline }),
      }),
    );
    if (ok) break;
  }
  return out;
}

/** The compliance team stops some before dispatch (screening the billing address or the forwarder); the rest go. */
function after(rng: Rng, fulfilment: Fulfilment): LaterEvent[] {
  if (rng.chance(0.35))
    return [{ type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'compliance_review' }];
  if (fulfilment === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 3) * MINUTE, status: 'sent' }];
  if (fulfilment === 'resort_ischgl' || fulfilment === 'resort_soelden') {
    const ready = rng.int(3, 20) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_collection' },
      { type: 'order.updated', afterMs: ready + rng.int(4, 72) * HOUR, status: 'collected' },
    ];
  }
  const ship = rng.int(8, 40) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + rng.int(24, 72) * HOUR, status: 'delivered' },
  ];
  if (rng.chance(0.05))
    out.push({ type: 'refund.created', afterMs: ship + rng.int(5, 20) * DAY, reason: 'returned' });
  return out;
}

export function sanctionedCountry(rng: Rng, w: Window): Purchase {
  const variant = rng.weightedPick(VARIANTS);
  const origin: 'RU' | 'BY' | 'IR' = variant === 'by_forwarder' ? 'BY' : variant === 'ir_buyer' ? 'IR' : 'RU';
  const tz = origin === 'IR' ? 3.5 : 3;
  const at = placeAt(rng, w, { hours: EVERYDAY_HOURS, tz, sale: 0.6 });
  const person = personOf(rng, origin);
  const email = emailOf(rng, person, origin);
  const home: Address = { ...rng.pick(SANCTIONED_PLACES[origin]) };
  const cardFrom = rng.weightedPick(CARD_FROM[origin]);
  // A VPN hides the network; then the billing address still says where the buyer lives.
  const vpn = variant !== 'ru_tourist' && rng.chance(origin === 'IR' ? 0.3 : 0.4);
  const homeNet =
    origin === 'RU'
      ? rng.pick(['ru-fixed', 'ru-mobile'])
      : origin === 'BY'
        ? 'by-fixed'
        : rng.pick(['ir-fixed', 'ir-mobile']);
  const ip =
    variant === 'ru_tourist'
      ? ipOn(rng, rng.pick(['at-fixed-dsl', 'at-cable']), 0.1)
      : vpn
        ? hostingIp(rng)
        : ipOn(rng, homeNet, 0.2);
  // Iranians without a VPN often give the address of the card (Istanbul, Dubai); with one, their own.
  const billing: Address =
    origin === 'IR' && !vpn && rng.chance(0.5)
      ? cardFrom === 'TR'
        ? {
            country: 'TR',
            postalCode: '34367',
            city: 'İstanbul',
            line1: `Halaskargazi Cd. ${rng.int(1, 300)}`,
          }
        : {
            country: 'AE',
            city: 'Dubai',
            line1: `Al Barsha 1, Bldg ${rng.int(1, 90)}, Apt ${rng.int(100, 1800)}`,
          }
      : home;
  let fulfilment: Fulfilment;
  let shipping: Address | undefined;
  let lines;
  if (variant === 'ru_gift_cards') {
    fulfilment = 'email';
    lines = Array.from({ length: rng.int(1, 3) }, () =>
      line(rng, giftCard(rng.pick([250, 300, 500])), at, 'EUR'),
    );
  } else {
    if (variant === 'ru_tourist') {
      fulfilment = rng.pick(['resort_ischgl', 'resort_soelden'] as const);
    } else {
      fulfilment = rng.pick(['dhl', 'dpd', 'dhl_express'] as const);
      shipping = rng.chance(0.7)
        ? withNote(rng.pick(FORWARDERS), person.name)
        : muleAddress(rng, rng.pick(['DE', 'AT', 'SI'] as const));
    }
    lines = rng
      .shuffle(PREMIUM)
      .slice(0, rng.int(1, 3))
      .map((i) => line(rng, i, at, 'EUR', i.category === 'skis' && rng.chance(0.25) ? 2 : 1));
  }
  const basket = basketOf(lines, 'EUR', { fulfilment, to: shipping?.country ?? 'AT' });
  const attempts = pay(rng, cardFrom, basket.amount);
  return purchaseOf({
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: rng.chance(0.5)
      ? {
          id: `cus_${rng.token(14)}`,
          email,
          name: person.name,
          createdAt: at - rng.int(5, 60 * 24 * 200) * MINUTE,
        }
      : { email, name: person.name },
    billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip,
    device: deviceOf(rng),
    locale: rng.chance(0.7) ? 'en-GB' : 'de-AT',
    basket,
    attempts,
    later: after(rng, fulfilment),
  });
}
