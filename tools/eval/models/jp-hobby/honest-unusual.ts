import { DAY, HOUR, localHour } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { around, ordinaryMoment, releaseDrop } from './calendar.js';
import { bySku, everyday, inCategory, line, type Line } from './catalog.js';
import { prepaidJp } from './cards.js';
import {
  abroadMethod,
  abroadShip,
  domesticMethod,
  domesticShip,
  type HonestCtx,
  honestPurchase,
  visit,
} from './honest-kit.js';
import { JP_NETS, ABROAD_NETS } from './networks.js';
import { jpName } from './people.js';
import { forwarderAddress, jpHome } from './places.js';
import { type Purchase } from './purchase.js';

/** Honest customers who look unusual: abroad, forwarders, gifts, travellers, borrowed cards, big spenders. */

type Planner = (rng: Rng, c: HonestCtx) => Purchase;

const OVERSEAS: Readonly<Record<string, number>> = {
  US: 30,
  AU: 10,
  GB: 8,
  DE: 6,
  FR: 6,
  IT: 3,
  ES: 3,
  CA: 5,
  SG: 8,
  MY: 4,
  PH: 5,
  TH: 4,
  ID: 3,
  HK: 6,
  TW: 6,
};
const VIA_FORWARDER: Readonly<Record<string, number>> = {
  US: 35,
  AU: 10,
  GB: 8,
  DE: 8,
  FR: 8,
  CA: 6,
  SG: 5,
  PH: 5,
  MY: 5,
  IT: 4,
  ES: 4,
};

/** Collectors abroad buy what is hard to get at home: sealed Japanese boxes, singles, figures, Gunpla. */
function collectorLines(rng: Rng): Line[] {
  const lines: Line[] = [];
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    const c = rng.weighted({
      booster_box: 4,
      single_card: 3,
      figure: 3,
      model_kit: 3,
      sealed_vintage: 1,
      goods: 1,
    } as const);
    const pr = rng.pick(inCategory(c));
    if (!lines.some((l) => l.sku === pr.sku))
      lines.push(line(pr, c === 'booster_box' && !pr.limit ? rng.int(1, 4) : 1));
  }
  return lines;
}

const overseasDirect: Planner = (rng, c) => {
  const country = rng.weighted(OVERSEAS);
  const person = c.crowd.overseas(country);
  const lines = collectorLines(rng);
  const vpn = rng.chance(0.05);
  return honestPurchase(rng, {
    kind: 'overseas_direct',
    at: ordinaryMoment(rng, c.w, person.tz),
    person,
    lines,
    shipping: person.home,
    shipMethod: abroadShip(rng, lines),
    method: abroadMethod(rng),
    ...visit(rng, person, c.crowd, vpn ? rng.pick([JP_NETS.cloud, ...(ABROAD_NETS.US ?? [])]) : undefined),
  });
};

/** A collector abroad who ships to a forwarder's Japanese warehouse to consolidate parcels. */
const forwarderCustomer: Planner = (rng, c) => {
  const country = rng.weighted(VIA_FORWARDER);
  const person = c.crowd.overseas(country);
  const lines = collectorLines(rng);
  const release = rng.chance(0.25);
  return honestPurchase(rng, {
    kind: 'forwarder_customer',
    at: release ? around(rng, c.w, releaseDrop(c.start), 20 * 60_000) : ordinaryMoment(rng, c.w, person.tz),
    person,
    lines,
    shipping: forwarderAddress(rng),
    shipMethod: rng.chance(0.7) ? 'yamato' : 'sagawa',
    method: abroadMethod(rng),
    ...visit(rng, person, c.crowd),
  });
};

/** Sent to someone else: a grandchild's Gunpla, a partner's figure for White Day, a friend's birthday. */
const giftOrder: Planner = (rng, c) => {
  const person = c.crowd.domestic(rng.chance(0.7));
  const lines = [
    line(rng.pick([...inCategory('model_kit'), ...inCategory('figure'), ...inCategory('goods')])),
  ];
  const method = domesticMethod(rng);
  const recipient = jpHome(rng);
  return honestPurchase(rng, {
    kind: 'gift_order',
    at: ordinaryMoment(rng, c.w, 9),
    person,
    lines,
    shipping: recipient,
    shipMethod: domesticShip(rng, lines, method === 'cod' ? 'card' : method),
    method: method === 'cod' ? 'card' : method,
    gift: true,
    ...visit(rng, person, c.crowd),
  });
};

/** Away from home: a Japanese customer abroad on business ordering home, or a tourist ordering to the hotel. */
const traveller: Planner = (rng, c) => {
  if (rng.chance(0.5)) {
    const person = c.crowd.domestic(true);
    const country = rng.pick(['US', 'SG', 'TH', 'TW', 'DE', 'AU']);
    const net = ABROAD_NETS[country]?.[0] ?? JP_NETS.cloud;
    const lines = everyday(rng);
    return honestPurchase(rng, {
      kind: 'traveller',
      at: ordinaryMoment(rng, c.w, 9),
      person,
      lines,
      shipping: person.home,
      shipMethod: domesticShip(rng, lines, 'card'),
      method: 'card',
      ...visit(rng, person, c.crowd, net),
    });
  }
  const person = c.crowd.overseas(rng.pick(['US', 'AU', 'GB', 'SG', 'HK', 'FR']), false);
  const hotel = jpHome(rng, false);
  const lines = collectorLines(rng);
  return honestPurchase(rng, {
    kind: 'traveller',
    at: ordinaryMoment(rng, c.w, 9),
    person,
    lines,
    shipping: {
      ...hotel,
      line1: `${hotel.line1 ?? ''} ホテル${rng.pick(['サンライズ', 'グランヴィア', 'ステイ'])} フロント気付`,
    },
    shipMethod: 'yamato',
    method: 'card',
    ...visit(
      rng,
      person,
      c.crowd,
      rng.chance(0.6) ? JP_NETS.hotel : rng.pick([JP_NETS.docomo, JP_NETS.softbankMobile]),
    ),
  });
};

/** A teenager on the family plan: a parent's card (another name), a prepaid card, or carrier billing. */
const teenFamilyCard: Planner = (rng, c) => {
  const parent = c.crowd.domestic(false);
  const teen = jpName(rng);
  const person = {
    ...parent,
    buyer: {
      ...parent.buyer,
      name: `${parent.buyer.name.split(' ')[0] ?? ''} ${teen.name.split(' ')[1] ?? ''}`,
    },
    platform: rng.chance(0.7) ? ('iphone' as const) : ('android' as const),
    card: rng.chance(0.5) ? prepaidJp(rng) : parent.card,
  };
  const lines = [
    line(
      rng.pick([...inCategory('single_card'), ...inCategory('goods'), bySku('KIT-HG'), bySku('KIT-30MM')]),
      rng.int(1, 3),
    ),
  ];
  const method = rng.weighted({ card: 45, carrier_billing: 30, konbini: 25 } as const);
  const shipMethod = domesticShip(rng, lines, method);
  return honestPurchase(rng, {
    kind: 'teen_family_card',
    at: ordinaryMoment(rng, c.w, 9),
    person,
    lines,
    shipping: person.home,
    shipMethod,
    method,
    ...visit(rng, person, c.crowd, person.mobileNet),
  });
};

/** A long-standing collector buying sealed vintage boxes and graded cards: one order worth a month's pay. */
const whale: Planner = (rng, c) => {
  const abroad = rng.chance(0.3);
  const person = abroad
    ? c.crowd.overseas(rng.pick(['US', 'HK', 'SG', 'AU', 'TW']), true)
    : c.crowd.domestic(true);
  const lines = [
    line(rng.pick(inCategory('sealed_vintage')), rng.int(1, 3)),
    ...(rng.chance(0.6)
      ? [line(rng.pick([bySku('SGL-PKM-SAR'), bySku('SGL-YGO-QCSE'), bySku('SGL-OPC-SEC')]), rng.int(1, 2))]
      : []),
  ];
  return honestPurchase(rng, {
    kind: 'whale_collector',
    at: ordinaryMoment(rng, c.w, person.tz),
    person: { ...person, buyer: { ...person.buyer, createdAt: c.start - rng.int(400, 3000) * DAY } },
    lines,
    shipping: person.home,
    shipMethod: abroad ? 'dhl' : 'yamato',
    method: abroad ? 'card' : rng.weighted({ card: 80, bank_transfer: 20 } as const),
    ...visit(rng, person, c.crowd),
  });
};

/** A figure arrives with a crushed box or a broken part; the store refunds it. */
const honestReturn: Planner = (rng, c) => {
  const person = c.crowd.domestic(true);
  const lines = [line(rng.pick([...inCategory('figure'), bySku('KIT-MG')]))];
  const total = lines.reduce((a, l) => a + l.price, 0);
  return honestPurchase(rng, {
    kind: 'honest_return',
    at: ordinaryMoment(rng, c.w, 9),
    person,
    lines,
    shipping: person.home,
    shipMethod: 'yamato',
    method: 'card',
    later: [
      {
        type: 'refund.created',
        afterMs: rng.int(3, 10) * DAY,
        reason: rng.pick(['damaged_in_transit', 'defective_part', 'wrong_item_sent']),
        ...(rng.chance(0.4) ? { amount: Math.round(total * 0.3) } : {}),
      },
    ],
    ...visit(rng, person, c.crowd),
  });
};

/** Weekday daytime (09–19 JST): the office line, or the campus network between lectures. */
function weekdayDaytime(rng: Rng, c: HonestCtx): number {
  for (let i = 0; i < 200; i++) {
    const t = ordinaryMoment(rng, c.w, 9);
    const h = localHour(t, 9);
    const day = new Date(t + 9 * HOUR).getUTCDay();
    if (h >= 9 && h < 19 && day !== 0 && day !== 6) return t;
  }
  return ordinaryMoment(rng, c.w, 9);
}

/** A lunch-break order from the office line, or a student on the university network. */
const officeOrCampus: Planner = (rng, c) => {
  const person = c.crowd.domestic(true);
  const campus = rng.chance(0.4);
  const lines = everyday(rng);
  const method = domesticMethod(rng);
  return honestPurchase(rng, {
    kind: 'office_or_campus',
    at: weekdayDaytime(rng, c),
    person,
    lines,
    shipping: person.home,
    shipMethod: domesticShip(rng, lines, method),
    method,
    ...visit(rng, person, c.crowd, campus ? JP_NETS.campus : JP_NETS.office),
  });
};

export const HONEST_UNUSUAL = {
  overseas_direct: overseasDirect,
  forwarder_customer: forwarderCustomer,
  gift_order: giftOrder,
  traveller,
  teen_family_card: teenFamilyCard,
  whale_collector: whale,
  honest_return: honestReturn,
  office_or_campus: officeOrCampus,
} satisfies Record<string, Planner>;
