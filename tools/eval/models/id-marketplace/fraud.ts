import { type Address, type BasketLine, type Card, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accountBuyer, assemble, type Draft } from './build.js';
import { duringFlash, flashSale, inWindow, orderTime } from './calendar.js';
import { CATALOGUE, type Category, cheap, dear, everyday, one, VOUCHERS } from './catalogue.js';
import { ipOf, mobileNetwork, type NetName } from './networks.js';
import {
  type Account,
  BINS,
  cardFrom,
  deviceFor,
  emailFor,
  newAccount,
  personName,
  phone,
} from './people.js';
import { addressIn, type City, minimarket, pickCity, pickCityNamed } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  HOUR,
  type LaterEvent,
  MINUTE,
  otherAttempt,
  type Purchase,
  VA_BANKS,
} from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds, their weights, and how each is planned. */
export const FRAUD = {
  voucher_farm: 22,
  stolen_foreign_card: 15,
  ewallet_takeover: 13,
  paylater_identity: 11,
  cod_refusal: 10,
  fake_buyer_boost: 10,
  topup_fraud: 8,
  card_testing: 7,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

/** A parcel that arrives, then what the victim's bank or wallet does about it. */
function shippedThen(rng: Rng, money: LaterEvent[], digital = false): LaterEvent[] {
  if (digital)
    return [{ type: 'order.updated', afterMs: rng.int(20_000, 2 * MINUTE), status: 'delivered' }, ...money];
  const ship = rng.int(3, 30) * HOUR;
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + rng.int(20, 90) * HOUR, status: 'delivered' },
    ...money,
  ];
}

/** The chargeback trail of a stolen card: an issuer's early warning for some, a dispute for most. */
const cardTrail = (rng: Rng, warn: number, dispute: number): LaterEvent[] => [
  ...(rng.chance(warn)
    ? [{ type: 'fraud_warning.created' as const, afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' }]
    : []),
  ...(rng.chance(dispute)
    ? [{ type: 'dispute.created' as const, afterMs: rng.int(12, 50) * DAY, reason: 'fraudulent' }]
    : []),
];

const unpaid = (rng: Rng): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: HOUR + rng.int(0, HOUR), reason: 'payment_failed' },
];

const paidBy = (attempts: Attempt[]) => attempts.some((a) => a.ok);

const WESTERN_FIRST = [
  'James',
  'Michael',
  'Sarah',
  'Emily',
  'David',
  'Jennifer',
  'Robert',
  'Linda',
  'Wei Ming',
  'Hiroshi',
  'Mei Ling',
  'Ahmad Faiz',
];
const WESTERN_LAST = [
  'Smith',
  'Johnson',
  'Brown',
  'Taylor',
  'Wilson',
  'Miller',
  'Tan',
  'Lim',
  'Wong',
  'Tanaka',
  'Abdullah',
  'Davies',
];
const FOREIGN_PLACES: Readonly<Record<string, { city: string; postal: () => string }>> = {
  US: { city: 'Houston', postal: () => '770' },
  GB: { city: 'Manchester', postal: () => 'M1 ' },
  AU: { city: 'Sydney', postal: () => '20' },
  SG: { city: 'Singapore', postal: () => '4' },
  MY: { city: 'Petaling Jaya', postal: () => '47' },
  HK: { city: 'Kowloon', postal: () => '' },
  JP: { city: 'Osaka', postal: () => '530-' },
};
const HOME_NET: Readonly<Record<string, NetName>> = {
  US: 'us-cable',
  GB: 'gb-fibre',
  AU: 'au-fibre',
  SG: 'sg-fibre',
  MY: 'my-fibre',
  HK: 'hk-fibre',
  JP: 'jp-fibre',
};

/** Drop addresses: a rented room or a friend's house in Jakarta, Batam or Medan that receives the phones. */
const dropCity = (rng: Rng): City =>
  pickCityNamed(rng.pick(['Jakarta Barat', 'Jakarta Utara', 'Batam', 'Medan', 'Tangerang']));

/** A flagship phone or gadget: what stolen cards and stolen identities buy. */
const resaleGadget = (rng: Rng): BasketLine<Category>[] => [
  lineOf(rng.pick([...dear('phones', 5_000_000), ...dear('gadgets', 3_000_000)])),
];

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  const kinds = Object.keys(FRAUD) as FraudKind[];
  for (const kind of kinds) {
    const r = rng.fork(kind);
    out.push(...PLANNERS[kind](r, w, n[kind]));
  }
  return out;
}

type Planner = (rng: Rng, w: World, count: number) => Purchase[];

const PLANNERS: Readonly<Record<FraudKind, Planner>> = {
  /**
   * Account farms at flash sales: fresh accounts opened minutes earlier, new-user and flash vouchers, one or two
   * phones (or an emulator whose device id is reset between accounts), one home connection, the same few
   * addresses written a little differently. Paid by fresh e-wallets or cash on delivery, resold later.
   */
  voucher_farm: (rng, w, count) => {
    const farms = Array.from({ length: Math.max(1, Math.round(count / 12)) }, (_, i) => {
      const f = rng.fork(`farm${i}`);
      const city = pickCity(f, false);
      const base = addressIn(f, city);
      return {
        city,
        addresses: Array.from({ length: f.int(2, 3) }, () => addressIn(f, city)).concat([base]),
        devices: Array.from({ length: f.int(1, 2) }, () => deviceFor(f, 'app')),
        emulator: f.chance(0.5),
        ip: ipOf(f, f.pick(['id-fibre-incumbent', 'id-fibre-b', 'id-mobile-a'] as const)),
        sales: [flashSale(f, w.window), flashSale(f, w.window)],
        target: f.pick([
          ...cheap('phones', 2_000_000),
          ...cheap('gadgets', 200_000),
          ...cheap('household', 80_000),
        ]),
        nick: personName(f).split(' ')[0]?.toLowerCase() ?? 'toko',
      };
    });
    return Array.from({ length: count }, (_, i) => {
      const f = farms[i % farms.length] ?? farms[0];
      if (!f) throw new Error('no farm');
      const at = duringFlash(rng, w.window, rng.pick(f.sales));
      const name = personName(rng);
      const buyer = {
        id: `u${rng.digits(9)}`,
        email: rng.chance(0.5) ? `${f.nick}${rng.digits(4)}@gmail.com` : emailFor(rng, name),
        name,
        createdAt: at - rng.int(2, 45) * MINUTE,
      };
      const addr = rng.pick(f.addresses);
      const shipping = {
        ...addr,
        line1: rng.chance(0.5)
          ? (addr.line1 ?? '').replace('No. ', 'no ')
          : `${addr.line1 ?? ''} (${rng.pick(['samping warung', 'pagar hitam', 'depan masjid', 'titip satpam'])})`,
      };
      const device =
        f.emulator && rng.chance(0.6)
          ? {
              id: `and-${rng.token(16)}`,
              userAgent: `SerbaNusa/5.14.${rng.int(0, 2)} (Android 9; SM-G988N) okhttp/4.12.0`,
            }
          : rng.pick(f.devices);
      const d: Draft = {
        kind: 'voucher_farm',
        fraud: true,
        at,
        buyer,
        billing: shipping,
        shipping,
        lines: [lineOf(f.target, 1)],
        voucher: rng.chance(0.7) ? VOUCHERS.newUser : VOUCHERS.flash,
        ip: rng.chance(0.75) ? f.ip : ipOf(rng, mobileNetwork(rng)),
        device,
      };
      const cod = rng.chance(0.35);
      return assemble(rng, d, () => ({
        attempts: cod
          ? []
          : [otherAttempt(rng.pick(['shopeepay', 'dana', 'gopay'] as const), true, rng.int(8_000, 40_000))],
        cod,
        later: () => {
          if (!cod) return shippedThen(rng, []);
          const ship = rng.int(6, 30) * HOUR;
          const arrive = ship + rng.int(20, 90) * HOUR;
          return [
            { type: 'order.updated', afterMs: ship, status: 'shipped' },
            { type: 'payment.succeeded', afterMs: arrive },
            { type: 'order.updated', afterMs: arrive + MINUTE, status: 'delivered' },
          ];
        },
      }));
    });
  },

  /**
   * Stolen foreign cards buying flagship phones for resale, shipped to drop addresses in Jakarta, Batam or Medan.
   * The better crews use the cardholder's own name and billing address and a residential proxy in the card's
   * country; the others come from Indonesian mobile data or a hosting VPN. Several cards may be tried.
   */
  stolen_foreign_card: (rng, w, count) =>
    Array.from({ length: count }, () => {
      const country = rng.weightedPick<string>([
        ['US', 35],
        ['GB', 15],
        ['AU', 15],
        ['SG', 12],
        ['MY', 10],
        ['JP', 7],
        ['HK', 6],
      ]);
      const place = FOREIGN_PLACES[country] ?? { city: 'Houston', postal: () => '770' };
      const holder = `${rng.pick(WESTERN_FIRST)} ${rng.pick(WESTERN_LAST)}`;
      const skilled = rng.chance(0.4);
      const city = dropCity(rng);
      const at = orderTime(rng, w.window, 7, rng.chance(0.5) ? 'night' : 'normal');
      const fresh = rng.chance(0.6);
      const receiver = skilled ? holder : personName(rng);
      const postal = place.postal();
      const billing: Address = {
        country,
        city: place.city,
        line1: `${rng.int(10, 9800)} ${rng.pick(['Oak St', 'Park Ave', 'High Street', 'Queen St', 'Orchard Rd'])}`,
        ...(postal ? { postalCode: `${postal}${rng.digits(2)}` } : {}),
      };
      const net: NetName = skilled
        ? (HOME_NET[country] ?? 'us-cable')
        : rng.chance(0.6)
          ? mobileNetwork(rng)
          : rng.pick(['sg-hosting', 'nl-hosting'] as const);
      const d: Draft = {
        kind: 'stolen_foreign_card',
        fraud: true,
        at,
        buyer: fresh
          ? {
              id: `u${rng.digits(9)}`,
              email: emailFor(rng, holder),
              name: holder,
              createdAt: at - rng.int(5, 300) * MINUTE,
            }
          : {
              email: emailFor(rng, holder, rng.pick(['gmail.com', 'outlook.com', 'proton.me'])),
              name: holder,
            },
        billing,
        shipping: { ...addressIn(rng, city), ...(skilled ? {} : {}) },
        lines: resaleGadget(rng),
        far: false,
        ip: ipOf(rng, net),
        device: deviceFor(rng, rng.chance(0.5) ? 'desktop' : 'iphone'),
      };
      d.buyer.name = skilled ? holder : rng.chance(0.5) ? holder : receiver;
      return assemble(rng, d, () => {
        const tries = rng.weightedPick([
          [1, 55],
          [2, 25],
          [3, 20],
        ] as const);
        const attempts: Attempt[] = [];
        let t = rng.int(20_000, 90_000);
        for (let k = 0; k < tries; k++) {
          const card = cardFrom(rng, country);
          const last = k === tries - 1;
          const ok = last && rng.chance(skilled ? 0.8 : 0.55);
          attempts.push(
            cardAttempt(rng, card, {
              ok,
              afterMs: t,
              avsOk: skilled,
              ...(ok
                ? { threeDS: rng.chance(0.7) ? 'frictionless' : 'not_enrolled' }
                : {
                    decline: rng.pick([
                      'do_not_honor',
                      'stolen_card',
                      'authentication_failed',
                      'insufficient_funds',
                    ]),
                    threeDS: rng.chance(0.5) ? 'challenge_failed' : 'not_enrolled',
                  }),
            }),
          );
          t = rng.int(40_000, 5 * MINUTE);
        }
        return {
          attempts,
          cod: false,
          later: () => (paidBy(attempts) ? shippedThen(rng, cardTrail(rng, 0.45, 0.8)) : unpaid(rng)),
        };
      });
    }),

  /**
   * E-wallet and account takeover after OTP phishing ("kode verifikasi dari kurir"): an aged account, a new phone
   * and another province's mobile data, the victim's wallet balance or saved card spent on vouchers or a gadget
   * shipped to a new address; the victim reports it days later.
   */
  ewallet_takeover: (rng, w, count) =>
    Array.from({ length: count }, () => {
      const victim: Account = rng.pick(w.accounts);
      const city = pickCity(rng);
      const digital = rng.chance(0.5);
      const at = orderTime(rng, w.window, 7, rng.chance(0.4) ? 'night' : 'normal');
      const d: Draft = {
        kind: 'ewallet_takeover',
        fraud: true,
        at,
        buyer: accountBuyer(victim),
        billing: victim.home,
        shipping: rng.chance(0.25) ? minimarket(rng, city) : { ...addressIn(rng, city) },
        pickup: false,
        lines: digital
          ? [lineOf(rng.pick(CATALOGUE.vouchers.filter((v) => v.price >= 100_000_00)), rng.int(1, 4))]
          : [lineOf(rng.pick([...dear('phones', 1_500_000), ...dear('gadgets', 3_000_000)]))],
        ip: ipOf(rng, mobileNetwork(rng)),
        device: deviceFor(rng, rng.chance(0.6) ? 'app' : 'mweb'),
      };
      if (d.shipping?.line1?.startsWith('Indomaret') || d.shipping?.line1?.startsWith('Alfamart'))
        d.pickup = true;
      const card = victim.card && rng.chance(0.5) ? victim.card : undefined;
      return assemble(rng, d, () => {
        const attempts: Attempt[] = card
          ? [
              cardAttempt(rng, card, {
                ok: true,
                afterMs: rng.int(20_000, 80_000),
                saved: true,
                threeDS: 'challenge_passed',
              }),
            ]
          : [otherAttempt(victim.wallet, true, rng.int(10_000, 40_000))];
        const money: LaterEvent[] = card
          ? cardTrail(rng, 0.3, 0.75)
          : rng.chance(0.45)
            ? [{ type: 'refund.created', afterMs: rng.int(1, 5) * DAY, reason: 'fraudulent' }]
            : [];
        const readdress: LaterEvent[] =
          !digital && rng.chance(0.2)
            ? [
                {
                  type: 'order.updated',
                  afterMs: rng.int(5, 50) * MINUTE,
                  shipping: addressIn(rng, pickCity(rng)),
                  status: 'address_changed',
                },
              ]
            : [];
        return { attempts, cod: false, later: () => [...readdress, ...shippedThen(rng, money, digital)] };
      });
    }),

  /**
   * Pay-later accounts opened with stolen KTP data: the victim's name and registered address as billing, the
   * goods collected at a minimarket or sent to another city, a phone or laptop on Kredivo or Akulaku. A ring's
   * few phones open many such accounts. The provider claws the money back when the real person complains.
   */
  paylater_identity: (rng, w, count) => {
    const ringDevices = Array.from({ length: 2 }, () => deviceFor(rng, 'app'));
    return Array.from({ length: count }, () => {
      const ktpCity = pickCity(rng, true);
      const victimName = personName(rng);
      const city = pickCity(rng, false);
      const at = orderTime(rng, w.window, city.tz);
      const pickup = rng.chance(0.5);
      const shipping = pickup ? minimarket(rng, city) : addressIn(rng, city);
      const d: Draft = {
        kind: 'paylater_identity',
        fraud: true,
        at,
        buyer: {
          id: `u${rng.digits(9)}`,
          email: emailFor(rng, victimName),
          name: victimName,
          createdAt: at - rng.int(30, 5 * 24 * 60) * MINUTE,
        },
        billing: addressIn(rng, ktpCity),
        shipping,
        pickup,
        lines: resaleGadget(rng),
        ip: ipOf(rng, mobileNetwork(rng)),
        device: rng.chance(0.6) ? rng.pick(ringDevices) : deviceFor(rng, 'app'),
      };
      return assemble(rng, d, () => {
        const first = rng.chance(0.5) ? 'kredivo' : 'akulaku';
        const attempts: Attempt[] = rng.chance(0.3)
          ? [
              otherAttempt(first, false, rng.int(60_000, 4 * MINUTE), 'identity_verification_failed'),
              otherAttempt(
                first === 'kredivo' ? 'akulaku' : 'kredivo',
                rng.chance(0.75),
                rng.int(2, 20) * MINUTE,
                'credit_limit_exceeded',
              ),
            ]
          : [otherAttempt(first, true, rng.int(60_000, 5 * MINUTE))];
        const money: LaterEvent[] = rng.chance(0.6)
          ? [{ type: 'dispute.created', afterMs: rng.int(25, 50) * DAY, reason: 'fraudulent' }]
          : [{ type: 'fraud_warning.created', afterMs: rng.int(8, 25) * DAY, reason: 'identity_theft' }];
        return {
          attempts,
          cod: false,
          later: () =>
            paidBy(attempts)
              ? shippedThen(rng, money)
              : [{ type: 'order.cancelled', afterMs: HOUR, reason: 'payment_failed' }],
        };
      });
    });
  },

  /**
   * Cash-on-delivery orders placed to be refused: a competitor or a grudge sends runs of orders from throwaway
   * accounts to made-up recipients; the store pays the courier both ways.
   */
  cod_refusal: (rng, w, count) => {
    const out: Purchase[] = [];
    let run = 0;
    while (out.length < count) {
      const r = rng.fork(`run${run++}`);
      const size = Math.min(count - out.length, r.int(2, 6));
      const city = pickCity(r);
      const start = orderTime(r, w.window, city.tz);
      const device = deviceFor(r, r.chance(0.5) ? 'app' : 'mweb');
      const ip = ipOf(r, mobileNetwork(r));
      for (let k = 0; k < size; k++) {
        const at = inWindow(w.window, start + k * r.int(2, 25) * MINUTE);
        const to = pickCity(r, r.chance(0.6));
        const name = r.chance(0.3) ? r.pick(['Bpk Anto', 'Ibu Susi', 'Mas Bro', 'Kak Rara']) : personName(r);
        const addr = addressIn(r, to);
        const d: Draft = {
          kind: 'cod_refusal',
          fraud: true,
          at,
          buyer: {
            id: `u${r.digits(9)}`,
            email: emailFor(r, name),
            name,
            createdAt: at - r.int(2, 60) * MINUTE,
          },
          billing: addr,
          shipping: addr,
          lines: everyday(r, [
            ['fashion', 40],
            ['household', 30],
            ['gadgets', 30],
          ]),
          far: true,
          ip: r.chance(0.7) ? ip : ipOf(r, mobileNetwork(r)),
          device: r.chance(0.7) ? device : deviceFor(r, 'app'),
        };
        out.push(
          assemble(r, d, () => {
            const ship = r.int(6, 30) * HOUR;
            const arrive = ship + r.int(40, 120) * HOUR;
            return {
              attempts: [],
              cod: true,
              later: () => [
                { type: 'order.updated', afterMs: ship, status: 'shipped' },
                {
                  type: 'order.updated',
                  afterMs: arrive,
                  status: 'delivery_failed',
                  reason: r.pick(['recipient_refused', 'address_not_found', 'recipient_unreachable']),
                },
                { type: 'order.cancelled', afterMs: arrive + r.int(1, 4) * DAY, reason: 'cod_refused' },
              ],
            };
          }),
        );
      }
    }
    return out;
  },

  /**
   * Fake buyers boosting a seller ("jasa naikin rating"): a dozen accounts a few weeks old on two or three phones
   * at one office connection, each buying the same cheap product once and paying at once, parcels sent empty to
   * scattered addresses. Paid, delivered and never disputed: it looks like good business.
   */
  fake_buyer_boost: (rng, w, count) => {
    const city = pickCity(rng, false);
    const ip = ipOf(rng, 'id-fibre-incumbent');
    const devices = Array.from({ length: rng.int(2, 3) }, () => deviceFor(rng, 'app'));
    const accounts = Array.from({ length: Math.max(4, Math.ceil(count / 1.5)) }, () =>
      newAccount(rng, w.window.start - rng.int(5, 40) * DAY, city),
    );
    const products = [rng.pick(cheap('beauty', 120_000)), rng.pick(cheap('fashion', 60_000))].filter(
      (p): p is NonNullable<typeof p> => p !== undefined,
    );
    return Array.from({ length: count }, () => {
      const a = rng.pick(accounts);
      const to = pickCity(rng);
      const d: Draft = {
        kind: 'fake_buyer_boost',
        fraud: true,
        at: orderTime(rng, w.window, city.tz, rng.chance(0.6) ? 'office' : 'normal'),
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: addressIn(rng, to),
        lines: [lineOf(rng.pick(products), 1)],
        ip: rng.chance(0.8) ? ip : ipOf(rng, mobileNetwork(rng)),
        device: rng.pick(devices),
      };
      return assemble(rng, d, () => ({
        attempts: [
          rng.chance(0.5)
            ? otherAttempt('virtual_account', true, rng.int(2, 20) * MINUTE, undefined, rng.pick(VA_BANKS))
            : otherAttempt(a.wallet, true, rng.int(10_000, 40_000)),
        ],
        cod: false,
        later: () => shippedThen(rng, []),
      }));
    });
  },

  /**
   * Top-up and voucher fraud: Indonesian cards phished through fake bank pages (the OTP given away too), spent
   * at night on game vouchers, gift cards and e-wallet balance that resell at once; fresh accounts or guests.
   */
  topup_fraud: (rng, w, count) =>
    Array.from({ length: count }, () => {
      const at = orderTime(rng, w.window, 7, 'night');
      const name = personName(rng);
      const guest = rng.chance(0.4);
      const lines = rng.chance(0.7)
        ? [lineOf(rng.pick(CATALOGUE.vouchers.filter((v) => v.price >= 100_000_00)), rng.int(2, 5))]
        : [lineOf(rng.pick(CATALOGUE.topup.filter((v) => v.price >= 99_000_00)), rng.int(2, 4))];
      const d: Draft = {
        kind: 'topup_fraud',
        fraud: true,
        at,
        buyer: guest
          ? { email: emailFor(rng, name), name }
          : {
              id: `u${rng.digits(9)}`,
              email: emailFor(rng, name),
              name,
              createdAt: at - rng.int(3, 240) * MINUTE,
            },
        billing: addressIn(rng, pickCity(rng)),
        lines,
        ip: ipOf(rng, rng.chance(0.6) ? mobileNetwork(rng) : 'sg-hosting'),
        device: deviceFor(rng, rng.chance(0.5) ? 'mweb' : 'app'),
        ...(lines[0]?.category === 'topup' ? { topupNumber: phone(rng) } : {}),
      };
      return assemble(rng, d, () => {
        const card = cardFrom(rng, 'ID');
        const ok = rng.chance(0.8);
        const attempts = [
          cardAttempt(rng, card, {
            ok,
            afterMs: rng.int(20_000, 90_000),
            ...(ok ? {} : { decline: 'insufficient_funds' }),
          }),
        ];
        return {
          attempts,
          cod: false,
          later: () => (ok ? shippedThen(rng, cardTrail(rng, 0.35, 0.7), true) : unpaid(rng)),
        };
      });
    }),

  /**
   * Card testing: guests buying the cheapest pulsa in night-time runs from hosting addresses, one card after
   * another from a few BINs, most declined; the few that pass are warned about later.
   */
  card_testing: (rng, w, count) => {
    const out: Purchase[] = [];
    let run = 0;
    while (out.length < count) {
      const r = rng.fork(`run${run++}`);
      const size = Math.min(count - out.length, r.int(6, 18));
      const country = r.pick(['ID', 'US', 'GB', 'MY'] as const);
      const bins = Array.from({ length: r.int(1, 2) }, () => r.pick(BINS[country] ?? []));
      const start = orderTime(r, w.window, 7, 'night');
      const ips = Array.from({ length: r.int(1, 3) }, () =>
        ipOf(r, r.pick(['sg-hosting', 'nl-hosting', 'de-hosting'] as const)),
      );
      const device = deviceFor(r, 'desktop');
      let at = start;
      for (let k = 0; k < size; k++) {
        at = inWindow(w.window, at + r.int(25_000, 3 * MINUTE));
        const name = personName(r);
        const card: Card = cardFrom(r, country, r.pick(bins));
        const d: Draft = {
          kind: 'card_testing',
          fraud: true,
          at,
          buyer: { email: `${r.token(8)}@${r.pick(['gmail.com', 'mailinator.com', 'yopmail.com'])}`, name },
          billing: addressIn(r, pickCity(r)),
          lines: one(r.pick(CATALOGUE.topup.filter((x) => x.price <= 26_000_00))),
          ip: r.pick(ips),
          device: r.chance(0.5) ? device : { userAgent: device.userAgent },
          topupNumber: phone(r),
        };
        out.push(
          assemble(r, d, () => {
            const ok = r.chance(0.12);
            const attempts = [
              cardAttempt(r, card, {
                ok,
                afterMs: r.int(3_000, 15_000),
                cvcOk: ok || r.chance(0.5),
                avsOk: false,
                ...(ok
                  ? { threeDS: 'not_enrolled' as const }
                  : {
                      decline: r.pick([
                        'incorrect_cvc',
                        'do_not_honor',
                        'expired_card',
                        'insufficient_funds',
                        'authentication_failed',
                      ]),
                    }),
              }),
            ];
            return {
              attempts,
              cod: false,
              later: () => (ok ? shippedThen(r, cardTrail(r, 0.6, 0.3), true) : unpaid(r)),
            };
          }),
        );
      }
    }
    return out;
  },

  /**
   * Sanctioned jurisdictions trying anyway: Russian residents of Bali with Mir cards and Russian billing,
   * buyers with addresses in occupied Crimea on Russian mobile data, Iranian buyers behind a European VPN (that
   * sometimes drops) shipping to a Batam forwarder, and a Syrian address paying by bank transfer.
   */
  sanctioned_country: (rng, w, count) =>
    Array.from({ length: count }, (_, i) => {
      const variant =
        (['ru_bali', 'ir_forwarder', 'crimea', 'ru_bali', 'sy_transfer', 'ir_forwarder'] as const)[i % 6] ??
        'ru_bali';
      const name =
        variant === 'ru_bali' || variant === 'crimea'
          ? `${rng.pick(['Dmitry', 'Olga', 'Sergey', 'Anastasia', 'Ivan'])} ${rng.pick(['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova'])}`
          : variant === 'ir_forwarder'
            ? `${rng.pick(['Mohammad', 'Reza', 'Fatemeh', 'Ali'])} ${rng.pick(['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei'])}`
            : `${rng.pick(['Omar', 'Rami', 'Lina'])} ${rng.pick(['Haddad', 'Khoury', 'Al-Masri'])}`;
      const billing: Address =
        variant === 'ru_bali'
          ? {
              country: 'RU',
              city: 'Moscow',
              postalCode: `1${rng.digits(5)}`,
              line1: `ul. Tverskaya ${rng.int(1, 30)}`,
            }
          : variant === 'crimea'
            ? {
                country: 'UA',
                city: rng.pick(['Simferopol', 'Sevastopol']),
                postalCode: `29${rng.digits(4)}`,
                line1: `ul. Lenina ${rng.int(1, 80)}`,
              }
            : variant === 'ir_forwarder'
              ? {
                  country: 'IR',
                  city: 'Tehran',
                  postalCode: rng.digits(10),
                  line1: `Valiasr St ${rng.int(1, 900)}`,
                }
              : { country: 'SY', city: 'Damascus', line1: `Al-Mazzeh ${rng.int(1, 60)}` };
      const bali = pickCityNamed('Denpasar');
      const shipping: Address =
        variant === 'ru_bali'
          ? {
              ...addressIn(rng, bali),
              line1: `Villa ${rng.pick(['Canggu Breeze', 'Berawa Sunset', 'Ubud Green'])}`,
            }
          : variant === 'ir_forwarder'
            ? {
                ...addressIn(rng, pickCityNamed('Batam')),
                line1: `Komplek Pergudangan Batamindo Blok B${rng.int(1, 9)} (PT Kargo Lintas Samudra, kode IR-${rng.digits(4)})`,
              }
            : addressIn(rng, pickCityNamed(rng.pick(['Jakarta Selatan', 'Jakarta Barat'])));
      const net: NetName =
        variant === 'ru_bali'
          ? rng.chance(0.6)
            ? mobileNetwork(rng)
            : 'ru-fixed'
          : variant === 'crimea'
            ? 'ru-mobile'
            : variant === 'ir_forwarder'
              ? rng.chance(0.35)
                ? 'ir-mobile'
                : rng.pick(['nl-hosting', 'de-hosting'] as const)
              : 'sy-fixed';
      const at = orderTime(rng, w.window, variant === 'ru_bali' ? 8 : 3);
      const d: Draft = {
        kind: 'sanctioned_country',
        fraud: true,
        at,
        buyer: {
          id: `u${rng.digits(9)}`,
          email: emailFor(rng, name, rng.pick(['gmail.com', 'mail.ru', 'yandex.ru', 'proton.me'])),
          name,
          createdAt: at - rng.int(10, 60 * 24 * 20) * MINUTE,
        },
        billing,
        shipping,
        lines: rng.chance(0.6)
          ? resaleGadget(rng)
          : everyday(rng, [
              ['gadgets', 50],
              ['fashion', 30],
              ['beauty', 20],
            ]),
        ip: ipOf(rng, net),
        device: deviceFor(rng, rng.chance(0.5) ? 'iphone' : 'desktop'),
      };
      return assemble(rng, d, () => {
        let attempts: Attempt[];
        if (variant === 'ru_bali' || variant === 'crimea') {
          const mir = cardFrom(rng, 'RU');
          attempts = [
            cardAttempt(rng, mir, {
              ok: false,
              afterMs: rng.int(20_000, 60_000),
              decline: 'card_not_supported',
              threeDS: 'not_enrolled',
            }),
          ];
          if (rng.chance(0.6))
            attempts.push(
              otherAttempt(
                'virtual_account',
                rng.chance(0.7),
                rng.int(1, 6) * HOUR,
                'payment_expired',
                'BNI',
              ),
            );
        } else if (variant === 'ir_forwarder') {
          attempts = [
            cardAttempt(rng, cardFrom(rng, 'MY'), {
              ok: rng.chance(0.6),
              afterMs: rng.int(20_000, 60_000),
              decline: 'do_not_honor',
            }),
          ];
        } else
          attempts = [
            otherAttempt('virtual_account', rng.chance(0.5), rng.int(2, 20) * HOUR, 'payment_expired', 'BRI'),
          ];
        return { attempts, cod: false, later: () => (paidBy(attempts) ? shippedThen(rng, []) : unpaid(rng)) };
      });
    }),
};
