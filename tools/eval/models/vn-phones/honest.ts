import { accountBuyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVERYDAY, FINANCE, OFFICE, placeAt } from './calendar.js';
import { newCard } from './cards.js';
import {
  ACCESSORIES,
  addOns,
  AUDIO,
  basketOf,
  BUDGET_PHONES,
  bySku,
  CONSOLES,
  FEATURE_PHONES,
  FLAGSHIP_ANDROID,
  FLAGSHIP_IPHONES,
  IPHONES,
  itemsTotal,
  LAPTOPS,
  type Line,
  lineOf,
  MID_PHONES,
  REFURBISHED,
  TABLETS,
  TOPUP,
  TOPUP_BIG,
  WATCHES,
} from './catalogue.js';
import { ABROAD_NETS, ipOn } from './networks.js';
import { build, feeFor, HOUR, localOrder, promoFor } from './order.js';
import {
  accountId,
  deviceOf,
  emailOf,
  type Gadget,
  localDevice,
  overseas,
  phoneAbroad,
  pickAccount,
  vietnamese,
} from './people.js';
import {
  addressAbroad,
  addressIn,
  DIASPORA,
  HCMC,
  HANOI,
  pickPlace,
  type Place,
  placeNamed,
  shopFor,
  SHOPS,
} from './places.js';
import {
  cardAttempt,
  financeAttempt,
  type Fulfilment,
  honestJourney,
  paidAfter,
  type Paying,
  type Purchase,
  retryGap,
  firstAuth,
  triedUntil,
  type Attempt,
  other,
} from './purchase.js';
import {
  newcomer,
  pick3,
  pickProduct,
  regular,
  shopper,
  type Shopper,
  unitsOf,
  type World,
  localIp,
} from './world.js';

/**
 * The store's honest customers (weights: shares of honest orders). Everyday city buyers, cash-on-delivery
 * buyers in the provinces, quick accessory and top-up-code orders, 0 % instalments, shop pickup, newcomers
 * rushing the 12.12 flash sales, Tết gifts sent to family elsewhere, overseas Vietnamese buying for family at
 * home, big spenders, customers abroad or behind a VPN, and companies buying for staff.
 */
export const HONEST = {
  city_everyday: 24,
  provincial_cod: 17,
  accessory_topup: 9,
  instalment: 9,
  shop_pickup: 9,
  sale_newcomer: 8,
  gift_elsewhere: 6,
  viet_kieu_family: 6,
  big_spender: 4.5,
  traveller_or_vpn: 4,
  business_bulk: 3.5,
} as const;

export type HonestKind = keyof typeof HONEST;

const phoneWithAddOns = (rng: Rng, groups: Parameters<typeof pickProduct>[1]): Line[] => {
  const main = pickProduct(rng, groups);
  return [lineOf(main), ...addOns(rng, main)];
};

/** What city customers buy: phones of every price, tablets, watches, earbuds, laptops, accessories, consoles. */
function cityBasket(rng: Rng): Line[] {
  const r = rng.next();
  if (r < 0.55)
    return phoneWithAddOns(rng, [
      [IPHONES, 20],
      [FLAGSHIP_IPHONES, 12],
      [MID_PHONES, 30],
      [BUDGET_PHONES, 22],
      [FLAGSHIP_ANDROID, 8],
      [REFURBISHED, 8],
    ]);
  if (r < 0.65)
    return [lineOf(rng.pick(LAPTOPS)), ...(rng.chance(0.3) ? [lineOf(rng.pick(ACCESSORIES))] : [])];
  if (r < 0.72) return [lineOf(rng.pick(TABLETS))];
  if (r < 0.8) return [lineOf(rng.pick(WATCHES))];
  if (r < 0.9) return [lineOf(rng.pick(AUDIO))];
  if (r < 0.93) return [lineOf(rng.pick(CONSOLES))];
  return Array.from({ length: rng.int(1, 3) }, () => lineOf(rng.pick(ACCESSORIES), rng.chance(0.2) ? 2 : 1));
}

function fulfilmentIn(rng: Rng, p: Place, express: number, pickup: number): Fulfilment {
  const hasShop = SHOPS.some((s) => s.province === p.province);
  const r = rng.next();
  if (p.express && r < express) return 'express_2h';
  if (hasShop && r > 1 - pickup) return 'pickup';
  return 'standard';
}

function cityEveryday(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, EVERYDAY);
  const s = shopper(rng, w, at, pick3(rng, [62, 16, 22]), ['metro', 'city']);
  const f = fulfilmentIn(rng, s.place, 0.26, 0.06);
  return localOrder(rng, s, {
    at,
    kind: 'city_everyday',
    lines: cityBasket(rng),
    fulfilment: f,
    ip: localIp(rng, s, 0.45),
    ...(f === 'pickup' ? { shop: shopFor(rng, s.place.province).id } : {}),
  });
}

function provincialCod(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, EVERYDAY);
  const s = shopper(rng, w, at, pick3(rng, [35, 25, 40]), ['province', 'city']);
  const lines = phoneWithAddOns(rng, [
    [BUDGET_PHONES, 55],
    [MID_PHONES, 18],
    [FEATURE_PHONES, 10],
    [IPHONES, 10],
    [REFURBISHED, 7],
  ]);
  return localOrder(rng, s, {
    at,
    kind: 'provincial_cod',
    lines,
    fulfilment: 'standard',
    ip: localIp(rng, s, 0.7),
    bias: { cod: 2.2, card: 0.5, apple_pay: 0.4 },
    refusal: s.place.tier === 'province' ? 0.08 : 0.05,
  });
}

function accessoryTopup(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, EVERYDAY);
  const s = shopper(rng, w, at, pick3(rng, [60, 10, 30]));
  const codes = rng.chance(0.45);
  const lines = codes
    ? [
        lineOf(
          rng.chance(0.85) ? rng.pick(TOPUP) : rng.pick(TOPUP_BIG),
          rng.weightedPick([
            [1, 70],
            [2, 18],
            [5, 8],
            [10, 4],
          ] as const),
        ),
      ]
    : Array.from({ length: rng.int(1, 3) }, () => lineOf(rng.pick([...ACCESSORIES, ...AUDIO.slice(3, 5)])));
  const f: Fulfilment = codes ? 'digital' : fulfilmentIn(rng, s.place, 0.15, 0.05);
  return localOrder(rng, s, {
    at,
    kind: 'accessory_topup',
    lines,
    fulfilment: f,
    ip: localIp(rng, s, 0.6),
    ...(f === 'pickup' ? { shop: shopFor(rng, s.place.province).id } : {}),
  });
}

const FINANCE_COMPANIES: ReadonlyArray<readonly [string, number]> = [
  ['home_credit', 35],
  ['fe_credit', 20],
  ['hd_saison', 18],
  ['mcredit', 12],
  ['shinhan_finance', 8],
  ['mirae_asset_finance', 7],
];

export const financeCompany = (rng: Rng): string => rng.weightedPick(FINANCE_COMPANIES);

/**
 * 0 % instalments: most through a consumer-finance company (an application with the citizen ID, approved or
 * declined by its desk in office hours, the contract signed at the shop or on delivery), some on a credit card
 * over the bank's 0 % plan.
 */
function instalment(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, FINANCE);
  const s = shopper(rng, w, at, pick3(rng, [55, 30, 15]));
  const main = pickProduct(rng, [
    [FLAGSHIP_IPHONES, 30],
    [IPHONES, 20],
    [FLAGSHIP_ANDROID, 14],
    [MID_PHONES, 12],
    [LAPTOPS, 18],
    [TABLETS, 6],
  ]);
  const lines = [lineOf(main), ...addOns(rng, main)];
  const withCard = s.cards.some((c) => c.funding === 'credit') && rng.chance(0.55);
  const pickup = rng.chance(0.55);
  const f: Fulfilment = pickup ? 'pickup' : s.place.express && rng.chance(0.3) ? 'express_2h' : 'standard';
  const items = itemsTotal(lines);
  const promo = promoFor(rng, at, withCard ? 'card_instalment' : 'consumer_finance', items);
  const basket = basketOf(lines, { ...promo, shippingFee: feeFor(lines, f) });
  let paying: Paying;
  let finance;
  if (withCard) {
    const card = s.cards.find((c) => c.funding === 'credit') ?? newCard(rng, 'VN', 'credit');
    const attempts: Attempt[] = [];
    if (rng.chance(0.08))
      attempts.push(
        cardAttempt(rng, card, {
          entry: 'typed',
          ok: false,
          decline: 'limit_exceeded',
          afterMs: firstAuth(rng),
          method: 'card_instalment',
        }),
      );
    if (attempts.length === 0 || rng.chance(0.6))
      attempts.push(
        cardAttempt(rng, card, {
          entry: 'typed',
          ok: true,
          afterMs: attempts.length ? retryGap(rng) : firstAuth(rng),
          method: 'card_instalment',
        }),
      );
    paying = { method: 'card_instalment', attempts };
    finance = { provider: `${card.brand}_bank_0pct`, tenorMonths: rng.pick([6, 9, 12]), downPayment: 0 };
  } else {
    const provider = financeCompany(rng);
    const attempts: Attempt[] = [];
    const approved = rng.chance(0.84);
    attempts.push(financeAttempt(provider, approved, rng.int(10, 90) * MINUTE));
    if (!approved && rng.chance(0.5)) {
      const second = financeCompany(rng);
      attempts.push(
        financeAttempt(
          second === provider ? 'home_credit' : second,
          rng.chance(0.65),
          rng.int(15, 80) * MINUTE,
        ),
      );
    }
    paying = { method: 'consumer_finance', attempts };
    const down = rng.weightedPick([
      [0, 40],
      [0.1, 20],
      [0.2, 22],
      [0.3, 18],
    ] as const);
    finance = {
      provider: attempts.find((a) => a.ok)?.provider ?? provider,
      tenorMonths: rng.pick([6, 8, 9, 12]),
      downPayment: Math.round((items * down) / 100_000) * 100_000,
    };
  }
  const paidAt = paidAfter(paying.attempts);
  const later = honestJourney(rng, {
    fulfilment: f,
    tier: s.place.tier,
    ...(paidAt !== undefined ? { paidAt } : {}),
    triedUntil: triedUntil(paying.attempts),
    amount: basket.amount,
    method: paying.method,
  });
  const shop = f === 'pickup' ? shopFor(rng, s.place.province).id : undefined;
  return build({
    at,
    kind: 'instalment',
    fraud: false,
    buyer: s.buyer,
    phone: s.phone,
    billing: s.home,
    ...(f !== 'pickup' ? { shipping: s.home } : {}),
    fulfilment: f,
    ...(shop ? { shop } : {}),
    ip: localIp(rng, s, 0.5),
    device: s.device,
    basket,
    paying,
    later,
    finance,
  });
}

function shopPickup(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, EVERYDAY);
  const s = shopper(rng, w, at, pick3(rng, [55, 15, 30]), ['metro', 'city']);
  const lines = rng.chance(0.7)
    ? phoneWithAddOns(rng, [
        [IPHONES, 25],
        [FLAGSHIP_IPHONES, 15],
        [MID_PHONES, 25],
        [BUDGET_PHONES, 20],
        [FLAGSHIP_ANDROID, 8],
        [REFURBISHED, 7],
      ])
    : [lineOf(rng.pick([...AUDIO, ...WATCHES, ...TABLETS, ...LAPTOPS]))];
  return localOrder(rng, s, {
    at,
    kind: 'shop_pickup',
    lines,
    fulfilment: 'pickup',
    shop: shopFor(rng, s.place.province).id,
    ip: localIp(rng, s, 0.55),
    bias: { pay_at_store: 1.4 },
  });
}

/** Newcomers rushing a flash sale: a new app install or a guest, the deal item, the OTP that times out. */
function saleNewcomer(rng: Rng, w: World): Purchase {
  const flash = w.flashes.length > 0 && rng.chance(0.6) ? rng.pick(w.flashes) : undefined;
  const at =
    flash !== undefined
      ? Math.min(w.window.end - 1, flash + Math.floor(Math.min(rng.exp(9 * MINUTE), 55 * MINUTE)))
      : placeAt(rng, w.window, EVERYDAY);
  const s = newcomer(rng, at, rng.chance(0.7));
  const main = pickProduct(rng, [
    [FLAGSHIP_IPHONES, 30],
    [IPHONES, 15],
    [BUDGET_PHONES, 20],
    [MID_PHONES, 15],
    [AUDIO, 12],
    [WATCHES, 8],
  ]);
  const lines = [lineOf(main), ...(rng.chance(0.4) ? addOns(rng, main) : [])];
  const f = fulfilmentIn(rng, s.place, 0.35, 0.08);
  return localOrder(rng, s, {
    at,
    kind: 'sale_newcomer',
    lines,
    fulfilment: f,
    ip: localIp(rng, s, 0.6),
    declineShare: 0.14,
    ...(f === 'pickup' ? { shop: shopFor(rng, s.place.province).id } : {}),
  });
}

/** A Tết present sent to parents in the countryside, or a phone for a child studying in the city. */
function giftElsewhere(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, EVERYDAY);
  const s = shopper(rng, w, at, pick3(rng, [60, 10, 30]));
  let to = pickPlace(rng);
  if (to.province === s.place.province) to = placeNamed(rng.chance(0.5) ? HCMC : HANOI);
  if (to.province === s.place.province) to = pickPlace(rng, ['province']);
  const lines = rng.chance(0.75)
    ? phoneWithAddOns(rng, [
        [BUDGET_PHONES, 30],
        [MID_PHONES, 20],
        [IPHONES, 22],
        [FEATURE_PHONES, 14],
        [FLAGSHIP_IPHONES, 8],
        [REFURBISHED, 6],
      ])
    : [lineOf(rng.pick([...WATCHES, ...AUDIO, ...TABLETS]))];
  const recipient = vietnamese(rng);
  return localOrder(rng, s, {
    at,
    kind: 'gift_elsewhere',
    lines,
    fulfilment: 'standard',
    shipping: addressIn(rng, to),
    shipTier: to.tier,
    recipient: `${s.person.family === recipient.family ? recipient.family : s.person.family} ${recipient.middle} ${recipient.given}`,
    ip: localIp(rng, s, 0.45),
    bias: { cod: 0.35 },
    remote: true,
  });
}

/**
 * Overseas Vietnamese buying for family at home: their own country's card (or Apple Pay) through 3-D Secure,
 * from home in their own evening, a Vietnamese address and a relative's name; some let the family pay cash at
 * the door.
 */
function vietKieu(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.8);
  const a = known ? pickAccount(rng, w.base.diaspora) : undefined;
  const abroad = a?.abroad ?? rng.weightedPick(DIASPORA.map((x) => [x, x.weight] as const));
  const at = placeAt(rng, w.window, EVERYDAY, { tz: abroad.tz });
  const person = a?.person ?? overseas(rng);
  const buyer = a
    ? accountBuyer(a)
    : {
        id: accountId(rng),
        email: emailOf(rng, person),
        name: person.name,
        createdAt: at - rng.int(3, 30) * MINUTE,
      };
  const [homeNet, mobileNet] = ABROAD_NETS[abroad.country] ?? ['us-cable', 'us-mobile'];
  const device: Gadget = a ? rng.pick(a.devices) : localDevice(rng);
  const cards = a?.cards ?? [newCard(rng, abroad.country, 'credit')];
  const family = a?.place ?? pickPlace(rng);
  const shipping = addressIn(rng, family);
  const lines = rng.chance(0.8)
    ? phoneWithAddOns(rng, [
        [FLAGSHIP_IPHONES, 30],
        [IPHONES, 25],
        [FLAGSHIP_ANDROID, 10],
        [MID_PHONES, 20],
        [BUDGET_PHONES, 15],
      ])
    : [lineOf(rng.pick([...TABLETS, ...WATCHES, ...AUDIO]))];
  if (rng.chance(0.18)) lines.push(lineOf(rng.pick([...BUDGET_PHONES, ...FEATURE_PHONES])));
  const cod = rng.chance(0.13);
  const wallet = !cod && (device.platform === 'iphone' || device.platform === 'mac') && rng.chance(0.2);
  const basket = basketOf(lines, { shippingFee: feeFor(lines, 'standard') });
  const card = rng.pick(cards);
  let paying: Paying;
  if (cod) paying = { method: 'cod', attempts: [], settle: 'cod' };
  else if (wallet)
    paying = {
      method: 'apple_pay',
      attempts: [
        cardAttempt(rng, card, { entry: 'wallet', ok: true, afterMs: firstAuth(rng), method: 'apple_pay' }),
      ],
    };
  else {
    const attempts: Attempt[] = [];
    if (rng.chance(0.11)) {
      const why = rng.pick(['do_not_honor', 'authentication_failed', 'card_declined'] as const);
      attempts.push(cardAttempt(rng, card, { ok: false, decline: why, afterMs: firstAuth(rng) }));
      if (rng.chance(0.85)) {
        const next = cards.find((c) => c !== card) ?? card;
        attempts.push(cardAttempt(rng, next, { ok: true, afterMs: retryGap(rng) }));
      }
    } else attempts.push(cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng) }));
    paying = attempts.some((x) => x.ok)
      ? { method: 'card', attempts }
      : { method: 'card', attempts, settle: 'cod' };
  }
  const paidAt = paidAfter(paying.attempts);
  const later = honestJourney(rng, {
    fulfilment: 'standard',
    tier: family.tier,
    ...(paidAt !== undefined ? { paidAt } : {}),
    triedUntil: triedUntil(paying.attempts),
    ...(paying.settle ? { settle: paying.settle } : {}),
    amount: basket.amount,
    method: paying.method,
    remote: true,
  });
  const recipient = vietnamese(rng);
  return build({
    at,
    kind: 'viet_kieu_family',
    fraud: false,
    buyer,
    phone: a?.phone ?? phoneAbroad(rng, abroad.country),
    billing: a?.abroadHome ?? addressAbroad(rng, abroad),
    shipping,
    recipient: `${person.family} ${recipient.middle} ${recipient.given}`,
    fulfilment: 'standard',
    ip: ipOn(rng, rng.chance(0.75) ? homeNet : mobileNet),
    device,
    locale: rng.chance(0.6) ? 'vi-VN' : abroad.locale,
    basket,
    paying,
    later,
  });
}

/** Big baskets in the big cities: the top iPhone with a MacBook and a watch, or a phone for everyone at home. */
function bigSpender(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, EVERYDAY);
  const s = regular(rng, w, ['metro']);
  const lines: Line[] = rng.chance(0.55)
    ? [
        lineOf(rng.pick(FLAGSHIP_IPHONES.slice(0, 3))),
        lineOf(rng.pick(LAPTOPS.slice(0, 3))),
        ...(rng.chance(0.6) ? [lineOf(bySku(rng.pick(['AW-U3', 'APP3', 'AW-S11-42'])))] : []),
      ]
    : [
        unitsOf(rng.pick(FLAGSHIP_IPHONES), rng.int(2, 4)),
        ...(rng.chance(0.5) ? [unitsOf(bySku('APP3'), 2)] : []),
      ];
  const f: Fulfilment = rng.chance(0.45) ? 'express_2h' : rng.chance(0.5) ? 'pickup' : 'standard';
  const richer = { ...s, cards: s.cards.length > 0 ? s.cards : [newCard(rng, 'VN', 'credit')] };
  return localOrder(rng, richer, {
    at,
    kind: 'big_spender',
    lines,
    fulfilment: f,
    ip: localIp(rng, s, 0.35),
    bias: { card: 2.5, bank_transfer: 2.5, cod: 0.3, momo: 0.3, zalopay: 0.3 },
    declineShare: 0.16,
    ...(f === 'pickup' ? { shop: shopFor(rng, s.place.province).id } : {}),
  });
}

const TRAVEL: ReadonlyArray<readonly [string, number, number]> = [
  ['jp-home', 9, 18],
  ['kr-home', 9, 14],
  ['tw-home', 8, 10],
  ['sg-home', 8, 8],
  ['au-broadband', 11, 8],
  ['us-cable', -8, 6],
  ['de-broadband', 1, 4],
  ['sg-hosting', 7, 16],
  ['jp-hosting', 7, 8],
  ['us-hosting', 7, 8],
];

/**
 * Customers abroad for work, study or a holiday (a foreign IP in their hours there) and customers at home behind
 * a VPN (a hosting exit, Vietnamese hours), paying as at home; the SMS OTP abroad fails more often.
 */
function travellerOrVpn(rng: Rng, w: World): Purchase {
  const [net, tz] = rng.weightedPick(TRAVEL.map((t) => [t, t[2]] as const));
  const at = placeAt(rng, w.window, EVERYDAY, { tz });
  const s = shopper(rng, w, at, pick3(rng, [75, 10, 15]));
  const abroad = !net.endsWith('hosting');
  const f: Fulfilment = rng.chance(0.2) ? 'digital' : 'standard';
  const lines = f === 'digital' ? [lineOf(rng.pick(TOPUP), rng.int(1, 3))] : cityBasket(rng);
  return localOrder(rng, s, {
    at,
    kind: 'traveller_or_vpn',
    lines,
    fulfilment: f,
    ip: ipOn(rng, net),
    bias: { cod: abroad ? 0.4 : 1 },
    declineShare: abroad ? 0.15 : 0.07,
    ...(abroad && f !== 'digital' && rng.chance(0.3) ? { recipient: vietnamese(rng).name } : {}),
  });
}

const COMPANY_TYPES = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV'];
const COMPANY_WORDS = [
  'Minh Phát',
  'Thành Công',
  'Đại Việt',
  'An Khang',
  'Sao Việt',
  'Hưng Thịnh',
  'Phú Gia',
  'Tân Tiến',
  'Việt Nhật',
  'Hoàng Long',
];
const COMPANY_TRADES = [
  'Thương mại Dịch vụ',
  'Xây dựng',
  'Công nghệ',
  'Logistics',
  'Xuất nhập khẩu',
  'Dược phẩm',
  'Giáo dục',
];

/**
 * Companies buying laptops and phones for staff, or year-end gifts for the team before Tết: weekdays in office
 * hours from the office network, a VAT e-invoice with the company's tax code, mostly paid by bank transfer.
 */
function businessBulk(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, OFFICE, { weekdays: true });
  const s0 = shopper(rng, w, at, pick3(rng, [55, 45, 0]), ['metro', 'city']);
  const word = rng.pick(COMPANY_WORDS);
  const company = {
    name: `${rng.pick(COMPANY_TYPES)} ${rng.pick(COMPANY_TRADES)} ${word}`,
    taxCode: `0${rng.digits(9)}`,
  };
  const domain = `${word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\s/g, '')
    .toLowerCase()}.com.vn`;
  const s: Shopper =
    s0.buyer.id && rng.chance(0.6)
      ? s0
      : { ...s0, buyer: { ...s0.buyer, email: emailOf(rng, s0.person, domain) } };
  const gifts = rng.chance(0.45);
  const lines = gifts
    ? [
        unitsOf(
          bySku(rng.pick(['AP4', 'AP4-ANC', 'SS-A17-128', 'SS-A07-64', 'XM-BAND10', 'JBL-GO4', 'JBL-FLIP7'])),
          rng.int(10, 40),
        ),
      ]
    : [
        unitsOf(rng.pick(LAPTOPS), rng.int(3, 15)),
        ...(rng.chance(0.4) ? [unitsOf(bySku(rng.pick(['AC-MOUSE', 'AC-CABLE-C'])), rng.int(3, 15))] : []),
        ...(rng.chance(0.25) ? [unitsOf(rng.pick(MID_PHONES), rng.int(2, 10))] : []),
      ];
  const pickup = rng.chance(0.2);
  const f: Fulfilment = pickup ? 'pickup' : 'standard';
  const basket = basketOf(lines, { shippingFee: 0 });
  const transfer = rng.chance(0.78);
  let paying: Paying;
  if (transfer) {
    const late = rng.chance(0.25);
    paying = {
      method: 'bank_transfer',
      attempts: [other('bank_transfer', true, late ? rng.int(16, 30) * HOUR : rng.int(20, 240) * MINUTE)],
    };
  } else {
    const card = newCard(rng, 'VN', 'credit');
    const attempts: Attempt[] = [];
    if (rng.chance(0.2))
      attempts.push(
        cardAttempt(rng, card, { ok: false, decline: 'limit_exceeded', afterMs: firstAuth(rng) }),
      );
    attempts.push(
      attempts.length
        ? other('bank_transfer', true, rng.int(1, 6) * HOUR)
        : cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng) }),
    );
    paying = { method: 'card', attempts };
  }
  const paidAt = paidAfter(paying.attempts);
  const later = honestJourney(rng, {
    fulfilment: f,
    tier: s.place.tier,
    ...(paidAt !== undefined ? { paidAt } : {}),
    triedUntil: triedUntil(paying.attempts),
    amount: basket.amount,
    method: paying.method,
  });
  return build({
    at,
    kind: 'business_bulk',
    fraud: false,
    buyer: s.buyer,
    phone: s.phone,
    billing: s.home,
    ...(pickup ? { shop: shopFor(rng, s.place.province).id } : { shipping: s.home }),
    fulfilment: f,
    ip: ipOn(rng, rng.chance(0.7) ? 'vn-office' : s.homeNet),
    device: s.device.platform === 'windows' || rng.chance(0.4) ? s.device : deviceOf(rng, 'windows', false),
    basket,
    paying,
    later,
    company,
  });
}

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  city_everyday: cityEveryday,
  provincial_cod: provincialCod,
  accessory_topup: accessoryTopup,
  instalment,
  shop_pickup: shopPickup,
  sale_newcomer: saleNewcomer,
  gift_elsewhere: giftElsewhere,
  viet_kieu_family: vietKieu,
  big_spender: bigSpender,
  traveller_or_vpn: travellerOrVpn,
  business_bulk: businessBulk,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
