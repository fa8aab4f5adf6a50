import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { build, domestic, freshAccount, type World } from './build.js';
import { NZ_TZ, placedAt } from './calendar.js';
import { BINS, cardOfBin, type HeldCard } from './cards.js';
import { type Basket, type Fulfilment, line, type Line, pickLines, PRODUCTS, type Sku } from './catalogue.js';
import {
  crewDevices,
  dropAddress,
  junkEmail,
  maskedDevice,
  stolenAfter,
  stolenAttempts,
  stolenCards,
  triesOf,
} from './fraud-kit.js';
import { homeNet, ipFrom, type NetName } from './networks.js';
import {
  abroadAddress,
  AU_CITIES,
  auAddress,
  forwarderAddress,
  nzAddress,
  NZ_TOWNS,
  pickPlace,
  pickTown,
} from './places.js';
import { type Account, emailOf, newDevice, person, providerFor } from './people.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  LAYBUY_LIMIT,
  type Method,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import { kiwi, parts, returning } from './shoppers.js';

/**
 * Fraud with accounts and identities: Afterpay and Laybuy accounts opened in stolen identities, account
 * takeover of the store's own customers, refund abuse by customers who keep what they return or claim never
 * arrived, and buyers in Russia, Belarus and Iran after thermal optics and rangefinders.
 */

// prettier-ignore
const BNPL_ITEMS: ReadonlyArray<readonly [Sku, number]> = [
  ['inreachMini', 6], ['rangefinder', 5], ['binoVortex', 4], ['jetboil', 3], ['merinoHood', 3], ['bootsScarpa', 3],
  ['pack65', 3], ['tent2', 3], ['scopeVortex', 4], ['ebattery', 3], ['watch', 4], ['bagDown', 2], ['plb', 3],
  ['zoleo', 2], ['headlamp', 2],
];

/** Resaleable things adding up to about `target` cents, at most four lines. */
function fillTo(rng: Rng, weights: ReadonlyArray<readonly [Sku, number]>, target: number): Line[] {
  const lines: Line[] = [];
  let total = 0;
  for (let i = 0; i < 4; i++) {
    const fit = weights.filter(
      ([s]) => PRODUCTS[s].price <= target - total && !lines.some((l) => l.sku === PRODUCTS[s].sku),
    );
    if (fit.length === 0) break;
    const sku = rng.weightedPick(fit);
    lines.push(line(sku, 1, 'NZD'));
    total += PRODUCTS[sku].price;
  }
  return lines.length > 0 ? lines : [line('headlamp', 1, 'NZD')];
}

/**
 * Afterpay or Laybuy accounts opened with stolen New Zealand identities (the name and address are the victim's,
 * the mailbox is new): the store sees a sign-up minutes old paying by instalments, shipped to a drop address or
 * collected. The provider declines some; the victim's claim comes back weeks later.
 */
export function bnplStolenIdentity(rng: Rng, w: World, n: number): Purchase[] {
  const crew = crewDevices(rng, rng.int(2, 4));
  const drops = Array.from({ length: 3 }, () => dropAddress(rng));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`bnpl${i}`);
    const at = placedAt(r, w.window, NZ_TZ, 'home', 'build');
    const victim = person(r, 'NZ', r.chance(0.3));
    const email = junkEmail(r, victim);
    const collect = r.chance(0.25);
    const shipping = collect ? undefined : r.chance(0.7) ? r.pick(drops) : dropAddress(r);
    const f: Fulfilment = collect ? 'click_and_collect' : 'courier';
    const net = r.weightedPick<NetName>([
      ['nz-mobile-a', 30],
      ['nz-mobile-b', 30],
      ['nz-datacentre', 15],
      ['nz-fibre-challenger', 25],
    ]);
    return build(r, {
      at,
      fraud: true,
      kind: 'bnpl_stolen_identity',
      buyer: freshAccount(r, victim, email, at, 40),
      billing: nzAddress(r, pickTown(r, NZ_TOWNS)),
      ...(shipping ? { shipping } : {}),
      fulfilment: f,
      ip: ipFrom(r, net),
      device: r.chance(0.7) ? r.pick(crew) : newDevice(r, { mobile: true }),
      locale: 'en-NZ',
      lines: fillTo(r, BNPL_ITEMS, r.int(60_000, 190_000)),
      currency: 'NZD',
      pay: (amount) => {
        const first: Method = amount > LAYBUY_LIMIT || r.chance(0.55) ? 'afterpay' : 'laybuy';
        if (!r.chance(0.25)) return [other(first, true, firstAuth(r))];
        const second: Method = first === 'afterpay' && amount <= LAYBUY_LIMIT ? 'laybuy' : 'afterpay';
        const ok = r.chance(0.6);
        return [
          other(first, false, firstAuth(r), 'bnpl_declined'),
          other(second, ok, retryGap(r), ok ? undefined : 'bnpl_declined'),
        ];
      },
      later: () => stolenAfter(r, f, { reviewed: 0.05, warning: 0.2, dispute: 0.5 }),
    });
  });
}

// prettier-ignore
const TAKEOVER_ITEMS: ReadonlyArray<readonly [Sku, number]> = [
  ['inreachMini', 5], ['watch', 5], ['binoSwarovski', 3], ['rangeBinos', 2], ['gps', 3], ['thermalMono', 3],
  ['binoVortex', 3], ['scopeLeupold', 2], ['bagDown', 1], ['pack65', 1],
];

/**
 * Someone else logs into a customer's account (a reused password) from a new device and network, at night,
 * and spends on the saved card: e-gift cards to their own mailbox, or goods shipped to a drop address, or to
 * the customer's own address and then changed before dispatch. Some change the account's e-mail first.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`ato${i}`);
    const au = w.base.au.length > 0 && r.chance(0.15);
    const victim: Account = r.pick(au ? w.base.au : w.base.nzUrban);
    const at = placedAt(r, w.window, NZ_TZ, 'night', 'flat');
    const net = r.weightedPick<NetName>([
      ['nz-datacentre', 15],
      ['au-cloud', 10],
      ['us-hosting', 12],
      ['nl-hosting', 8],
      ['nz-mobile-a', 17],
      ['nz-mobile-b', 18],
      ['gb-broadband', 10],
      ['us-cable', 10],
    ]);
    const mode = r.weightedPick<'gift' | 'new' | 'redirect'>([
      ['gift', au ? 0 : 15],
      ['new', 55],
      ['redirect', 30],
    ]);
    const currency = au ? 'AUD' : 'NZD';
    const elsewhere = (): Address => (au ? auAddress(r, r.pick(AU_CITIES)) : dropAddress(r));
    const shipping = mode === 'gift' ? undefined : mode === 'new' ? elsewhere() : victim.home;
    const f: Fulfilment = mode === 'gift' ? 'email' : au ? 'international' : domestic(shipping);
    const lines: Line[] =
      mode === 'gift'
        ? [line(r.pick(['gift100', 'gift200'] as const), r.int(2, 5), 'NZD')]
        : pickLines(r, TAKEOVER_ITEMS, r.chance(0.3) ? 2 : 1, currency);
    const redirect = mode === 'redirect' ? elsewhere() : undefined;
    const swapped = r.chance(0.25) ? junkEmail(r) : undefined;
    return build(r, {
      at,
      fraud: true,
      kind: 'account_takeover',
      buyer: {
        id: victim.id,
        email: swapped ?? victim.email,
        name: victim.name,
        createdAt: victim.createdAt,
      },
      billing: victim.home,
      ...(shipping ? { shipping } : {}),
      fulfilment: f,
      ip: ipFrom(r, net),
      device: maskedDevice(r),
      locale: victim.locale,
      lines,
      currency,
      pay: (amount) => {
        if (r.chance(0.2))
          return stolenAttempts(r, {
            cards: stolenCards(r, au ? 'AU' : 'NZ', triesOf(r)),
            amount,
            lastOk: 0.85,
            passed: () => 'frictionless',
          });
        const [card, spare] = victim.cards;
        const saved = (c: HeldCard, ok: boolean, afterMs: number): Attempt =>
          cardAttempt(r, c, amount, {
            entry: 'saved',
            ok,
            afterMs,
            ...(ok ? {} : { decline: 'insufficient_funds' }),
          });
        if (!card) return [other('paypal', true, firstAuth(r))];
        if (spare && r.chance(0.1))
          return [saved(card, false, firstAuth(r)), saved(spare, true, r.int(20_000, 90_000))];
        return [saved(card, true, firstAuth(r))];
      },
      later: (b) => takeoverAfter(r, f, b, redirect),
    });
  });
}

function takeoverAfter(rng: Rng, f: Fulfilment, b: Basket, redirect: Address | undefined): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (redirect)
    out.push({
      type: 'order.updated',
      afterMs: rng.int(10, 90) * MINUTE,
      reason: 'address_changed',
      shipping: redirect,
    });
  if (f === 'email')
    out.push({ type: 'order.updated', afterMs: rng.int(20_000, 3 * MINUTE), status: 'emailed' });
  else {
    const ship = rng.int(6, 36) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(18, 80) * HOUR, status: 'delivered' });
  }
  // The customer sees the charge: the store refunds, the bank charges back, or the issuer warns first.
  const r = rng.next();
  if (r < 0.3)
    out.push({
      type: 'refund.created',
      afterMs: rng.int(2, 15) * DAY,
      reason: 'fraudulent',
      amount: b.amount,
    });
  else if (r < 0.78)
    out.push({ type: 'dispute.created', afterMs: rng.int(10, 50) * DAY, reason: 'fraudulent' });
  if (rng.chance(0.2))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 12) * DAY, reason: 'fraudulent' });
  return out;
}

// prettier-ignore
const ABUSE_ITEMS: ReadonlyArray<readonly [Sku, number]> = [
  ['tent2', 5], ['bagDown', 4], ['pack65', 4], ['merinoHood', 3], ['shell', 4], ['bootsScarpa', 3], ['jetboil', 2],
  ['waders', 2], ['huntJacket', 2], ['gps', 2], ['tentFamily', 3], ['gazebo', 2], ['mat', 2], ['inreachMini', 1],
];

/**
 * Customers who take the store's returns and delivery promises for a ride: gear bought for the holiday trip and
 * sent back afterwards (worn), boxes returned without what was in them, and parcels claimed never to have arrived
 * although tracked to the door, refunded or disputed. They look like anyone else at checkout.
 */
export function refundAbuse(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`ra${i}`);
    const au = w.base.au.length > 0 && r.chance(0.15);
    const at = placedAt(r, w.window, au ? 11 : NZ_TZ, 'home', 'build');
    const s = au ? returning(r, r.pick(w.base.au)) : kiwi(r, at, w.base.nzUrban, 0.75);
    const currency = au ? 'AUD' : 'NZD';
    const f: Fulfilment = au ? 'international' : domestic(s.home);
    const lines = pickLines(
      r,
      ABUSE_ITEMS,
      r.weightedPick([
        [1, 45],
        [2, 35],
        [3, 20],
      ] as const),
      currency,
    );
    const variant = r.weightedPick<'wardrobe' | 'not_received' | 'empty_box'>([
      ['wardrobe', 45],
      ['not_received', 40],
      ['empty_box', 15],
    ]);
    return build(r, {
      at,
      fraud: true,
      kind: 'refund_abuse',
      ...parts(s),
      shipping: s.home,
      fulfilment: f,
      lines,
      currency,
      pay: (amount) => {
        const method = r.weightedPick<Method>([
          ['card', 50],
          ['apple_pay', 15],
          ['afterpay', amount <= 200_000 ? 20 : 0],
          ['paypal', 15],
        ]);
        const card = s.payer.cards[0];
        if ((method === 'card' || method === 'apple_pay') && card)
          return [
            cardAttempt(r, card, amount, {
              entry:
                method === 'apple_pay' ? 'wallet' : s.payer.signedIn && r.chance(0.5) ? 'saved' : 'typed',
              ok: true,
              afterMs: firstAuth(r),
            }),
          ];
        return [other(method === 'card' || method === 'apple_pay' ? 'paypal' : method, true, firstAuth(r))];
      },
      later: (b) => {
        const ship = r.int(6, 36) * HOUR;
        const arrive = ship + r.int(au ? 80 : 18, au ? 200 : 70) * HOUR;
        const out: LaterEvent[] = [
          { type: 'order.updated', afterMs: ship, status: 'shipped' },
          { type: 'order.updated', afterMs: arrive, status: 'delivered' },
        ];
        if (variant === 'not_received') {
          if (r.chance(0.55))
            out.push({
              type: 'refund.created',
              afterMs: arrive + r.int(4, 12) * DAY,
              reason: 'product_not_received',
            });
          else
            out.push({
              type: 'dispute.created',
              afterMs: arrive + r.int(20, 45) * DAY,
              reason: 'product_not_received',
            });
        } else {
          const main = b.lines.reduce(
            (m, l) => (l.price > m.price ? l : m),
            b.lines[0] ?? { price: b.amount },
          );
          const whole = variant === 'empty_box' || r.chance(0.5);
          out.push({
            type: 'refund.created',
            afterMs: arrive + r.int(variant === 'wardrobe' ? 16 : 10, variant === 'wardrobe' ? 30 : 24) * DAY,
            reason: 'returned',
            amount: whole ? b.amount : Math.min(b.amount, main.price),
          });
        }
        return out;
      },
    });
  });
}

// prettier-ignore
const DUAL_USE: ReadonlyArray<readonly [Sku, number]> = [
  ['thermalMono', 8], ['thermalScope', 6], ['rangeBinos', 4], ['rangefinder', 5], ['scopeLeupold', 3],
  ['inreachMini', 3], ['gps', 3], ['binoSwarovski', 2], ['spotter', 2],
];

const SANCTIONED_LOCALE: Readonly<Record<string, string>> = { RU: 'ru-RU', BY: 'ru-BY', IR: 'fa-IR' };

/** A card from a third country, where buyers from sanctioned jurisdictions open accounts to pay abroad. */
function thirdCountryCard(rng: Rng, home: string): HeldCard {
  const country =
    home === 'IR'
      ? rng.pick(['AE', 'TR'])
      : rng.weightedPick<string>([
          ['KZ', 35],
          ['AM', 20],
          ['KG', 15],
          ['AE', 20],
          ['TR', 10],
        ]);
  return cardOfBin(rng, country, rng.pick(BINS[country] ?? []));
}

/**
 * Buyers in Russia, Belarus and Iran after thermal optics, rangefinders and satellite devices: billed at home,
 * connecting from home or through a VPN, shipping to an Auckland forwarder or someone in New Zealand. Cards
 * issued at home are refused abroad, so they pay with one from Kazakhstan, Armenia, Kyrgyzstan, the Emirates or
 * Turkey. The store's export check cancels some.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`sc${i}`);
    const country = r.weightedPick<string>([
      ['RU', 45],
      ['BY', 25],
      ['IR', 30],
    ]);
    const place = pickPlace(r, country);
    const at = placedAt(r, w.window, place.tz, 'home', 'flat');
    const p = person(r, country);
    const vpn = r.chance(0.3);
    const net: NetName = vpn ? r.pick(['nl-hosting', 'us-hosting'] as const) : homeNet(r, country);
    const shipping = r.chance(0.55) ? forwarderAddress(r) : nzAddress(r, pickTown(r, NZ_TOWNS));
    const lines = pickLines(r, DUAL_USE, r.chance(0.3) ? 2 : 1, 'NZD', (s) =>
      s === 'thermalMono' || s === 'rangefinder' ? r.int(1, 3) : 1,
    );
    return build(r, {
      at,
      fraud: true,
      kind: 'sanctioned_country',
      buyer: r.chance(0.3)
        ? freshAccount(r, p, emailOf(r, p, providerFor(r, country)), at, 20)
        : { email: emailOf(r, p, providerFor(r, country)), name: p.name },
      billing: abroadAddress(r, country, place),
      shipping,
      fulfilment: 'courier',
      ip: ipFrom(r, net),
      device: vpn ? maskedDevice(r) : newDevice(r),
      locale: SANCTIONED_LOCALE[country] ?? 'ru-RU',
      lines,
      currency: 'NZD',
      pay: (amount) => {
        const out: Attempt[] = [];
        const homeBins = BINS[country];
        if (homeBins && r.chance(0.6))
          out.push(
            cardAttempt(r, cardOfBin(r, country, r.pick(homeBins)), amount, {
              ok: false,
              afterMs: firstAuth(r),
              decline: 'restricted_card',
            }),
          );
        const ok = r.chance(0.82);
        out.push(
          cardAttempt(r, thirdCountryCard(r, country), amount, {
            ok,
            afterMs: out.length > 0 ? retryGap(r) : firstAuth(r),
            ...(ok ? {} : { decline: 'do_not_honor' }),
          }),
        );
        return out;
      },
      later: () => {
        if (r.chance(0.45)) {
          const when = r.int(3, 30) * HOUR;
          return [
            { type: 'order.cancelled', afterMs: when, reason: 'export_compliance' },
            { type: 'refund.created', afterMs: when + r.int(1, 6) * HOUR, reason: 'export_compliance' },
          ];
        }
        const ship = r.int(10, 48) * HOUR;
        return [
          { type: 'order.updated', afterMs: ship, status: 'shipped' },
          { type: 'order.updated', afterMs: ship + r.int(18, 60) * HOUR, status: 'delivered' },
        ];
      },
    });
  });
}
