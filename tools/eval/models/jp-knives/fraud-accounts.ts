import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, buyerOf, pickAccount } from './accounts.js';
import { compose, type Item, type World } from './build.js';
import { placeAt, within } from './calendar.js';
import { newCard } from './cards.js';
import {
  ENTHUSIAST_KNIVES,
  GIFT_SETS,
  HOME_KNIVES,
  KNIVES,
  LIMITED,
  SAYA_FOR,
  STONE_PICKS,
  STONES,
} from './catalogue.js';
import { fraudAfter, fraudIp, muleAddress, tryStolen } from './fraud-kit.js';
import { isDisputable } from './honest-kit.js';
import { homeIp, hostingIp } from './networks.js';
import { deviceOf, personOf, scriptedDevice, throwawayEmail } from './people.js';
import { abroad, type Country, homeIn, market } from './places.js';
import { honestPay, type LaterEvent, type Purchase, type ThreeDS } from './purchase.js';

/** Fraud through accounts and by customers themselves: takeovers, drop bots, friendly fraud, refund abuse. */

/**
 * Account takeover: credentials from other sites' leaks tried on the shop; a member with a saved card (collectors
 * above all, around the drops) is entered from a new device on a hosting exit or a proxy, the parcel sent to a
 * mule or readdressed after checkout. On Japanese cards the one-time password goes to the real holder, so 3-D
 * Secure stops most of them; the holder sees the confirmation e-mail and complains, or disputes later.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const atDrop = rng.chance(0.5);
    const a: Account = pickAccount(rng, w.accounts, (x) =>
      atDrop ? x.collector : w.window.start - x.createdAt > 90 * DAY,
    );
    const i = rng.int(0, w.drops.length - 1);
    const drop = w.drops[i] ?? { id: 'run-1', at: w.window.start };
    const at = atDrop
      ? within(w.window, drop.at + rng.int(30_000, 40 * MINUTE))
      : placeAt(rng, w.window, rng.pick([9, 7, 1, -5]), 'any', a.country === 'JP');
    const items: Item[] = atDrop
      ? [[LIMITED[i % LIMITED.length] ?? LIMITED[0], 1]]
      : [
          [
            rng.weightedPick<Item[0]>([
              [KNIVES.gyuto240, 4],
              [KNIVES.kiritsuke, 3],
              [GIFT_SETS.chef, 2],
              [KNIVES.yanagiba300, 2],
              [STONES.natural, 1],
            ]),
            1,
          ],
        ];
    const jp = a.country === 'JP';
    const mule = muleAddress(rng, a.country === 'US' || rng.chance(0.25) ? 'US' : a.country);
    const readdress = rng.chance(0.25);
    const newCardToo = rng.chance(0.25);
    const cards = newCardToo ? [newCard(rng, a.country)] : a.cards.slice(0, 1);
    return compose(rng, {
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer: buyerOf(a),
      billing: a.home,
      shipTo: readdress ? a.home : mule,
      items,
      ip: fraudIp(rng, a.country, [35, 40, 25]),
      device: rng.chance(0.5) ? scriptedDevice(rng) : deviceOf(rng, a.country),
      locale: market(a.country).locale,
      pay: (yen) =>
        tryStolen(rng, {
          cards,
          yen,
          pass: jp ? 0.35 : 0.75,
          match: 'good',
          entry: newCardToo ? 'typed' : 'saved',
          passedAs: (): ThreeDS => (jp ? 'frictionless' : rng.chance(0.7) ? 'frictionless' : 'attempted'),
        }),
      after: (paidAt, _b, f) => {
        const later: LaterEvent[] = readdress
          ? [
              {
                type: 'order.updated',
                afterMs: paidAt + rng.int(5, 50) * MINUTE,
                shipping: mule,
                reason: 'address_changed',
              },
            ]
          : [];
        return [
          ...later,
          ...fraudAfter(
            rng,
            {
              caught: 0.35,
              warning: 0.3,
              dispute: 0.6,
              prepDays: atDrop ? [3, 10] : [1, 3],
              fulfilment: f,
              cancelReason: 'customer_reported_unauthorised',
            },
            paidAt,
          ),
        ];
      },
      extras: atDrop ? { dropId: drop.id } : {},
    });
  });
}

const JIG = ['Apt', 'Apt.', '#', 'Unit', 'Ste'];

/**
 * Drop bots: scalpers reselling limited runs on flea-market apps and abroad, with accounts opened in the hours
 * before the drop, a handful of devices and exits across many accounts, jigged versions of one address, virtual
 * and prepaid cards (some stolen), checking out seconds after the drop. The shop cancels the extra units a
 * household took, past its one-per-customer rule; stolen ones come back as chargebacks.
 */
export function dropBot(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const country: Country = rng.chance(0.6) ? 'JP' : 'US';
    const i = rng.int(0, w.drops.length - 1);
    const drop = w.drops[i] ?? { id: 'run-1', at: w.window.start };
    const base = homeIn(rng, country).address;
    const devices = Array.from({ length: rng.int(1, 3) }, () => scriptedDevice(rng, `dev_${rng.token(20)}`));
    const exits = rng.chance(0.5) ? ['JP', 'US'] : [country];
    const size = Math.min(n - out.length, rng.int(2, 6));
    for (let k = 0; k < size; k++) {
      const person = personOf(rng, country);
      const at = within(w.window, drop.at + rng.int(1_000, 15_000) + k * rng.int(200, 3_000));
      const stolen = rng.chance(0.35);
      const card = newCard(rng, country, stolen ? 'credit' : rng.chance(0.6) ? 'prepaid' : 'debit');
      const unit = `${rng.pick(JIG)} ${rng.int(1, 9)}${rng.pick(['A', 'B', 'C'])}`;
      out.push(
        compose(rng, {
          kind: 'drop_bot',
          fraud: true,
          at,
          buyer: {
            id: `mem_${rng.digits(8)}`,
            email: throwawayEmail(rng, person.name),
            name: person.name,
            createdAt: drop.at - rng.int(20 * MINUTE, 48 * HOUR),
          },
          billing: base,
          shipTo: {
            ...base,
            line1:
              country === 'JP'
                ? `${base.line1 ?? ''} ${rng.int(1, 9)}0${rng.int(1, 9)}`
                : `${base.line1 ?? ''} ${unit}`,
          },
          items: [[LIMITED[i % LIMITED.length] ?? LIMITED[0], 1]],
          ip: rng.chance(0.6) ? hostingIp(rng, exits).ip : homeIp(rng, country, 0.5).ip,
          device: rng.pick(devices),
          locale: market(country).locale,
          pay: (yen) =>
            tryStolen(rng, {
              cards: [card],
              yen,
              pass: stolen ? 0.5 : 0.85,
              match: stolen ? 'good' : 'none',
              passedAs: (): ThreeDS => (country === 'JP' ? 'challenge_passed' : 'frictionless'),
            }),
          after: (paidAt, _b, f) =>
            fraudAfter(
              rng,
              {
                caught: 0.55,
                warning: stolen ? 0.4 : 0,
                dispute: stolen ? 0.7 : 0,
                prepDays: [3, 10],
                fulfilment: f,
                cancelReason: 'purchase_limit_exceeded',
                refundReason: 'requested_by_merchant',
              },
              paidAt,
            ),
          extras: { dropId: drop.id },
        }),
      );
    }
  }
  return out;
}

/**
 * Friendly fraud: an ordinary customer (a member, or a guest abroad) buys a good knife, it is delivered against a
 * signature, and weeks later the charge is disputed as not received, not authorised, or not as described.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country: Country = rng.chance(0.25)
      ? 'JP'
      : abroad(rng, { US: 50, GB: 12, AU: 12, CA: 10, DE: 6, FR: 5, SG: 3, HK: 2 });
    const pool = w.accounts.filter((a) => a.country === country && !a.collector);
    const a = pool.length > 0 && rng.chance(0.5) ? rng.pick(pool) : undefined;
    const person = personOf(rng, country);
    const { address: home, tz } = a ? { address: a.home, tz: a.tz } : homeIn(rng, country);
    const buyer = a ? buyerOf(a) : { email: person.email, name: person.name };
    const cards = a ? a.cards : [newCard(rng, country)];
    const knife = rng.weightedPick(
      ENTHUSIAST_KNIVES.concat([
        [KNIVES.yanagiba300, 3],
        [GIFT_SETS.starter, 4],
        [LIMITED[2], 1],
      ]),
    );
    const items: Item[] = [[knife, 1]];
    if (rng.chance(0.4)) items.push([rng.weightedPick(STONE_PICKS), 1]);
    if (rng.chance(0.3)) items.push([SAYA_FOR(knife), 1]);
    const reason = rng.weightedPick([
      ['product_not_received', 55],
      ['fraudulent', 25],
      ['product_unacceptable', 20],
    ]);
    return compose(rng, {
      kind: 'friendly_fraud',
      fraud: true,
      at: placeAt(rng, w.window, tz, 'home', country === 'JP'),
      buyer,
      billing: home,
      shipTo: home,
      items,
      ip: homeIp(rng, country, 0.35).ip,
      device: a ? rng.pick(a.devices) : deviceOf(rng, country),
      locale: market(country).locale,
      pay: (yen) => honestPay(rng, { cards, domestic: false, signedIn: a !== undefined }, yen, 0.03),
      after: (paidAt, b, f, att) => {
        const prep = rng.int(1, 3) * DAY;
        const delivered =
          prep +
          (f === 'yamato' ? rng.int(16, 44) : f === 'ems' ? rng.int(80, 200) : rng.int(40, 110)) * HOUR;
        const out: LaterEvent[] = [
          { type: 'order.updated', afterMs: paidAt + prep, status: 'shipped' },
          { type: 'order.updated', afterMs: paidAt + delivered, status: 'delivered' },
        ];
        if (isDisputable(att))
          out.push({ type: 'dispute.created', afterMs: paidAt + delivered + rng.int(12, 55) * DAY, reason });
        else
          out.push({
            type: 'refund.created',
            afterMs: paidAt + delivered + rng.int(5, 15) * DAY,
            reason: 'not_received_claim',
            amount: b.amount,
          });
        return out;
      },
    });
  });
}

/**
 * Refund abuse: a customer claims the blade arrived chipped, rusted or bent and asks for a refund without sending
 * it back (postage to Japan costs more than the refund is worth to argue); the shop refunds in full or in part.
 * Mostly from abroad, where a return is hardest.
 */
export function refundAbuse(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country: Country = rng.chance(0.3) ? 'JP' : abroad(rng);
    const pool = w.accounts.filter((a) => a.country === country && !a.collector);
    const a = pool.length > 0 && rng.chance(0.65) ? rng.pick(pool) : undefined;
    const person = personOf(rng, country);
    const { address: home, tz } = a ? { address: a.home, tz: a.tz } : homeIn(rng, country);
    const knife = rng.weightedPick(country === 'JP' ? HOME_KNIVES : ENTHUSIAST_KNIVES);
    const items: Item[] = [[knife, 1]];
    if (rng.chance(0.3)) items.push([rng.weightedPick(ENTHUSIAST_KNIVES), 1]);
    return compose(rng, {
      kind: 'refund_abuse',
      fraud: true,
      at: placeAt(rng, w.window, tz, 'home', country === 'JP'),
      buyer: a ? buyerOf(a) : { email: person.email, name: person.name },
      billing: home,
      shipTo: home,
      items,
      ip: homeIp(rng, country, 0.35).ip,
      device: a ? rng.pick(a.devices) : deviceOf(rng, country),
      locale: market(country).locale,
      pay: (yen) =>
        honestPay(
          rng,
          {
            cards: a ? a.cards : [newCard(rng, country)],
            domestic: country === 'JP',
            signedIn: a !== undefined,
          },
          yen,
          0.03,
        ),
      after: (paidAt, b, f) => {
        const prep = rng.int(1, 3) * DAY;
        const delivered =
          prep +
          (f === 'yamato' ? rng.int(16, 44) : f === 'ems' ? rng.int(80, 200) : rng.int(40, 110)) * HOUR;
        const full = rng.chance(0.6);
        return [
          { type: 'order.updated', afterMs: paidAt + prep, status: 'shipped' },
          { type: 'order.updated', afterMs: paidAt + delivered, status: 'delivered' },
          {
            type: 'refund.created',
            afterMs: paidAt + delivered + rng.int(3, 12) * DAY,
            reason: rng.pick(['damaged_on_arrival', 'not_as_described', 'defective']),
            ...(full ? {} : { amount: Math.round((b.amount * rng.int(30, 60)) / 100) }),
          },
        ];
      },
    });
  });
}
