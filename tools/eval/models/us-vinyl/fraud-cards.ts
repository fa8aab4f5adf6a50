import { lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterDrop, moment, STORE_TZ } from './calendar.js';
import { sameBin, usBin } from './cards.js';
import { dropLines, pickDrop } from './buyers.js';
import {
  ACCESSORIES,
  addLine,
  BOX_SETS,
  eGiftCard,
  LIMITED,
  type Line,
  NEW_LPS,
  RARE_LPS,
  RSD,
} from './catalogue.js';
import {
  botDevice,
  catchAllDomain,
  chargebackEnd,
  DAY,
  fraudEmail,
  fraudOrder,
  fraudsterDevice,
  HOUR,
  matchOf,
  proxyNetwork,
  stolenCards,
  who,
} from './fraud-kit.js';
import { network, US_RESIDENTIAL } from './networks.js';
import { abroadCountry, abroadPerson, usPerson } from './people.js';
import { jig, MULE_CITIES, RESHIPPERS, suite, usAddress } from './places.js';
import { type Attempt, cardAttempt, type Purchase } from './purchase.js';
import { type World } from './world.js';

/** Fraud with stolen cards: card testing, drop bots shipping to reshippers, gift cards, triangulation. */

/**
 * Card testing: runs of 4–14 guest checkouts in the small hours, a minute or two apart, each on the cheapest
 * thing in the shop (a $10 e-gift card or the $4.99 sticker pack), cards walked along one or two BINs from one
 * datacentre or proxy pool and one browser; most declined, the few that pass are refunded, warned or disputed.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(4, 14));
    left -= size;
    const bins = [usBin(rng, rng.chance(0.5) ? 'prepaid' : 'debit')];
    if (rng.chance(0.35)) bins.push(usBin(rng));
    const net = proxyNetwork(rng, 0.35, 0.3);
    const device = botDevice(rng, 0.5);
    const gift = rng.chance(0.55);
    const item = gift ? eGiftCard(10) : ACCESSORIES[0];
    let t = moment(rng, w.window, STORE_TZ, 'store', 'night');
    for (let i = 0; i < size && item; i++) {
      t += rng.int(20_000, 160_000);
      const email = fraudEmail(rng, rng.chance(0.6) ? 'disposable' : 'free');
      const billing = usPerson(rng).home;
      const pay = (amount: number): Attempt[] => {
        const tries = rng.int(1, 3);
        const attempts: Attempt[] = [];
        for (let k = 0; k < tries; k++) {
          const ok = rng.chance(0.11);
          const decline = ok
            ? undefined
            : rng.weightedPick([
                ['incorrect_cvc', 22],
                ['incorrect_number', 12],
                ['expired_card', 12],
                ['do_not_honor', 18],
                ['insufficient_funds', 10],
                ['stolen_card', 6],
                ['fraudulent', 10],
                ['card_velocity_exceeded', 6],
                ['incorrect_zip', 4],
              ] as const);
          attempts.push(
            cardAttempt(rng, sameBin(rng, rng.pick(bins)), amount, {
              match: rng.chance(0.3) ? 'zip_only' : 'bad',
              ok,
              ...(decline ? { decline } : {}),
              afterMs: rng.int(1_200, 6_000),
            }),
          );
          if (ok) break;
        }
        return attempts;
      };
      out.push(
        fraudOrder(
          'card_testing',
          t,
          who({ email, name: usPerson(rng).name }, billing, net, device, rng),
          [lineOf(item)],
          gift ? { recipientEmail: email } : {},
          pay,
          () =>
            rng.chance(0.3)
              ? [
                  { type: 'order.cancelled', afterMs: rng.int(5, 14) * HOUR, reason: 'fraud_suspected' },
                  { type: 'refund.created', afterMs: rng.int(15, 18) * HOUR, reason: 'fraudulent' },
                ]
              : chargebackEnd(rng, { warning: 0.35, dispute: 0.2, digital: gift }),
        ),
      );
    }
  }
  return out;
}

/**
 * Drop bots: rings of three to nine checkouts in the first minute of a drop, every title at the limit, stolen
 * cards with the holder's address as billing (full details more often than not), shipped to one reshipping
 * suite or a mule's flat typed a little differently each time; fresh accounts opened the night before or
 * guests on one catch-all domain, through US residential proxies.
 */
export function dropBots(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(3, 9));
    left -= size;
    const drop = pickDrop(rng);
    const domain = catchAllDomain(rng);
    const dest = rng.chance(0.55) ? suite(rng, rng.pick(RESHIPPERS)) : usAddress(rng, rng.pick(MULE_CITIES));
    const mule = usPerson(rng).name;
    const agent = botDevice(rng).userAgent;
    const late = rng.chance(0.2) ? rng.float(2, 30) * HOUR : 0;
    for (let i = 0; i < size; i++) {
      const at = afterDrop(w.window, drop, late + rng.exp(40_000) + i * rng.int(500, 6_000));
      const victim = usPerson(rng);
      const fresh = rng.chance(0.4);
      const buyer = {
        ...(fresh ? { id: `cus_${rng.token(14)}`, createdAt: at - rng.int(2 * HOUR, 30 * HOUR) } : {}),
        email: fraudEmail(rng, 'catch_all', domain),
        name: rng.chance(0.6) ? victim.name : mule,
      };
      const net = proxyNetwork(rng, 0.72);
      const device = { userAgent: agent, ...(rng.chance(0.7) ? { id: `fp_${rng.token(22)}` } : {}) };
      const lines = dropLines(rng, drop, 6, 2);
      const match = matchOf(rng, 0.55);
      out.push(
        fraudOrder(
          'drop_bot_stolen_card',
          at,
          who(buyer, victim.home, net, device, rng),
          lines,
          { shipping: i === 0 ? dest : jig(rng, dest), drop },
          (amount) =>
            stolenCards(rng, amount, {
              match,
              tries: rng.int(1, 3),
              firstOk: 0.72,
              nextOk: 0.6,
              quick: true,
            }),
          () => chargebackEnd(rng, { warning: 0.3, dispute: 0.65, ship: rng.int(40, 110) * HOUR }),
        ),
      );
    }
  }
  return out;
}

/**
 * Stolen cards buying e-gift cards ($100–$200, one to three) e-mailed to the fraudster's box, which several
 * orders in a ring share; from proxies, datacentres or abroad, mostly at night; drained before the chargeback.
 */
export function stolenCardGiftCards(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(1, 4));
    left -= size;
    const box = fraudEmail(rng, rng.chance(0.5) ? 'free' : 'disposable');
    let t = moment(rng, w.window, STORE_TZ, 'store', rng.chance(0.6) ? 'night' : 'leisure');
    for (let i = 0; i < size; i++) {
      t += rng.int(3 * MINUTE, 90 * MINUTE);
      const victim = usPerson(rng);
      const fresh = rng.chance(0.25);
      const buyer = {
        ...(fresh ? { id: `cus_${rng.token(14)}`, createdAt: t - rng.int(MINUTE, 40 * MINUTE) } : {}),
        email: rng.chance(0.5) ? fraudEmail(rng, 'free') : fraudEmail(rng, 'namey'),
        name: victim.name,
      };
      const lines: Line[] = [];
      addLine(lines, eGiftCard(rng.pick([100, 150, 200])), rng.int(1, 3));
      if (rng.chance(0.25)) addLine(lines, eGiftCard(100));
      const net = proxyNetwork(rng, 0.4, 0.35);
      const match = matchOf(rng, 0.5);
      out.push(
        fraudOrder(
          'stolen_card_gift_cards',
          t,
          who(buyer, victim.home, net, fraudsterDevice(rng), rng),
          lines,
          { recipientEmail: box, ...(rng.chance(0.4) ? { giftNote: 'Happy holidays!' } : {}) },
          (amount) => stolenCards(rng, amount, { match, tries: rng.int(1, 3), firstOk: 0.62, nextOk: 0.55 }),
          () =>
            rng.chance(0.15)
              ? [
                  { type: 'order.updated', afterMs: rng.int(20_000, 90_000), status: 'fulfilled' },
                  { type: 'order.cancelled', afterMs: rng.int(1, 3) * HOUR, reason: 'fraud_suspected' },
                  { type: 'refund.created', afterMs: rng.int(4, 6) * HOUR, reason: 'fraudulent' },
                ]
              : chargebackEnd(rng, { warning: 0.4, dispute: 0.6, digital: true }),
        ),
      );
    }
  }
  return out;
}

/**
 * Triangulation: a fraudster lists sought-after records on Discogs or eBay, and when a collector buys, orders
 * the record here with a stolen card, shipped to that collector (now and then abroad) under the collector's
 * name. The parcel arrives; the cardholder's chargeback comes weeks later.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(1, 4));
    left -= size;
    const mailbox = () => fraudEmail(rng, rng.chance(0.6) ? 'namey' : 'free');
    const sellerNet = rng.chance(0.3) ? rng.pick([network('nl-hosting'), network('de-hosting')]) : undefined;
    const device = fraudsterDevice(rng);
    for (let i = 0; i < size; i++) {
      const collector = rng.chance(0.85) ? usPerson(rng) : abroadPerson(rng, abroadCountry(rng));
      const holder = usPerson(rng);
      const at = moment(rng, w.window, holder.tz);
      const lines: Line[] = [];
      const n = rng.int(1, 3);
      for (let k = 0; k < n; k++)
        addLine(
          lines,
          rng.pick(
            rng.weightedPick([
              [RARE_LPS, 35],
              [BOX_SETS, 20],
              [LIMITED, 20],
              [RSD, 10],
              [NEW_LPS, 15],
            ] as const),
          ),
        );
      const net = sellerNet ?? (rng.chance(0.7) ? rng.pick(US_RESIDENTIAL) : network('us-hosting'));
      const match = matchOf(rng, 0.65);
      const abroad = collector.country !== 'US';
      out.push(
        fraudOrder(
          'triangulation',
          at,
          who({ email: mailbox(), name: collector.name }, holder.home, net, device, rng),
          lines,
          { shipping: collector.home },
          (amount) => stolenCards(rng, amount, { match, tries: rng.int(1, 2), firstOk: 0.85, nextOk: 0.7 }),
          () =>
            chargebackEnd(rng, {
              warning: 0.2,
              dispute: 0.7,
              ship: rng.int(18, 70) * HOUR,
              transit: (abroad ? rng.int(6, 20) : rng.int(3, 8)) * DAY,
            }),
        ),
      );
    }
  }
  return out;
}
