import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { launchRush, momentIn } from './calendar.js';
import {
  CHEAP,
  CONSOLES,
  CPUS,
  GPUS,
  type Item,
  LAPTOPS,
  LAUNCH_GPUS,
  MONITORS,
  PERIPHERALS,
  STORAGE,
  VOUCHERS,
} from './catalogue.js';
import { accountBuyer, assemble, freshBuyer, fulfilmentFor, shipTo, type World } from './build.js';
import { ipIn, network, type Network, networksOf } from './networks.js';
import {
  BOT_AGENTS,
  cardFromBin,
  type Country,
  emailOf,
  fold,
  homeAddress,
  homeNetwork,
  type HeldCard,
  MARKETS,
  newCard,
  newCompany,
  newDevice,
  parcelPoint,
  personName,
  pickCountry,
} from './people.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  delivery,
  firstAuth,
  HOUR,
  lastStep,
  type LaterEvent,
  MINUTE,
  paidAfter,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Fraud, by kind (weights of fraudulent orders; allocated exactly, at least one each). */
export const FRAUD = {
  card_testing: 16,
  stolen_card: 22,
  account_takeover: 13,
  scalper_bot: 12,
  reshipping_mule: 9,
  fake_company: 7,
  friendly_fraud: 10,
  refund_abuse: 6,
  sanctioned_country: 5,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const picks = (items: readonly Item[]) => items.map((i) => [i, 1] as const);
const resale = (rng: Rng, w: World, at: number): Item[] => [
  rng.pick(
    at >= w.launch && rng.chance(0.45)
      ? LAUNCH_GPUS
      : rng.pick<readonly Item[]>([GPUS, CONSOLES, LAPTOPS, CPUS, [...GPUS, ...CONSOLES]]),
  ),
];

/** After a stolen card went through: the issuer's early warning, the shop's own cancellation, the chargeback. */
function chargedBack(
  rng: Rng,
  p: Omit<Purchase, 'later'>,
  o: { cancel: number; warn: number; dispute: number },
): LaterEvent[] {
  const paidAt = paidAfter(p.attempts);
  if (rng.chance(o.cancel))
    return [
      { type: 'order.cancelled', afterMs: paidAt + rng.int(1, 20) * HOUR, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: paidAt + rng.int(21, 30) * HOUR, reason: 'fraudulent' },
    ];
  const steps = delivery(rng, p.fulfilment, paidAt, p.shipping?.country !== 'CZ', false);
  const done = lastStep(steps, paidAt);
  if (rng.chance(o.warn))
    steps.push({
      type: 'fraud_warning.created',
      afterMs: paidAt + rng.int(1, 12) * DAY,
      reason: 'fraudulent',
    });
  if (rng.chance(o.dispute))
    steps.push({ type: 'dispute.created', afterMs: done + rng.int(8, 55) * DAY, reason: 'fraudulent' });
  return steps;
}

/** Tries of stolen cards: declines on the way, a success when one card (and its 3-D Secure) goes through. */
function stolenTries(
  rng: Rng,
  cards: HeldCard[],
  czk: number,
  success: number,
  declines: readonly Decline[],
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const afterMs = i === 0 ? firstAuth(rng) : rng.int(15_000, 3 * MINUTE);
    if (rng.chance(success)) {
      const eea = !['US', 'GB', 'TR', 'AE', 'KZ', 'AM'].includes(card.country);
      out.push(
        cardAttempt(rng, card, czk, {
          ok: true,
          afterMs,
          ...(eea ? { threeDS: 'challenge_passed' as const } : {}),
        }),
      );
      return out;
    }
    out.push(cardAttempt(rng, card, czk, { ok: false, afterMs, decline: rng.pick(declines) }));
  }
  return out;
}

const STOLEN_DECLINES: readonly Decline[] = [
  'authentication_failed',
  'do_not_honor',
  'stolen_card',
  'insufficient_funds',
  'lost_card',
];
const email = (rng: Rng, name: string, country: string) =>
  rng.chance(0.6)
    ? emailOf(rng, name, country)
    : `${fold(name).slice(0, 8)}${rng.digits(3)}@${rng.pick(['gmail.com', 'outlook.com', 'seznam.cz', 'proton.me'])}`;

/** Bots run through card numbers at night on a voucher or a cable, a handful of orders per session, few BINs. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    let at = momentIn(rng, w.window, 'night');
    const net = rng.chance(0.5)
      ? network(rng.pick(['us-cloud', 'de-hosting', 'nl-hosting']))
      : homeNetwork(rng, rng.pick(['CZ', 'SK', 'PL', 'DE']));
    const [bin, country, funding] = rng.pick<readonly [string, string, HeldCard['funding']]>([
      ['414720', 'US', 'credit'],
      ['440066', 'US', 'credit'],
      ['465858', 'GB', 'debit'],
      ['492942', 'DE', 'debit'],
      ['516844', 'CZ', 'debit'],
      ['428313', 'PL', 'debit'],
      ['516760', 'LT', 'prepaid'],
    ]);
    // One address for the whole session, or a new proxy exit for every order.
    const fixed = rng.chance(0.5) ? ipIn(rng, net, 0) : undefined;
    const run = Math.min(count - out.length, rng.int(4, 14));
    const agent = rng.pick(BOT_AGENTS);
    for (let i = 0; i < run; i++) {
      at += rng.int(20_000, 4 * MINUTE);
      const item = rng.chance(0.6) ? rng.pick(VOUCHERS.slice(0, 2)) : rng.pick(CHEAP);
      const name = personName(rng, rng.pick(['CZ', 'SK', 'DE']));
      const f = item.category === 'voucher' ? 'email' : 'packeta_point';
      const home = homeAddress(rng, 'CZ');
      const cards = Array.from({ length: rng.int(1, 4) }, () => cardFromBin(rng, bin, country, funding));
      out.push(
        assemble(rng, {
          kind: 'card_testing',
          fraud: true,
          at,
          buyer: {
            email: `${rng.token(rng.int(6, 10))}@${rng.pick(['gmail.com', 'seznam.cz', 'outlook.com', 'mail.ru'])}`,
            name,
          },
          country: 'CZ',
          billing: home,
          fulfilment: f,
          ...(f === 'packeta_point' ? { shipping: parcelPoint(rng, 'CZ', home) } : {}),
          picks: [[item, 1]],
          network: net,
          ...(fixed ? { ip: fixed } : {}),
          device: rng.chance(0.6) ? { userAgent: agent } : { id: `dv_${rng.token(20)}`, userAgent: agent },
          pay: (czk) => {
            const tries: Attempt[] = [];
            for (const [k, card] of cards.entries()) {
              const afterMs = k === 0 ? rng.int(3_000, 15_000) : rng.int(2_000, 20_000);
              if (rng.chance(0.13)) {
                tries.push(cardAttempt(rng, card, czk, { ok: true, afterMs }));
                break;
              }
              const decline = rng.pick<Decline>([
                'invalid_number',
                'do_not_honor',
                'expired_card',
                'insufficient_funds',
                'incorrect_cvc',
                'authentication_failed',
                'stolen_card',
                'card_velocity_exceeded',
              ]);
              tries.push(cardAttempt(rng, card, czk, { ok: false, afterMs, decline }));
            }
            return tries;
          },
          after: (p) => chargedBack(rng, p, { cancel: 0.1, warn: 0.45, dispute: 0.35 }),
        }),
      );
    }
  }
  return out;
}

/**
 * Stolen cards on what resells: the new cards, consoles, laptops. Many look like a first-time buyer: the
 * holder's own name and address (phished together with the card and its one-time code), a Czech phone
 * network, a Packeta point in another town. Others use foreign cards without 3-D Secure, or go through a
 * handful of cards from abroad.
 */
function stolenCard(rng: Rng, w: World): Purchase {
  const style = rng.weightedPick<'phished' | 'foreign' | 'sloppy'>([
    ['phished', 45],
    ['foreign', 30],
    ['sloppy', 25],
  ]);
  const at = rng.chance(0.3)
    ? launchRush(rng, w.window, 72)
    : momentIn(rng, w.window, rng.chance(0.3) ? 'night' : 'shoppers');
  const country: Country = rng.chance(0.75) ? 'CZ' : 'SK';
  const holderCountry = style === 'foreign' ? rng.pick(['US', 'US', 'GB']) : country;
  const name =
    style === 'foreign'
      ? rng.pick([
          'Michael Johnson',
          'Jennifer Smith',
          'David Brown',
          'Sarah Wilson',
          'James Taylor',
          'Emily Clark',
        ])
      : personName(rng, country);
  const billing: Address =
    style === 'foreign'
      ? {
          country: holderCountry,
          postalCode: rng.digits(5),
          city: rng.pick(['Houston', 'Columbus', 'Leeds', 'Phoenix', 'Tampa']),
          line1: `${rng.int(10, 9999)} ${rng.pick(['Oak St', 'Maple Ave', 'High Street', 'Park Rd'])}`,
        }
      : homeAddress(rng, country);
  const items = rng.chance(0.12) ? [VOUCHERS[2] as Item, VOUCHERS[2] as Item] : resale(rng, w, at);
  const f = items[0]?.category === 'voucher' ? 'email' : rng.chance(0.8) ? 'packeta_point' : 'courier';
  const dropTown = homeAddress(rng, country);
  const net =
    style === 'phished'
      ? rng.chance(0.7)
        ? network(country === 'CZ' ? 'cz-mobile' : 'sk-mobile')
        : homeNetwork(rng, country)
      : style === 'foreign'
        ? network(rng.pick(['us-cloud', 'de-hosting', 'cz-mobile', 'us-cable']))
        : network(rng.pick(['ng-mobile', 'vn-broadband', 'nl-hosting', 'ru-broadband', 'cz-mobile']));
  const cards =
    style === 'sloppy'
      ? Array.from({ length: rng.int(2, 4) }, () => newCard(rng, rng.pick(['CZ', 'SK', 'DE', 'US'])))
      : [newCard(rng, holderCountry)];
  return assemble(rng, {
    kind: 'stolen_card',
    fraud: true,
    at,
    buyer: freshBuyer(rng, at, name, email(rng, name, country), rng.chance(0.6)),
    country,
    billing,
    fulfilment: f,
    ...(f === 'email'
      ? {}
      : { shipping: f === 'packeta_point' ? parcelPoint(rng, country, dropTown) : dropTown }),
    picks: picks(items),
    network: net,
    device: newDevice(rng),
    pay: (czk) =>
      stolenTries(
        rng,
        cards,
        czk,
        style === 'phished' ? 0.6 : style === 'foreign' ? 0.55 : 0.3,
        STOLEN_DECLINES,
      ),
    after: (p) => chargedBack(rng, p, { cancel: 0.18, warn: 0.4, dispute: 0.75 }),
  });
}

/**
 * A customer's account, its password reused from a breach: a new device and network, the saved card, and the
 * parcel redirected to a Packeta point, at checkout or by changing the address afterwards.
 */
function accountTakeover(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.accounts.filter((x) => x.createdAt < w.window.start - 30 * DAY));
  const at = rng.chance(0.3)
    ? launchRush(rng, w.window, 48)
    : momentIn(rng, w.window, rng.chance(0.4) ? 'night' : 'shoppers');
  const items = resale(rng, w, at);
  const drop = parcelPoint(rng, a.country, homeAddress(rng, a.country));
  const later = rng.chance(0.25);
  const f = later ? 'courier' : 'packeta_point';
  const net = rng.weightedPick<Network>([
    [
      network(a.country === 'CZ' ? 'cz-mobile' : (networksOf(a.country, 'mobile')[0]?.name ?? 'cz-mobile')),
      4,
    ],
    [network('nl-hosting'), 2],
    [network('de-hosting'), 1],
    [network('ru-broadband'), 1],
    [homeNetwork(rng, a.country), 2],
  ]);
  return assemble(rng, {
    kind: 'account_takeover',
    fraud: true,
    at,
    buyer: accountBuyer(a),
    country: a.country,
    billing: { ...a.home },
    fulfilment: f,
    shipping: later ? { ...a.home } : drop,
    picks: picks(items),
    network: net,
    device: newDevice(rng),
    pay: (czk) => {
      const card = rng.pick(a.cards);
      if (rng.chance(0.3)) {
        const tries = [
          cardAttempt(rng, card, czk, {
            entry: 'saved',
            ok: false,
            decline: 'authentication_failed',
            afterMs: firstAuth(rng),
          }),
        ];
        if (rng.chance(0.4))
          tries.push(
            cardAttempt(rng, card, czk, {
              entry: 'saved',
              ok: true,
              afterMs: retryGap(rng),
              threeDS: 'challenge_passed',
            }),
          );
        return tries;
      }
      return [
        cardAttempt(rng, card, czk, {
          entry: 'saved',
          ok: true,
          afterMs: firstAuth(rng),
          threeDS: rng.chance(0.6) ? 'frictionless' : 'challenge_passed',
        }),
      ];
    },
    after: (p) => {
      const steps = chargedBack(rng, p, { cancel: 0.22, warn: 0.25, dispute: 0.65 });
      if (later && !steps.some((s) => s.type === 'order.cancelled'))
        steps.push({
          type: 'order.updated',
          afterMs: paidAfter(p.attempts) + rng.int(5, 90) * MINUTE,
          reason: 'address_changed',
          shipping: drop,
        });
      return steps;
    },
  });
}

/**
 * Scalpers' bots at the launch: farms of accounts opened days before, jigged addresses around a few flats, a
 * handful of Packeta points, virtual cards, phones and proxies; they buy one card per account in the first
 * minutes. The shop cancels what it catches as breaking the one-per-customer limit; scalpers return unsold
 * cards within the fourteen days.
 */
function scalperBots(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  const crews = Array.from({ length: Math.max(1, Math.min(4, Math.ceil(count / 8))) }, () => {
    const country: Country = rng.chance(0.7) ? 'CZ' : 'SK';
    const base = homeAddress(rng, country);
    return {
      country,
      base,
      points: Array.from({ length: rng.int(1, 3) }, () => parcelPoint(rng, country, base)),
      domain: rng.chance(0.5) ? 'gmail.com' : `${rng.token(6)}.${country.toLowerCase()}`,
      devices: Array.from({ length: rng.int(1, 3) }, () => ({
        id: `dv_${rng.token(20)}`,
        userAgent: rng.pick(BOT_AGENTS),
      })),
      bin: rng.pick(['537100', '459678', '516760', '516844']),
      opened: w.launch - Math.floor(rng.float(1, 10) * DAY),
    };
  });
  for (let i = 0; i < count; i++) {
    const c = rng.pick(crews);
    const at = launchRush(rng, w.window, 0.4);
    const name = personName(rng, c.country);
    const jig = rng.pick(['', 'a', ', byt 2', ' (2. patro)', ', vchod B']);
    const billing = { ...c.base, line1: `${c.base.line1 ?? ''}${jig}` };
    const card = cardFromBin(
      rng,
      c.bin,
      c.bin === '516844' ? 'CZ' : 'LT',
      c.bin === '516760' ? 'prepaid' : 'debit',
    );
    const local =
      c.domain === 'gmail.com'
        ? fold(name)
            .split('')
            .join(rng.chance(0.5) ? '.' : '')
        : `${fold(name)}${rng.int(1, 99)}`;
    out.push(
      assemble(rng, {
        kind: 'scalper_bot',
        fraud: true,
        at,
        buyer: {
          id: `cus_${rng.token(12)}`,
          email: `${local}@${c.domain}`,
          name,
          createdAt: c.opened + rng.int(0, 3 * HOUR),
        },
        country: c.country,
        billing,
        fulfilment: 'packeta_point',
        shipping: rng.pick(c.points),
        picks: [[rng.pick(LAUNCH_GPUS), 1]],
        network: homeNetwork(rng, rng.chance(0.8) ? c.country : 'PL'),
        device: rng.chance(0.3) ? { userAgent: rng.pick(BOT_AGENTS) } : rng.pick(c.devices),
        pay: (czk) =>
          rng.chance(0.15)
            ? [
                cardAttempt(rng, card, czk, {
                  ok: false,
                  afterMs: rng.int(2_000, 9_000),
                  decline: 'card_velocity_exceeded',
                }),
              ]
            : [
                cardAttempt(rng, card, czk, {
                  ok: true,
                  afterMs: rng.int(2_000, 9_000),
                  threeDS: 'frictionless',
                }),
              ],
        after: (p) => {
          const paidAt = paidAfter(p.attempts);
          if (rng.chance(0.4))
            return [
              {
                type: 'order.cancelled',
                afterMs: paidAt + rng.int(2, 30) * HOUR,
                reason: 'order_limit_exceeded',
              },
              {
                type: 'refund.created',
                afterMs: paidAt + rng.int(31, 40) * HOUR,
                reason: 'order_limit_exceeded',
              },
            ];
          const steps = delivery(rng, 'packeta_point', paidAt, false, false);
          if (rng.chance(0.2))
            steps.push({
              type: 'refund.created',
              afterMs: lastStep(steps, paidAt) + rng.int(8, 14) * DAY,
              reason: 'returned_within_14_days',
            });
          return steps;
        },
      }),
    );
  }
  return out;
}

/**
 * Full card details of Germans, Austrians and Americans: the holder's name and address as billing, a residential
 * proxy in the holder's country, and delivery to a mule's flat in Czechia or Slovakia who forwards it east.
 */
function reshipping(rng: Rng, w: World, count: number): Purchase[] {
  const mules = Array.from({ length: Math.max(1, Math.ceil(count / 3)) }, () =>
    homeAddress(rng, rng.chance(0.7) ? 'CZ' : 'SK'),
  );
  return Array.from({ length: count }, () => {
    const holder = rng.weightedPick<string>([
      ['DE', 5],
      ['AT', 3],
      ['US', 2],
    ]);
    const at = momentIn(rng, w.window);
    const name =
      holder === 'US'
        ? rng.pick(['Robert Miller', 'Linda Davis', 'Thomas Moore', 'Karen White'])
        : personName(rng, holder);
    const billing: Address =
      holder === 'US'
        ? {
            country: 'US',
            postalCode: rng.digits(5),
            city: rng.pick(['Dallas', 'Denver', 'Atlanta']),
            line1: `${rng.int(10, 9999)} Elm St`,
          }
        : homeAddress(rng, holder as Country);
    const mule = rng.pick(mules);
    const f = rng.chance(0.6) ? 'courier' : 'packeta_home';
    const card = newCard(rng, holder, 'credit');
    return assemble(rng, {
      kind: 'reshipping_mule',
      fraud: true,
      at,
      buyer: freshBuyer(rng, at, name, email(rng, name, holder), rng.chance(0.7)),
      country: holder,
      currency: 'EUR',
      locale: holder === 'US' ? 'en-US' : (MARKETS[holder as Country]?.locale ?? 'de-DE'),
      billing,
      fulfilment: f,
      shipping: { ...mule },
      picks: picks(resale(rng, w, at)),
      network: holder === 'US' ? network('us-cable') : homeNetwork(rng, holder),
      device: newDevice(rng, false),
      pay: (czk) =>
        stolenTries(
          rng,
          rng.chance(0.3) ? [card, newCard(rng, holder, 'credit')] : [card],
          czk,
          0.6,
          STOLEN_DECLINES,
        ),
      after: (p) => chargedBack(rng, p, { cancel: 0.12, warn: 0.4, dispute: 0.8 }),
    });
  });
}

/** Someone posing as a company (a real-looking IČO and VAT id): laptops and monitors in numbers, a stolen card. */
function fakeCompany(rng: Rng, w: World): Purchase {
  const country: Country = rng.chance(0.8) ? 'CZ' : 'SK';
  const company = newCompany(rng, country);
  const at = momentIn(rng, w.window, 'office');
  const name = personName(rng, country);
  const seat = homeAddress(rng, country);
  const lines: Array<readonly [Item, number]> = [[rng.pick(LAPTOPS), rng.int(3, 8)]];
  if (rng.chance(0.5)) lines.push([rng.pick(MONITORS), rng.int(2, 6)]);
  if (rng.chance(0.3)) lines.push([rng.pick(GPUS), rng.int(2, 4)]);
  const domain = rng.chance(0.5)
    ? 'gmail.com'
    : `${fold(company.name.split(' ')[0] ?? 'firma')}-sro.${country.toLowerCase()}`;
  const f = rng.chance(0.6) ? 'packeta_point' : 'courier';
  return assemble(rng, {
    kind: 'fake_company',
    fraud: true,
    at,
    buyer: freshBuyer(
      rng,
      at,
      name,
      `${fold(name.split(' ')[0] ?? 'nakup')}.${rng.pick(['nakup', 'objednavky', 'it'])}@${domain}`,
      rng.chance(0.3),
    ),
    country,
    billing: seat,
    fulfilment: f,
    shipping:
      f === 'packeta_point'
        ? parcelPoint(rng, country, homeAddress(rng, country))
        : homeAddress(rng, country),
    picks: lines,
    network: homeNetwork(rng, country),
    device: newDevice(rng, false),
    company,
    pay: (czk) =>
      rng.chance(0.25)
        ? []
        : stolenTries(
            rng,
            [newCard(rng, rng.pick(['CZ', 'CZ', 'DE', 'SK']), 'credit')],
            czk,
            0.7,
            STOLEN_DECLINES,
          ),
    after: (p) => chargedBack(rng, p, { cancel: 0.2, warn: 0.3, dispute: 0.75 }),
  });
}

/**
 * Their own card, an ordinary order, delivered, and then a chargeback: "never arrived", "I did not order this"
 * (a teenager on a parent's card), "not as described". Nothing at checkout tells them apart.
 */
function friendly(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.65) ? rng.pick(w.customers.accounts) : undefined;
  const country: Country = a?.country ?? pickCountry(rng);
  const name = a?.name ?? personName(rng, country);
  const home = a?.home ?? homeAddress(rng, country);
  const at = momentIn(rng, w.window);
  const items = rng.chance(0.5) ? resale(rng, w, at) : [rng.pick([...PERIPHERALS, ...CONSOLES, ...STORAGE])];
  const f = fulfilmentFor(rng, country, items, false);
  const card = a ? rng.pick(a.cards) : newCard(rng, country);
  return assemble(rng, {
    kind: 'friendly_fraud',
    fraud: true,
    at,
    buyer: a ? accountBuyer(a) : freshBuyer(rng, at, name, emailOf(rng, name, country), true),
    country,
    billing: { ...home },
    fulfilment: f,
    ...shipTo(rng, f, home),
    picks: picks(items),
    network: a?.network ?? homeNetwork(rng, country),
    device: a ? rng.pick(a.devices) : newDevice(rng),
    pay: (czk) => [
      cardAttempt(rng, card, czk, {
        entry: a && rng.chance(0.5) ? 'saved' : rng.chance(0.3) ? 'wallet' : 'typed',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ],
    after: (p) => {
      const paidAt = paidAfter(p.attempts);
      const steps = delivery(rng, p.fulfilment, paidAt, country !== 'CZ', false);
      const reason = rng.weightedPick<string>([
        ['product_not_received', 50],
        ['fraudulent', 35],
        ['product_unacceptable', 15],
      ]);
      steps.push({
        type: 'dispute.created',
        afterMs: lastStep(steps, paidAt) + rng.int(14, 70) * DAY,
        reason,
      });
      return steps;
    },
  });
}

/** Returns with a swapped card or an empty box: an ordinary purchase, then a refund for "the faulty one". */
function refundAbuse(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.6) ? rng.pick(w.customers.accounts) : undefined;
  const country: Country = a?.country ?? pickCountry(rng);
  const name = a?.name ?? personName(rng, country);
  const home = a?.home ?? homeAddress(rng, country);
  const at = momentIn(rng, w.window);
  const items = [rng.pick(at >= w.launch && rng.chance(0.4) ? LAUNCH_GPUS : [...GPUS, ...CPUS, ...STORAGE])];
  const f = fulfilmentFor(rng, country, items);
  const card = a ? rng.pick(a.cards) : newCard(rng, country);
  return assemble(rng, {
    kind: 'refund_abuse',
    fraud: true,
    at,
    buyer: a ? accountBuyer(a) : freshBuyer(rng, at, name, emailOf(rng, name, country), false),
    country,
    billing: { ...home },
    fulfilment: f,
    ...shipTo(rng, f, home),
    picks: picks(items),
    network: a?.network ?? homeNetwork(rng, country),
    device: a ? rng.pick(a.devices) : newDevice(rng),
    pay: (czk) => [
      cardAttempt(rng, card, czk, {
        ok: true,
        afterMs: firstAuth(rng),
        entry: rng.chance(0.3) ? 'wallet' : 'typed',
      }),
    ],
    after: (p) => {
      const paidAt = paidAfter(p.attempts);
      const steps = delivery(rng, p.fulfilment, paidAt, country !== 'CZ', false);
      const reason = rng.chance(0.6) ? 'returned_within_14_days' : 'warranty_claim';
      steps.push({ type: 'refund.created', afterMs: lastStep(steps, paidAt) + rng.int(3, 13) * DAY, reason });
      return steps;
    },
  });
}

const OCCUPIED: ReadonlyArray<readonly [string, string]> = [
  ['Simferopol', '295000'],
  ['Sevastopol', '299000'],
  ['Kerch', '298300'],
  ['Yalta', '298600'],
  ['Donetsk', '83000'],
  ['Luhansk', '91000'],
  ['Makiivka', '86100'],
];

/**
 * Buyers in or for jurisdictions under comprehensive sanctions: occupied Crimea, Donetsk and Luhansk (billing
 * there, a Russian network, cards from Kazakhstan, Armenia or Turkey, delivery there or to a Packeta point for
 * someone to carry on), Iran and Syria (their networks, delivery to relatives or forwarders in Europe), a few
 * from Cuba, and North Korean IT workers' laptops bought for a "remote job" address in Czechia.
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const where = rng.weightedPick<'occupied' | 'IR' | 'SY' | 'CU' | 'KP'>([
    ['occupied', 45],
    ['IR', 25],
    ['SY', 14],
    ['CU', 8],
    ['KP', 8],
  ]);
  const at = momentIn(rng, w.window, where === 'KP' ? 'night' : 'shoppers');
  const near: Country = rng.chance(0.7) ? 'CZ' : rng.pick(['PL', 'SK'] as const);
  const forwarder = parcelPoint(rng, near, homeAddress(rng, near));
  let billing: Address;
  let name: string;
  let net: Network;
  let shipping: Address = forwarder;
  if (where === 'occupied') {
    const [city, postalCode] = rng.pick(OCCUPIED);
    billing = {
      country: 'UA',
      city,
      postalCode,
      line1: `ul. ${rng.pick(['Lenina', 'Pushkina', 'Kirova', 'Gagarina'])} ${rng.int(1, 90)}`,
    };
    name = rng.pick([
      'Aleksandr Ivanov',
      'Sergei Petrov',
      'Dmitrii Sokolov',
      'Elena Volkova',
      'Andrei Kuznetsov',
    ]);
    net = network('ru-broadband');
    if (rng.chance(0.3)) shipping = { ...billing };
  } else if (where === 'KP') {
    billing = homeAddress(rng, 'CZ');
    shipping = { ...billing };
    name = personName(rng, 'CZ');
    net = network('kp-state');
  } else {
    const place: Record<'IR' | 'SY' | 'CU', readonly [string, string, string]> = {
      IR: ['Tehran', '1431', 'Reza Ahmadi'],
      SY: ['Damascus', '0100', 'Omar Haddad'],
      CU: ['La Habana', '10400', 'Yoel Pérez'],
    };
    const [city, postalCode, who] = place[where];
    billing = {
      country: where,
      city,
      postalCode,
      line1: `${rng.pick(['Street', 'Calle', 'Kheyabun'])} ${rng.int(1, 80)}`,
    };
    name = who;
    net = network(where === 'IR' ? 'ir-mobile' : where === 'SY' ? 'sy-telecom' : 'cu-telecom');
  }
  const items = rng.chance(0.5)
    ? [rng.pick([...GPUS, ...LAUNCH_GPUS.filter(() => at >= w.launch)])]
    : [rng.pick([...LAPTOPS, ...CPUS, ...STORAGE])];
  const cardCountry = where === 'KP' ? rng.pick(['US', 'LT']) : rng.pick(['KZ', 'AM', 'TR', 'AE']);
  return assemble(rng, {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: freshBuyer(
      rng,
      at,
      name,
      `${fold(name)}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'mail.ru', 'yandex.ru', 'outlook.com'])}`,
      rng.chance(0.5),
    ),
    country: near,
    currency: near === 'CZ' ? 'CZK' : 'EUR',
    locale: where === 'occupied' ? 'ru-RU' : 'en-GB',
    billing,
    fulfilment: shipping === forwarder ? 'packeta_point' : 'courier',
    shipping,
    picks: picks(items),
    network: net,
    device: newDevice(rng, false),
    pay: (czk) =>
      stolenTries(rng, [newCard(rng, cardCountry), newCard(rng, cardCountry)], czk, 0.55, [
        'do_not_honor',
        'do_not_honor',
        'insufficient_funds',
      ]),
    after: (p) => {
      const paidAt = paidAfter(p.attempts);
      if (rng.chance(0.4))
        return [
          { type: 'order.cancelled', afterMs: paidAt + rng.int(2, 48) * HOUR, reason: 'compliance_review' },
          { type: 'refund.created', afterMs: paidAt + rng.int(49, 60) * HOUR, reason: 'compliance_review' },
        ];
      const steps = delivery(rng, p.fulfilment, paidAt, true, false);
      if (rng.chance(0.15))
        steps.push({
          type: 'dispute.created',
          afterMs: lastStep(steps, paidAt) + rng.int(20, 50) * DAY,
          reason: 'fraudulent',
        });
      return steps;
    },
  });
}

/** `count` fraudulent purchases, allocated across the kinds by weight. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const one = (kind: FraudKind, plan: (r: Rng) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => plan(rng.fork(`${kind}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...one('stolen_card', (r) => stolenCard(r, w)),
    ...one('account_takeover', (r) => accountTakeover(r, w)),
    ...scalperBots(rng.fork('scalper_bot'), w, n.scalper_bot),
    ...reshipping(rng.fork('reshipping_mule'), w, n.reshipping_mule),
    ...one('fake_company', (r) => fakeCompany(r, w)),
    ...one('friendly_fraud', (r) => friendly(r, w)),
    ...one('refund_abuse', (r) => refundAbuse(r, w)),
    ...one('sanctioned_country', (r) => sanctioned(r, w)),
  ];
}
