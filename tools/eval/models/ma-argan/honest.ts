import { type Address, accountBuyer, type Buyer, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Clock, when } from './calendar.js';
import {
  type Basket,
  basketOf,
  CATALOGUE,
  codeFor,
  craftLines,
  type Currency,
  type Delivery,
  freightFee,
  lineIn,
  type Line,
  pantryLines,
  rugLines,
} from './catalogue.js';
import { address, network, networksOf } from './networks.js';
import {
  type Account,
  cardFrom,
  deviceFor,
  emailFor,
  moroccanName,
  nameFrom,
  type Segment,
  stayAddress,
  townIn,
} from './people.js';
import {
  afterAttempts,
  agencyLater,
  type Attempt,
  codLater,
  firstAuth,
  honestCard,
  type LaterStep,
  type Method,
  paypalTry,
  type Purchase,
  transferLater,
} from './purchase.js';

/** The shop's world for a window: its accounts by segment. */
export interface World {
  window: Window;
  customers: Record<Segment, Account[]>;
}

export const HONEST = {
  local_cod: 30,
  local_card: 12,
  agency_cash: 7,
  diaspora_europe: 12,
  marhaba_home: 9,
  tourist_riad: 6,
  tourist_reorder: 5,
  europe_customer: 8,
  rug_freight: 4,
  wholesale: 3,
  north_america: 4,
} as const;
export type HonestKind = keyof typeof HONEST;

const LOCALES: Record<string, string> = {
  MA: 'fr-MA',
  FR: 'fr-FR',
  BE: 'fr-BE',
  ES: 'es-ES',
  NL: 'nl-NL',
  DE: 'de-DE',
  GB: 'en-GB',
  IT: 'it-IT',
  CA: 'fr-CA',
  US: 'en-US',
};
export const localeOf = (country: string, rng: Rng): string =>
  country === 'MA' ? (rng.chance(0.2) ? 'ar-MA' : 'fr-MA') : (LOCALES[country] ?? 'en');

export const maskedPhone = (rng: Rng, country: string): string =>
  country === 'MA'
    ? `+212 6•• ••• ${rng.digits(3)}`
    : `+${country === 'FR' ? '33' : country === 'BE' ? '32' : country === 'ES' ? '34' : country === 'NL' ? '31' : country === 'DE' ? '49' : '1'} ••• ${rng.digits(3)}`;

/** A guest (or a brand-new account) checking out with a name from a country. */
export function newcomer(rng: Rng, at: number, country: string, moroccan: boolean, signUp: number): Buyer {
  const name = moroccan ? moroccanName(rng) : nameFrom(rng, country);
  const email = emailFor(rng, name, country);
  if (!rng.chance(signUp)) return { email, name };
  return {
    id: `cus_${rng.int(90_000, 99_999)}${rng.digits(2)}`,
    email,
    name,
    createdAt: at - rng.int(60_000, 20 * 60_000),
  };
}

const fragileOf = (lines: readonly Line[]) =>
  lines.some((l) => l.category === 'ceramics' || l.category === 'argan');

/** Pantry or crafts, mostly pantry. */
const mixed = (rng: Rng, c: Currency, crafts: number) =>
  rng.chance(crafts) ? craftLines(rng, c) : pantryLines(rng, c);

export interface Plan {
  kind: HonestKind;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping: Address;
  delivery: Delivery;
  basket: Basket;
  method: Method;
  attempts: Attempt[];
  later: LaterStep[];
  ip: string;
  device: Purchase['device'];
  locale: string;
  phone: string;
}

export const finish = (p: Plan): Purchase => ({ ...p, fraud: false });

function maDelivery(rng: Rng, shipping: Address): Delivery {
  if (shipping.city === 'Marrakech') return rng.chance(0.7) ? 'same_day' : 'amana';
  return rng.chance(0.55) ? 'amana' : 'courier';
}

/** Pays by the method chosen: cards and PayPal now, cash and transfers later. */
function pay(
  rng: Rng,
  method: Method,
  cards: Account['cards'],
  basket: Basket,
  delivery: Delivery,
  saved: boolean,
): { attempts: Attempt[]; later: LaterStep[] } {
  const fragile = fragileOf(basket.lines);
  if (method === 'cmi' || method === 'stripe') {
    const attempts = honestCard(rng, method, cards, basket.amount, saved);
    return { attempts, later: afterAttempts(rng, attempts, delivery, basket.amount, fragile) };
  }
  if (method === 'paypal') {
    const attempts = [paypalTry(true, firstAuth(rng))];
    return { attempts, later: afterAttempts(rng, attempts, delivery, basket.amount, fragile) };
  }
  if (method === 'cod') return { attempts: [], later: codLater(rng, delivery, 0.09, 0.05) };
  if (method === 'cashplus' || method === 'wafacash')
    return { attempts: [], later: agencyLater(rng, method, delivery, basket.amount) };
  return { attempts: [], later: transferLater(rng, delivery, basket.amount, fragile) };
}

const someone = (rng: Rng, list: readonly Account[]) => rng.pick(list);

function localOrder(rng: Rng, w: World, kind: 'local_cod' | 'local_card' | 'agency_cash'): Purchase {
  const at = when(rng, w.window, 'ma');
  const acct = rng.chance(kind === 'local_card' ? 0.7 : 0.45) ? someone(rng, w.customers.local) : undefined;
  const buyer = acct ? accountBuyer(acct) : newcomer(rng, at, 'MA', true, 0.25);
  const home = acct?.home ?? townIn(rng, 'MA');
  const shipping = rng.chance(0.9) ? home : townIn(rng, 'MA');
  const delivery = maDelivery(rng, shipping);
  const lines = mixed(rng, 'MAD', kind === 'local_card' ? 0.4 : 0.25);
  const basket = basketOf(lines, 'MAD', delivery, codeFor(rng, at, !acct, false));
  const method: Method =
    kind === 'local_cod' ? 'cod' : kind === 'local_card' ? 'cmi' : rng.chance(0.6) ? 'cashplus' : 'wafacash';
  const cards = acct?.cards ?? [cardFrom(rng, 'MA')];
  const net = acct
    ? rng.chance(0.55)
      ? acct.mobileNet
      : acct.homeNet
    : rng.pick(networksOf('MA', rng.chance(0.6) ? 'mobile' : 'fixed'));
  return finish({
    kind,
    at,
    buyer,
    billing: home,
    shipping,
    delivery,
    basket,
    method,
    ...pay(rng, method, cards, basket, delivery, !!acct && rng.chance(0.4)),
    ip: acct && net === acct.homeNet ? acct.homeIp : address(rng, net),
    device: acct ? rng.pick(acct.devices) : deviceFor(rng, true),
    locale: localeOf('MA', rng),
    phone: maskedPhone(rng, 'MA'),
  });
}

/** Europe, North America: a euro order shipped home, paid by card or PayPal (a transfer for big ones). */
function abroadOrder(
  rng: Rng,
  w: World,
  kind: HonestKind,
  acct: Account | undefined,
  country: string,
): Purchase {
  const clock: Clock = country === 'CA' || country === 'US' ? 'america' : 'europe';
  const at = when(rng, w.window, clock);
  const moroccan = acct?.segment === 'diaspora';
  const buyer = acct ? accountBuyer(acct) : newcomer(rng, at, country, false, 0.4);
  const home = acct?.home ?? townIn(rng, country);
  const delivery: Delivery = clock === 'america' ? 'post_america' : 'post_europe';
  const lines = mixed(rng, 'EUR', moroccan ? 0.3 : 0.45);
  if (moroccan && rng.chance(0.3)) lines.push(lineIn(CATALOGUE.amlou500, 'EUR', rng.int(1, 3)));
  const basket = basketOf(lines, 'EUR', delivery, codeFor(rng, at, !acct, moroccan));
  const method: Method = rng.chance(0.3) ? 'paypal' : 'stripe';
  const cards = acct?.cards ?? [cardFrom(rng, country)];
  const net = acct ? (rng.chance(0.7) ? acct.homeNet : acct.mobileNet) : rng.pick(networksOf(country));
  return finish({
    kind,
    at,
    buyer,
    billing: home,
    shipping: home,
    delivery,
    basket,
    method,
    ...pay(rng, method, cards, basket, delivery, !!acct && rng.chance(0.3)),
    ip: acct && net === acct.homeNet ? acct.homeIp : address(rng, net),
    device: acct ? rng.pick(acct.devices) : deviceFor(rng, false),
    locale: localeOf(country, rng),
    phone: maskedPhone(rng, country),
  });
}

/** Home for the summer: a diaspora customer in Morocco ordering to the family home, in dirhams. */
function marhaba(rng: Rng, w: World): Purchase {
  const acct = someone(rng, w.customers.diaspora);
  const at = when(rng, w.window, 'ma');
  const shipping = acct.family ?? townIn(rng, 'MA');
  const delivery = maDelivery(rng, shipping);
  const lines = mixed(rng, 'MAD', 0.45);
  const basket = basketOf(lines, 'MAD', delivery, codeFor(rng, at, false, true));
  const method: Method = rng.chance(0.45) ? 'cod' : 'cmi';
  // On a Moroccan SIM bought at the port, or the family's home connection.
  const net = rng.pick(networksOf('MA', rng.chance(0.6) ? 'mobile' : 'fixed'));
  return finish({
    kind: 'marhaba_home',
    at,
    buyer: accountBuyer(acct),
    billing: acct.home,
    shipping,
    delivery,
    basket,
    method,
    ...pay(rng, method, acct.cards, basket, delivery, rng.chance(0.4)),
    ip: address(rng, net),
    device: rng.pick(acct.devices),
    locale: localeOf('MA', rng),
    phone: maskedPhone(rng, 'MA'),
  });
}

/** A tourist in a riad or hotel: foreign card, the riad's Wi-Fi or a local SIM, delivered the same day. */
function touristRiad(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, 'ma');
  const country = rng.weightedPick<string>([
    ['FR', 35],
    ['ES', 15],
    ['GB', 15],
    ['DE', 10],
    ['IT', 10],
    ['NL', 7],
    ['US', 8],
  ]);
  const buyer = newcomer(rng, at, country, false, 0.35);
  const home = townIn(rng, country);
  const shipping = stayAddress(rng);
  const lines = rng.chance(0.6) ? craftLines(rng, 'MAD') : pantryLines(rng, 'MAD');
  const basket = basketOf(lines, 'MAD', 'riad');
  const method: Method = rng.chance(0.15) ? 'cod' : 'cmi';
  const net = rng.chance(0.65) ? network('ma-riad-hotel-wifi') : rng.pick(networksOf('MA', 'mobile'));
  return finish({
    kind: 'tourist_riad',
    at,
    buyer,
    billing: home,
    shipping,
    delivery: 'riad',
    basket,
    method,
    ...pay(rng, method, [cardFrom(rng, country)], basket, 'riad', false),
    ip: address(rng, net),
    device: deviceFor(rng, false),
    locale: localeOf(country, rng),
    phone: maskedPhone(rng, country),
  });
}

/** A rug: shipped by freight abroad (bought from home or still in Marrakech) or delivered in Morocco. */
function rug(rng: Rng, w: World): Purchase {
  const inMorocco = rng.chance(0.2);
  const acct =
    !inMorocco && rng.chance(0.4)
      ? someone(rng, rng.chance(0.5) ? w.customers.europe : w.customers.tourist)
      : undefined;
  const country = inMorocco
    ? 'MA'
    : (acct?.home.country ??
      rng.weightedPick<string>([
        ['FR', 40],
        ['BE', 12],
        ['NL', 12],
        ['DE', 10],
        ['ES', 8],
        ['CA', 8],
        ['US', 10],
      ]));
  const fromMarrakech = !inMorocco && !acct && rng.chance(0.3);
  const at = when(
    rng,
    w.window,
    fromMarrakech || inMorocco ? 'ma' : country === 'CA' || country === 'US' ? 'america' : 'europe',
  );
  const buyer = acct ? accountBuyer(acct) : newcomer(rng, at, country, inMorocco, 0.5);
  const home = acct?.home ?? townIn(rng, country);
  const currency: Currency = inMorocco ? 'MAD' : 'EUR';
  const lines = rugLines(rng, currency);
  const basket = basketOf(lines, currency, 'freight', { fee: freightFee(currency, country, home.city) });
  const method: Method = inMorocco
    ? rng.chance(0.5)
      ? 'bacs'
      : 'cmi'
    : rng.weightedPick<Method>([
        ['bacs', 35],
        ['stripe', 45],
        ['paypal', 20],
      ]);
  const net = fromMarrakech
    ? network('ma-riad-hotel-wifi')
    : acct
      ? acct.homeNet
      : rng.pick(networksOf(country, 'fixed'));
  return finish({
    kind: 'rug_freight',
    at,
    buyer,
    billing: home,
    shipping: home,
    delivery: 'freight',
    basket,
    method,
    ...pay(rng, method, acct?.cards ?? [cardFrom(rng, country)], basket, 'freight', false),
    ip: acct && net === acct.homeNet ? acct.homeIp : address(rng, net),
    device: acct ? rng.pick(acct.devices) : deviceFor(rng, inMorocco),
    locale: localeOf(country, rng),
    phone: maskedPhone(rng, country),
  });
}

/** A spa, hammam or boutique restocking argan, black soap, rose water and ghassoul by transfer, in office hours. */
function wholesale(rng: Rng, w: World): Purchase {
  const acct = someone(rng, w.customers.trade);
  const country = acct.home.country ?? 'MA';
  const currency: Currency = country === 'MA' ? 'MAD' : 'EUR';
  const at = when(rng, w.window, 'office', true);
  const C = CATALOGUE;
  const lines = rng
    .shuffle([C.arganLitre, C.blackSoapBulk, C.roseWater, C.ghassoul, C.argan100, C.hammamKit])
    .slice(0, rng.int(2, 4))
    .map((i) =>
      lineIn(i, currency, i === C.arganLitre || i === C.blackSoapBulk ? rng.int(3, 12) : rng.int(12, 48)),
    );
  const delivery: Delivery = 'freight';
  const basket = basketOf(lines, currency, delivery, { fee: currency === 'MAD' ? 25_000 : 18_000 });
  const method: Method = rng.chance(0.85) ? 'bacs' : currency === 'MAD' ? 'cmi' : 'stripe';
  return finish({
    kind: 'wholesale',
    at,
    buyer: accountBuyer(acct),
    billing: acct.home,
    shipping: acct.home,
    delivery,
    basket,
    method,
    ...pay(rng, method, acct.cards, basket, delivery, false),
    ip: acct.homeIp,
    device: rng.pick(acct.devices),
    locale: localeOf(country, rng),
    phone: maskedPhone(rng, country),
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'local_cod':
    case 'local_card':
    case 'agency_cash':
      return localOrder(rng, w, kind);
    case 'marhaba_home':
      return marhaba(rng, w);
    case 'tourist_riad':
      return touristRiad(rng, w);
    case 'rug_freight':
      return rug(rng, w);
    case 'wholesale':
      return wholesale(rng, w);
    case 'diaspora_europe': {
      const acct = rng.chance(0.8) ? someone(rng, w.customers.diaspora) : undefined;
      return abroadOrder(rng, w, kind, acct, acct?.home.country ?? 'FR');
    }
    case 'tourist_reorder': {
      const acct = someone(rng, w.customers.tourist);
      return abroadOrder(rng, w, kind, acct, acct.home.country ?? 'FR');
    }
    case 'europe_customer': {
      const acct = rng.chance(0.6) ? someone(rng, w.customers.europe) : undefined;
      const country =
        acct?.home.country ??
        rng.weightedPick<string>([
          ['FR', 60],
          ['BE', 15],
          ['NL', 10],
          ['DE', 8],
          ['ES', 7],
        ]);
      return abroadOrder(rng, w, kind, acct, country);
    }
    case 'north_america': {
      const acct = rng.chance(0.5) ? someone(rng, w.customers.america) : undefined;
      return abroadOrder(rng, w, kind, acct, acct?.home.country ?? (rng.chance(0.65) ? 'CA' : 'US'));
    }
  }
}
