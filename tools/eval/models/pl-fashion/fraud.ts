import { accountBuyer, type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { byCategory, bySku, type Category, everydayLines, line } from './catalogue.js';
import { ipFrom, residentIp } from './networks.js';
import {
  type Account,
  botDevice,
  cardIn,
  deviceOf,
  emailOf,
  foreignHome,
  type HeldCard,
  homeIn,
  lockerNear,
  personOf,
} from './people.js';
import { type Market, MARKET_LIST, MARKETS, SANCTIONED_PLACES } from './places.js';
import { deliveryIn, type Draft, ordinaryAfter, plan, type World } from './plan.js';
import {
  type Attempt,
  cardAttempt,
  type Decline,
  honestPay,
  type LaterEvent,
  moment,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';

/** The fraud Wieszak suffers, by kind, allocated exactly by weight (at least one of each). */

export const FRAUD = {
  card_testing: 14,
  stolen_card: 22,
  account_takeover: 11,
  paylater_identity: 13,
  promo_abuse: 13,
  sneaker_reseller: 9,
  returns_fraud: 7,
  wardrobing: 7,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const marketShares = MARKET_LIST.map((m) => [m, MARKETS[m].share] as const);
const tzOf = (m: Market) => MARKETS[m].tz;

/** A time past the window's end wraps round to its start (a burst or a ring that would run over). */
const inWindow = (w: World, t: number): number =>
  t < w.window.end ? t : w.window.start + ((t - w.window.start) % (w.window.end - w.window.start));

/** A chargeback-era after-story for a paid fraudulent order: warnings and disputes come weeks later. */
function chargebacks(rng: Rng, start: number, warn: number, dispute: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: start + rng.int(3, 20) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: start + rng.int(12, 55) * DAY, reason: 'fraudulent' });
  return out;
}

/** Shipped or e-mailed (and collected) as any order is; `carrier` from the market. */
function dispatched(rng: Rng, d: Pick<Draft, 'delivery' | 'market'>): { steps: LaterEvent[]; done: number } {
  const m = MARKETS[d.market];
  if (d.delivery === 'email')
    return {
      steps: [{ type: 'order.updated', afterMs: rng.int(2, 10) * MINUTE, status: 'sent' }],
      done: 10 * MINUTE,
    };
  const carrier = d.delivery === 'parcel_locker' ? m.lockers : rng.pick(m.couriers);
  const ship = rng.int(14, 40) * HOUR;
  const arrive = ship + rng.int(16, 48) * HOUR;
  return {
    steps: [
      {
        type: 'order.updated',
        afterMs: ship,
        status: d.delivery === 'store_pickup' ? 'ready_for_pickup' : 'shipped',
        carrier,
      },
      {
        type: 'order.updated',
        afterMs: arrive,
        status: d.delivery === 'courier' ? 'delivered' : 'collected',
        carrier,
      },
    ],
    done: arrive,
  };
}

const DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 30],
  ['insufficient_funds', 20],
  ['stolen_card', 10],
  ['lost_card', 6],
  ['incorrect_cvc', 12],
  ['expired_card', 10],
  ['authentication_failed', 12],
];

/** A throwaway e-mail: a name with digits, or letters and digits at a free provider. */
function burnerEmail(rng: Rng, origin: Parameters<typeof personOf>[1]): string {
  if (rng.chance(0.55)) return emailOf(rng, personOf(rng, origin));
  const domain = rng.weightedPick<string>([
    ['gmail.com', 50],
    ['outlook.com', 20],
    ['proton.me', 10],
    ['o2.pl', 10],
    ['wp.pl', 10],
  ]);
  return `${rng.token(rng.int(7, 11))}${rng.digits(2)}@${domain}`;
}

/** Card testing: guests with scripts try lists of cards on socks, beanies and the smallest e-gift card, in bursts at night. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 12));
    const market: Market = rng.chance(0.8) ? 'PL' : rng.pick(['CZ', 'RO', 'HU'] as const);
    const cur = MARKETS[market].currency;
    const t0 = moment(rng, w.window, tzOf(market), { night: rng.chance(0.7) });
    const issuer = rng.weightedPick<string>([
      ['US', 35],
      ['GB', 15],
      ['FR', 12],
      ['DE', 12],
      ['PL', 16],
      ['NL', 10],
    ]);
    const bins = [cardIn(rng, issuer).bin, cardIn(rng, issuer).bin];
    const exit = rng.weightedPick<string>([
      ['us-hosting', 30],
      ['de-hosting', 20],
      ['nl-hosting', 20],
      ['residential', 30],
    ]);
    const device = botDevice(rng, rng.chance(0.5));
    const sku = rng.pick(['SCK-0301', 'ACC-5001', 'GFT-0050', 'GFT-0050']);
    let t = t0;
    for (let i = 0; i < size; i++) {
      t = inWindow(w, t + rng.int(15_000, 4 * MINUTE));
      const p = bySku(sku);
      const lines = [line(rng, p, cur)];
      const delivery = p.category === 'gift_card' ? 'email' : 'parcel_locker';
      const home = homeIn(rng, market);
      const person = personOf(rng, issuer === 'PL' ? 'PL' : rng.pick(['US', 'GB', 'DE', 'FR'] as const));
      const d: Draft = {
        kind: 'card_testing',
        fraud: true,
        at: t,
        market,
        buyer: { email: burnerEmail(rng, 'PL'), name: person.name },
        billing: issuer === 'PL' ? home : foreignHome(rng, issuer === 'NL' ? 'NL' : issuer),
        ...(delivery === 'parcel_locker' ? { shipping: lockerNear(rng, market) } : {}),
        delivery,
        method: 'card',
        ip: exit === 'residential' ? residentIp(rng, market, 0.7) : ipFrom(rng, exit, 0.1),
        device: rng.chance(0.3) ? botDevice(rng, true) : device,
        locale: MARKETS[market].locale,
        lines,
      };
      out.push(
        plan(
          rng,
          d,
          (pln) => {
            const tries = rng.int(1, 3);
            const attempts: Attempt[] = [];
            for (let k = 0; k < tries; k++) {
              const card = cardIn(rng, issuer, undefined, rng.pick(bins));
              const ok = rng.chance(0.11);
              attempts.push(
                cardAttempt(rng, card, pln, {
                  ok,
                  ...(ok ? {} : { decline: rng.weightedPick(DECLINES) }),
                  afterMs: k === 0 ? rng.int(4_000, 20_000) : rng.int(3_000, 15_000),
                  ...(ok ? { threeDS: issuer === 'PL' ? 'exempt' : 'not_enrolled' } : {}),
                }),
              );
              if (ok) break;
            }
            return attempts;
          },
          () => {
            const { steps, done } = dispatched(rng, d);
            return [...steps, ...chargebacks(rng, done, 0.45, 0.45)];
          },
        ),
      );
    }
  }
  return out;
}

/** Desirable resale goods: limited and everyday sneakers, bags, the watch, parkas, large gift cards. */
const RESALE: ReadonlyArray<readonly [Category, number]> = [
  ['sneakers', 22],
  ['limited_sneakers', 10],
  ['bags', 25],
  ['clothing', 15],
  ['accessories', 12],
  ['gift_card', 8],
  ['shoes', 8],
];

function resaleLines(rng: Rng, market: Market, max: number) {
  const cur = MARKETS[market].currency;
  const n = rng.int(1, max);
  return Array.from({ length: n }, () => {
    const c = rng.weightedPick(RESALE);
    const pool = byCategory(c);
    const rich =
      c === 'gift_card'
        ? pool.filter((p) => p.price >= 20_000)
        : [...pool].sort((a, b) => b.price - a.price).slice(0, 3);
    return line(rng, rng.pick(rich.length > 0 ? rich : pool), cur);
  });
}

/** Where a fraudster connects from: Polish mobile, a hosting exit, or a residential proxy in the card's country. */
function fraudIp(rng: Rng, market: Market, cardCountry: string): string {
  const x = rng.weightedPick<string>([
    ['local', 50],
    ['hosting', 22],
    ['card', 28],
  ]);
  if (x === 'hosting') return ipFrom(rng, rng.pick(['nl-hosting', 'de-hosting', 'us-hosting']), 0.1);
  if (x === 'card' && ['DE', 'GB', 'IE', 'CZ', 'RO', 'LT', 'HU', 'SK'].includes(cardCountry))
    return cardCountry === 'DE'
      ? ipFrom(rng, 'de-broadband', 0.2)
      : cardCountry === 'GB'
        ? ipFrom(rng, 'gb-broadband', 0)
        : cardCountry === 'IE'
          ? ipFrom(rng, 'ie-broadband', 0)
          : residentIp(rng, cardCountry, 0.4);
  return residentIp(rng, market, 0.75);
}

/** Stolen cards (phished on fake parcel and marketplace pages, or bought abroad) on resale goods to parcel lockers. */
function stolenCard(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const market: Market = rng.chance(0.75) ? 'PL' : rng.weightedPick(marketShares);
    const at = moment(rng, w.window, tzOf(market), { night: rng.chance(0.2) });
    const issuer = rng.weightedPick<string>([
      ['PL', 30],
      ['DE', 14],
      ['FR', 8],
      ['GB', 10],
      ['US', 14],
      ['NL', 5],
      ['CZ', 6],
      ['RO', 5],
      ['LT', 8],
    ]);
    const holder = personOf(rng, issuer === 'LT' ? 'PL' : (issuer as Parameters<typeof personOf>[1]));
    const card = cardIn(rng, issuer);
    const holderHome = ['PL', 'CZ', 'RO', 'LT'].includes(issuer)
      ? homeIn(rng, issuer as Market)
      : foreignHome(rng, issuer);
    // Half type the holder's details from the phishing log; the rest their own or made-up ones.
    const withHolder = rng.chance(0.5);
    const mule = personOf(rng, market);
    const name = withHolder ? holder.name : mule.name;
    const account = rng.chance(0.35);
    const email = withHolder && rng.chance(0.5) ? emailOf(rng, holder) : burnerEmail(rng, market);
    const buyer: Buyer = account
      ? { id: `K${rng.int(2_100_000, 2_999_999)}`, email, name, createdAt: at - rng.int(1, 30) * MINUTE }
      : { email, name };
    const lines = resaleLines(rng, market, 3);
    const delivery = lines.every((l) => l.category === 'gift_card')
      ? 'email'
      : rng.chance(0.78)
        ? 'parcel_locker'
        : 'courier';
    const drop = homeIn(rng, market);
    const d: Draft = {
      kind: 'stolen_card',
      fraud: true,
      at,
      market,
      buyer,
      billing: withHolder ? holderHome : rng.chance(0.5) ? drop : homeIn(rng, market),
      ...(delivery === 'email'
        ? {}
        : { shipping: delivery === 'parcel_locker' ? lockerNear(rng, market) : drop }),
      delivery,
      method: rng.chance(0.15) ? 'google_pay' : 'card',
      ip: fraudIp(rng, market, issuer),
      device: rng.chance(0.2) ? botDevice(rng, true) : deviceOf(rng, 0.05),
      locale: MARKETS[market].locale,
      lines,
    };
    return plan(
      rng,
      d,
      (pln) => {
        const cards: HeldCard[] = [card, ...(rng.chance(0.4) ? [cardIn(rng, issuer)] : [])];
        const out: Attempt[] = [];
        for (const [k, c] of cards.entries()) {
          const eea = !['US', 'GB'].includes(c.country);
          // A phished OTP passes the challenge; otherwise the issuer's challenge stops it, or an exemption lets it by.
          const ok = rng.chance(eea ? 0.5 : 0.6);
          out.push(
            cardAttempt(rng, c, pln, {
              entry: d.method === 'google_pay' && k === 0 ? 'wallet' : 'typed',
              match: withHolder ? 'good' : 'wrong',
              ok,
              ...(ok ? {} : { decline: rng.weightedPick(DECLINES) }),
              afterMs: k === 0 ? rng.int(20_000, 120_000) : retryGap(rng),
              ...(ok && eea
                ? { threeDS: rng.pick(['challenge_passed', 'frictionless', 'exempt'] as const) }
                : {}),
            }),
          );
          if (ok) break;
        }
        return out;
      },
      () => {
        if (rng.chance(0.08))
          return [{ type: 'order.cancelled', afterMs: rng.int(2, 18) * HOUR, reason: 'suspected_fraud' }];
        const { steps, done } = dispatched(rng, d);
        return [...steps, ...chargebacks(rng, done, 0.35, 0.75)];
      },
    );
  });
}

/** Account takeover: a known account's saved card from a new device, sent to a locker elsewhere. */
function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const aged = w.accounts.filter((a) => a.createdAt < w.window.start - 60 * DAY && a.cards.length > 0);
  return Array.from({ length: count }, () => {
    const a: Account = rng.pick(aged.length > 0 ? aged : w.accounts);
    const at = moment(rng, w.window, tzOf(a.market), { night: rng.chance(0.3) });
    const elsewhere = lockerNear(rng, a.market, homeIn(rng, a.market));
    const changeLater = rng.chance(0.35);
    const delivery = 'parcel_locker' as const;
    const ip = rng.chance(0.55)
      ? residentIp(rng, a.market, 0.8)
      : ipFrom(rng, rng.pick(['nl-hosting', 'de-hosting', 'us-hosting']), 0.1);
    const d: Draft = {
      kind: 'account_takeover',
      fraud: true,
      at,
      market: a.market,
      buyer: accountBuyer(a),
      billing: { ...a.home },
      shipping: changeLater ? { ...(a.locker ?? lockerNear(rng, a.market, a.home)) } : elsewhere,
      delivery,
      method: 'card',
      ip,
      device: rng.chance(0.15) ? (a.devices[0] ?? deviceOf(rng)) : deviceOf(rng, 0.05),
      locale: a.locale,
      lines: resaleLines(rng, a.market, 3),
    };
    return plan(
      rng,
      d,
      (pln) => {
        const card = rng.pick(a.cards);
        const ok = rng.chance(0.82);
        return [
          cardAttempt(rng, card, pln, {
            entry: 'saved',
            ok,
            ...(ok
              ? { threeDS: rng.pick(['exempt', 'frictionless', 'frictionless'] as const) }
              : { decline: 'authentication_failed' as const }),
            afterMs: rng.int(10_000, 60_000),
          }),
        ];
      },
      () => {
        const { steps, done } = dispatched(rng, d);
        const change: LaterEvent[] = changeLater
          ? [
              {
                type: 'order.updated',
                afterMs: rng.int(3, 25) * MINUTE,
                status: 'address_changed',
                shipping: elsewhere,
              },
            ]
          : [];
        const after: LaterEvent[] = rng.chance(0.25)
          ? [{ type: 'refund.created', afterMs: done + rng.int(2, 10) * DAY, reason: 'account_compromised' }]
          : chargebacks(rng, done, 0.3, 0.65);
        return [...change, ...steps, ...after];
      },
    );
  });
}

/** Pay-later in someone else's name: a fresh account with a real person's name and address, goods to a locker. */
function paylaterIdentity(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const market: Market = rng.chance(0.75) ? 'PL' : rng.pick(['CZ', 'SK', 'HU'] as const);
    const at = moment(rng, w.window, tzOf(market));
    const victim = personOf(rng, market);
    const victimHome = homeIn(rng, market);
    const email = rng.chance(0.7) ? emailOf(rng, victim) : burnerEmail(rng, market);
    const lines = resaleLines(rng, market, 4).filter((l) => l.category !== 'gift_card');
    const basketLines = lines.length > 0 ? lines : [line(rng, bySku('BAG-4290'), MARKETS[market].currency)];
    const provider = market === 'PL' && rng.chance(0.65) ? 'paypo' : 'klarna';
    const d: Draft = {
      kind: 'paylater_identity',
      fraud: true,
      at,
      market,
      buyer: {
        id: `K${rng.int(2_100_000, 2_999_999)}`,
        email,
        name: victim.name,
        createdAt: at - rng.int(3, 90) * MINUTE,
      },
      billing: victimHome,
      shipping: rng.chance(0.8) ? lockerNear(rng, market) : homeIn(rng, market),
      delivery: 'parcel_locker',
      method: provider,
      ip: rng.chance(0.7)
        ? residentIp(rng, market, 0.8)
        : ipFrom(rng, rng.pick(['nl-hosting', 'de-hosting']), 0),
      device: deviceOf(rng, 0.15),
      locale: MARKETS[market].locale,
      lines: basketLines,
    };
    return plan(
      rng,
      d,
      () => {
        if (rng.chance(0.68)) return [other(provider, true, rng.int(40_000, 180_000))];
        const out = [other(provider, false, rng.int(40_000, 180_000), 'paylater_rejected')];
        if (rng.chance(0.4)) {
          const otherProvider = provider === 'paypo' ? 'klarna' : market === 'PL' ? 'paypo' : 'klarna';
          out.push(other(otherProvider, rng.chance(0.5), retryGap(rng), 'paylater_rejected'));
        }
        return out;
      },
      () => {
        const { steps, done } = dispatched(rng, d);
        // The victim's first reminder arrives weeks later; the provider passes the claim back to the store.
        return [
          ...steps,
          ...(rng.chance(0.5)
            ? [
                {
                  type: 'dispute.created' as const,
                  afterMs: done + rng.int(25, 60) * DAY,
                  reason: 'fraudulent',
                },
              ]
            : []),
        ];
      },
    );
  });
}

const WELCOME = { code: 'WITAJ15', off: 0.15 };
const APP = { code: 'APKA20', off: 0.2 };

/** Promo farms: one person, many fresh accounts with e-mail variants, the welcome code each time, one locker. */
function promoAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(3, 7));
    const market: Market = rng.chance(0.7) ? 'PL' : rng.weightedPick(marketShares);
    const me = personOf(rng, market);
    const base = emailOf(rng, me).split('@')[0] ?? 'shop';
    const domain = rng.pick(['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl']);
    const home = homeIn(rng, market);
    const locker = lockerNear(rng, market, home);
    const devices: Device[] = [deviceOf(rng, 0.6), ...(rng.chance(0.4) ? [deviceOf(rng, 0.6)] : [])];
    const card = rng.chance(0.4) ? cardIn(rng, market) : undefined;
    const code = rng.chance(0.7) ? WELCOME : APP;
    let t = moment(rng, w.window, tzOf(market));
    for (let i = 0; i < size; i++) {
      t = inWindow(w, t + rng.int(5, 26 * 60) * MINUTE);
      const variant = rng.weightedPick<string>([
        [`${base}+${rng.token(3)}`, 35],
        [`${base}${rng.int(2, 99)}`, 30],
        [base.replace('.', rng.chance(0.5) ? '' : '..'), 10],
        [`${base.slice(0, 3)}.${base.slice(3)}`, 25],
      ]);
      const alias = rng.chance(0.6) ? me : personOf(rng, market);
      const cur = MARKETS[market].currency;
      const lines = everydayLines(rng, cur, 3).filter((l) => l.category !== 'gift_card');
      const d: Draft = {
        kind: 'promo_abuse',
        fraud: true,
        at: t,
        market,
        buyer: {
          id: `K${rng.int(2_100_000, 2_999_999)}`,
          email: `${variant}@${domain}`,
          name: alias.name,
          createdAt: t - rng.int(2, 20) * MINUTE,
        },
        billing: rng.chance(0.7) ? { ...home } : homeIn(rng, market),
        shipping: { ...locker },
        delivery: 'parcel_locker',
        method: card ? 'card' : market === 'PL' ? 'blik' : 'card',
        ip: residentIp(rng, market, 0.6),
        device: rng.pick(devices),
        locale: MARKETS[market].locale,
        lines: lines.length > 0 ? lines : [line(rng, bySku('HOD-2210'), cur)],
        code,
      };
      out.push(
        plan(
          rng,
          d,
          (pln) => honestPay(rng, d.method, { cards: [card ?? cardIn(rng, market)], signedIn: true }, pln),
          ordinaryAfter(rng, d, 0.12),
        ),
      );
    }
  }
  return out.slice(0, count);
}

/** Address jigging: the same flat written so the one-per-customer check does not see it. */
function jig(rng: Rng, a: Address): Address {
  const line1 = a.line1 ?? '';
  const variants = [
    line1,
    line1.replace('ul. ', ''),
    line1.replace('/', ' m. '),
    line1.replace('/', ' lok. '),
    `${line1} ${rng.pick(['A', 'kl. 2', 'p. 3', '(domofon 12)'])}`,
    line1
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace('ł', 'l'),
  ];
  return { ...a, line1: rng.pick(variants) };
}

/** Sneaker resellers: bots at the drop, farmed accounts on a catch-all domain, jigged addresses, virtual cards. */
function sneakerReseller(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(3, 8));
    const market: Market = rng.chance(0.85) ? 'PL' : 'CZ';
    const me = personOf(rng, market);
    const catchall = `${rng.pick(['drop', 'kicks', 'cop', 'hype'])}${rng.token(4)}.${market === 'PL' ? 'pl' : 'cz'}`;
    const home = homeIn(rng, market);
    const drop = rng.pick(w.drops);
    const farmed = rng.chance(0.5);
    for (let i = 0; i < size; i++) {
      const at = inWindow(w, drop + rng.int(2_000, 150_000));
      const alias = rng.chance(0.5)
        ? me
        : {
            ...me,
            name: rng.pick([
              `${me.first[0] ?? 'J'}. ${me.last}`,
              `${me.first} ${me.last}a`,
              `${me.last} ${me.first}`,
            ]),
          };
      const cur = MARKETS[market].currency;
      const card = cardIn(rng, rng.chance(0.7) ? 'LT' : market);
      const delivery = rng.chance(0.6) ? 'courier' : 'parcel_locker';
      const d: Draft = {
        kind: 'sneaker_reseller',
        fraud: true,
        at,
        market,
        buyer: {
          id: `K${rng.int(1_000_000, 2_999_999)}`,
          email: `${rng.token(6)}@${catchall}`,
          name: alias.name,
          createdAt: farmed ? at - rng.int(20, 200) * DAY : at - rng.int(1, 48) * HOUR,
        },
        billing: jig(rng, home),
        shipping: delivery === 'courier' ? jig(rng, home) : lockerNear(rng, market, home),
        delivery,
        method: rng.chance(0.8) ? 'card' : 'google_pay',
        ip: residentIp(rng, market, 0.35),
        device: botDevice(rng, true),
        locale: MARKETS[market].locale,
        lines: [line(rng, rng.pick(byCategory('limited_sneakers')), cur, rng.chance(0.15) ? 2 : 1)],
      };
      out.push(
        plan(
          rng,
          d,
          (pln) => {
            const ok = rng.chance(0.85);
            return [
              cardAttempt(rng, card, pln, {
                entry: d.method === 'google_pay' ? 'wallet' : 'typed',
                ok,
                ...(ok
                  ? {}
                  : { decline: rng.pick(['insufficient_funds', 'card_velocity_exceeded'] as const) }),
                afterMs: rng.int(1_500, 9_000),
              }),
            ];
          },
          () => dispatched(rng, d).steps,
        ),
      );
    }
  }
  return out.slice(0, count);
}

/** Returns fraud: a parcel "never arrived" at the locker, or an empty box or a fake sent back for a full refund. */
function returnsFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const a = rng.pick(w.accounts);
    const at = moment(rng, w.window, tzOf(a.market));
    const delivery = rng.chance(0.7) ? 'parcel_locker' : 'courier';
    const method = a.market === 'PL' && rng.chance(0.5) ? 'blik' : 'card';
    const d: Draft = {
      kind: 'returns_fraud',
      fraud: true,
      at,
      market: a.market,
      buyer: accountBuyer(a),
      billing: { ...a.home },
      shipping:
        delivery === 'parcel_locker' ? { ...(a.locker ?? lockerNear(rng, a.market, a.home)) } : { ...a.home },
      delivery,
      method,
      ip: residentIp(rng, a.market),
      device: a.devices[0] ?? deviceOf(rng),
      locale: a.locale,
      lines: resaleLines(rng, a.market, 2)
        .filter((l) => l.category !== 'gift_card')
        .concat(line(rng, rng.pick(byCategory('bags')), MARKETS[a.market].currency)),
    };
    return plan(
      rng,
      d,
      (pln) => honestPay(rng, method, { cards: a.cards, signedIn: true }, pln),
      (basket) => {
        const { steps, done } = dispatched(rng, d);
        const claim: LaterEvent =
          method === 'card' && rng.chance(0.4)
            ? {
                type: 'dispute.created',
                afterMs: done + rng.int(10, 40) * DAY,
                reason: 'product_not_received',
              }
            : rng.chance(0.35)
              ? {
                  type: 'refund.created',
                  afterMs: done + rng.int(2, 9) * DAY,
                  reason: 'not_received',
                  amount: basket.amount,
                }
              : {
                  type: 'refund.created',
                  afterMs: done + rng.int(6, 25) * DAY,
                  reason: 'returned',
                  amount: basket.amount - basket.shippingFee,
                };
        return [...steps, claim];
      },
    );
  });
}

/** Wardrobing: the dress, the suit, the heels and the bag for the office party, sent back worn within 30 days. */
function wardrobing(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const a = rng.pick(w.accounts);
    const at = moment(rng, w.window, tzOf(a.market));
    const cur = MARKETS[a.market].currency;
    const outfit = rng.chance(0.7)
      ? ['DRS-5188', rng.pick(['HEL-2402', 'BAG-4202', 'ACC-5060'])]
      : ['SUI-6001', rng.pick(['LOA-2455', 'ACC-5090', 'SHR-1207'])];
    const lines = outfit.map((sku) => line(rng, bySku(sku), cur));
    const delivery = deliveryIn(rng, a.market, lines);
    const method: Draft['method'] = a.market === 'PL' ? rng.pick(['blik', 'paypo', 'card'] as const) : 'card';
    const d: Draft = {
      kind: 'wardrobing',
      fraud: true,
      at,
      market: a.market,
      buyer: accountBuyer(a),
      billing: { ...a.home },
      ...(delivery === 'email'
        ? {}
        : {
            shipping:
              delivery === 'parcel_locker'
                ? { ...(a.locker ?? lockerNear(rng, a.market, a.home)) }
                : { ...a.home },
          }),
      delivery,
      method,
      ip: residentIp(rng, a.market),
      device: a.devices[0] ?? deviceOf(rng),
      locale: a.locale,
      lines,
    };
    return plan(
      rng,
      d,
      (pln) => honestPay(rng, method, { cards: a.cards, signedIn: true }, pln),
      (basket) => {
        const { steps, done } = dispatched(rng, d);
        const share = rng.chance(0.75) ? 1 : 0.6;
        return [
          ...steps,
          {
            type: 'refund.created',
            afterMs: done + rng.int(18, 29) * DAY,
            reason: 'returned',
            amount: Math.round((basket.amount - basket.shippingFee) * share),
          },
        ];
      },
    );
  });
}

/**
 * Buyers in or shipping to sanctioned places: occupied Crimea, Donetsk and Luhansk through Russian networks,
 * Iran and Syria through forwarders in the EU, Cuba from a relative's card. Paid with cards from Turkey, the
 * Emirates or Kazakhstan; the store's screening cancels and refunds some before dispatch.
 */
function sanctioned(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const variant = rng.weightedPick<string>([
      ['occupied', 45],
      ['IR', 30],
      ['SY', 15],
      ['CU', 10],
    ]);
    const market: Market =
      variant === 'SY' ? 'RO' : variant === 'IR' ? rng.pick(['PL', 'LT'] as const) : 'PL';
    const at = moment(rng, w.window, tzOf(market));
    const cur = MARKETS[market].currency;
    const place = rng.pick(
      SANCTIONED_PLACES.filter((p) => (variant === 'occupied' ? p.country === 'UA' : p.country === variant)),
    );
    const { region, ...addr } = place;
    const forwarded =
      variant === 'IR' || variant === 'SY' ? rng.chance(0.7) : variant === 'occupied' && rng.chance(0.4);
    const person = personOf(rng, variant === 'occupied' ? 'UA' : variant === 'CU' ? 'US' : 'AE');
    const cardCountry = variant === 'CU' ? 'US' : rng.pick(['TR', 'AE', 'KZ']);
    const ip =
      variant === 'occupied'
        ? ipFrom(rng, 'ru-broadband', 0)
        : variant === 'IR'
          ? ipFrom(rng, 'ir-broadband', 0)
          : variant === 'SY'
            ? ipFrom(rng, 'sy-broadband', 0)
            : ipFrom(rng, 'cu-broadband', 0);
    const delivery = forwarded ? 'parcel_locker' : 'courier';
    const d: Draft = {
      kind: 'sanctioned_country',
      fraud: true,
      at,
      market,
      buyer: rng.chance(0.5)
        ? {
            id: `K${rng.int(2_100_000, 2_999_999)}`,
            email: emailOf(rng, person),
            name: person.name,
            createdAt: at - rng.int(5, 400) * DAY,
          }
        : { email: emailOf(rng, person), name: person.name },
      billing: variant === 'CU' ? foreignHome(rng, 'US') : { ...addr },
      ...(region && variant === 'occupied' ? { billingRegion: region } : {}),
      shipping: forwarded ? lockerNear(rng, market) : { ...addr },
      ...(region && !forwarded ? { shippingRegion: region } : {}),
      delivery,
      method: 'card',
      ip,
      device: deviceOf(rng, 0.1),
      locale: variant === 'occupied' ? 'uk-UA' : 'en-GB',
      lines: everydayLines(rng, cur, 4),
    };
    return plan(
      rng,
      d,
      (pln) => {
        const ok = rng.chance(0.75);
        return [
          cardAttempt(rng, cardIn(rng, cardCountry), pln, {
            ok,
            match: variant === 'CU' ? 'good' : 'wrong',
            ...(ok ? {} : { decline: 'do_not_honor' as const }),
            afterMs: rng.int(20_000, 90_000),
          }),
        ];
      },
      () =>
        rng.chance(0.5) || !forwarded
          ? [{ type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'sanctions_screening' }]
          : dispatched(rng, d).steps,
    );
  });
}

const PLANNERS: Readonly<Record<FraudKind, (rng: Rng, w: World, count: number) => Purchase[]>> = {
  card_testing: cardTesting,
  stolen_card: stolenCard,
  account_takeover: accountTakeover,
  paylater_identity: paylaterIdentity,
  promo_abuse: promoAbuse,
  sneaker_reseller: sneakerReseller,
  returns_fraud: returnsFraud,
  wardrobing,
  sanctioned_country: sanctioned,
};

/** `count` fraudulent purchases, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  return (Object.keys(PLANNERS) as FraudKind[]).flatMap((k) => PLANNERS[k](rng.fork(k), w, counts[k]));
}
