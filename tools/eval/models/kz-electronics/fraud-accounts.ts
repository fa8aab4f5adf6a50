import { type Rng } from '../kit/random.js';
import { accountBuyer, destination, purchaseOf, type World } from './build.js';
import { DAYTIME_HOURS, HOME_HOURS, LATE_HOURS, momentIn } from './calendar.js';
import { newCard } from './cards.js';
import {
  ACCESSORIES,
  AUDIO,
  basketOf,
  type Code,
  type Delivery,
  FLAGSHIP_PHONES,
  GAMING,
  GIFT_CARDS,
  type Item,
  LAPTOPS,
  MID_PHONES,
  SMALL_APPLIANCES,
  WEARABLES,
} from './catalogue.js';
import { fraudLater, ringPhone, run, runSizes } from './fraud-kit.js';
import { ipOn, KZ_MOBILE, type Network, NETWORKS } from './networks.js';
import { accountId, emailFor, fullName, type Gadget, kzPerson, newDevice, phoneFor } from './people.js';
import { addressIn, type City, cityNamed, kzCity, pickupPointIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  fulfilment,
  HOUR,
  instalment,
  type LaterEvent,
  MINUTE,
  other,
  type Plan,
  type Purchase,
} from './purchase.js';

/** Fraud through accounts: stolen identities on instalments, SIM-swap takeovers, promo farms, couriers. */

/**
 * Instalment fraud on stolen identity documents: a ring opens a fresh account on a new SIM registered to the
 * victim, applies for 0-0-12 in the victim's name (ID photo and selfie from a leaked scan) and has the iPhone or
 * MacBook collected from a pickup point or brought to a rented flat. The lender scores the victim, not the
 * ring, so most applications pass; some are declined and retried on a longer plan. The victim learns when the
 * first instalment is due: the lender's warning a month on, its claim against the store after that.
 */
export function instalmentIdFraud(rng: Rng, w: World, n: number): Purchase[] {
  const phones: Gadget[] = Array.from({ length: 1 + Math.ceil(n / 8) }, () => ringPhone(rng));
  const carrier: Network = rng.weightedPick(KZ_MOBILE);
  const base = rng.chance(0.7) ? cityNamed('Almaty') : cityNamed('Astana');
  const flats = Array.from({ length: 2 }, () => addressIn(rng, base));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`i${i}`);
    const at = momentIn(r, w.window, { hours: DAYTIME_HOURS, saleBias: 1.5 });
    const victim = kzPerson(r);
    const victimCity = kzCity(r);
    const main = r.weightedPick<Item>([
      [r.pick(FLAGSHIP_PHONES.slice(0, 2)), 50],
      [r.pick(LAPTOPS.slice(0, 2)), 15],
      [FLAGSHIP_PHONES[3] as Item, 15],
      [GAMING[1] as Item, 10],
      [r.pick(WEARABLES.slice(0, 1)), 10],
    ]);
    const items: Array<[Item, number]> = [[main, 1]];
    if (r.chance(0.3)) items.push([AUDIO[0] as Item, 1]);
    const delivery: Delivery = r.weightedPick<Delivery>([
      ['pickup', 55],
      ['express', 35],
      ['courier', 10],
    ]);
    const basket = basketOf(items, 'KZT', delivery);
    const plan: Plan = r.chance(0.8) ? '0-0-12' : '0-0-24';
    const attempts: Attempt[] = [];
    if (r.chance(0.68)) attempts.push(instalment(plan, true, r.int(4, 15) * MINUTE));
    else {
      attempts.push(instalment(plan, false, r.int(4, 15) * MINUTE));
      if (r.chance(0.6))
        attempts.push(
          instalment(plan === '0-0-12' ? '0-0-24' : '0-0-12', r.chance(0.3), r.int(2, 8) * MINUTE),
        );
    }
    const device = r.chance(0.9) ? r.pick(phones) : ringPhone(r);
    return purchaseOf({
      at,
      kind: 'instalment_id_fraud',
      fraud: true,
      buyer: {
        id: accountId(r),
        email: emailFor(r, victim, 'fresh'),
        name: fullName(victim),
        createdAt: at - r.int(5, 90) * MINUTE,
      },
      basket,
      billing: addressIn(r, victimCity),
      ...destination(r, delivery, base, r.pick(flats)),
      ip: ipOn(r, r.chance(0.8) ? carrier : NETWORKS.kzHosting),
      device,
      locale: 'ru-KZ',
      phone: phoneFor(r, 'KZ'),
      delivery,
      payment: { attempts },
      later: fraudLater(
        r,
        { delivery, attempts },
        {
          review: 0.15,
          reviewReason: 'identity_check_failed',
          warning: 0.7,
          warningDays: [25, 50],
          warningReason: 'identity_theft',
          dispute: 0.6,
          disputeDays: [35, 80],
          busy: true,
        },
      ),
    });
  });
}

/**
 * Account takeover by SIM swap: the victim's number is ported to a new SIM in the evening, the password reset
 * by SMS, and a new phone on the same carrier buys with the saved card (the 3-D Secure code arrives on the
 * swapped SIM) or on instalments in the victim's name; the goods go express to another address, to a pickup
 * point, or as e-gift cards. The delivery address is sometimes changed after the order. The victim disputes
 * within days or weeks.
 */
export function simSwapTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = w.customers.filter((c) => w.window.start - c.createdAt > 120 * DAY);
  const pool = aged.length > 0 ? aged : w.customers;
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const at = momentIn(r, w.window, { hours: LATE_HOURS, saleBias: 0.8 });
    const a = r.pick(pool);
    const device = ringPhone(r);
    const ip = ipOn(r, r.chance(0.65) ? a.mobile : r.weightedPick(KZ_MOBILE));
    const giftCards = r.chance(0.25);
    const items: Array<[Item, number]> = giftCards
      ? [[GIFT_CARDS[2] as Item, r.int(2, 6)]]
      : [
          [
            r.weightedPick<Item>([
              [r.pick(FLAGSHIP_PHONES.slice(0, 3)), 60],
              [r.pick(LAPTOPS.slice(0, 2)), 20],
              [GAMING[1] as Item, 20],
            ]),
            1,
          ],
        ];
    const delivery: Delivery = giftCards
      ? 'digital'
      : r.weightedPick<Delivery>([
          ['express', 55],
          ['pickup', 30],
          ['courier', 15],
        ]);
    const basket = basketOf(items, 'KZT', delivery);
    const newPlace = addressIn(r, a.city.express ? a.city : cityNamed('Almaty'));
    const byInstalment = !giftCards && r.chance(0.35);
    const attempts: Attempt[] = byInstalment
      ? [instalment('0-0-12', r.chance(0.85), r.int(3, 10) * MINUTE)]
      : [
          cardAttempt(r, r.pick(a.cards), {
            ok: r.chance(0.9),
            decline: 'limit_exceeded',
            entry: 'saved',
            afterMs: r.int(20_000, 70_000),
            threeDS: 'challenge_passed',
          }),
        ];
    const redirect = delivery !== 'pickup' && delivery !== 'digital' && r.chance(0.35);
    const later: LaterEvent[] = fraudLater(
      r,
      { delivery, attempts },
      {
        warning: byInstalment ? 0.6 : 0.5,
        warningDays: byInstalment ? [5, 20] : [1, 8],
        warningReason: byInstalment ? 'account_takeover' : 'fraudulent',
        dispute: 0.85,
        disputeDays: byInstalment ? [20, 45] : [3, 25],
      },
    );
    if (redirect && later.some((l) => l.status === 'out_for_delivery' || l.status === 'packed'))
      later.push({
        type: 'order.updated',
        afterMs: r.int(5, 40) * MINUTE,
        status: 'address_changed',
        shipping: newPlace,
      });
    return purchaseOf({
      at,
      kind: 'sim_swap_takeover',
      fraud: true,
      buyer: accountBuyer(a),
      basket,
      billing: a.home,
      ...destination(
        r,
        delivery,
        a.city.express ? a.city : cityNamed('Almaty'),
        redirect ? a.home : newPlace,
      ),
      ip,
      device,
      locale: a.locale,
      phone: a.phone,
      delivery,
      payment: { attempts },
      later,
    });
  });
}

/** What farms buy: just over a code's threshold, and easy to sell on. */
const FARMED: ReadonlyArray<readonly [Code, readonly Item[]]> = [
  ['NEWAPP', [AUDIO[1] as Item, AUDIO[2] as Item, SMALL_APPLIANCES[0] as Item, WEARABLES[3] as Item]],
  ['REF', [MID_PHONES[5] as Item, AUDIO[0] as Item, MID_PHONES[2] as Item]],
];

/**
 * Promo farms: a few people with a couple of phones open batch after batch of accounts (numbered or dotted
 * Gmail addresses, virtual numbers), each redeeming the first-order app code or the farm's own referral code
 * on AirPods, Redmi phones or an air fryer, all sent to one pickup point or flat and paid from the same card
 * or the same bank app. The store cancels some once it notices.
 */
export function promoAbuseFarm(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  runSizes(rng, n, 3, 8).forEach((size, k) => {
    const r = rng.fork(`farm${k}`);
    const city = r.chance(0.6)
      ? cityNamed('Almaty')
      : r.chance(0.5)
        ? cityNamed('Astana')
        : cityNamed('Shymkent');
    const phones = [newDevice(r, 'app', 0.3), newDevice(r, 'app', 0.3)];
    const net = r.chance(0.7) ? r.weightedPick(KZ_MOBILE) : NETWORKS.kzFixed;
    const homeIp = ipOn(r, net);
    const farmer = kzPerson(r);
    const stem = `${emailFor(r, farmer, 'kz').split('@')[0] ?? 'shop'}`;
    const [code, goods] = r.pick(FARMED);
    const referral = `REF-${r.token(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`;
    const pickup = r.chance(0.6) && city.name !== 'Shymkent';
    const point = pickupPointIn(r, city.name);
    const flat = addressIn(r, city);
    const card = newCard(r, 'KZ', 'debit');
    const pays = r.weightedPick<'card' | 'qr' | 'cards'>([
      ['card', 40],
      ['qr', 40],
      ['cards', 20],
    ]);
    const times = run(w.window, momentIn(r, w.window, { hours: HOME_HOURS, saleBias: 1.2 }), size, () =>
      r.int(2 * MINUTE, 25 * MINUTE),
    );
    times.forEach((at, j) => {
      const person = kzPerson(r);
      const email = r.chance(0.5)
        ? `${stem.replace(/\./g, '')}${j + r.int(1, 40)}@${r.pick(['gmail.com', 'bk.ru', 'mail.ru'])}`
        : emailFor(r, person, 'fresh');
      const delivery: Delivery = pickup ? 'pickup' : 'courier';
      const typed = code === 'REF' ? referral : 'NEWAPP';
      const basket = basketOf([[r.pick(goods), 1]], 'KZT', delivery, { code, typed });
      const attempts: Attempt[] =
        pays === 'qr'
          ? [other('qr', true, r.int(20_000, 90_000))]
          : [
              cardAttempt(r, pays === 'card' ? card : newCard(r, 'KZ'), {
                ok: true,
                afterMs: r.int(15_000, 60_000),
              }),
            ];
      const shipping = {
        ...flat,
        line1: r.chance(0.5) ? flat.line1 : (flat.line1 ?? '').replace('apt', 'kv.'),
      };
      out.push(
        purchaseOf({
          at,
          kind: 'promo_abuse_farm',
          fraud: true,
          buyer: {
            id: accountId(r),
            email,
            name: fullName(person),
            createdAt: at - r.int(2, 20) * MINUTE - r.int(0, 59_000),
          },
          basket,
          billing: addressIn(r, city),
          ...(pickup ? { pickupPoint: point } : { shipping }),
          ip: r.chance(0.5) ? homeIp : ipOn(r, net),
          device: r.pick(phones),
          locale: 'ru-KZ',
          phone: phoneFor(r, 'KZ'),
          delivery,
          payment: { attempts },
          later: fraudLater(
            r,
            { delivery, attempts },
            { review: 0.25, reviewReason: 'promo_abuse', busy: true },
          ),
        }),
      );
    });
  });
  return out;
}

/**
 * Courier collusion on cash on delivery: accomplices order phones and consoles cash-on-delivery in one
 * courier's zone. Either the courier marks the parcel delivered and paid and a "defective" return brings back a
 * box with a dummy inside (the refund goes out), or the courier marks it delivered and keeps the cash, which
 * the store finds missing at reconciliation a week later.
 */
export function courierCodCollusion(rng: Rng, w: World, n: number): Purchase[] {
  const zone: City = rng.weightedPick([
    [cityNamed('Almaty'), 55],
    [cityNamed('Astana'), 25],
    [cityNamed('Shymkent'), 20],
  ] as const);
  const accomplices = Array.from({ length: 2 + Math.ceil(n / 4) }, () => {
    const person = kzPerson(rng);
    return {
      person,
      id: accountId(rng),
      email: emailFor(rng, person, rng.chance(0.5) ? 'fresh' : 'kz'),
      phone: phoneFor(rng, 'KZ'),
      address: addressIn(rng, zone),
      device: rng.chance(0.5) ? ringPhone(rng) : newDevice(rng, 'mobile_web', 0.2),
      opened: rng.int(0, 12) * DAY,
    };
  });
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`c${i}`);
    const at = momentIn(r, w.window, { hours: DAYTIME_HOURS, saleBias: 1.0 });
    const a = r.pick(accomplices);
    const item = r.pick<Item>([
      ...FLAGSHIP_PHONES.slice(0, 3),
      FLAGSHIP_PHONES[3] as Item,
      GAMING[0] as Item,
      GAMING[1] as Item,
      AUDIO[0] as Item,
      SMALL_APPLIANCES[5] as Item,
    ]);
    const delivery: Delivery = zone.express && r.chance(0.4) ? 'express' : 'courier';
    const items: Array<[Item, number]> = [[item, 1]];
    if (r.chance(0.2)) items.push([ACCESSORIES[1] as Item, 1]);
    const basket = basketOf(items, 'KZT', delivery);
    const { steps, done } = fulfilment(r, delivery, { payLater: 'cod' });
    const swap = r.chance(0.6);
    const later: LaterEvent[] = swap
      ? [
          ...steps,
          { type: 'order.updated', afterMs: done + r.int(20, 90) * HOUR, status: 'return_requested' },
          { type: 'order.updated', afterMs: done + r.int(4, 5) * DAY, status: 'return_received' },
          { type: 'refund.created', afterMs: done + r.int(5, 7) * DAY, reason: 'defective' },
        ]
      : [
          ...steps.filter((s) => s.type === 'order.updated'),
          { type: 'order.updated', afterMs: done + r.int(5, 8) * DAY, status: 'cash_not_remitted' },
          { type: 'order.cancelled', afterMs: done + r.int(8, 10) * DAY, reason: 'courier_cash_shortfall' },
        ];
    return purchaseOf({
      at,
      kind: 'courier_cod_collusion',
      fraud: true,
      buyer: {
        id: a.id,
        email: a.email,
        name: fullName(a.person),
        createdAt: w.window.start - a.opened - 3 * HOUR,
      },
      basket,
      billing: a.address,
      shipping: a.address,
      ip: ipOn(r, r.weightedPick(KZ_MOBILE)),
      device: a.device,
      locale: 'ru-KZ',
      phone: a.phone,
      delivery,
      payment: { attempts: [], payLater: 'cod' },
      later,
    });
  });
}
