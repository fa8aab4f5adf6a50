import { type Rng } from '../kit/random.js';
import { type Account, pickAccount } from './accounts.js';
import { type Item, compose, type World } from './build.js';
import { placeAt, within } from './calendar.js';
import {
  CARE,
  GIFT_SETS,
  HOME_KNIVES,
  KNIVES,
  LIMITED,
  NOSHI,
  PAULOWNIA,
  PRO_KNIVES,
  ROLLS,
  SAYA_FOR,
  STONE_PICKS,
} from './catalogue.js';
import { homeIp } from './networks.js';
import { abroad, type Country, homeIn, market } from './places.js';
import { personOf } from './people.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import { member, shopperIn } from './shoppers.js';
import {
  enthusiast,
  expat,
  newBigBasket,
  returningNewDevice,
  touristReorder,
  traveller,
} from './honest-abroad.js';
import { engravingFor, extras, isDisputable } from './honest-kit.js';

/**
 * The honest kinds and their weights, and the planners for home cooks, accessories, gifts, chefs and collectors;
 * the other kinds are in honest-abroad.ts.
 */

export const HONEST = {
  home_cook: 23,
  overseas_enthusiast: 18,
  accessories: 12,
  gift: 12,
  professional_chef: 6,
  collector_drop: 6,
  tourist_reorder: 6,
  traveller_in_japan: 4,
  new_big_basket: 5,
  returning_new_device: 5,
  expat: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

const home =
  (w: World, tz: number, domestic = true) =>
  (r: Rng) =>
    placeAt(r, w.window, tz, 'home', domestic);

function homeCook(rng: Rng, w: World): Purchase {
  const { shopper: s, at } = shopperIn(rng, w.accounts, 'JP', 0.45, (tz) => home(w, tz)(rng));
  const knife = rng.weightedPick(HOME_KNIVES);
  const items: Item[] = [[knife, 1], ...extras(rng, knife, 0.35, 0.15)];
  if (rng.chance(0.08)) items.push([KNIVES.petty135, 1]);
  const engraved = rng.chance(0.25) ? 1 : 0;
  const kansai = /大阪|堺/.test(s.home.city ?? '');
  return compose(rng, {
    kind: 'home_cook',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: rng.chance(kansai ? 0.18 : 0.01) ? 'pickup' : s.home,
    items,
    engraved,
    ...(!s.signedIn && rng.chance(0.1) ? { code: { code: 'WELCOME5', percent: 5 } } : {}),
    ip: homeIp(rng, 'JP', 0.45).ip,
    device: s.device,
    locale: 'ja-JP',
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic: true, signedIn: s.signedIn }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        {
          fulfilment: f,
          amount: b.amount,
          prepDays: engraved ? [2, 5] : [0, 2],
          disputable: isDisputable(a),
        },
        paidAt,
      ),
    extras: engraved ? { engraving: engravingFor(rng, s.buyer.name, true) } : {},
  });
}

function accessories(rng: Rng, w: World): Purchase {
  const country: Country = rng.chance(0.55) ? 'JP' : abroad(rng);
  const domestic = country === 'JP';
  const { shopper: s, at } = shopperIn(
    rng,
    w.accounts,
    country,
    0.6,
    (tz) => home(w, tz, domestic)(rng),
    (a) => !a.collector,
  );
  const items: Item[] = [];
  const n = rng.weightedPick([
    [1, 5],
    [2, 3],
    [3, 1.5],
    [4, 0.5],
  ]);
  const pool: ReadonlyArray<readonly [Item[0], number]> = [
    ...STONE_PICKS,
    [ROLLS.canvas, 4],
    [ROLLS.leather, 2],
    [CARE.oil, 6],
    [CARE.eraser, 4],
    [CARE.guard, 4],
    [CARE.board, 4],
  ];
  for (let i = 0; i < n; i++) {
    const p = rng.weightedPick(pool);
    if (!items.some(([x]) => x === p)) items.push([p, rng.chance(0.1) ? 2 : 1]);
  }
  if (rng.chance(0.3)) items.push([rng.pick([SAYA_FOR(KNIVES.gyuto210), SAYA_FOR(KNIVES.gyuto240)]), 1]);
  return compose(rng, {
    kind: 'accessories',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: s.home,
    items,
    ip: homeIp(rng, country, 0.4).ip,
    device: s.device,
    locale: market(country).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic, signedIn: s.signedIn }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [0, 2], disputable: isDisputable(a) },
        paidAt,
      ),
  });
}

const NOTES_JP = [
  'ご結婚おめでとうございます',
  '長い間本当にお疲れさまでした',
  '今年も大変お世話になりました',
  'ささやかですが感謝の気持ちです',
];
const NOTES_EN = [
  'Merry Christmas, Dad!',
  'Happy retirement, enjoy the kitchen',
  'Congratulations on your wedding!',
  'For the best cook I know',
  'Happy holidays from all of us',
];

/**
 * Gifts: weddings, retirements, year-end oseibo and Christmas. In Japan a gift set or a knife in a paulownia box
 * with a noshi band and often an engraved name, sent to the recipient; abroad, a Christmas or wedding present,
 * sometimes to family in another country.
 */
function gift(rng: Rng, w: World): Purchase {
  const domestic = rng.chance(0.65);
  const from: Country = domestic ? 'JP' : abroad(rng);
  const { shopper: s, at } = shopperIn(
    rng,
    w.accounts,
    from,
    0.4,
    (tz) => home(w, tz, domestic)(rng),
    (a) => !a.collector,
  );
  const occasion = rng.weightedPick<'kotobuki' | 'taishoku' | 'oseibo' | 'christmas'>(
    domestic
      ? [
          ['kotobuki', 30],
          ['taishoku', 25],
          ['oseibo', at - w.window.start < 16 * 86_400_000 ? 35 : 10],
          ['christmas', 10],
        ]
      : [
          ['kotobuki', 20],
          ['taishoku', 15],
          ['christmas', 65],
        ],
  );
  const toCountry: Country = domestic ? 'JP' : rng.chance(0.75) ? from : abroad(rng);
  const recipient = personOf(rng, toCountry);
  const inPerson = rng.chance(0.15);
  const to = inPerson ? s.home : homeIn(rng, toCountry).address;
  const main =
    occasion === 'kotobuki'
      ? GIFT_SETS.wedding
      : occasion === 'taishoku'
        ? rng.chance(0.6)
          ? GIFT_SETS.retirement
          : KNIVES.gyuto240
        : rng.weightedPick([
            [GIFT_SETS.starter, 4],
            [KNIVES.santokuGinsan, 3],
            [KNIVES.gyuto210, 3],
            [KNIVES.petty150, 2],
          ]);
  const items: Item[] = [[main, 1]];
  if (main.category === 'knife') items.push([PAULOWNIA, 1]);
  if (domestic) items.push([NOSHI, 1]);
  if (!domestic && rng.chance(0.4)) items.push([rng.weightedPick(STONE_PICKS), 1]);
  const engraved = rng.chance(domestic ? 0.65 : 0.45) ? 1 : 0;
  const note = domestic ? rng.pick(NOTES_JP) : rng.pick(NOTES_EN);
  return compose(rng, {
    kind: 'gift',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: to,
    items,
    engraved,
    ip: homeIp(rng, from, 0.35).ip,
    device: s.device,
    locale: market(from).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic, signedIn: s.signedIn }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        {
          fulfilment: f,
          amount: b.amount,
          prepDays: engraved ? [2, 6] : [1, 3],
          disputable: isDisputable(a),
        },
        paidAt,
      ),
    extras: {
      ...(engraved ? { engraving: engravingFor(rng, recipient.name, toCountry === 'JP') } : {}),
      ...(domestic && occasion !== 'christmas' ? { noshi: occasion } : {}),
      giftNote: note,
    },
  });
}

const RESTAURANTS_JP = [
  '割烹 やまもと',
  '鮨 まつもと',
  '日本料理 西川',
  '和食 こばやし',
  'Trattoria Sakai',
  'ビストロ 梅田',
  '天ぷら 井上',
];
const RESTAURANTS_ABROAD = [
  'Sushi Kanda',
  'Omakase Room',
  'Izakaya Hoshi',
  'Maison Kaiseki',
  'Brasserie du Port',
  'Kappo Tanaka',
  'Harbour Grill',
];

/**
 * Chefs and restaurants: several knives for the brigade (a yanagiba, a deba, gyuto for the line), stones and a
 * roll, often the restaurant's name engraved; ordered in working hours, paid by transfer against an invoice in
 * Japan or by the business card.
 */
function professionalChef(rng: Rng, w: World): Purchase {
  const domestic = rng.chance(0.55);
  const country: Country = domestic
    ? 'JP'
    : abroad(rng, { SG: 20, HK: 18, US: 22, GB: 12, AU: 12, FR: 8, DE: 5, CA: 5 });
  const { shopper: s, at } = shopperIn(
    rng,
    w.accounts,
    country,
    0.7,
    (tz) => placeAt(rng, w.window, tz, 'office', domestic),
    () => true,
  );
  const company = domestic ? rng.pick(RESTAURANTS_JP) : rng.pick(RESTAURANTS_ABROAD);
  const items: Item[] = [];
  const n = rng.int(2, 5);
  for (let i = 0; i < 12 && items.length < n; i++) {
    const k = rng.weightedPick(PRO_KNIVES);
    if (!items.some(([x]) => x === k))
      items.push([k, k.sku.includes('GYU') || k.sku.includes('PET') ? rng.int(1, 4) : 1]);
  }
  if (rng.chance(0.7)) items.push([rng.weightedPick(STONE_PICKS), rng.int(1, 3)]);
  if (rng.chance(0.4)) items.push([rng.chance(0.6) ? ROLLS.canvas : ROLLS.leather, rng.int(1, 3)]);
  const blades = items.filter(([p]) => p.category === 'knife').reduce((t, [, q]) => t + q, 0);
  const engraved = rng.chance(0.5) ? blades : 0;
  return compose(rng, {
    kind: 'professional_chef',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: s.home,
    items,
    engraved,
    ip: homeIp(rng, country, 0.3).ip,
    device: s.device,
    locale: market(country).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic, signedIn: s.signedIn, company: true }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        {
          fulfilment: f,
          amount: b.amount,
          prepDays: engraved ? [3, 7] : [1, 3],
          disputable: isDisputable(a),
        },
        paidAt,
      ),
    extras: {
      company: { name: company, ...(domestic ? { invoiceNo: `T${rng.digits(13)}` } : {}) },
      ...(engraved ? { engraving: company } : {}),
    },
  });
}

/**
 * Collectors ordering a limited smith run the minute it drops: members of years, signed in on their usual device
 * with a saved card, one knife each; most within minutes of the drop, a few hours later before it sells out.
 */
function collectorDrop(rng: Rng, w: World): Purchase {
  const a: Account = pickAccount(rng, w.accounts, (x) => x.collector);
  const s = member(rng, a, 0.06);
  const i = rng.int(0, w.drops.length - 1);
  const drop = w.drops[i] ?? { id: 'run-1', at: w.window.start };
  const at = within(
    w.window,
    drop.at + (rng.chance(0.8) ? rng.int(4_000, 20_000) + rng.exp(150_000) : rng.exp(3 * 3_600_000)),
  );
  const limited = LIMITED[i % LIMITED.length] ?? LIMITED[0];
  const items: Item[] = [[limited, 1]];
  if (rng.chance(0.25)) items.push([SAYA_FOR(KNIVES.gyuto240), 1]);
  const domestic = a.country === 'JP';
  return compose(rng, {
    kind: 'collector_drop',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: domestic && rng.chance(0.1) ? 'pickup' : s.home,
    items,
    ip: homeIp(rng, a.country, 0.35).ip,
    device: s.device,
    locale: market(a.country).locale,
    pay: (yen) =>
      honestPay(
        rng,
        { cards: s.cards, domestic, signedIn: true, saved: rng.chance(0.85), instant: true },
        yen,
        0.04,
      ),
    after: (paidAt, b, f, att) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [3, 10], disputable: isDisputable(att) },
        paidAt,
      ),
    extras: { dropId: drop.id },
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'home_cook':
      return homeCook(rng, w);
    case 'accessories':
      return accessories(rng, w);
    case 'gift':
      return gift(rng, w);
    case 'professional_chef':
      return professionalChef(rng, w);
    case 'collector_drop':
      return collectorDrop(rng, w);
    case 'overseas_enthusiast':
      return enthusiast(rng, w);
    case 'tourist_reorder':
      return touristReorder(rng, w);
    case 'traveller_in_japan':
      return traveller(rng, w);
    case 'new_big_basket':
      return newBigBasket(rng, w);
    case 'returning_new_device':
      return returningNewDevice(rng, w);
    case 'expat':
      return expat(rng, w);
  }
}
