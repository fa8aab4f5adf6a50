import { accountBuyer, type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { lineOf } from './catalogue.js';
import { BANGKOK, CONSUMER, DAY, OFFICE, when } from './calendar.js';
import { abroadCode, type Draft, honestCheckout, thaiCode } from './checkout.js';
import { homeNetwork, ipOn, network, THAI_MOBILE } from './networks.js';
import { emailFor, foreignDevice, personName, pickAccount, thaiDevice } from './people.js';
import { addressIn, market, thaiCity } from './places.js';
import { type Method, type Purchase } from './purchase.js';
import {
  checkoutBuyer,
  courier,
  COMPANY_A,
  COMPANY_B,
  itemsOf,
  thaiLines,
  thaiMethod,
  thaiTaxId,
  TOWERS,
  type World,
  abroadLines,
  abroadDelivery,
  abroadIp,
} from './shopping.js';

/** Honest orders from Thailand and Thais: shoppers, COD buyers upcountry, companies, repeat customers, travellers. */

export function thaiShopper(rng: Rng, w: World, kind: 'thai_shopper' | 'provincial_cod'): Purchase {
  const cod = kind === 'provincial_cod';
  const c = thaiCity(rng, cod ? 0.12 : 0.55);
  const home = addressIn(rng, 'TH', c);
  const at = when(rng, w.window, BANGKOK, 'thai', CONSUMER);
  const name = personName(rng, 'TH');
  const buyer = checkoutBuyer(rng, at, name, emailFor(rng, name, 'TH'), cod ? 0.8 : 0.45, cod ? 0.15 : 0.35);
  const lines = thaiLines(rng, at, cod);
  const method: Method = cod ? (rng.chance(0.8) ? 'cod' : 'promptpay') : thaiMethod(rng, itemsOf(lines));
  const pickup = !cod && c.city === 'Bangkok' && rng.chance(0.06);
  const code = thaiCode(rng, at);
  const d: Draft = {
    kind,
    fraud: false,
    at,
    buyer,
    billing: home,
    ...(pickup ? {} : { shipping: home }),
    ip: ipOn(rng, rng.chance(cod ? 0.8 : 0.6) ? network(rng.pick(THAI_MOBILE)) : homeNetwork(rng, 'TH')),
    device: thaiDevice(rng, cod ? 0.45 : 0.18),
    locale: rng.chance(0.92) ? 'th-TH' : 'en-TH',
    delivery: pickup ? 'showroom_pickup' : courier(rng),
    method,
    currency: 'THB',
    lines,
    ...(code ? { code } : {}),
  };
  return honestCheckout(
    rng,
    d,
    { cards: [newCard(rng, 'TH')], country: 'TH', signedIn: buyer.id !== undefined },
    {
      declineShare: 0.06,
    },
  );
}

export function corporateNewYear(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, BANGKOK, 'corporate', OFFICE);
  const company = `${rng.pick(COMPANY_A)} ${rng.pick(COMPANY_B)} Co., Ltd.`;
  const domain = `${company
    .toLowerCase()
    .replace(/co\., ltd\.|[^a-z]/g, '')
    .slice(0, 18)}.co.th`;
  const name = personName(rng, 'TH');
  const email = `${rng.pick(['hr', 'admin', 'purchasing', name.split(' ')[0]?.toLowerCase() ?? 'office'])}@${domain}`;
  const office: Address = {
    country: 'TH',
    postalCode: rng.pick(['10120', '10500', '10330', '10310', '10110']),
    city: 'Bangkok',
    line1: `Floor ${rng.int(5, 38)}, ${rng.pick(TOWERS)}`,
  };
  const boxes = rng.pick([20, 30, 40, 50, 60, 80, 100, 120, 150, 200]);
  const lines = [lineOf(rng.pick(['giftBox', 'giftScarf', 'tieSet'] as const), boxes, 'THB')];
  if (rng.chance(0.4)) lines.push(lineOf('stole', rng.int(3, 12), 'THB'));
  const method = rng.weightedPick<Method>([
    ['bank_transfer', 45],
    ['promptpay', 25],
    ['card', 30],
  ]);
  const d: Draft = {
    kind: 'corporate_new_year',
    fraud: false,
    at,
    buyer: rng.chance(0.5)
      ? { id: `cus_${rng.token(14)}`, email, name, createdAt: at - Math.floor(rng.float(300, 2500) * DAY) }
      : { email, name },
    billing: office,
    shipping: office,
    ip: ipOn(rng, homeNetwork(rng, 'TH'), 0.15),
    device: { id: `dev_${rng.token(20)}`, userAgent: foreignDevice(rng, 0).userAgent },
    locale: 'th-TH',
    delivery: 'office_delivery',
    method,
    currency: 'THB',
    lines,
    ...(boxes >= 50 ? { code: { code: 'CORP10', percent: 10 } } : {}),
    company: { name: company, taxId: thaiTaxId(rng) },
  };
  return honestCheckout(
    rng,
    d,
    { cards: [newCard(rng, 'TH')], country: 'TH', signedIn: false },
    { declineShare: 0.03 },
  );
}

export function repeatCustomer(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.base);
  const m = market(a.country);
  const at = when(rng, w.window, a.tz, a.thai ? 'thai' : 'abroad', CONSUMER);
  const currency = m.currency;
  const lines = a.thai ? thaiLines(rng, at) : abroadLines(rng, currency);
  const method: Method = a.thai ? thaiMethod(rng, itemsOf(lines), 10) : a.paypal ? 'paypal' : 'card';
  const code = a.thai ? thaiCode(rng, at) : abroadCode(rng, at, a.tz);
  const d: Draft = {
    kind: 'repeat_customer',
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.home,
    ip: rng.chance(0.9)
      ? ipOn(rng, a.network)
      : a.thai
        ? ipOn(rng, network(rng.pick(THAI_MOBILE)))
        : abroadIp(rng, a.country, 0.3),
    device: rng.chance(0.85) ? a.device : a.thai ? thaiDevice(rng) : foreignDevice(rng),
    locale: a.locale,
    delivery: a.thai ? courier(rng) : abroadDelivery(rng, at, a.tz),
    method,
    currency,
    lines,
    ...(code ? { code } : {}),
  };
  return honestCheckout(
    rng,
    d,
    { cards: a.cards, country: a.country, signedIn: true },
    { declineShare: 0.05 },
  );
}

/** Where Thais travel in December, and the UTC offset there. */
export const TRIPS: ReadonlyArray<readonly [string, number, number]> = [
  ['JP', 9, 40],
  ['KR', 9, 20],
  ['HK', 8, 10],
  ['SG', 8, 10],
  ['GB', 0, 6],
  ['FR', 1, 6],
  ['DE', 1, 4],
  ['CH', 1, 4],
];

export function thaiTraveller(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.6) ? pickAccount(rng, w.base, (x) => x.thai) : undefined;
  const [country, tz] = rng.weightedPick(TRIPS.map(([c, z, wt]) => [[c, z] as const, wt] as const));
  const at = when(rng, w.window, tz, 'thai', CONSUMER);
  const name = a?.name ?? personName(rng, 'TH');
  const home = a?.home ?? addressIn(rng, 'TH', thaiCity(rng));
  const buyer: Buyer = a
    ? accountBuyer(a)
    : checkoutBuyer(rng, at, name, emailFor(rng, name, 'TH'), 0.4, 0.3);
  const lines = thaiLines(rng, at);
  const method = rng.weightedPick<Method>([
    ['card', 50],
    ['promptpay', 40],
    ['truemoney', 10],
  ]);
  const d: Draft = {
    kind: 'thai_traveller',
    fraud: false,
    at,
    buyer,
    billing: home,
    shipping: home,
    ip: ipOn(rng, homeNetwork(rng, country)),
    device: a && rng.chance(0.8) ? a.device : thaiDevice(rng, 0.1),
    locale: 'th-TH',
    delivery: courier(rng),
    method,
    currency: 'THB',
    lines,
  };
  return honestCheckout(
    rng,
    d,
    { cards: a?.cards ?? [newCard(rng, 'TH')], country: 'TH', signedIn: buyer.id !== undefined },
    {
      declineShare: 0.09,
    },
  );
}
