import { accountBuyer, type Address, type Buyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { deliveryDate, momentBetween, seasonalMoment } from './calendar.js';
import {
  ADD_ONS,
  basket,
  BOUQUETS,
  CARDS,
  CODES,
  deliveryFee,
  giftLines,
  line,
  type Line,
  PREMIUM,
  ROSES,
  voucher,
} from './catalogue.js';
import { type World } from './honest.js';
import { address, homeIp, network, networksOf } from './networks.js';
import {
  type Attempt,
  cardAttempt,
  cardOnBin,
  type Decline,
  firstAuth,
  type HeldCard,
  honestPay,
  newCard,
  other,
  retryGap,
} from './payments.js';
import { type Customer, newDevice, scriptedAgents } from './people.js';
import { addressIn, type Country, mailFor, personIn, PLACES } from './places.js';
import { cardMessage, type Courier, deliveredAfter, type LaterEvent, type Purchase } from './purchase.js';

/**
 * Fraud as it hits a florist in its busiest fortnight: card testers on the cheapest items, stolen cards cashed
 * out through e-mailed vouchers (gone before any dispute) and premium arrangements sent to the thief or a
 * friend, rings shipping to a few drop addresses, takeovers of customers with saved cards, refund claims that
 * flowers never came or wilted, first-order discount farms, and a few buyers from sanctioned countries. The
 * shares are by weight, allocated exactly (`allocateKinds`).
 */

export const FRAUD = {
  card_testing: 19,
  stolen_card_voucher: 18,
  stolen_card_premium: 15,
  account_takeover: 11,
  drop_ring: 11,
  refund_abuse: 10,
  promo_abuse: 12,
  sanctioned_country: 4,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** Countries whose cards thieves use here: neighbours, the UK and the US (no 3-D Secure on many of those). */
const STOLEN_FROM: ReadonlyArray<readonly [string, number]> = [
  ['NL', 18],
  ['DE', 14],
  ['BE', 8],
  ['FR', 10],
  ['GB', 14],
  ['US', 24],
  ['ES', 5],
  ['AT', 3],
  ['PL', 4],
];

/** Where a thief connects from: a residential proxy in the card's country, hosting, abroad, or home in NL. */
function thiefIp(rng: Rng, cardCountry: string): string {
  const how = rng.weightedPick<string>([
    ['proxy', 45],
    ['hosting', 18],
    ['abroad', 15],
    ['local', 22],
  ]);
  const homes = networksOf(cardCountry, 'home');
  if (how === 'proxy' && homes.length > 0) return address(rng, rng.pick(homes), rng.chance(0.15));
  if (how === 'hosting')
    return address(rng, network(rng.pick(['nl-hosting', 'de-hosting', 'us-hosting'])), false);
  if (how === 'abroad')
    return address(
      rng,
      network(rng.pick(['ng-mobile', 'vn-broadband', 'ro-broadband', 'pl-broadband'])),
      false,
    );
  return homeIp(rng, 'NL', rng.chance(0.5));
}

/** A throwaway or stolen-identity e-mail. */
function fraudMail(rng: Rng, name: string, country: Country): string {
  if (rng.chance(0.45)) return mailFor(rng, name, country);
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.int(10, 999)}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'gmx.com'])}`;
}

/** Declined tries with a stolen card, then (maybe) a success on it or the next card. */
function stolenPay(
  rng: Rng,
  cards: HeldCard[],
  amount: number,
  holder: boolean,
  entry: 'typed' | 'wallet' = 'typed',
): Attempt[] {
  const out: Attempt[] = [];
  let after = firstAuth(rng);
  for (const card of cards) {
    const eea = card.country !== 'US';
    // A thief with the holder's details passes frictionless 3-D Secure now and then; a challenge stops them.
    const pass = eea ? rng.chance(0.42) : rng.chance(0.75);
    if (pass) {
      out.push(
        cardAttempt(rng, card, amount, {
          entry,
          ok: true,
          holder,
          afterMs: after,
          ...(eea ? { threeDS: rng.chance(0.8) ? 'frictionless' : 'exempt' } : {}),
        }),
      );
      return out;
    }
    const decline = rng.weightedPick<Decline>([
      ['authentication_failed', eea ? 45 : 5],
      ['stolen_card', 15],
      ['do_not_honor', 20],
      ['incorrect_cvc', 12],
      ['insufficient_funds', 8],
    ]);
    out.push(cardAttempt(rng, card, amount, { entry, ok: false, holder, decline, afterMs: after }));
    after = rng.int(20_000, 3 * MINUTE);
  }
  return out;
}

/** What a stolen-card purchase brings later: the voucher sent or flowers delivered, then warnings and disputes. */
function stolenAfter(rng: Rng, p: Purchase, warnShare: number, disputeShare: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (p.courier === 'email')
    out.push({ type: 'order.updated', afterMs: rng.int(20_000, 4 * MINUTE), status: 'voucher_sent' });
  else {
    const arrive = deliveredAfter(rng, p.at, 1, p.deliveryDate);
    out.push({
      type: 'order.updated',
      afterMs: Math.max(30 * MINUTE, arrive - 2 * HOUR),
      status: 'out_for_delivery',
    });
    out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
  }
  const warned = rng.chance(warnShare);
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: rng.int(1, 9) * DAY, reason: 'fraudulent' });
  if (rng.chance(warned ? disputeShare * 0.6 : Math.max(disputeShare, 0.85)))
    out.push({ type: 'dispute.created', afterMs: rng.int(6, 45) * DAY, reason: 'fraudulent' });
  else if (warned) out.push({ type: 'refund.created', afterMs: rng.int(9, 12) * DAY, reason: 'fraudulent' });
  return out;
}

interface Base {
  at: number;
  kind: FraudKind;
  buyer: Buyer;
  billing: Address;
  ip: string;
  device: Device;
  locale: string;
}

function flowers(
  rng: Rng,
  b: Base,
  lines: Line[],
  shipping: Address,
  sameDay: boolean,
  recipient: string,
  code?: string,
): Purchase {
  const courier: Courier = PLACES[shipping.country as Country]?.courier === 'own' ? 'own' : 'partner';
  const bk = basket(lines, deliveryFee(courier, sameDay), code);
  return {
    at: b.at,
    fraud: true,
    kind: b.kind,
    basket: bk,
    billing: b.billing,
    buyer: b.buyer,
    shipping,
    recipient: { name: recipient },
    courier,
    delivery: sameDay ? 'same_day' : 'chosen_day',
    deliveryDate: deliveryDate(rng, b.at, 1, sameDay),
    cardMessage: cardMessage(rng, rng.chance(0.6)),
    ip: b.ip,
    device: b.device,
    locale: b.locale,
    channel: 'web',
    attempts: [],
    later: [],
  };
}

function vouchers(b: Base, lines: Line[], recipientEmail: string): Purchase {
  return {
    at: b.at,
    fraud: true,
    kind: b.kind,
    basket: basket(lines, 0),
    billing: b.billing,
    buyer: b.buyer,
    recipient: { email: recipientEmail },
    courier: 'email',
    delivery: 'email',
    ip: b.ip,
    device: b.device,
    locale: b.locale,
    channel: 'web',
    attempts: [],
    later: [],
  };
}

/** Runs of 5–20 tries, 20–90 s apart, at night, on one BIN from one tool; mostly declined; a few pass (low-value exemption). */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const run = Math.min(count - out.length, rng.int(5, 20));
    const bin = newCard(rng, rng.weightedPick(STOLEN_FROM));
    let t = Math.max(
      w.window.start,
      Math.min(momentBetween(rng, w.window, 1, 0, 5), w.window.end - run * 90_000),
    );
    const agent = rng.pick(scriptedAgents);
    const deviceId = rng.chance(0.6) ? `dv_${rng.token(20)}` : undefined;
    const proxy = rng.chance(0.55);
    const item = rng.weightedPick<string>([
      ['card', 45],
      ['bouquet', 30],
      ['voucher', 25],
    ]);
    for (let i = 0; i < run; i++) {
      const name = personIn(rng, 'NL');
      const country = bin.country as Country;
      const ip = proxy
        ? homeIp(rng, PLACES[country] ? country : 'NL')
        : address(rng, network(rng.pick(['nl-hosting', 'de-hosting', 'us-hosting'])), false);
      const b: Base = {
        at: t,
        kind: 'card_testing',
        buyer: { email: fraudMail(rng, name, 'NL'), name },
        billing: addressIn(rng, 'NL'),
        ip,
        device: { userAgent: agent, ...(deviceId ? { id: deviceId } : {}) },
        locale: 'nl-NL',
      };
      const card = cardOnBin(rng, bin);
      const p =
        item === 'voucher'
          ? vouchers(b, [line(voucher(2500))], b.buyer.email)
          : flowers(
              rng,
              b,
              [line(item === 'card' ? rng.pick(CARDS) : (BOUQUETS[0] ?? rng.pick(BOUQUETS)))],
              addressIn(rng, 'NL'),
              false,
              personIn(rng, 'NL'),
            );
      const ok = rng.chance(0.14);
      const decline = rng.weightedPick<Decline>([
        ['card_declined', 30],
        ['incorrect_cvc', 22],
        ['stolen_card', 10],
        ['lost_card', 6],
        ['insufficient_funds', 14],
        ['authentication_failed', 10],
        ['expired_card', 8],
      ]);
      p.attempts = [
        cardAttempt(rng, card, p.basket.amount, {
          entry: 'typed',
          ok,
          holder: false,
          afterMs: rng.int(3000, 12000),
          ...(ok ? { threeDS: 'exempt' as const } : { decline }),
        }),
      ];
      if (!ok && rng.chance(0.3))
        p.attempts.push(
          cardAttempt(rng, cardOnBin(rng, bin), p.basket.amount, {
            entry: 'typed',
            ok: false,
            holder: false,
            decline: 'card_declined',
            afterMs: rng.int(2000, 8000),
          }),
        );
      if (ok) p.later = stolenAfter(rng, p, 0.6, 0.3);
      out.push(p);
      t += rng.int(20_000, 90_000);
    }
  }
  return out;
}

function stolenVoucher(rng: Rng, w: World): Purchase {
  const cc = rng.weightedPick(STOLEN_FROM);
  const country = (PLACES[cc as Country] ? cc : 'NL') as Country;
  const holder = personIn(rng, country);
  const withDetails = rng.chance(0.6);
  const b: Base = {
    at: seasonalMoment(rng, w.window, PLACES[country].tz, 1),
    kind: 'stolen_card_voucher',
    buyer: { email: fraudMail(rng, holder, country), name: holder },
    billing: addressIn(rng, country),
    ip: thiefIp(rng, cc),
    device: newDevice(rng, 0.4),
    locale: rng.chance(0.6) ? PLACES[country].locale : 'en-GB',
  };
  const value = rng.weightedPick<number>([
    [10000, 3],
    [15000, 3],
    [25000, 5],
    [7500, 1],
  ]);
  const p = vouchers(
    b,
    [
      line(
        voucher(value),
        rng.weightedPick<number>([
          [1, 6],
          [2, 3],
          [4, 1],
        ]),
      ),
    ],
    fraudMail(rng, personIn(rng, 'NL'), 'NL'),
  );
  const cards = [
    newCard(rng, cc),
    ...(rng.chance(0.45) ? [newCard(rng, rng.weightedPick(STOLEN_FROM))] : []),
  ];
  p.attempts = stolenPay(rng, cards, p.basket.amount, withDetails, rng.chance(0.1) ? 'wallet' : 'typed');
  p.later = p.attempts.some((a) => a.ok) ? stolenAfter(rng, p, 0.45, 0.7) : [];
  return p;
}

function premiumLines(rng: Rng): Line[] {
  const lines = [line(rng.pick(PREMIUM))];
  if (rng.chance(0.6)) lines.push(line(ADD_ONS.find((a) => a.sku === 'AD-CHAMP') ?? rng.pick(ADD_ONS)));
  if (rng.chance(0.4)) lines.push(line(rng.pick(ROSES.filter((r) => r.price > 6000))));
  if (rng.chance(0.5)) lines.push(line(rng.pick(CARDS)));
  return lines;
}

function stolenPremium(rng: Rng, w: World): Purchase {
  const cc = rng.weightedPick(STOLEN_FROM);
  const country = (PLACES[cc as Country] ? cc : 'NL') as Country;
  const holder = personIn(rng, country);
  const shipTo = rng.pick<Country>(['NL', 'NL', 'NL', 'BE', 'DE']);
  const b: Base = {
    at: seasonalMoment(rng, w.window, 1, 1),
    kind: 'stolen_card_premium',
    buyer: { email: fraudMail(rng, holder, country), name: holder },
    billing: addressIn(rng, country),
    ip: rng.chance(0.45) ? homeIp(rng, shipTo, rng.chance(0.6)) : thiefIp(rng, cc),
    device: newDevice(rng, 0.7),
    locale: PLACES[shipTo].locale,
  };
  const sameDay = PLACES[shipTo].courier === 'own' && rng.chance(0.45);
  const p = flowers(rng, b, premiumLines(rng), addressIn(rng, shipTo), sameDay, personIn(rng, shipTo));
  p.attempts = stolenPay(
    rng,
    [newCard(rng, cc), ...(rng.chance(0.35) ? [newCard(rng, rng.weightedPick(STOLEN_FROM))] : [])],
    p.basket.amount,
    rng.chance(0.55),
  );
  p.later = p.attempts.some((a) => a.ok) ? stolenAfter(rng, p, 0.4, 0.75) : [];
  return p;
}

/** A known customer's account from a new device and place; the saved card; vouchers out or flowers to a new address. */
function takeover(rng: Rng, w: World, c: Customer): Purchase {
  const at = seasonalMoment(rng, w.window, 1, 1);
  const ip = rng.chance(0.45) ? homeIp(rng, c.country, rng.chance(0.4)) : thiefIp(rng, c.country);
  const b: Base = {
    at,
    kind: 'account_takeover',
    buyer: accountBuyer(c),
    billing: c.home,
    ip,
    device: newDevice(rng, 0.5),
    locale: PLACES[c.country].locale,
  };
  const card = rng.pick(c.cards);
  const p = rng.chance(0.55)
    ? vouchers(
        b,
        [line(voucher(rng.pick([10000, 15000, 25000])), rng.int(1, 3))],
        fraudMail(rng, personIn(rng, 'NL'), 'NL'),
      )
    : flowers(
        rng,
        b,
        premiumLines(rng),
        addressIn(rng, rng.pick<Country>(['NL', 'NL', 'BE'])),
        rng.chance(0.4),
        personIn(rng, 'NL'),
      );
  // The saved card: no code asked; the issuer may still challenge a new device.
  const ok = rng.chance(0.72);
  p.attempts = [
    cardAttempt(rng, card, p.basket.amount, {
      entry: 'saved',
      ok,
      afterMs: firstAuth(rng),
      ...(ok
        ? { threeDS: rng.chance(0.7) ? 'frictionless' : 'exempt' }
        : { decline: 'authentication_failed' }),
    }),
  ];
  if (ok) {
    p.later = stolenAfter(rng, p, 0.3, 0.5);
    if (rng.chance(0.35))
      p.later.push({ type: 'refund.created', afterMs: rng.int(2, 6) * DAY, reason: 'account_takeover' });
  }
  return p;
}

/** A ring: a handful of drop flats, many stolen cards, varying names, shared phones; premium flowers same-day. */
function dropRing(rng: Rng, w: World, count: number): Purchase[] {
  const drops = Array.from({ length: rng.int(2, 4) }, () =>
    addressIn(rng, rng.pick<Country>(['NL', 'NL', 'BE'])),
  );
  const phones = Array.from({ length: rng.int(2, 4) }, () => newDevice(rng, 1));
  return Array.from({ length: count }, () => {
    const cc = rng.weightedPick(STOLEN_FROM);
    const country = (PLACES[cc as Country] ? cc : 'NL') as Country;
    const holder = personIn(rng, country);
    const drop = rng.pick(drops);
    const b: Base = {
      at: momentBetween(rng, w.window, 1, 10, 22),
      kind: 'drop_ring',
      buyer: { email: fraudMail(rng, holder, country), name: holder },
      billing: addressIn(rng, country),
      ip: rng.chance(0.6) ? homeIp(rng, drop.country ?? 'NL', true) : thiefIp(rng, cc),
      device: rng.chance(0.7) ? rng.pick(phones) : newDevice(rng, 0.9),
      locale: 'nl-NL',
    };
    const lines = rng.chance(0.6) ? premiumLines(rng) : giftLines(rng, true);
    const p = flowers(rng, b, lines, { ...drop }, rng.chance(0.5), personIn(rng, 'NL'));
    p.attempts = stolenPay(
      rng,
      [newCard(rng, cc), ...(rng.chance(0.4) ? [newCard(rng, rng.weightedPick(STOLEN_FROM))] : [])],
      p.basket.amount,
      rng.chance(0.4),
      rng.chance(0.2) ? 'wallet' : 'typed',
    );
    p.later = p.attempts.some((a) => a.ok) ? stolenAfter(rng, p, 0.4, 0.8) : [];
    return p;
  });
}

/** A real customer, paying with their own means, who then says the flowers never came or arrived wilted. */
function refundAbuse(rng: Rng, w: World, c: Customer): Purchase {
  const b: Base = {
    at: seasonalMoment(rng, w.window, 1),
    kind: 'refund_abuse',
    buyer: accountBuyer(c),
    billing: c.home,
    ip: rng.pick(c.ips),
    device: rng.pick(c.devices),
    locale: PLACES[c.country].locale,
  };
  const shipTo = (PLACES[c.country].courier === 'none' ? 'NL' : c.country) as Country;
  const p = flowers(
    rng,
    b,
    giftLines(rng, true),
    addressIn(rng, shipTo),
    rng.chance(0.3) && PLACES[shipTo].courier === 'own',
    personIn(rng, shipTo),
  );
  p.attempts = honestPay(rng, { country: c.country, cards: c.cards, signedIn: true }, p.basket.amount);
  const arrive = deliveredAfter(rng, p.at, 1, p.deliveryDate);
  const never = rng.chance(0.55);
  p.later = [
    { type: 'order.updated', afterMs: Math.max(30 * MINUTE, arrive - 2 * HOUR), status: 'out_for_delivery' },
    { type: 'order.updated', afterMs: arrive, status: 'delivered' },
  ];
  const paidBy = p.attempts.find((a) => a.ok)?.method;
  const canDispute =
    paidBy === 'card' || paidBy === 'apple_pay' || paidBy === 'google_pay' || paidBy === 'paypal';
  if (canDispute && rng.chance(0.3))
    p.later.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(5, 30) * DAY,
      reason: never ? 'product_not_received' : 'product_unacceptable',
    });
  else
    p.later.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(2, 30) * HOUR,
      reason: never ? 'not_delivered' : 'quality_complaint',
    });
  return p;
}

/** A farm of fresh accounts on one or two phones, each taking the first-order discount to the same few addresses. */
function promoAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const farm = Math.min(count - out.length, rng.int(3, 7));
    const country = rng.pick<Country>(['NL', 'NL', 'BE', 'DE']);
    const name = personIn(rng, country);
    const base = mailFor(rng, name, country).split('@')[0] ?? 'bloem';
    const phones = [newDevice(rng, 1), newDevice(rng, 1)];
    const ip = homeIp(rng, country);
    const homes = [addressIn(rng, country), addressIn(rng, country)];
    const card = newCard(rng, country);
    let t = seasonalMoment(rng, w.window, 1);
    for (let i = 0; i < farm; i++) {
      const email = rng.pick([
        `${base}+${rng.token(3)}@gmail.com`,
        `${base}${rng.int(1, 99)}@gmail.com`,
        `${base.replace('.', '')}.${i}@outlook.com`,
      ]);
      const nick = rng.chance(0.5) ? name : personIn(rng, country);
      const created = t - rng.int(2, 25) * MINUTE;
      const b: Base = {
        at: t,
        kind: 'promo_abuse',
        buyer: { id: `cus_${rng.token(14)}`, email, name: nick, createdAt: created },
        billing: rng.pick(homes),
        ip: rng.chance(0.7) ? ip : homeIp(rng, country, true),
        device: rng.pick(phones),
        locale: PLACES[country].locale,
      };
      const p = flowers(
        rng,
        b,
        [line(rng.pick(BOUQUETS.slice(0, 3)))],
        { ...rng.pick(homes) },
        false,
        rng.chance(0.5) ? name : personIn(rng, country),
        CODES.first,
      );
      p.attempts = honestPay(
        rng,
        { country, cards: [rng.chance(0.5) ? card : newCard(rng, country)], signedIn: false },
        p.basket.amount,
      );
      const arrive = deliveredAfter(rng, p.at, 1, p.deliveryDate);
      p.later = [{ type: 'order.updated', afterMs: arrive, status: 'delivered' }];
      out.push(p);
      t += rng.int(10, 600) * MINUTE;
      if (t >= w.window.end) t = seasonalMoment(rng, w.window, 1);
    }
  }
  return out;
}

/** Buyers in sanctioned countries sending flowers to Europe; compliance cancels and refunds what got through. */
function sanctioned(rng: Rng, w: World): Purchase {
  const from = rng.pick([
    'ir-broadband',
    'ru-broadband',
    'ru-broadband',
    'by-broadband',
    'sy-broadband',
    'cu-mobile',
  ]);
  const net = network(from);
  const shipTo = rng.pick<Country>(['NL', 'DE', 'DE', 'BE', 'FR', 'AT']);
  const name = personIn(rng, shipTo);
  const billAtHome = rng.chance(0.5);
  const b: Base = {
    at: seasonalMoment(rng, w.window, 3),
    kind: 'sanctioned_country',
    buyer: {
      email: `${name.toLowerCase().replace(/[^a-z]/g, '.')}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'mail.ru', 'yandex.com', 'outlook.com'])}`,
      name,
    },
    billing: billAtHome
      ? { country: net.country, city: 'Moskva', line1: `ul. ${rng.int(1, 90)}` }
      : addressIn(rng, shipTo),
    ip: address(rng, net, false),
    device: newDevice(rng),
    locale: rng.pick(['en-GB', 'de-DE', 'nl-NL']),
  };
  if (billAtHome && net.country !== 'RU') b.billing = { country: net.country };
  const p = flowers(rng, b, giftLines(rng, true), addressIn(rng, shipTo), false, personIn(rng, shipTo));
  const tries: Attempt[] = [];
  if (net.country === 'RU' || net.country === 'BY')
    tries.push(
      cardAttempt(rng, newCard(rng, 'RU'), p.basket.amount, {
        entry: 'typed',
        ok: false,
        decline: 'do_not_honor',
        afterMs: firstAuth(rng),
      }),
    );
  const card = newCard(rng, rng.pick(['TR', 'AE']));
  const ok = rng.chance(0.65);
  tries.push(
    cardAttempt(rng, card, p.basket.amount, {
      entry: 'typed',
      ok,
      afterMs: tries.length ? retryGap(rng) : firstAuth(rng),
      ...(ok ? {} : { decline: 'do_not_honor' as const }),
    }),
  );
  if (!ok && rng.chance(0.4)) tries.push(other('paypal', false, retryGap(rng), 'do_not_honor'));
  p.attempts = tries;
  if (ok)
    p.later = [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'sanctions_screening' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'sanctions_screening' },
    ];
  return p;
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const known = w.customers.filter((c) => !c.company && PLACES[c.country].courier !== 'none');
  const pickKnown = (r: Rng) => r.pick(known.length > 0 ? known : w.customers);
  const many = (k: string, m: number, f: (r: Rng) => Purchase) =>
    Array.from({ length: m }, (_, i) => f(rng.fork(`${k}${i}`)));
  return [
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...many('voucher', n.stolen_card_voucher, (r) => stolenVoucher(r, w)),
    ...many('premium', n.stolen_card_premium, (r) => stolenPremium(r, w)),
    ...many('ato', n.account_takeover, (r) => takeover(r, w, pickKnown(r))),
    ...dropRing(rng.fork('ring'), w, n.drop_ring),
    ...many('refund', n.refund_abuse, (r) => refundAbuse(r, w, pickKnown(r))),
    ...promoAbuse(rng.fork('promo'), w, n.promo_abuse),
    ...many('sanctioned', n.sanctioned_country, (r) => sanctioned(r, w)),
  ];
}
