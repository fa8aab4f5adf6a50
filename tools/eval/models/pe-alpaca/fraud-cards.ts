import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import {
  basketOf,
  type Currency,
  itemBySku,
  itemsIn,
  type Mix,
  type Pick,
  pickItems,
  usd,
} from './catalogue.js';
import { cardOfRow, type Match, rowsOf, stolenDecline, testerDecline } from './cards.js';
import {
  clampTo,
  DAY,
  exitNetwork,
  fraudConnection,
  fraudDevice,
  fraudNetwork,
  fraudPurchase,
  fraudReferrer,
  HOUR,
  MINUTE,
  stolenCardLater,
  stolenCountry,
  throwawayEmail,
  type Victim,
  victimOf,
} from './fraud-kit.js';
import { networkOf } from './networks.js';
import { personOf } from './people.js';
import { FORWARDERS, forwarderAddress, homeIn, LIMA, market, PERU } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  fulfilmentSteps,
  type LaterEvent,
  type Purchase,
  retryGap,
} from './purchase.js';
import { type World } from './world.js';

/**
 * Fraud paid with stolen card details: resellers' vicuña and premium alpaca sent to reshipping drops, card
 * testing on the cheapest accessories, freight-forwarder drops and triangulation through a marketplace listing.
 */

/** What resells: vicuña first, then royal alpaca throws, king blankets and cardigans. */
const RESALE: Mix = { vicuna: 55, throw: 18, cardigan: 12, sweater: 10, shawl: 5 };

/** A fraudster's time: any hour, in a time zone of their own. */
const fraudTime = (rng: Rng, w: World, tz: number): number => when(rng, w.window, tz, 'abroad', 'anytime');

const OPERATOR_TZ: readonly number[] = [1, 2, 3, 7, -3, -4, -5];

/**
 * Stolen cards tried in turn until one goes through (or three fail): the victim's own billing address from the
 * "fullz" (AVS mostly passes), US issuers letting most through without a challenge.
 */
function stolenAttempts(rng: Rng, victims: readonly Victim[], dollars: number, match: Match): Attempt[] {
  const out: Attempt[] = [];
  const succeeds = rng.chance(0.78);
  const tries = succeeds
    ? rng.weightedPick<number>([
        [1, 70],
        [2, 22],
        [3, 8],
      ])
    : rng.int(1, 3);
  for (let i = 0; i < tries; i++) {
    const v = victims[Math.min(i, victims.length - 1)] as Victim;
    const ok = succeeds && i === tries - 1;
    const decline = ok ? undefined : stolenDecline(rng);
    out.push(
      cardAttempt(rng, v.card, dollars, {
        entry: 'typed',
        match: i === 0 ? match : 'wrong',
        ok,
        ...(decline ? { decline } : {}),
        afterMs: i === 0 ? firstAuth(rng) : retryGap(rng),
        ...(ok
          ? {
              threeDS: rng.weightedPick([
                ['frictionless', 60],
                ['not_enrolled', 40],
              ] as const),
            }
          : {}),
      }),
    );
  }
  return out;
}

const guestOrFresh = (rng: Rng, name: string, email: string, at: number, account: number): Buyer =>
  rng.chance(account)
    ? { id: `cus_${rng.token(14)}`, email, name, createdAt: at - rng.int(1, 15) * MINUTE }
    : { email, name };

/** A US drop: a mule's flat in another city, taking parcels for a reshipping ring. */
const dropIn = (rng: Rng, country: string): Address => homeIn(rng, market(country)).address;

/**
 * Stolen cards buying vicuña and premium alpaca to resell: guests or accounts minutes old, the cardholder's
 * address for billing, the parcel to a drop (or to the holder's address, re-routed by e-mail before it leaves),
 * from a residential proxy or a VPN. One to three orders per operator, a few days apart.
 */
export function stolenCardVicuna(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const device = fraudDevice(rng);
    const tz = rng.pick(OPERATOR_TZ);
    const orders = Math.min(
      count - out.length,
      rng.weightedPick<number>([
        [1, 55],
        [2, 30],
        [3, 15],
      ]),
    );
    const style = rng.weightedPick<'drop' | 'reroute' | 'billing'>([
      ['drop', 55],
      ['reroute', 25],
      ['billing', 20],
    ]);
    const first = fraudTime(rng, w, tz);
    for (let i = 0; i < orders; i++) {
      const country = stolenCountry(rng);
      const victims = [victimOf(rng, country), victimOf(rng, country), victimOf(rng, country)];
      const v = victims[0] as Victim;
      const at = i === 0 ? first : clampTo(w.window, first + rng.int(1, 5) * DAY + rng.int(0, 600) * MINUTE);
      const drop = dropIn(rng, country);
      const picks = pickItems(
        rng,
        RESALE,
        rng.weightedPick<number>([
          [1, 60],
          [2, 30],
          [3, 10],
        ]),
        () => (rng.chance(0.2) ? 2 : 1),
      );
      const shipping = style === 'drop' ? drop : { ...v.home.address };
      const basket = basketOf(picks, { currency: 'USD', fulfilment: 'dhl_express', country });
      const attempts = stolenAttempts(
        rng,
        victims,
        usd(basket),
        rng.weightedPick<Match>([
          ['good', 70],
          ['close', 20],
          ['wrong', 10],
        ]),
      );
      const reroute: LaterEvent[] =
        style === 'reroute'
          ? [
              {
                type: 'order.updated',
                afterMs: rng.int(2, 15) * HOUR,
                shipping: drop,
                reason: 'address_change',
              },
            ]
          : [];
      out.push(
        fraudPurchase({
          at,
          kind: 'stolen_card_vicuna',
          basket,
          billing: { ...v.home.address },
          attempts,
          later: stolenCardLater(rng, 'dhl_express', country, { warning: 0.45, dispute: 0.72 }, reroute),
          buyer: guestOrFresh(rng, v.person.name, throwawayEmail(rng, v.person), at, 0.35),
          shipping,
          fulfilment: 'dhl_express',
          ...fraudConnection(rng, device, fraudNetwork(rng, country)),
          locale: v.market.locale,
          referrer: fraudReferrer(rng),
        }),
      );
    }
  }
  return out;
}

const CHEAPEST = ['AC-KEYCHAIN', 'SK-PAIR', 'GL-MITTS', 'AC-HEADBAND', 'HT-BEANIE'];

/**
 * Card testing: a script checks card numbers generated or bought on one or two BINs, one cheap accessory per
 * order, as guests with made-up names and addresses, from cloud exits (Peruvian cards from Peruvian mobile
 * addresses too), an order every few seconds to minutes; most are declined. A card that goes through is mostly
 * caught by the shop (refunded) or reported by its issuer.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(5, 18));
    const country = rng.weightedPick<string>([
      ['US', 60],
      ['GB', 8],
      ['CA', 8],
      ['PE', 24],
    ]);
    const rows = rowsOf(country);
    const bins = rng.shuffle(rows).slice(0, rng.int(1, 2));
    const device = fraudDevice(rng, rng.chance(0.6));
    const local = country === 'PE' && rng.chance(0.5);
    const net = local ? networkOf(rng, 'PE', 'mobile') : exitNetwork(rng, rng.chance(0.5) ? 'US' : undefined);
    const currency: Currency = country === 'PE' ? 'PEN' : 'USD';
    const item = itemBySku(rng.pick(CHEAPEST));
    let t = when(rng, w.window, rng.pick(OPERATOR_TZ), 'flat', 'anytime');
    for (let i = 0; i < size; i++) {
      t = clampTo(w.window, t + (i === 0 ? 0 : rng.int(12_000, 4 * MINUTE)));
      const m = market(country);
      const person = personOf(rng, m.names);
      const home = country === 'PE' ? homeIn(rng, { ...PERU, places: LIMA }) : homeIn(rng, m);
      const basket = basketOf([[rng.chance(0.8) ? item : itemBySku(rng.pick(CHEAPEST)), 1]], {
        currency,
        fulfilment: country === 'PE' ? 'courier_lima' : 'dhl_express',
        country,
      });
      const attempts: Attempt[] = [];
      const tries = rng.int(1, 3);
      for (let k = 0; k < tries; k++) {
        const ok = rng.chance(0.07);
        const decline = ok ? undefined : testerDecline(rng);
        attempts.push(
          cardAttempt(rng, cardOfRow(rng, country, rng.pick(bins)), usd(basket), {
            match: 'none',
            ok,
            ...(decline ? { decline } : {}),
            afterMs: k === 0 ? rng.int(2_000, 9_000) : rng.int(1_500, 6_000),
          }),
        );
        if (ok) break;
      }
      const later: LaterEvent[] = [];
      const caught = rng.weightedPick<'refund' | 'warning' | 'dispute' | 'none'>([
        ['refund', 45],
        ['warning', 20],
        ['dispute', 5],
        ['none', 30],
      ]);
      if (caught === 'refund') {
        const noticed = rng.int(1, 14) * HOUR;
        later.push({ type: 'order.cancelled', afterMs: noticed, reason: 'fraud_suspected' });
        later.push({
          type: 'refund.created',
          afterMs: noticed + rng.int(5, 60) * MINUTE,
          reason: 'fraudulent',
        });
      } else if (caught === 'warning') {
        later.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 15) * DAY, reason: 'fraudulent' });
      } else if (caught === 'dispute') {
        later.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'fraudulent' });
      }
      const fulfilment = country === 'PE' ? 'courier_lima' : 'dhl_express';
      if (caught !== 'refund') later.push(...fulfilmentSteps(rng, fulfilment, country));
      const shipping = { ...home.address };
      out.push(
        fraudPurchase({
          at: t,
          kind: 'card_testing',
          basket,
          billing: { ...home.address },
          attempts,
          later,
          buyer: { email: throwawayEmail(rng, person), name: person.name },
          shipping,
          fulfilment,
          ...fraudConnection(rng, device, net),
          locale: m.locale,
          referrer: 'direct',
          ...(currency === 'PEN' ? { invoice: 'boleta' as const } : {}),
        }),
      );
    }
  }
  return out;
}

/** What goes through a forwarder to be resold abroad: sweaters, cardigans, throws and ponchos by the few. */
const FORWARDED: Mix = { sweater: 30, cardigan: 25, throw: 20, poncho: 12, shawl: 8, vicuna: 5 };

/**
 * Freight-forwarder drops: stolen cards from several countries, each order billed to its victim, all going to one
 * suite at a Miami, Delaware or Oregon forwarder (a new suite now and then), two to five orders per operator.
 */
export function forwarderDrop(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const orders = Math.min(count - out.length, rng.int(2, 5));
    const place = rng.pick(FORWARDERS);
    let suite = `${rng.pick(['', 'PE-', 'A', 'LA-'])}${rng.digits(5)}`;
    const device = fraudDevice(rng);
    const first = fraudTime(rng, w, rng.pick(OPERATOR_TZ));
    for (let i = 0; i < orders; i++) {
      if (rng.chance(0.25)) suite = `${rng.digits(5)}`;
      const country = stolenCountry(rng);
      const victims = [victimOf(rng, country), victimOf(rng, country)];
      const v = victims[0] as Victim;
      const at = i === 0 ? first : clampTo(w.window, first + rng.int(2, 72) * HOUR);
      const picks = pickItems(rng, FORWARDED, rng.int(2, 5), () => rng.int(1, 3));
      const basket = basketOf(picks, { currency: 'USD', fulfilment: 'dhl_express', country: 'US' });
      out.push(
        fraudPurchase({
          at,
          kind: 'forwarder_drop',
          basket,
          billing: { ...v.home.address },
          attempts: stolenAttempts(
            rng,
            victims,
            usd(basket),
            rng.weightedPick<Match>([
              ['good', 60],
              ['close', 25],
              ['wrong', 15],
            ]),
          ),
          later: stolenCardLater(rng, 'dhl_express', 'US', { warning: 0.4, dispute: 0.7 }),
          buyer: guestOrFresh(rng, v.person.name, throwawayEmail(rng, v.person), at, 0.3),
          shipping: forwarderAddress(place, suite),
          fulfilment: 'dhl_express',
          ...fraudConnection(rng, device, fraudNetwork(rng, country, 0.35)),
          locale: v.market.locale,
          referrer: fraudReferrer(rng),
        }),
      );
    }
  }
  return out;
}

/** What a marketplace listing sells "below retail": one sweater, cardigan, throw or poncho. */
const LISTED: readonly string[] = [
  'SW-BA-CREW',
  'CD-CABLE',
  'TH-ALPACA',
  'PO-BA',
  'SW-BA-TURTLE',
  'SH-RUANA',
];

/**
 * Triangulation: an operator lists the shop's pieces on a marketplace, and when one sells buys it here with a
 * stolen card billed to the victim, shipped to the marketplace buyer's real address in the same country. The
 * parcel arrives; the victim's chargeback comes weeks later. Three to eight orders per operator over days, one
 * device, one style of e-mail address.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const orders = Math.min(count - out.length, rng.int(3, 8));
    const device = fraudDevice(rng);
    const country = rng.weightedPick<string>([
      ['US', 70],
      ['GB', 12],
      ['DE', 8],
      ['AU', 10],
    ]);
    const handle = rng.token(6, 'abcdefghijklmnopqrstuvwxyz');
    const domain = rng.pick(['outlook.com', 'gmail.com', 'proton.me']);
    const first = fraudTime(rng, w, rng.pick(OPERATOR_TZ));
    for (let i = 0; i < orders; i++) {
      const v = victimOf(rng, country);
      const at = i === 0 ? first : clampTo(w.window, first + rng.int(6, 6 * 24) * HOUR);
      const picks: Pick[] = [[itemBySku(rng.pick(LISTED)), 1]];
      if (rng.chance(0.15)) picks.push([rng.pick(itemsIn('scarf')), 1]);
      const basket = basketOf(picks, { currency: 'USD', fulfilment: 'dhl_express', country });
      const buyerAddress = homeIn(rng, market(country)).address;
      out.push(
        fraudPurchase({
          at,
          kind: 'triangulation',
          basket,
          billing: { ...v.home.address },
          attempts: stolenAttempts(
            rng,
            [v, victimOf(rng, country)],
            usd(basket),
            rng.chance(0.75) ? 'good' : 'close',
          ),
          later: stolenCardLater(rng, 'dhl_express', country, { warning: 0.35, dispute: 0.75 }),
          buyer: { email: `${handle}.${rng.int(1, 99)}@${domain}`, name: v.person.name },
          shipping: buyerAddress,
          fulfilment: 'dhl_express',
          ...fraudConnection(rng, device, fraudNetwork(rng, country, 0.4)),
          locale: v.market.locale,
          referrer: 'direct',
        }),
      );
    }
  }
  return out;
}
