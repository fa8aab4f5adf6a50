import { type Address, type BasketLine, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { abroadBasket, giftBasket } from './baskets.js';
import { LAGOS as LAGOS_TZ, SHOPPER, when } from './calendar.js';
import { newCard } from './cards.js';
import { type Category, FRAGRANCE, line, pick, SNEAKERS, WIGS } from './catalogue.js';
import { freshAccount, guestBuyer, purchaseFrom, type World } from './checkout.js';
import { newDevice } from './devices.js';
import { emailFor, personName } from './names.js';
import {
  BY_HOME,
  BY_MOBILE,
  HOSTING_DE,
  HOSTING_NL,
  ipIn,
  mobileNetwork,
  type Network,
  RU_HOME,
  RU_MOBILE,
} from './networks.js';
import { ABUJA, addressIn, type City, FAMILY_HOMES, LAGOS, SANCTIONED_TOWNS } from './places.js';
import {
  type Attempt,
  cardAttempt,
  deliverySteps,
  firstAuth,
  type LaterEvent,
  type Method,
  podFailed,
  podRun,
  type Purchase,
  transfer,
} from './purchase.js';

/**
 * Two kinds that are about where and how, not stolen money: fake pay-on-delivery orders (a serial refuser, a
 * prankster, a rival wasting the riders' day, or a "customer" who shows the rider a fake transfer alert and
 * keeps the goods), and Nigerian students and workers in Russia and Belarus buying from home (the
 * sanctioned-country kind: goods shipped there, or ordered from there).
 */

/** Someone placing fake orders: one phone, one carrier, many names. */
interface Faker {
  device: Device;
  carrier: Network;
  city: City;
}

/** Under the pay-on-delivery limit: hair, sneakers and scents that would resell. */
function podBasket(rng: Rng, t: number, w: World): BasketLine<Category>[] {
  const shelf = rng.weightedPick([
    [WIGS.filter(([p]) => p.price <= 35_000_000), 45],
    [SNEAKERS.filter(([p]) => p.price <= 35_000_000), 30],
    [FRAGRANCE.filter(([p]) => p.price <= 35_000_000 && p.price >= 3_000_000), 25],
  ] as const);
  return [line(pick(rng, shelf), t, w.naira)];
}

/**
 * Fake pay-on-delivery orders in Lagos and Abuja: a few people placing several under different names from the
 * same phone, and one-offs; nobody answers the confirmation call, the phone is off when the rider arrives, the
 * parcel is refused, or the rider is shown a fake transfer alert and hands it over, the money never arriving.
 * Nothing is ever paid, so no provider ever labels them.
 */
export function podFakeOrder(rng: Rng, w: World, n: number): Purchase[] {
  const fakers: Faker[] = Array.from({ length: Math.max(1, Math.ceil(n / 6)) }, () => ({
    device: newDevice(rng, 'nigeria'),
    carrier: mobileNetwork(rng, 'NG'),
    city: rng.chance(0.7) ? LAGOS : ABUJA,
  }));
  return Array.from({ length: n }, () => {
    const f = rng.chance(0.7) ? rng.pick(fakers) : undefined;
    const city = f?.city ?? (rng.chance(0.7) ? LAGOS : ABUJA);
    const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER });
    const to = addressIn(rng, city);
    const guest = guestBuyer(rng);
    const outcome = rng.weightedPick<
      'customer_unreachable' | 'refused_on_delivery' | 'unconfirmed' | 'alert'
    >([
      ['customer_unreachable', 45],
      ['refused_on_delivery', 25],
      ['unconfirmed', 15],
      ['alert', 15],
    ]);
    return purchaseFrom(
      {
        kind: 'pod_fake_order',
        fraud: true,
        at,
        buyer: rng.chance(0.3) ? freshAccount(rng, at, guest) : guest,
        billing: to,
        shipping: to,
        fulfilment: rng.chance(0.6) ? 'express' : 'standard',
        lines: podBasket(rng, at, w),
        ip: ipIn(rng, f?.carrier ?? mobileNetwork(rng, 'NG')),
        device: f?.device ?? newDevice(rng, rng.chance(0.4) ? 'instagram' : 'nigeria'),
        locale: 'en-NG',
        channel: rng.chance(0.4) ? 'instagram' : 'web',
        method: 'pay_on_delivery',
      },
      () => ({ attempts: [], later: outcome === 'alert' ? fakeAlert(rng, at) : podFailed(rng, outcome, at) }),
    );
  });
}

/** The rider accepts a fake credit alert at the door; the money never lands and the order is written off. */
function fakeAlert(rng: Rng, at: number): LaterEvent[] {
  const { confirmed, out, door } = podRun(rng, at);
  return [
    { type: 'order.updated', afterMs: confirmed, status: 'confirmed' },
    { type: 'order.updated', afterMs: out, status: 'out_for_delivery' },
    { type: 'order.updated', afterMs: door, status: 'delivered' },
    { type: 'order.cancelled', afterMs: door + rng.int(1, 3) * DAY, reason: 'fake_transfer_alert' },
  ];
}

/**
 * Nigerian students and workers in Russia and Belarus (medical schools in Kursk, Vitebsk, Grodno, universities
 * in Moscow, Kazan, Volgograd, Minsk): fabric, clothes, shea butter and Gulf scents shipped to them by cargo
 * agent (from a local network, or a VPN), or a gift to family at home ordered from there; paid with a Nigerian
 * card billed at home, a Belarusian Visa, or a transfer from a Nigerian bank app. Genuine buyers: nobody
 * disputes anything; what makes them this kind is the country.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const town = rng.weightedPick(SANCTIONED_TOWNS);
    const variant = rng.weightedPick<'local' | 'vpn' | 'gift'>([
      ['local', 55],
      ['vpn', 25],
      ['gift', 20],
    ]);
    const at = when(rng, w.window, { tz: town.tz, hours: SHOPPER });
    const { first, last } = personName(rng, 'nigerian');
    const home = rng.weightedPick(FAMILY_HOMES);
    const homeAddress: Address = addressIn(rng, home);
    const abroad = addressIn(rng, town);
    const localNet =
      town.country === 'RU' ? (rng.chance(0.6) ? RU_MOBILE : RU_HOME) : rng.chance(0.5) ? BY_MOBILE : BY_HOME;
    const net = variant === 'vpn' ? (rng.chance(0.5) ? HOSTING_NL : HOSTING_DE) : localNet;
    const shipping = variant === 'gift' ? homeAddress : abroad;
    const belarusCard = town.country === 'BY' && variant !== 'gift' && rng.chance(0.35);
    const method: Method = !belarusCard && rng.chance(0.3) ? 'bank_transfer' : 'card';
    const card = belarusCard ? newCard(rng, 'BY') : newCard(rng, 'NG');
    const email = emailFor(rng, first, last, 'NG');
    const buyer = rng.chance(0.5)
      ? {
          id: `cus_${rng.token(14)}`,
          email,
          name: `${first} ${last}`,
          createdAt: at - rng.int(40, 900) * DAY,
        }
      : { email, name: `${first} ${last}` };
    const fulfilment = variant === 'gift' ? 'standard' : 'international';
    return purchaseFrom(
      {
        kind: 'sanctioned_country',
        fraud: true,
        at,
        buyer,
        billing: belarusCard ? abroad : homeAddress,
        shipping,
        fulfilment,
        lines: variant === 'gift' ? giftBasket(rng, at, w.naira) : abroadBasket(rng, at, w.naira),
        ip: ipIn(rng, net),
        device: newDevice(rng, 'nigeria'),
        locale: rng.chance(0.3) ? 'ru-RU' : 'en-NG',
        channel: 'web',
        method,
      },
      () => {
        const attempts: Attempt[] =
          method === 'bank_transfer'
            ? [transfer(rng, 0)]
            : [cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng) })];
        return { attempts, later: deliverySteps(rng, fulfilment, shipping, at) };
      },
    );
  });
}
