import { accountBuyer, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import {
  BOLTS,
  GIFTS,
  type Item,
  type Line,
  lineOf,
  METRES,
  pickLines,
  SCARVES,
  TAILORED,
} from './catalogue.js';
import { BANGKOK, CONSUMER, DAY, OFFICE, seasonDayOf, TOURIST, when } from './calendar.js';
import { abroadCode, type Draft, honestCheckout } from './checkout.js';
import { homeNetwork, ipOn, network, THAI_MOBILE } from './networks.js';
import { emailFor, foreignDevice, personName, pickAccount, thaiDevice } from './people.js';
import { addressIn, EXPAT_WEIGHTS, FOREIGN_WEIGHTS, homeIn, HOTELS, market, thaiCity } from './places.js';
import { type Method, type Purchase } from './purchase.js';
import {
  checkoutBuyer,
  courier,
  COMPANY_A,
  dedupe,
  thaiTaxId,
  touristLines,
  type World,
  abroadLines,
  abroadDelivery,
  abroadIp,
} from './shopping.js';

/** Honest orders from abroad and for abroad: tourists, reorders, Christmas gifts, expats, the trade, tailoring. */

export function touristInBangkok(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(FOREIGN_WEIGHTS);
  const m = market(country);
  const { address: home } = homeIn(rng, country);
  const at = when(rng, w.window, BANGKOK, 'tourist', TOURIST);
  const name = personName(rng, country);
  const buyer = checkoutBuyer(rng, at, name, emailFor(rng, name, country), 0.65, 0.3);
  const currency = rng.chance(0.55) ? 'THB' : m.currency;
  const pickup = rng.chance(0.2);
  const hotel = rng.weightedPick(HOTELS.map((h) => [h, h.city === 'Bangkok' ? 8 : 3] as const));
  const method: Method = rng.chance(0.82) ? 'card' : 'paypal';
  const d: Draft = {
    kind: 'tourist_in_bangkok',
    fraud: false,
    at,
    buyer,
    billing: home,
    ...(pickup ? {} : { shipping: hotel }),
    ip: ipOn(rng, rng.chance(0.55) ? network('th-hotel-wifi') : network(rng.pick(THAI_MOBILE))),
    device: foreignDevice(rng, 0.8),
    locale: m.locale,
    delivery: pickup ? 'showroom_pickup' : hotel.city === 'Bangkok' ? 'hotel_messenger' : 'kerry',
    method,
    currency,
    lines: touristLines(rng, currency),
  };
  const cards = [newCard(rng, country)];
  return honestCheckout(
    rng,
    d,
    { cards, country, signedIn: buyer.id !== undefined },
    {
      declineShare: 0.11,
      provincial: hotel.city !== 'Bangkok',
    },
  );
}

export function touristReorder(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.5) ? pickAccount(rng, w.base, (a) => !a.thai) : undefined;
  const country = known?.country ?? rng.weightedPick(FOREIGN_WEIGHTS);
  const m = market(country);
  const home = known ? { address: known.home, tz: known.tz } : homeIn(rng, country);
  const at = when(rng, w.window, home.tz, 'abroad', CONSUMER);
  const name = known?.name ?? personName(rng, country);
  const buyer: Buyer = known
    ? accountBuyer(known)
    : {
        id: `cus_${rng.token(14)}`,
        email: emailFor(rng, name, country),
        name,
        createdAt: at - Math.floor(rng.float(12, 330) * DAY),
      };
  const method: Method = (known?.paypal ?? rng.chance(0.28)) ? 'paypal' : 'card';
  const d: Draft = {
    kind: 'tourist_reorder',
    fraud: false,
    at,
    buyer,
    billing: home.address,
    shipping: home.address,
    ip: known && rng.chance(0.8) ? ipOn(rng, known.network) : abroadIp(rng, country, 0.03),
    device: known && rng.chance(0.75) ? known.device : foreignDevice(rng),
    locale: m.locale,
    delivery: abroadDelivery(rng, at, home.tz),
    method,
    currency: m.currency,
    lines: abroadLines(rng, m.currency),
    ...(rng.chance(0.4) ? { code: { code: 'WELCOMEBACK10', percent: 10 } } : {}),
  };
  return honestCheckout(
    rng,
    d,
    { cards: known?.cards ?? [newCard(rng, country)], country, signedIn: true },
    {
      declineShare: 0.08,
    },
  );
}

export const GIFT_NOTES = [
  'Merry Christmas! Love from us all',
  'Happy holidays, thinking of you',
  'A little something from Bangkok',
  'Frohe Weihnachten!',
  'Joyeux Noël !',
  'Happy birthday and Merry Christmas',
  'For the best mum in the world',
];

export function christmasGiftAbroad(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(FOREIGN_WEIGHTS);
  const m = market(country);
  const home = homeIn(rng, country);
  const at = when(rng, w.window, home.tz, 'abroad', CONSUMER);
  const name = personName(rng, country);
  const buyer = checkoutBuyer(rng, at, name, emailFor(rng, name, country), 0.5, 0.4);
  const gift = rng.chance(0.55);
  const elsewhere = gift && rng.chance(0.1);
  const to = elsewhere ? rng.weightedPick(FOREIGN_WEIGHTS.filter(([c]) => c !== country)) : country;
  const shipping = gift ? homeIn(rng, to).address : home.address;
  const d: Draft = {
    kind: 'christmas_gift_abroad',
    fraud: false,
    at,
    buyer,
    billing: home.address,
    shipping,
    ip: abroadIp(rng, country, 0.05),
    device: foreignDevice(rng),
    locale: m.locale,
    delivery: abroadDelivery(rng, at, home.tz),
    method: rng.chance(0.7) ? 'card' : 'paypal',
    currency: m.currency,
    lines: abroadLines(rng, m.currency),
    ...(gift ? { giftMessage: rng.pick(GIFT_NOTES) } : {}),
  };
  const code = abroadCode(rng, at, home.tz);
  if (code) d.code = code;
  return honestCheckout(
    rng,
    d,
    { cards: [newCard(rng, country)], country, signedIn: buyer.id !== undefined },
    {
      declineShare: 0.08,
    },
  );
}

export function expatGiftHome(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(EXPAT_WEIGHTS);
  const m = market(country);
  const home = homeIn(rng, country);
  const at = when(rng, w.window, home.tz, 'thai', CONSUMER);
  const name = personName(rng, 'TH');
  const buyer = checkoutBuyer(rng, at, name, emailFor(rng, name, country, true), 0.45, 0.3);
  const family = addressIn(rng, 'TH', thaiCity(rng, 0.3));
  const thaiCard = rng.chance(0.3);
  const d = seasonDayOf(at, home.tz) ?? 0;
  const currency = thaiCard ? 'THB' : m.currency;
  const lines = dedupe([
    ...pickLines(rng, currency, [...SCARVES, ...GIFTS, 'phaSin', 'shirt', 'blouse', 'robe'], rng.int(1, 3)),
    ...(d >= 26 && d <= 35 ? [lineOf(rng.pick(['tieSet', 'shirt'] as const), 1, currency)] : []),
  ]);
  const draft: Draft = {
    kind: 'expat_gift_home',
    fraud: false,
    at,
    buyer,
    billing: home.address,
    shipping: family,
    ip: ipOn(rng, homeNetwork(rng, country)),
    device: thaiDevice(rng, 0.12),
    locale: rng.chance(0.7) ? 'th-TH' : m.locale,
    delivery: courier(rng),
    method: thaiCard ? 'card' : rng.chance(0.7) ? 'card' : 'paypal',
    currency,
    lines,
    giftMessage:
      d >= 26 && d <= 35
        ? 'สุขสันต์วันพ่อ รักพ่อนะครับ'
        : rng.pick(['สวัสดีปีใหม่ค่ะ คิดถึงนะ', 'สุขสันต์วันปีใหม่ รักแม่นะคะ', 'ของขวัญปีใหม่จากลูก']),
  };
  const cards = [newCard(rng, thaiCard ? 'TH' : country)];
  return honestCheckout(
    rng,
    draft,
    { cards, country: thaiCard ? 'TH' : country, signedIn: buyer.id !== undefined },
    {
      declineShare: 0.08,
      provincial: family.city !== 'Bangkok',
    },
  );
}

export const STUDIO_WORDS = [
  'Interiors',
  'Design Studio',
  'Living',
  'Home & Hospitality',
  'Atelier',
  'Design Ltd',
];
export const HOTEL_BUYERS = [
  'Resort Co., Ltd.',
  'Hotel Co., Ltd.',
  'Boutique Hotel Co., Ltd.',
  'Design Co., Ltd.',
  'Interior Co., Ltd.',
];

export function tradeBolts(rng: Rng, w: World): Purchase {
  const thai = rng.chance(0.5);
  const country = thai
    ? 'TH'
    : rng.weightedPick([
        ['US', 30],
        ['GB', 15],
        ['AU', 15],
        ['FR', 8],
        ['DE', 6],
        ['SG', 8],
        ['HK', 8],
        ['NL', 5],
        ['CH', 5],
      ] as const);
  const m = market(country);
  const home = thai
    ? { address: addressIn(rng, 'TH', thaiCity(rng, 0.6)), tz: BANGKOK }
    : homeIn(rng, country);
  const at = when(rng, w.window, home.tz, 'trade', OFFICE);
  const name = personName(rng, country);
  const surname = name.split(' ').slice(-1)[0] ?? 'Studio';
  const company = thai
    ? `${rng.pick(COMPANY_A)} ${rng.pick(HOTEL_BUYERS)}`
    : rng.chance(0.5)
      ? `${surname} ${rng.pick(STUDIO_WORDS)}`
      : `Studio ${surname}`;
  const domain = `${company
    .toLowerCase()
    .replace(/co\., ltd\.|[^a-z]/g, '')
    .slice(0, 16)}.${thai ? 'co.th' : country === 'GB' ? 'co.uk' : country === 'AU' ? 'com.au' : 'com'}`;
  const currency = m.currency;
  const bolts = rng.pick([6, 12, 12, 12, 24, 24, 36]);
  const lines: Line[] = rng.chance(0.75)
    ? [lineOf(rng.pick(BOLTS), bolts, currency)]
    : [lineOf(rng.pick(METRES), rng.int(30, 120), currency)];
  if (rng.chance(0.45))
    lines.push(
      lineOf(
        rng.pick(['cushion16', 'cushion20', 'runner'] as const),
        rng.pick([24, 36, 48, 60, 120]),
        currency,
      ),
    );
  if (rng.chance(0.2) && lines[0]?.category === 'fabric')
    lines.push(lineOf(rng.pick(BOLTS), rng.int(1, 4), currency));
  const whole = lines.filter((l) => l.sku.endsWith('-B')).reduce((s, l) => s + l.quantity, 0);
  const method = thai
    ? rng.weightedPick<Method>([
        ['bank_transfer', 60],
        ['card', 25],
        ['promptpay', 15],
      ])
    : rng.weightedPick<Method>([
        ['card', 50],
        ['bank_transfer', 30],
        ['paypal', 20],
      ]);
  const taxId = thai
    ? thaiTaxId(rng)
    : ['GB', 'FR', 'DE', 'NL'].includes(country)
      ? `${country}${rng.digits(country === 'FR' ? 11 : 9)}`
      : undefined;
  const d: Draft = {
    kind: 'trade_bolts',
    fraud: false,
    at,
    buyer: {
      id: `cus_${rng.token(14)}`,
      email: `${rng.pick(['orders', 'studio', 'purchasing', surname.toLowerCase().replace(/[^a-z]/g, '') || 'info'])}@${domain}`,
      name,
      createdAt: at - Math.floor(rng.float(200, 3000) * DAY),
    },
    billing: home.address,
    shipping: home.address,
    ip: ipOn(rng, homeNetwork(rng, country), 0.2),
    device: foreignDevice(rng, 0.1),
    locale: thai ? 'en-TH' : m.locale,
    delivery: whole > 0 ? 'freight' : thai ? 'kerry' : 'dhl_express',
    method,
    currency,
    lines: dedupe(lines),
    code: { code: 'TRADE15', percent: 15 },
    company: { name: company, ...(taxId ? { taxId } : {}) },
    bolts: whole,
  };
  return honestCheckout(
    rng,
    d,
    { cards: [newCard(rng, country)], country, signedIn: true },
    {
      declineShare: 0.12,
      leadDays: [1, 6],
      provincial: !thai,
    },
  );
}

export function madeToMeasure(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.7) ? pickAccount(rng, w.base, (a) => a.measured) : undefined;
  const thai = known ? known.thai : rng.chance(0.35);
  const country = known?.country ?? (thai ? 'TH' : rng.weightedPick(FOREIGN_WEIGHTS));
  const m = market(country);
  const home = known ? { address: known.home, tz: known.tz } : homeIn(rng, country);
  const at = when(rng, w.window, home.tz, thai ? 'thai' : 'abroad', CONSUMER);
  const name = known?.name ?? personName(rng, country);
  const buyer: Buyer = known
    ? accountBuyer(known)
    : {
        id: `cus_${rng.token(14)}`,
        email: emailFor(rng, name, country),
        name,
        createdAt: at - Math.floor(rng.float(5, 200) * DAY),
      };
  const currency = m.currency;
  const items: Item[] = thai ? [...TAILORED, 'mtmChutThai'] : [...TAILORED];
  const lines = dedupe([
    lineOf(
      rng.pick(items),
      rng.weightedPick([
        [1, 50],
        [2, 25],
        [3, 15],
        [4, 10],
      ] as const),
      currency,
    ),
    ...(rng.chance(0.3) ? [lineOf(rng.pick(TAILORED), 1, currency)] : []),
  ]);
  const method: Method = thai
    ? rng.weightedPick<Method>([
        ['promptpay', 45],
        ['card', 45],
        ['truemoney', 10],
      ])
    : (known?.paypal ?? rng.chance(0.25))
      ? 'paypal'
      : 'card';
  const pickup = thai && home.address.city === 'Bangkok' && rng.chance(0.3);
  const d: Draft = {
    kind: 'made_to_measure',
    fraud: false,
    at,
    buyer,
    billing: home.address,
    ...(pickup ? {} : { shipping: home.address }),
    ip: known && rng.chance(0.85) ? ipOn(rng, known.network) : ipOn(rng, homeNetwork(rng, country)),
    device: known && rng.chance(0.8) ? known.device : thai ? thaiDevice(rng) : foreignDevice(rng),
    locale: m.locale,
    delivery: pickup
      ? 'showroom_pickup'
      : thai
        ? courier(rng)
        : rng.chance(0.6)
          ? 'dhl_express'
          : 'ems_world',
    method,
    currency,
    lines,
    tailoring: known ? 'profile_on_file' : rng.chance(0.6) ? 'measured_in_showroom' : 'self_measured',
  };
  return honestCheckout(
    rng,
    d,
    { cards: known?.cards ?? [newCard(rng, country)], country, signedIn: true },
    {
      declineShare: 0.07,
      leadDays: [6, 15],
    },
  );
}
