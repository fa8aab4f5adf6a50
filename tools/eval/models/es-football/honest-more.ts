import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { duringSale, MADRID, saleOn, when } from './calendar.js';
import {
  ACCESSORIES,
  anyShirt,
  BALLS,
  BOOTS,
  CODES,
  giftWrap,
  type Item,
  KIDS,
  LAST_SEASON,
  type Line,
  lineIn,
  MEMORABILIA,
  personalisation,
  RETRO,
  SHIRTS,
  THIRD,
  TRAINING,
} from './catalogue.js';
import { anAccount, buyerAt, type Draft, homeIp, priceOf, shopper, type World } from './build.js';
import { deliveryIn, honestPurchase, maybePrinted } from './checkout.js';
import { homeNetwork, ipOn, networksIn } from './networks.js';
import { humanDevice } from './devices.js';
import { childName, printed, slug } from './names.js';
import { localeOf, type Person, personOf } from './people.js';
import { addressIn, type City, MARKETS, placeOf } from './places.js';
import { type Purchase } from './purchase.js';

/**
 * The honest kinds that are the hard cases: travellers, gifts, clubs, big baskets, new devices, sale rushes.
 */

const ES = MARKETS.ES ?? placeOf('ES');
const esCity = (name: string): City | undefined => ES.cities.find((c) => c.name === name);

/** A Spanish address, in the named city when given. */
const esAddress = (rng: Rng, city?: string) => addressIn(rng, ES, city ? esCity(city) : undefined);

/** Shirts and small things, as a traveller or a gift buyer picks them. */
function shirtOrTwo(rng: Rng, p: Person, currency: Parameters<typeof lineIn>[2], printShare: number): Line[] {
  const lines = maybePrinted(
    rng,
    p,
    lineIn(rng, rng.chance(0.15) ? rng.pick(RETRO) : anyShirt(rng), currency),
    currency,
    printShare,
  );
  if (rng.chance(0.3)) lines.push(lineIn(rng, rng.pick(ACCESSORIES.slice(0, 4)), currency));
  return lines;
}

/**
 * Travellers, three ways: Spaniards away on a trip or posting ordering home from a hotel or flat abroad;
 * tourists in Madrid on the hotel's wifi or a local eSIM, paying with their card from home and collecting in
 * the shop or shipping home; Erasmus students in Spanish cities with cards and billing addresses from home.
 */
export function traveller(rng: Rng, w: World): Purchase {
  const way = rng.weightedPick([
    ['abroad', 40],
    ['tourist', 35],
    ['erasmus', 25],
  ] as const);
  if (way === 'abroad') {
    const s = shopper(rng, w, 0.6, ['ES']);
    const p = s.person;
    const where = rng.pick(['GB', 'FR', 'IT', 'DE', 'PT', 'US', 'MX', 'AR', 'NL']);
    const at = when(rng, w.window, placeOf(where).tz);
    const { buyer } = buyerAt(rng, s, at, 0.2);
    const usual = deliveryIn(rng, p);
    const delivery = usual === 'store_pickup' ? 'home' : usual;
    const lines = shirtOrTwo(rng, p, 'EUR', 0.35);
    return honestPurchase(
      rng,
      {
        at,
        kind: 'traveller',
        fraud: false,
        buyer,
        billing: p.home,
        shipping: p.home,
        delivery,
        ip: ipOn(rng, rng.pick(networksIn(where, 'broadband'))),
        device: p.device,
        locale: 'es-ES',
        lines,
      },
      { person: p, signedIn: buyer.id !== undefined },
      { returns: 0.05 },
    );
  }
  if (way === 'tourist') {
    const from = rng.pick([
      'GB',
      'GB',
      'US',
      'US',
      'US',
      'MX',
      'AR',
      'CO',
      'FR',
      'DE',
      'IT',
      'NL',
      'IE',
      'CL',
      'PE',
    ]);
    const s = shopper(rng, w, 0.15, [from]);
    const p = s.person;
    const at = when(rng, w.window, MADRID);
    const { buyer } = buyerAt(rng, s, at, 0.1);
    const roaming = ['FR', 'DE', 'IT'].includes(from) && rng.chance(0.4);
    const ip = roaming
      ? ipOn(rng, homeNetwork(rng, from, 1))
      : ipOn(rng, rng.chance(0.3) ? homeNetwork(rng, 'ES', 1) : homeNetwork(rng, 'ES', 0));
    const collect = rng.chance(0.6);
    const { currency } = priceOf({
      delivery: collect ? 'store_pickup' : 'home',
      billing: p.home,
      shipping: p.home,
    });
    const lines = shirtOrTwo(rng, p, currency, 0.3);
    return honestPurchase(
      rng,
      {
        at,
        kind: 'traveller',
        fraud: false,
        buyer,
        billing: p.home,
        ...(collect ? {} : { shipping: p.home }),
        delivery: collect ? 'store_pickup' : 'home',
        ...(collect ? {} : { storefrontOf: from }),
        ip,
        device: humanDevice(rng, from, 0.92),
        locale: localeOf(p),
        lines,
      },
      { person: p, signedIn: buyer.id !== undefined },
      { returns: 0.03 },
    );
  }
  const from = rng.pick(['IT', 'IT', 'FR', 'FR', 'DE', 'PT', 'NL', 'BE', 'AT', 'IE']);
  const s = shopper(rng, w, 0.2, [from]);
  const p = s.person;
  const flat = esAddress(
    rng,
    rng.pick(['Madrid', 'Madrid', 'Barcelona', 'Valencia', 'Granada', 'Salamanca', 'Sevilla']),
  );
  const at = when(rng, w.window, 1, 'evening');
  const { buyer } = buyerAt(rng, s, at, 0.4);
  const ip = rng.chance(0.45)
    ? ipOn(rng, rng.pick(networksIn('ES', 'university')))
    : ipOn(rng, homeNetwork(rng, 'ES', 0.4));
  return honestPurchase(
    rng,
    {
      at,
      kind: 'traveller',
      fraud: false,
      buyer,
      billing: p.home,
      shipping: flat,
      delivery: rng.chance(0.3) ? 'pickup_point' : 'home',
      ip,
      device: p.device,
      locale: rng.chance(0.5) ? 'es-ES' : localeOf(p),
      lines: shirtOrTwo(rng, p, 'EUR', 0.3),
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.05 },
  );
}

const GIFT_NOTES: Readonly<Record<string, readonly string[]>> = {
  es: [
    '¡Feliz cumpleaños, campeón!',
    'Para el mejor papá del mundo',
    '¡Feliz Navidad! Con cariño, los abuelos',
    'Para que la estrenes en el campo',
    '¡Enhorabuena por el ascenso!',
  ],
  en: [
    'Happy birthday, mate!',
    'Merry Christmas from all of us',
    'For the biggest fan we know',
    'Enjoy it, love Mum and Dad',
  ],
  fr: ['Joyeux anniversaire !', 'Joyeux Noël, bisous'],
  de: ['Alles Gute zum Geburtstag!', 'Frohe Weihnachten!'],
  it: ['Buon compleanno!', 'Buon Natale!'],
  pt: ['Parabéns, campeão!', 'Feliz Natal!'],
  nl: ['Gefeliciteerd!', 'Fijne feestdagen!'],
};

/**
 * Gifts to someone else at another address: Spaniards to family elsewhere in Spain or abroad, fans and
 * emigrants abroad to family in Spain (on the recipient's storefront), a shirt with the recipient's name,
 * gift wrap and a note; many in the Black Friday weekend with Christmas in mind.
 */
export function gift(rng: Rng, w: World): Purchase {
  const route = rng.weightedPick([
    ['es_es', 50],
    ['es_abroad', 15],
    ['abroad_es', 25],
    ['abroad_abroad', 10],
  ] as const);
  const from = route.startsWith('es')
    ? 'ES'
    : rng.pick(['GB', 'US', 'FR', 'DE', 'MX', 'AR', 'IT', 'PT', 'BE']);
  const s = shopper(rng, w, 0.4, [from]);
  const p = s.person;
  const to = route.endsWith('_es')
    ? 'ES'
    : route === 'es_abroad'
      ? rng.pick(['FR', 'DE', 'GB', 'US', 'MX', 'IT', 'PT', 'AR'])
      : from;
  const recipient = to === 'ES' ? esAddress(rng) : addressIn(rng, placeOf(to));
  const at = rng.chance(0.4) ? duringSale(rng, w.window, p.home.tz) : when(rng, w.window, p.home.tz);
  const { buyer } = buyerAt(rng, s, at, 0.25);
  const delivery = to === 'ES' && rng.chance(0.12) ? 'pickup_point' : 'home';
  const { currency } = priceOf({ delivery, billing: p.home, shipping: recipient });
  const kid = rng.chance(0.35);
  const shirt: Item = kid
    ? rng.pick(KIDS.filter((k) => k.sizing === 'kids'))
    : rng.chance(0.2)
      ? rng.pick(RETRO)
      : anyShirt(rng);
  const lines: Line[] = [lineIn(rng, shirt, currency)];
  if (rng.chance(0.35))
    lines.push(personalisation(currency, printed(childName(rng, placeOf(to).lang)), rng.int(1, 23), kid));
  if (rng.chance(0.3))
    lines.push(lineIn(rng, rng.pick([...BALLS.slice(1), ...ACCESSORIES.slice(0, 3)]), currency));
  lines.push(giftWrap(currency));
  const notes = GIFT_NOTES[p.lang] ?? GIFT_NOTES.en ?? [];
  const draft: Draft = {
    at,
    kind: 'gift',
    fraud: false,
    buyer,
    billing: p.home,
    shipping: recipient,
    delivery,
    ip: homeIp(rng, p),
    device: p.device,
    locale: localeOf(p),
    lines,
    ...(rng.chance(0.7) && notes.length > 0 ? { giftMessage: rng.pick(notes) } : {}),
    ...(saleOn(w.moments, at) && rng.chance(0.6)
      ? { code: at >= w.moments.cyberMonday ? CODES.cyberMonday : CODES.blackFriday }
      : {}),
  };
  return honestPurchase(rng, draft, { person: p, signedIn: buyer.id !== undefined }, { returns: 0.06 });
}

const ADULT_SIZES: ReadonlyArray<readonly [string, number]> = [
  ['S', 0.12],
  ['M', 0.3],
  ['L', 0.3],
  ['XL', 0.2],
  ['XXL', 0.08],
];
const KID_SIZES = ['8 años', '10 años', '12 años', '14 años'];

/** `count` of an item split into lines by size, as a club's order sheet lists them. */
function bySize(
  rng: Rng,
  item: Item,
  currency: Parameters<typeof lineIn>[2],
  count: number,
  kids = false,
): Line[] {
  const out: Line[] = [];
  let left = count;
  const sizes: ReadonlyArray<readonly [string, number]> = kids
    ? KID_SIZES.map((s) => [s, 0.25] as const)
    : ADULT_SIZES;
  sizes.forEach(([size, share], i) => {
    const n = i === sizes.length - 1 ? left : Math.min(left, Math.round(count * share * rng.float(0.7, 1.3)));
    if (n > 0) out.push(lineIn(rng, item, currency, n, size));
    left -= n;
  });
  return out;
}

/** The home shirt of the peña's club. */
function clubShirt(name: string): Item {
  const code = [
    ['Atlética', 'ATM'],
    ['Barcelonista', 'FCB'],
    ['Bética', 'BET'],
    ['Sevillista', 'SEV'],
  ].find(([word]) => name.includes(word ?? ''))?.[1];
  return SHIRTS.find((x) => x.sku.startsWith(`${code ?? 'MAD'}-1-`)) ?? THIRD;
}

function taxIdOf(rng: Rng, country: string): string {
  if (country === 'ES') return `G${rng.digits(8)}`;
  if (country === 'FR') return `W${rng.digits(9)}`;
  if (country === 'DE') return `VR ${rng.digits(5)}`;
  if (country === 'MX')
    return `A${rng.token(2, 'BCDEFGHJKLMNPRSTVWXYZ')}${rng.digits(6)}${rng.token(3, 'ABCDEFGHJKLMNPRSTVWXYZ0123456789')}`;
  if (country === 'US') return `${rng.digits(2)}-${rng.digits(7)}`;
  return rng.digits(7);
}

/**
 * Supporters' clubs (peñas) ordering dozens of shirts in every size, often printed, with scarves and flags,
 * and amateur clubs kitting out a youth team; a treasurer on the club's e-mail, weekday office hours or
 * evenings, the peña discount, freight to the club in Spain, a bank transfer days later more often than a
 * card.
 */
export function supportersClub(rng: Rng, w: World): Purchase {
  const abroad = rng.chance(0.15);
  const country = abroad ? rng.pick(['GB', 'US', 'MX', 'FR', 'DE']) : 'ES';
  const s = shopper(rng, w, 0.45, [country]);
  const p = s.person;
  const youth = !abroad && rng.chance(0.35);
  const town = p.home.city ?? 'Madrid';
  const name = youth
    ? `${rng.pick(['C.D.', 'C.F.', 'A.D.', 'E.F.'])} ${town} Fútbol Base`
    : abroad
      ? `Peña Madridista de ${town}`
      : `Peña ${rng.pick(['Madridista', 'Madridista', 'Atlética', 'Barcelonista', 'Bética', 'Sevillista'])} ${town}`;
  const at = when(rng, w.window, p.home.tz, rng.chance(0.55) ? 'office' : 'evening');
  const { buyer: b } = buyerAt(rng, s, at, 0.5);
  const buyer = !b.id && rng.chance(0.6) ? { ...b, email: `${slug(name).slice(0, 26)}@gmail.com` } : b;
  const { currency } = priceOf({ delivery: abroad ? 'home' : 'freight', billing: p.home, shipping: p.home });
  const lines: Line[] = [];
  if (youth) {
    const players = rng.int(14, 24);
    lines.push(
      ...bySize(rng, TRAINING.find((t) => t.sku === 'TRN-KIDSET') ?? THIRD, currency, players, true),
    );
    lines.push(lineIn(rng, BALLS[1] ?? THIRD, currency, rng.int(6, 12)));
    if (rng.chance(0.5))
      lines.push(lineIn(rng, TRAINING.find((t) => t.sku === 'TRN-SHIN') ?? THIRD, currency, players));
    lines.push(lineIn(rng, TRAINING.find((t) => t.sku === 'TRN-GLOVES') ?? THIRD, currency, 2));
  } else {
    const members = rng.int(15, 60);
    const shirt =
      at > w.moments.launch && name.includes('Madridista') && rng.chance(0.4) ? THIRD : clubShirt(name);
    lines.push(...bySize(rng, shirt, currency, members));
    if (rng.chance(0.4)) {
      const printing = personalisation(currency, '', 0, false, members);
      lines.push({ ...printing, name: `Personalización nombre y dorsal (lote de ${members})` });
    }
    if (rng.chance(0.5)) lines.push(lineIn(rng, ACCESSORIES[0] ?? THIRD, currency, members));
    lines.push(lineIn(rng, ACCESSORIES[2] ?? THIRD, currency, rng.int(2, 5)));
  }
  const transfer = !abroad && rng.chance(0.55);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'supporters_club',
      fraud: false,
      buyer,
      billing: p.home,
      shipping: p.home,
      delivery: abroad ? 'home' : 'freight',
      ip: homeIp(rng, p, 0.15),
      device: humanDevice(rng, p.country, 0.25),
      locale: localeOf(p),
      lines,
      code: CODES.pena,
      club: { name, taxId: taxIdOf(rng, country) },
    },
    { person: p, signedIn: buyer.id !== undefined },
    transfer ? { returns: 0.02, method: 'bank_transfer' } : { returns: 0.02, declineShare: 0.12 },
  );
}

const BOOT_W = [15, 30, 25, 15, 15, 10];

/** Amateur players: boots above all (sizes sent back often), training kit, shin pads, gloves for keepers. */
export function bootsAndTraining(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.45);
  const p = s.person;
  const at = when(rng, w.window, p.home.tz);
  const { buyer, fresh } = buyerAt(rng, s, at, 0.25);
  const delivery = deliveryIn(rng, p);
  const shipping = delivery === 'home' || delivery === 'pickup_point' ? p.home : undefined;
  const { currency } = priceOf({ delivery, billing: p.home, ...(shipping ? { shipping } : {}) });
  const lines: Line[] = [];
  if (rng.chance(0.7))
    lines.push(lineIn(rng, rng.weightedPick(BOOTS.map((b, i) => [b, BOOT_W[i] ?? 1] as const)), currency));
  const extra = lines.length === 0 ? rng.int(1, 3) : rng.int(0, 2);
  for (let i = 0; i < extra; i++) lines.push(lineIn(rng, rng.pick(TRAINING), currency));
  if (rng.chance(0.3)) lines.push(lineIn(rng, TRAINING.find((t) => t.sku === 'TRN-SHIN') ?? THIRD, currency));
  const sale = saleOn(w.moments, at) && rng.chance(0.6);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'boots_and_training',
      fraud: false,
      buyer,
      billing: p.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ip: homeIp(rng, p),
      device: p.device,
      locale: localeOf(p),
      lines,
      ...(sale
        ? { code: at >= w.moments.cyberMonday ? CODES.cyberMonday : CODES.blackFriday }
        : fresh && rng.chance(0.4)
          ? { code: CODES.welcome }
          : {}),
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.12 },
  );
}

const COLLECTOR_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['ES', 55],
  ['GB', 12],
  ['US', 15],
  ['MX', 8],
  ['FR', 4],
  ['DE', 3],
  ['AR', 3],
];
const SIGNED_W = [25, 25, 25, 12, 13];

/**
 * Collectors of signed memorabilia and match balls: new customers with big baskets as often as not, in the
 * evening, signature delivery or the shop's counter, a bank transfer now and then for the dearest pieces.
 */
export function memorabiliaCollector(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(COLLECTOR_COUNTRIES);
  const s = shopper(rng, w, 0.4, [country]);
  const p = s.person;
  const at = when(rng, w.window, p.home.tz, 'evening');
  const { buyer } = buyerAt(rng, s, at, 0.5);
  const collect = p.home.city === 'Madrid' && rng.chance(0.35);
  const { currency } = priceOf({
    delivery: collect ? 'store_pickup' : 'home',
    billing: p.home,
    shipping: p.home,
  });
  const lines: Line[] = [
    lineIn(rng, rng.weightedPick(MEMORABILIA.map((m, i) => [m, SIGNED_W[i] ?? 1] as const)), currency),
  ];
  if (rng.chance(0.25)) lines.push(lineIn(rng, MEMORABILIA[0] ?? THIRD, currency));
  if (rng.chance(0.2)) lines.push(lineIn(rng, BALLS[0] ?? THIRD, currency));
  const goods = lines.reduce((x, l) => x + l.price * l.quantity, 0);
  const transfer = goods > 80_000 && ['ES', 'FR', 'DE'].includes(country) && rng.chance(0.3);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'memorabilia_collector',
      fraud: false,
      buyer,
      billing: p.home,
      ...(collect ? {} : { shipping: p.home }),
      delivery: collect ? 'store_pickup' : 'home',
      ip: homeIp(rng, p, 0.2),
      device: p.device,
      locale: localeOf(p),
      lines,
    },
    { person: p, signedIn: buyer.id !== undefined },
    transfer ? { returns: 0.02, method: 'bank_transfer' } : { returns: 0.02, declineShare: 0.1 },
  );
}

/**
 * Returning customers on a new phone or laptop: an account months or years old, a device the shop has never
 * seen, now and then a new connection (moved house, changed provider), the saved card under a fresh
 * challenge.
 */
export function returningNewDevice(rng: Rng, w: World): Purchase {
  const account = anAccount(rng, w, undefined, (a) => a.createdAt < w.window.start - 60 * DAY);
  const s = account ? { person: personOf(account, rng), account } : shopper(rng, w, 1);
  const p = s.person;
  const at = when(rng, w.window, p.home.tz);
  const { buyer } = buyerAt(rng, s, at, 1);
  const delivery = deliveryIn(rng, p);
  const shipping = delivery === 'home' || delivery === 'pickup_point' ? p.home : undefined;
  const { currency } = priceOf({ delivery, billing: p.home, ...(shipping ? { shipping } : {}) });
  const item = rng.weightedPick<Item>([
    [anyShirt(rng), 5],
    [rng.pick(RETRO), 1],
    [rng.pick(TRAINING), 2],
    [rng.pick(KIDS), 2],
  ]);
  const lines = maybePrinted(
    rng,
    p,
    lineIn(rng, item, currency),
    currency,
    item.category === 'shirt' ? 0.35 : 0,
  );
  if (rng.chance(0.25)) lines.push(lineIn(rng, rng.pick(ACCESSORIES.slice(0, 5)), currency));
  const connection = rng.weightedPick([
    ['home', 50],
    ['mobile', 30],
    ['new_provider', 20],
  ] as const);
  const ip =
    connection === 'home'
      ? ipOn(rng, p.network)
      : connection === 'mobile'
        ? ipOn(rng, homeNetwork(rng, p.country, 1))
        : ipOn(rng, homeNetwork(rng, p.country, 0));
  return honestPurchase(
    rng,
    {
      at,
      kind: 'returning_new_device',
      fraud: false,
      buyer,
      billing: p.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ip,
      device: humanDevice(rng, p.country),
      locale: localeOf(p),
      lines,
    },
    { person: p, signedIn: true },
    { returns: 0.05 },
  );
}

const DEAL_POOLS: ReadonlyArray<readonly [readonly Item[], number]> = [
  [LAST_SEASON, 4],
  [TRAINING, 3],
  [SHIRTS, 2],
  [RETRO, 2],
  [KIDS, 2],
  [ACCESSORIES.slice(0, 5), 1],
  [BALLS, 1],
  [BOOTS, 1],
];

/**
 * Black Friday shoppers: two to five things (last season's shirts, training kit, retro shirts, kids' kits),
 * the sale's code, gift wrap for Christmas now and then; in the sale days when the window has them.
 */
export function blackFridayDeals(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.5);
  const p = s.person;
  const at = duringSale(rng, w.window, p.home.tz);
  const { buyer } = buyerAt(rng, s, at, 0.3);
  const delivery = deliveryIn(rng, p);
  const shipping = delivery === 'home' || delivery === 'pickup_point' ? p.home : undefined;
  const { currency } = priceOf({ delivery, billing: p.home, ...(shipping ? { shipping } : {}) });
  const count = rng.int(2, 5);
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) lines.push(lineIn(rng, rng.pick(rng.weightedPick(DEAL_POOLS)), currency));
  if (rng.chance(0.15)) lines.push(giftWrap(currency));
  const sale = saleOn(w.moments, at);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'black_friday_deals',
      fraud: false,
      buyer,
      billing: p.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ip: homeIp(rng, p),
      device: p.device,
      locale: localeOf(p),
      channel: buyer.id && rng.chance(0.3) ? 'app' : 'web',
      lines,
      ...(sale ? { code: at >= w.moments.cyberMonday ? CODES.cyberMonday : CODES.blackFriday } : {}),
    },
    { person: p, signedIn: buyer.id !== undefined },
    { returns: 0.07 },
  );
}
