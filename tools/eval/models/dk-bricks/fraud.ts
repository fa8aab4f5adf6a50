import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { parcelShopNear, purchaseOf, type Route, routeFor } from './build.js';
import {
  BLACK_FRIDAY,
  CPH,
  dayOf,
  EVENING,
  holds,
  LATE,
  LAUNCH_DAY,
  LAUNCH_HOUR,
  launched,
  nearRelease,
  NIGHT,
  usual,
  when,
} from './calendar.js';
import {
  type Bin,
  type HeldCard,
  binOf,
  cardOnBin,
  FINTECH_DK,
  newCard,
  PREPAID_US,
  underSca,
  type Decline,
} from './cards.js';
import {
  ADULT_SETS,
  basketOf,
  CHEAPEST,
  EXCLUSIVE,
  FAMILY_SETS,
  FLAGSHIP,
  GIFT_1000,
  giftCardLine,
  HYPERCAR,
  type Line,
  lineIn,
  MODULAR,
  RARE_MINIFIGS,
  RETIRED,
  some,
  starOf,
} from './catalogue.js';
import { address, homeNet, lineAddress, mobileNet, net, type Network } from './networks.js';
import { type Account, accountsOf, ascii, device, deviceFor, nameIn, personIn, tzOf } from './people.js';
import { type Currency, currencyOf, dropAddress, forwarder, homeAddress, suiteAt } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  fulfil,
  deliveredAt,
  firstAuth,
  honestPay,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
  toDkk,
} from './purchase.js';
import {
  connectionOf,
  fromAccount,
  isPhone,
  newShopper,
  ownDevice,
  type Shopper,
  type World,
} from './world.js';

/**
 * How fraud hits a construction-toy shop: stolen cards buying retired sets and the flagship to resell, shipped
 * to drops, reshipping mules and freight forwarders; takeover of collectors' accounts with saved cards, PayPal
 * and store credit; resellers' rings of fresh accounts beating the per-customer limits with drop addresses; card
 * testing on the cheapest minifigures; friendly fraud claiming parcels never came; return abuse (box swaps,
 * missing minifigures, wrong-item claims); and buyers from sanctioned countries.
 */

export const FRAUD = {
  stolen_card_resale: 24,
  reship_forwarder: 12,
  account_takeover: 14,
  multi_account_limit: 16,
  card_testing: 14,
  friendly_fraud: 10,
  return_abuse: 7,
  sanctioned_country: 3,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const THROWAWAY_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 40],
  ['outlook.com', 15],
  ['hotmail.com', 10],
  ['protonmail.com', 10],
  ['proton.me', 6],
  ['mail.com', 5],
  ['gmx.com', 4],
  ['sharklasers.com', 4],
  ['guerrillamail.com', 3],
  ['yopmail.com', 3],
];

/** An address made for one purchase: random letters and digits, a name that is not the buyer's, a disposable. */
export function throwaway(rng: Rng, name?: { first: string; last: string }): string {
  const domain = rng.weightedPick(THROWAWAY_DOMAINS);
  const local =
    name && rng.chance(0.5)
      ? `${ascii(name.first)}${ascii(name.last)}${rng.digits(rng.int(2, 4))}`
      : rng.chance(0.5)
        ? `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(1, 4))}`
        : rng.token(rng.int(9, 14));
  return `${local}@${domain}`;
}

/** A rig's user agent: common desktop strings, some stale by a few versions, a few headless. */
function rigDevice(rng: Rng, idShare = 0.85): Device {
  const kind = rng.weightedPick([
    ['windows', 60],
    ['mac', 12],
    ['android', 18],
    ['iphone', 10],
  ] as const);
  const d = device(rng, kind, 1 - idShare);
  if (kind === 'windows' && rng.chance(0.25))
    return {
      ...d,
      userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(118, 128)}.0.0.0 Safari/537.36`,
    };
  return d;
}

const HOSTING = ['nl-hosting', 'de-hosting', 'gb-hosting', 'us-hosting'];

/** Where a fraudster's traffic exits: a residential proxy in the card's country, a VPN, or their own phone. */
function exitFor(
  rng: Rng,
  cardCountry: string,
  own: Network,
  weights: readonly [number, number, number],
): string {
  const how = rng.weightedPick([
    ['proxy', weights[0]],
    ['vpn', weights[1]],
    ['own', weights[2]],
  ] as const);
  if (how === 'proxy') return lineAddress(rng, homeNet(rng, cardCountry));
  if (how === 'vpn') return address(rng, net(rng.pick(HOSTING)));
  return address(rng, own);
}

/** Stolen card data: the cardholder (their name and address when the data is complete) and the card. */
interface Stolen {
  card: HeldCard;
  holder: { first: string; last: string; name: string };
  billing: Address;
}
function stolenCard(rng: Rng, country: string): Stolen {
  const holder = personIn(rng, country);
  return {
    card: newCard(rng, country, rng.chance(0.7) ? 'credit' : undefined),
    holder: { first: holder.first, last: holder.last, name: holder.name },
    billing: homeAddress(rng, country),
  };
}

/**
 * Authorising stolen cards: European cards meet a 3-D Secure challenge that only a phished approval gets past;
 * elsewhere issuers decline some as reported stolen or unusual; a declined buyer tries another card from the
 * list now and then.
 */
function stolenAttempts(
  rng: Rng,
  cards: readonly HeldCard[],
  dkk: number,
  fullz: boolean,
  phished = 0.35,
): Attempt[] {
  const out: Attempt[] = [];
  let after = firstAuth(rng);
  for (const card of cards) {
    const sca = underSca(card);
    let ok: boolean;
    let decline: Decline | undefined;
    if (sca) {
      ok = rng.chance(phished);
      decline = ok ? undefined : rng.chance(0.8) ? 'authentication_failed' : 'do_not_honor';
    } else {
      ok = rng.chance(fullz ? 0.7 : 0.5);
      decline = ok
        ? undefined
        : rng.weightedPick<Decline>([
            ['stolen_card', 20],
            ['do_not_honor', 30],
            ['fraudulent', 15],
            ['incorrect_cvc', 10],
            ['insufficient_funds', 15],
            ['card_velocity_exceeded', 10],
          ]);
    }
    out.push(
      cardAttempt(rng, card, dkk, {
        entry: 'typed',
        match: fullz ? 'good' : 'wrong',
        ok,
        ...(decline ? { decline } : {}),
        afterMs: after,
        ...(sca && ok ? { threeDS: 'challenge_passed' as const } : {}),
      }),
    );
    if (ok) break;
    after = rng.int(20_000, 4 * MINUTE);
  }
  return out;
}

/**
 * What follows a stolen-card purchase: the shop's own review cancels a few before dispatch; the rest ship, and
 * the cardholder's bank sends an early warning and later a chargeback; a warned order is sometimes refunded first.
 */
function stolenAfter(rng: Rng, delivery: Route['delivery'], abroad: boolean): LaterEvent[] {
  if (rng.chance(0.12))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: rng.int(20, 26) * HOUR, reason: 'fraudulent' },
    ];
  const steps = fulfil(rng, delivery, false, abroad);
  const warned = rng.chance(0.45);
  if (warned)
    steps.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (warned && rng.chance(0.3))
    steps.push({ type: 'refund.created', afterMs: rng.int(13, 16) * DAY, reason: 'fraudulent' });
  else if (rng.chance(0.78))
    steps.push({ type: 'dispute.created', afterMs: rng.int(15, 60) * DAY, reason: 'fraudulent' });
  return steps;
}

/** What resellers of stolen goods want: retired sealed sets, the flagship, rare figures, gift cards. */
function resaleLines(
  rng: Rng,
  currency: Currency,
  star: ReturnType<typeof starOf>,
): { lines: Line[]; email: boolean } {
  const x = rng.next();
  if (x < 0.5)
    return {
      lines: some(
        rng,
        RETIRED.filter((r) => r.price >= 200_000),
        rng.chance(0.3) ? 2 : 1,
        currency,
      ),
      email: false,
    };
  if (x < 0.75) return { lines: [lineIn(star, currency, rng.chance(0.4) ? 2 : 1)], email: false };
  if (x < 0.88)
    return {
      lines: [...some(rng, RARE_MINIFIGS, rng.int(1, 3), currency), ...some(rng, RETIRED, 1, currency)],
      email: false,
    };
  return { lines: [giftCardLine(GIFT_1000, currency, rng.int(1, 3))], email: true };
}

/** A buyer made up for one purchase: the cardholder's name (or a drop's), a fresh e-mail, a guest or a new account. */
function fakeBuyer(
  rng: Rng,
  at: number,
  name: { first: string; last: string },
  signUp = 0.4,
): Shopper['buyer'] {
  const email = throwaway(rng, rng.chance(0.5) ? name : undefined);
  const full = `${name.first} ${name.last}`;
  return rng.chance(signUp)
    ? { id: `C${rng.int(400_000, 899_999)}`, email, name: full, createdAt: at - rng.int(2, 90) * MINUTE }
    : { email, name: full };
}

const shopperWith = (
  buyer: Shopper['buyer'],
  country: string,
  addr: Address,
  d: Device,
  n: Network,
): Shopper => ({
  buyer,
  country,
  address: addr,
  cards: [],
  mobilepay: false,
  paypalVault: false,
  devices: [d],
  home: n,
  mobile: n,
  signedIn: buyer.id !== undefined,
});

/** Resale demand peaks with the launch and Black Friday. */
const resaleDays = (d: number) =>
  usual(d) * (d === LAUNCH_DAY || d === LAUNCH_DAY + 1 ? 2 : d === BLACK_FRIDAY ? 1.5 : 1);

function stolenCards(rng: Rng, w: World, count: number): Purchase[] {
  // A few crews: a Danish one picking up from parcel shops, foreign ones working through card lists at night.
  const crews = Array.from({ length: Math.max(1, Math.round(count / 7)) }, (_, i) => {
    const r = rng.fork(`crew${i}`);
    const local = r.chance(0.5);
    return {
      local,
      rig: Array.from({ length: r.int(1, 3) }, () => rigDevice(r)),
      own: local ? mobileNet(r, 'DK') : net(r.pick(HOSTING)),
      drops: Array.from({ length: r.int(2, 4) }, () => dropAddress(r)),
      cardCountries: local
        ? ([
            ['DK', 40],
            ['SE', 15],
            ['NO', 10],
            ['US', 20],
            ['GB', 15],
          ] as const)
        : ([
            ['US', 40],
            ['GB', 22],
            ['CA', 8],
            ['AU', 8],
            ['DE', 10],
            ['NL', 6],
            ['DK', 6],
          ] as const),
    };
  });
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`s${i}`);
    const crew = r.pick(crews);
    const at = when(r, w.window, CPH, crew.local ? EVENING : NIGHT, resaleDays);
    const cardCountry = r.weightedPick(crew.cardCountries);
    const stolen = stolenCard(r, cardCountry);
    const fullz = r.chance(0.65);
    const drop = r.pick(crew.drops);
    const { lines, email } = resaleLines(r, 'DKK', starOf(launched(w.window, at)));
    const x = r.next();
    const route: Route = email
      ? { delivery: 'email' }
      : x < 0.55
        ? {
            delivery: 'parcel_shop',
            carrier: r.pick(['GLS', 'PostNord', 'DAO']),
            parcelShop: parcelShopNear(r, drop),
            shipping: drop,
          }
        : x < 0.9
          ? { delivery: 'home', carrier: r.pick(['GLS', 'PostNord', 'DAO', 'Bring']), shipping: drop }
          : { delivery: 'pickup' };
    const basket = basketOf(lines, 'DKK', route.delivery);
    const dkk = toDkk(basket.amount, 'DKK');
    const cards = [
      stolen.card,
      ...(r.chance(0.35) ? [stolenCard(r, r.weightedPick(crew.cardCountries)).card] : []),
    ];
    const d = crew.local || r.chance(0.5) ? r.pick(crew.rig) : rigDevice(r);
    const shopper = shopperWith(
      fakeBuyer(r, at, fullz ? stolen.holder : nameIn(r, 'DK')),
      'DK',
      drop,
      d,
      crew.own,
    );
    return purchaseOf({
      kind: 'stolen_card_resale',
      fraud: true,
      at,
      shopper,
      billing: fullz ? stolen.billing : drop,
      route,
      ip: exitFor(r, cardCountry, crew.own, crew.local ? [35, 20, 45] : [50, 40, 10]),
      device: d,
      basket,
      attempts: stolenAttempts(r, cards, dkk, fullz),
      later: stolenAfter(r, route.delivery, false),
      locale: 'da-DK',
      ...(email ? { giftRecipient: throwaway(r) } : {}),
    });
  });
}

const MULE_COUNTRIES = ['DK', 'DE', 'GB'] as const;
const BORDER = [
  'pl-border-forwarder',
  'de-border-forwarder',
  'fi-border-forwarder',
  'ee-border-forwarder',
  'lt-forwarder',
];
const US_FORWARDERS = ['us-de-forwarder', 'us-de-forwarder-2', 'us-or-forwarder', 'us-or-forwarder-2'];

function reshippers(rng: Rng, w: World, count: number): Purchase[] {
  const rigs = Array.from({ length: Math.max(1, Math.round(count / 5)) }, () => rigDevice(rng));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`r${i}`);
    const cardCountry = r.weightedPick([
      ['US', 50],
      ['GB', 25],
      ['CA', 12],
      ['AU', 13],
    ] as const);
    const stolen = stolenCard(r, cardCountry);
    const x = r.next();
    let to: Address;
    if (x < 0.4 && cardCountry === 'US') to = suiteAt(r, forwarder(r.pick(US_FORWARDERS)));
    else if (x < 0.7) {
      const mule = r.pick(MULE_COUNTRIES);
      to = mule === 'DK' ? dropAddress(r) : homeAddress(r, mule);
    } else to = suiteAt(r, forwarder(r.pick(BORDER)));
    const currency: Currency =
      to.country === 'US' ? 'USD' : to.country === 'GB' ? 'GBP' : to.country === 'DK' ? 'DKK' : 'EUR';
    const at = when(r, w.window, tzOf(cardCountry), LATE, resaleDays);
    const route: Route =
      to.country === 'DK'
        ? { delivery: 'home', carrier: r.pick(['GLS', 'PostNord']), shipping: to }
        : {
            delivery: r.chance(0.4) ? 'express' : 'international',
            carrier: r.pick(['DHL Express', 'UPS', 'PostNord']),
            shipping: to,
          };
    const lines = r.chance(0.6)
      ? some(
          r,
          RETIRED.filter((p) => p.price >= 300_000),
          r.chance(0.3) ? 2 : 1,
          currency,
        )
      : [
          lineIn(starOf(launched(w.window, at)), currency, r.chance(0.3) ? 2 : 1),
          ...(r.chance(0.3) ? [lineIn(HYPERCAR, currency)] : []),
        ];
    const basket = basketOf(lines, currency, route.delivery, { far: cardCountry === 'AU' });
    const d = r.chance(0.6) ? r.pick(rigs) : rigDevice(r);
    const own = net(r.pick(HOSTING));
    const shopper = shopperWith(fakeBuyer(r, at, stolen.holder, 0.3), cardCountry, stolen.billing, d, own);
    // A few redirect the parcel once it is paid: "please send it to my work address instead".
    const later = stolenAfter(r, route.delivery, to.country !== 'DK');
    if (r.chance(0.15) && later[0]?.type === 'order.updated')
      later.push({
        type: 'order.updated',
        afterMs: r.int(1, 4) * HOUR,
        shipping: suiteAt(r, forwarder(r.pick(BORDER))),
        reason: 'address_change',
      });
    return purchaseOf({
      kind: 'reship_forwarder',
      fraud: true,
      at,
      shopper,
      billing: stolen.billing,
      route,
      ip: exitFor(r, cardCountry, own, [55, 35, 10]),
      device: d,
      basket,
      attempts: stolenAttempts(
        r,
        [stolen.card, ...(r.chance(0.3) ? [stolenCard(r, cardCountry).card] : [])],
        toDkk(basket.amount, currency),
        true,
      ),
      later,
      locale: tzOf(cardCountry) < 0 ? 'en-US' : 'en-GB',
    });
  });
}

function takeovers(rng: Rng, w: World, count: number): Purchase[] {
  // Collectors' accounts with history: bought from breached password lists and logged into from elsewhere.
  const aged = w.base.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const pool = (segments: Account['segment'][]) => {
    const found = aged.filter((a) => segments.includes(a.segment));
    return found.length > 0 ? found : aged.length > 0 ? aged : accountsOf(w.base, 'collector');
  };
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const victim = r.pick(
      pool(r.chance(0.65) ? ['collector'] : r.chance(0.7) ? ['family'] : ['eu', 'overseas']),
    );
    const s = fromAccount(victim);
    const at = when(r, w.window, CPH, NIGHT, resaleDays);
    const currency = currencyOf(victim.country);
    const x = r.next();
    const gift = x < 0.25;
    const lines: Line[] = gift
      ? [giftCardLine(GIFT_1000, currency, r.int(1, 4))]
      : x < 0.5
        ? [lineIn(starOf(launched(w.window, at)), currency, 2)]
        : x < 0.85
          ? some(r, RETIRED, r.int(1, 2), currency)
          : some(r, RARE_MINIFIGS, r.int(2, 4), currency);
    const drop = dropAddress(r);
    const y = r.next();
    const toVictim = !gift && y >= 0.8;
    const route: Route = gift
      ? { delivery: 'email' }
      : y < 0.55
        ? {
            delivery: 'parcel_shop',
            carrier: r.pick(['GLS', 'PostNord', 'DAO']),
            parcelShop: parcelShopNear(r, drop),
            shipping: drop,
          }
        : y < 0.8
          ? { delivery: 'home', carrier: 'GLS', shipping: drop }
          : routeFor(r, victim.address, 0);
    const basket = basketOf(lines, currency, route.delivery);
    const dkk = toDkk(basket.amount, currency);
    // Stored payment: a saved card (European ones meet a challenge the fraudster cannot answer), the PayPal
    // billing agreement (no new login), store credit.
    const attempts: Attempt[] = [];
    let after = firstAuth(r);
    if (victim.credit >= dkk && gift) attempts.push(other('gift_card', true, after));
    else {
      const card = victim.saved ?? victim.cards[0];
      if (card) {
        const sca = underSca(card);
        const ok = sca ? r.chance(0.4) : r.chance(0.8);
        attempts.push(
          cardAttempt(r, card, dkk, {
            entry: 'saved',
            ok,
            ...(ok
              ? { threeDS: sca ? (dkk < 22_500 ? 'exempt_low_value' : 'frictionless') : 'not_enrolled' }
              : { decline: sca ? 'authentication_failed' : 'do_not_honor' }),
            afterMs: after,
          }),
        );
        after = retryGap(r);
      }
      if (!attempts.some((a) => a.ok) && victim.paypalVault) attempts.push(other('paypal', true, after));
      else if (!attempts.some((a) => a.ok) && r.chance(0.4))
        attempts.push(other('paypal', false, after, 'wallet_declined'));
    }
    const d = rigDevice(r, 0.9);
    const exit = r.weightedPick([
      ['dk', 40],
      ['vpn', 35],
      ['abroad', 25],
    ] as const);
    const ip =
      exit === 'dk'
        ? lineAddress(r, homeNet(r, 'DK'))
        : exit === 'vpn'
          ? address(r, net(r.pick(HOSTING)))
          : address(r, net(r.pick(['gb-mobile', 'nl-mobile', 'de-mobile', 'us-mobile'])));
    const later: LaterEvent[] = [];
    const redirect = toVictim && r.chance(0.8);
    if (redirect)
      // Sent to the victim's own address, then redirected once paid.
      later.push({
        type: 'order.updated',
        afterMs: r.int(10, 90) * MINUTE,
        shipping: drop,
        reason: 'address_change',
      });
    later.push(...fulfil(r, route.delivery, false, toVictim && victim.country !== 'DK'));
    const noticed = r.next();
    if (noticed < 0.3)
      later.push({ type: 'refund.created', afterMs: r.int(2, 10) * DAY, reason: 'account_compromised' });
    else if (noticed < 0.9)
      later.push({ type: 'dispute.created', afterMs: r.int(5, 40) * DAY, reason: 'fraudulent' });
    if (r.chance(0.3))
      later.push({ type: 'fraud_warning.created', afterMs: r.int(2, 9) * DAY, reason: 'fraudulent' });
    return purchaseOf({
      kind: 'account_takeover',
      fraud: true,
      at,
      shopper: s,
      route,
      ip,
      device: d,
      basket,
      attempts,
      later,
      ...(gift ? { giftRecipient: throwaway(r) } : {}),
    });
  });
}

/** How a reseller writes one flat four ways so the shop's limit does not see one household. */
function addressVariants(rng: Rng, base: Address): Address[] {
  const street = (base.line1 ?? 'Vesterbrogade 12').replace(/,.*$/, '');
  const floor = rng.int(1, 4);
  const side = rng.pick(['tv', 'th']);
  return [
    `${street}, ${floor}. ${side}.`,
    `${street} ${floor}${side}`,
    `${street}, ${floor}.${side}`,
    `${street} ${floor}. sal ${side === 'tv' ? 'venstre' : 'højre'}`,
    `${street.replace('vej', 'v.').replace('gade', 'g.')} ${floor} ${side}`,
  ].map((line1) => ({ ...base, line1 }));
}

/** E-mail variants of one Gmail inbox and a few new ones. */
function emailVariants(rng: Rng, first: string, last: string, n: number): string[] {
  const f = ascii(first);
  const l = ascii(last);
  const birth = rng.int(70, 99);
  const out = [
    `${f}.${l}@gmail.com`,
    `${f}${l}@gmail.com`,
    `${f}.${l}+${rng.int(1, 9)}@gmail.com`,
    `${f.slice(0, 1)}.${f.slice(1)}${l}@gmail.com`,
    `${f}${l}${birth}@gmail.com`,
    `${f}.${l.slice(0, 2)}.${l.slice(2)}@gmail.com`,
    `${f}${l.slice(0, 1)}${rng.digits(3)}@outlook.dk`,
    `${l}.${f}@hotmail.com`,
    `${f}.${l}${rng.int(1, 9)}@icloud.com`,
  ];
  return Array.from({ length: n }, (_, i) => out[i % out.length] ?? `${f}${i}@gmail.com`);
}

function limitRings(rng: Rng, w: World, count: number): Purchase[] {
  const rings = Math.max(1, Math.round(count / 7));
  const sizes = Array.from(
    { length: rings },
    (_, i) => Math.floor(count / rings) + (i < count % rings ? 1 : 0),
  );
  return sizes.flatMap((size, k) => {
    const g = rng.fork(`ring${k}`);
    const country = g.chance(0.8) ? 'DK' : 'SE';
    const currency = currencyOf(country);
    const flagship = g.chance(0.6) && holds(w.window, LAUNCH_DAY, LAUNCH_HOUR);
    const exclusive = !flagship && holds(w.window, BLACK_FRIDAY, 0);
    const release = flagship ? [LAUNCH_DAY, LAUNCH_HOUR] : exclusive ? [BLACK_FRIDAY, 0] : undefined;
    const start = release
      ? nearRelease(g, w.window, release[0] ?? 0, release[1] ?? 0, 1)
      : when(g, w.window, tzOf(country), EVENING);
    const organiser = nameIn(g, country);
    const relatives = Array.from({ length: 4 }, () => ({
      first: nameIn(g, country).first,
      last: organiser.last,
    }));
    const names = [organiser, ...relatives, nameIn(g, country), nameIn(g, country)];
    const home = homeAddress(g, country);
    const drops = [
      ...addressVariants(g, home),
      ...Array.from({ length: g.int(1, 3) }, () => homeAddress(g, country)),
    ];
    const devices = Array.from({ length: g.int(1, 3) }, () => deviceFor(g, 0.6));
    const line = homeNet(g, country);
    const phone = mobileNet(g, country);
    const emails = emailVariants(g, organiser.first, organiser.last, size);
    const batch = start - g.int(1, 10) * DAY - g.int(0, 6) * HOUR;
    const fintech = country === 'DK';
    let t = start;
    return Array.from({ length: size }, (_, i) => {
      const r = g.fork(`o${i}`);
      t += i === 0 ? 0 : r.int(20, 240) * 1000;
      const at = Math.min(t, w.window.end - 1);
      const who = names[i % names.length] ?? organiser;
      const createdAt = r.chance(0.7) ? batch + i * r.int(40, 300) * 1000 : at - r.int(3, 30) * MINUTE;
      const buyer = {
        id: `C${r.int(400_000, 899_999)}`,
        email: emails[i] ?? throwaway(r),
        name: `${who.first} ${who.last}`,
        createdAt,
      };
      const addr = r.pick(drops);
      const d = r.pick(devices);
      const parcel = r.chance(0.35);
      const route: Route = parcel
        ? {
            delivery: 'parcel_shop',
            carrier: r.pick(['GLS', 'PostNord', 'DAO']),
            parcelShop: parcelShopNear(r, addr),
            shipping: addr,
          }
        : { delivery: 'home', carrier: r.pick(['GLS', 'PostNord']), shipping: addr };
      const lines = flagship
        ? [lineIn(FLAGSHIP, currency, 2)]
        : exclusive
          ? [lineIn(EXCLUSIVE, currency, 1), ...(r.chance(0.3) ? some(r, FAMILY_SETS, 1, currency) : [])]
          : [lineIn(MODULAR, currency, 3)];
      const basket = basketOf(lines, currency, route.delivery);
      const s: Shopper = {
        ...shopperWith(buyer, country, addr, d, line),
        mobilepay: country === 'DK',
        cards: [fintech ? cardOnBin(r, FINTECH_DK, 'DK') : newCard(r, country, 'debit')],
        signedIn: true,
      };
      const attempts = honestPay(
        r,
        { country, cards: s.cards, signedIn: true, mobilepay: s.mobilepay, known: false },
        basket,
        { declineShare: 0.08 },
      );
      const caught = r.chance(0.3);
      const later: LaterEvent[] = caught
        ? [
            { type: 'order.cancelled', afterMs: r.int(2, 30) * HOUR, reason: 'order_limit_exceeded' },
            { type: 'refund.created', afterMs: r.int(31, 36) * HOUR, reason: 'order_limit_exceeded' },
          ]
        : fulfil(r, route.delivery, true, false);
      return purchaseOf({
        kind: 'multi_account_limit',
        fraud: true,
        at,
        shopper: s,
        billing: addr,
        route,
        ip: isPhone(d) && r.chance(0.5) ? address(r, phone) : lineAddress(r, line),
        device: d,
        basket,
        attempts,
        later,
      });
    });
  });
}

const TESTER_UA = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
];

function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const runs = Math.max(1, Math.ceil(count / 25));
  const sizes = Array.from({ length: runs }, (_, i) => Math.floor(count / runs) + (i < count % runs ? 1 : 0));
  return sizes.flatMap((size, k) => {
    const g = rng.fork(`run${k}`);
    const usd = g.chance(0.55);
    const currency: Currency = usd ? 'USD' : 'EUR';
    const exits = usd
      ? [net('us-hosting'), net('us-cable')]
      : [net(g.pick(['nl-hosting', 'de-hosting'])), net('us-hosting')];
    // One or two BINs per run: a list of cards bought together, tried in order.
    const second = g.pick(['GB', 'CA', 'US']);
    const bins: ReadonlyArray<readonly [Bin, string]> = [
      [g.chance(0.5) ? g.pick(PREPAID_US) : binOf(g, 'US'), 'US'],
      ...(g.chance(0.5) ? [[binOf(g, second), second] as const] : []),
    ];
    const ua = g.pick(TESTER_UA);
    const id = g.chance(0.5) ? `dv_${g.token(20)}` : undefined;
    let t = when(g, w.window, CPH, NIGHT);
    return Array.from({ length: size }, (_, i) => {
      const r = g.fork(`o${i}`);
      t += i === 0 ? 0 : r.int(8, 150) * 1000;
      const at = Math.min(t, w.window.end - 1);
      const [bin, country] = r.pick(bins);
      const pickup = r.chance(0.5);
      const to = homeAddress(r, usd ? 'US' : r.pick(['DE', 'NL']));
      const route: Route = pickup
        ? { delivery: 'pickup' }
        : { delivery: 'international', carrier: 'PostNord', shipping: to };
      const basket = basketOf([lineIn(r.pick(CHEAPEST), currency)], currency, route.delivery);
      const dkk = toDkk(basket.amount, currency);
      const tries = r.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      const attempts: Attempt[] = [];
      for (let j = 0; j < tries; j++) {
        const ok = r.chance(0.09);
        const decline = r.weightedPick<Decline>([
          ['incorrect_cvc', 22],
          ['expired_card', 14],
          ['do_not_honor', 20],
          ['incorrect_number', 12],
          ['insufficient_funds', 12],
          ['stolen_card', 8],
          ['lost_card', 6],
          ['card_velocity_exceeded', 6],
        ]);
        attempts.push(
          cardAttempt(r, cardOnBin(r, bin, country), dkk, {
            entry: 'typed',
            match: 'wrong',
            ok,
            ...(ok ? {} : { decline }),
            afterMs: j === 0 ? r.int(3_000, 12_000) : r.int(2_000, 9_000),
            threeDS: ok ? r.pick(['not_enrolled', 'attempted'] as const) : 'attempted',
          }),
        );
        if (ok) break;
      }
      const name = nameIn(r, 'US');
      const shopper = shopperWith(
        { email: throwaway(r), name: `${name.first} ${name.last}` },
        'US',
        to,
        { userAgent: ua, ...(id ? { id } : {}) },
        exits[0] ?? net('us-hosting'),
      );
      const later: LaterEvent[] = [];
      if (r.chance(0.6))
        later.push(
          { type: 'order.cancelled', afterMs: r.int(3, 14) * HOUR, reason: 'suspected_fraud' },
          { type: 'refund.created', afterMs: r.int(15, 20) * HOUR, reason: 'fraudulent' },
        );
      else later.push(...fulfil(r, route.delivery, false, !pickup));
      if (r.chance(0.35))
        later.push({ type: 'fraud_warning.created', afterMs: r.int(1, 6) * DAY, reason: 'fraudulent' });
      return purchaseOf({
        kind: 'card_testing',
        fraud: true,
        at,
        shopper,
        billing: homeAddress(r, country),
        route,
        ip: address(r, r.pick(exits)),
        device: shopper.devices[0] ?? { userAgent: ua },
        basket,
        attempts,
        later,
        locale: usd ? 'en-US' : 'en-GB',
      });
    });
  });
}

function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`f${i}`);
    const a = r.pick(
      accountsOf(
        w.base,
        ...(r.chance(0.6)
          ? (['family'] as const)
          : r.chance(0.6)
            ? (['eu'] as const)
            : (['collector'] as const)),
      ),
    );
    const s = fromAccount(a);
    const at = when(r, w.window, tzOf(a.country), EVENING);
    const currency = currencyOf(a.country);
    const d = ownDevice(r, s);
    const route = routeFor(r, a.address, 0);
    const x = r.next();
    const lines =
      x < 0.3
        ? [lineIn(starOf(launched(w.window, at)), currency)]
        : x < 0.7
          ? some(r, FAMILY_SETS, r.int(2, 4), currency)
          : some(r, ADULT_SETS, r.int(1, 3), currency);
    const basket = basketOf(lines, currency, route.delivery);
    const attempts = honestPay(
      r,
      {
        country: a.country,
        cards: a.cards,
        ...(a.saved ? { saved: a.saved } : {}),
        signedIn: true,
        mobilepay: a.mobilepay,
        known: true,
      },
      basket,
      { declineShare: 0.03 },
    );
    const steps = fulfil(r, route.delivery, dayOf(w.window, at) >= 7, a.country !== 'DK');
    const done = deliveredAt(steps);
    // "It never came": the parcel-shop scan says collected; some first get a refund from the shop, then dispute too.
    if (r.chance(0.15))
      steps.push({ type: 'refund.created', afterMs: done + r.int(3, 8) * DAY, reason: 'lost_in_transit' });
    const reason = r.weightedPick([
      ['product_not_received', 75],
      ['fraudulent', 15],
      ['product_unacceptable', 10],
    ] as const);
    steps.push({ type: 'dispute.created', afterMs: done + r.int(12, 45) * DAY, reason });
    return purchaseOf({
      kind: 'friendly_fraud',
      fraud: true,
      at,
      shopper: s,
      route,
      ip: connectionOf(r, s, d),
      device: d,
      basket,
      attempts,
      later: steps,
    });
  });
}

function returnAbuse(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`x${i}`);
    const fromBase = r.chance(0.6);
    const a = r.pick(accountsOf(w.base, 'family', 'collector', 'eu'));
    const at = when(r, w.window, tzOf(a.country), EVENING);
    // Someone known to the shop, or an account opened a few weeks back for this.
    const p = personIn(r, a.country);
    const s: Shopper = fromBase
      ? fromAccount(a)
      : {
          ...newShopper(r, a.country, at, { signUpAgo: r.int(1, 20) * DAY, person: p }),
          cards: [newCard(r, a.country)],
        };
    const currency = currencyOf(s.country);
    const d = ownDevice(r, s);
    const route = routeFor(r, s.address, 0.05);
    const x = r.next();
    const lines =
      x < 0.35
        ? [lineIn(starOf(launched(w.window, at)), currency)]
        : x < 0.7
          ? some(
              r,
              RETIRED.filter((p) => p.price >= 250_000),
              1,
              currency,
            )
          : [lineIn(r.chance(0.5) ? MODULAR : HYPERCAR, currency)];
    const basket = basketOf(lines, currency, route.delivery);
    const attempts = honestPay(
      r,
      { country: s.country, cards: s.cards, signedIn: true, mobilepay: s.mobilepay, known: fromBase },
      basket,
      { declineShare: 0.03 },
    );
    const steps = fulfil(r, route.delivery, dayOf(w.window, at) >= 7, s.country !== 'DK');
    const done = deliveredAt(steps);
    // Back comes an older set in the new box, a box of loose bricks by weight, a set without its minifigures,
    // or a "wrong item" claim; the shop refunds on the carrier's return scan and finds out at inspection.
    const how = r.weightedPick([
      ['box_swap', 40],
      ['missing_minifigures', 30],
      ['wrong_item_claim', 30],
    ] as const);
    steps.push({
      type: 'order.updated',
      afterMs: done + r.int(2, 10) * DAY,
      status: how === 'wrong_item_claim' ? 'wrong_item_reported' : 'return_requested',
    });
    const refundAt = done + r.int(11, 20) * DAY;
    steps.push({
      type: 'refund.created',
      afterMs: refundAt,
      reason: how === 'wrong_item_claim' ? 'wrong_item' : 'returned',
    });
    if (r.chance(0.2))
      steps.push({
        type: 'dispute.created',
        afterMs: refundAt + r.int(10, 30) * DAY,
        reason: 'credit_not_processed',
      });
    return purchaseOf({
      kind: 'return_abuse',
      fraud: true,
      at,
      shopper: s,
      route,
      ip: connectionOf(r, s, d),
      device: d,
      basket,
      attempts,
      later: steps,
    });
  });
}

interface Origin {
  names: ReadonlyArray<readonly [string, string]>;
  cities: ReadonlyArray<readonly [string, string, string]>;
  mail: readonly string[];
  nets: readonly [string, ...string[]];
  ship: readonly string[];
}

/** Russian, Belarusian and Iranian buyers: their names, cities, mail and home networks. */
const SANCTIONED: Readonly<Record<'RU' | 'BY' | 'IR', Origin>> = {
  RU: {
    names: [
      ['Dmitry', 'Ivanov'],
      ['Alexei', 'Smirnov'],
      ['Olga', 'Kuznetsova'],
      ['Sergei', 'Popov'],
      ['Natalia', 'Volkova'],
    ],
    cities: [
      ['Moskva', '101000', 'ul. Tverskaya 12'],
      ['Sankt-Peterburg', '190000', 'Nevsky pr. 48'],
      ['Yekaterinburg', '620014', 'ul. Malysheva 5'],
    ],
    mail: ['yandex.ru', 'mail.ru', 'gmail.com'],
    nets: ['ru-dsl', 'ru-mobile'],
    ship: ['fi-border-forwarder', 'ee-border-forwarder', 'lt-forwarder'],
  },
  BY: {
    names: [
      ['Andrei', 'Kovalenko'],
      ['Tatsiana', 'Navumenka'],
      ['Pavel', 'Zhuk'],
    ],
    cities: [
      ['Minsk', '220030', 'pr. Nezavisimosti 20'],
      ['Grodno', '230023', 'ul. Sovetskaya 8'],
    ],
    mail: ['tut.by', 'gmail.com', 'yandex.by'],
    nets: ['by-dsl', 'by-mobile'],
    ship: ['lt-forwarder', 'pl-border-forwarder'],
  },
  IR: {
    names: [
      ['Ali', 'Hosseini'],
      ['Reza', 'Ahmadi'],
      ['Maryam', 'Karimi'],
    ],
    cities: [
      ['Tehran', '1136', 'Valiasr St 1200'],
      ['Isfahan', '81000', 'Chaharbagh St 40'],
    ],
    mail: ['gmail.com', 'yahoo.com'],
    nets: ['ir-dsl', 'ir-mobile'],
    ship: ['ee-border-forwarder', 'lt-forwarder'],
  },
};

function sanctioned(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`z${i}`);
    const from = r.weightedPick([
      ['RU', 60],
      ['BY', 25],
      ['IR', 15],
    ] as const);
    const c = SANCTIONED[from];
    const [first, last] = r.pick(c.names);
    const [city, postalCode, line1] = r.pick(c.cities);
    const home: Address = { country: from, postalCode, city, line1 };
    const viaVpn = r.chance(0.3);
    const ip = viaVpn
      ? address(r, net(r.pick(['nl-hosting', 'de-hosting'])))
      : address(r, net(r.pick(c.nets)));
    const direct = r.chance(0.15);
    const to = direct ? home : suiteAt(r, forwarder(r.pick(c.ship)));
    const currency: Currency = r.chance(0.75) ? 'EUR' : 'USD';
    const at = when(r, w.window, from === 'IR' ? 3.5 : 3, LATE, resaleDays);
    const route: Route = {
      delivery: 'international',
      carrier: r.pick(['DHL', 'PostNord', 'GLS']),
      shipping: to,
    };
    const lines = r.chance(0.4)
      ? [
          lineIn(HYPERCAR, currency),
          ...(r.chance(0.3) ? [lineIn(starOf(launched(w.window, at)), currency)] : []),
        ]
      : r.chance(0.5)
        ? [lineIn(starOf(launched(w.window, at)), currency, r.chance(0.3) ? 2 : 1)]
        : some(r, [...RETIRED, MODULAR], r.int(1, 2), currency);
    const basket = basketOf(lines, currency, route.delivery);
    const dkk = toDkk(basket.amount, currency);
    // A Russian or Belarusian card fails abroad; a card from Kazakhstan, Armenia, Turkey or the Emirates may not.
    const attempts: Attempt[] = [];
    let after = firstAuth(r);
    if (r.chance(0.6)) {
      attempts.push(
        cardAttempt(r, newCard(r, from), dkk, {
          ok: false,
          decline: r.chance(0.6) ? 'card_not_supported' : 'restricted_card',
          afterMs: after,
          threeDS: 'attempted',
        }),
      );
      after = retryGap(r);
    }
    if (r.chance(0.85)) {
      const third = newCard(r, r.pick(['KZ', 'AM', 'TR', 'AE']));
      attempts.push(
        cardAttempt(r, third, dkk, { ok: r.chance(0.65), decline: 'do_not_honor', afterMs: after }),
      );
    } else attempts.push(other('paypal', false, after, 'wallet_declined'));
    // Billing shows the home country unless the IP already does: every such order touches it somewhere.
    const billing: Address = viaVpn || r.chance(0.8) ? home : homeAddress(r, 'DE');
    const d = deviceFor(r, 0.4);
    const email = `${ascii(first)}.${ascii(last)}${r.int(1, 99)}@${r.pick(c.mail)}`;
    const buyer = r.chance(0.5)
      ? {
          id: `C${r.int(400_000, 899_999)}`,
          email,
          name: `${first} ${last}`,
          createdAt: at - r.int(5, 600) * MINUTE,
        }
      : { email, name: `${first} ${last}` };
    const screened = r.chance(0.55);
    const later: LaterEvent[] = screened
      ? [
          { type: 'order.cancelled', afterMs: r.int(3, 30) * HOUR, reason: 'sanctions_screening' },
          { type: 'refund.created', afterMs: r.int(31, 40) * HOUR, reason: 'sanctions_screening' },
        ]
      : fulfil(r, route.delivery, false, true);
    return purchaseOf({
      kind: 'sanctioned_country',
      fraud: true,
      at,
      shopper: shopperWith(buyer, from, home, d, net(c.nets[0])),
      billing,
      route,
      ip,
      device: d,
      basket,
      attempts,
      later,
      locale: 'en-GB',
    });
  });
}

/** `count` fraudulent purchases, allocated to the kinds by weight, each kind planned on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return [
    ...stolenCards(rng.fork('stolen'), w, n.stolen_card_resale),
    ...reshippers(rng.fork('reship'), w, n.reship_forwarder),
    ...takeovers(rng.fork('ato'), w, n.account_takeover),
    ...limitRings(rng.fork('rings'), w, n.multi_account_limit),
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...friendlyFraud(rng.fork('friendly'), w, n.friendly_fraud),
    ...returnAbuse(rng.fork('returns'), w, n.return_abuse),
    ...sanctioned(rng.fork('sanctioned'), w, n.sanctioned_country),
  ];
}
