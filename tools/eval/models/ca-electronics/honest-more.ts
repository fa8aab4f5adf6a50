import { type Address, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './build.js';
import { placedAt } from './calendar.js';
import { newCard } from './cards.js';
import { type Category, item, type Line, pick } from './catalogue.js';
import { campusOf, ipOn, network } from './networks.js';
import { accountOrder, guestOrder, honestLines, merge } from './orders.js';
import { type Account, deviceId, emailOf, fullName, person, resident } from './people.js';
import { cityAddress, PROVINCES, type Prov, ruralAddress } from './places.js';
import {
  type Attempt,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Method,
  type Purchase,
} from './purchase.js';

/** The rest of the honest kinds: families, students, businesses, retries, the rural North, returns, VPNs. */

export type MoreKind =
  'student' | 'business_buyer' | 'card_retry' | 'rural_north' | 'returner' | 'privacy_vpn';

/**
 * A household sharing: a teenager on the family iPad with a parent's saved card, or on their own account on
 * the same device and network typing the parent's card; games, store cards, a headset. Now and then the
 * parent does not recognise the charge and the bank is told.
 */
export function honestFamily(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers);
  const own = rng.chance(0.4);
  const teen = person(rng, a.prov);
  const teenName = `${teen.first} ${a.person.last}`;
  const lines = merge(
    Array.from({ length: rng.int(1, 2) }, () =>
      rng.chance(0.5)
        ? item(rng.pick(['GC-PSN-50', 'GC-PSN-100', 'GC-XBOX-50', 'GC-ESHOP-50', 'GC-STEAM-100']))
        : pick(rng, rng.pick<Category>(['gaming', 'gaming', 'audio', 'accessory'])),
    ),
  );
  const device = a.devices[0] ?? {
    userAgent: 'LakeshoreApp/7.4.1 (iOS 18.2; iPhone16,1)',
    id: deviceId(rng),
  };
  const troubled = (l: LaterEvent[]): LaterEvent[] => {
    const roll = rng.next();
    if (roll < 0.015)
      return [...l, { type: 'dispute.created', afterMs: rng.int(12, 40) * DAY, reason: 'fraudulent' }];
    if (roll < 0.025) return [...l, { type: 'fraud_warning.created', afterMs: rng.int(3, 15) * DAY }];
    return l;
  };
  return accountOrder(rng, w, a, 'shared_family', {
    lines,
    device,
    ip: ipOn(rng, a.network),
    fulfilment: 'ship',
    ...(own
      ? {
          buyer: {
            id: `C${rng.int(1_000_000, 1_399_999)}`,
            email: emailOf(
              rng,
              { first: teen.first, last: `${a.person.last}${rng.int(2007, 2012)}` },
              a.prov,
              'gmail.com',
            ),
            name: teenName,
            createdAt: Math.min(a.createdAt + rng.int(60, 900) * DAY, w.window.start - rng.int(5, 200) * DAY),
          },
        }
      : {}),
    pay: (b) => {
      const card = rng.pick(a.cards);
      return honestPay(
        rng,
        {
          cards: [card],
          signedIn: !own,
          country: 'CA',
          methods: [
            ['card', 85],
            ['paypal', 15],
          ],
        },
        b.amount,
      );
    },
    after: (b) =>
      troubled(
        honestAfter(rng, {
          fulfilment: b.lines.every((l) => l.category === 'gift_card') ? 'email' : 'ship',
          amount: b.amount,
          remote: false,
        }),
      ),
  });
}

const CAMPUS_CITY: Partial<Record<Prov, readonly string[]>> = {
  ON: ['Toronto', 'Waterloo'],
  QC: ['Montréal'],
  BC: ['Vancouver'],
  AB: ['Edmonton'],
};
const STUDENT_MAIL: Partial<Record<Prov, string>> = {
  ON: 'mail.utoronto.ca',
  QC: 'mail.mcgill.ca',
  BC: 'student.ubc.ca',
  AB: 'ualberta.ca',
};

/** Parents' addresses abroad, for international students paying on a family card. */
const ABROAD: ReadonlyArray<readonly [string, Address, number]> = [
  [
    'IN',
    { country: 'IN', postalCode: '400050', city: 'Mumbai', line1: 'Flat 12, Pali Hill Rd, Bandra West' },
    5.5,
  ],
  ['IN', { country: 'IN', postalCode: '160017', city: 'Chandigarh', line1: 'House 1142, Sector 22-B' }, 5.5],
  ['IN', { country: 'IN', postalCode: '141001', city: 'Ludhiana', line1: '45 Model Town Ext' }, 5.5],
  ['CN', { country: 'CN', postalCode: '200040', city: 'Shanghai', line1: 'Room 1702, 88 Yan An Rd W' }, 8],
  ['CN', { country: 'CN', postalCode: '518000', city: 'Shenzhen', line1: 'Unit 9B, 3 Shennan Blvd' }, 8],
  ['PH', { country: 'PH', postalCode: '1226', city: 'Makati', line1: '21 Jupiter St, Bel-Air' }, 8],
  ['AE', { country: 'AE', postalCode: '00000', city: 'Dubai', line1: 'Villa 7, Street 12, Al Barsha 2' }, 4],
];

/**
 * A student: laptops, tablets, headphones, a monitor for residence, on campus Wi-Fi or a phone; a student
 * code; international students typing a parent's card from India, China, the Philippines or the Gulf (AVS
 * unavailable, declined cross-border now and then, then a Canadian debit card).
 */
function student(rng: Rng, w: World): Purchase {
  const prov = rng.weightedPick<Prov>([
    ['ON', 50],
    ['QC', 18],
    ['BC', 17],
    ['AB', 15],
  ]);
  const campus = campusOf(prov) ?? network('campus-toronto');
  const city = rng.pick(CAMPUS_CITY[prov] ?? ['Toronto']);
  const residence = cityAddress(
    rng,
    prov,
    PROVINCES[prov].cities.find((c) => c.city === city),
  );
  const international = rng.chance(0.4);
  const lines = honestLines(rng, [
    ['laptop', 30],
    ['tablet', 14],
    ['audio', 20],
    ['pc_parts', 8],
    ['gaming', 12],
    ['accessory', 10],
    ['wearable', 6],
  ]);
  const abroad = rng.pick(ABROAD);
  const who = international
    ? {
        first: rng.pick(['Priya', 'Arjun', 'Harpreet', 'Wei', 'Jia', 'Hao', 'Angelica', 'Omar']),
        last: rng.pick(['Singh', 'Patel', 'Sharma', 'Wang', 'Li', 'Chen', 'Reyes', 'Haddad']),
      }
    : person(rng, prov);
  const mail = rng.chance(0.35) ? (STUDENT_MAIL[prov] ?? 'mail.utoronto.ca') : undefined;
  const register = rng.chance(0.5);
  return guestOrder(rng, w, 'student', {
    prov,
    register,
    buyer: {
      ...(register ? { id: `C${rng.int(2_100_000, 2_999_999)}` } : {}),
      email: emailOf(rng, who, prov, mail),
      name: fullName(who),
      ...(register ? { createdAt: w.window.start - rng.int(5, 700) * DAY } : {}),
    },
    shipping: residence,
    fulfilment: prov === 'ON' && city === 'Toronto' && rng.chance(0.35) ? 'pickup' : 'ship',
    lines,
    ip: ipOn(rng, rng.chance(0.6) ? campus : network('ca-mobile')),
    ...(international ? { billing: abroad[1] } : { billing: residence }),
    ...(rng.chance(0.25) ? { code: { code: 'STUDENT', pct: 5, min: 5_000 } } : {}),
    pay: (b) => {
      if (!international)
        return honestPay(
          rng,
          {
            cards: [newCard(rng, 'CA', rng.chance(0.5) ? 'debit' : 'credit')],
            signedIn: false,
            country: 'CA',
          },
          b.amount,
        );
      const family = newCard(rng, abroad[0]);
      const method = rng.weightedPick<Method>([
        ['card', 65],
        ['paypal', 25],
        ['interac_online', 10],
      ]);
      if (method !== 'card')
        return honestPay(rng, { cards: [family], signedIn: false, methods: [[method, 1]] }, b.amount);
      if (!rng.chance(0.22))
        return honestPay(
          rng,
          { cards: [family], signedIn: false, country: abroad[0], methods: [['card', 1]] },
          b.amount,
          0.02,
        );
      return [
        {
          method: 'card',
          card: family,
          ok: false,
          avs: 'unavailable',
          cvc: 'pass',
          afterMs: rng.int(8_000, 40_000),
          decline: rng.pick(['do_not_honor', 'card_not_supported', 'restricted_card'] as const),
        },
        ...honestPay(
          rng,
          { cards: [newCard(rng, 'CA', 'debit')], signedIn: false, country: 'CA', methods: [['card', 1]] },
          b.amount,
          0,
        ),
      ] satisfies Attempt[];
    },
  });
}

const COMPANIES = [
  'Maple Leaf Dental Group',
  'Nguyen & Associates CPA',
  'Ridgeback Construction Ltd.',
  'Boulangerie Petit Four inc.',
  'Northshore Realty',
  'Brightpath Tutoring',
  'Prairie Sky Physiotherapy',
  'Harbourview Law LLP',
  'Clinique Vétérinaire Beauport',
  'Pinecrest Property Management',
  'Sandhu Trucking Inc.',
  'Blue Heron Studio',
  'Kootenay Outfitters',
  'Atelier Lumière Design',
];

/**
 * A small business buying before year end: laptops and monitors by the handful, a TV for the meeting room,
 * tablets for the till, on a company card, in office hours, from the office network; a fifth shipped to an
 * employee's home.
 */
function business(rng: Rng, w: World): Purchase {
  const r = resident(rng);
  const office = cityAddress(rng, r.prov);
  const n = rng.int(2, 8);
  const lines: Line[] = merge([
    rng.chance(0.6) ? pick(rng, 'laptop', n) : pick(rng, 'tablet', n),
    ...(rng.chance(0.5) ? [item('PC-MON-27', rng.int(2, 10))] : []),
    ...(rng.chance(0.3) ? [item(rng.pick(['AC-MOUSE', 'AC-CHARGER-65', 'AC-LAPSLEEVE']), n)] : []),
    ...(rng.chance(0.15) ? [pick(rng, 'tv')] : []),
  ]);
  const company = rng.pick(COMPANIES);
  const signed = rng.chance(0.55);
  const who = r.person;
  const corporate = rng.chance(0.45);
  const cards = [newCard(rng, 'CA', 'credit')];
  const buyer = {
    ...(signed
      ? { id: `C${rng.int(1_000_000, 1_399_999)}`, createdAt: w.window.start - rng.int(60, 2_500) * DAY }
      : {}),
    email: emailOf(
      rng,
      who,
      r.prov,
      rng.chance(0.6)
        ? `${company
            .toLowerCase()
            .replace(/[^a-z]/g, '')
            .slice(0, 14)}.ca`
        : undefined,
    ),
    name: fullName(who),
  };
  return guestOrder(rng, w, 'business_buyer', {
    prov: r.prov,
    at: placedAt(rng, w.window, PROVINCES[r.prov].tz, 'office'),
    buyer,
    billing: office,
    shipping: rng.chance(0.2) ? cityAddress(rng, r.prov) : office,
    fulfilment: rng.chance(0.15) ? 'express' : 'ship',
    lines,
    ip: ipOn(rng, corporate ? network('ca-corporate-egress') : r.network),
    device: {
      userAgent: rng.pick([
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
      ]),
      ...(rng.chance(0.8) ? { id: deviceId(rng) } : {}),
    },
    company: {
      name: company,
      ...(rng.chance(0.6) ? { gstNumber: `${rng.digits(9)}RT0001` } : {}),
      ...(rng.chance(0.35) ? { po: `PO-${rng.int(1000, 99999)}` } : {}),
    },
    pay: (b) =>
      honestPay(
        rng,
        {
          cards,
          signedIn: signed,
          country: 'CA',
          methods: [
            ['card', 82],
            ['paypal', 10],
            ['apple_pay', 8],
          ],
        },
        b.amount,
        0.1,
      ),
  });
}

/**
 * Someone whose first try fails: a mistyped CVC or postal code, an expired card still saved, a limit hit by a
 * Boxing Day TV, the bank's 3-D Secure prompt timing out; then the right details, another card, PayPal or
 * Interac. A few give up.
 */
function cardRetry(rng: Rng, w: World): Purchase {
  const methods: ReadonlyArray<readonly [Method, number]> = [
    ['card', 80],
    ['apple_pay', 8],
    ['google_pay', 2],
    ['paypal', 6],
    ['interac_online', 4],
  ];
  if (rng.chance(0.55)) {
    const a = rng.pick(w.customers);
    return accountOrder(rng, w, a, 'card_retry', {
      pay: (b) =>
        honestPay(
          rng,
          {
            cards: a.cards,
            signedIn: true,
            country: 'CA',
            methods,
            match: rng.chance(0.25) ? 'stale' : 'good',
          },
          b.amount,
          1,
        ),
    });
  }
  return guestOrder(rng, w, 'card_retry', { declineShare: 1 });
}

/**
 * Rural and northern Canada: PO boxes and rural routes, fixed wireless or a phone, the card still billed to an
 * old civic address, freight and the remote surcharge; Iqaluit and Inuvik wait weeks.
 */
function ruralNorth(rng: Rng, w: World): Purchase {
  const known = w.customers.filter((a) => a.rural);
  if (known.length > 0 && rng.chance(0.45)) {
    const a = rng.pick(known);
    return accountOrder(rng, w, a, 'rural_north', {
      ip: ipOn(rng, rng.chance(0.6) ? network('ca-rural-wireless-dsl') : a.network),
      fulfilment: 'ship',
      payer: { match: rng.chance(0.3) ? 'stale' : 'good' },
    });
  }
  const prov = rng.weightedPick<Prov>([
    ['ON', 20],
    ['QC', 14],
    ['BC', 12],
    ['AB', 10],
    ['MB', 8],
    ['SK', 8],
    ['NS', 6],
    ['NB', 5],
    ['NL', 6],
    ['PE', 2],
    ['YT', 3],
    ['NT', 3],
    ['NU', 3],
  ]);
  const home = ruralAddress(rng, prov);
  const r = resident(rng, prov);
  const stale = rng.chance(0.3);
  return guestOrder(rng, w, 'rural_north', {
    prov,
    register: rng.chance(0.3),
    billing: stale ? cityAddress(rng, prov) : home,
    shipping: home,
    rural: true,
    fulfilment: 'ship',
    ip: ipOn(rng, rng.chance(0.6) ? network('ca-rural-wireless-dsl') : network('ca-mobile')),
    pay: (b) =>
      honestPay(
        rng,
        { cards: r.cards, signedIn: false, country: 'CA', match: stale ? 'stale' : 'good' },
        b.amount,
      ),
  });
}

/**
 * Someone who returns: two laptops bought to keep one, a TV that did not fit, a gift not wanted; a refund
 * after the item is back; some genuine disputes, when a return is lost or a refund is slow or a parcel
 * vanished from the porch.
 */
function returner(rng: Rng, w: World): Purchase {
  const cat = rng.pick<Category>(['laptop', 'tv', 'audio', 'tablet', 'camera', 'wearable', 'gaming']);
  const first = pick(rng, cat);
  let second = pick(rng, cat);
  for (let i = 0; i < 5 && second.sku === first.sku; i++) second = pick(rng, cat);
  const bracket = rng.chance(0.35) && second.sku !== first.sku;
  const lines = bracket ? [first, second] : honestLines(rng);
  const trouble = (fulfilment: 'ship' | 'pickup', amount: number, l: Line[]): LaterEvent[] => {
    const out = honestAfter(rng, { fulfilment, amount, remote: false, returns: 0 }).filter(
      (e) => e.type === 'order.updated',
    );
    const last = out.reduce((m, e) => Math.max(m, e.afterMs), HOUR);
    const roll = rng.next();
    const kept = l[0];
    const part = bracket && kept ? Math.round(((amount - kept.price) * rng.int(95, 100)) / 100) : undefined;
    if (roll < 0.6)
      out.push({
        type: 'refund.created',
        afterMs: last + rng.int(2, 28) * DAY,
        reason: 'return',
        ...(part ? { amount: part } : {}),
      });
    else if (roll < 0.8)
      out.push({ type: 'refund.created', afterMs: last + rng.int(1, 10) * DAY, reason: 'defective' });
    else if (roll < 0.85) {
      out.push({
        type: 'dispute.created',
        afterMs: last + rng.int(20, 50) * DAY,
        reason: 'credit_not_processed',
      });
      out.push({ type: 'refund.created', afterMs: last + rng.int(12, 19) * DAY, reason: 'return' });
    } else if (roll < 0.89)
      out.push({
        type: 'dispute.created',
        afterMs: last + rng.int(15, 45) * DAY,
        reason: 'product_unacceptable',
      });
    else if (roll < 0.92 && fulfilment === 'ship')
      out.push({
        type: 'dispute.created',
        afterMs: last + rng.int(10, 40) * DAY,
        reason: 'product_not_received',
      });
    else out.push({ type: 'refund.created', afterMs: last + rng.int(2, 20) * DAY, reason: 'return' });
    return out;
  };
  const a = rng.chance(0.6) ? rng.pick(w.customers) : undefined;
  const fulfilment: 'ship' | 'pickup' = rng.chance(0.25) ? 'pickup' : 'ship';
  if (a)
    return accountOrder(rng, w, a, 'returner', {
      lines,
      fulfilment,
      after: (b) => trouble(fulfilment, b.amount, b.lines),
    });
  return guestOrder(rng, w, 'returner', {
    lines,
    fulfilment,
    ...(fulfilment === 'pickup' ? { prov: 'ON' as const } : {}),
    after: (b) => trouble(fulfilment, b.amount, b.lines),
  });
}

/**
 * Privacy-minded shoppers: a VPN that exits in Montréal, Toronto, the US or Europe, a relay or Proton address,
 * a browser that blocks the fingerprint script.
 */
function privacyVpn(rng: Rng, w: World): Purchase {
  const exit = network(
    rng.weightedPick<string>([
      ['ca-cloud-vpn', 55],
      ['us-hosting', 15],
      ['nl-vpn', 15],
      ['de-hosting', 15],
    ]),
  );
  const ip = ipOn(rng, exit);
  const device = {
    userAgent: rng.pick([
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
    ]),
    ...(rng.chance(0.4) ? { id: deviceId(rng) } : {}),
  };
  if (rng.chance(0.4)) {
    const a: Account = rng.pick(w.customers);
    return accountOrder(rng, w, a, 'privacy_vpn', { ip, device });
  }
  const r = resident(rng);
  const relay = rng.chance(0.5);
  return guestOrder(rng, w, 'privacy_vpn', {
    prov: r.prov,
    ip,
    device,
    buyer: {
      email: relay
        ? `${rng.token(10)}@${rng.pick(['privaterelay.appleid.com', 'duck.com', 'proton.me', 'simplelogin.com'])}`
        : emailOf(rng, r.person, r.prov),
      name: fullName(r.person),
    },
  });
}

export function honestMore(rng: Rng, w: World, kind: MoreKind): Purchase {
  switch (kind) {
    case 'student':
      return student(rng, w);
    case 'business_buyer':
      return business(rng, w);
    case 'card_retry':
      return cardRetry(rng, w);
    case 'rural_north':
      return ruralNorth(rng, w);
    case 'returner':
      return returner(rng, w);
    case 'privacy_vpn':
      return privacyVpn(rng, w);
  }
}
