import { accountBuyer, type Address, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './honest.js';
import { address, HOSTING, homeIp } from './networks.js';
import {
  type Attempt,
  cardAttempt,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
  seasonTime,
} from './purchase.js';
import {
  anyUserAgent,
  binsOf,
  basket,
  CATALOGUE,
  type Category,
  type Currency,
  type Delivery,
  emailOf,
  homeAddress,
  lineIn,
  locker,
  market,
  newCard,
  newDevice,
  personName,
} from './world.js';

/** The fraud an amber shop shipping from Palanga really sees, by the names the shop gives it. */

export const FRAUD = {
  card_testing: 18,
  stolen_card: 20,
  parcel_locker_mule: 12,
  account_takeover: 10,
  triangulation: 8,
  friendly_fraud: 10,
  refund_abuse: 8,
  fake_reseller_invoice: 4,
  sanctioned_country: 10,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

const THROWAWAY = ['proton.me', 'tutanota.com', 'mail.com', 'gmx.com', 'outlook.com'];
const pick = (rng: Rng, cats: Category[]) => rng.pick(CATALOGUE[rng.pick(cats)]);
const hostingIp = (rng: Rng) => address(rng, rng.pick(HOSTING), false);
const fraudDisputeLater = (rng: Rng): LaterEvent[] => [
  ...(rng.chance(0.5) ? [{ type: 'fraud_warning.created' as const, afterMs: rng.int(2, 12) * DAY }] : []),
  { type: 'dispute.created', afterMs: rng.int(15, 60) * DAY, reason: 'fraudulent' },
];
const shippedLater = (rng: Rng, post = false): LaterEvent[] => [
  { type: 'order.updated', afterMs: rng.int(16, 50) * HOUR, status: 'shipped' },
  {
    type: 'order.updated',
    afterMs: (post ? rng.int(5, 10) * DAY : rng.int(2, 4) * DAY) + 50 * HOUR,
    status: 'delivered',
  },
];

interface Base {
  at: number;
  country: string;
  currency: Currency;
  lines: ReturnType<typeof lineIn>[];
  delivery: Delivery;
}

/** Stolen-card checkout tries: a decline or two, then often a card that goes through (3-D Secure bypassed or not enrolled). */
function stolenTries(rng: Rng, country: string, amount: number, okShare: number): Attempt[] {
  const out: Attempt[] = [];
  const tries = rng.int(1, 3);
  for (let i = 0; i < tries; i++) {
    const card = newCard(rng, country);
    const ok = i === tries - 1 && rng.chance(okShare);
    out.push(
      cardAttempt(rng, card, amount, {
        ok,
        afterMs: i === 0 ? rng.int(20_000, 70_000) : retryGap(rng),
        ...(ok
          ? {}
          : { decline: rng.pick(['authentication_failed', 'stolen_card', 'do_not_honor', 'incorrect_cvc']) }),
        avs:
          card.country === 'GB' || card.country === 'US'
            ? rng.chance(0.4)
              ? 'pass'
              : 'fail'
            : 'unavailable',
      }),
    );
  }
  return out;
}

function guestPurchase(
  rng: Rng,
  kind: FraudKind,
  b: Base,
  o: {
    billing: Address;
    shipping?: Address;
    ip: string;
    name: string;
    email: string;
    attempts: Attempt[];
    later: LaterEvent[];
    deviceId?: string;
  },
): Purchase {
  const bk = basket(b.lines, b.currency, b.delivery);
  const paid = o.attempts.some((a) => a.ok);
  return {
    at: b.at,
    fraud: true,
    kind,
    basket: bk,
    billing: o.billing,
    attempts: o.attempts,
    later: paid
      ? o.later
      : [{ type: 'order.cancelled', afterMs: rng.int(60, 120) * MINUTE, reason: 'payment_failed' }],
    buyer: { email: o.email, name: o.name },
    ...(o.shipping ? { shipping: o.shipping } : {}),
    delivery: b.delivery,
    ip: o.ip,
    device: { userAgent: anyUserAgent(rng), ...(o.deviceId ? { id: o.deviceId } : {}) },
    locale: market(b.country === 'RU' || b.country === 'BY' ? 'LT' : b.country).locale,
  };
}

function planOne(
  rng: Rng,
  w: World,
  kind: FraudKind,
  i: number,
  burst: { at: number; bin: string; country: string },
): Purchase {
  switch (kind) {
    case 'card_testing': {
      // Bursts of cheap souvenirs and earrings on cards from one BIN, from hosting exits, a minute or two apart.
      const card = newCard(rng, burst.country, burst.bin);
      const ok = rng.chance(0.15);
      const name = personName(rng, 'LT');
      const b: Base = {
        at: burst.at + i * rng.int(30_000, 150_000),
        country: 'LT',
        currency: 'EUR',
        lines: [lineIn(rng.pick([...CATALOGUE.souvenir, ...CATALOGUE.earrings.slice(0, 1)]), 'EUR')],
        delivery: 'omniva_locker',
      };
      return guestPurchase(rng, kind, b, {
        billing: homeAddress(rng, 'LT'),
        shipping: locker(rng),
        ip: hostingIp(rng),
        name,
        email: `${rng.token(9)}@${rng.pick(THROWAWAY)}`,
        attempts: [
          cardAttempt(rng, card, 600, {
            ok,
            afterMs: rng.int(3_000, 12_000),
            ...(ok
              ? {}
              : {
                  decline: rng.pick(['do_not_honor', 'expired_card', 'incorrect_cvc', 'insufficient_funds']),
                }),
          }),
        ],
        later: [],
      });
    }
    case 'stolen_card': {
      const country = rng.weightedPick<string>([
        ['DE', 3],
        ['GB', 2],
        ['US', 3],
        ['SE', 1],
        ['NO', 1],
      ]);
      const currency = market(country).currency;
      const lines = [lineIn(pick(rng, ['necklace', 'collector', 'ring', 'art']), currency)];
      const b: Base = {
        at: seasonTime(rng, w.window, 3, 0, 24),
        country,
        currency,
        lines,
        delivery: rng.chance(0.6) ? 'omniva_locker' : 'tracked_post',
      };
      const name = personName(rng, country);
      const amount = basket(lines, currency, b.delivery).amount;
      return guestPurchase(rng, kind, b, {
        billing: homeAddress(rng, country),
        shipping:
          b.delivery === 'tracked_post' ? homeAddress(rng, rng.pick(['PL', 'LV', 'DE'])) : locker(rng),
        ip: rng.chance(0.6) ? hostingIp(rng) : homeIp(rng, rng.pick(['LT', 'PL', 'LV']), true),
        name,
        email: emailOf(rng, name, 'XX'),
        attempts: stolenTries(rng, country, amount, 0.6),
        later: [...shippedLater(rng), ...fraudDisputeLater(rng)],
        deviceId: newDevice(rng).id,
      });
    }
    case 'parcel_locker_mule': {
      // Foreign stolen cards, parcels to the same few Vilnius and Kaunas lockers, checkouts from a Lithuanian phone.
      const country = rng.weightedPick<string>([
        ['DE', 3],
        ['GB', 2],
        ['NO', 1],
        ['US', 2],
      ]);
      const currency: Currency = 'EUR';
      const lines = [lineIn(pick(rng, ['necklace', 'bracelet', 'ring']), currency, rng.int(1, 3))];
      const b: Base = {
        at: seasonTime(rng, w.window, 3, 10, 24),
        country: 'LT',
        currency,
        lines,
        delivery: 'omniva_locker',
      };
      const amount = basket(lines, currency, b.delivery).amount;
      const mule = rng.fork(`mule${i % 3}`);
      return guestPurchase(rng, kind, b, {
        billing: homeAddress(rng, country),
        shipping: locker(mule, mule.pick(['Vilnius', 'Kaunas'])),
        ip: homeIp(rng, 'LT', true),
        name: personName(mule, 'LT'),
        email: `${rng.token(7)}${rng.int(10, 99)}@gmail.com`,
        attempts: stolenTries(rng, country, amount, 0.7),
        later: [...shippedLater(rng), ...fraudDisputeLater(rng)],
        deviceId: `dv_${mule.token(20)}`,
      });
    }
    case 'triangulation': {
      // A marketplace listing of "genuine Baltic amber" paid with a stolen card, shipped to the real marketplace buyer.
      const cardCountry = rng.pick(['US', 'GB', 'DE']);
      const shipCountry = rng.pick(['US', 'DE', 'GB', 'PL']);
      const currency = market(shipCountry).currency;
      const lines = [lineIn(pick(rng, ['necklace', 'teething', 'bracelet']), currency)];
      const b: Base = {
        at: seasonTime(rng, w.window, -5, 0, 24),
        country: shipCountry,
        currency,
        lines,
        delivery: 'tracked_post',
      };
      const amount = basket(lines, currency, b.delivery).amount;
      return guestPurchase(rng, kind, b, {
        billing: homeAddress(rng, cardCountry),
        shipping: homeAddress(rng, shipCountry),
        ip: rng.chance(0.7) ? hostingIp(rng) : homeIp(rng, 'US'),
        name: personName(rng, cardCountry),
        email: `${rng.token(8)}@${rng.pick(THROWAWAY)}`,
        attempts: stolenTries(rng, cardCountry, amount, 0.75),
        later: [...shippedLater(rng, true), ...fraudDisputeLater(rng)],
        deviceId: newDevice(rng).id,
      });
    }
    case 'account_takeover': {
      // An aged account logged into from elsewhere, saved card, expensive pieces to a new parcel locker.
      const aged = w.accounts.filter((a) => a.createdAt < w.window.start - 60 * DAY);
      const a = rng.pick(aged.length > 0 ? aged : w.accounts);
      const currency = market(a.country).currency;
      const lines = [lineIn(pick(rng, ['collector', 'necklace', 'ring']), currency)];
      const delivery: Delivery = 'lp_express_locker';
      const bk = basket(lines, currency, delivery);
      const card = rng.pick(a.cards);
      const ok = rng.chance(0.8);
      const later: LaterEvent[] = ok
        ? [...shippedLater(rng), ...fraudDisputeLater(rng)]
        : [{ type: 'order.cancelled', afterMs: 90 * MINUTE, reason: 'payment_failed' }];
      return {
        at: seasonTime(rng, w.window, 3, 0, 24),
        fraud: true,
        kind,
        basket: bk,
        billing: { ...a.home },
        attempts: [
          cardAttempt(rng, card, bk.amount, {
            ok,
            saved: true,
            afterMs: rng.int(10_000, 40_000),
            ...(ok ? { threeDS: 'exempt' as const } : { decline: 'authentication_failed' }),
          }),
        ],
        later,
        buyer: accountBuyer(a),
        shipping: locker(rng),
        delivery,
        ip: rng.chance(0.7) ? hostingIp(rng) : homeIp(rng, 'LT', true),
        device: newDevice(rng),
        locale: market(a.country).locale,
      };
    }
    case 'friendly_fraud':
    case 'refund_abuse': {
      // Real customers: the necklace "never arrived" (a dispute), or the amber "is plastic" / "broke" (a refund).
      const a = rng.pick(w.accounts.filter((x) => x.country !== 'US') ?? w.accounts);
      const currency = market(a.country).currency;
      const lines = [
        lineIn(
          pick(
            rng,
            kind === 'refund_abuse'
              ? ['necklace', 'teething', 'bracelet', 'ring']
              : ['necklace', 'collector', 'art', 'ring'],
          ),
          currency,
        ),
      ];
      const delivery: Delivery = a.country === 'LT' ? 'omniva_locker' : 'tracked_post';
      const bk = basket(lines, currency, delivery);
      const method = rng.pick(['mokejimo_kortele', 'apple_pay', 'paypal'] as const);
      const card = rng.pick(a.cards);
      const attempt: Attempt =
        method === 'paypal'
          ? other('paypal', true, rng.int(20_000, 60_000))
          : cardAttempt(rng, card, bk.amount, { method, ok: true, afterMs: rng.int(20_000, 60_000) });
      const end: LaterEvent =
        kind === 'friendly_fraud'
          ? {
              type: 'dispute.created',
              afterMs: rng.int(20, 55) * DAY,
              reason: rng.pick(['product_not_received', 'not_as_described']),
            }
          : {
              type: 'refund.created',
              afterMs: rng.int(8, 20) * DAY,
              reason: rng.pick(['not_genuine_amber', 'item_broken', 'not_as_described']),
              amount: bk.amount,
            };
      return {
        at: seasonTime(rng, w.window, market(a.country).tz, 8, 23.5),
        fraud: true,
        kind,
        basket: bk,
        billing: { ...a.home },
        attempts: [attempt],
        later: [...shippedLater(rng, delivery === 'tracked_post'), end],
        buyer: accountBuyer(a),
        shipping: a.country === 'LT' ? locker(rng, a.home.city) : { ...a.home },
        delivery,
        ip: homeIp(rng, a.country, rng.chance(a.mobileShare)),
        device: rng.pick(a.devices),
        locale: market(a.country).locale,
      };
    }
    case 'fake_reseller_invoice': {
      // A "gift shop" opened days ago asks for wholesale on invoice terms; the goods go, the invoice never is paid.
      const country = rng.pick(['PL', 'DE', 'LT']);
      const name = personName(rng, country);
      const lines = Array.from({ length: rng.int(3, 5) }, () =>
        lineIn(pick(rng, ['necklace', 'bracelet', 'ring']), 'EUR', rng.int(15, 50)),
      );
      const bk = basket(lines, 'EUR', 'dpd_courier');
      const at = seasonTime(rng, w.window, market(country).tz, 8, 18);
      const ship = homeAddress(rng, country);
      return {
        at,
        fraud: true,
        kind,
        basket: bk,
        billing: homeAddress(rng, country),
        attempts: [],
        later: [
          { type: 'order.updated', afterMs: rng.int(20, 50) * HOUR, status: 'shipped' },
          { type: 'order.updated', afterMs: rng.int(3, 5) * DAY, status: 'delivered' },
          { type: 'payment.failed', afterMs: rng.int(15, 30) * DAY, reason: 'invoice_overdue' },
          { type: 'order.updated', afterMs: rng.int(45, 60) * DAY, status: 'sent_to_debt_collection' },
        ],
        buyer: {
          id: `kl_${900_000 + rng.int(0, 99_999)}`,
          email: emailOf(rng, name, 'XX'),
          name,
          createdAt: at - rng.int(1, 6) * DAY,
        },
        shipping: ship,
        delivery: 'dpd_courier',
        ip: rng.chance(0.5) ? hostingIp(rng) : homeIp(rng, country, true),
        device: newDevice(rng),
        locale: market(country).locale,
        company: {
          name: `${rng.pick(['Amber', 'Baltic', 'Bursztyn'])} ${rng.pick(['Trade', 'Gifts', 'Handel'])} ${rng.token(3).toUpperCase()}`,
          vatId: `${country}${rng.digits(9)}`,
        },
        settleBy: 'saskaita_faktura',
      };
    }
    case 'sanctioned_country': {
      const variant = rng.weightedPick<string>([
        ['kaliningrad_locker', 4],
        ['minsk_card', 3],
        ['ship_to_russia', 2],
        ['ship_to_belarus', 2],
      ]);
      const from = variant === 'minsk_card' || variant === 'ship_to_belarus' ? 'BY' : 'RU';
      const lines = [lineIn(pick(rng, ['necklace', 'collector', 'art', 'bracelet']), 'EUR', rng.int(1, 2))];
      const name = rng.pick([
        'Ivan Petrov',
        'Olga Smirnova',
        'Aliaksandr Kavalenka',
        'Natallia Ivanova',
        'Dmitry Sokolov',
      ]);
      const delivery: Delivery = variant.startsWith('ship_to') ? 'tracked_post' : 'omniva_locker';
      const b: Base = {
        at: seasonTime(rng, w.window, 3, 8, 24),
        country: from,
        currency: 'EUR',
        lines,
        delivery,
      };
      const amount = basket(lines, 'EUR', delivery).amount;
      const cardCountry = variant === 'minsk_card' ? 'BY' : rng.pick(['KZ', 'AM']);
      const card = newCard(rng, cardCountry);
      const ok = rng.chance(0.35);
      const foreignHome: Address =
        from === 'RU'
          ? {
              country: 'RU',
              postalCode: rng.pick(['236006', '236010', '238420']),
              city: rng.pick(['Kaliningrad', 'Sovetsk', 'Bagrationovsk']),
              line1: `ul. Lenina ${rng.int(1, 90)}`,
            }
          : {
              country: 'BY',
              postalCode: rng.pick(['220030', '230025']),
              city: rng.pick(['Minsk', 'Grodno']),
              line1: `vul. Niezalezhnasci ${rng.int(1, 90)}`,
            };
      const attempt =
        rng.chance(0.3) && variant !== 'minsk_card'
          ? other('paypal', ok, rng.int(20_000, 60_000), 'payment_declined')
          : cardAttempt(rng, card, amount, {
              ok,
              afterMs: rng.int(20_000, 60_000),
              ...(ok ? {} : { decline: 'do_not_honor' }),
            });
      return guestPurchase(rng, kind, b, {
        billing: variant === 'kaliningrad_locker' && rng.chance(0.4) ? homeAddress(rng, 'LT') : foreignHome,
        shipping: delivery === 'omniva_locker' ? locker(rng, rng.pick(['Klaipėda', 'Vilnius'])) : foreignHome,
        ip: homeIp(rng, from, rng.chance(0.4)),
        name,
        email: `${rng.token(8)}@${rng.pick(['mail.ru', 'yandex.ru', 'tut.by', 'gmail.com'])}`,
        attempts: [attempt],
        later: shippedLater(rng, delivery === 'tracked_post'),
        deviceId: newDevice(rng).id,
      });
    }
  }
}

/** Fraud allocated exactly across its kinds; card testing and mule orders come in runs. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const want = allocate(count);
  const out: Purchase[] = [];
  for (const kind of Object.keys(FRAUD) as FraudKind[]) {
    const r = rng.fork(kind);
    const n = want[kind];
    const runs = kind === 'card_testing' ? Math.max(1, Math.ceil(n / 12)) : 1;
    const bursts = Array.from({ length: runs }, () => {
      const country = r.pick(['US', 'GB', 'DE', 'PL']);
      return { at: seasonTime(r, w.window, 3, 0, 6), country, bin: r.pick(binsOf(country)) };
    });
    for (let i = 0; i < n; i++) {
      const burst = bursts[i % runs] as (typeof bursts)[number];
      out.push(planOne(r.fork(`p${i}`), w, kind, Math.floor(i / runs), burst));
    }
  }
  return out;
}
