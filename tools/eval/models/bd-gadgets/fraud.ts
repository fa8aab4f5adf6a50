import { accountBuyer, type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { COURIER_CUTOFF, placedAt, TZ } from './calendar.js';
import { FOREIGN_BINS, foreignCard, localCard } from './cards.js';
import { bySku, lineOf, pickLines, within } from './catalogue.js';
import { compose, type Draft } from './honest.js';
import { address, BD_MOBILE, inCountry, ipOn, VPN } from './networks.js';
import { anAccount, deviceOf, emailOf, personName, type World } from './people.js';
import { ABROAD, addressAbroad, addressIn, DHAKA, DISTRICTS, pickPlace } from './places.js';
import {
  type Attempt,
  cardTry,
  type Decline,
  firstTry,
  other,
  retryGap,
  type Step,
  transit,
} from './purchase.js';

/** The fraud kinds and their weights (README.md, "Fraud kinds"); every seed has each, allocated exactly. */
export const FRAUD = {
  fake_cod: 22,
  card_testing: 16,
  stolen_foreign_card: 16,
  sim_swap_wallet: 12,
  account_takeover: 9,
  fake_payment_sms: 8,
  reseller_swap_return: 7,
  friendly_fraud: 6,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

const RESALE = within(['phones', 'earbuds', 'smartwatches', 'gaming', 'laptops'], 19_000, 210_000);
const MID = within(['phones', 'smartwatches', 'earbuds'], 3_500, 30_000);

/** Throwaway addresses: a name and digits at Gmail, or a disposable inbox. */
function throwaway(rng: Rng, name: string): string {
  const first = (name.split(' ')[0] ?? 'user').toLowerCase();
  return rng.chance(0.7)
    ? `${first}${rng.digits(rng.int(3, 6))}@gmail.com`
    : `${rng.token(9)}@${rng.pick(['yopmail.com', 'guerrillamail.com', 'sharklasers.com', 'tempmail.plus'])}`;
}

const headless = (rng: Rng): Device => ({
  userAgent: rng.pick([
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.60 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  ]),
  ...(rng.chance(0.5) ? { id: `dv_${rng.token(18)}` } : {}),
});

/** After a stolen card went through: shipped, delivered, the issuer's warning, then the cardholder's dispute. */
function chargedBack(rng: Rng, p: { at: number; delivery: Draft['delivery'] }, warn = 0.7): Step[] {
  const { ship, arrive } = transit(rng, p.delivery, p.at, COURIER_CUTOFF);
  const out: Step[] = [
    {
      type: 'order.updated',
      afterMs: ship,
      status: p.delivery === 'pickup' ? 'ready_for_pickup' : 'shipped',
    },
    { type: 'order.updated', afterMs: arrive, status: p.delivery === 'pickup' ? 'collected' : 'delivered' },
  ];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 14) * DAY, reason: 'fraudulent' });
  if (rng.chance(0.85))
    out.push({ type: 'dispute.created', afterMs: rng.int(15, 55) * DAY, reason: 'fraudulent' });
  return out;
}

const released = (rng: Rng): Step[] => [
  { type: 'order.cancelled', afterMs: rng.int(30, 70) * MINUTE, reason: 'payment_failed' },
];

/** A stream's fraud: `count` purchases allocated exactly to the kinds by weight. */
export function planFraud(rng: Rng, w: World, count: number) {
  if (count === 0) return [];
  const plan = allocate(count);
  return (Object.keys(FRAUD) as FraudKind[]).flatMap((kind) => {
    const r = rng.fork(kind);
    return kind === 'card_testing'
      ? cardTesting(r, w, plan[kind])
      : kind === 'fake_cod'
        ? fakeCod(r, w, plan[kind])
        : Array.from({ length: plan[kind] }, (_, i) => one(r.fork(`f${i}`), w, kind));
  });
}

/**
 * Card testing: a script on a hosting or VPN exit checks stolen foreign cards on the cheapest items as a guest,
 * at night in Dhaka, in runs of five to twelve orders a minute or two apart, one BIN list per run.
 */
function cardTesting(rng: Rng, w: World, count: number) {
  const out = [];
  let run = 0;
  while (out.length < count) {
    const r = rng.fork(`run${run++}`);
    const size = Math.min(count - out.length, r.int(5, 12));
    const country = r.pick(['US', 'US', 'GB', 'CA']);
    const bin = r.pick(FOREIGN_BINS[country] ?? []);
    const exit = r.pick(VPN);
    const device = headless(r);
    let at = placedAt(r, w.window, 'night');
    const cheap = [bySku('PA-GLASS'), bySku('PA-CASE'), bySku('CC-UGC1M'), bySku('CC-BASLT')];
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      at += o.int(20_000, 150_000);
      const name = personName(o);
      const cards = Array.from({ length: o.int(1, 3) }, () => foreignCard(o, country, bin));
      const attempts: Attempt[] = [];
      let t = o.int(4_000, 15_000);
      for (const card of cards) {
        const ok = o.chance(0.12);
        const why = o.weightedPick<Decline>([
          ['do_not_honor', 35],
          ['incorrect_cvc', 20],
          ['stolen_card', 15],
          ['expired_card', 15],
          ['card_velocity_exceeded', 15],
        ]);
        attempts.push(cardTry(o, card, { ok, ...(ok ? {} : { decline: why }), match: 'wrong', afterMs: t }));
        t = o.int(3_000, 12_000);
        if (ok) break;
      }
      const shipping = addressIn(o, pickPlace(o, DHAKA));
      out.push(
        compose(
          o,
          {
            kind: 'card_testing',
            fraud: true,
            at,
            buyer: { email: throwaway(o, name), name },
            billing: {
              country,
              city: o.pick(['Houston', 'Phoenix', 'Leeds', 'Toronto']),
              postalCode: o.digits(5),
            },
            shipping,
            delivery: 'inside_dhaka',
            method: 'card',
            lines: [lineOf(o.pick(cheap))],
            ip: address(o, exit),
            device,
            locale: 'en-BD',
          },
          { attempts },
          (p) =>
            p.attempts.some((a) => a.ok)
              ? [
                  { type: 'order.cancelled', afterMs: o.int(2, 6) * HOUR, reason: 'suspected_fraud' },
                  { type: 'refund.created', afterMs: o.int(6, 9) * HOUR, reason: 'fraudulent' },
                ]
              : released(o),
        ),
      );
    }
  }
  return out;
}

/**
 * Fake cash-on-delivery orders: pranksters, a rival shop or a grudge place orders for phones and watches to
 * far districts under made-up names, in twos and threes from one phone; the rider finds nobody or is refused.
 */
function fakeCod(rng: Rng, w: World, count: number) {
  const out = [];
  let group = 0;
  while (out.length < count) {
    const r = rng.fork(`g${group++}`);
    const size = Math.min(
      count - out.length,
      r.weightedPick([
        [1, 4],
        [2, 3],
        [3, 2],
        [4, 1],
      ] as const),
    );
    const device = deviceOf(r);
    const carrier = r.pick(BD_MOBILE);
    let at = placedAt(r, w.window);
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      at += o.int(2, 25) * MINUTE;
      const name = personName(o);
      const place = o.chance(0.8) ? pickPlace(o, DISTRICTS) : pickPlace(o, DHAKA);
      const home = addressIn(o, place);
      const fresh = o.chance(0.35);
      out.push(
        compose(
          o,
          {
            kind: 'fake_cod',
            fraud: true,
            at,
            buyer: fresh
              ? {
                  id: `cus_${o.token(12)}`,
                  email: throwaway(o, name),
                  name,
                  createdAt: at - o.int(2, 40) * MINUTE,
                }
              : { email: throwaway(o, name), name },
            billing: home,
            shipping: home,
            delivery: place.dhaka ? 'inside_dhaka' : 'outside_dhaka',
            method: 'cod',
            lines: pickLines(o, MID, 2),
            ip: ipOn(o, carrier),
            device,
          },
          { attempts: [] },
          (p) => {
            const { ship, arrive } = transit(o, p.delivery, p.at, COURIER_CUTOFF);
            if (o.chance(0.1))
              return [
                { type: 'order.cancelled', afterMs: o.int(2, 20) * HOUR, reason: 'unconfirmed_by_phone' },
              ];
            return [
              { type: 'order.updated', afterMs: ship, status: 'shipped' },
              {
                type: 'order.cancelled',
                afterMs: arrive,
                reason: o.chance(0.6) ? 'refused_at_door' : 'customer_unreachable',
              },
            ];
          },
        ),
      );
    }
  }
  return out;
}

function one(rng: Rng, w: World, kind: Exclude<FraudKind, 'card_testing' | 'fake_cod'>) {
  switch (kind) {
    case 'stolen_foreign_card': {
      // Full card details bought online: the cardholder's name and address abroad, a phone shipped to Dhaka or
      // Chattogram for resale; from a VPN exit or a Bangladeshi mobile.
      const country = rng.weightedPick([
        ['US', 5],
        ['GB', 3],
        ['AE', 2],
        ['SA', 1],
        ['CA', 1],
      ] as const);
      const holder = personName(rng);
      const where = ABROAD.find((x) => x.country === country);
      const billing: Address = where
        ? addressAbroad(rng, where)
        : {
            country,
            city: 'Toronto',
            postalCode: `M${rng.int(1, 9)}V ${rng.int(1, 9)}K${rng.int(1, 9)}`,
            line1: `${rng.int(10, 900)} Queen Street West`,
          };
      const receiver = personName(rng);
      const shipping = addressIn(
        rng,
        rng.chance(0.75) ? pickPlace(rng, DHAKA) : pickPlace(rng, DISTRICTS.slice(0, 3)),
      );
      const cards = Array.from(
        {
          length: rng.weightedPick([
            [1, 5],
            [2, 3],
            [3, 2],
          ] as const),
        },
        () => foreignCard(rng, country),
      );
      const attempts: Attempt[] = [];
      let t = firstTry(rng);
      for (const [i, card] of cards.entries()) {
        const ok = i === cards.length - 1 ? rng.chance(0.75) : rng.chance(0.3);
        attempts.push(
          cardTry(rng, card, {
            ok,
            ...(ok
              ? {}
              : { decline: rng.pick(['do_not_honor', 'stolen_card', 'insufficient_funds'] as const) }),
            match: rng.chance(0.6) ? 'good' : 'partial',
            afterMs: t,
          }),
        );
        if (ok) break;
        t = retryGap(rng);
      }
      const delivery = rng.chance(0.25)
        ? 'pickup'
        : shipping.city === 'Dhaka' || shipping.city === 'Savar'
          ? 'inside_dhaka'
          : 'outside_dhaka';
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window, rng.chance(0.5) ? 'night' : 'shopper'),
          buyer: rng.chance(0.6)
            ? { email: throwaway(rng, holder), name: holder }
            : {
                id: `cus_${rng.token(12)}`,
                email: emailOf(rng, receiver),
                name: receiver,
                createdAt: w.window.start + rng.int(0, 10) * DAY,
              },
          billing,
          ...(delivery === 'pickup'
            ? {}
            : { shipping: { ...shipping, line1: `${shipping.line1} (attn ${receiver})` } }),
          delivery,
          method: 'card',
          lines: [lineOf(rng.pick(RESALE))],
          ip: rng.chance(0.5) ? address(rng, rng.pick(VPN)) : ipOn(rng, rng.pick(BD_MOBILE)),
          device: deviceOf(rng),
          locale: 'en-BD',
        },
        { attempts },
        (p) => (p.attempts.some((a) => a.ok) ? chargedBack(rng, p) : released(rng)),
      );
    }
    case 'sim_swap_wallet': {
      // A victim's SIM reissued at a retailer: the thief resets the bKash or Nagad PIN, buys a phone or
      // AirPods for pickup at the shop or next-day delivery, and sells it on. The wallet owner complains, the
      // provider warns the merchant and claws the money back.
      const name = personName(rng);
      const wallet = rng.chance(0.75) ? 'bkash' : 'nagad';
      const attempts: Attempt[] = rng.chance(0.3)
        ? [other(wallet, false, firstTry(rng), 'wallet_limit_exceeded'), other(wallet, true, retryGap(rng))]
        : [other(wallet, true, firstTry(rng))];
      const place = pickPlace(rng, DHAKA);
      const delivery = rng.chance(0.45) ? 'pickup' : 'inside_dhaka';
      const shipping = addressIn(rng, place);
      const fresh = rng.chance(0.6);
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window, rng.chance(0.4) ? 'night' : 'shopper'),
          buyer: fresh
            ? {
                id: `cus_${rng.token(12)}`,
                email: throwaway(rng, name),
                name,
                createdAt: w.window.start + rng.int(0, 30) * DAY,
              }
            : { email: throwaway(rng, name), name },
          billing: shipping,
          ...(delivery === 'pickup' ? {} : { shipping }),
          delivery,
          method: wallet,
          lines: [lineOf(rng.pick(RESALE.filter((x) => x.price <= 16_000_000)))],
          ip: ipOn(rng, rng.pick(BD_MOBILE)),
          device: deviceOf(rng),
        },
        { attempts },
        (p) => {
          const { ship, arrive } = transit(rng, p.delivery, p.at, COURIER_CUTOFF);
          const warned = arrive + rng.int(12, 72) * HOUR;
          return [
            {
              type: 'order.updated',
              afterMs: ship,
              status: p.delivery === 'pickup' ? 'ready_for_pickup' : 'shipped',
            },
            {
              type: 'order.updated',
              afterMs: arrive,
              status: p.delivery === 'pickup' ? 'collected' : 'delivered',
            },
            { type: 'fraud_warning.created', afterMs: warned, reason: 'account_compromised' },
            { type: 'refund.created', afterMs: warned + rng.int(1, 4) * DAY, reason: 'fraudulent' },
          ];
        },
      );
    }
    case 'account_takeover': {
      // A reused password or an OTP talked out of the owner: a new phone, another carrier, a new address
      // near the thief, the saved card (its OTP phished as well) on something resellable.
      const a = anAccount(rng, w, (x) => x.createdAt < w.window.start - 60 * DAY);
      const card = a.cards[0] ?? localCard(rng);
      const otpFailed = rng.chance(0.35);
      const attempts: Attempt[] = otpFailed
        ? [
            cardTry(rng, card, {
              ok: false,
              decline: 'authentication_failed',
              saved: true,
              afterMs: firstTry(rng),
            }),
            cardTry(rng, card, {
              ok: rng.chance(0.7),
              decline: 'authentication_failed',
              saved: true,
              afterMs: retryGap(rng),
            }),
          ]
        : [cardTry(rng, card, { ok: true, saved: true, afterMs: firstTry(rng) })];
      const drop = addressIn(
        rng,
        pickPlace(
          rng,
          DHAKA.filter((x) => x !== a.place),
        ),
      );
      const carriers = BD_MOBILE.filter((x) => x !== a.mobile);
      const delivery = rng.chance(0.3) ? 'pickup' : 'inside_dhaka';
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window, rng.chance(0.5) ? 'night' : 'shopper'),
          buyer: accountBuyer(a),
          billing: a.home,
          ...(delivery === 'pickup' ? {} : { shipping: drop }),
          delivery,
          method: 'card',
          lines: [lineOf(rng.pick(RESALE))],
          ip: rng.chance(0.25) ? address(rng, rng.pick(VPN)) : ipOn(rng, rng.pick(carriers)),
          device: deviceOf(rng),
        },
        { attempts },
        (p) => (p.attempts.some((x) => x.ok) ? chargedBack(rng, p, 0.5) : released(rng)),
      );
    }
    case 'fake_payment_sms': {
      // Cash on delivery; at the door the buyer says the money went by bKash and shows a forged "You have
      // received Tk …" SMS; the rider hands over the parcel, and no payment ever reaches the merchant account.
      const name = personName(rng);
      const place = rng.chance(0.8) ? pickPlace(rng, DHAKA) : pickPlace(rng, DISTRICTS.slice(0, 3));
      const home = addressIn(rng, place);
      const fresh = rng.chance(0.5);
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window),
          buyer: fresh
            ? {
                id: `cus_${rng.token(12)}`,
                email: emailOf(rng, name),
                name,
                createdAt: w.window.start + rng.int(0, 25) * DAY,
              }
            : { email: emailOf(rng, name), name },
          billing: home,
          shipping: home,
          delivery: place.dhaka ? 'inside_dhaka' : 'outside_dhaka',
          method: 'cod',
          lines: [lineOf(rng.pick(within(['phones', 'smartwatches', 'earbuds'], 9_000, 55_000)))],
          ip: ipOn(rng, rng.pick(BD_MOBILE)),
          device: deviceOf(rng),
        },
        { attempts: [] },
        (p) => {
          const { ship, arrive } = transit(rng, p.delivery, p.at, COURIER_CUTOFF);
          return [
            { type: 'order.updated', afterMs: ship, status: 'shipped' },
            { type: 'order.updated', afterMs: arrive, status: 'delivered' },
            {
              type: 'payment.failed',
              afterMs: arrive + rng.int(8, 40) * HOUR,
              method: 'bkash',
              reason: 'payment_not_received',
            },
          ];
        },
      );
    }
    case 'reseller_swap_return': {
      // A "reseller" buys genuine AirPods, Buds or watches in a few units and, inside the seven-day
      // replacement window, returns boxed copies; the refund goes out before the swap is found.
      const a = anAccount(rng, w, (x) => !x.place.dhaka && x.createdAt > w.window.start - 200 * DAY);
      const swap = within(['earbuds', 'smartwatches'], 9_000, 33_000);
      const line = lineOf(rng.pick(swap), rng.int(2, 5));
      const m = rng.chance(0.7) ? 'bkash' : 'nagad';
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window),
          buyer: accountBuyer(a),
          billing: a.home,
          shipping: a.home,
          delivery: 'outside_dhaka',
          method: m,
          lines: [line],
          ip: ipOn(rng, rng.chance(0.6) ? a.mobile : a.broadband),
          device: rng.pick(a.devices),
        },
        { attempts: [other(m, true, firstTry(rng))] },
        (p) => {
          const { ship, arrive } = transit(rng, p.delivery, p.at, COURIER_CUTOFF);
          const back = arrive + rng.int(3, 7) * DAY;
          return [
            { type: 'order.updated', afterMs: ship, status: 'shipped' },
            { type: 'order.updated', afterMs: arrive, status: 'delivered' },
            { type: 'order.updated', afterMs: back, status: 'returned' },
            {
              type: 'refund.created',
              afterMs: back + rng.int(1, 3) * DAY,
              reason: 'returned_item',
              amount: line.price * rng.int(1, line.quantity),
            },
          ];
        },
      );
    }
    case 'friendly_fraud': {
      // A known buyer gets the parcel and tells the bank it never came, or that the charge is not theirs.
      const a = anAccount(rng, w, (x) => x.createdAt < w.window.start - 30 * DAY);
      const card = a.cards[0] ?? localCard(rng);
      const delivery = a.place.dhaka ? 'inside_dhaka' : 'outside_dhaka';
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window),
          buyer: accountBuyer(a),
          billing: a.home,
          shipping: a.home,
          delivery,
          method: 'card',
          lines: pickLines(
            rng,
            within(['earbuds', 'smartwatches', 'gaming', 'phones', 'power_banks'], 2_000, 60_000),
            2,
          ),
          ip: ipOn(rng, rng.chance(0.6) ? a.mobile : a.broadband),
          device: rng.pick(a.devices),
        },
        { attempts: [cardTry(rng, card, { ok: true, saved: rng.chance(0.5), afterMs: firstTry(rng) })] },
        (p) => {
          const { ship, arrive } = transit(rng, p.delivery, p.at, COURIER_CUTOFF);
          return [
            { type: 'order.updated', afterMs: ship, status: 'shipped' },
            { type: 'order.updated', afterMs: arrive, status: 'delivered' },
            {
              type: 'dispute.created',
              afterMs: arrive + rng.int(20, 60) * DAY,
              reason: rng.chance(0.6) ? 'product_not_received' : 'unrecognized',
            },
          ];
        },
      );
    }
    case 'sanctioned_country': {
      // From Russia, Belarus or Iran: contractors around the Rooppur plant paying with Russian cards (refused
      // abroad since 2022) and then cash, or buyers connecting from Tehran, Moscow or Minsk for delivery in
      // Dhaka, sometimes with a Gulf card.
      const shape = rng.weightedPick([
        ['ru_card', 4],
        ['ip', 4],
        ['billing', 2],
      ] as const);
      const name =
        shape === 'ip' && rng.chance(0.4)
          ? personName(rng)
          : rng.pick([
              'Dmitry Volkov',
              'Sergei Ivanov',
              'Alexei Smirnov',
              'Yulia Petrova',
              'Andrei Kozlov',
              'Reza Ahmadi',
              'Mohammad Karimi',
              'Siarhei Novik',
            ]);
      const country = shape === 'ru_card' ? rng.pick(['RU', 'RU', 'BY']) : rng.pick(['RU', 'IR', 'BY']);
      const rooppur = {
        country: 'BD',
        city: 'Ishwardi',
        postalCode: '6620',
        line1: `Green City, Block ${rng.int(1, 12)}, Rooppur`,
      };
      const dhaka = addressIn(rng, pickPlace(rng, DHAKA));
      const shipping = shape === 'ru_card' ? rooppur : dhaka;
      const billing: Address =
        shape === 'billing'
          ? {
              country,
              city:
                ({ RU: 'Moscow', IR: 'Tehran', BY: 'Minsk' } as Record<string, string>)[country] ?? 'Moscow',
              postalCode: rng.digits(6),
              line1: `ul. ${rng.pick(['Lenina', 'Tverskaya', 'Valiasr', 'Nezavisimosti'])} ${rng.int(1, 120)}`,
            }
          : shipping;
      const cardCountry = shape === 'ru_card' ? country : rng.pick(['AE', 'AE', 'MY']);
      const card = foreignCard(rng, cardCountry);
      const fellBack = shape === 'ru_card' && rng.chance(0.6);
      const attempts: Attempt[] =
        shape === 'ru_card'
          ? [
              cardTry(rng, card, {
                ok: false,
                decline: 'transaction_not_allowed',
                afterMs: firstTry(rng),
                threeDS: 'not_enrolled',
              }),
            ]
          : [cardTry(rng, card, { ok: rng.chance(0.7), decline: 'do_not_honor', afterMs: firstTry(rng) })];
      const ipNet =
        shape === 'ip'
          ? rng.pick(inCountry(country))
          : shape === 'billing'
            ? rng.pick(VPN)
            : rng.pick(BD_MOBILE);
      const lines = pickLines(
        rng,
        within(['phones', 'laptops', 'earbuds', 'smartwatches', 'laptop_accessories'], 3_000, 160_000),
        2,
      );
      const delivery = shipping.city === 'Ishwardi' ? 'outside_dhaka' : 'inside_dhaka';
      return compose(
        rng,
        {
          kind,
          fraud: true,
          at: placedAt(rng, w.window, 'shopper', shape === 'ip' ? (country === 'IR' ? 3.5 : 3) : TZ),
          buyer: {
            email:
              country === 'IR'
                ? `${rng.token(8)}@chmail.ir`
                : `${rng.token(8)}@${rng.pick(['mail.ru', 'yandex.ru'])}`,
            name,
          },
          billing,
          shipping,
          delivery,
          method: 'card',
          lines,
          ip: address(rng, ipNet),
          device: deviceOf(rng),
          locale: 'ru-RU',
        },
        { attempts },
        (p) => {
          const { ship, arrive } = transit(rng, p.delivery, p.at, COURIER_CUTOFF);
          if (fellBack)
            return [
              { type: 'order.updated', afterMs: ship, status: 'shipped', reason: 'payment_changed_to_cod' },
              { type: 'order.updated', afterMs: arrive, status: 'delivered' },
              { type: 'payment.succeeded', afterMs: arrive + rng.int(1, 9) * MINUTE, method: 'cod' },
            ];
          if (!p.attempts.some((x) => x.ok)) return released(rng);
          return chargedBack(rng, p, 0.3).filter((s) => s.type !== 'dispute.created' || rng.chance(0.5));
        },
      );
    }
  }
}
