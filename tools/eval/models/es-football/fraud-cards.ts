import { MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { buyerAt, type Draft, priceOf, purchaseOf, type World } from './build.js';
import { when } from './calendar.js';
import { type HeldCard, newCard, sameBin } from './cards.js';
import {
  anyShirt,
  BALLS,
  BOOTS,
  CHEAPEST,
  GIFT_CARDS,
  type Item,
  KIDS,
  type Line,
  lineIn,
  MEMORABILIA,
  personalisation,
  SHIRTS,
} from './catalogue.js';
import {
  dropAddress,
  fraudAfter,
  fraudDevice,
  type Hide,
  hiddenIp,
  lookalike,
  throwaway,
  tryCards,
} from './fraud-kit.js';
import { childName, emailOf, nameIn, printed, slug } from './names.js';
import { personIn } from './people.js';
import { addressIn, placeOf, RESHIPPERS_US } from './places.js';
import { type Purchase } from './purchase.js';

/**
 * Fraud with stolen cards: testing them, spending them on resale goods, and triangulation through a fake
 * shop.
 */

const TESTED: ReadonlyArray<readonly [string, number]> = [
  ['US', 35],
  ['GB', 15],
  ['ES', 15],
  ['FR', 10],
  ['BR', 10],
  ['MX', 10],
  ['DE', 5],
];

/**
 * Card testing: a tester runs a list of cards from one or two BINs through guest checkouts for the cheapest
 * thing in the shop (a pin, a keyring, a €25 e-gift card), one checkout every few seconds to minutes, mostly
 * at night, from hosting ranges, VPN exits, Spanish residential proxies or home abroad, with throwaway
 * e-mails and whatever name and address; most cards are declined, the few that pass are flagged and disputed
 * later.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  for (let run = 0; left > 0; run++) {
    const r = rng.fork(`run${run}`);
    const size = Math.min(left, r.int(4, 16));
    left -= size;
    const hide = r.weightedPick<Hide>([
      ['hosting', 35],
      ['vpn', 25],
      ['proxy', 20],
      ['abroad', 20],
    ]);
    const device = fraudDevice(r, 0.5);
    const rotate = r.chance(0.3);
    const bins = [
      newCard(r, r.weightedPick(TESTED)),
      ...(r.chance(0.4) ? [newCard(r, r.weightedPick(TESTED))] : []),
    ];
    const digital = r.chance(0.25);
    const item: Item = digital ? (GIFT_CARDS[0] as Item) : r.pick(CHEAPEST);
    const ship = dropAddress(r).address;
    const span = size * 4 * MINUTE;
    let t = Math.min(
      when(r, w.window, 1, r.chance(0.7) ? 'night' : 'consumer', true),
      w.window.end - span - MINUTE,
    );
    t = Math.max(t, w.window.start);
    for (let i = 0; i < size; i++) {
      t += i === 0 ? 0 : r.int(10_000, 4 * MINUTE);
      const n = nameIn(r, r.chance(0.6) ? 'en' : 'es');
      const tries = r.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      const cards: HeldCard[] = Array.from({ length: tries }, () => sameBin(r, r.pick(bins)));
      const billing = addressIn(r, placeOf(cards[0]?.country === 'BR' ? 'ES' : (cards[0]?.country ?? 'ES')));
      const delivery = digital ? 'email' : 'home';
      const { currency } = priceOf({ delivery, billing: ship, shipping: ship, storefrontOf: 'ES' });
      const d: Draft = {
        at: t,
        kind: 'card_testing',
        fraud: true,
        buyer: { email: throwaway(r), name: n.full },
        billing,
        ...(digital ? {} : { shipping: ship }),
        delivery,
        storefrontOf: 'ES',
        ip: hiddenIp(r, hide),
        device: rotate ? fraudDevice(r, 0.8) : device,
        locale: 'es-ES',
        lines: [lineIn(r, item, currency)],
      };
      out.push(
        purchaseOf(
          d,
          (amount) => tryCards(r, cards, amount, { match: 'bad', approve: 0.14 }),
          (_, region) =>
            fraudAfter(r, {
              region,
              delivery,
              dispute: 0.25,
              warning: 0.4,
              refundOnWarning: 0.5,
              review: 0.1,
            }),
        ),
      );
    }
  }
  return out;
}

const RESALE: ReadonlyArray<readonly [Item, number]> = [
  ...SHIRTS.filter((s) => s.sku.endsWith('-AU')).map((s) => [s, 6] as const),
  ...SHIRTS.filter((s) => s.sku.startsWith('MAD-') || s.sku.startsWith('FCB-')).map((s) => [s, 3] as const),
  [BOOTS[0] as Item, 8],
  [BOOTS[1] as Item, 4],
  ...MEMORABILIA.slice(1, 4).map((m) => [m, 3] as const),
  [BALLS[0] as Item, 4],
];

/** What stolen cards buy: authentic shirts in resale sizes, top boots, signed pieces, match balls. */
function resaleLines(rng: Rng, currency: Parameters<typeof lineIn>[2]): Line[] {
  const lines: Line[] = [];
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    const p = rng.weightedPick(RESALE);
    lines.push(
      lineIn(
        rng,
        p,
        currency,
        p.category === 'shirt' && rng.chance(0.4) ? rng.int(2, 3) : 1,
        p.sizing === 'adult' ? rng.pick(['M', 'L']) : undefined,
      ),
    );
  }
  return lines;
}

/**
 * Stolen cards with the holder's details, spent on resale goods: foreign cards shipped to drops around Madrid
 * and Barcelona, Spanish cards phished by SMS with the code too, US cards to reshippers in Delaware and
 * Oregon, European cards stopped by the challenge; guests or accounts opened minutes before, proxies in the
 * cardholder's country, VPN exits, Spanish phones.
 */
export function stolenCard(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`s${i}`);
    const way = r.weightedPick([
      ['foreign_to_drop', 38],
      ['phished_es', 30],
      ['us_reshipper', 16],
      ['eu_to_drop', 16],
    ] as const);
    const cc =
      way === 'phished_es'
        ? 'ES'
        : way === 'us_reshipper'
          ? 'US'
          : way === 'foreign_to_drop'
            ? r.pick(['US', 'US', 'GB'])
            : r.pick(['FR', 'DE', 'IT', 'NL', 'BE']);
    const victim = personIn(r, cc);
    const drop = dropAddress(r);
    const reship = way === 'us_reshipper';
    // A reshipper gives each mule a suite number on its warehouse's line.
    const warehouse = reship ? r.pick(RESHIPPERS_US) : undefined;
    const shipping = warehouse ? { ...warehouse, line1: `${warehouse.line1} #${r.digits(5)}` } : drop.address;
    const delivery = reship ? 'home' : drop.delivery;
    const hide = r.weightedPick<Hide>(
      reship
        ? [
            ['proxy', 50],
            ['vpn', 30],
            ['hosting', 20],
          ]
        : [
            ['proxy', 35],
            ['vpn', 25],
            ['mobile_es', 30],
            ['hosting', 10],
          ],
    );
    const at = when(r, w.window, 1, r.chance(0.4) ? 'night' : 'consumer');
    const { buyer: b } = buyerAt(r, { person: victim }, at, 0.35);
    const buyer = { ...b, email: r.chance(0.7) ? lookalike(r, victim.name) : throwaway(r) };
    const { currency } = priceOf({ delivery, billing: victim.home, shipping });
    const cards = [victim.cards[0] ?? newCard(r, cc), ...(r.chance(0.35) ? [newCard(r, cc)] : [])];
    const d: Draft = {
      at,
      kind: 'stolen_card',
      fraud: true,
      buyer,
      billing: victim.home,
      shipping,
      delivery,
      ip: hiddenIp(r, hide, cc),
      device: fraudDevice(r),
      locale: reship ? 'en-US' : 'es-ES',
      lines: resaleLines(r, currency),
    };
    return purchaseOf(
      d,
      (amount) =>
        tryCards(r, cards, amount, {
          phished: way === 'phished_es',
          match: r.chance(0.8) ? 'good' : 'zip_only',
          approve: 0.65,
        }),
      (_, region) => fraudAfter(r, { region, delivery, dispute: 0.7, warning: 0.45, review: 0.08 }),
    );
  });
}

const TRIANGULATED = ['US', 'US', 'US', 'GB', 'GB', 'DE', 'FR', 'NL', 'ES'];

/**
 * Triangulation: a fake "original shirts" shop on social media takes real fans' money and orders their shirt
 * here with a stolen card, shipped to the fan with their name printed on it; the crew works from a few
 * devices and connections, under its own e-mail or the fan's; the fan gets the shirt, the cardholder disputes
 * it weeks later.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const crews = Array.from({ length: Math.max(1, Math.min(3, Math.round(count / 8))) }, (_, i) => {
    const r = rng.fork(`crew${i}`);
    return {
      device: fraudDevice(r, 0.9),
      hide: r.weightedPick<Hide>([
        ['vpn', 40],
        ['proxy', 35],
        ['abroad', 25],
      ]),
      shop: `${r.pick(['camisetas', 'futbol', 'equipaciones', 'kits'])}${r.pick(['top', 'store', 'oficial', 'outlet'])}${r.digits(2)}`,
    };
  });
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const crew = r.pick(crews);
    const fan = personIn(r, r.chance(0.7) ? 'ES' : r.pick(['PT', 'FR', 'IT']));
    const cc = r.pick(TRIANGULATED);
    const holder = personIn(r, cc);
    const at = when(r, w.window, 1, 'evening');
    const { currency } = priceOf({ delivery: 'home', billing: holder.home, shipping: fan.home });
    const kid = r.chance(0.25);
    const lines: Line[] = [
      lineIn(r, kid ? r.pick(KIDS.filter((k) => k.sizing === 'kids')) : anyShirt(r), currency),
    ];
    if (r.chance(0.6))
      lines.push(
        personalisation(currency, printed(kid ? childName(r, fan.lang) : fan.name.first), r.int(1, 23), kid),
      );
    if (r.chance(0.2)) lines.push(lineIn(r, anyShirt(r), currency));
    const ownEmail = r.chance(0.6);
    const d: Draft = {
      at,
      kind: 'triangulation',
      fraud: true,
      buyer: {
        email: ownEmail ? `${slug(crew.shop)}${r.digits(3)}@gmail.com` : emailOf(r, fan.name, fan.country),
        name: fan.name.full,
      },
      billing: holder.home,
      shipping: fan.home,
      delivery: 'home',
      ip: hiddenIp(r, crew.hide, cc),
      device: crew.device,
      locale: 'es-ES',
      lines,
    };
    return purchaseOf(
      d,
      // A second stolen card when the first is refused, now and then.
      (amount) =>
        tryCards(
          r,
          [holder.cards[0] ?? newCard(r, cc), ...(r.chance(0.5) ? [newCard(r, r.pick(TRIANGULATED))] : [])],
          amount,
          {
            match: 'good',
            approve: 0.75,
          },
        ),
      (_, region) =>
        fraudAfter(r, { region, delivery: 'home', dispute: 0.75, warning: 0.4, refundOnWarning: 0.2 }),
    );
  });
}
