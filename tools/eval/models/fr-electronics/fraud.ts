import { type Address, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { placedAt } from './calendar.js';
import { type Decline, type HeldCard, newCard } from './cards.js';
import {
  basketOf,
  type Fulfilment,
  giftCard,
  item,
  type ProductKey,
  pickFrom,
  withExtras,
} from './catalogue.js';
import { anyAccount, freshDevice, ownDevice, ownIp, purchase, signedIn, type World } from './build.js';
import { address, homeNetwork, ipOn, network } from './networks.js';
import { type Account, emailOf, newAccount, newDevice, person, throwawayEmail } from './people.js';
import { homeIn, MULE_ADDRESSES, relayNear, storeNear } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  fulfilmentSteps,
  handedOver,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Fraud kinds and their weights (share of fraudulent orders, allocated exactly). */
export const FRAUD = {
  card_testing: 14,
  stolen_card: 20,
  account_takeover: 13,
  instalment_fraud: 11,
  reshipper: 9,
  gift_card_cashout: 10,
  refund_fraud: 8,
  friendly_fraud: 7,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** What a resaleable haul looks like: the phones, consoles and laptops that sell fastest second-hand. */
const HOT: ReadonlyArray<readonly [ProductKey, number]> = [
  ['iphone', 5],
  ['iphonePro', 5],
  ['galaxy', 2],
  ['ps5', 3],
  ['ps5Pro', 2],
  ['switch2', 3],
  ['macbookAir', 3],
  ['macbookPro', 2],
  ['airpods', 3],
  ['ipad', 2],
  ['hybridCamera', 1],
  ['gamingLaptop', 1],
];

/**
 * After a stolen card was charged: goods go out (or the shop hands them over), then the issuer's early warning
 * and the holder's dispute arrive days or weeks later; some holders never notice within the window.
 */
function chargedBack(rng: Rng, f: Fulfilment, warn: number, dispute: number): LaterEvent[] {
  const out = fulfilmentSteps(rng, f, 'FR');
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(10, 45) * DAY, reason: 'fraudulent' });
  return out;
}

/** Stolen-card declines as an issuer gives them. */
const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['authentication_failed', 30],
    ['stolen_card', 12],
    ['lost_card', 6],
    ['do_not_honor', 20],
    ['insufficient_funds', 14],
    ['incorrect_cvc', 8],
    ['card_velocity_exceeded', 10],
  ]);

/**
 * Card testing: runs of checkouts in the small hours, a minute or two apart, on the cheapest digital gift card
 * or a cable, from hosting exits or a residential proxy, as guests with made-up addresses; cards from one or
 * two BIN ranges bought in a batch, most declined, a few under the 3-D Secure low-value exemption go through.
 */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const run = Math.min(count - out.length, rng.int(5, 14));
    let t = placedAt(rng, w.window, 1, 'night');
    const country = rng.weightedPick([
      ['FR', 5],
      ['US', 3],
      ['GB', 1],
      ['BE', 1],
    ] as const);
    const batch = newCard(rng, country);
    const exits = rng.chance(0.6)
      ? ['nl-hosting', 'de-hosting', 'us-hosting', 'fr-hosting']
      : ['fr-fibre-a', 'fr-fibre-b', 'fr-cable-c'];
    const device = newDevice(rng, 'computer', 0.5);
    for (let i = 0; i < run; i++) {
      t = Math.min(w.window.end - 1, t + rng.int(25_000, 4 * MINUTE));
      const who = person(rng);
      const home = homeIn(rng, 'FR');
      const digital = rng.chance(0.7);
      const lines = [lineOf(digital ? giftCard(rng.pick([10, 15, 20]) * 100, true) : item('cable'))];
      const f: Fulfilment = digital ? 'e_delivery' : 'relay_point';
      const basket = basketOf(lines, 'FR', f);
      const tries = rng.int(1, 3);
      const attempts: Attempt[] = [];
      let after = rng.int(3_000, 12_000);
      for (let k = 0; k < tries; k++) {
        const card: HeldCard = {
          ...batch,
          last4: rng.digits(4),
          fingerprint: `fp_${rng.token(16)}`,
          bin: rng.chance(0.8) ? batch.bin : newCard(rng, country).bin,
        };
        const ok = rng.chance(0.1);
        attempts.push(
          cardAttempt(rng, card, basket.amount, {
            ok,
            afterMs: after,
            ...(ok
              ? { threeDS: country === 'US' || country === 'GB' ? 'not_enrolled' : 'exempt_low_value' }
              : {
                  decline: rng.weightedPick<Decline>([
                    ['do_not_honor', 4],
                    ['invalid_number', 3],
                    ['incorrect_cvc', 3],
                    ['stolen_card', 1],
                    ['expired_card', 2],
                    ['authentication_failed', 2],
                  ]),
                }),
          }),
        );
        after = rng.int(4_000, 20_000);
        if (ok) break;
      }
      out.push(
        purchase({
          kind: 'card_testing',
          fraud: true,
          at: t,
          buyer: { email: throwawayEmail(rng, rng.chance(0.4)), name: who.name },
          market: 'FR',
          billing: home,
          ...(f === 'relay_point' ? { shipping: relayNear(rng, home) } : {}),
          fulfilment: f,
          basket,
          ip: address(rng, network(rng.pick(exits))),
          device: rng.chance(0.7) ? device : newDevice(rng, 'computer', 0.5),
          recipientEmail: digital ? throwawayEmail(rng) : undefined,
          attempts,
          later: attempts.some((a) => a.ok) ? chargedBack(rng, f, 0.3, 0.1) : [],
        }),
      );
    }
  }
  return out;
}

/**
 * Stolen cards: most are French cards phished with a fake parcel-fee text message, OTP included, so 3-D Secure
 * passes; the rest foreign cards where it is not enforced. The fraudster checks out as the cardholder (name and
 * address from the phishing page), from a French residential proxy or a mobile line, and takes the goods at a
 * relay point in another town or at a shop within the hour.
 */
function stolenCard(rng: Rng, w: World): Purchase {
  const phished = rng.chance(0.7);
  const country = phished ? 'FR' : rng.pick(['US', 'GB', 'DE', 'BE'] as const);
  const at = placedAt(rng, w.window, 1, rng.chance(0.4) ? 'night' : 'household');
  const victim = person(rng);
  const billing =
    country === 'FR'
      ? homeIn(rng, 'FR')
      : {
          country,
          city:
            country === 'US' ? 'Austin' : country === 'GB' ? 'Leeds' : country === 'DE' ? 'Köln' : 'Liège',
          postalCode:
            country === 'US' ? '78704' : country === 'GB' ? 'LS6 2AB' : country === 'DE' ? '50667' : '4000',
          line1: `${rng.int(2, 900)} ${rng.pick(['Main Street', 'Oak Avenue', 'Hauptstraße', 'rue Saint-Gilles'])}`,
        };
  const card = newCard(rng, country);
  const lines = withExtras(rng, pickFrom(rng, HOT), 0.05);
  if (rng.chance(0.2)) lines.push(lineOf(pickFrom(rng, HOT)));
  const f: Fulfilment = rng.weightedPick([
    ['relay_point', 5],
    ['store_pickup', 3],
    ['home_delivery', 2],
  ] as const);
  // Relay points and shops away from the victim's town; home delivery to an address the crew watches.
  const drop = homeIn(rng, 'FR');
  const basket = basketOf(lines, 'FR', f);
  const account = rng.chance(0.35);
  const attempts: Attempt[] = [];
  if (rng.chance(0.3))
    attempts.push(
      cardAttempt(rng, newCard(rng, country), basket.amount, {
        ok: false,
        decline: stolenDecline(rng),
        afterMs: firstAuth(rng),
      }),
    );
  const ok = rng.chance(0.78);
  attempts.push(
    cardAttempt(rng, card, basket.amount, {
      ok,
      afterMs: attempts.length > 0 ? retryGap(rng) : firstAuth(rng),
      matches: true,
      ...(ok
        ? phished
          ? { threeDS: rng.chance(0.8) ? 'challenge_passed' : 'frictionless' }
          : {}
        : { decline: stolenDecline(rng) }),
    }),
  );
  return purchase({
    kind: 'stolen_card',
    fraud: true,
    at,
    buyer: {
      email: rng.chance(0.6)
        ? emailOf(rng, victim, 'FR', rng.pick(['gmail.com', 'outlook.fr', 'hotmail.com']))
        : throwawayEmail(rng),
      name: victim.name,
      ...(account ? { id: `cli_${rng.digits(8)}`, createdAt: at - rng.int(1, 20) * MINUTE } : {}),
    },
    market: 'FR',
    billing,
    ...(f === 'store_pickup'
      ? { pickupStore: storeNear(rng, drop).id }
      : { shipping: f === 'relay_point' ? relayNear(rng, drop) : drop }),
    fulfilment: f,
    basket,
    ip: ipOn(
      rng,
      rng.weightedPick([
        ['fr-mobile', 4],
        ['fr-fibre-a', 2],
        ['fr-fibre-b', 2],
        ['nl-hosting', 1],
        ['fr-hosting', 1],
      ] as const),
    ),
    device: freshDevice(rng),
    attempts,
    later: chargedBack(rng, f, 0.45, 0.8),
  });
}

/**
 * Account takeover of loyalty members: credentials from a breach, a new device and network, the saved card (no
 * code asked) or the points and gift-card balance; the parcel goes to a relay point or a mule, sometimes
 * readdressed after checkout. The member notices and the bank disputes, or the store refunds the balance.
 */
function takeover(rng: Rng, w: World): Purchase {
  const a = anyAccount(
    rng,
    w,
    (x) => x.market === 'FR' && x.createdAt < w.window.start - 60 * DAY && (x.loyalty || x.balance > 0),
  );
  const at = placedAt(rng, w.window, 1, rng.chance(0.5) ? 'night' : 'household');
  const lines = withExtras(rng, pickFrom(rng, HOT), 0);
  const f: Fulfilment = rng.weightedPick([
    ['relay_point', 5],
    ['store_pickup', 2],
    ['home_delivery', 2],
  ] as const);
  const drop = rng.chance(0.4) ? rng.pick(MULE_ADDRESSES) : homeIn(rng, 'FR');
  const basket = basketOf(lines, 'FR', f);
  const useBalance = a.balance > 0 && rng.chance(0.3);
  const attempts: Attempt[] = useBalance
    ? [
        other('gift_card', false, rng.int(4_000, 15_000), 'gift_card_balance'),
        cardAttempt(rng, a.cards[0] ?? newCard(rng, 'FR'), basket.amount, {
          entry: 'saved',
          ok: true,
          afterMs: retryGap(rng),
        }),
      ]
    : [
        cardAttempt(rng, rng.pick(a.cards), basket.amount, {
          entry: 'saved',
          ok: rng.chance(0.8),
          afterMs: firstAuth(rng),
          decline: 'authentication_failed',
        }),
      ];
  const readdress = f === 'home_delivery' && rng.chance(0.4);
  const steps = chargedBack(rng, f, 0.3, 0.6);
  if (readdress)
    steps.push({ type: 'order.updated', afterMs: rng.int(5, 40) * MINUTE, shipping: relayNear(rng, drop) });
  if (!steps.some((s) => s.type === 'dispute.created') && rng.chance(0.5))
    steps.push({ type: 'refund.created', afterMs: rng.int(2, 9) * DAY, reason: 'account_compromised' });
  return purchase({
    kind: 'account_takeover',
    fraud: true,
    at,
    ...signedIn(a),
    market: 'FR',
    billing: { ...a.home },
    ...(f === 'store_pickup'
      ? { pickupStore: storeNear(rng, drop).id }
      : { shipping: f === 'relay_point' ? relayNear(rng, drop) : { ...a.home } }),
    fulfilment: f,
    basket,
    ip: ipOn(
      rng,
      rng.weightedPick([
        ['fr-mobile', 4],
        ['fr-fibre-b', 2],
        ['fr-hosting', 2],
        ['nl-hosting', 1],
        ['ng-mobile', 1],
      ] as const),
    ),
    device: rng.chance(0.1) ? ownDevice(rng, a) : newDevice(rng, rng.chance(0.5) ? 'phone' : 'computer'),
    attempts,
    later: steps,
  });
}

/**
 * Instalment fraud: an account opened minutes before in a real person's name and address (an identity bought
 * with a payslip and ID scan), four instalments on a prepaid or mule's card whose 3-D Secure the fraudster
 * holds, on the dearest phones, laptops and TVs, collected at a relay point elsewhere. The provider may refuse;
 * when it pays, the store sees nothing more until, weeks on, the provider flags the identity theft.
 */
function instalmentFraud(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 1);
  const victim = newAccount(rng, 'FR', at - rng.int(3, 30) * MINUTE);
  const card = newCard(rng, rng.chance(0.6) ? 'PREPAID_FR' : 'FR');
  const main = item(
    rng.pick([
      'iphonePro',
      'macbookPro',
      'macbookAir',
      'tv65',
      'tv55',
      'ps5Pro',
      'hybridCamera',
      'gamingLaptop',
    ] as const),
  );
  const lines = withExtras(rng, main, 0.5);
  const f: Fulfilment = rng.chance(0.75) ? 'relay_point' : 'store_pickup';
  const drop = homeIn(rng, 'FR');
  const basket = basketOf(lines, 'FR', f);
  const method = rng.chance(0.7) ? 'instalments_4x' : 'instalments_3x';
  const refused = rng.chance(0.3);
  const attempts: Attempt[] = [
    cardAttempt(rng, card, basket.amount, {
      method,
      ok: !refused,
      afterMs: firstAuth(rng) + rng.int(60_000, 5 * MINUTE),
      threeDS: 'challenge_passed',
      ...(refused ? { decline: 'instalment_refused' as const } : {}),
    }),
  ];
  if (refused && rng.chance(0.4))
    attempts.push(
      cardAttempt(rng, newCard(rng, 'PREPAID_FR'), basket.amount, {
        method: 'instalments_3x',
        ok: rng.chance(0.4),
        afterMs: retryGap(rng),
        decline: 'instalment_refused',
        threeDS: 'challenge_passed',
      }),
    );
  const steps = fulfilmentSteps(rng, f, 'FR');
  if (rng.chance(0.35))
    steps.push({ type: 'fraud_warning.created', afterMs: rng.int(20, 60) * DAY, reason: 'identity_theft' });
  return purchase({
    kind: 'instalment_fraud',
    fraud: true,
    at,
    ...signedIn({ ...victim, loyalty: false }),
    market: 'FR',
    billing: { ...victim.home },
    ...(f === 'store_pickup' ? { pickupStore: storeNear(rng, drop).id } : { shipping: relayNear(rng, drop) }),
    fulfilment: f,
    basket,
    ip: ipOn(rng, rng.chance(0.6) ? 'fr-mobile' : homeNetwork(rng, 'FR')),
    device: freshDevice(rng),
    attempts,
    later: steps,
  });
}

const FOREIGN_HOLDERS: ReadonlyArray<readonly [string, Address]> = [
  ['US', { country: 'US', postalCode: '30309', city: 'Atlanta', line1: '1180 Peachtree St NE' }],
  ['US', { country: 'US', postalCode: '60614', city: 'Chicago', line1: '2230 N Lincoln Ave' }],
  ['US', { country: 'US', postalCode: '94110', city: 'San Francisco', line1: '3150 18th St' }],
  ['GB', { country: 'GB', postalCode: 'M14 5RQ', city: 'Manchester', line1: '41 Wilmslow Road' }],
  ['DE', { country: 'DE', postalCode: '10115', city: 'Berlin', line1: 'Invalidenstraße 12' }],
  ['CA', { country: 'CA', postalCode: 'H2X 1Y4', city: 'Montréal', line1: '3500 boulevard Saint-Laurent' }],
];

/**
 * Reshipping: foreign stolen cards with the holder's own billing address, sent to a handful of ordinary French
 * addresses where recruited mules re-post the parcels; each mule address takes orders under several names.
 */
function reshipper(rng: Rng, w: World): Purchase {
  const [country, billing] = rng.pick(FOREIGN_HOLDERS);
  const tz = country === 'US' ? -5 : country === 'CA' ? -5 : 1;
  const at = placedAt(rng, w.window, tz);
  const holder = person(rng);
  const mule = rng.pick(MULE_ADDRESSES);
  const key = rng.pick(['iphonePro', 'iphone', 'ps5', 'switch2', 'airpods', 'macbookAir', 'galaxy'] as const);
  const lines = [lineOf(item(key), key === 'airpods' ? rng.int(2, 4) : rng.int(1, 2))];
  const basket = basketOf(lines, 'FR', 'home_delivery');
  const card = newCard(rng, country);
  const ok = rng.chance(0.75);
  const attempts = [
    cardAttempt(rng, card, basket.amount, {
      ok,
      afterMs: firstAuth(rng),
      matches: rng.chance(0.8),
      ...(ok ? {} : { decline: stolenDecline(rng) }),
    }),
  ];
  return purchase({
    kind: 'reshipper',
    fraud: true,
    at,
    buyer: {
      email: emailOf(rng, holder, 'FR', rng.pick(['gmail.com', 'yahoo.com', 'outlook.com'])),
      name: holder.name,
    },
    market: 'FR',
    billing: { ...billing },
    shipping: { ...mule },
    fulfilment: 'home_delivery',
    basket,
    ip: ipOn(
      rng,
      rng.weightedPick([
        ['us-hosting', 2],
        ['us-home', country === 'US' ? 3 : 0],
        ['fr-mobile', 3],
        ['nl-hosting', 1],
        ['gb-home', country === 'GB' ? 3 : 0],
      ] as const),
    ),
    device: newDevice(rng, rng.chance(0.5) ? 'computer' : 'phone'),
    attempts,
    later: chargedBack(rng, 'home_delivery', 0.4, 0.8),
  });
}

/**
 * Gift-card cash-out: stolen cards or taken-over accounts turned into e-gift cards of €100–€500, several at a
 * time, e-mailed to throwaway addresses and sold on at a discount within the hour.
 */
function cashout(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 1, rng.chance(0.5) ? 'night' : 'household');
  const ato = rng.chance(0.35);
  const a: Account = ato
    ? anyAccount(rng, w, (x) => x.market === 'FR' && x.createdAt < w.window.start - 60 * DAY)
    : newAccount(rng, 'FR', at - rng.int(1, 15) * MINUTE);
  const value = rng.pick([100, 150, 200, 250, 300, 500]) * 100;
  const lines = [lineOf(giftCard(value, true), rng.int(1, 4))];
  const basket = basketOf(lines, 'FR', 'e_delivery');
  const card = ato
    ? (a.cards[0] ?? newCard(rng, 'FR'))
    : newCard(rng, rng.chance(0.6) ? 'FR' : rng.pick(['US', 'GB', 'BE']));
  const ok = rng.chance(0.7);
  const attempts: Attempt[] = [
    cardAttempt(rng, card, basket.amount, {
      entry: ato ? 'saved' : 'typed',
      ok,
      afterMs: rng.int(5_000, 30_000),
      ...(ok
        ? card.country === 'FR'
          ? { threeDS: 'challenge_passed' as const }
          : {}
        : { decline: stolenDecline(rng) }),
    }),
  ];
  if (!ok && rng.chance(0.5)) attempts.push(other('paypal', rng.chance(0.3), retryGap(rng), 'do_not_honor'));
  return purchase({
    kind: 'gift_card_cashout',
    fraud: true,
    at,
    ...(ato
      ? signedIn(a)
      : rng.chance(0.5)
        ? signedIn({ ...a, loyalty: false })
        : { buyer: { email: a.email, name: a.name } }),
    market: 'FR',
    billing: { ...a.home },
    fulfilment: 'e_delivery',
    basket,
    ip: ipOn(
      rng,
      rng.weightedPick([
        ['fr-hosting', 2],
        ['nl-hosting', 2],
        ['fr-mobile', 3],
        ['de-hosting', 1],
        ['ng-mobile', 1],
      ] as const),
    ),
    device: newDevice(rng, 'computer', 0.6),
    recipientEmail: throwawayEmail(rng, rng.chance(0.3)),
    attempts,
    later: chargedBack(rng, 'e_delivery', 0.4, 0.7),
  });
}

/**
 * Refund fraud by real customers: an ordinary purchase of small, dear goods, then "the parcel never came" or
 * "the box was empty" once the tracking says delivered; the store refunds, or the bank opens a dispute.
 */
function refundFraud(rng: Rng, w: World): Purchase {
  const a = anyAccount(rng, w, (x) => x.market === 'FR' || x.market === 'BE');
  const at = placedAt(rng, w.window, 1);
  const key = rng.pick([
    'airpods',
    'iphone',
    'switch2',
    'ps5',
    'headphones',
    'ipad',
    'galaxy',
    'compactCamera',
    'hairdryer',
  ] as const);
  const lines = [lineOf(item(key))];
  const f: Fulfilment = rng.chance(0.6) ? 'relay_point' : 'home_delivery';
  const basket = basketOf(lines, a.market, f);
  const steps = fulfilmentSteps(rng, f, a.market);
  const done = handedOver(steps);
  if (rng.chance(0.7))
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(2, 8) * DAY,
      reason: rng.pick(['item_not_received', 'empty_box']),
    });
  else
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(10, 30) * DAY,
      reason: 'product_not_received',
    });
  return purchase({
    kind: 'refund_fraud',
    fraud: true,
    at,
    ...signedIn(a),
    market: a.market,
    billing: { ...a.home },
    shipping: f === 'relay_point' ? relayNear(rng, a.home) : { ...a.home },
    fulfilment: f,
    basket,
    ip: ownIp(rng, a),
    device: ownDevice(rng, a),
    attempts: [
      cardAttempt(rng, rng.pick(a.cards), basket.amount, {
        entry: rng.chance(0.5) ? 'saved' : 'typed',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ],
    later: steps,
  });
}

/**
 * Friendly fraud: the account holder (or a teenager with the family card) buys a console, games or a phone,
 * it is delivered, and the charge is disputed as not recognised.
 */
function friendly(rng: Rng, w: World): Purchase {
  const a = anyAccount(rng, w, (x) => x.market === 'FR');
  const at = placedAt(rng, w.window, 1);
  const lines = rng.chance(0.5)
    ? withExtras(rng, item(rng.pick(['ps5', 'switch2', 'xbox'] as const)), 0.1)
    : [lineOf(item(rng.pick(['gameA', 'gameB', 'gameC', 'controller'] as const)), rng.int(1, 3))];
  const f: Fulfilment = rng.chance(0.5) ? 'home_delivery' : 'store_pickup';
  const basket = basketOf(lines, 'FR', f);
  const steps = fulfilmentSteps(rng, f, 'FR');
  steps.push({
    type: 'dispute.created',
    afterMs: handedOver(steps) + rng.int(12, 50) * DAY,
    reason: rng.pick(['fraudulent', 'unrecognized']),
  });
  return purchase({
    kind: 'friendly_fraud',
    fraud: true,
    at,
    ...signedIn(a),
    market: 'FR',
    billing: { ...a.home },
    ...(f === 'store_pickup' ? { pickupStore: storeNear(rng, a.home).id } : { shipping: { ...a.home } }),
    fulfilment: f,
    basket,
    ip: ownIp(rng, a, 0.4),
    device: ownDevice(rng, a),
    attempts: [
      cardAttempt(rng, rng.pick(a.cards), basket.amount, {
        entry: rng.chance(0.6) ? 'saved' : 'wallet',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ],
    later: steps,
  });
}

/**
 * Sanctioned jurisdictions: buyers in Iran or Syria shipping through a French address, relatives in France
 * paying for a phone shipped to Cuba, and orders for Russia-occupied Crimea (billed and shipped to
 * Simferopol or Sevastopol, from a Russian mobile line).
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const route = rng.weightedPick<'IR' | 'SY' | 'CU' | 'UA'>([
    ['IR', 4],
    ['SY', 2],
    ['CU', 2],
    ['UA', 3],
  ]);
  const at = placedAt(rng, w.window, route === 'CU' ? -5 : route === 'IR' ? 3.5 : route === 'UA' ? 3 : 3);
  const who = person(rng);
  const key = rng.pick(['iphone', 'iphonePro', 'galaxy', 'macbookAir', 'laptop', 'ps5', 'redmi'] as const);
  const lines = withExtras(rng, item(key), 0);
  const frAddress = homeIn(rng, 'FR');
  const places: Record<typeof route, { billing: Address; shipping: Address; ip: string; card: string }> = {
    IR: {
      billing: {
        country: 'IR',
        city: 'Tehran',
        postalCode: '1966733',
        line1: `No. ${rng.int(3, 90)}, Vali Asr St`,
      },
      shipping: rng.pick(MULE_ADDRESSES),
      ip: 'ir-home',
      card: 'PREPAID_FR',
    },
    SY: {
      billing: { country: 'SY', city: 'Damascus', line1: 'Mezzeh, Autostrad St' },
      shipping: { country: 'SY', city: 'Damascus', line1: `Abu Rummaneh, bldg ${rng.int(1, 40)}` },
      ip: 'sy-home',
      card: 'FR',
    },
    CU: {
      billing: frAddress,
      shipping: {
        country: 'CU',
        city: 'La Habana',
        postalCode: '10400',
        line1: `Calle ${rng.int(1, 30)} No. ${rng.int(100, 900)}, Vedado`,
      },
      ip: rng.chance(0.5) ? 'cu-home' : homeNetwork(rng, 'FR'),
      card: 'FR',
    },
    UA: {
      billing: {
        country: 'UA',
        city: 'Simferopol',
        postalCode: '95000',
        line1: `vul. Kyivska ${rng.int(1, 120)}`,
      },
      shipping: {
        country: 'UA',
        city: rng.chance(0.5) ? 'Sevastopol' : 'Simferopol',
        postalCode: rng.chance(0.5) ? '99011' : '95000',
        line1: `vul. Lenina ${rng.int(1, 80)}`,
      },
      ip: 'ru-mobile',
      card: 'PREPAID_FR',
    },
  };
  const plan = places[route];
  const basket = basketOf(lines, 'FR', 'home_delivery');
  const ok = rng.chance(0.6);
  return purchase({
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: {
      email: emailOf(rng, who, 'FR', rng.pick(['gmail.com', 'yahoo.com', 'mail.ru'])),
      name: who.name,
    },
    market: 'FR',
    billing: plan.billing,
    shipping: plan.shipping,
    fulfilment: 'home_delivery',
    basket,
    ip: ipOn(rng, plan.ip),
    device: newDevice(rng, rng.chance(0.6) ? 'phone' : 'computer'),
    attempts: [
      rng.chance(0.3)
        ? other('paypal', ok, firstAuth(rng), 'do_not_honor')
        : cardAttempt(rng, newCard(rng, plan.card), basket.amount, {
            ok,
            afterMs: firstAuth(rng),
            ...(ok ? {} : { decline: 'do_not_honor' as const }),
          }),
    ],
    later: ok ? fulfilmentSteps(rng, 'home_delivery', 'FR') : [],
  });
}

/** `count` fraudulent purchases, allocated exactly across the kinds by weight. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const each = (kind: FraudKind, plan: (r: Rng, w: World) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`), w));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('stolen_card', stolenCard),
    ...each('account_takeover', takeover),
    ...each('instalment_fraud', instalmentFraud),
    ...each('reshipper', reshipper),
    ...each('gift_card_cashout', cashout),
    ...each('refund_fraud', refundFraud),
    ...each('friendly_fraud', friendly),
    ...each('sanctioned_country', sanctioned),
  ];
}
