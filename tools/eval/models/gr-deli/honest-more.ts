import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { runAt } from './business.js';
import {
  ABROAD_EVENING,
  beforeCutoff,
  GREEK_EVENING,
  OFFICE,
  placedAt,
  weekdayOf,
  weekdaysOnly,
} from './calendar.js';
import { type Category, fill, line, type Line } from './catalogue.js';
import { accountWho, domesticRoute, guestWho, honestPurchase, zoneOf } from './checkout.js';
import { ipOf, pickNetwork } from './networks.js';
import { greekName, nameFrom } from './people.js';
import { addressIn, ATTICA, TOURISTS } from './places.js';
import { type Purchase } from './purchase.js';
import { christmasCode, noteOf } from './shelves.js';
import { idOpenedAt, regular, type World } from './world.js';

/** The honest kinds that look least like everyday shopping: companies, restaurants, tourists, Greeks abroad, vasilopita. */

/**
 * Corporate hampers. A bulk order: 12 to 120 hampers on a VAT invoice, paid by transfer against the pro-forma,
 * by the company card or IRIS, delivered to the list of addresses or to the office. A run: the office manager
 * places one order per recipient, one after another from the same desk, card and line, to homes all over
 * Greece (and a few clients in Cyprus).
 */
export function corporate(rng: Rng, w: World): Purchase {
  const c = rng.weightedPick(w.companies.map((x) => [x, x.mode === 'split' ? 6 : 1] as const));
  const invoice = { company: c.name, vatId: c.vatId, taxOffice: c.taxOffice };
  const base = {
    kind: 'corporate_gifts',
    buyer: { id: c.admin.id, email: c.admin.email, name: c.admin.name, createdAt: c.admin.createdAt },
    billing: c.office,
    session: { ip: c.ip, device: c.device },
    locale: 'el-GR',
    cards: [c.card],
    cardCountry: 'GR',
    signedIn: true,
    invoice,
  };
  if (c.mode === 'split') {
    const cyprus = rng.chance(0.08);
    const to = cyprus ? addressIn(rng, 'CY') : addressIn(rng, 'GR');
    const lines = [line(rng.pick(['HM-XEN', 'HM-XEN', 'HM-KER', 'HM-XNL']), rng.chance(0.85) ? 1 : 2)];
    return honestPurchase(rng, {
      ...base,
      at: runAt(rng, w.window, c),
      shipping: to,
      fulfilment: cyprus ? 'international' : 'courier',
      zone: cyprus ? 'cyprus' : 'domestic',
      lines,
      pricing: c.percent > 0 ? { code: 'B2B', percent: c.percent } : {},
      methods: [['card', 1]],
      ...noteOf(rng, true),
    });
  }
  const hamper = rng.pick(['HM-XEN', 'HM-XNL', 'HM-AGO', 'HM-KER']);
  const lines: Line[] = [line(hamper, c.hampers + (rng.chance(0.3) ? rng.int(1, 5) : 0))];
  if (rng.chance(0.3)) lines.push(line('SW-MEL-500', rng.int(5, 20)));
  const toOffice = rng.chance(0.4);
  const day = c.day + rng.int(0, 3);
  const wd = weekdayOf(w.window, day);
  const first = w.window.start + (day + (wd === 6 ? 2 : wd === 0 ? 1 : 0)) * DAY;
  const at = Math.min(
    w.window.end - 1,
    Math.max(w.window.start, first) + (rng.int(9, 16) - 2) * HOUR + rng.int(0, 59) * MINUTE,
  );
  return honestPurchase(rng, {
    ...base,
    at,
    shipping: c.office,
    fulfilment: toOffice ? 'courier' : 'multi_address',
    zone: 'domestic',
    lines,
    pricing: {
      ...(c.percent > 0 ? { code: 'B2B', percent: c.percent } : {}),
      ...(toOffice ? {} : { recipients: lines[0]?.quantity ?? 1 }),
    },
    methods: [
      ['bank_transfer', 55],
      ['card', 35],
      ['iris', 10],
    ],
    declineShare: 0.14,
  });
}

const TRADE_PACKS: ReadonlyArray<readonly [string, number, number]> = [
  ['TR-OO-5L', 4, 24],
  ['TR-FET-2K', 3, 12],
  ['TR-OL-2K', 2, 8],
  ['TR-OUZ-12', 1, 3],
  ['TR-HN-1K', 2, 6],
  ['TR-ORG-500', 1, 4],
];

/**
 * Restaurants, delis and hotels: trade packs (5 L tins, feta tins, olives, ouzo by the case) on an invoice with
 * their VAT number, ordered in the morning on weekdays, paid by transfer or business card.
 */
export function trade(rng: Rng, w: World): Purchase {
  const t = rng.pick(w.trade);
  const zone = zoneOf(t.country);
  const lines = rng
    .shuffle(TRADE_PACKS)
    .slice(0, rng.int(2, 4))
    .map(([code, lo, hi]) => line(code, rng.int(lo, hi)))
    .filter((l) => zone !== 'uk' || (l.sku !== 'TR-FET-2K' && l.sku !== 'TR-OUZ-12'));
  return honestPurchase(rng, {
    kind: 'horeca_trade',
    at: placedAt(rng, w.window, t.address.tz, OFFICE, weekdaysOnly),
    buyer: t.contact,
    billing: t.address,
    shipping: t.address,
    fulfilment: zone === 'domestic' ? 'courier' : 'international',
    zone,
    session: { ip: rng.chance(0.8) ? t.ip : ipOf(rng, t.net, 0), device: t.device },
    locale: zone === 'domestic' || zone === 'cyprus' ? 'el-GR' : 'en-GB',
    lines: lines.length > 0 ? lines : [line('TR-OO-5L', 6)],
    cards: [t.card],
    cardCountry: t.country,
    signedIn: true,
    methods: [
      ['bank_transfer', 55],
      ['card', 45],
    ],
    declineShare: 0.08,
    invoice: { company: t.name, vatId: t.vatId },
  });
}

const TOURIST_SHELF: ReadonlyArray<readonly [Category, number]> = [
  ['olive_oil', 30],
  ['honey', 16],
  ['spirits', 12],
  ['wine', 10],
  ['olives', 10],
  ['pantry', 14],
  ['sweets', 8],
];

/**
 * Last summer's visitors ordering the oil, honey and ouzo they had on holiday, shipped home: accounts opened in
 * Greece in the summer (from a hotel or a phone abroad), or first-time guests; a few open an account now and
 * use the welcome code; some send it to a friend at home.
 */
export function touristReorder(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.7) ? regular(rng, w.by.tourist) : undefined;
  const country = a?.home.country ?? rng.weightedPick(TOURISTS);
  const zone = zoneOf(country);
  const at = placedAt(rng, w.window, a?.home.tz ?? 1, ABROAD_EVENING, beforeCutoff(zone));
  const opens = !a && rng.chance(0.35);
  const guest = guestWho(rng, country, nameFrom(rng, country));
  const who = a
    ? accountWho(rng, a)
    : opens
      ? {
          ...guest,
          buyer: {
            ...guest.buyer,
            id: idOpenedAt(rng, w, at - 4 * MINUTE),
            createdAt: at - rng.int(2, 9) * MINUTE,
          },
        }
      : guest;
  const friend = rng.chance(0.15) ? addressIn(rng, country) : undefined;
  const lines = fill(rng, zone, TOURIST_SHELF, rng.int(1, 4), 3);
  return honestPurchase(rng, {
    kind: 'tourist_reorder',
    at,
    buyer: who.buyer,
    billing: who.home,
    shipping: friend ?? who.home,
    fulfilment: 'international',
    zone,
    session: who.session,
    locale: who.locale,
    lines,
    pricing: opens ? { code: 'WELCOME10', percent: 10 } : christmasCode(rng, lines, 0.05),
    cards: who.cards,
    cardCountry: country,
    signedIn: who.signedIn,
  });
}

/**
 * Greeks abroad for study, work or a trip, ordering for home: a Greek account and card, the parcel to the
 * family or their own flat in Greece, the IP a Dutch university, a foreign home line or a hotel's hosted
 * Wi-Fi, or their own Greek mobile roaming (EU roaming keeps the home carrier's address).
 */
export function greekAbroad(rng: Rng, w: World): Purchase {
  const a = regular(rng, w.by.local);
  const who = accountWho(rng, a);
  const where = rng.weightedPick<string>([
    ['NL', 3],
    ['GB', 3],
    ['DE', 3],
    ['BE', 1],
    ['FR', 1],
    ['US', 1],
    ['AU', 1],
  ]);
  const how = rng.weightedPick<'roaming' | 'university' | 'fixed' | 'hotel'>([
    ['roaming', 30],
    ['university', where === 'NL' ? 30 : 0],
    ['fixed', 30],
    ['hotel', 15],
  ]);
  const ip =
    how === 'roaming'
      ? ipOf(rng, a.mobileNet)
      : how === 'hotel'
        ? ipOf(rng, pickNetwork(rng, where, 'hosting'), 0)
        : ipOf(rng, pickNetwork(rng, where, how));
  const tz = where === 'US' ? -5 : where === 'AU' ? 11 : where === 'GB' ? 0 : 1;
  const to = a.family && rng.chance(0.6) ? a.family : a.home;
  const lines = fill(
    rng,
    'domestic',
    rng.chance(0.5)
      ? [['hamper', 1]]
      : [
          ['olive_oil', 2],
          ['honey', 1],
          ['sweets', 2],
          ['cheese', 1],
        ],
    rng.int(1, 3),
  );
  return honestPurchase(rng, {
    kind: 'greek_abroad',
    at: placedAt(rng, w.window, tz, ABROAD_EVENING, beforeCutoff('domestic')),
    buyer: who.buyer,
    billing: a.home,
    shipping: to,
    fulfilment: domesticRoute(
      rng,
      to,
      ATTICA.some((c) => c.name === to.city),
    ),
    zone: 'domestic',
    session: { ip, device: who.session.device },
    locale: 'el-GR',
    lines,
    pricing: christmasCode(rng, lines),
    cards: a.cards,
    cardCountry: 'GR',
    signedIn: true,
    methods: [
      ['card', 70],
      ['paypal', 15],
      ['iris', 15],
    ],
    ...noteOf(rng, true),
  });
}

/** Vasilopita season: heavier from the 20th, heaviest 27–30 December, for New Year's Day and the office's cutting. */
const vasilopitaDays = (d: number): number =>
  d < 10 ? 0.12 : d < 16 ? 0.5 : d < 20 ? 0.9 : d < 23 ? 0.3 : 3.2;

/**
 * Attica households ordering vasilopita with the lucky coin, melomakarona and the New Year box: same-day
 * delivery or pickup at the shop, often cash; signed in or as guests.
 */
export function vasilopita(rng: Rng, w: World): Purchase {
  const locals = w.by.local.filter((a) => ATTICA.some((c) => c.name === a.home.city));
  const who =
    rng.chance(0.5) && locals.length > 0
      ? accountWho(rng, regular(rng, locals))
      : { ...guestWho(rng, 'GR', greekName(rng)), home: addressIn(rng, 'GR', ATTICA) };
  const lines: Line[] = [line(rng.pick(['SW-VAS-1K', 'SW-VAS-TS']), rng.chance(0.7) ? 1 : rng.int(2, 4))];
  if (rng.chance(0.3)) lines.push(line('HM-PRO', 1));
  if (rng.chance(0.45)) lines.push(line(rng.pick(['SW-MEL-500', 'SW-KOU-500']), rng.int(1, 3)));
  if (rng.chance(0.15)) lines.push(line(rng.pick(['WN-MAL-750', 'WN-AGI-750']), rng.int(1, 2)));
  const fulfilment = rng.weightedPick<'same_day_attica' | 'shop_pickup' | 'courier'>([
    ['same_day_attica', 45],
    ['shop_pickup', 35],
    ['courier', 20],
  ]);
  return honestPurchase(rng, {
    kind: 'vasilopita_local',
    at: placedAt(rng, w.window, 2, GREEK_EVENING, vasilopitaDays),
    buyer: who.buyer,
    billing: who.home,
    shipping: who.home,
    fulfilment,
    zone: 'domestic',
    session: who.session,
    locale: 'el-GR',
    lines,
    cards: who.cards,
    cardCountry: 'GR',
    signedIn: who.signedIn,
    methods: [
      ['card', 50],
      ['cod', 30],
      ['iris', 20],
    ],
  });
}
