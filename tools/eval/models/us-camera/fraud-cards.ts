import { type Address, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { near, placedAt } from './calendar.js';
import { batch, type Brand, type HeldCard, newCard, stolenDecline } from './cards.js';
import { type Fulfilment, type Line, lineFrom, price, resaleBasket } from './catalogue.js';
import {
  chargebacks,
  fraudEmail,
  proxyIp,
  spoofedDevice,
  stateAt,
  stolenAttempts,
  victim,
} from './fraud-kit.js';
import { ipIn, network, pickNetwork } from './networks.js';
import { APP_IOS, deviceId, HEADLESS, newDevice, person } from './people.js';
import { DROPS, pickState, usAddress } from './places.js';
import { type Attempt, cardAttempt, type Purchase } from './purchase.js';
import { freshBuyer, purchaseOf, type World } from './world.js';

/**
 * Fraud paid with other people's cards: testing scripts, careful reshipping crews, sloppy one-offs, pickup
 * mules at the Manhattan counter and triangulation sellers.
 */

const TESTED = ['EGIFT25', 'EGIFT25', 'SDMSD64', 'LCKIT', 'SDXP128'] as const;

const TEST_BINS: ReadonlyArray<readonly [string, Brand, string]> = [
  ['414720', 'visa', 'US'],
  ['426684', 'visa', 'US'],
  ['434256', 'visa', 'US'],
  ['517805', 'mastercard', 'US'],
  ['546616', 'mastercard', 'US'],
  ['403905', 'visa', 'US'],
  ['450644', 'visa', 'CA'],
  ['465942', 'visa', 'GB'],
];

/**
 * Card testing: a script walks a batch of leaked cards through cheap e-gift cards and memory cards as guests,
 * at night, a few seconds to a minute or two apart, each checkout trying one to three cards with made-up
 * billing addresses; most are declined. Sloppier scripts run headless with no fingerprint; better ones rotate
 * residential proxies behind an ordinary browser.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 16));
    const bins = [rng.pick(TEST_BINS), rng.pick(TEST_BINS)];
    const cards = bins.flatMap((b) => batch(rng, b, 12, b[0] === '403905' ? 'prepaid' : 'debit'));
    const careful = rng.chance(0.45);
    const bot: Device = careful ? spoofedDevice(rng) : { userAgent: HEADLESS };
    const exit = careful ? undefined : pickNetwork(rng, rng.pick(['US', 'NL', 'DE']), 'hosting');
    let t = placedAt(rng, w.window, -5, 'night');
    for (let i = 0; i < size; i++) {
      t = near(rng, w.window, t + rng.int(6_000, 150_000), 0);
      const who = person(rng);
      const state = pickState(rng);
      const billing: Address = usAddress(rng, state);
      const lines: Line[] = [lineFrom(rng, TESTED)];
      const fulfilment: Fulfilment = lines[0]?.category === 'gift_card' ? 'email' : 'expedited';
      const basket = price(lines, fulfilment === 'email' ? { fulfilment } : { fulfilment, state }, rng);
      const tries = rng.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const card = rng.pick(cards);
        const ok = rng.chance(0.1);
        attempts.push(
          cardAttempt(rng, card, basket.amount, {
            entry: 'typed',
            match: rng.chance(0.6) ? 'wrong' : 'zip_only',
            ok,
            ...(ok ? {} : { decline: stolenDecline(rng) }),
            afterMs: rng.int(2_000, 20_000),
            threeDS: 'none',
          }),
        );
        if (ok) break;
      }
      const buyer: Buyer = { email: fraudEmail(rng, who, 'noise'), name: who.name };
      const ip = careful ? proxyIp(rng) : ipIn(rng, exit ?? pickNetwork(rng, 'US', 'hosting'), 0);
      out.push(
        purchaseOf(
          {
            at: t,
            fraud: true,
            kind: 'card_testing',
            basket,
            billing,
            ...(fulfilment === 'email' ? {} : { shipping: billing }),
            fulfilment,
            buyer,
            ip,
            device: bot,
            locale: 'en-US',
            attempts,
            ...(fulfilment === 'email' ? { extra: { giftRecipient: fraudEmail(rng, who, 'noise') } } : {}),
          },
          (p) => chargebacks(rng, p, { caught: 0.3, warning: 0.5, dispute: 0.5 }),
        ),
      );
    }
  }
  return out;
}

/**
 * A careful reshipping crew: complete card details with the holder's own billing address (AVS passes), an
 * e-mail that looks like the holder's, a residential proxy and a fresh anti-detect profile per order, ordinary
 * hours in the holder's time zone, resale-grade bodies, lenses and drones to a handful of mules' apartments reused
 * across the crew's orders. Most cards go through first time.
 */
export function reshipperStolenCard(rng: Rng, w: World, count: number): Purchase[] {
  const crews = Math.max(1, Math.round(count / 8));
  const drops = Array.from(
    { length: crews },
    () => [rng.pick(DROPS), rng.pick(DROPS), rng.pick(DROPS)] as const,
  );
  const leaked = Array.from({ length: crews }, () => spoofedDevice(rng));
  return Array.from({ length: count }, (_, i) => {
    const crew = i % crews;
    const v = victim(rng);
    const at = placedAt(rng, w.window, v.state.tz, 'evening');
    const shipping = rng.pick(drops[crew] ?? DROPS);
    const lines = resaleBasket(rng);
    const fulfilment: Fulfilment = rng.chance(0.35) ? 'overnight' : 'expedited';
    const to = stateAt(shipping);
    const basket = price(lines, { fulfilment, ...(to ? { state: to } : {}) }, rng);
    const email = fraudEmail(rng, v.person, 'lookalike');
    const buyer: Buyer = rng.chance(0.4)
      ? freshBuyer(rng, email, v.person.name, at, rng.int(1, 30) * MINUTE)
      : { email, name: v.person.name };
    const device = rng.chance(0.25) ? (leaked[crew] ?? spoofedDevice(rng)) : spoofedDevice(rng);
    const attempts = stolenAttempts(rng, v.card, basket.amount, {
      okFirst: 0.82,
      tries: 1,
      finalOk: 0.5,
      base: { entry: 'typed', match: 'good' },
      next: () => newCard(rng, 'US', 'credit'),
    });
    return purchaseOf(
      {
        at,
        fraud: true,
        kind: 'reshipper_stolen_card',
        basket,
        billing: v.home,
        shipping,
        fulfilment,
        buyer,
        ip: proxyIp(rng),
        device,
        locale: 'en-US',
        attempts,
      },
      (p) => chargebacks(rng, p, { caught: 0.12, warning: 0.45, dispute: 0.75 }),
    );
  });
}

const SLOPPY_NETS = [
  ['us-vps', 3],
  ['us-cloud-east', 2],
  ['nl-hosting', 3],
  ['de-hosting', 2],
  ['ng-mobile', 3],
  ['vn-broadband', 2],
  ['us-cable-national', 2],
] as const;

/**
 * Sloppy one-offs: keyboard-noise e-mails, billing addresses that do not match the card, cards from several
 * issuers (some foreign) tried one after another, data-centre or overseas connections, night hours, overnight
 * shipping of two or three resale-grade items.
 */
export function sloppyStolenCard(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const who = person(rng);
    const state = pickState(rng);
    const at = placedAt(rng, w.window, -5, 'night');
    const shipping = rng.chance(0.5) ? rng.pick(DROPS) : usAddress(rng, pickState(rng));
    const lines = resaleBasket(rng, rng.int(2, 3));
    const fulfilment: Fulfilment = rng.chance(0.6) ? 'overnight' : 'expedited';
    const to = stateAt(shipping) ?? state;
    const basket = price(lines, { fulfilment, state: to }, rng);
    const cardFrom = (): HeldCard =>
      newCard(
        rng,
        rng.weightedPick([
          ['US', 70],
          ['GB', 10],
          ['CA', 8],
          ['BR', 6],
          ['AU', 6],
        ] as const),
      );
    const attempts = stolenAttempts(rng, cardFrom(), basket.amount, {
      okFirst: 0.2,
      tries: 4,
      finalOk: 0.45,
      base: { entry: 'typed', match: rng.chance(0.5) ? 'wrong' : 'zip_only' },
      next: cardFrom,
    });
    const net = network(rng.weightedPick(SLOPPY_NETS));
    const device = rng.chance(0.4) ? { userAgent: HEADLESS } : newDevice(rng, 0);
    return purchaseOf(
      {
        at,
        fraud: true,
        kind: 'sloppy_stolen_card',
        basket,
        billing: usAddress(rng, state),
        shipping,
        fulfilment,
        buyer: { email: fraudEmail(rng, who, 'noise'), name: who.name },
        ip: ipIn(rng, net, 0),
        device,
        locale: 'en-US',
        attempts,
      },
      (p) => chargebacks(rng, p, { caught: 0.25, warning: 0.6, dispute: 0.7 }),
    );
  });
}

/**
 * Pickup mules: complete stolen card details (some provisioned into Apple Pay with a phished one-time code),
 * checkout from a phone on a New York mobile network in the daytime, in-store pickup by a named "alternate
 * pickup person", collected within hours. The counter's ID check stops a few.
 */
export function pickupMule(rng: Rng, w: World, count: number): Purchase[] {
  const mules = Array.from({ length: Math.max(1, Math.ceil(count / 4)) }, () => person(rng).name);
  return Array.from({ length: count }, () => {
    const v = victim(rng);
    const at = placedAt(rng, w.window, -5, 'daytime');
    const lines = resaleBasket(
      rng,
      rng.weightedPick([
        [1, 70],
        [2, 30],
      ] as const),
    );
    const basket = price(lines, { fulfilment: 'pickup' }, rng);
    const wallet = rng.chance(0.3);
    const email = fraudEmail(rng, v.person, rng.chance(0.7) ? 'lookalike' : 'noise');
    const buyer: Buyer = rng.chance(0.3)
      ? freshBuyer(rng, email, v.person.name, at, rng.int(2, 60) * MINUTE)
      : { email, name: v.person.name };
    const attempts = stolenAttempts(rng, v.card, basket.amount, {
      okFirst: 0.8,
      tries: 1,
      finalOk: 0.5,
      base: { entry: wallet ? 'wallet' : 'typed', match: 'good' },
      next: () => newCard(rng, 'US', 'credit'),
    });
    const ip = rng.chance(0.7)
      ? ipIn(rng, pickNetwork(rng, 'US', 'mobile'), 0.4)
      : ipIn(rng, network('us-cable-metro'), 0.2);
    const device: Device = rng.chance(0.8)
      ? {
          userAgent: rng.chance(0.8)
            ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1'
            : APP_IOS,
          id: deviceId(rng),
        }
      : spoofedDevice(rng);
    return purchaseOf(
      {
        at,
        fraud: true,
        kind: 'pickup_mule',
        basket,
        billing: v.home,
        fulfilment: 'pickup',
        buyer,
        ip,
        device,
        locale: 'en-US',
        attempts,
        ...(rng.chance(0.7) ? { extra: { pickupPerson: rng.pick(mules) } } : {}),
      },
      (p) => chargebacks(rng, p, { caught: 0.15, warning: 0.5, dispute: 0.75, collectWithin: 4 * 3_600_000 }),
    );
  });
}

const TRIANGULATED = [
  'DJIMINI4P',
  'SOZVE10M2K',
  'ROWGO2',
  'DJIMIC2',
  'SHSM7B',
  'DJIOP3',
  'CAR50K',
  'DJIRS4',
  'TA2875G2',
  'DJINEO',
] as const;

/**
 * Triangulation: a marketplace seller lists popular gear below retail and fills each sale here with a stolen
 * card (the holder's billing, so AVS passes), shipping to the real buyer's home anywhere in the country under
 * the seller's few e-mail addresses. The goods arrive; the holder disputes weeks later.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const sellers = Array.from({ length: Math.max(1, Math.ceil(count / 7)) }, () => {
    const front = person(rng);
    return {
      emails: [fraudEmail(rng, front, 'lookalike'), fraudEmail(rng, front, 'lookalike')],
      device: spoofedDevice(rng),
    };
  });
  return Array.from({ length: count }, (_, i) => {
    const seller = sellers[i % sellers.length] ?? { emails: ['x@gmail.com'], device: spoofedDevice(rng) };
    const v = victim(rng);
    const buyerState = pickState(rng);
    const shipping: Address = usAddress(rng, buyerState);
    const at = placedAt(rng, w.window, -5, 'evening');
    const lines = [lineFrom(rng, TRIANGULATED)];
    const basket = price(lines, { fulfilment: 'expedited', state: buyerState }, rng);
    const attempts = stolenAttempts(rng, v.card, basket.amount, {
      okFirst: 0.85,
      tries: 1,
      finalOk: 0.6,
      base: { entry: 'typed', match: 'good' },
      next: () => newCard(rng, 'US', 'credit'),
    });
    return purchaseOf(
      {
        at,
        fraud: true,
        kind: 'triangulation',
        basket,
        billing: v.home,
        shipping,
        fulfilment: 'expedited',
        buyer: { email: rng.pick(seller.emails), name: v.person.name },
        ip: proxyIp(rng),
        device: rng.chance(0.6) ? seller.device : spoofedDevice(rng),
        locale: 'en-US',
        attempts,
      },
      (p) => chargebacks(rng, p, { caught: 0.05, warning: 0.3, dispute: 0.7 }),
    );
  });
}
