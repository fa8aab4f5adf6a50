import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { MOMENTS, moment, scaled, within } from './calendar.js';
import { type HeldCard } from './cards.js';
import {
  ACCESSORIES,
  BUNDLE,
  CONSOLES,
  CONTROLLERS,
  CURRENCY_PACKS,
  type Fulfilment,
  GAMES,
  GIFT_CARDS,
  HEADSETS,
  type Line,
  lineIn,
  OC6,
  some,
  SUBSCRIPTIONS,
  WALLET,
} from './catalogue.js';
import { type Draft, honestPurchase } from './draft.js';
import { accountDraft, fulfilmentFor, gamerLines, HONEST, type HonestKind, payerOf } from './honest-kit.js';
import { moreHonest } from './honest-more.js';
import { address, network } from './networks.js';
import { type Account, deviceOf } from './people.js';
import { type Currency, nearestShop } from './places.js';
import { localeFor, type Purchase } from './purchase.js';
import { connectionOf, guestIn, pickAccount, type World } from './shopper.js';

/**
 * Honest customers, by kind and weight (of honest orders). The everyday ones are here; the awkward ones
 * (gifts sent elsewhere, emigrants, students, VPN users, border households, trade-ins, LAN cafés) in
 * honest-more.ts.
 */

export { HONEST, type HonestKind };

const TRAVEL = [
  'es-broadband',
  'pt-broadband',
  'it-broadband',
  'pl-broadband',
  'fr-broadband',
  'nl-broadband',
  'us-broadband',
];

/**
 * A gamer's own order: games, pads, headsets, codes, now and then a console or a chair; bigger baskets (and the
 * early-deals code) from Friday 20; a few ordered from a hotel or a family visit abroad, sent home.
 */
function regularGamer(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [['adult', 1]]);
  const at = moment(rng, w.window, a.tz, 'household');
  const deals = at >= scaled(w.window, MOMENTS.earlyDeals);
  const lines = gamerLines(rng, a.currency);
  if (deals && rng.chance(0.35))
    lines.push(lineIn(a.currency, rng.pick([...CONTROLLERS, ...HEADSETS, ...GAMES])));
  const d = accountDraft(rng, a, 'regular_gamer', at, lines, fulfilmentFor(rng, lines, a.region));
  const credit = a.credit > 0 && rng.chance(0.4) ? a.credit : 0;
  const away = TRAVEL.filter((n) => !n.startsWith(a.home.country.toLowerCase()));
  const travelling = rng.chance(0.05) ? { ip: address(rng, network(rng.pick(away))) } : {};
  const code = deals && rng.chance(0.3) ? { code: 'EARLYBF10' } : {};
  return honestPurchase(
    rng,
    { ...d, ...travelling, ...code, ...(credit ? { credit } : {}) },
    payerOf(a, d.device),
  );
}

/**
 * The launch bundle: people who registered and waited, refreshing from 09:00 (phones at work, laptops at
 * home); most orders within the first hour, the rest as stock runs out, then the Monday restock.
 */
function bundleLaunch(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [
    ['adult', 72],
    ['vpn', 5],
    ['border', 5],
    ['student', 8],
    ['teen', 6],
  ]);
  const drop = rng.chance(0.72) ? scaled(w.window, MOMENTS.bundleDrop) : scaled(w.window, MOMENTS.restock);
  const at = within(w.window, drop + rng.int(8_000, 90_000) + Math.min(3 * HOUR, rng.exp(35 * MINUTE)));
  const c = a.currency;
  const lines = [lineIn(c, BUNDLE)];
  if (rng.chance(0.3)) lines.push(lineIn(c, CONTROLLERS[0]));
  if (rng.chance(0.2)) lines.push(lineIn(c, OC6.ps5));
  if (rng.chance(0.15)) lines.push(lineIn(c, rng.pick(HEADSETS)));
  if (rng.chance(0.1)) lines.push(lineIn(c, ACCESSORIES[0]));
  const d = accountDraft(rng, a, 'bundle_launch', at, lines, fulfilmentFor(rng, lines, a.region, 0.15));
  return honestPurchase(
    rng,
    d,
    payerOf(a, d.device, { declineShare: 0.12, parentApproves: a.persona === 'teen' }),
  );
}

/**
 * The blockbuster: pre-orders in the days before (shipped to land on release day), codes bought at the
 * midnight unlock, and boxes bought or collected on the day.
 */
function releaseDay(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [
    ['adult', 72],
    ['vpn', 5],
    ['student', 10],
    ['teen', 10],
    ['border', 3],
  ]);
  const c = a.currency;
  const release = scaled(w.window, MOMENTS.release);
  const r = rng.next();
  if (r < 0.45 && release - w.window.start > 2 * HOUR) {
    const at = moment(rng, { start: w.window.start, end: release - HOUR }, a.tz, 'household');
    const lines = [lineIn(c, rng.chance(0.25) ? OC6.collectors : rng.chance(0.75) ? OC6.ps5 : OC6.xbox)];
    if (rng.chance(0.3)) lines.push(lineIn(c, OC6.steelbook));
    if (rng.chance(0.15)) lines.push(lineIn(c, CONTROLLERS[0]));
    const d = accountDraft(rng, a, 'release_day', at, lines, rng.chance(0.3) ? 'express' : 'delivery');
    return honestPurchase(
      rng,
      { ...d, preorder: true, shipsAt: release - DAY + rng.int(0, 14) * HOUR },
      payerOf(a, d.device, { parentApproves: a.persona === 'teen' }),
    );
  }
  if (r < 0.75) {
    const at = within(w.window, release + rng.int(0, 20 * MINUTE) + rng.exp(50 * MINUTE));
    const lines = [lineIn(c, rng.chance(0.6) ? OC6.digitalDeluxe : OC6.digital)];
    if (rng.chance(0.2)) lines.push(lineIn(c, OC6.cash));
    const d = accountDraft(rng, a, 'release_day', at, lines, 'email');
    return honestPurchase(rng, d, payerOf(a, d.device, { parentApproves: a.persona === 'teen' }));
  }
  const at = within(w.window, release + rng.int(7 * HOUR, 21 * HOUR));
  const lines = [lineIn(c, rng.chance(0.8) ? OC6.ps5 : OC6.xbox)];
  if (rng.chance(0.2)) lines.push(lineIn(c, rng.pick(CONTROLLERS)));
  const f: Fulfilment = a.region === 'IE' && rng.chance(0.55) ? 'click_collect' : 'express';
  const d = accountDraft(rng, a, 'release_day', at, lines, f);
  return honestPurchase(rng, d, payerOf(a, d.device, { parentApproves: a.persona === 'teen' }));
}

/** A code or two by e-mail: top-ups, in-game currency, subscriptions, the shop's e-gift cards, some for a friend. */
function digitalLines(rng: Rng, c: Currency): Line[] {
  const pool = [...WALLET, ...CURRENCY_PACKS, ...SUBSCRIPTIONS, ...GIFT_CARDS];
  return some(
    rng,
    pool,
    rng.weightedPick([
      [1, 75],
      [2, 22],
      [3, 3],
    ] as const),
  ).map((p) => lineIn(c, p));
}

function digitalCodes(rng: Rng, w: World): Purchase {
  if (rng.chance(0.3)) {
    const g = guestIn(
      rng,
      rng.weightedPick([
        ['IE', 62],
        ['NI', 10],
        ['GB', 18],
        ['EU', 10],
      ] as const),
    );
    const c: Currency = g.region === 'NI' || g.region === 'GB' ? 'GBP' : 'EUR';
    const at = moment(rng, w.window, g.tz, 'household');
    const d: Draft = {
      kind: 'digital_codes',
      fraud: false,
      at,
      buyer: g.buyer,
      billing: g.billing,
      fulfilment: 'email',
      ip: g.ip,
      device: g.device,
      region: g.region,
      currency: c,
      lines: digitalLines(rng, c),
      locale: localeFor(rng, g.billing.country, g.region),
    };
    return honestPurchase(rng, d, {
      cards: g.cards,
      region: g.region,
      signedIn: false,
      device: g.device,
      wallets: g.wallets,
    });
  }
  const a = pickAccount(rng, w.customers, [
    ['adult', 60],
    ['student', 20],
    ['teen', 12],
    ['border', 4],
  ]);
  const d = accountDraft(
    rng,
    a,
    'digital_codes',
    moment(rng, w.window, a.tz, a.persona === 'teen' ? 'teen' : 'household'),
    digitalLines(rng, a.currency),
    'email',
  );
  const gift = rng.chance(0.15)
    ? {
        giftRecipient: `${rng.pick(['cian', 'aoife', 'jack', 'ella', 'tom', 'kate', 'luke'])}${rng.int(1, 99)}@gmail.com`,
      }
    : {};
  return honestPurchase(
    rng,
    { ...d, ...gift },
    payerOf(a, d.device, { parentApproves: a.persona === 'teen' }),
  );
}

/**
 * A parent paying on their teenager's account: the account's gamer e-mail and name, the family home, the
 * child's PlayStation or phone (or the parent's own phone signed in as the child), the parent's card, often
 * typed fresh, with the bank's prompt approved on the parent's phone minutes later.
 */
function parentOnKidAccount(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers, [['teen', 1]]);
  const c = a.currency;
  const r = rng.next();
  const lines =
    r < 0.4
      ? some(rng, GAMES, rng.int(1, 2)).map((g) => lineIn(c, g))
      : r < 0.7
        ? [lineIn(c, rng.pick([...CURRENCY_PACKS, ...WALLET, ...SUBSCRIPTIONS]))]
        : r < 0.9
          ? [lineIn(c, rng.pick([...CONTROLLERS, ...HEADSETS]))]
          : [lineIn(c, rng.pick(CONSOLES)), lineIn(c, rng.pick(GAMES))];
  const d = accountDraft(
    rng,
    a,
    'parent_on_kid_account',
    moment(rng, w.window, a.tz, 'teen'),
    lines,
    fulfilmentFor(rng, lines, a.region, 0.05),
  );
  const parentsPhone = rng.chance(0.25);
  const device = parentsPhone ? deviceOf(rng, 'iphone', 1) : d.device;
  const typedFresh = rng.chance(0.35);
  const own = a.cards[0] as HeldCard;
  // Typed fresh: another of the parent's cards (same bank), new to the account.
  const cards = typedFresh ? [{ ...own, last4: rng.digits(4), fingerprint: `cfp_${rng.token(16)}` }] : [own];
  return honestPurchase(
    rng,
    { ...d, device, ip: parentsPhone ? connectionOf(rng, a, device) : d.ip },
    payerOf(a, device, { cards, parentApproves: true, signedIn: !typedFresh }),
  );
}

/** Click and collect at Henry Street, Patrick Street or Shop Street, by people living near one. */
function clickAndCollect(rng: Rng, w: World): Purchase {
  const near = (a: Account) =>
    a.region === 'IE' && ['Dublin', 'Cork', 'Galway', 'Swords', 'Bray', 'Maynooth'].includes(a.place.city);
  const c: Currency = 'EUR';
  const r = rng.next();
  const lines =
    r < 0.3
      ? [lineIn(c, rng.pick(CONSOLES)), ...(rng.chance(0.5) ? [lineIn(c, rng.pick(GAMES))] : [])]
      : r < 0.7
        ? some(rng, GAMES, rng.int(1, 2)).map((g) => lineIn(c, g))
        : [lineIn(c, rng.pick([...CONTROLLERS, ...HEADSETS, ...ACCESSORIES]))];
  if (rng.chance(0.3)) {
    const g = guestIn(rng, 'IE');
    const d: Draft = {
      kind: 'click_and_collect',
      fraud: false,
      at: moment(rng, w.window, 0, 'household'),
      buyer: g.buyer,
      billing: g.billing,
      fulfilment: 'click_collect',
      shop: nearestShop(g.place.city),
      ip: g.ip,
      device: g.device,
      region: 'IE',
      currency: c,
      lines,
      locale: localeFor(rng, 'IE'),
    };
    return honestPurchase(rng, d, {
      cards: g.cards,
      region: 'IE',
      signedIn: false,
      device: g.device,
      wallets: g.wallets,
    });
  }
  const a = pickAccount(
    rng,
    w.customers,
    [
      ['adult', 80],
      ['student', 12],
      ['vpn', 4],
      ['teen', 4],
    ],
    near,
  );
  const d = accountDraft(
    rng,
    a,
    'click_and_collect',
    moment(rng, w.window, a.tz, 'household'),
    lines,
    'click_collect',
  );
  const credit = a.credit > 0 && a.currency === 'EUR' && rng.chance(0.5) ? a.credit : 0;
  return honestPurchase(
    rng,
    { ...d, currency: 'EUR', region: 'IE', ...(credit ? { credit } : {}) },
    payerOf(a, d.device, { parentApproves: a.persona === 'teen' }),
  );
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular_gamer':
      return regularGamer(rng, w);
    case 'bundle_launch':
      return bundleLaunch(rng, w);
    case 'release_day':
      return releaseDay(rng, w);
    case 'digital_codes':
      return digitalCodes(rng, w);
    case 'parent_on_kid_account':
      return parentOnKidAccount(rng, w);
    case 'click_and_collect':
      return clickAndCollect(rng, w);
    default:
      return moreHonest(rng, w, kind);
  }
}
