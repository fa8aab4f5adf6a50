import { type Address, betweenHours, type Buyer, type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { GENERAL, GIFT_CARD_VALUES, giftCard, LIMITED, line, type Line, product } from './catalogue.js';
import { ipOn, type NetworkName } from './networks.js';
import { type Account, cardFrom, emailFor, newCard, newDevice, personName, VIRTUAL_BINS } from './people.js';
import { abroad, abroadAddress, cityAddress, FORWARDERS, MULE_CITIES, street, US_CITIES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
} from './purchase.js';
import {
  afterDrop,
  buyerOf,
  channelOf,
  clamp,
  fcfsDrops,
  localeOf,
  localMoment,
  type Plan,
  purchase,
  raffle,
  type World,
} from './world.js';

/**
 * Fraud at Lacefront, each kind's weight its share of the fraudulent orders (allocated exactly per seed, at least
 * one each): drop bots and multi-accounting, card testing on the e-gift card page, stolen cards with and without
 * the holder's details shipped to reshippers, account takeover of loyalty members, triangulation, friendly
 * fraud, refund abuse, welcome-code farms, and orders tied to sanctioned jurisdictions.
 */
export const FRAUD = {
  drop_bot: 20,
  card_testing: 14,
  stolen_card_reship: 17,
  stolen_card_no_details: 8,
  account_takeover: 10,
  friendly_fraud: 10,
  refund_abuse: 7,
  promo_multiaccount: 6,
  triangulation: 5,
  sanctioned_country: 3,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** How many of `count` fraudulent orders each kind gets: one each, the rest by weight (largest remainder). */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const DISPOSABLE = ['guerrillamail.com', 'sharklasers.com', 'mailinator.com', 'yopmail.com', 'tempmail.dev'];
const RESIDENTIAL: ReadonlyArray<readonly [NetworkName, number]> = [
  ['us_cable', 4],
  ['us_fiber', 3],
  ['us_mobile', 2],
];
const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';

const usCity = (rng: Rng) => rng.weightedPick(US_CITIES);

function muleAddress(rng: Rng): Address {
  if (rng.chance(0.5)) {
    const fw = rng.pick(FORWARDERS);
    return {
      country: 'US',
      city: fw.city,
      postalCode: fw.postalCode,
      line1: `${fw.line1} Ste ${rng.pick(['', 'A', 'B'])}${rng.digits(4)}`,
    };
  }
  const [, city, postalCode] = rng.pick(MULE_CITIES);
  return { country: 'US', city, postalCode, line1: street(rng) };
}

const muleTax = (a: Address): number =>
  a.postalCode?.startsWith('19') || a.postalCode?.startsWith('97') || a.postalCode?.startsWith('07')
    ? 0
    : 0.07;

/** Dispute, early warning and reversal after a stolen card's order was shipped; some are caught before. */
function chargeback(rng: Rng, warn: number, dispute: number, caught = 0.12): LaterEvent[] {
  if (rng.chance(caught))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'fraudulent' },
    ];
  const ship = rng.int(14, 60) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + rng.int(1, 4) * DAY, status: 'delivered' },
  ];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 15) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(15, 50) * DAY, reason: 'fraudulent' });
  return out;
}

const shippedAndDelivered = (rng: Rng): LaterEvent[] => {
  const ship = rng.int(14, 60) * HOUR;
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + rng.int(2, 5) * DAY, status: 'delivered' },
  ];
};

/** A stolen card tried, maybe after others that failed; `match` says what the fraudster knows of the holder. */
function stolenAttempts(
  rng: Rng,
  card: Card,
  match: 'good' | 'bad',
  tries: number,
  succeed: boolean,
): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < tries - 1; i++) {
    const other = newCard(rng, rng.chance(0.85) ? 'US' : rng.pick(['CA', 'GB']));
    const why = rng.weightedPick<Decline>([
      ['stolen_card', 2],
      ['do_not_honor', 3],
      ['insufficient_funds', 2],
      ['incorrect_zip', match === 'bad' ? 4 : 0],
      ['lost_card', 1],
    ]);
    out.push(
      cardAttempt(rng, other, {
        entry: 'typed',
        match,
        ok: false,
        decline: why,
        afterMs: i === 0 ? firstAuth(rng) : rng.int(20_000, 150_000),
      }),
    );
  }
  const decline: Decline = match === 'bad' ? 'incorrect_zip' : 'do_not_honor';
  out.push(
    cardAttempt(rng, card, {
      entry: 'typed',
      match,
      ok: succeed,
      ...(succeed ? {} : { decline }),
      afterMs: out.length === 0 ? firstAuth(rng) : rng.int(20_000, 150_000),
    }),
  );
  return out;
}

const limitedPairs = (rng: Rng, w: World, max: number): Line[] => {
  const pool = [...LIMITED.slice(3), ...fcfsDrops(w).map((d) => product(d.drop.sku))];
  return rng
    .shuffle(pool)
    .slice(0, rng.int(1, max))
    .map((x) => line(rng, x));
};

const guest = (rng: Rng, name: string, domain?: string): Buyer => ({
  email: emailFor(rng, name, domain),
  name,
});
const freshAccount = (rng: Rng, name: string, at: number, domain?: string): Buyer => ({
  id: `cus_${rng.digits(9)}`,
  email: emailFor(rng, name, domain),
  name,
  createdAt: at - rng.int(2, 40) * MINUTE,
});

/** Bot crews: farmed accounts on a catch-all domain, jigged addresses, virtual cards, checkouts in seconds. */
function dropBots(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  const crews = Math.max(1, Math.ceil(n / 8));
  for (let c = 0; c < crews; c++) {
    const r = rng.fork(`crew${c}`);
    const domain = `${r.pick(['kick', 'sole', 'cop', 'heat', 'pair'])}${r.pick(['vault', 'lab', 'house', 'hq'])}${r.int(1, 99)}.com`;
    const leader = personName(r);
    const city = usCity(r);
    const number = r.int(100, 9800);
    const road = street(r)
      .replace(/^\d+ /, '')
      .replace(/ Apt.*$/, '');
    const bin = r.pick(VIRTUAL_BINS);
    const proxies = r.chance(0.7) ? 'residential' : 'datacenter';
    for (let i = c; i < n; i += crews) {
      const o = rng.fork(`bot${i}`);
      const onRaffle = o.chance(0.2);
      const d = onRaffle ? raffle(w) : o.pick(fcfsDrops(w));
      const at = onRaffle ? clamp(w, d.at + o.int(0, 40 * MINUTE)) : afterDrop(o, w, d.at, 4, 0.7);
      const jig = o.pick([
        `${number} ${road}`,
        `${number} ${road} Apt ${o.int(1, 9)}`,
        `${number} ${road} #${o.int(1, 9)}`,
        `${o.token(3).toUpperCase()} ${number} ${road}`,
        `${number} ${road.replace('St', 'Street').replace('Ave', 'Avenue')}`,
        `${number} ${road} Unit ${o.int(1, 9)}`,
      ]);
      const address: Address = { country: 'US', city: city.city, postalCode: city.zip, line1: jig };
      const name = o.chance(0.5)
        ? leader.replace(/^(\w)\w*/, (m, f: string) => o.pick([m, `${f}.`, `${m}${o.pick(['', 'y', 'ie'])}`]))
        : personName(o);
      const card = cardFrom(o, bin, 'US');
      const device = o.chance(0.7) ? { userAgent: DESKTOP, id: `fp_${o.token(24)}` } : { userAgent: DESKTOP };
      out.push(
        purchase({
          at,
          kind: 'drop_bot',
          fraud: true,
          buyer: {
            id: `cus_${o.digits(9)}`,
            email: emailFor(o, personName(o), domain),
            name,
            createdAt: at - o.int(1, 45) * DAY,
          },
          billing: address,
          shipping: address,
          fulfilment: 'ship',
          lines: [line(o, product(d.drop.sku))],
          taxRate: city.tax,
          ip: ipOn(o, proxies === 'residential' ? o.weightedPick(RESIDENTIAL) : 'us_datacenter'),
          device,
          channel: onRaffle ? 'raffle' : 'web',
          drop: d.drop.id,
          checkoutSeconds: onRaffle ? 0 : o.float(1, 6),
          locale: 'en-US',
          pay: () =>
            o.chance(0.88)
              ? [
                  cardAttempt(o, card, {
                    entry: onRaffle ? 'saved' : 'typed',
                    match: o.chance(0.7) ? 'good' : 'partial',
                    ok: true,
                    afterMs: o.int(1000, 3000),
                    offSession: onRaffle,
                  }),
                ]
              : [
                  cardAttempt(o, card, {
                    entry: 'typed',
                    match: 'good',
                    ok: false,
                    decline: o.pick(['card_declined', 'insufficient_funds'] as const),
                    afterMs: o.int(1000, 3000),
                  }),
                ],
          after: () =>
            o.chance(0.25)
              ? [
                  { type: 'order.cancelled', afterMs: o.int(2, 30) * HOUR, reason: 'duplicate_order_policy' },
                  { type: 'refund.created', afterMs: o.int(31, 40) * HOUR, reason: 'duplicate' },
                ]
              : shippedAndDelivered(o),
        }),
      );
    }
  }
  return out;
}

/** Bursts at night on the $25 and $50 e-gift cards, one BIN a burst, rotating datacenter IPs, mostly declined. */
function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  const bursts = Math.max(1, Math.ceil(n / 12));
  for (let b = 0; b < bursts; b++) {
    const r = rng.fork(`burst${b}`);
    const bin = r.chance(0.5) ? r.pick(VIRTUAL_BINS) : newCard(r, 'US').bin;
    const net = r.pick<NetworkName>(['us_datacenter', 'de_datacenter', 'nl_datacenter', 'us_vpn']);
    const ua = r.chance(0.7)
      ? DESKTOP
      : 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.0.0 Safari/537.36';
    const deviceId = r.chance(0.5) ? `fp_${r.token(24)}` : undefined;
    // Night in New York, when nobody watches the gift-card page.
    let t = betweenHours((a, z) => r.float(a, z), w.window, -4, 0, 5);
    const value = r.pick([2500, 2500, 5000]);
    for (let i = b; i < n; i += bursts) {
      const o = rng.fork(`test${i}`);
      t += o.int(15_000, 150_000);
      const at = clamp(w, t);
      const name = personName(o);
      const billing = cityAddress(o, usCity(o), 'US');
      const card = cardFrom(o, bin, 'US');
      const live = o.chance(0.15);
      const why = (): Decline =>
        o.weightedPick<Decline>([
          ['card_declined', 5],
          ['incorrect_cvc', 3],
          ['expired_card', 2],
          ['invalid_number', 2],
          ['insufficient_funds', 2],
          ['do_not_honor', 2],
          ['stolen_card', 1],
        ]);
      out.push(
        purchase({
          at,
          kind: 'card_testing',
          fraud: true,
          buyer: { email: `${o.token(o.int(6, 10))}@${o.pick(DISPOSABLE)}`, name },
          billing,
          fulfilment: 'email',
          lines: [line(o, giftCard(value, true))],
          taxRate: 0,
          recipientEmail: `${o.token(8)}@${o.pick(DISPOSABLE)}`,
          ip: ipOn(o, net),
          device: { userAgent: ua, ...(deviceId ? { id: deviceId } : {}) },
          channel: 'web',
          checkoutSeconds: o.float(2, 12),
          locale: 'en-US',
          pay: () => {
            const first = cardAttempt(o, card, {
              entry: 'typed',
              match: 'bad',
              ok: live,
              ...(live ? {} : { decline: why() }),
              afterMs: o.int(1000, 4000),
            });
            if (live || o.chance(0.7)) return [first];
            return [
              first,
              cardAttempt(o, card, {
                entry: 'typed',
                match: 'bad',
                ok: false,
                decline: why(),
                afterMs: o.int(1000, 5000),
              }),
            ];
          },
          after: () => {
            const l: LaterEvent[] = [
              { type: 'order.updated', afterMs: o.int(1, 5) * MINUTE, status: 'delivered' },
            ];
            if (o.chance(0.5))
              l.push({ type: 'fraud_warning.created', afterMs: o.int(2, 10) * DAY, reason: 'fraudulent' });
            if (o.chance(0.4))
              l.push({ type: 'dispute.created', afterMs: o.int(12, 40) * DAY, reason: 'fraudulent' });
            return l;
          },
        }),
      );
    }
  }
  return out;
}

function fraudPlan(rng: Rng, w: World, kind: FraudKind, accounts: Account[]): Plan {
  const victimCity = usCity(rng);
  const name = personName(rng);
  const at = localMoment(rng, w, rng.pick([-4, -5, -7, 1, 2, 3]));
  const common = {
    at,
    kind,
    fraud: true,
    fulfilment: 'ship' as const,
    device: newDevice(rng, rng.pick(['desktop', 'iphone', 'android'] as const)),
    checkoutSeconds: rng.logNormal(70, 0.6),
    locale: 'en-US',
  };
  switch (kind) {
    case 'stolen_card_reship':
    case 'triangulation': {
      // The holder's full details (a "fullz"): the AVS check passes.
      const billing = cityAddress(rng, victimCity, 'US');
      const card = newCard(rng, 'US');
      const tri = kind === 'triangulation';
      const ship = tri ? cityAddress(rng, usCity(rng), 'US') : muleAddress(rng);
      const shipCity = US_CITIES.find(([c]) => c.zip === ship.postalCode)?.[0];
      const ip: NetworkName = rng.weightedPick<NetworkName>([
        ['us_cable', 3],
        ['us_fiber', 2],
        ['us_vpn', 2],
        ['us_datacenter', 1],
        ['nl_datacenter', 1],
        ['de_broadband', 1],
      ]);
      const tries = rng.chance(0.35) ? rng.int(2, 3) : 1;
      return {
        ...common,
        buyer: rng.chance(0.6) ? guest(rng, name) : freshAccount(rng, name, at),
        billing,
        shipping: ship,
        lines: tri
          ? [line(rng, rng.pick(GENERAL))]
          : [
              ...limitedPairs(rng, w, 2),
              ...(rng.chance(0.2) ? [line(rng, giftCard(rng.pick(GIFT_CARD_VALUES.slice(3)), false))] : []),
            ],
        taxRate: shipCity?.tax ?? muleTax(ship),
        ip: ipOn(rng, ip),
        pay: () => stolenAttempts(rng, card, 'good', tries, rng.chance(0.9)),
        after: () => chargeback(rng, 0.6, 0.75, tri ? 0.03 : 0.12),
      };
    }
    case 'stolen_card_no_details': {
      const ship = muleAddress(rng);
      const card = newCard(rng, rng.chance(0.8) ? 'US' : rng.pick(['CA', 'GB', 'AU']));
      return {
        ...common,
        buyer: guest(rng, name),
        billing: ship,
        shipping: ship,
        lines: limitedPairs(rng, w, 2),
        taxRate: muleTax(ship),
        ip: ipOn(
          rng,
          rng.weightedPick<NetworkName>([
            ['us_vpn', 3],
            ['us_datacenter', 2],
            ['us_mobile', 2],
            ['us_cable', 2],
            ['gb_datacenter', 1],
          ]),
        ),
        pay: () => stolenAttempts(rng, card, 'bad', rng.int(1, 4), rng.chance(0.6)),
        after: () => chargeback(rng, 0.7, 0.8),
      };
    }
    case 'account_takeover': {
      const a = rng.pick(accounts);
      const mule = muleAddress(rng);
      const swap = rng.chance(0.5);
      const early = rng.chance(0.3);
      const d = rng.pick(fcfsDrops(w));
      const when = early
        ? afterDrop(rng, w, d.at - (a.tier === 'gold' || a.tier === 'black' ? 15 * MINUTE : 0), 20)
        : localMoment(rng, w, rng.pick([-4, 1, 3, 8]));
      const method = rng.weightedPick<'saved' | 'shop_pay' | 'gift_card'>([
        ['saved', 6],
        ['shop_pay', 2],
        ['gift_card', 2],
      ]);
      const egift = method !== 'gift_card' && rng.chance(0.25);
      const lines = egift
        ? [line(rng, giftCard(rng.pick(GIFT_CARD_VALUES.slice(4)), true), rng.int(1, 2))]
        : early
          ? [line(rng, product(d.drop.sku))]
          : limitedPairs(rng, w, 2);
      const card = rng.pick(a.cards);
      return {
        ...common,
        at: when,
        buyer: buyerOf(a),
        billing: { ...a.address },
        ...(egift
          ? {
              fulfilment: 'email' as const,
              recipientEmail: `${rng.token(9)}@${rng.pick(['gmail.com', 'proton.me', 'outlook.com'])}`,
            }
          : { shipping: swap ? { ...a.address } : mule }),
        lines,
        taxRate: egift ? 0 : swap ? (a.country === 'US' ? a.home.tax : 0) : muleTax(mule),
        ...(early ? { drop: d.drop.id, earlyAccess: true } : {}),
        loyalty: a,
        ip: ipOn(
          rng,
          rng.weightedPick<NetworkName>([
            ['us_cable', 3],
            ['us_mobile', 1],
            ['us_datacenter', 2],
            ['nl_datacenter', 1],
            ['gb_broadband', 1],
            ['de_datacenter', 1],
            ['ph_broadband', 1],
          ]),
        ),
        device: newDevice(rng, rng.chance(0.7) ? 'desktop' : 'android'),
        checkoutSeconds: rng.logNormal(25, 0.5),
        pay: () =>
          method === 'gift_card'
            ? [other('gift_card', true, firstAuth(rng))]
            : [
                cardAttempt(rng, card, {
                  entry: method === 'shop_pay' ? 'wallet' : 'saved',
                  wallet: 'shop_pay',
                  match: 'good',
                  ok: true,
                  afterMs: firstAuth(rng),
                }),
              ],
        after: () => {
          const l: LaterEvent[] = [];
          if (swap && !egift)
            l.push({
              type: 'order.updated',
              afterMs: rng.int(8, 45) * MINUTE,
              shipping: mule,
              reason: 'address_changed',
            });
          if (egift) l.push({ type: 'order.updated', afterMs: rng.int(1, 5) * MINUTE, status: 'delivered' });
          else l.push(...shippedAndDelivered(rng));
          const r = rng.next();
          if (r < 0.5)
            l.push({ type: 'dispute.created', afterMs: rng.int(10, 40) * DAY, reason: 'fraudulent' });
          else if (r < 0.8)
            l.push({ type: 'refund.created', afterMs: rng.int(2, 9) * DAY, reason: 'account_compromised' });
          if (rng.chance(0.3))
            l.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 12) * DAY, reason: 'fraudulent' });
          return l;
        },
      };
    }
    case 'friendly_fraud':
    case 'refund_abuse': {
      const a = rng.pick(accounts);
      const lines = rng.chance(0.6)
        ? limitedPairs(rng, w, kind === 'refund_abuse' ? 2 : 1)
        : [line(rng, rng.pick(GENERAL))];
      return {
        ...common,
        at: localMoment(rng, w, a.home.tz),
        buyer: buyerOf(a),
        billing: { ...a.address },
        shipping: { ...a.address },
        lines,
        taxRate: a.country === 'US' ? a.home.tax : 0,
        loyalty: a,
        ip: ipOn(rng, a.network),
        device: rng.pick(a.devices),
        checkoutSeconds: rng.logNormal(140, 0.6),
        locale: localeOf(a.country),
        pay: () => {
          const c = rng.pick(a.cards);
          const m = rng.weighted({ card: 4, apple_pay: 3, paypal: 2, afterpay: 1 });
          if (m === 'paypal' || m === 'afterpay') return [other(m, true, firstAuth(rng))];
          return [
            cardAttempt(rng, c, {
              entry: m === 'apple_pay' ? 'wallet' : 'saved',
              match: 'good',
              ok: true,
              afterMs: firstAuth(rng),
            }),
          ];
        },
        after: (amount) => {
          const l = shippedAndDelivered(rng);
          if (kind === 'friendly_fraud')
            l.push({
              type: 'dispute.created',
              afterMs: rng.int(12, 45) * DAY,
              reason: rng.weightedPick<string>([
                ['product_not_received', 6],
                ['unrecognized', 2],
                ['product_unacceptable', 2],
              ]),
            });
          else if (rng.chance(0.6))
            l.push({ type: 'refund.created', afterMs: rng.int(8, 25) * DAY, reason: 'returned' });
          else
            l.push({
              type: 'refund.created',
              afterMs: rng.int(5, 12) * DAY,
              reason: 'item_missing',
              amount: Math.round(amount * rng.float(0.5, 1)),
            });
          return l;
        },
      };
    }
    case 'sanctioned_country': {
      const viaIp = rng.chance(0.65);
      const home = rng.weightedPick<'IR' | 'SY' | 'CU'>([
        ['IR', 5],
        ['SY', 2],
        ['CU', 2],
      ]);
      const net: NetworkName = home === 'IR' ? 'ir_mobile' : home === 'SY' ? 'sy_dsl' : 'cu_mobile';
      const dubai = abroad('AE');
      const billing: Address = viaIp
        ? abroadAddress(rng, dubai)
        : {
            country: home,
            city: home === 'IR' ? 'Tehran' : home === 'SY' ? 'Damascus' : 'Havana',
            line1: street(rng),
          };
      const ship = rng.chance(0.5) ? muleAddress(rng) : abroadAddress(rng, dubai);
      const card = newCard(rng, rng.chance(0.7) ? 'AE' : 'US');
      return {
        ...common,
        buyer: freshAccount(rng, name, at),
        billing,
        shipping: viaIp || rng.chance(0.5) ? ship : { ...billing },
        lines: limitedPairs(rng, w, 2),
        taxRate: 0,
        ip: ipOn(rng, viaIp ? net : rng.pick(['nl_datacenter', 'de_datacenter', 'us_vpn'] as const)),
        pay: () => stolenAttempts(rng, card, 'good', rng.chance(0.3) ? 2 : 1, rng.chance(0.8)),
        after: () =>
          rng.chance(0.4)
            ? [
                { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'compliance_review' },
                { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'compliance_review' },
              ]
            : shippedAndDelivered(rng),
      };
    }
    default:
      throw new Error(`planned elsewhere: ${kind}`);
  }
}

/** Welcome-code farms: one person, one phone, fresh accounts minutes old with plus-addressed e-mails. */
function promoFarms(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  const farms = Math.max(1, Math.ceil(n / 5));
  for (let f = 0; f < farms; f++) {
    const r = rng.fork(`farm${f}`);
    const person = personName(r);
    const [first = 'x', last = 'y'] = person.toLowerCase().split(' ');
    const city = usCity(r);
    const homeAddr = cityAddress(r, city, 'US');
    const device = newDevice(r, r.pick(['iphone', 'android'] as const));
    const card = newCard(r, 'US');
    const net: NetworkName = r.weightedPick(RESIDENTIAL);
    const code = r.chance(0.6)
      ? { code: 'WELCOME15', percent: 15 }
      : { code: `REF-${r.token(6).toUpperCase()}`, percent: 20 };
    for (let i = f; i < n; i += farms) {
      const o = rng.fork(`promo${i}`);
      const at = localMoment(o, w, city.tz);
      const email = o.pick([
        `${first}.${last}+${o.token(4)}@gmail.com`,
        `${first}${o.pick(['.', ''])}${last}${o.int(1, 999)}@gmail.com`,
        `${first[0]}.${first.slice(1)}.${last}@gmail.com`,
      ]);
      const lines = o.chance(0.6)
        ? [line(o, o.pick(GENERAL))]
        : [line(o, o.pick(GENERAL)), line(o, o.pick(GENERAL))];
      out.push(
        purchase({
          at,
          kind: 'promo_multiaccount',
          fraud: true,
          buyer: {
            id: `cus_${o.digits(9)}`,
            email,
            name: o.chance(0.5) ? person : personName(o),
            createdAt: at - o.int(2, 25) * MINUTE,
          },
          billing: homeAddr,
          shipping: o.chance(0.6)
            ? homeAddr
            : { ...homeAddr, line1: `${homeAddr.line1} ${o.pick(['Apt 2', '#2', 'Rear'])}` },
          fulfilment: 'ship',
          lines,
          taxRate: city.tax,
          code,
          ip: ipOn(o, net),
          device,
          channel: channelOf(device),
          checkoutSeconds: o.logNormal(60, 0.5),
          locale: 'en-US',
          pay: () =>
            o.chance(0.6)
              ? [cardAttempt(o, card, { entry: 'typed', match: 'good', ok: true, afterMs: firstAuth(o) })]
              : [other('paypal', true, firstAuth(o))],
          after: () =>
            o.chance(0.2)
              ? [
                  { type: 'order.cancelled', afterMs: o.int(3, 30) * HOUR, reason: 'promo_abuse' },
                  { type: 'refund.created', afterMs: o.int(31, 40) * HOUR, reason: 'promo_abuse' },
                ]
              : shippedAndDelivered(o),
        }),
      );
    }
  }
  return out;
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [
    ...dropBots(rng.fork('bots'), w, n.drop_bot),
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...promoFarms(rng.fork('farms'), w, n.promo_multiaccount),
  ];
  const single: FraudKind[] = [
    'stolen_card_reship',
    'stolen_card_no_details',
    'account_takeover',
    'friendly_fraud',
    'refund_abuse',
    'triangulation',
    'sanctioned_country',
  ];
  // A few refund abusers come back more than once in a fortnight.
  const abusers = w.customers.slice(0, 3);
  for (const kind of single)
    for (let i = 0; i < n[kind]; i++) {
      const r = rng.fork(`${kind}${i}`);
      const pool = kind === 'refund_abuse' && r.chance(0.5) ? abusers : w.customers;
      out.push(purchase(fraudPlan(r, w, kind, pool)));
    }
  return out;
}
