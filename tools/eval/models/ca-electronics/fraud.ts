import { type Address, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { assemble, storeFor, type World } from './build.js';
import { placedAt, within } from './calendar.js';
import { binsOf, cardOnBin, fraudDecline, type HeldCard, newCard } from './cards.js';
import { CHEAPEST, item, type Line } from './catalogue.js';
import {
  accountTakeover,
  friendlyFraud,
  newAccountThrowaway,
  newFarm,
  refundAbuse,
} from './fraud-accounts.js';
import { crewDevice, crewIp, fraudAfter, resaleLines, stolenTries, US_BILLING } from './fraud-kit.js';
import { address, ipOn, network, type Network } from './networks.js';
import {
  deviceId,
  emailOf,
  freshLookingEmail,
  fullName,
  person,
  resident,
  throwawayEmail,
} from './people.js';
import { cityAddress, DROPS, PROVINCES, type Prov } from './places.js';
import { type Attempt, cardAttempt, other, type Purchase } from './purchase.js';

/**
 * The fraud kinds and their weights; every kind gets at least one order and the rest by weight
 * (`allocateKinds`). Stolen cards shipped to drops, pickup fraud with a mule at the counter, account takeover,
 * card testing and BIN attacks on the cheapest items, reshippers and triangulation, new accounts on throw-away
 * mail, friendly fraud, refund abuse, and buyers from sanctioned jurisdictions.
 */
export const FRAUD = {
  stolen_card: 24,
  pickup_fraud: 15,
  account_takeover: 13,
  card_testing: 13,
  reshipping: 10,
  new_account_throwaway: 10,
  friendly_fraud: 8,
  refund_abuse: 5,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/**
 * A stolen Canadian (sometimes US) card used as a guest or a fresh account, shipped to a drop near the
 * cardholder, an apartment, or the cardholder's own address then redirected in transit. Careful crews have the
 * holder's full details and a proxy in the holder's province; sloppy ones burn through a batch.
 */
function stolenCard(rng: Rng, w: World): Purchase {
  const careful = rng.chance(0.6);
  const victim = resident(rng);
  const us = rng.chance(0.15);
  const billing: Address = us ? rng.pick(US_BILLING) : victim.home;
  const cards = Array.from({ length: careful ? 1 : rng.int(2, 4) }, () => newCard(rng, us ? 'US' : 'CA'));
  const dropInCity = cityAddress(rng, victim.prov);
  const ship = rng.weightedPick<string>([
    ['nearby', 40],
    ['drop', 30],
    ['redirect', careful ? 15 : 5],
    ['holder', 10],
  ]);
  const shipping = ship === 'drop' ? rng.pick(DROPS) : ship === 'nearby' ? dropInCity : victim.home;
  const fresh = rng.chance(0.25);
  const at = placedAt(rng, w.window, careful ? PROVINCES[victim.prov].tz : -5, careful ? 'shopper' : 'night');
  const name = careful ? fullName(victim.person) : fullName(person(rng, victim.prov));
  const email = careful
    ? rng.chance(0.5)
      ? emailOf(rng, victim.person, victim.prov, 'gmail.com')
      : freshLookingEmail(rng)
    : rng.chance(0.4)
      ? throwawayEmail(rng, victim.person)
      : freshLookingEmail(rng);
  const fulfilment = rng.chance(0.4) ? 'express' : 'ship';
  return assemble({
    at,
    fraud: true,
    kind: 'stolen_card',
    buyer: fresh
      ? { id: `C${rng.int(2_100_000, 2_999_999)}`, email, name, createdAt: at - rng.int(3, 90) * MINUTE }
      : { email, name },
    billing,
    shipping,
    fulfilment,
    lines: resaleLines(rng),
    prov: victim.prov,
    ip: crewIp(rng, careful, victim.prov),
    device: crewDevice(rng, careful),
    locale: victim.locale,
    pay: (b) =>
      stolenTries(rng, {
        cards,
        fails: careful ? (rng.chance(0.2) ? 1 : 0) : rng.int(1, 3),
        succeed: rng.chance(careful ? 0.85 : 0.6),
        amount: b.amount,
        match: careful || us ? 'good' : rng.pick(['unknown', 'wrong'] as const),
      }),
    after: () =>
      fraudAfter(rng, {
        fulfilment,
        caught: careful ? 0.06 : 0.2,
        warning: 0.4,
        dispute: 0.7,
        ...(ship === 'redirect' ? { redirect: rng.pick(DROPS) } : {}),
      }),
  });
}

/**
 * Buy online, pick up in store, on a stolen card: the cardholder may live anywhere in Canada; a mule named as
 * the alternate person collects within hours. Phones, MacBooks, consoles, GPUs, AirPods. The store asks for ID
 * now and then and the order is never collected.
 */
function pickupFraud(rng: Rng, w: World): Purchase {
  const careful = rng.chance(0.65);
  const victim = resident(rng);
  const mule = person(rng, 'ON');
  const cards = Array.from({ length: careful ? 1 : rng.int(2, 3) }, () => newCard(rng, 'CA'));
  const gtaProv: Prov = 'ON';
  const at = placedAt(rng, w.window, -5, 'shopper');
  const named = rng.chance(0.7);
  const buyerName = careful ? fullName(victim.person) : fullName(mule);
  const email =
    careful && rng.chance(0.5)
      ? emailOf(rng, victim.person, victim.prov, rng.pick(['gmail.com', 'outlook.com']))
      : freshLookingEmail(rng);
  const fresh = rng.chance(0.35);
  return assemble({
    at,
    fraud: true,
    kind: 'pickup_fraud',
    buyer: fresh
      ? {
          id: `C${rng.int(2_100_000, 2_999_999)}`,
          email,
          name: buyerName,
          createdAt: at - rng.int(2, 240) * MINUTE,
        }
      : { email, name: buyerName },
    billing: victim.home,
    fulfilment: 'pickup',
    lines: resaleLines(rng).filter((l) => l.category !== 'gift_card'),
    prov: gtaProv,
    ip: careful
      ? ipOn(
          rng,
          rng.chance(0.5)
            ? network('ca-mobile')
            : network(rng.pick(['ca-cable-east', 'ca-telco-fibre-east'])),
        )
      : crewIp(rng, false, gtaProv),
    device: crewDevice(rng, careful),
    locale: 'en-CA',
    pickup: { store: storeFor(rng), person: named ? fullName(mule) : buyerName },
    pay: (b) =>
      stolenTries(rng, {
        cards,
        fails: careful ? 0 : rng.int(1, 2),
        succeed: rng.chance(careful ? 0.88 : 0.65),
        amount: b.amount,
        match: careful ? 'good' : 'unknown',
        wallet: careful && rng.chance(0.2),
      }),
    after: () =>
      fraudAfter(rng, { fulfilment: 'pickup', caught: 0.08, warning: 0.35, dispute: 0.65, idCheck: 0.15 }),
  });
}

/**
 * Card testing: a crew runs a batch of cards through checkout on the cheapest item, one order after another
 * seconds to minutes apart, each with a card or three; most are declined. BIN attacks walk one issuer's range.
 * Some runs come from a cloud host with a headless browser, others rotate residential IPs.
 */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  let run = 0;
  while (left > 0) {
    const size = Math.min(left, left <= 6 ? left : rng.int(4, Math.max(4, Math.ceil(count / 2))));
    out.push(...testingRun(rng.fork(`run${run}`), w, size));
    left -= size;
    run += 1;
  }
  return out;
}

function testingRun(rng: Rng, w: World, size: number): Purchase[] {
  const residential = rng.chance(0.35);
  const host: Network = network(rng.pick(['ca-cloud-vpn', 'us-hosting', 'de-hosting', 'nl-vpn']));
  const binAttack = rng.chance(0.5);
  const country = rng.chance(0.75) ? 'CA' : 'US';
  const bin = rng.pick(binsOf(country));
  const device = crewDevice(rng, residential);
  const sku = rng.pick(CHEAPEST);
  const span = w.window.end - w.window.start;
  let t = w.window.start + Math.floor(rng.next() * Math.max(1, span - 3 * 3_600_000));
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    t = within(w.window, t + rng.int(15_000, 4 * MINUTE));
    const prov = rng.pick<Prov>(['ON', 'QC', 'BC', 'AB']);
    const holder = person(rng, prov);
    const lines: Line[] = [item(sku)];
    const tries = rng.int(1, 3);
    const cards: HeldCard[] = Array.from({ length: tries }, () =>
      binAttack ? cardOnBin(rng, bin, country) : newCard(rng, country),
    );
    const lucky = rng.chance(0.22);
    const ip = residential
      ? ipOn(
          rng,
          rng.chance(0.7)
            ? network(rng.pick(['ca-cable-east', 'ca-telco-fibre-east', 'ca-cable-west', 'qc-cable']))
            : network('ca-mobile'),
        )
      : address(rng, host, false);
    out.push(
      assemble({
        at: t,
        fraud: true,
        kind: 'card_testing',
        buyer: {
          email: rng.chance(0.5)
            ? throwawayEmail(rng, holder)
            : `${rng.token(9)}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`,
          name: fullName(holder),
        },
        billing: country === 'US' ? rng.pick(US_BILLING) : cityAddress(rng, prov),
        shipping: cityAddress(rng, prov),
        fulfilment: sku.startsWith('GC-') ? 'email' : 'ship',
        lines,
        prov,
        ip,
        device: residential && rng.chance(0.5) ? { ...device, id: deviceId(rng) } : device,
        locale: 'en-CA',
        giftRecipient: throwawayEmail(rng, holder),
        pay: (b) =>
          cards.map((card, k): Attempt => {
            const ok = lucky && k === cards.length - 1;
            const decline = fraudDecline(rng);
            return cardAttempt(rng, card, b.amount, {
              ok,
              ...(ok ? {} : { decline }),
              match: 'unknown',
              afterMs: rng.int(3_000, 25_000),
            });
          }),
        after: () =>
          fraudAfter(rng, {
            fulfilment: sku.startsWith('GC-') ? 'email' : 'ship',
            caught: 0.35,
            warning: 0.25,
            dispute: 0.2,
          }),
      }),
    );
  }
  return out;
}

/**
 * Reshipping and triangulation: a crew abroad or behind proxies buys with stolen US or Canadian cards and ships
 * to mules' apartments, storage units and border-town mailbox shops, which forward overseas; or it "sells" on
 * Marketplace or Kijiji and ships to the real buyer's address, in the buyer's name and e-mail.
 */
function reshipping(rng: Rng, w: World): Purchase {
  const careful = rng.chance(0.55);
  const triangulation = rng.chance(0.35);
  const us = rng.chance(0.45);
  const victim = resident(rng);
  const billing = us ? rng.pick(US_BILLING) : victim.home;
  const buyerRes = resident(rng, rng.pick<Prov>(['ON', 'ON', 'QC', 'BC', 'AB']));
  const shipping = triangulation ? buyerRes.home : rng.pick(DROPS);
  const lines = resaleLines(rng).filter((l) => l.category !== 'gift_card');
  for (const l of lines)
    if (!triangulation && rng.chance(0.4)) l.quantity = Math.max(l.quantity, rng.int(2, 3));
  const name = triangulation ? fullName(buyerRes.person) : fullName(us ? person(rng, 'ON') : victim.person);
  const email = triangulation
    ? emailOf(rng, buyerRes.person, buyerRes.prov)
    : careful
      ? freshLookingEmail(rng)
      : throwawayEmail(rng, victim.person);
  const cards = Array.from({ length: careful ? 1 : rng.int(2, 3) }, () => newCard(rng, us ? 'US' : 'CA'));
  const fulfilment = rng.chance(0.3) ? 'express' : 'ship';
  return assemble({
    at: placedAt(rng, w.window, -5, careful ? 'shopper' : 'night'),
    fraud: true,
    kind: 'reshipping',
    buyer: { email, name },
    billing,
    shipping,
    fulfilment,
    lines,
    prov: victim.prov,
    ip: careful
      ? us
        ? ipOn(rng, network('us-cable'))
        : crewIp(rng, true, victim.prov)
      : crewIp(rng, false, victim.prov),
    device: crewDevice(rng, careful),
    locale: 'en-CA',
    pay: (b) =>
      stolenTries(rng, {
        cards,
        fails: careful ? 0 : rng.int(0, 2),
        succeed: rng.chance(careful ? 0.9 : 0.7),
        amount: b.amount,
        match: careful || us ? 'good' : 'unknown',
      }),
    after: () => fraudAfter(rng, { fulfilment, caught: 0.1, warning: 0.4, dispute: 0.75 }),
  });
}

/** Sanctioned places an order touches, by weight. */
const SANCTIONED = [
  ['RU', 35],
  ['IR', 28],
  ['CU', 20],
  ['BY', 8],
  ['SY', 6],
  ['KP', 3],
] as const;

const SANCTIONED_HOME: Readonly<Record<string, { net: string; address: Address; tz: number }>> = {
  RU: {
    net: 'ru-broadband',
    address: { country: 'RU', postalCode: '125009', city: 'Moscow', line1: 'ul. Tverskaya 12, kv. 45' },
    tz: 3,
  },
  IR: {
    net: 'ir-mobile',
    address: {
      country: 'IR',
      postalCode: '1968917313',
      city: 'Tehran',
      line1: 'No. 14, Golestan Alley, Zafar St',
    },
    tz: 3.5,
  },
  CU: {
    net: 'cu-telco',
    address: { country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 456, Vedado' },
    tz: -5,
  },
  BY: {
    net: 'by-telco',
    address: { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 25, kv. 8' },
    tz: 3,
  },
  SY: {
    net: 'sy-telco',
    address: { country: 'SY', postalCode: '0000', city: 'Damascus', line1: 'Abu Rummaneh, Al Jalaa St 7' },
    tz: 3,
  },
  KP: {
    net: 'kp-state',
    address: { country: 'KP', postalCode: '0000', city: 'Pyongyang', line1: 'Chollima St 3' },
    tz: 9,
  },
};

/**
 * Orders the store may not fill: electronics bound for Russia or Belarus through a Canadian forwarder, an
 * Iranian buyer paying with a relative's Canadian card to a relative's address, a Canadian on a Cuban resort's
 * Wi-Fi, the odd one from Damascus or Pyongyang. The connection, the billing address or the card gives it away;
 * sometimes the processor declines, sometimes the store cancels on review, sometimes it ships.
 */
function sanctionedCountry(rng: Rng, w: World): Purchase {
  const where = rng.weightedPick(SANCTIONED);
  const home = SANCTIONED_HOME[where] ?? { net: 'ru-broadband', address: { country: 'RU' }, tz: 3 };
  const relative = resident(rng, rng.pick<Prov>(['ON', 'ON', 'QC', 'BC']));
  const tourist = where === 'CU' && rng.chance(0.7);
  const forwarder = (where === 'RU' || where === 'BY') && rng.chance(0.6);
  const billingAbroad = !tourist && rng.chance(0.4);
  const nativeCard = billingAbroad && (where === 'RU' || where === 'IR' || where === 'BY') && rng.chance(0.6);
  const card = nativeCard ? newCard(rng, where) : rng.pick(relative.cards);
  const email = tourist ? emailOf(rng, relative.person, relative.prov) : freshLookingEmail(rng);
  const lines = tourist
    ? [item(rng.pick(['GC-STORE-100', 'AU-APP3', 'TB-IPAD-11', 'GM-NSW2']))]
    : rng.chance(0.5)
      ? resaleLines(rng).filter((l) => l.category !== 'gift_card')
      : [
          item(
            rng.pick(['PC-RTX5090', 'PC-RTX5080', 'LP-MBP14-M5', 'CM-DJI-MINI4', 'PC-RYZEN7']),
            rng.int(1, 4),
          ),
        ];
  return assemble({
    at: placedAt(rng, w.window, home.tz, 'shopper'),
    fraud: true,
    kind: 'sanctioned_country',
    buyer: { email, name: fullName(tourist ? relative.person : person(rng, 'ON')) },
    billing: billingAbroad ? home.address : relative.home,
    shipping: forwarder ? rng.pick(DROPS) : relative.home,
    fulfilment: 'ship',
    lines,
    prov: relative.prov,
    ip: ipOn(rng, network(home.net)),
    device: rng.chance(0.7)
      ? {
          userAgent:
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
          id: deviceId(rng),
        }
      : crewDevice(rng, true),
    locale: 'en-CA',
    pay: (b) => {
      if (nativeCard) {
        const failed = cardAttempt(rng, card, b.amount, {
          ok: false,
          decline: rng.pick(['card_not_supported', 'restricted_card'] as const),
          match: 'unknown',
          afterMs: rng.int(10_000, 50_000),
        });
        return rng.chance(0.5)
          ? [failed, other('paypal', rng.chance(0.5), rng.int(60_000, 5 * MINUTE), 'restricted_card')]
          : [failed];
      }
      if (rng.chance(0.25))
        return [other('paypal', rng.chance(0.4), rng.int(20_000, 90_000), 'restricted_card')];
      return [
        cardAttempt(rng, card, b.amount, {
          ok: rng.chance(0.8),
          decline: 'restricted_card',
          match: billingAbroad ? 'wrong' : 'good',
          afterMs: rng.int(8_000, 60_000),
        }),
      ];
    },
    after: () => fraudAfter(rng, { fulfilment: 'ship', caught: 0.45, warning: 0.05, dispute: 0.08 }),
  });
}

/** `count` fraudulent purchases, each kind allocated its share, each planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  const out: Purchase[] = [];
  const each = (kind: FraudKind, plan: (r: Rng) => Purchase) => {
    for (let i = 0; i < counts[kind]; i++) out.push(plan(rng.fork(`${kind}${i}`)));
  };
  each('stolen_card', (r) => stolenCard(r, w));
  each('pickup_fraud', (r) => pickupFraud(r, w));
  each('account_takeover', (r) => accountTakeover(r, w));
  out.push(...cardTesting(rng.fork('card_testing'), w, counts.card_testing));
  each('reshipping', (r) => reshipping(r, w));
  const farming = rng.fork('farms');
  const farms = Array.from({ length: farming.int(1, 3) }, () => newFarm(farming));
  each('new_account_throwaway', (r) => newAccountThrowaway(r, w, r.pick(farms)));
  each('friendly_fraud', (r) => friendlyFraud(r, w));
  each('refund_abuse', (r) => refundAbuse(r, w));
  each('sanctioned_country', (r) => sanctionedCountry(r, w));
  return out;
}
