import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { compose, type Item, type World } from './build.js';
import { placeAt, within } from './calendar.js';
import { binRun, cardFromBins, type Decline, newCard } from './cards.js';
import { CARE, ENTHUSIAST_KNIVES, GIFT_SETS, HOME_KNIVES, KNIVES, LIMITED, STONES } from './catalogue.js';
import { fraudAfter, fraudIp, muleAddress, tryStolen } from './fraud-kit.js';
import { address, homeIp, hostingIp, network } from './networks.js';
import { deviceOf, personOf, scriptedDevice, throwawayEmail } from './people.js';
import { abroad, type Country, homeIn, market } from './places.js';
import { cardAttempt, type Attempt, type Purchase, type ThreeDS } from './purchase.js';

/** Fraud with cards: testing, stolen cards shipped to mules abroad and in Japan, and triangulation. */

/**
 * Card testing: a script checks cards from a dump against the cheapest thing in the shop (a rust eraser, an edge
 * guard, camellia oil) shipped inside Japan to keep the charge small, as guests, at night in Japan, one order a
 * minute or so, a few BINs per run; mostly declined (3-D Secure stops most Japanese cards), the few that pass
 * cancelled on review or warned and charged back later.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const runs = n <= 6 ? 1 : rng.int(2, 3);
  const out: Purchase[] = [];
  for (let r = 0; r < runs; r++) {
    const size = r === runs - 1 ? n - out.length : Math.round(n / runs);
    const jp = rng.chance(0.6);
    const issuer = jp ? 'JP' : 'US';
    const bins = binRun(rng, issuer, rng.int(2, 3), !jp);
    const tz = rng.pick([9, 7, 1, -5]);
    let t = placeAt(rng, w.window, tz, 'night', true);
    const runDevice = rng.chance(0.6) ? scriptedDevice(rng, `dev_${rng.token(20)}`) : undefined;
    const fixedIp = rng.chance(0.3) ? hostingIp(rng, ['US', 'NL', 'DE', 'SG', 'JP']).ip : undefined;
    for (let i = 0; i < size; i++) {
      t += rng.chance(0.08) ? rng.int(10 * MINUTE, 40 * MINUTE) : rng.int(12_000, 110_000);
      const holder = personOf(rng, issuer);
      const cards = Array.from(
        {
          length: rng.weightedPick([
            [1, 6],
            [2, 3],
            [3, 1],
          ]),
        },
        () => cardFromBins(rng, bins, issuer, jp ? 'credit' : rng.chance(0.5) ? 'prepaid' : 'debit'),
      );
      const item = rng.pick([CARE.eraser, CARE.guard, CARE.oil, STONES.holder]);
      out.push(
        compose(rng, {
          kind: 'card_testing',
          fraud: true,
          at: within(w.window, t),
          buyer: { email: throwawayEmail(rng), name: holder.name },
          billing: homeIn(rng, issuer).address,
          shipTo: homeIn(rng, 'JP').address,
          items: [[item, 1]],
          ip:
            fixedIp ??
            (rng.chance(0.5)
              ? hostingIp(rng, ['US', 'NL', 'DE', 'SG', 'JP']).ip
              : homeIp(rng, issuer, 0.3).ip),
          device: runDevice ?? scriptedDevice(rng),
          locale: rng.chance(0.7) ? 'ja-JP' : 'en-US',
          pay: (yen) => testCards(rng, cards, yen),
          after: (paidAt, _b, f) =>
            fraudAfter(
              rng,
              { caught: 0.5, warning: 0.5, dispute: 0.4, prepDays: [0, 2], fulfilment: f },
              paidAt,
            ),
        }),
      );
    }
  }
  return out;
}

function testCards(rng: Rng, cards: ReturnType<typeof cardFromBins>[], yen: number): Attempt[] {
  const out: Attempt[] = [];
  for (const card of cards) {
    const afterMs = out.length === 0 ? rng.int(3_000, 15_000) : rng.int(2_000, 12_000);
    if (rng.chance(0.12)) {
      out.push(
        cardAttempt(rng, card, yen, {
          ok: true,
          afterMs,
          match: 'none',
          threeDS: rng.chance(0.7) ? 'frictionless' : 'attempted',
        }),
      );
      break;
    }
    const decline = rng.weightedPick<Decline>([
      ['authentication_failed', card.country === 'JP' ? 34 : 8],
      ['incorrect_cvc', 16],
      ['do_not_honor', 18],
      ['stolen_card', 8],
      ['lost_card', 4],
      ['expired_card', 10],
      ['invalid_number', 10],
      ['insufficient_funds', 6],
    ]);
    out.push(
      cardAttempt(rng, card, yen, {
        ok: false,
        decline,
        afterMs,
        match: 'none',
        threeDS: decline === 'authentication_failed' ? 'challenge_failed' : 'frictionless',
      }),
    );
  }
  return out;
}

const VALUABLE: ReadonlyArray<readonly [Item[0], number]> = [
  [KNIVES.gyuto240, 10],
  [KNIVES.kiritsuke, 9],
  [KNIVES.yanagiba300, 6],
  [KNIVES.gyuto270, 5],
  [GIFT_SETS.chef, 5],
  [GIFT_SETS.starter, 5],
  [LIMITED[1], 3],
  [LIMITED[0], 2],
  [STONES.natural, 2],
];

/**
 * Stolen cards from phishing kits (US, British, Canadian, Australian, some European), with the holder's name and
 * address, buying what resells (long gyuto, kiritsuke, yanagiba, chef's sets, limited runs), shipped to reshipping
 * mules in Delaware, Oregon or New Jersey or to a flat in the holder's own country; through residential proxies,
 * hosting exits or the fraudster's own phone abroad. US cards mostly pass frictionlessly; European ones hit SCA.
 */
export function stolenCardReshipper(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const victim = abroad(rng, { US: 55, GB: 12, CA: 10, AU: 12, DE: 4, FR: 4, SG: 3 });
    const device = rng.chance(0.4) ? scriptedDevice(rng) : deviceOf(rng, victim);
    const mule = muleAddress(rng, victim === 'US' || rng.chance(0.4) ? 'US' : victim);
    const orders = Math.min(
      n - out.length,
      rng.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ]),
    );
    let t = placeAt(rng, w.window, rng.pick([7, 1, -5, 9]), 'any', false);
    for (let i = 0; i < orders; i++) {
      t += i === 0 ? 0 : rng.int(20 * MINUTE, 3 * DAY);
      const holder = personOf(rng, victim);
      const home = homeIn(rng, victim).address;
      const cards = Array.from(
        {
          length: rng.weightedPick([
            [1, 6],
            [2, 3],
            [3, 1],
          ]),
        },
        () => newCard(rng, victim),
      );
      const items: Item[] = [[rng.weightedPick(VALUABLE), rng.chance(0.2) ? 2 : 1]];
      if (rng.chance(0.3)) items.push([rng.weightedPick(ENTHUSIAST_KNIVES), 1]);
      const sca = !['US', 'CA', 'AU', 'SG'].includes(victim);
      out.push(
        compose(rng, {
          kind: 'stolen_card_reshipper',
          fraud: true,
          at: within(w.window, t),
          buyer: {
            email: throwawayEmail(rng, rng.chance(0.6) ? holder.name : undefined),
            name: rng.chance(0.75) ? holder.name : personOf(rng, victim).name,
          },
          billing: home,
          shipTo: mule,
          items,
          ip: fraudIp(rng, victim, [55, 20, 25]),
          device,
          locale: market(victim).locale,
          pay: (yen) =>
            tryStolen(rng, {
              cards,
              yen,
              pass: sca ? 0.3 : 0.6,
              match: rng.weightedPick([
                ['good', 70],
                ['wrong', 20],
                ['none', 10],
              ]),
              passedAs: (): ThreeDS =>
                sca ? 'frictionless' : rng.chance(0.7) ? 'frictionless' : 'attempted',
            }),
          after: (paidAt, _b, f) =>
            fraudAfter(
              rng,
              { caught: 0.15, warning: 0.45, dispute: 0.75, prepDays: [1, 3], fulfilment: f },
              paidAt,
            ),
        }),
      );
    }
  }
  return out;
}

/**
 * Japanese cards phished through fake bank and carrier sites, the one-time password phished in real time,
 * buying knives and sets that resell on flea-market apps, shipped next day by Yamato to a drop flat in Japan
 * where a recruited receiver forwards them; from Japanese hosting, a Japanese mobile line, or China and Vietnam.
 */
export function stolenCardJp(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const holder = personOf(rng, 'JP');
    const { address: home } = homeIn(rng, 'JP');
    const cards = Array.from(
      {
        length: rng.weightedPick([
          [1, 6],
          [2, 4],
        ]),
      },
      () => newCard(rng, 'JP'),
    );
    const product = rng.weightedPick<Item[0]>([
      ...HOME_KNIVES,
      [KNIVES.gyuto240, 8],
      [GIFT_SETS.starter, 6],
      [GIFT_SETS.chef, 3],
      [KNIVES.yanagiba300, 3],
    ]);
    const items: Item[] = [[product, rng.chance(0.3) ? rng.int(2, 3) : 1]];
    if (rng.chance(0.3)) items.push([rng.weightedPick(HOME_KNIVES), 1]);
    const origin = rng.weightedPick<'jp-hosting' | 'jp-mobile' | 'cn' | 'vn'>([
      ['jp-hosting', 35],
      ['jp-mobile', 25],
      ['cn', 20],
      ['vn', 20],
    ]);
    const ip =
      origin === 'jp-hosting'
        ? address(rng, network('jp-hosting'), false)
        : origin === 'jp-mobile'
          ? homeIp(rng, 'JP', 1).ip
          : address(rng, network(origin === 'cn' ? 'cn-fixed' : 'vn-mobile'), false);
    return compose(rng, {
      kind: 'stolen_card_jp',
      fraud: true,
      at: placeAt(rng, w.window, rng.pick([9, 8, 7]), 'any', true),
      buyer: {
        email: throwawayEmail(rng, rng.chance(0.5) ? undefined : 'user'),
        name: rng.chance(0.6) ? holder.name : personOf(rng, 'JP').name,
      },
      billing: home,
      shipTo: muleAddress(rng, 'JP'),
      items,
      ip,
      device: rng.chance(0.5) ? deviceOf(rng, 'JP') : scriptedDevice(rng),
      locale: 'ja-JP',
      pay: (yen) =>
        tryStolen(rng, {
          cards,
          yen,
          pass: 0.5,
          match: 'none',
          passedAs: (): ThreeDS => (rng.chance(0.8) ? 'challenge_passed' : 'frictionless'),
        }),
      after: (paidAt, _b, f) =>
        fraudAfter(
          rng,
          { caught: 0.15, warning: 0.35, dispute: 0.7, prepDays: [0, 2], fulfilment: f },
          paidAt,
        ),
    });
  });
}

/**
 * Triangulation: the fraudster lists knives cheaply on a marketplace and fills each sale with a stolen card; the
 * knife goes to the real buyer under the buyer's own name and address, billed to the cardholder elsewhere, the
 * e-mail the fraudster's. It is delivered without trouble, and the holder's chargeback comes weeks later.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country: Country = abroad(rng, { US: 50, GB: 14, AU: 12, CA: 8, DE: 8, FR: 4, NL: 4 });
    const buyer = personOf(rng, country);
    const card = newCard(rng, country);
    const home = homeIn(rng, country).address;
    const to = homeIn(rng, country).address;
    return compose(rng, {
      kind: 'triangulation',
      fraud: true,
      at: placeAt(rng, w.window, rng.pick([1, 7, -5, -8]), 'any', false),
      buyer: { email: throwawayEmail(rng, rng.chance(0.5) ? buyer.name : undefined), name: buyer.name },
      billing: home,
      shipTo: to,
      items: [[rng.weightedPick(ENTHUSIAST_KNIVES), 1]],
      ip: fraudIp(rng, country, [60, 30, 10]),
      device: deviceOf(rng, country),
      locale: market(country).locale,
      pay: (yen) =>
        tryStolen(rng, {
          cards: [card, newCard(rng, country)],
          yen,
          pass: 0.75,
          match: 'good',
          passedAs: (): ThreeDS => (rng.chance(0.75) ? 'frictionless' : 'attempted'),
        }),
      after: (paidAt, _b, f) =>
        fraudAfter(
          rng,
          { caught: 0.05, warning: 0.3, dispute: 0.85, prepDays: [1, 3], fulfilment: f },
          paidAt,
        ),
    });
  });
}
