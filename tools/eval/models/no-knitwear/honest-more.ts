import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliveryTo, drawLines, giftNote } from './baskets.js';
import { CET, HOURS, momentIn, WET, type Zone } from './calendar.js';
import { newCard } from './cards.js';
import { giftCard, HANDKNIT, line, LOGO_HAT, LOGO_SWEATER, SWEATERS, type Line } from './catalogue.js';
import { homeNetwork, ipFrom, network, vpnExit } from './networks.js';
import { deviceOf, emailOf, personIn, phoneIn, plain } from './people.js';
import { addressIn, cityIn, type Country } from './places.js';
import { cardAttempt, other, type Purchase } from './purchase.js';
import {
  currencyOf,
  fromAccount,
  guest,
  honestCode,
  honestIp,
  honestPurchase,
  type Shopper,
  shopperIn,
  storefrontFor,
  type World,
} from './shopper.js';

/** The smaller honest kinds: Norwegians abroad, Norwegian-Americans, companies and clubs, heirlooms, gift cards. */

/**
 * Norwegians away from home: wintering on the Costa Blanca or Gran Canaria, living in London, Copenhagen,
 * Stockholm or the US with a Norwegian bank card and billing address, or travelling on a work VPN. They buy in
 * kroner and send the parcel home to family, or to where they live.
 */
export function norwegianAbroad(rng: Rng, w: World): Purchase {
  const base = shopperIn(rng, w, 'NO', 0.5);
  const where = rng.weightedPick<'spain' | 'expat' | 'work_vpn'>([
    ['spain', 35],
    ['expat', 42],
    ['work_vpn', 23],
  ]);
  let zone: Zone;
  let ip: string;
  let lives: Country = 'NO';
  if (where === 'spain') {
    const city = cityIn(rng, 'ES');
    zone = city.zone;
    ip = ipFrom(rng, network('es_fibre'), 0.3);
  } else if (where === 'expat') {
    lives = rng.weightedPick<Country>([
      ['GB', 30],
      ['DK', 20],
      ['SE', 25],
      ['US', 15],
      ['DE', 10],
    ]);
    zone = cityIn(rng, lives).zone;
    ip = ipFrom(rng, homeNetwork(rng, lives), 0.3);
  } else {
    zone = rng.chance(0.5) ? CET : WET;
    ip = ipFrom(rng, vpnExit(rng, rng.pick(['GB', 'DE', 'NL', 'SE'])), 0);
  }
  const s: Shopper = {
    ...base,
    zone,
    cards: rng.chance(0.25) ? [newCard(rng, 'LT'), ...base.cards] : base.cards,
  };
  const to =
    lives !== 'NO' && rng.chance(0.55)
      ? addressIn(rng, lives)
      : rng.chance(0.5)
        ? base.home
        : addressIn(rng, 'NO');
  const at = momentIn(rng, w.window, zone, HOURS.evening, { shipsTo: to.country });
  const lines = drawLines(
    rng,
    'NOK',
    rng.weightedPick([
      [1, 55],
      [2, 30],
      [3, 15],
    ]),
    [
      ['sweater', 35],
      ['children', 25],
      ['accessory', 25],
      ['blanket', 10],
      ['cardigan', 5],
    ],
  );
  const { delivery, shipping } = deliveryTo(rng, to);
  const gift = to !== base.home && to.country === 'NO';
  const recipient = personIn(rng, 'NO');
  return honestPurchase(rng, {
    kind: 'norwegian_abroad',
    at,
    shopper: s,
    storefront: 'NO',
    lines,
    delivery,
    ...(shipping ? { shipping } : {}),
    code: honestCode(rng, at, zone, s),
    ip,
    ...(gift ? { recipient: { name: recipient.name }, giftNote: giftNote(rng, 'NO') } : {}),
    declineShare: 0.08,
    after: { returns: 0.03 },
  });
}

/**
 * Norwegian-Americans in Minnesota, Wisconsin, Iowa, North Dakota, Seattle's Ballard and Brooklyn's Bay Ridge,
 * buying the sweaters of their grandparents' valleys for themselves and the grandchildren: dollars, cards with
 * AVS and PayPal, DHL Express with duties and the tariff paid at checkout.
 */
export function norwegianAmerican(rng: Rng, w: World): Purchase {
  const own = w.accounts.filter((a) => a.country === 'US' && !a.visitor);
  const s =
    own.length > 0 && rng.chance(0.5) ? fromAccount(rng.pick(own)) : guest(rng, 'US', rng.chance(0.7));
  const at = momentIn(rng, w.window, s.zone, s.older ? HOURS.daytime : HOURS.evening, { shipsTo: 'US' });
  const lines = drawLines(
    rng,
    'USD',
    rng.weightedPick([
      [1, 45],
      [2, 32],
      [3, 15],
      [4, 8],
    ]),
    [
      ['sweater', 45],
      ['children', 20],
      ['accessory', 20],
      ['blanket', 10],
      ['kit', 5],
    ],
  );
  const toGrandkids = rng.chance(0.22);
  const to = toGrandkids ? addressIn(rng, 'US') : s.home;
  const kid = personIn(rng, 'US');
  return honestPurchase(rng, {
    kind: 'norwegian_american',
    at,
    shopper: s,
    storefront: 'US',
    lines,
    delivery: 'dhl_express',
    shipping: to,
    code: honestCode(rng, at, s.zone, s),
    ip: honestIp(rng, s, 0.02),
    ...(toGrandkids ? { recipient: { name: kid.name }, giftNote: giftNote(rng, 'US') } : {}),
    after: { returns: 0.03 },
  });
}

const CLUBS = [
  'Fana IL',
  'Sandviken Ski',
  'Os Turn',
  'Tertnes IL',
  'Åsane Ski',
  'Voss Skiklubb',
  'Lyn Ski',
  'Heming Ski',
];
const FIRMS = [
  'Vestland Sjømat AS',
  'Bryggen Eiendom AS',
  'Nordsjø Subsea AS',
  'Hordaland Bygg AS',
  'Fjordline Reiser AS',
  'Bergen Havn Logistikk AS',
  'Tind Rådgivning AS',
];
const FOREIGN_FIRMS: ReadonlyArray<readonly [Country, string, string]> = [
  ['DE', 'Nordland Reisen GmbH', 'DE'],
  ['NL', 'Fjord Holidays B.V.', 'NL'],
  ['GB', 'North Sea Energy Services Ltd', 'GB'],
  ['SE', 'Kölen Fjällturer AB', 'SE'],
];

/** The company's or club's own mail domain. */
function domainOf(company: string): string {
  const tld = company.endsWith('GmbH')
    ? 'de'
    : company.endsWith('B.V.')
      ? 'nl'
      : company.endsWith('Ltd')
        ? 'co.uk'
        : company.endsWith('AB')
          ? 'se'
          : 'no';
  return `${plain(company.replace(/\b(AS|GmbH|B\.V\.|Ltd|AB|IL)\b/g, '')).slice(0, 18)}.${tld}`;
}

/**
 * Ski clubs, sports teams and companies ordering sweaters and hats with their logo for the team or as Christmas
 * gifts: dozens at a time, on weekdays in office hours, weeks ahead; a pro-forma invoice paid by transfer a few
 * days later (or the company card), made to order and sent by freight.
 */
export function corporateLogo(rng: Rng, w: World): Purchase {
  const abroad = rng.chance(0.15);
  const [country, name, vat] = abroad
    ? rng.pick(FOREIGN_FIRMS)
    : (['NO', rng.chance(0.45) ? rng.pick(CLUBS) : rng.pick(FIRMS), 'NO'] as const);
  const person = personIn(rng, country);
  const city = cityIn(rng, country);
  const office = addressIn(rng, country, city);
  const s: Shopper = {
    ...guest(rng, country, false),
    buyer: { email: `${plain(person.first)}.${plain(person.last)}@${domainOf(name)}`, name: person.name },
    home: office,
    zone: city.zone,
    device: deviceOf(rng, rng.pick(['windows', 'edge', 'edge', 'mac', 'iphone'] as const)),
    network: homeNetwork(rng, country),
    phone: phoneIn(rng, country),
    cards: [newCard(rng, country, 'credit')],
  };
  const at = momentIn(rng, w.window, s.zone, HOURS.office, { business: true });
  const cur = currencyOf(country);
  const lines: Line[] = [line(rng, LOGO_SWEATER, cur, rng.int(10, 60))];
  if (rng.chance(0.6)) lines.push(line(rng, LOGO_HAT, cur, rng.int(10, 60)));
  if (rng.chance(0.2)) lines.push(line(rng, rng.pick(SWEATERS), cur, rng.int(10, 30)));
  const orgNumber = vat === 'NO' ? `9${rng.digits(8)}` : `${vat}${rng.digits(9)}`;
  const invoice = rng.chance(0.7);
  return honestPurchase(rng, {
    kind: 'corporate_logo',
    at,
    shopper: s,
    storefront: country,
    lines,
    delivery: 'freight',
    shipping: office,
    ip: ipFrom(rng, s.network, 0.2),
    company: { name, orgNumber },
    after: { madeToOrder: true, returns: 0 },
    ...(invoice
      ? { pay: (r: Rng) => [other('invoice', true, r.float(0.8, 6) * DAY)] }
      : {
          pay: (r: Rng) => [
            cardAttempt(r, s.cards[0] ?? newCard(r, country), { ok: true, afterMs: r.int(20, 90) * 1000 }),
          ],
        }),
  });
}

/**
 * Hand-knitted pieces from the shop's knitters, 7,900–24,500 kroner: bought by people who have wanted one for
 * years, often on a fresh account, often after the bank's limit or BankID stops the first try.
 */
export function heirloomPiece(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<Country>([
    ['NO', 40],
    ['US', 25],
    ['DE', 12],
    ['GB', 8],
    ['NL', 5],
    ['SE', 5],
    ['DK', 5],
  ]);
  const fresh = rng.chance(0.4);
  let s = shopperIn(rng, w, from, fresh ? 1 : 0.45);
  const at = momentIn(rng, w.window, s.zone, HOURS.evening, { shipsTo: from });
  if (fresh && rng.chance(0.8))
    s = {
      ...s,
      signedIn: true,
      buyer: { ...s.buyer, id: `7${rng.digits(12)}`, createdAt: at - rng.int(2, 40) * 60_000 },
    };
  const sf = storefrontFor(rng, from);
  const cur = currencyOf(sf);
  const lines = [line(rng, rng.pick(HANDKNIT), cur)];
  if (rng.chance(0.15)) lines.push(line(rng, rng.pick(HANDKNIT), cur));
  if (rng.chance(0.3)) lines.push(...drawLines(rng, cur, 1, [['accessory', 1]]));
  const home = from === 'NO' && rng.chance(0.5);
  const { delivery, shipping } =
    from === 'NO'
      ? home
        ? { delivery: 'home' as const, shipping: s.home }
        : deliveryTo(rng, s.home, s.home.city === 'Bergen')
      : deliveryTo(rng, s.home);
  return honestPurchase(rng, {
    kind: 'heirloom_piece',
    at,
    shopper: s,
    storefront: sf,
    lines,
    delivery,
    ...(shipping ? { shipping } : {}),
    ip: honestIp(rng, s),
    declineShare: 0.15,
    after: { returns: 0.05 },
  });
}

/**
 * Gift cards: e-mailed to someone (most of them, and nearly all once the posting deadlines have passed), or
 * boxed and posted; a few small firms buy a stack for the staff.
 */
export function eGiftCard(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<Country>([
    ['NO', 70],
    ['SE', 5],
    ['DK', 4],
    ['DE', 5],
    ['NL', 3],
    ['GB', 5],
    ['US', 8],
  ]);
  const s = shopperIn(rng, w, from, 0.45);
  const boxed = rng.chance(0.2);
  const at = momentIn(rng, w.window, s.zone, HOURS.evening, boxed ? { shipsTo: from } : {});
  const sf = storefrontFor(rng, from);
  const cur = currencyOf(sf);
  const staff = !boxed && rng.chance(0.04);
  const lines = staff
    ? [{ ...giftCard(rng, cur, false, cur === 'NOK' ? 500 : 50), quantity: rng.int(8, 30) }]
    : [giftCard(rng, cur, boxed)];
  const to = personIn(rng, from);
  const delivered = boxed ? deliveryTo(rng, s.home) : { delivery: 'email' as const };
  return honestPurchase(rng, {
    kind: 'e_gift_card',
    at,
    shopper: s,
    storefront: sf,
    lines,
    delivery: delivered.delivery,
    ...(delivered.shipping ? { shipping: delivered.shipping } : {}),
    ip: honestIp(rng, s),
    recipient: staff
      ? { name: s.buyer.name }
      : { name: to.name, ...(boxed ? {} : { email: emailOf(rng, to, from) }) },
    ...(rng.chance(0.4) ? { giftNote: giftNote(rng, from) } : {}),
    after: { returns: 0 },
  });
}
