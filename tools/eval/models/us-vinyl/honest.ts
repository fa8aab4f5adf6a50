import { lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment, seasonDay, STORE_TZ } from './calendar.js';
import { commercialCard } from './cards.js';
import {
  ACCESSORIES,
  addLine,
  APPAREL,
  AUDIO,
  BOX_SETS,
  CARTRIDGES,
  CRATES,
  eGiftCard,
  giftCard,
  type Item,
  LIMITED,
  type Line,
  NEW_LPS,
  POSTERS,
  RARE_LPS,
  records,
  RSD,
  SEVEN_INCHES,
  TURNTABLES,
} from './catalogue.js';
import {
  codeFor,
  dropLines,
  dropMoment,
  fromAccount,
  GIFT_NOTES,
  guestOf,
  honestOrder,
  pickDrop,
  privacyNetwork,
  travelNetwork,
  type Who,
} from './buyers.js';
import { homeNetwork, ipOn } from './networks.js';
import { abroadCountry, abroadPerson, newDevice, pickAccount, platformFor, usPerson } from './people.js';
import { MARKETS, MILITARY, militaryLine } from './places.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds, their weights, and how each plans one purchase. */

export const HONEST = {
  collector_regular: 22,
  gift_shopper: 16,
  drop_collector: 11,
  international_collector: 9,
  merch_fan: 8,
  turntable_gift: 7,
  local_pickup: 7,
  gift_card_buyer: 6,
  flipper: 4,
  traveler_abroad: 4,
  privacy_relay: 4,
  business_crates: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

const some = (rng: Rng, weights: ReadonlyArray<readonly [number, number]>) => rng.weightedPick(weights);

/** An everyday collector's basket: records, and now and then a box set, a cartridge or an accessory. */
function collectorLines(rng: Rng): Line[] {
  const lines = records(
    rng,
    some(rng, [
      [1, 30],
      [2, 26],
      [3, 17],
      [4, 10],
      [5, 7],
      [6, 5],
      [8, 3],
      [12, 2],
    ]),
  );
  if (rng.chance(0.1)) addLine(lines, rng.pick(BOX_SETS));
  if (rng.chance(0.06)) addLine(lines, rng.pick(CARTRIDGES));
  if (rng.chance(0.12)) addLine(lines, rng.pick(ACCESSORIES.slice(2)));
  if (rng.chance(0.05)) addLine(lines, rng.pick(LIMITED));
  return lines;
}

/** Near the last shipping days, gift buyers pay for Priority or Express. */
function hurryOf(rng: Rng, w: World, at: number): 'normal' | 'priority' | 'express' {
  const day = seasonDay(w.window, at);
  if (day < 17) return 'normal';
  const r = rng.next();
  return r < (day >= 20 ? 0.35 : 0.15) ? 'express' : r < 0.55 ? 'priority' : 'normal';
}

/** A long-time collector buying for themselves: shipped home, or collected if they live nearby. */
function collectorRegular(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers.us);
  const who = fromAccount(rng, a);
  const at = moment(rng, w.window, a.tz);
  const code = codeFor(rng, w, at, a.club);
  return honestOrder(rng, 'collector_regular', who, at, collectorLines(rng), {
    ...(a.local && rng.chance(0.35) ? { fulfilment: 'pickup' as const } : {}),
    ...(code ? { code } : {}),
  });
}

/** Records, a T-shirt, a slipmat or a tin gift card for someone else, often shipped straight to them. */
function giftShopper(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.45);
  const who: Who = signedIn
    ? fromAccount(rng, pickAccount(rng, w.customers.us))
    : guestOf(rng, usPerson(rng), { age: rng.chance(0.5) ? 'older' : 'middle' });
  const at = moment(rng, w.window, who.tz, 'gifting');
  const lines = records(
    rng,
    some(rng, [
      [1, 40],
      [2, 35],
      [3, 25],
    ]),
  );
  if (rng.chance(0.25)) addLine(lines, rng.pick(NEW_LPS.slice(15)));
  if (rng.chance(0.4)) addLine(lines, rng.pick(APPAREL));
  if (rng.chance(0.2)) addLine(lines, rng.pick(POSTERS));
  if (rng.chance(0.15)) addLine(lines, rng.pick(ACCESSORIES.slice(2)));
  if (rng.chance(0.1)) addLine(lines, giftCard(rng.pick([25, 50, 100])));
  const elsewhere = rng.chance(0.45);
  const code = codeFor(rng, w, at, false);
  return honestOrder(rng, 'gift_shopper', who, at, lines, {
    ...(elsewhere ? { shipping: usPerson(rng).home } : {}),
    ...(rng.chance(elsewhere ? 0.75 : 0.3) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
    hurry: hurryOf(rng, w, at),
    ...(code ? { code } : {}),
  });
}

/** A fan at a drop: one or two limited titles, maybe a record alongside; declines run higher in the rush. */
function dropCollector(rng: Rng, w: World): Purchase {
  const drop = pickDrop(rng);
  const who = rng.chance(0.72)
    ? fromAccount(rng, pickAccount(rng, w.customers.us))
    : guestOf(rng, usPerson(rng), { age: 'young' });
  const at = dropMoment(rng, w, drop, 12 * MINUTE);
  const lines = dropLines(rng, drop, rng.chance(0.7) ? 1 : 2);
  if (rng.chance(0.35)) lines.push(...records(rng, rng.int(1, 2)));
  return honestOrder(rng, 'drop_collector', who, at, lines, { drop, declineShare: 0.08, rush: true });
}

/** Collectors in Canada, Europe, Japan and Australia paying heavy postage for limited pressings and boxes. */
function internationalCollector(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.7) && w.customers.abroad.length > 0;
  const who = signedIn
    ? fromAccount(rng, pickAccount(rng, w.customers.abroad))
    : guestOf(rng, abroadPerson(rng, abroadCountry(rng)), { age: 'middle' });
  const atDrop = rng.chance(0.35);
  const drop = pickDrop(rng);
  const at = atDrop ? dropMoment(rng, w, drop, 30 * MINUTE, 0.4) : moment(rng, w.window, who.tz, 'abroad');
  const lines: Line[] = atDrop ? dropLines(rng, drop, rng.int(1, 3)) : [];
  const pools: ReadonlyArray<readonly [readonly Item[], number]> = [
    [LIMITED, 25],
    [RARE_LPS, 15],
    [BOX_SETS, 15],
    [NEW_LPS, 35],
    [RSD, 10],
  ];
  const more = atDrop ? rng.int(0, 2) : rng.int(1, 5);
  for (let i = 0; i < more; i++) addLine(lines, rng.pick(rng.weightedPick(pools)));
  return honestOrder(rng, 'international_collector', who, at, lines, {
    ...(atDrop ? { drop, rush: true } : {}),
    declineShare: 0.07,
  });
}

/** Young fans buying band shirts, gig posters and a 7" on their phones. */
function merchFan(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.35)
    ? fromAccount(rng, pickAccount(rng, w.customers.us))
    : guestOf(rng, rng.chance(0.88) ? usPerson(rng) : abroadPerson(rng, rng.pick(['CA', 'GB'] as const)), {
        age: 'young',
      });
  const at = moment(rng, w.window, who.tz);
  const lines: Line[] = [];
  addLine(lines, rng.pick(APPAREL));
  if (rng.chance(0.25)) addLine(lines, rng.pick(APPAREL));
  if (rng.chance(0.4)) addLine(lines, rng.pick(POSTERS));
  if (rng.chance(0.25)) addLine(lines, rng.pick([...SEVEN_INCHES, ...NEW_LPS.slice(0, 15)]));
  if (rng.chance(0.2)) addLine(lines, rng.pick(ACCESSORIES.slice(0, 2)));
  const code = codeFor(rng, w, at, false);
  return honestOrder(rng, 'merch_fan', who, at, lines, code ? { code } : {});
}

const CARE = ['ACC-BRUSH', 'ACC-CLEANKIT', 'ACC-CRATE'];

/** Parents buying a first turntable for Christmas, with speakers, a few records and a brush. */
function turntableGift(rng: Rng, w: World): Purchase {
  const r = rng.next();
  const person = usPerson(rng);
  const existing = r < 0.15 ? pickAccount(rng, w.customers.us) : undefined;
  const at = moment(rng, w.window, existing?.tz ?? person.tz, 'gifting');
  // A quarter open an account at checkout; most check out as guests.
  const who: Who = existing
    ? fromAccount(rng, existing)
    : guestOf(rng, person, {
        age: 'older',
        ...(r < 0.4 ? { account: at - rng.int(MINUTE, 12 * MINUTE) } : {}),
      });
  const deck = rng.weightedPick<Item>(TURNTABLES.map((t, i) => [t, [14, 30, 20, 22, 9, 5][i] ?? 1] as const));
  const lines: Line[] = [];
  addLine(lines, deck);
  if (deck.sku !== 'TT-CRUISER' && rng.chance(0.45)) addLine(lines, rng.pick(AUDIO.slice(0, 2)));
  lines.push(...records(rng, rng.int(1, 4)).filter((l) => !lines.some((x) => x.sku === l.sku)));
  if (rng.chance(0.3)) addLine(lines, rng.pick(ACCESSORIES.filter((x) => CARE.includes(x.sku))));
  if (rng.chance(0.08)) addLine(lines, rng.pick(CARTRIDGES));
  const toKid = rng.chance(0.2);
  const local = /^3(7[0-4])/.test(who.billing.postalCode ?? '') && rng.chance(0.4);
  const code = codeFor(rng, w, at, false);
  return honestOrder(rng, 'turntable_gift', who, at, lines, {
    ...(local ? { fulfilment: 'pickup' as const } : toKid ? { shipping: usPerson(rng).home } : {}),
    ...(toKid || rng.chance(0.2) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
    hurry: hurryOf(rng, w, at),
    ...(code ? { code } : {}),
  });
}

/** Middle Tennessee buyers ordering online and collecting at the shop on Gallatin Avenue. */
function localPickup(rng: Rng, w: World): Purchase {
  const who =
    rng.chance(0.6) && w.customers.local.length > 0
      ? fromAccount(rng, pickAccount(rng, w.customers.local))
      : guestOf(rng, usPerson(rng, true));
  const at = moment(rng, w.window, STORE_TZ);
  const lines = collectorLines(rng);
  if (rng.chance(0.08)) addLine(lines, rng.pick(TURNTABLES.slice(1, 4)));
  const code = codeFor(rng, w, at, who.signedIn && rng.chance(0.2));
  return honestOrder(rng, 'local_pickup', who, at, lines, {
    fulfilment: 'pickup',
    ...(code ? { code } : {}),
  });
}

/** E-gift cards e-mailed to someone else; the tin card posted now and then. Last-minute buyers crowd the end. */
function giftCardBuyer(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.55)
    ? fromAccount(rng, pickAccount(rng, w.customers.us))
    : guestOf(rng, usPerson(rng), { age: rng.chance(0.5) ? 'older' : 'middle' });
  const at = moment(rng, w.window, who.tz, 'gifting');
  const dollars = some(rng, [
    [25, 25],
    [50, 35],
    [75, 8],
    [100, 22],
    [150, 5],
    [200, 5],
  ]);
  const posted = rng.chance(0.15);
  const lines = [lineOf(posted ? giftCard(Math.min(dollars, 100)) : eGiftCard(dollars))];
  const recipient = rng.chance(0.92) ? usPerson(rng) : abroadPerson(rng, abroadCountry(rng));
  return honestOrder(rng, 'gift_card_buyer', who, at, lines, {
    ...(posted ? { hurry: hurryOf(rng, w, at) } : { recipientEmail: recipient.email }),
    ...(rng.chance(0.7) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
  });
}

/** Flippers: the limit of every title the moment a drop opens, fast autofill, Shop Pay, shipped home. */
function flipper(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.flippers);
  const drop = pickDrop(rng);
  const who = fromAccount(rng, a, { device: rng.pick(a.devices) });
  const at = dropMoment(rng, w, drop, 40_000, 0.05);
  const lines = dropLines(rng, drop, drop === 'rsd_online' ? rng.int(3, 6) : rng.int(2, 4), 2);
  const p = honestOrder(rng, 'flipper', who, at, lines, { drop, declineShare: 0.06, rush: true });
  // The store caps each title per household; a second account at the same address is cancelled.
  if (p.attempts.some((x) => x.ok) && rng.chance(0.08))
    p.later = [
      { type: 'order.cancelled', afterMs: rng.int(3, 20) * 3_600_000, reason: 'purchase_limit_exceeded' },
      { type: 'refund.created', afterMs: rng.int(21, 24) * 3_600_000, reason: 'purchase_limit_exceeded' },
    ];
  return p;
}

/** US customers abroad: on holiday, working, or posted overseas with an APO/FPO address. */
function travelerAbroad(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w.customers.us);
  if (rng.chance(0.2)) {
    const base = rng.pick(MILITARY);
    const apo = { ...base.address, line1: militaryLine(rng) };
    const who: Who = {
      ...fromAccount(rng, a, { net: travelNetwork(rng, base.posted) }),
      billing: apo,
      tz: base.posted === 'JP' ? 9 : 1,
    };
    const at = moment(rng, w.window, who.tz);
    return honestOrder(rng, 'traveler_abroad', who, at, collectorLines(rng), { shipping: apo });
  }
  const country = rng.weightedPick<string>([
    ['MX', 25],
    ['GB', 15],
    ['CA', 15],
    ['JP', 10],
    ['DE', 10],
    ['FR', 8],
    ['IT', 7],
    ['ES', 5],
    ['AU', 5],
  ]);
  const tz = country === 'MX' ? -6 : rng.pick(MARKETS[country as keyof typeof MARKETS]?.cities ?? []).tz;
  const device = rng.chance(0.25)
    ? newDevice(rng, rng.pick(['windows', 'mac'] as const))
    : rng.pick(a.devices);
  const who: Who = { ...fromAccount(rng, a, { device, net: travelNetwork(rng, country) }), tz };
  const at = moment(rng, w.window, tz, 'gifting');
  const lines = rng.chance(0.3) ? [lineOf(eGiftCard(rng.pick([50, 100])))] : collectorLines(rng);
  return honestOrder(rng, 'traveler_abroad', who, at, lines, {
    ...(lines[0]?.category === 'e_gift_card' ? { recipientEmail: usPerson(rng).email } : {}),
    hurry: hurryOf(rng, w, at),
  });
}

/** Buyers behind iCloud Private Relay or a VPN: a US datacentre address, or an exit abroad. */
function privacyRelay(rng: Rng, w: World): Purchase {
  const net = privacyNetwork(rng);
  const relay = net.name === 'us-private-relay';
  const device = newDevice(
    rng,
    relay ? rng.pick(['iphone', 'mac', 'ipad'] as const) : platformFor(rng, 'middle'),
    0.6,
  );
  const who = rng.chance(0.6)
    ? fromAccount(rng, pickAccount(rng, w.customers.us), { device, net })
    : guestOf(rng, usPerson(rng), { device, net });
  const at = moment(rng, w.window, who.tz);
  const code = codeFor(rng, w, at, false);
  return honestOrder(rng, 'privacy_relay', who, at, collectorLines(rng), code ? { code } : {});
}

/** Bars, cafés and shops buying crates of used records, a turntable for the room, staff gift cards. */
function businessCrates(rng: Rng, w: World): Purchase {
  const b = rng.pick(w.businesses);
  const [first = 'Sam', last = 'Owner'] = usPerson(rng).name.split(' ');
  const domain = `${b.name.toLowerCase().replace(/[^a-z]+/g, '')}.com`;
  const buyer = {
    ...(b.createdAt !== undefined ? { id: `cus_${rng.token(14)}`, createdAt: b.createdAt } : {}),
    email: rng.chance(0.6) ? `${first.toLowerCase()}@${domain}` : `orders@${domain}`,
    name: `${first} ${last}`,
  };
  const net = homeNetwork(rng, 'US');
  const at = moment(rng, w.window, b.tz, 'store', 'office');
  const lines: Line[] = [];
  if (rng.chance(0.75)) addLine(lines, rng.pick(CRATES), rng.chance(0.2) ? 2 : 1);
  if (rng.chance(0.2)) addLine(lines, rng.pick(TURNTABLES.slice(3)));
  if (rng.chance(0.15)) addLine(lines, rng.pick(AUDIO));
  if (lines.length === 0 || rng.chance(0.1)) addLine(lines, eGiftCard(rng.pick([25, 50])), rng.int(4, 15));
  const who: Who = {
    buyer,
    billing: { ...b.address },
    country: 'US',
    tz: b.tz,
    cards: [commercialCard(rng)],
    device: newDevice(rng, rng.pick(['windows', 'mac'] as const)),
    ip: ipOn(rng, net),
    locale: 'en-US',
    signedIn: b.createdAt !== undefined,
  };
  return honestOrder(rng, 'business_crates', who, at, lines, {
    ...(b.local && rng.chance(0.6) ? { fulfilment: 'pickup' as const } : {}),
    company: { name: b.name, ein: b.ein },
    ...(lines.every((l) => l.category === 'e_gift_card') ? { recipientEmail: buyer.email } : {}),
  });
}

const PLAN: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  collector_regular: collectorRegular,
  gift_shopper: giftShopper,
  drop_collector: dropCollector,
  international_collector: internationalCollector,
  merch_fan: merchFan,
  turntable_gift: turntableGift,
  local_pickup: localPickup,
  gift_card_buyer: giftCardBuyer,
  flipper,
  traveler_abroad: travelerAbroad,
  privacy_relay: privacyRelay,
  business_crates: businessCrates,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLAN[kind](rng, w);
