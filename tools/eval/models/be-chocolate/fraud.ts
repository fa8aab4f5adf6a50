import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { placedAt } from './calendar.js';
import { binsOf, cardOfBin, type Decline, newCard } from './cards.js';
import { EASTER, GIFT_CARDS, GIFTS, type Line, lineOf, P, pickLines, TREATS } from './catalogue.js';
import { burnerEmail, fraudDevice, fraudPurchase, stolen, stolenLater, stolenTries } from './fraud-kit.js';
import { companyName, vatId } from './honest-more.js';
import { address, homeIp, hostingIp, network, networksOf } from './networks.js';
import { device, person, type World } from './people.js';
import { addressIn, FORWARDERS, localeOf, type Market, MARKETS, SANCTIONED_PLACES } from './places.js';
import { cardAttempt, firstAuth, honestAfter, honestPay, type Purchase, retryGap } from './purchase.js';
import { asAccount, someAccount } from './shoppers.js';

/** Fraud kinds and their weights: the fraud of a stream is split across them exactly (`allocateKinds`). */
export const FRAUD = {
  card_testing: 14,
  gift_card_cashout: 17,
  account_takeover: 15,
  reshipper: 15,
  corporate_resale: 11,
  refund_abuse: 10,
  sanctioned_country: 10,
  chargeback_abuse: 8,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const VICTIMS: ReadonlyArray<readonly [string, number]> = [
  ['GB', 25],
  ['US', 20],
  ['FR', 20],
  ['DE', 13],
  ['BE', 12],
  ['NL', 10],
];

const shopHome = (rng: Rng): Market =>
  rng.weightedPick<Market>([
    ['BE', 50],
    ['NL', 20],
    ['FR', 20],
    ['DE', 10],
  ]);

/**
 * Card testing: scripts try stolen numbers from one or two BINs on the cheapest things in the shop (a mini
 * ballotin, a bar, a €10 e-gift card), as guests, at night, one order a minute or two apart, from rotating
 * proxies; most are declined, a few go through and are disputed later.
 */
function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(6, 14));
    const country = rng.weightedPick<string>([
      ['US', 40],
      ['GB', 25],
      ['FR', 15],
      ['BE', 20],
    ]);
    const bins = rng.shuffle(binsOf(country).filter((b) => !b.startsWith('6703'))).slice(0, rng.int(1, 2));
    const ua = rng.pick([
      device(rng).userAgent,
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/122.0.0.0 Safari/537.36',
    ]);
    const dev = rng.chance(0.6) ? { userAgent: ua, id: `dev_${rng.token(20)}` } : { userAgent: ua };
    const item = rng.pick([P.mini, P.bar70, P.gc10]);
    const proxies = rng.chance(0.6) ? 'hosting' : 'residential';
    let t = Math.min(placedAt(rng, w.window, 1, 'night'), w.window.end - size * 200_000);
    for (let i = 0; i < size; i++) {
      t += rng.int(15, 200) * 1000;
      const at = Math.max(w.window.start, Math.min(t, w.window.end - 1000));
      const email = burnerEmail(rng, rng.chance(0.5) ? person(rng, 'BE').name : undefined);
      const tries = rng.int(1, 3);
      const fulfilment = item === P.gc10 ? 'email' : 'post';
      out.push(
        fraudPurchase({
          kind: 'card_testing',
          at,
          lines: [lineOf(item, 1)],
          fulfilment,
          buyer: { email, name: person(rng, 'BE').name },
          billing: addressIn(rng, 'BE'),
          ...(fulfilment === 'post' ? { shipping: addressIn(rng, 'BE') } : {}),
          ip: proxies === 'hosting' ? hostingIp(rng) : homeIp(rng, rng.pick(['BE', 'FR', 'NL']), 0.2),
          device: dev,
          locale: 'fr-BE',
          ...(fulfilment === 'email' ? { recipient: burnerEmail(rng) } : {}),
          attempts: (amount) =>
            Array.from({ length: tries }, (_, k) => {
              const ok = k === tries - 1 && rng.chance(0.2);
              const decline = rng.weightedPick<Decline>([
                ['invalid_number', 20],
                ['incorrect_cvc', 20],
                ['do_not_honor', 20],
                ['insufficient_funds', 12],
                ['expired_card', 12],
                ['stolen_card', 8],
                ['card_velocity_exceeded', 8],
              ]);
              return cardAttempt(rng, cardOfBin(rng, country, rng.pick(bins)), amount, {
                ok,
                afterMs: k === 0 ? rng.int(4_000, 20_000) : rng.int(3_000, 15_000),
                match: 'bad',
                ...(ok ? { threeDS: amount < 3000 ? 'exempt' : 'frictionless' } : { decline }),
              });
            }),
          later: (f) => stolenLater(rng, f, { review: 0.05, warning: 0.4, dispute: 0.3 }),
        }),
      );
    }
  }
  return out;
}

/**
 * Gift-card cash-out: stolen cards buy the largest e-gift cards, e-mailed to the fraudster at once and sold on
 * at a discount. Some have the holder's details (a clean-looking checkout), others only the number.
 */
function giftCardCashout(rng: Rng, w: World): Purchase {
  const victim = rng.weightedPick(VICTIMS);
  const full = rng.chance(0.6);
  const billing = full ? addressIn(rng, victim as Market) : addressIn(rng, shopHome(rng));
  const p = person(rng, (full ? victim : 'BE') as Market);
  const at = placedAt(rng, w.window, rng.chance(0.5) ? 1 : -5, 'home');
  const fresh = rng.chance(0.3);
  const email = rng.chance(0.5) ? burnerEmail(rng, p.name) : p.email;
  const lines = [lineOf(rng.pick(GIFT_CARDS.slice(2)), rng.int(1, 3))];
  if (rng.chance(0.5)) lines.push(lineOf(rng.pick([P.gc250, P.gc150]), rng.int(1, 2)));
  const ipWhere = rng.weightedPick<'proxy' | 'hosting' | 'mobile'>([
    ['proxy', 40],
    ['hosting', 35],
    ['mobile', 25],
  ]);
  const ip =
    ipWhere === 'proxy'
      ? homeIp(rng, victim, 0.2)
      : ipWhere === 'hosting'
        ? hostingIp(rng)
        : address(rng, network('be_mobile'), false);
  return fraudPurchase({
    kind: 'gift_card_cashout',
    at,
    lines,
    fulfilment: 'email',
    buyer: fresh
      ? accountBuyer({
          id: `cus_${rng.token(14)}`,
          email,
          name: p.name,
          createdAt: at - rng.int(3, 30) * MINUTE,
        })
      : { email, name: p.name },
    billing,
    ip,
    device: fraudDevice(rng),
    locale: rng.pick(['fr-BE', 'nl-BE', 'en-GB']),
    recipient: burnerEmail(rng),
    attempts: (amount) =>
      stolenTries(rng, stolen(rng, victim), amount, {
        good: full,
        maxCards: rng.int(1, 3),
        passEU: 0.45,
        passElsewhere: 0.6,
      }),
    later: (f) => stolenLater(rng, f, { review: 0, warning: 0.35, dispute: 0.55 }),
  });
}

/**
 * Account takeover: a regular's account, logged in from a new device through a proxy, spends the loyalty points
 * and the saved card on e-gift cards to a new address or on boxes sent to a drop (sometimes readdressed after
 * checkout). The regular notices when the points are gone, or the statement arrives.
 */
function accountTakeover(rng: Rng, w: World): Purchase {
  const a = someAccount(rng, w, undefined, 60) ?? rng.pick(w.customers);
  const s = asAccount(rng, a);
  const at = placedAt(rng, w.window, 1, rng.chance(0.5) ? 'night' : 'home');
  const where = rng.weightedPick<'hosting' | 'abroad' | 'local'>([
    ['hosting', 40],
    ['abroad', 30],
    ['local', 30],
  ]);
  const ip =
    where === 'hosting'
      ? hostingIp(rng)
      : where === 'local'
        ? homeIp(rng, a.country, 0.4)
        : homeIp(rng, rng.pick(['FR', 'NL', 'GB', 'DE'].filter((c) => c !== a.country)), 0.3);
  const cards = rng.chance(0.5);
  const lines: Line[] = cards
    ? [lineOf(rng.pick([P.gc100, P.gc150, P.gc250]), rng.int(1, 2))]
    : pickLines(rng, GIFTS, rng.int(2, 4), 3);
  const points = a.points > 0 ? a.points : 0;
  const drop = rng.chance(0.5) ? rng.pick(FORWARDERS) : addressIn(rng, rng.pick(['BE', 'NL', 'FR'] as const));
  const readdress = !cards && rng.chance(0.25);
  const card = a.cards.find((c) => c.brand !== 'bancontact') ?? a.cards[0] ?? newCard(rng, a.country);
  return fraudPurchase({
    kind: 'account_takeover',
    at,
    lines,
    fulfilment: cards ? 'email' : 'chilled_courier',
    buyer: s.buyer,
    billing: a.home,
    ...(cards ? {} : { shipping: readdress ? a.home : drop }),
    ip,
    device: fraudDevice(rng),
    locale: s.locale,
    ...(cards ? { recipient: burnerEmail(rng) } : {}),
    ...(points ? { discount: { amount: points, points } } : {}),
    attempts: (amount) => {
      const ok = rng.chance(0.8);
      const first = cardAttempt(rng, card, amount, {
        entry: 'saved',
        ok,
        afterMs: firstAuth(rng),
        ...(ok
          ? { threeDS: rng.chance(0.6) ? 'frictionless' : 'exempt' }
          : { decline: 'authentication_failed' }),
      });
      return ok || rng.chance(0.5)
        ? [first]
        : [
            first,
            cardAttempt(rng, card, amount, {
              entry: 'saved',
              ok: false,
              decline: 'authentication_failed',
              afterMs: retryGap(rng),
            }),
          ];
    },
    later: (f) => {
      const out = stolenLater(rng, f, { review: 0.08, warning: 0.15, dispute: 0.45 });
      if (readdress && out.some((l) => l.status === 'shipped'))
        out.push({
          type: 'order.updated',
          afterMs: rng.int(20, 90) * MINUTE,
          shipping: drop,
          reason: 'address_changed',
        });
      if (!out.some((l) => l.type === 'dispute.created' || l.type === 'refund.created') && rng.chance(0.3))
        out.push({ type: 'refund.created', afterMs: rng.int(3, 12) * DAY, reason: 'account_takeover' });
      return out;
    },
  });
}

/**
 * Reshipping: a stolen card with its holder's name and address (a clean-looking checkout from a residential
 * proxy near the holder) buys Easter assortments and gift boxes sent to a forwarding warehouse or a mule, and
 * on to resale.
 */
function reshipper(rng: Rng, w: World): Purchase {
  const victim = rng.weightedPick<Market>([
    ['FR', 25],
    ['DE', 20],
    ['GB', 20],
    ['NL', 15],
    ['BE', 20],
  ]);
  const p = person(rng, victim);
  const at = placedAt(rng, w.window, MARKETS[victim].tz, 'home');
  const drop = rng.chance(0.7) ? rng.pick(FORWARDERS) : addressIn(rng, rng.pick(['BE', 'NL', 'DE'] as const));
  const lines = [...pickLines(rng, GIFTS, rng.int(1, 3), 3), ...pickLines(rng, EASTER, rng.int(1, 3), 3)];
  const ip = rng.weightedPick<'proxy' | 'hosting' | 'mobile'>([
    ['proxy', 55],
    ['hosting', 25],
    ['mobile', 20],
  ]);
  return fraudPurchase({
    kind: 'reshipper',
    at,
    lines,
    fulfilment: 'chilled_courier',
    buyer: { email: rng.chance(0.6) ? p.email : burnerEmail(rng, p.name), name: p.name },
    billing: addressIn(rng, victim),
    shipping: drop,
    ip:
      ip === 'proxy'
        ? homeIp(rng, victim, 0.1)
        : ip === 'hosting'
          ? hostingIp(rng)
          : homeIp(rng, drop.country ?? 'BE', 1),
    device: fraudDevice(rng),
    locale: localeOf(rng, victim),
    ...(rng.chance(0.4) ? { giftNote: 'Joyeuses Pâques !' } : {}),
    attempts: (amount) =>
      stolenTries(rng, stolen(rng, victim), amount, {
        good: true,
        maxCards: rng.int(1, 3),
        passEU: 0.55,
        passElsewhere: 0.7,
        entry: rng.chance(0.15) ? 'wallet' : 'typed',
      }),
    later: (f) => stolenLater(rng, f, { review: 0.1, warning: 0.3, dispute: 0.6 }),
  });
}

/**
 * Corporate resale: a business account opened the same day under a plausible company name and VAT number orders
 * dozens of premium boxes (no logo) on a stolen corporate card, to be delivered to a warehouse or another
 * country, in office hours like any company.
 */
function corporateResale(rng: Rng, w: World): Purchase {
  const c = rng.weightedPick<Market>([
    ['BE', 45],
    ['NL', 20],
    ['FR', 20],
    ['DE', 15],
  ]);
  const at = placedAt(rng, w.window, 1, 'office');
  const p = person(rng, c);
  const name = companyName(rng, c, p.name.split(' ').slice(-1)[0] ?? 'Janssens');
  const boxes = rng.int(30, 120);
  const lines: Line[] = [lineOf(rng.pick([P.corpPremium, P.corpLuxe, P.prestige]), boxes)];
  if (rng.chance(0.3)) lines.push(lineOf(P.eggLarge, rng.int(10, 30)));
  if (rng.chance(0.2)) lines.push(lineOf(P.corpSetup, 1));
  const issuer = rng.weightedPick<string>([
    ['GB', 30],
    ['US', 25],
    ['DE', 15],
    ['BE', 15],
    ['FR', 15],
  ]);
  const office = addressIn(rng, c);
  const shipping = rng.chance(0.6)
    ? rng.pick(FORWARDERS)
    : addressIn(rng, rng.pick(['NL', 'DE', 'FR', 'BE'] as const));
  const email = rng.chance(0.5)
    ? burnerEmail(rng, p.name)
    : `${p.email.split('@')[0]}@${name
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 12)}-group.com`;
  return fraudPurchase({
    kind: 'corporate_resale',
    at,
    lines,
    boxes,
    fulfilment: 'corporate_delivery',
    buyer: accountBuyer({
      id: `cus_${rng.token(14)}`,
      email,
      name: p.name,
      createdAt: at - rng.int(5, 600) * MINUTE,
    }),
    billing: office,
    shipping,
    ip: rng.chance(0.5) ? hostingIp(rng) : address(rng, rng.pick(networksOf(c, 'home')), false),
    device: device(rng, true),
    locale: localeOf(rng, c),
    company: { name, vatId: vatId(rng, c) },
    attempts: (amount) =>
      stolenTries(rng, stolen(rng, issuer, rng.chance(0.6) ? 'commercial' : 'credit'), amount, {
        good: rng.chance(0.5),
        maxCards: rng.int(1, 3),
        passEU: 0.5,
        passElsewhere: 0.6,
      }),
    later: (f) => stolenLater(rng, f, { review: 0.25, warning: 0.3, dispute: 0.7 }),
  });
}

/**
 * Refund abuse: a few real customers who pay with their own money, receive their chilled parcel, and claim it
 * "melted on arrival" (or that pralines were missing) for a refund, order after order.
 */
function refundAbuse(rng: Rng, w: World, abusers: World['customers']): Purchase {
  const a = rng.pick(abusers);
  const s = asAccount(rng, a);
  const at = placedAt(rng, w.window, 1, 'home');
  const lines = [...pickLines(rng, GIFTS, rng.int(1, 2)), ...pickLines(rng, EASTER, rng.int(0, 2))];
  const fulfilment = a.country === 'BE' ? 'post' : 'chilled_courier';
  return fraudPurchase({
    kind: 'refund_abuse',
    at,
    lines,
    fulfilment,
    buyer: s.buyer,
    billing: a.home,
    shipping: a.home,
    ip: s.ip,
    device: s.device,
    locale: s.locale,
    attempts: (amount) => {
      const tries = honestPay(
        rng,
        { cards: a.cards, country: a.country, signedIn: true, without: ['klarna'] },
        amount,
        0,
      );
      return tries;
    },
    later: () => {
      const ship = rng.int(10, 40) * HOUR;
      const arrive = ship + rng.int(18, 60) * HOUR;
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: arrive, status: 'delivered' },
        {
          type: 'refund.created',
          afterMs: arrive + rng.int(2, 40) * HOUR,
          reason: rng.chance(0.8) ? 'melted_on_arrival' : 'items_missing',
          ...(rng.chance(0.25) ? { amount: rng.int(15, 40) * 100 } : {}),
        },
      ];
    },
  });
}

/**
 * Chargeback abuse: a customer pays with their own card, signs for the parcel, and weeks later tells the bank
 * it never came or that they never ordered it.
 */
function chargebackAbuse(rng: Rng, w: World): Purchase {
  const a = someAccount(rng, w) ?? rng.pick(w.customers);
  const s = asAccount(rng, a);
  const at = placedAt(rng, w.window, 1, 'home');
  const lines = [
    ...pickLines(rng, GIFTS, rng.int(1, 2)),
    ...pickLines(rng, [...EASTER, ...TREATS], rng.int(1, 3), 3),
  ];
  const card = a.cards.find((c) => c.brand !== 'bancontact') ?? newCard(rng, a.country, 'credit');
  return fraudPurchase({
    kind: 'chargeback_abuse',
    at,
    lines,
    fulfilment: a.country === 'BE' ? 'post' : 'chilled_courier',
    buyer: s.buyer,
    billing: a.home,
    shipping: a.home,
    ip: s.ip,
    device: s.device,
    locale: s.locale,
    attempts: (amount) => [
      cardAttempt(rng, card, amount, {
        entry: rng.chance(0.5) ? 'saved' : 'typed',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ],
    later: (f) => [
      ...honestAfter(rng, f, 0).filter((l) => l.type === 'order.updated'),
      {
        type: 'dispute.created',
        afterMs: rng.int(18, 60) * DAY,
        reason: rng.chance(0.6) ? 'product_not_received' : 'fraudulent',
      },
    ],
  });
}

/**
 * Buyers in sanctioned jurisdictions: from Russia (its cards refused abroad, then a card from the Gulf or
 * Turkey), Belarus (a prepaid card from the EU) or Iran (e-gift cards), shipping to a forwarder or a relative.
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<'ru' | 'by' | 'ir' | 'relative'>([
    ['ru', 35],
    ['by', 30],
    ['ir', 20],
    ['relative', 15],
  ]);
  const home =
    variant === 'ir'
      ? SANCTIONED_PLACES[3]
      : variant === 'by'
        ? SANCTIONED_PLACES[2]
        : rng.pick(SANCTIONED_PLACES.slice(0, 2));
  const at = placedAt(rng, w.window, variant === 'ir' ? 3.5 : 3, 'home');
  const p = person(rng, 'DE');
  const name =
    variant === 'ru' || variant === 'relative'
      ? rng.pick(['Olga Ivanova', 'Dmitry Smirnov', 'Anna Kuznetsova', 'Sergei Popov'])
      : variant === 'by'
        ? rng.pick(['Alena Kavaliova', 'Pavel Novik'])
        : rng.pick(['Maryam Hosseini', 'Reza Ahmadi']);
  const ip = address(
    rng,
    network(variant === 'by' ? 'by_home' : variant === 'ir' ? 'ir_mobile' : 'ru_home'),
    false,
  );
  const email =
    variant === 'ru' || variant === 'relative'
      ? `${name.split(' ')[0]?.toLowerCase()}${rng.digits(3)}@${rng.pick(['mail.ru', 'yandex.ru'])}`
      : burnerEmail(rng, name);
  const gift = variant === 'ir';
  const lines = gift
    ? [lineOf(rng.pick(GIFT_CARDS.slice(1)), rng.int(1, 3))]
    : pickLines(rng, [...GIFTS, ...EASTER], rng.int(1, 4), 2);
  const shipping = variant === 'relative' ? addressIn(rng, 'BE') : rng.pick(FORWARDERS);
  const billing =
    variant === 'ir' ? addressIn(rng, rng.pick(['DE', 'NL'] as const)) : (home ?? addressIn(rng, 'DE'));
  return fraudPurchase({
    kind: 'sanctioned_country',
    at,
    lines,
    fulfilment: gift ? 'email' : shipping.country === 'BE' ? 'post' : 'chilled_courier',
    buyer: { email, name: variant === 'ir' ? name : name || p.name },
    billing,
    ...(gift ? { recipient: burnerEmail(rng) } : { shipping }),
    ip,
    device: device(rng),
    locale: rng.pick(['en-GB', 'de-DE', 'fr-BE']),
    attempts: (amount) => {
      const out = [];
      if (variant === 'ru')
        out.push(
          cardAttempt(rng, newCard(rng, 'RU'), amount, {
            ok: false,
            decline: 'transaction_not_allowed',
            afterMs: firstAuth(rng),
          }),
        );
      const issuer = variant === 'by' ? 'DE' : variant === 'relative' ? 'FR' : rng.pick(['AE', 'TR']);
      const card = newCard(rng, issuer, variant === 'by' ? 'prepaid' : undefined);
      const ok = rng.chance(0.7);
      out.push(
        cardAttempt(rng, card, amount, {
          ok,
          afterMs: out.length ? retryGap(rng) : firstAuth(rng),
          ...(ok ? {} : { decline: 'do_not_honor' }),
        }),
      );
      return out;
    },
    later: (f) => stolenLater(rng, f, { review: 0.35, warning: 0.05, dispute: 0.1 }),
  });
}

/** `count` fraud purchases split across the kinds exactly by weight. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const abusers = rng
    .shuffle(w.customers.filter((a) => a.country !== 'GB'))
    .slice(0, Math.max(2, Math.ceil(n.refund_abuse / 3)));
  const each = (kind: FraudKind, plan: (r: Rng) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('gift_card_cashout', (r) => giftCardCashout(r, w)),
    ...each('account_takeover', (r) => accountTakeover(r, w)),
    ...each('reshipper', (r) => reshipper(r, w)),
    ...each('corporate_resale', (r) => corporateResale(r, w)),
    ...each('refund_abuse', (r) => refundAbuse(r, w, abusers)),
    ...each('sanctioned_country', (r) => sanctioned(r, w)),
    ...each('chargeback_abuse', (r) => chargebackAbuse(r, w)),
  ];
}

export { DAY, HOUR };
