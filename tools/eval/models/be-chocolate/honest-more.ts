import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placedAt } from './calendar.js';
import { newCard } from './cards.js';
import { EASTER, GIFT_CARDS, GIFTS, type Line, lineOf, P, pickLines, TREATS } from './catalogue.js';
import { delivery, honestPurchase } from './honest.js';
import { address, homeIp, hostingIp, network, networksOf } from './networks.js';
import { device, person, type World } from './people.js';
import { addressIn, type Market, MARKETS } from './places.js';
import {
  cardAttempt,
  firstAuth,
  honestAfter,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
} from './purchase.js';
import { asAccount, shopper } from './shoppers.js';

/** The honest kinds with a shape of their own: companies, subscriptions, workshops, gift cards, travellers, the UK. */

const LEGAL: Readonly<Record<string, readonly string[]>> = {
  BE: ['SRL', 'BV', 'NV', 'SA'],
  NL: ['B.V.'],
  FR: ['SAS', 'SARL'],
  DE: ['GmbH', 'AG'],
  LU: ['S.à r.l.', 'S.A.'],
};
const TRADE = [
  'Advocaten',
  'Consult',
  'Immo',
  'Architectes',
  'Logistics',
  'Partners',
  'Pharma',
  'Notaires',
  'Digital',
  'Engineering',
  'Accountants',
  'Bouw',
];

/** A VAT number in its country's shape. */
export function vatId(rng: Rng, c: string): string {
  if (c === 'BE') return `BE0${rng.digits(9)}`;
  if (c === 'NL') return `NL${rng.digits(9)}B0${rng.int(1, 3)}`;
  if (c === 'FR') return `FR${rng.digits(2)}${rng.digits(9)}`;
  if (c === 'DE') return `DE${rng.digits(9)}`;
  return `LU${rng.digits(8)}`;
}

export function companyName(rng: Rng, c: string, family: string): string {
  return `${family} ${rng.pick(TRADE)} ${rng.pick(LEGAL[c] ?? ['SRL'])}`;
}

const CORP_FROM: ReadonlyArray<readonly [Market, number]> = [
  ['BE', 60],
  ['LU', 12],
  ['NL', 11],
  ['FR', 9],
  ['DE', 8],
];

/**
 * A company's Easter gifts for staff and clients: dozens of logo boxes, ordered on a weekday in office hours by
 * an assistant on a business account (often opened for the occasion), paid by transfer on the pro-forma,
 * corporate card or PayPal; made to order, so they leave after three to seven days.
 */
export function corporate(rng: Rng, w: World): Purchase {
  const c = rng.weightedPick(CORP_FROM);
  const t = placedAt(rng, w.window, MARKETS[c].tz, 'office');
  const p = person(rng, c);
  const name = companyName(rng, c, p.name.split(' ').slice(-1)[0] ?? 'Maes');
  const slug = name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .slice(0, 14);
  const tld = c === 'GB' ? 'co.uk' : c.toLowerCase();
  const email = `${p.email.split('@')[0]}@${slug}.${tld}`;
  const opened = rng.chance(0.45) ? t - rng.int(3, 40) * MINUTE : t - rng.int(20, 1500) * DAY;
  const office = addressIn(rng, c);
  const ip = address(
    rng,
    c === 'LU' ? network('lu_business') : rng.pick(networksOf(c, 'home')),
    rng.chance(0.15),
  );
  const boxes = rng.int(20, 150);
  const lines: Line[] = [lineOf(rng.pick([P.corpClassic, P.corpPremium, P.corpLuxe]), boxes)];
  if (rng.chance(0.3)) lines.push(lineOf(rng.pick([P.prestige, P.ecrin]), rng.int(2, 12)));
  if (rng.chance(0.25)) lines.push(lineOf(P.eggMedium, rng.int(10, 40)));
  if (rng.chance(0.7)) lines.push(lineOf(P.corpSetup, 1));
  const card = newCard(rng, c, 'commercial');
  const s = {
    buyer: accountBuyer({ id: `cus_${rng.token(14)}`, email, name: p.name, createdAt: opened }),
    country: c,
    home: office,
    cards: [card],
    device: device(rng, true),
    ip,
    locale: c === 'BE' ? rng.pick(['fr-BE', 'nl-BE']) : (MARKETS[c].locales[0]?.[0] ?? 'fr-BE'),
    signedIn: true,
  };
  const purchase = honestPurchase(rng, 'corporate_gifts', s, {
    at: t,
    lines,
    fulfilment: 'corporate_delivery',
    shipping: office,
    boxes,
    attempts: (amount) => {
      const how = rng.weightedPick<'transfer' | 'card' | 'paypal'>([
        ['transfer', 42],
        ['card', 46],
        ['paypal', 12],
      ]);
      if (how === 'transfer') return [other('bank_transfer', true, rng.int(5 * HOUR, 4 * DAY))];
      if (how === 'paypal') return [other('paypal', true, firstAuth(rng))];
      return honestPay(
        rng,
        {
          cards: [card],
          country: c,
          signedIn: false,
          without: ['bancontact', 'ideal', 'klarna', 'paypal', 'apple_pay', 'google_pay'],
        },
        amount,
        0.07,
      );
    },
    later: () => {
      const ship = rng.int(3, 7) * DAY;
      const out: LaterEvent[] = [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: ship + rng.int(18, 48) * HOUR, status: 'delivered' },
      ];
      if (rng.chance(0.03))
        out.push({
          type: 'refund.created',
          afterMs: ship + rng.int(2, 6) * DAY,
          reason: 'melted_in_transit',
          amount: rng.int(2, 6) * lines[0]!.price,
        });
      return out;
    },
  });
  return { ...purchase, company: { name, vatId: vatId(rng, c) } };
}

/**
 * A month of the tasting box, charged by the shop at dawn on the saved card (merchant-initiated, exempt from
 * 3-D Secure); a declined card is retried the next morning, and the box is skipped if that fails too.
 */
export function renewal(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.subscribers.length > 0 ? w.subscribers : w.customers);
  const t = placedAt(rng, w.window, MARKETS[a.country as Market].tz, 'renewal');
  const card = a.cards.find((c) => c.brand !== 'bancontact') ?? newCard(rng, a.country, 'credit');
  const s = { ...asAccount(rng, a), ip: a.ip, device: a.device };
  const fulfilment = delivery(a.country);
  const p = honestPurchase(rng, 'subscription_renewal', s, {
    at: t,
    lines: [lineOf(P.subMonth, 1)],
    fulfilment,
    shipping: a.home,
    attempts: (amount) => {
      const base = { entry: 'saved', threeDS: 'exempt' } as const;
      if (!rng.chance(0.07))
        return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: rng.int(2_000, 9_000) })];
      const why = rng.pick(['insufficient_funds', 'expired_card', 'do_not_honor'] as const);
      const first = cardAttempt(rng, card, amount, {
        ...base,
        ok: false,
        decline: why,
        afterMs: rng.int(2_000, 9_000),
      });
      if (why === 'expired_card' || rng.chance(0.4)) return [first];
      return [
        first,
        cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: DAY + rng.int(0, 3600) * 1000 }),
      ];
    },
  });
  return { ...p, renewal: true };
}

/** Workshops on the Sablon: Belgians with friends and children, and tourists booking ahead from home. */
export function workshop(rng: Rng, w: World): Purchase {
  const tourist = rng.chance(0.35);
  if (!tourist) {
    const t = placedAt(rng, w.window, 1, 'home');
    const s = shopper(rng, w, t, 0.45, 'BE');
    const product = rng.weightedPick([
      [P.workshopPraline, 5],
      [P.workshopKids, 4],
      [P.workshopTasting, 3],
    ] as const);
    return honestPurchase(rng, 'workshop_booking', s, {
      at: t,
      lines: [lineOf(product, rng.int(1, 6))],
      fulfilment: 'workshop',
    });
  }
  const from = rng.weightedPick<'US' | 'GB' | 'NL' | 'FR' | 'DE'>([
    ['US', 30],
    ['GB', 25],
    ['NL', 15],
    ['FR', 15],
    ['DE', 15],
  ]);
  const tz = from === 'US' ? -5 : from === 'GB' ? 0 : 1;
  const t = placedAt(rng, w.window, tz, 'home');
  const p = person(rng, from);
  const card = newCard(rng, from);
  // Booked at home before the trip, or from the hotel's Wi-Fi in Brussels.
  const ip = rng.chance(0.65) ? homeIp(rng, from, 0.3) : homeIp(rng, 'BE', 0.5);
  const s = {
    buyer: { email: p.email, name: p.name },
    country: from as Market,
    home: addressIn(rng, from),
    cards: [card],
    device: device(rng),
    ip,
    locale:
      from === 'US' || from === 'GB' ? 'en-GB' : from === 'NL' ? 'nl-BE' : from === 'DE' ? 'de-DE' : 'fr-BE',
    signedIn: false,
  };
  const product = rng.pick([P.workshopPraline, P.workshopTasting]);
  return honestPurchase(rng, 'workshop_booking', s, {
    at: t,
    lines: [lineOf(product, rng.int(1, 4))],
    fulfilment: 'workshop',
    attempts: (amount) => honestPay(rng, { cards: [card], country: from, signedIn: false }, amount),
  });
}

/** E-gift cards e-mailed to someone else: birthdays, thank-yous, colleagues leaving. No Klarna on gift cards. */
export function giftCard(rng: Rng, w: World): Purchase {
  const c = rng.weightedPick<Market>([
    ['BE', 55],
    ['NL', 15],
    ['FR', 12],
    ['LU', 8],
    ['DE', 6],
    ['GB', 4],
  ]);
  const t = placedAt(rng, w.window, MARKETS[c].tz, 'home');
  const s = shopper(rng, w, t, 0.5, c);
  const lines = [
    lineOf(
      rng.weightedPick(GIFT_CARDS.map((g, i) => [g, [30, 35, 20, 8, 7][i] ?? 1] as const)),
      rng.chance(0.12) ? 2 : 1,
    ),
  ];
  const friend = person(rng, c);
  const p = honestPurchase(rng, 'gift_card', s, {
    at: t,
    lines,
    fulfilment: 'email',
    attempts: (amount) =>
      honestPay(rng, { cards: s.cards, country: c, signedIn: s.signedIn, without: ['klarna'] }, amount),
  });
  return { ...p, recipient: friend.email };
}

/**
 * Customers away from home: on the Krokus half-term in Spain or Italy, on a work trip to the US or Switzerland,
 * or behind a VPN or privacy relay (a hosting address). They still ship home or to family.
 */
export function traveller(rng: Rng, w: World): Purchase {
  const c = rng.weightedPick<Market>([
    ['BE', 55],
    ['NL', 20],
    ['FR', 12],
    ['LU', 8],
    ['DE', 5],
  ]);
  const t = placedAt(rng, w.window, 1, 'home');
  const s = shopper(rng, w, t, 0.65, c);
  const vpn = rng.chance(0.4);
  const ip = vpn
    ? hostingIp(
        rng,
        ['NL', 'DE', 'FR', 'GB', 'US'].filter((h) => h !== c),
      )
    : homeIp(
        rng,
        rng.weightedPick([
          ['ES', 35],
          ['IT', 20],
          ['US', 25],
          ['CH', 20],
        ] as const),
        0.5,
      );
  const lines = pickLines(rng, rng.chance(0.5) ? EASTER : [...TREATS, ...GIFTS], rng.int(1, 3));
  const family = rng.chance(0.35);
  const shipping = family ? addressIn(rng, c) : s.home;
  const fulfilment = delivery(c);
  return honestPurchase(rng, 'traveller_vpn', { ...s, ip }, { at: t, lines, fulfilment, shipping });
}

/**
 * British customers: prices shown in pounds, charged in euros, a chilled courier with duties paid; some send
 * to family in Belgium. AVS is answered by British issuers.
 */
export function ukCustomer(rng: Rng, w: World): Purchase {
  const t = placedAt(rng, w.window, 0, 'home');
  const s = shopper(rng, w, t, 0.4, 'GB');
  const toBelgium = rng.chance(0.15);
  const lines = pickLines(rng, rng.chance(0.5) ? GIFTS : [...TREATS, ...EASTER], rng.int(1, 3));
  const shipping = toBelgium ? addressIn(rng, 'BE') : rng.chance(0.3) ? addressIn(rng, 'GB') : s.home;
  return honestPurchase(rng, 'uk_customer', s, {
    at: t,
    lines,
    fulfilment: toBelgium ? 'post' : 'chilled_courier',
    shipping,
    ...(shipping !== s.home ? { giftNote: 'Happy Easter, love from us all' } : {}),
    later: (amount) => honestAfter(rng, toBelgium ? 'post' : 'chilled_courier', amount),
  });
}
