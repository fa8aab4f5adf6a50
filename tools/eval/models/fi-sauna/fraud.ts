import { accountBuyer, type Address, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { accessories, basketOf, type Delivery, line, type Line } from './catalogue.js';
import { address, network, networkOf } from './networks.js';
import {
  type Account,
  businessId,
  device,
  HEADLESS,
  type HeldCard,
  homeAddress,
  newCard,
  person,
  TESTED_BINS,
  type World,
} from './people.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  officeTime,
  other,
  type Purchase,
  retryGap,
  shopTime,
} from './purchase.js';

/** The fraud kinds and their weights (share of fraud orders, each at least one per stream). */
export const FRAUD = {
  card_testing: 22,
  stolen_card: 18,
  account_takeover: 10,
  phished_bank_login: 10,
  bnpl_identity_theft: 12,
  fake_company_invoice: 6,
  friendly_fraud: 12,
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

const LOCKER_TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['Vantaa', '01510', 'Posti Pakettiautomaatti, Tikkurilantie 10'],
  ['Helsinki', '00510', 'Posti Pakettiautomaatti, Sturenkatu 21'],
  ['Espoo', '02230', 'Posti Pakettiautomaatti, Merituulentie 4'],
  ['Tampere', '33540', 'Posti Pakettiautomaatti, Hervannan valtaväylä 2'],
];
const locker = (rng: Rng): Address => {
  const [city, postalCode, line1] = rng.pick(LOCKER_TOWNS);
  return { country: 'FI', city, postalCode, line1 };
};

const junkMail = (rng: Rng) =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz0123456789')}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'mail.com'])}`;

const wrap = (
  kind: FraudKind,
  p: {
    at: number;
    lines: Line[];
    country: string;
    delivery: Delivery;
    billing: Address;
    shipping?: Address;
    buyer: Buyer;
    ip: string;
    device: Purchase['device'];
    attempts: Attempt[];
    later: LaterEvent[];
    locale?: string;
    company?: Purchase['company'];
    reference?: string;
    currency?: 'EUR' | 'SEK' | 'NOK' | 'USD' | 'CAD';
  },
): Purchase => {
  const basket = basketOf(p.lines, p.currency ?? 'EUR', p.delivery, p.shipping?.country ?? p.country);
  return {
    at: p.at,
    fraud: true,
    kind,
    basket,
    billing: p.billing,
    attempts: p.attempts,
    later: p.later,
    buyer: p.buyer,
    ...(p.shipping ? { shipping: p.shipping } : {}),
    delivery: p.delivery,
    ip: p.ip,
    device: p.device,
    locale: p.locale ?? 'fi-FI',
    ...(p.company ? { company: p.company } : {}),
    ...(p.reference ? { reference: p.reference } : {}),
  };
};

const euro = (lines: readonly Line[]) => lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** Goods that resell fast on Tori.fi and Facebook Marketplace: electric stoves, control units, gift cards. */
function resaleLines(rng: Rng): Line[] {
  return rng.weightedPick<Line[]>([
    [[line('elecFloor', 'EUR'), line('control', 'EUR')], 3],
    [[line('elecTower', 'EUR')], 2],
    [[line('elecWall', 'EUR', rng.int(1, 2))], 3],
    [[line('gift100', 'EUR', rng.int(3, 8))], 2],
    [[line('tubHeater', 'EUR'), line('tubCover', 'EUR')], 1],
    [[line('woodMid', 'EUR'), line('stones', 'EUR', 2)], 1],
  ]);
}

/** After a stolen payment is captured: the goods go out, the issuer's warning and the chargeback follow. */
function chargeback(rng: Rng, shipped: boolean, reason = 'fraudulent'): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (shipped) {
    const ship = rng.int(8, 40) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(20, 60) * HOUR, status: 'delivered' });
  }
  if (rng.chance(0.6))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(0.8)) out.push({ type: 'dispute.created', afterMs: rng.int(18, 55) * DAY, reason });
  return out;
}

function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.int(5, 14));
    left -= size;
    const [bin, brand, country, funding] = rng.pick(TESTED_BINS);
    const net = network(rng.pick(['us-hosting', 'nl-hosting', 'de-hosting', 'fi-hosting']));
    const agent = rng.chance(0.5) ? HEADLESS : undefined;
    const dev = device(rng, agent);
    // A night in Finland, when nobody watches the shop.
    let t = shopTime(
      rng,
      w.window,
      3,
      [1, 1, 1, 1, 1, 0.6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.6, 1],
    );
    for (let i = 0; i < size; i++) {
      t += rng.int(15, 150) * 1000;
      const lines = [line(rng.pick(['scentBirch', 'scentTar', 'vihta'] as const), 'EUR')];
      const tries = rng.int(1, 3);
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const card: HeldCard = {
          bin,
          brand,
          country,
          funding,
          last4: rng.digits(4),
          fingerprint: `fp_${rng.token(16)}`,
        };
        const ok = rng.chance(0.07);
        const decline = rng.weightedPick<string>([
          ['card_declined', 40],
          ['incorrect_cvc', 20],
          ['expired_card', 15],
          ['authentication_failed', 15],
          ['insufficient_funds', 10],
        ]);
        attempts.push(
          cardAttempt(rng, card, 1_000, {
            ok,
            ...(ok ? {} : { decline }),
            afterMs: k === 0 ? rng.int(4_000, 15_000) : rng.int(3_000, 20_000),
            ...(ok ? { threeDS: 'exempt' as const } : {}),
          }),
        );
        if (ok) break;
      }
      const p = person(rng, 'FI');
      const home = homeAddress(rng, 'FI');
      out.push(
        wrap('card_testing', {
          at: t,
          lines,
          country: 'FI',
          delivery: 'posti_locker',
          billing: home,
          shipping: home,
          buyer: { name: p.name, email: rng.chance(0.5) ? junkMail(rng) : p.email },
          ip: address(rng, net),
          device: rng.chance(0.6) ? dev : device(rng, agent),
          attempts,
          later:
            attempts.some((a) => a.ok) && rng.chance(0.4)
              ? [{ type: 'fraud_warning.created', afterMs: rng.int(2, 9) * DAY, reason: 'fraudulent' }]
              : [],
        }),
      );
    }
  }
  return out;
}

function stolenCard(rng: Rng, w: World): Purchase {
  const cardCountry = rng.weighted({ FI: 35, SE: 10, DE: 15, US: 25, GB: 15 });
  const card = newCard(rng, cardCountry);
  const withDetails = rng.chance(0.55);
  const victim = person(rng, cardCountry === 'GB' ? 'US' : cardCountry);
  const billing = withDetails
    ? homeAddress(rng, cardCountry === 'GB' ? 'US' : cardCountry)
    : homeAddress(rng, 'FI');
  const lines = resaleLines(rng);
  const eur = euro(lines);
  const bulky = lines.some((l) =>
    ['elecFloor', 'elecTower', 'tubHeater', 'woodMid'].some(
      (k) =>
        l.sku ===
        (
          { elecFloor: 'ES-9', elecTower: 'ES-10T', tubHeater: 'HT-H', woodMid: 'WS-20' } as Record<
            string,
            string
          >
        )[k],
    ),
  );
  const delivery: Delivery = bulky ? 'freight_slot' : 'posti_locker';
  const shipping = delivery === 'posti_locker' ? locker(rng) : homeAddress(rng, 'FI');
  const net = rng.chance(0.5)
    ? networkOf(rng, 'FI', 'mobile')
    : network(rng.pick(['fi-hosting', 'nl-hosting', 'de-hosting']));
  const attempts: Attempt[] = [];
  const eea = cardCountry !== 'US' && cardCountry !== 'GB';
  const first = eea && rng.chance(0.5);
  if (first)
    attempts.push(
      cardAttempt(rng, card, eur, { ok: false, decline: 'authentication_failed', afterMs: firstAuth(rng) }),
    );
  const second = first && rng.chance(0.5) ? newCard(rng, rng.pick(['US', 'GB'])) : card;
  const ok = !first || second !== card || rng.chance(0.3);
  attempts.push(
    cardAttempt(rng, second, eur, {
      ok,
      ...(ok
        ? { threeDS: ['US', 'GB'].includes(second.country) ? 'not_enrolled' : 'challenge_passed' }
        : { decline: 'authentication_failed' }),
      afterMs: first ? retryGap(rng) : firstAuth(rng),
      avs: withDetails ? 'pass' : 'fail',
    }),
  );
  const account = rng.chance(0.3);
  const buyer: Buyer = account
    ? { id: `cus_${rng.int(400_000, 499_999)}`, email: junkMail(rng), name: victim.name, createdAt: 0 }
    : { name: victim.name, email: rng.chance(0.5) ? junkMail(rng) : victim.email };
  const at = shopTime(rng, w.window, 3);
  if (buyer.id) buyer.createdAt = at - rng.int(2, 25) * MINUTE;
  return wrap('stolen_card', {
    at,
    lines,
    country: 'FI',
    delivery,
    billing,
    shipping,
    buyer,
    ip: address(rng, net),
    device: device(rng),
    attempts,
    later: chargeback(rng, true),
  });
}

function accountTakeover(rng: Rng, w: World): Purchase {
  const aged = w.accounts.filter((a) => a.country === 'FI' && a.cards.length > 0);
  const a: Account = rng.pick(aged.length > 0 ? aged : w.accounts);
  const lines = rng.chance(0.5) ? [line('gift100', 'EUR', rng.int(4, 10))] : resaleLines(rng);
  const eur = euro(lines);
  const gift = lines.every((l) => l.category === 'gift_card');
  const net = rng.chance(0.5)
    ? network(rng.pick(['nl-hosting', 'de-hosting', 'us-hosting']))
    : networkOf(rng, rng.pick(['FI', 'LT', 'LV']), 'mobile');
  const card = rng.pick(a.cards);
  const attempts = [
    cardAttempt(rng, card, eur, { entry: 'saved', ok: true, afterMs: rng.int(5_000, 25_000) }),
  ];
  const shipping = locker(rng);
  const later: LaterEvent[] = [];
  if (!gift && rng.chance(0.3))
    later.push({
      type: 'order.updated',
      afterMs: rng.int(10, 90) * MINUTE,
      status: 'address_changed',
      shipping: locker(rng),
    });
  if (rng.chance(0.3)) {
    later.push({
      type: 'order.cancelled',
      afterMs: rng.int(6, 30) * HOUR,
      reason: 'customer_reported_fraud',
    });
    later.push({ type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'fraudulent' });
  } else later.push(...chargeback(rng, !gift));
  return wrap('account_takeover', {
    at: shopTime(
      rng,
      w.window,
      3,
      [
        1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.8,
        1,
      ],
    ),
    lines,
    country: 'FI',
    delivery: gift ? 'email' : 'posti_locker',
    billing: a.home,
    ...(gift ? {} : { shipping }),
    buyer: accountBuyer(a),
    ip: address(rng, net),
    device: device(rng),
    attempts,
    later,
  });
}

function phishedBank(rng: Rng, w: World): Purchase {
  const victim = person(rng, 'FI');
  const home = homeAddress(rng, 'FI');
  const lines = resaleLines(rng);
  const gift = lines.every((l) => l.category === 'gift_card');
  const net = rng.chance(0.6)
    ? networkOf(rng, 'FI', 'mobile')
    : network(rng.pick(['nl-hosting', 'de-hosting']));
  const later: LaterEvent[] = [
    { type: 'fraud_warning.created', afterMs: rng.int(20, 96) * HOUR, reason: 'bank_reported_fraud' },
  ];
  if (rng.chance(0.5)) {
    later.push({ type: 'order.cancelled', afterMs: rng.int(97, 120) * HOUR, reason: 'fraud' });
    later.push({ type: 'refund.created', afterMs: rng.int(121, 150) * HOUR, reason: 'fraudulent' });
  } else if (!gift) {
    later.push({ type: 'order.updated', afterMs: rng.int(8, 19) * HOUR, status: 'shipped' });
    later.push({ type: 'refund.created', afterMs: rng.int(6, 20) * DAY, reason: 'fraudulent' });
  }
  return wrap('phished_bank_login', {
    at: shopTime(rng, w.window, 3),
    lines,
    country: 'FI',
    delivery: gift
      ? 'email'
      : lines.some(
            (l) => l.category === 'hot_tub' || l.sku === 'ES-10T' || l.sku === 'ES-9' || l.sku === 'WS-20',
          )
        ? 'freight_slot'
        : 'posti_locker',
    billing: home,
    ...(gift ? {} : { shipping: rng.chance(0.7) ? locker(rng) : homeAddress(rng, 'FI') }),
    buyer: { name: victim.name, email: rng.chance(0.6) ? junkMail(rng) : victim.email },
    ip: address(rng, net),
    device: device(rng),
    attempts: [other('online_bank', true, rng.int(40_000, 4 * MINUTE))],
    later,
  });
}

function bnplIdentity(rng: Rng, w: World): Purchase {
  const country = rng.weighted({ FI: 75, SE: 15, DE: 10 });
  const victim = person(rng, country);
  const home = homeAddress(rng, country);
  const lines = rng.chance(0.5)
    ? [line('elecWall', 'EUR'), ...accessories(rng, 'EUR', 2)]
    : [line('control', 'EUR'), line('lamp', 'EUR'), line('robe', 'EUR', rng.int(1, 3))];
  const at = shopTime(rng, w.window, 3);
  const signup = rng.chance(0.6);
  const buyer: Buyer = signup
    ? {
        id: `cus_${rng.int(400_000, 499_999)}`,
        name: victim.name,
        email: `${victim.email.split('@')[0]}${rng.int(10, 99)}@gmail.com`,
        createdAt: at - rng.int(1, 15) * MINUTE,
      }
    : { name: victim.name, email: `${victim.email.split('@')[0]}${rng.int(10, 99)}@outlook.com` };
  const rejected = rng.chance(0.35);
  const attempts: Attempt[] = [other('klarna', !rejected, firstAuth(rng), 'credit_declined')];
  if (rejected && rng.chance(0.5))
    attempts.push(other('instalments', false, retryGap(rng), 'credit_declined'));
  const net = rng.chance(0.6)
    ? networkOf(rng, 'FI', 'mobile', 'fixed')
    : network(rng.pick(['nl-hosting', 'fi-hosting']));
  return wrap('bnpl_identity_theft', {
    at,
    lines,
    country: 'FI',
    delivery: 'posti_locker',
    billing: home,
    shipping: locker(rng),
    buyer,
    ip: address(rng, net),
    device: device(rng),
    attempts,
    later: [
      { type: 'order.updated', afterMs: rng.int(10, 40) * HOUR, status: 'shipped' },
      { type: 'order.updated', afterMs: rng.int(41, 80) * HOUR, status: 'delivered' },
      { type: 'dispute.created', afterMs: rng.int(21, 45) * DAY, reason: 'fraudulent' },
    ],
  });
}

function fakeCompany(rng: Rng, w: World): Purchase {
  const boss = person(rng, 'FI');
  const name = `${boss.name.split(' ')[1]} ${rng.pick(['Rakennus', 'Kiinteistöhuolto', 'Remontti', 'Talotekniikka'])} Oy`;
  const registered = homeAddress(rng, 'FI');
  const site = {
    country: 'FI',
    city: rng.pick(['Vantaa', 'Kerava', 'Sipoo', 'Nurmijärvi']),
    postalCode: rng.pick(['01510', '04200', '04130', '01900']),
    line1: `${rng.pick(['Teollisuustie', 'Varastokatu', 'Valimotie'])} ${rng.int(1, 40)}, työmaa`,
  };
  const lines = [
    line(rng.pick(['elecFloor', 'elecTower', 'woodMid'] as const), 'EUR', rng.int(3, 8)),
    line('control', 'EUR', rng.int(2, 6)),
    line('stones', 'EUR', rng.int(6, 20)),
  ];
  return wrap('fake_company_invoice', {
    at: officeTime(rng, w.window),
    lines,
    country: 'FI',
    delivery: 'freight_slot',
    billing: registered,
    shipping: site,
    buyer: {
      name: boss.name,
      email: rng.chance(0.6)
        ? `${boss.email.split('@')[0]}.oy@gmail.com`
        : `tilaukset@${rng.token(6, 'abcdefghijklmnopqrstuvwxyz')}-rakennus.fi`,
    },
    ip: address(rng, networkOf(rng, 'FI', 'mobile')),
    device: device(rng),
    attempts: [other('invoice', true, rng.int(3_000, 20_000))],
    company: { name, businessId: businessId(rng) },
    reference: `Kohde ${site.city} ${rng.int(1, 60)} as.`,
    later: [
      { type: 'order.updated', afterMs: rng.int(4, 24) * HOUR, status: 'slot_booked' },
      { type: 'order.updated', afterMs: rng.int(2, 5) * DAY, status: 'shipped' },
      { type: 'order.updated', afterMs: rng.int(6, 8) * DAY, status: 'delivered' },
      { type: 'fraud_warning.created', afterMs: rng.int(18, 30) * DAY, reason: 'invoice_identity_fraud' },
      { type: 'dispute.created', afterMs: rng.int(31, 45) * DAY, reason: 'fraudulent' },
    ],
  });
}

function friendly(rng: Rng, w: World): Purchase {
  const a = rng.pick(
    w.accounts.filter((x) => x.country === 'FI' || x.country === 'SE' || x.country === 'US'),
  );
  const c = a.country === 'SE' ? 'SEK' : a.country === 'US' ? 'USD' : 'EUR';
  const lines = rng.chance(0.5)
    ? [line(rng.pick(['elecWall', 'elecFloor', 'woodSmall'] as const), c), line('stones', c, 2)]
    : accessories(rng, c, 4);
  const card = rng.pick(a.cards);
  const eur = euro(lines);
  const freight = lines.some((l) => l.category.endsWith('stove'));
  return wrap('friendly_fraud', {
    at: shopTime(rng, w.window, a.country === 'US' ? -5 : a.country === 'SE' ? 2 : 3),
    lines,
    country: a.country,
    currency: c,
    delivery: freight ? 'freight_slot' : a.country === 'FI' ? 'posti_locker' : 'courier',
    billing: a.home,
    shipping: a.cottage ?? a.home,
    buyer: accountBuyer(a),
    ip: rng.chance(0.8) ? a.ip : address(rng, a.network),
    device: rng.pick(a.devices),
    attempts: [
      cardAttempt(rng, card, eur, {
        entry: rng.chance(0.5) ? 'saved' : rng.chance(0.3) ? 'wallet' : 'typed',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ],
    locale: a.country === 'SE' ? 'sv-SE' : a.country === 'US' ? 'en-US' : 'fi-FI',
    later: [
      { type: 'order.updated', afterMs: rng.int(12, 40) * HOUR, status: 'shipped' },
      { type: 'order.updated', afterMs: rng.int(3, 8) * DAY, status: 'delivered' },
      {
        type: 'dispute.created',
        afterMs: rng.int(20, 60) * DAY,
        reason: rng.pick(['product_not_received', 'fraudulent', 'product_unacceptable']),
      },
    ],
  });
}

const FORWARDERS: ReadonlyArray<Address> = [
  { country: 'FI', city: 'Lappeenranta', postalCode: '53100', line1: 'Ruukkukatu 3, c/o terminal' },
  { country: 'FI', city: 'Imatra', postalCode: '55100', line1: 'Tainionkoskentie 12, varasto 4' },
  { country: 'FI', city: 'Kotka', postalCode: '48100', line1: 'Satamakatu 7, c/o huolinta' },
  { country: 'LV', city: 'Rēzekne', postalCode: 'LV-4601', line1: 'Atbrīvošanas aleja 80, noliktava' },
];
const RU_HOMES: ReadonlyArray<Address> = [
  { country: 'RU', city: 'Sankt-Peterburg', postalCode: '191186', line1: 'Nevsky pr. 28' },
  { country: 'RU', city: 'Vyborg', postalCode: '188800', line1: 'Leningradsky pr. 12' },
  { country: 'RU', city: 'Moskva', postalCode: '125009', line1: 'Tverskaya ul. 7' },
  { country: 'BY', city: 'Minsk', postalCode: '220030', line1: 'pr. Nezavisimosti 11' },
];

/** Russian and Belarusian buyers of Finnish stoves, since 2022 only through forwarders and third-country cards. */
function sanctioned(rng: Rng, w: World): Purchase {
  const home = rng.pick(RU_HOMES);
  const from = home.country;
  const p = {
    name: rng.pick([
      'Sergei Ivanov',
      'Dmitri Smirnov',
      'Olga Kuznetsova',
      'Aleksei Popov',
      'Natalia Volkova',
      'Andrei Lukashevich',
    ]),
    email: `${rng.token(8, 'abcdefghijklmnopqrstuvwxyz')}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`,
  };
  const lines = [
    line(rng.pick(['woodMid', 'woodPanorama', 'woodWater', 'elecTower'] as const), 'EUR'),
    line('stones', 'EUR', rng.int(2, 6)),
    ...(rng.chance(0.5) ? [line('chimney', 'EUR')] : []),
  ];
  const eur = euro(lines);
  const variant = rng.next();
  const attempts: Attempt[] = [];
  if (variant < 0.35) {
    attempts.push(
      cardAttempt(rng, newCard(rng, 'RU'), eur, {
        ok: false,
        decline: 'card_not_supported',
        afterMs: firstAuth(rng),
        threeDS: 'not_enrolled',
      }),
    );
    attempts.push(
      cardAttempt(rng, newCard(rng, rng.pick(['KZ', 'AM'])), eur, {
        ok: rng.chance(0.6),
        decline: 'do_not_honor',
        afterMs: retryGap(rng),
        threeDS: 'challenge_passed',
      }),
    );
  } else if (variant < 0.75) {
    const ok = rng.chance(0.7);
    attempts.push(
      cardAttempt(rng, newCard(rng, rng.pick(['KZ', 'AM'])), eur, {
        ok,
        ...(ok ? { threeDS: 'challenge_passed' as const } : { decline: 'do_not_honor' }),
        afterMs: firstAuth(rng),
      }),
    );
  } else attempts.push(other('online_bank', true, firstAuth(rng)));
  const viaVpn = variant >= 0.75;
  const ip = viaVpn
    ? address(rng, networkOf(rng, 'FI', 'fixed'))
    : address(rng, networkOf(rng, from, rng.chance(0.6) ? 'fixed' : 'mobile'));
  const later: LaterEvent[] = rng.chance(0.4)
    ? [
        { type: 'order.cancelled', afterMs: rng.int(4, 30) * HOUR, reason: 'export_restriction' },
        { type: 'refund.created', afterMs: rng.int(31, 48) * HOUR, reason: 'export_restriction' },
      ]
    : [
        { type: 'order.updated', afterMs: rng.int(1, 3) * DAY, status: 'slot_booked' },
        { type: 'order.updated', afterMs: rng.int(4, 9) * DAY, status: 'delivered' },
      ];
  return wrap('sanctioned_country', {
    at: shopTime(rng, w.window, 3),
    lines,
    country: 'FI',
    delivery: 'freight_slot',
    billing: home,
    shipping: rng.pick(FORWARDERS),
    buyer: p,
    ip,
    device: device(rng),
    attempts,
    later,
    locale: rng.chance(0.6) ? 'ru-RU' : 'en-US',
  });
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  out.push(...cardTesting(rng.fork('card_testing'), w, n.card_testing));
  const one: Record<Exclude<FraudKind, 'card_testing'>, (r: Rng, w: World) => Purchase> = {
    stolen_card: stolenCard,
    account_takeover: accountTakeover,
    phished_bank_login: phishedBank,
    bnpl_identity_theft: bnplIdentity,
    fake_company_invoice: fakeCompany,
    friendly_fraud: friendly,
    sanctioned_country: sanctioned,
  };
  for (const [kind, plan] of Object.entries(one) as Array<
    [Exclude<FraudKind, 'card_testing'>, (r: Rng, w: World) => Purchase]
  >) {
    const r = rng.fork(kind);
    for (let i = 0; i < n[kind]; i++) out.push(plan(r, w));
  }
  return out;
}
