import { lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { soonAfter, when } from './calendar.js';
import { type HeldCard, newCard, sameBin, stolenDecline, testingDecline } from './cards.js';
import { item } from './catalogue.js';
import {
  dropAddress,
  dropFulfilment,
  fraudAfter,
  fraudDevice,
  fraudEmail,
  fraudIp,
  fraudNetwork,
  fraudPurchase,
  resaleLines,
  skillOf,
} from './fraud-kit.js';
import { ipIn, networksOf } from './networks.js';
import { personFrom, personIn } from './people.js';
import {
  forwarder,
  homeAbroad,
  homeIn,
  type Sanctioned,
  sanctionedHome,
  STOLEN_CARD_COUNTRIES,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  other,
  type Purchase,
  retryGap,
  type ThreeDS,
} from './purchase.js';
import { type World } from './world.js';

/** Fraud with cards that are not the buyer's: stolen abroad, tested in bulk, phished at home, sanctioned buyers. */

/** A stolen card's try: American issuers often let it through without a challenge; others ask for an OTP. */
function stolenTry(
  rng: Rng,
  card: HeldCard,
  amount: number,
  match: 'good' | 'partial' | 'wrong',
  afterMs: number,
  boost = 0,
): Attempt {
  const frictionless =
    (card.country === 'US' || card.country === 'CA' ? 0.62 : card.country === 'JP' ? 0.35 : 0.22) + boost;
  if (rng.chance(frictionless)) {
    const ok = rng.chance(0.82);
    const threeDS: ThreeDS = rng.chance(0.8) ? 'frictionless' : 'not_enrolled';
    return cardAttempt(rng, card, amount, {
      ok,
      match,
      afterMs,
      threeDS,
      ...(ok ? {} : { decline: stolenDecline(rng) }),
    });
  }
  return cardAttempt(rng, card, amount, {
    ok: false,
    match,
    afterMs,
    decline: rng.chance(0.7) ? 'authentication_failed' : stolenDecline(rng),
  });
}

/** Cards tried one after another until one goes through or the list runs out. */
function cardRun(
  rng: Rng,
  cards: HeldCard[],
  amount: number,
  match: 'good' | 'partial' | 'wrong',
  boost = 0,
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const a = stolenTry(
      rng,
      card,
      amount,
      match,
      i === 0 ? firstAuth(rng) : rng.int(15_000, 3 * MINUTE),
      boost,
    );
    out.push(a);
    if (a.ok) break;
  }
  return out;
}

/** Stolen foreign (and some Malaysian) cards buying resale goods for Singapore drops: lockers, mules, pickups. */
export function stolenCard(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const r = rng.fork(`s${out.length}`);
    const skill = skillOf(r, 0.6);
    const orders = Math.min(count - out.length, r.chance(0.3) ? r.int(2, 3) : 1);
    const { device, channel } = fraudDevice(r, skill);
    const mule = homeIn(r, 'SG').address;
    let at = when(r, w.clock, 8, 'household');
    for (let i = 0; i < orders; i++) {
      const country = r.weightedPick(STOLEN_CARD_COUNTRIES);
      const holder = personFrom(r, country);
      const cards = [newCard(r, country, 'credit')];
      while (r.chance(0.35) && cards.length < 4)
        cards.push(newCard(r, r.weightedPick(STOLEN_CARD_COUNTRIES), 'credit'));
      const lines = resaleLines(r, 'SG');
      const f = dropFulfilment(r, lines);
      const careful = skill === 'careful';
      // Careful: the cardholder's full billing address (from the same dump). Sloppy: the drop's, or half right.
      const billing =
        careful || r.chance(0.3)
          ? country === 'MY'
            ? homeIn(r, 'MY').address
            : homeAbroad(r, country)
          : mule;
      const match = billing === mule ? 'wrong' : careful ? 'good' : 'partial';
      const name = careful || r.chance(0.4) ? holder.name : personIn(r, 'SG').name;
      const signedUp = r.chance(careful ? 0.45 : 0.3);
      const email = fraudEmail(r, skill, { ...holder, name });
      const posing = careful && r.chance(0.3) ? country : 'SG';
      out.push(
        fraudPurchase(
          {
            kind: 'stolen_card',
            at,
            w,
            market: 'SG',
            lines,
            fulfilment: f,
            shipping: dropAddress(r, f, mule),
            billing,
            buyer: signedUp
              ? { id: `cus_${r.token(12)}`, email, name, createdAt: at - r.int(2, 90) * MINUTE }
              : { email, name },
            ip: fraudIp(r, skill, posing),
            device,
            channel,
          },
          (amount) => cardRun(r, cards, amount, match),
          () => fraudAfter(r, f, { caught: 0.12, warning: 0.4, dispute: 0.72 }),
        ),
      );
      at = soonAfter(w.clock, at, r.int(10, 240) * MINUTE);
    }
  }
  return out;
}

/**
 * Card testing: a script runs a list of cards from one or two BINs through the cheapest e-code or a cable, as a
 * guest, an order every few seconds to minutes, mostly declined; a fresh address and IP per order when careful.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let run = 0;
  while (out.length < count) {
    const r = rng.fork(`t${run++}`);
    const size = Math.min(count - out.length, r.int(8, 26));
    const skill = skillOf(r, 0.5);
    const country = r.weightedPick<string>([
      ['US', 5],
      ['GB', 2],
      ['SG', 2],
      ['MY', 1],
      ['AU', 1],
    ]);
    const bins = [newCard(r, country, r.chance(0.4) ? 'prepaid' : 'debit')];
    if (r.chance(0.4)) bins.push(newCard(r, country, 'credit'));
    const sku = r.pick(['GC-STEAM10', 'GC-STEAM10', 'AC-USBC1M', 'GC-GPLAY30']);
    const lines = [lineOf(item(sku), 1)];
    const f = sku.startsWith('GC-') ? 'e_code' : 'locker';
    const bot = fraudDevice(r, skill);
    const proxies = networksOf(country === 'SG' || country === 'MY' ? country : 'SG').filter(
      (n) => n.use !== 'hosting',
    );
    let at = when(r, w.clock, 8, 'night', false);
    for (let i = 0; i < size; i++) {
      const holder = personFrom(r, country);
      const device = skill === 'careful' ? fraudDevice(r, 'careful') : bot;
      const tries = r.weightedPick<number>([
        [1, 6],
        [2, 3],
        [3, 1],
      ]);
      const cards = Array.from({ length: tries }, () => sameBin(r, r.pick(bins)));
      const billing =
        country === 'SG' || country === 'MY' ? homeIn(r, country).address : homeAbroad(r, country);
      out.push(
        fraudPurchase(
          {
            kind: 'card_testing',
            at,
            w,
            market: 'SG',
            lines,
            fulfilment: f,
            shipping: f === 'locker' ? dropAddress(r, f, billing) : undefined,
            billing,
            buyer: { email: fraudEmail(r, 'sloppy', holder), name: holder.name },
            ip:
              skill === 'careful' ? ipIn(r, r.pick(proxies), 0) : ipIn(r, fraudNetwork(r, 'sloppy', 'SG'), 0),
            device: device.device,
            channel: device.channel,
          },
          (amount) =>
            cards.map((card, k) => {
              const ok = k === cards.length - 1 && r.chance(0.16);
              return cardAttempt(r, card, amount, {
                ok,
                afterMs: k === 0 ? r.int(2_000, 9_000) : r.int(3_000, 20_000),
                match: 'partial',
                threeDS: ok ? (r.chance(0.7) ? 'frictionless' : 'not_enrolled') : 'frictionless',
                ...(ok ? {} : { decline: testingDecline(r) }),
              });
            }),
          () => fraudAfter(r, f, { caught: 0.4, warning: 0.25, dispute: 0.12 }),
        ),
      );
      at = soonAfter(w.clock, at, r.int(8, 200) * 1000);
    }
  }
  return out;
}

/**
 * Reshipping: careful crews with complete cardholder records (the address checks pass) shop from residential
 * proxies in the cardholder's country and send several units to a parcel forwarder in Singapore or Johor Bahru.
 */
export function reshipper(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`r${i}`);
    const skill = skillOf(r, 0.75);
    const country = r.weightedPick<string>([
      ['US', 6],
      ['GB', 2],
      ['AU', 2],
      ['CA', 1],
      ['DE', 1],
    ]);
    const holder = personFrom(r, country);
    const card = newCard(r, country, 'credit');
    const to = forwarder(r, r.chance(0.6) ? 'SG' : 'MY');
    const market = to.country === 'MY' ? 'MY' : 'SG';
    const lines = resaleLines(r, market, false).map((l) => ({
      ...l,
      quantity: Math.max(l.quantity, r.int(1, 3)),
    }));
    const at = when(
      r,
      w.clock,
      country === 'US' || country === 'CA' ? -5 : country === 'AU' ? 11 : 0,
      'household',
    );
    const f = market === 'MY' ? 'international' : 'standard';
    const { device, channel } = fraudDevice(r, skill);
    return fraudPurchase(
      {
        kind: 'reshipper',
        at,
        w,
        market,
        lines,
        fulfilment: f,
        shipping: to,
        billing: homeAbroad(r, country),
        buyer: r.chance(0.5)
          ? {
              id: `cus_${r.token(12)}`,
              email: fraudEmail(r, skill, holder),
              name: holder.name,
              createdAt: at - r.int(3, 600) * MINUTE,
            }
          : { email: fraudEmail(r, skill, holder), name: holder.name },
        ip: fraudIp(r, skill, country),
        device,
        channel,
      },
      (amount) => {
        const cards = [card];
        if (r.chance(0.3)) cards.push(newCard(r, country, 'credit'));
        // Complete records (and issuers' risk models seeing a matching home IP) pass without a challenge more often.
        return cardRun(
          r,
          cards,
          amount,
          skill === 'careful' ? 'good' : 'partial',
          skill === 'careful' ? 0.2 : 0,
        );
      },
      () => fraudAfter(r, f, { caught: 0.1, warning: 0.4, dispute: 0.75, disputeDays: [20, 75] }),
    );
  });
}

/**
 * Singapore cards phished through fake parcel and marketplace links with the OTP: 3-D Secure passes, or the card
 * sits in the fraudster's phone wallet. The card is drained in a few quick orders for e-codes and phones.
 */
export function phishedLocalCard(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const r = rng.fork(`p${out.length}`);
    const skill = skillOf(r, 0.55);
    const card = newCard(r, 'SG', r.chance(0.6) ? 'credit' : 'debit');
    const victim = homeIn(r, 'SG').address;
    const wallet = r.chance(0.35);
    const orders = Math.min(count - out.length, r.chance(0.45) ? r.int(2, 3) : 1);
    const mulePhone = r.chance(0.5);
    const { device, channel } =
      wallet || mulePhone
        ? { device: fraudDevice(r, 'careful').device, channel: 'app' as const }
        : fraudDevice(r, skill);
    const mule = homeIn(r, 'SG').address;
    const buyerPerson = personIn(r, 'SG');
    let at = when(r, w.clock, 8, 'household');
    for (let i = 0; i < orders; i++) {
      const lines = r.chance(0.4)
        ? [lineOf(item(r.pick(['GC-APPLE200', 'GC-APPLE100', 'GC-GPLAY30'])), r.int(1, 4))]
        : resaleLines(r, 'SG');
      const f = dropFulfilment(r, lines);
      const net = mulePhone ? r.pick(networksOf('SG', 'mobile')) : fraudNetwork(r, skill, 'SG');
      const drained = i > 0 && r.chance(0.35);
      out.push(
        fraudPurchase(
          {
            kind: 'phished_local_card',
            at,
            w,
            market: 'SG',
            lines,
            fulfilment: f,
            shipping: dropAddress(r, f, mule),
            billing: r.chance(0.5) ? victim : mule,
            buyer: {
              email: fraudEmail(r, skill, buyerPerson),
              name: r.chance(0.5) ? buyerPerson.name : personIn(r, 'SG').name,
            },
            ip: ipIn(r, net, 0.2),
            device,
            channel,
          },
          (amount) => [
            cardAttempt(r, card, amount, {
              ok: !drained,
              entry: wallet ? 'wallet' : 'typed',
              afterMs: firstAuth(r),
              ...(wallet ? {} : { threeDS: drained ? 'frictionless' : 'challenge_passed' }),
              ...(drained
                ? { decline: r.pick(['insufficient_funds', 'stolen_card', 'do_not_honor'] as const) }
                : {}),
            }),
          ],
          () => fraudAfter(r, f, { caught: 0.1, warning: 0.45, dispute: 0.45, disputeDays: [10, 50] }),
        ),
      );
      at = soonAfter(w.clock, at, r.int(4, 50) * MINUTE);
    }
  }
  return out;
}

const GIVEN_NAMES: Readonly<Record<Sanctioned, readonly string[]>> = {
  RU: ['Dmitry', 'Alexei', 'Sergei', 'Elena', 'Olga', 'Ivan'],
  IR: ['Reza', 'Mehdi', 'Sara', 'Ali', 'Maryam'],
  BY: ['Andrei', 'Tatsiana', 'Pavel'],
  SY: ['Omar', 'Rami', 'Lina'],
  CU: ['Yoandy', 'Yunior', 'Dayana'],
  KP: ['Kim', 'Ri'],
};
const FAMILY_NAMES: Readonly<Record<Sanctioned, readonly string[]>> = {
  RU: ['Ivanov', 'Smirnov', 'Kuznetsova', 'Popov', 'Volkov'],
  IR: ['Hosseini', 'Rezaei', 'Mohammadi', 'Karimi'],
  BY: ['Kavalenka', 'Novik', 'Shamko'],
  SY: ['Haddad', 'Khoury', 'Al-Masri'],
  CU: ['Pérez', 'Rodríguez', 'Fernández'],
  KP: ['Chol', 'Song Il'],
};

const SANCTIONED_WEIGHTS: ReadonlyArray<readonly [Sanctioned, number]> = [
  ['RU', 6],
  ['IR', 3],
  ['BY', 1],
  ['SY', 1],
  ['CU', 1],
  ['KP', 0.3],
];

/**
 * Buyers in sanctioned places: Russian and Belarusian buyers after drones, graphics cards and laptops that
 * Singapore's export controls bar, Iranians and Syrians behind Gulf or Turkish cards, a Cuban now and then. Goods
 * go to a forwarder; the checkout gives the place away by its IP, billing address or card.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`x${i}`);
    const place = r.weightedPick(SANCTIONED_WEIGHTS);
    const home = sanctionedHome(r, place);
    const name = `${r.pick(GIVEN_NAMES[place])} ${r.pick(FAMILY_NAMES[place])}`;
    const person = { name, community: 'western' as const };
    const cardCountry =
      place === 'RU'
        ? r.weightedPick<string>([
            ['RU', 4],
            ['KZ', 3],
            ['AE', 2],
            ['TR', 1],
          ])
        : r.weightedPick<string>([
            ['AE', 3],
            ['TR', 2],
            ['KZ', 1],
          ]);
    const card = newCard(r, cardCountry, 'credit');
    // How the place shows: a local IP (no VPN), the true billing address, or a home-issued card.
    const showsIp = r.chance(0.55);
    const showsBilling = !showsIp || r.chance(0.5);
    const net = showsIp ? r.pick(networksOf(place)) : fraudNetwork(r, 'careful', 'SG');
    const to = forwarder(r, r.chance(0.7) ? 'SG' : 'MY');
    const market = to.country === 'MY' ? 'MY' : 'SG';
    const sku = r.weightedPick<string>([
      ['DR-MINI4P', 3],
      ['DR-AIR3S', 3],
      ['PC-RTX5090', 2],
      ['PC-RTX5070', 2],
      ['LT-MBP14-M4P', 2],
      ['PH-IP17PM-512', 2],
      ['CM-X100VI', 1],
    ]);
    const lines = [lineOf(item(sku), r.int(1, 4))];
    const at = when(r, w.clock, place === 'CU' ? -5 : place === 'KP' ? 9 : 3, 'household', false);
    const { device, channel } = fraudDevice(r, 'careful');
    const f = market === 'MY' ? 'international' : 'standard';
    const billing = showsBilling ? home : homeAbroad(r, cardCountry === 'RU' ? 'AE' : cardCountry);
    const email =
      place === 'RU' && r.chance(0.35)
        ? `${r.token(8, 'abcdefghijklmnopqrstuvwxyz')}${r.digits(2)}@${r.pick(['mail.ru', 'yandex.ru'])}`
        : fraudEmail(r, 'careful', person);
    return fraudPurchase(
      {
        kind: 'sanctioned_country',
        at,
        w,
        market,
        lines,
        fulfilment: f,
        shipping: to,
        billing,
        buyer: { email, name },
        ip: ipIn(r, net, 0),
        device,
        channel,
      },
      (amount) => {
        // Russian-issued cards mostly fail abroad; Gulf and Turkish cards usually work.
        const ok = cardCountry === 'RU' ? r.chance(0.3) : r.chance(0.8);
        const first = cardAttempt(r, card, amount, {
          ok,
          afterMs: firstAuth(r),
          ...(ok ? {} : { decline: 'do_not_honor' as const }),
        });
        if (ok || r.chance(0.5)) return [first];
        return [first, other('paypal', r.chance(0.5), retryGap(r), 'do_not_honor')];
      },
      () =>
        fraudAfter(r, f, {
          caught: 0.45,
          caughtReason: 'compliance_review',
          warning: 0.05,
          dispute: 0.08,
          disputeReason: 'general',
        }),
    );
  });
}
