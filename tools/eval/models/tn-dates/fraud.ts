import { allocateKinds } from '../kit/stream.js';
import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { basketOf, householdPicks, type Sku } from './catalogue.js';
import { type Draft, ordinaryLater, purchaseOf, signedIn, type World } from './draft.js';
import { address, hostingIp, ipIn, network } from './networks.js';
import { binsOf, newCard, newDevice } from './people.js';
import { addressIn, emailOf, type Market, personName, phoneIn } from './places.js';
import {
  type Attempt,
  cardTry,
  DAY,
  type Decline,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  paidBy,
  type Purchase,
  retryGap,
} from './purchase.js';

/** The fraud this shop sees, with its weights; `allocate` splits a seed's fraud count across them exactly. */
export const FRAUD = {
  cod_refusal: 24,
  stolen_card: 18,
  card_testing: 14,
  account_takeover: 10,
  friendly_fraud: 10,
  triangulation: 8,
  promo_abuse: 7,
  refund_abuse: 5,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const EU: ReadonlyArray<readonly [Market, number]> = [
  ['FR', 70],
  ['BE', 12],
  ['DE', 10],
  ['IT', 8],
];

const disposable = (rng: Rng): string =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 3))}@${rng.pick(['yopmail.com', 'gmail.com', 'proton.me', 'outlook.com'])}`;

/** A card that works until the holder notices: then an early warning, a fraud dispute weeks later. */
function chargebackOf(rng: Rng, paid: boolean, warn = 0.5): LaterEvent[] {
  if (!paid) return [];
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(3, 14) * DAY,
      reason: rng.pick(['made_with_stolen_card', 'unauthorized_use_of_card']),
    });
  if (rng.chance(0.85))
    out.push({ type: 'dispute.created', afterMs: rng.int(18, 55) * DAY, reason: 'fraudulent' });
  return out;
}

/** Stolen-card attempts: 3-D Secure stops many; low amounts pass as exempt, a phished code passes the challenge. */
function stolenAttempts(
  rng: Rng,
  country: string,
  amount: number,
  currency: string,
  cards = rng.int(1, 3),
): Attempt[] {
  const out: Attempt[] = [];
  let afterMs = firstAuth(rng);
  for (let i = 0; i < cards; i++) {
    const card = newCard(rng, country);
    const ok = rng.chance(0.45);
    if (ok) {
      out.push(
        cardTry(rng, card, amount, currency, {
          ok,
          afterMs,
          threeDS: rng.pick(['frictionless', 'challenge_passed', amount < 3_000 ? 'exempt' : 'frictionless']),
        }),
      );
      return out;
    }
    const decline = rng.weightedPick<Decline>([
      ['authentication_failed', 5],
      ['stolen_card', 2],
      ['insufficient_funds', 2],
      ['do_not_honor', 2],
      ['incorrect_cvc', 1],
    ]);
    out.push(cardTry(rng, card, amount, currency, { ok: false, decline, afterMs }));
    afterMs = rng.int(20_000, 3 * MINUTE);
  }
  return out;
}

const unpaidOrLater = (rng: Rng, d: Draft, later: LaterEvent[]): LaterEvent[] =>
  paidBy(d.attempts)
    ? [...ordinaryLater(rng, { ...d }, 0).filter((l) => l.type === 'order.updated'), ...later]
    : ordinaryLater(rng, d);

interface Shared {
  country: Market;
  bins: ReadonlyArray<readonly [string, string]>;
  ip: string;
  device: Draft['device'];
}

function one(rng: Rng, w: World, kind: FraudKind, at?: number, shared?: Shared): Purchase {
  const win = w.window;
  const base = { kind, fraud: true } as const;
  switch (kind) {
    case 'cod_refusal': {
      // A fake or prank cash-on-delivery order (a rival, a grudge, a joker with a friend's address): refused at the door.
      const name = personName(rng, 'TN', true);
      const home = addressIn(rng, 'TN');
      const basket = basketOf(
        'TND',
        rng.chance(0.5)
          ? [
              ['carton10', rng.int(1, 3)],
              ['oil5', rng.int(1, 3)],
            ]
          : householdPicks(rng, 'big'),
        'TN',
      );
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, 'fasting'),
        basket,
        buyer: { email: rng.chance(0.5) ? disposable(rng) : emailOf(rng, name, 'TN'), name },
        billing: home,
        shipping: home,
        ip: ipIn(rng, 'TN', rng.chance(0.85)),
        device: shared?.device ?? newDevice(rng, 'TN'),
        locale: 'fr-TN',
        phone: phoneIn(rng, 'TN'),
        method: 'paiement_a_la_livraison',
        attempts: [],
      };
      const ship = rng.int(10, 40) * HOUR;
      const arrive = ship + rng.int(20, 70) * HOUR;
      return purchaseOf(rng, d, [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        {
          type: 'order.updated',
          afterMs: arrive,
          status: 'delivery_failed',
          reason: rng.pick(['refused_at_door', 'unreachable', 'wrong_address']),
        },
        { type: 'order.cancelled', afterMs: arrive + rng.int(2, 6) * DAY, reason: 'returned_to_sender' },
      ]);
    }
    case 'stolen_card': {
      // Phished French and Belgian cards: resold boxes and oil to a drop in France, or straight home to Tunisia.
      const country = rng.weightedPick(EU);
      const holder = personName(rng, country, rng.chance(0.2));
      const home = rng.chance(0.45);
      const ship = home ? addressIn(rng, 'TN') : addressIn(rng, country);
      const picks: Array<[Sku, number]> = [
        [rng.pick<Sku>(['boxPrestige', 'boxEid', 'oil5', 'honeyEuca', 'carton5']), rng.int(1, 3)],
        [rng.pick<Sku>(['stuffed', 'honeyThyme', 'oil3']), rng.int(1, 2)],
      ];
      const basket = basketOf('EUR', picks, ship.country);
      const recipient = personName(rng, ship.country as Market, true);
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, rng.chance(0.4) ? 'night' : 'daytime', true),
        basket,
        buyer: {
          email: rng.chance(0.6) ? disposable(rng) : emailOf(rng, recipient, ship.country as Market),
          name: holder,
        },
        billing: addressIn(rng, country),
        shipping: ship,
        ip: home ? ipIn(rng, 'TN', true) : rng.chance(0.5) ? hostingIp(rng) : ipIn(rng, country, true),
        device: newDevice(rng, home ? 'TN' : country, 0.6),
        locale: 'fr-FR',
        phone: phoneIn(rng, ship.country as Market),
        method: 'carte_bancaire',
        attempts: [],
      };
      d.attempts = stolenAttempts(rng, country, basket.amount, 'EUR');
      return purchaseOf(rng, d, unpaidOrLater(rng, d, chargebackOf(rng, paidBy(d.attempts))));
    }
    case 'card_testing': {
      // Checking cards bought in bulk on the cheapest jar, as guests from hosting networks, one BIN range at a time.
      const bin = rng.pick(shared?.bins ?? binsOf('FR'));
      const country = shared?.country ?? 'FR';
      const name = personName(rng, 'FR', false);
      const home = addressIn(rng, 'FR');
      const basket = basketOf('EUR', [[rng.pick<Sku>(['harissa', 'rose', 'zhar']), 1]], 'FR');
      const card = newCard(rng, country, bin);
      const ok = rng.chance(0.18);
      const decline = rng.weightedPick<Decline>([
        ['do_not_honor', 4],
        ['incorrect_cvc', 3],
        ['stolen_card', 2],
        ['expired_card', 2],
        ['insufficient_funds', 2],
        ['authentication_failed', 3],
      ]);
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, 'night', true),
        basket,
        buyer: { email: disposable(rng), name },
        billing: home,
        shipping: home,
        ip: shared?.ip && rng.chance(0.5) ? shared.ip : hostingIp(rng),
        device: shared?.device ?? newDevice(rng, 'FR', 0.3),
        locale: 'fr-FR',
        phone: phoneIn(rng, 'FR'),
        method: 'carte_bancaire',
        attempts: [
          cardTry(
            rng,
            card,
            basket.amount,
            'EUR',
            ok
              ? { ok, afterMs: rng.int(4_000, 20_000), threeDS: 'exempt' }
              : { ok, decline, afterMs: rng.int(4_000, 20_000) },
          ),
        ],
      };
      const later: LaterEvent[] = ok
        ? [
            { type: 'order.cancelled', afterMs: rng.int(8, 30) * HOUR, reason: 'fraud_suspected' },
            { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'fraudulent' },
          ]
        : [{ type: 'order.cancelled', afterMs: rng.int(45, 90) * MINUTE, reason: 'payment_failed' }];
      return purchaseOf(rng, d, later);
    }
    case 'account_takeover': {
      // A diaspora account's password reused elsewhere: saved card, new device, gift boxes to a new address.
      const acc = rng.pick(w.accounts.filter((a) => a.country !== 'TN' && a.cards.length > 0));
      const ship = rng.chance(0.5) ? addressIn(rng, 'TN') : addressIn(rng, acc.country);
      const basket = basketOf(
        'EUR',
        [
          ['boxPrestige', rng.int(1, 4)],
          [rng.pick<Sku>(['oil5', 'honeyEuca', 'boxEid']), rng.int(1, 3)],
        ],
        ship.country,
      );
      const card = acc.cards[0] ?? newCard(rng, acc.country);
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, 'daytime', true),
        basket,
        buyer: signedIn(acc),
        billing: acc.home,
        shipping: ship,
        ip: rng.chance(0.5) ? hostingIp(rng) : ipIn(rng, ship.country === 'TN' ? 'TN' : acc.country, true),
        device: newDevice(rng, 'TN'),
        locale: acc.locale,
        phone: phoneIn(rng, ship.country as Market),
        method: 'carte_bancaire',
        attempts: [
          cardTry(
            rng,
            card,
            basket.amount,
            'EUR',
            rng.chance(0.75)
              ? { ok: true, afterMs: firstAuth(rng), saved: true, threeDS: 'frictionless' }
              : { ok: false, decline: 'authentication_failed', afterMs: firstAuth(rng), saved: true },
          ),
        ],
      };
      return purchaseOf(rng, d, unpaidOrLater(rng, d, chargebackOf(rng, paidBy(d.attempts), 0.2)));
    }
    case 'friendly_fraud': {
      // Paid from Europe for the family in Tunisia, delivered, then "never received" (or "not as described") with the bank.
      const acc = rng.pick(w.accounts.filter((a) => a.country !== 'TN' && a.cards.length > 0));
      const parents = addressIn(rng, 'TN');
      const basket = basketOf(
        'EUR',
        [
          [rng.pick<Sku>(['carton5', 'carton10', 'boxEid']), rng.int(1, 2)],
          [rng.pick<Sku>(['oil5', 'honeyThyme', 'boxPrestige']), 1],
        ],
        'TN',
      );
      const card = acc.cards[0] ?? newCard(rng, acc.country);
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, 'fasting', true),
        basket,
        buyer: signedIn(acc),
        billing: acc.home,
        shipping: rng.chance(0.8) ? parents : acc.home,
        ip: rng.chance(0.8) ? acc.homeIp : ipIn(rng, acc.country, true),
        device: rng.pick(acc.devices),
        locale: acc.locale,
        phone: phoneIn(rng, 'TN'),
        method: 'carte_bancaire',
        attempts: [
          cardTry(rng, card, basket.amount, 'EUR', { ok: true, afterMs: firstAuth(rng), saved: true }),
        ],
      };
      const ship = rng.int(12, 40) * HOUR;
      const delivered = ship + rng.int(24, 72) * HOUR;
      return purchaseOf(rng, d, [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: delivered, status: 'delivered' },
        {
          type: 'dispute.created',
          afterMs: delivered + rng.int(15, 50) * DAY,
          reason: rng.weightedPick([
            ['product_not_received', 6],
            ['product_unacceptable', 2],
            ['unrecognized', 1],
          ]),
        },
      ]);
    }
    case 'triangulation': {
      // A "Deglet Nour 5 kg, 25 €" listing on a classifieds site: the real buyer's address, someone else's card.
      const country = rng.weightedPick(EU);
      const buyerName = personName(rng, country, rng.chance(0.6));
      const ship = addressIn(rng, country);
      const basket = basketOf(
        'EUR',
        [[rng.pick<Sku>(['carton5', 'carton10', 'oil5']), rng.int(1, 2)]],
        country,
      );
      const cardCountry = rng.weightedPick(EU);
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, 'daytime', true),
        basket,
        buyer: { email: emailOf(rng, buyerName, country), name: personName(rng, cardCountry, false) },
        billing: addressIn(rng, cardCountry),
        shipping: ship,
        ip: shared?.ip ?? (rng.chance(0.5) ? hostingIp(rng) : ipIn(rng, 'FR', false)),
        device: shared?.device ?? newDevice(rng, 'FR'),
        locale: 'fr-FR',
        phone: phoneIn(rng, country),
        method: 'carte_bancaire',
        attempts: [],
      };
      d.attempts = stolenAttempts(rng, cardCountry, basket.amount, 'EUR', rng.int(1, 2));
      return purchaseOf(rng, d, unpaidOrLater(rng, d, chargebackOf(rng, paidBy(d.attempts), 0.4)));
    }
    case 'promo_abuse': {
      // Fresh accounts, one phone, the welcome code again and again, delivered to variations of one address.
      const name = personName(rng, 'TN', true);
      const home = addressIn(rng, 'TN');
      const created = (at ?? when(rng, win, 'fasting')) - rng.int(2, 25) * MINUTE;
      const basket = basketOf('TND', householdPicks(rng, 'usual'), 'TN', { code: 'BIENVENUE20', pct: 0.2 });
      const method = rng.pick<'paiement_a_la_livraison' | 'd17' | 'flouci'>([
        'paiement_a_la_livraison',
        'd17',
        'flouci',
      ]);
      const d: Draft = {
        ...base,
        at: created + rng.int(2, 25) * MINUTE,
        basket,
        buyer: { id: `cl_${rng.int(300_000, 399_999)}`, email: disposable(rng), name, createdAt: created },
        billing: home,
        shipping: home,
        ip: shared?.ip ?? ipIn(rng, 'TN', true),
        device: shared?.device ?? newDevice(rng, 'TN'),
        locale: 'ar-TN',
        phone: phoneIn(rng, 'TN'),
        method,
        attempts: method === 'paiement_a_la_livraison' ? [] : [other(method, true, firstAuth(rng))],
      };
      return purchaseOf(rng, d, ordinaryLater(rng, d, 0.2));
    }
    case 'refund_abuse': {
      // "The dates had worms", "the can leaked": a known customer, claim after claim, refunded to keep the peace.
      const acc = rng.pick(w.accounts.filter((a) => a.cards.length > 0));
      const tn = acc.country === 'TN';
      const basket = basketOf(
        tn ? 'TND' : 'EUR',
        [
          ['oil5', rng.int(1, 2)],
          [rng.pick<Sku>(['carton5', 'honeyThyme', 'stuffed']), rng.int(1, 2)],
        ],
        acc.country,
      );
      const card = acc.cards[0] ?? newCard(rng, acc.country);
      const method = tn
        ? rng.pick<'carte_bancaire' | 'flouci' | 'd17'>(['carte_bancaire', 'flouci', 'd17'])
        : 'carte_bancaire';
      const d: Draft = {
        ...base,
        at: at ?? when(rng, win, 'fasting', !tn),
        basket,
        buyer: signedIn(acc),
        billing: acc.home,
        shipping: acc.home,
        ip: acc.homeIp,
        device: rng.pick(acc.devices),
        locale: acc.locale,
        phone: acc.phone,
        method,
        attempts: [
          method === 'carte_bancaire'
            ? cardTry(rng, card, basket.amount, basket.currency, {
                ok: true,
                afterMs: firstAuth(rng),
                saved: true,
              })
            : other(method, true, firstAuth(rng)),
        ],
      };
      const ship = rng.int(12, 40) * HOUR;
      const delivered = ship + rng.int(24, tn ? 72 : 170) * HOUR;
      return purchaseOf(rng, d, [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: delivered, status: 'delivered' },
        {
          type: 'refund.created',
          afterMs: delivered + rng.int(1, 3) * DAY,
          reason: rng.pick(['product_unacceptable', 'damaged_in_transit']),
          amount: Math.floor(basket.amount * rng.float(0.5, 1)),
        },
      ]);
    }
    case 'sanctioned_country': {
      // Russians who winter in Hammamet, Belarusian cards, Syrians and Iranians sending to family: the shop cannot serve them.
      const variant = rng.weightedPick<string>([
        ['ru_to_tn', 4],
        ['by_card', 2],
        ['sy_ship', 2],
        ['ir_billing', 1],
      ]);
      const ruName = `${rng.pick(['Olga', 'Natalia', 'Sergei', 'Irina', 'Dmitri', 'Elena'])} ${rng.pick(['Ivanova', 'Smirnov', 'Kuznetsova', 'Popov', 'Sokolova'])}`;
      const shipTn = addressIn(rng, rng.pick<Market>(['TN', 'TN', 'TN']));
      let d: Draft;
      if (variant === 'ru_to_tn' || variant === 'by_card') {
        const c = variant === 'ru_to_tn' ? 'RU' : 'BY';
        const basket = basketOf('EUR', householdPicks(rng, 'usual'), 'TN');
        const card = newCard(rng, c);
        d = {
          ...base,
          at: at ?? when(rng, win, 'daytime', true),
          basket,
          buyer: {
            email: `${rng.token(8, 'abcdefghijklmnopqrstuvwxyz')}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`,
            name: ruName,
          },
          billing: {
            country: c,
            city: c === 'RU' ? 'Moskva' : 'Minsk',
            postalCode: c === 'RU' ? '119021' : '220030',
            line1: `ul. ${rng.pick(['Lenina', 'Tverskaya', 'Pobedy'])} ${rng.int(1, 80)}`,
          },
          shipping: shipTn,
          ip: address(rng, network(rng.pick(c === 'RU' ? ['ru_fixed', 'ru_mobile'] : ['by_fixed']))),
          device: newDevice(rng, 'FR'),
          locale: 'fr-FR',
          phone:
            c === 'RU'
              ? `+7 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`
              : `+375 29 ${rng.digits(7)}`,
          method: 'carte_bancaire',
          attempts: [
            cardTry(rng, card, basket.amount, 'EUR', {
              ok: false,
              decline: 'restricted_card',
              afterMs: firstAuth(rng),
            }),
          ],
        };
        // Refused abroad, they come back with cash on delivery at the Tunisian address, or a Tunisian friend's wallet.
        if (rng.chance(0.6)) d.attempts.push(other('paypal', rng.chance(0.3), retryGap(rng), 'do_not_honor'));
      } else if (variant === 'sy_ship') {
        const from = rng.pick<Market>(['DE', 'DE', 'FR', 'BE']);
        const name = `${rng.pick(['Ahmad', 'Rami', 'Lina', 'Hala'])} ${rng.pick(['Al-Hassan', 'Khatib', 'Haddad', 'Darwish'])}`;
        const basket = basketOf(
          'EUR',
          [
            ['carton5', rng.int(1, 2)],
            ['oil5', 1],
          ],
          'TN',
        );
        d = {
          ...base,
          at: at ?? when(rng, win, 'fasting', true),
          basket,
          buyer: { email: emailOf(rng, name, from), name },
          billing: addressIn(rng, from),
          shipping: {
            country: 'SY',
            city: rng.pick(['Damascus', 'Aleppo', 'Homs']),
            line1: `${rng.pick(['Al-Midan', 'Baghdad St', 'Mezzeh'])} ${rng.int(1, 90)}`,
          },
          ip: rng.chance(0.6) ? ipIn(rng, from, false) : address(rng, network('sy_fixed')),
          device: newDevice(rng, from),
          locale: from === 'DE' ? 'de-DE' : 'fr-FR',
          phone: phoneIn(rng, from),
          method: 'carte_bancaire',
          attempts: [],
        };
        d.attempts = [
          cardTry(rng, newCard(rng, from), basket.amount, 'EUR', { ok: true, afterMs: firstAuth(rng) }),
        ];
        return purchaseOf(rng, d, [
          { type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason: 'cannot_ship_to_destination' },
          { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'order_cancelled' },
        ]);
      } else {
        const name = `${rng.pick(['Reza', 'Maryam', 'Ali', 'Sara'])} ${rng.pick(['Hosseini', 'Karimi', 'Ahmadi', 'Rahimi'])}`;
        const basket = basketOf('TND', householdPicks(rng, 'usual'), 'TN');
        d = {
          ...base,
          at: at ?? when(rng, win, 'daytime'),
          basket,
          buyer: { email: `${rng.token(7, 'abcdefghijklmnopqrstuvwxyz')}@gmail.com`, name },
          billing: {
            country: 'IR',
            city: 'Tehran',
            postalCode: `1${rng.digits(9)}`,
            line1: `Valiasr St ${rng.int(1, 300)}`,
          },
          shipping: shipTn,
          ip: rng.chance(0.5) ? address(rng, network('ir_fixed')) : hostingIp(rng),
          device: newDevice(rng, 'TN'),
          locale: 'fr-TN',
          phone: phoneIn(rng, 'TN'),
          method: 'paiement_a_la_livraison',
          attempts: [],
        };
      }
      if (!paidBy(d.attempts) && d.method !== 'paiement_a_la_livraison')
        return purchaseOf(rng, d, [
          { type: 'order.cancelled', afterMs: rng.int(45, 120) * MINUTE, reason: 'payment_failed' },
        ]);
      return purchaseOf(rng, d, ordinaryLater(rng, d, 0.1));
    }
  }
}

/** `count` fraud purchases: card testing in bursts on a few BIN ranges, promo farms and fake COD runs on one phone. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  for (const kind of Object.keys(FRAUD) as FraudKind[]) {
    const k = rng.fork(kind);
    let i = 0;
    while (i < n[kind]) {
      const grouped =
        kind === 'card_testing' ||
        kind === 'promo_abuse' ||
        kind === 'triangulation' ||
        (kind === 'cod_refusal' && k.chance(0.4));
      const size = grouped ? Math.min(n[kind] - i, kind === 'card_testing' ? k.int(8, 25) : k.int(2, 5)) : 1;
      const r = k.fork(`g${i}`);
      const start = when(
        r,
        w.window,
        kind === 'card_testing' ? 'night' : 'fasting',
        kind !== 'cod_refusal' && kind !== 'promo_abuse',
      );
      const country = r.pick<Market>(['FR', 'FR', 'BE', 'DE']);
      const shared: Shared = {
        country,
        bins: binsOf(country).slice(0, 2),
        ip: kind === 'promo_abuse' || kind === 'cod_refusal' ? ipIn(r, 'TN', true) : hostingIp(r),
        device: newDevice(r, kind === 'promo_abuse' || kind === 'cod_refusal' ? 'TN' : 'FR'),
      };
      let t = start;
      for (let j = 0; j < size; j++, i++) {
        out.push(
          one(
            k.fork(`o${i}`),
            w,
            kind,
            grouped ? Math.min(w.window.end - 1, t) : undefined,
            grouped ? shared : undefined,
          ),
        );
        t += kind === 'card_testing' ? r.int(15_000, 4 * MINUTE) : r.int(10, 240) * MINUTE;
      }
    }
  }
  return out;
}
