import { type Rng } from '../kit/random.js';
import { line, everyday } from './catalog.js';
import { orderTime, soonAfter } from './calendar.js';
import { card } from './cards.js';
import {
  botDevice,
  botUa,
  chargedBack,
  DAY,
  exitFor,
  type FraudCtx,
  MINUTE,
  ownLine,
  stolenAttempts,
  throwaway,
} from './fraud-kit.js';
import { build } from './honest-kit.js';
import { network } from './networks.js';
import { device, foreignName, koreanName } from './people.js';
import { abroad, KR_FORWARDERS, krAddress, lockered, market, US_RESHIPPERS } from './places.js';
import { type Address, type Purchase } from './purchase.js';

/** Fraud with other people's cards: testing, stolen cards to forwarders and mules, phished Korean cards and triangulation. */

const VICTIM_COUNTRIES = ['US', 'US', 'US', 'CA', 'GB', 'AU'];
const RESALE = [
  'SKN-ESS-SNAIL',
  'SKN-AMP-CICA',
  'SUN-RELIEF',
  'MKP-CUSHION',
  'GFT-HOLIDAY',
  'DEV-LED',
  'DEV-MICRO',
  'GFT-HANBANG',
];

/** Bursts of guest orders for the cheapest sheet mask, one or more cards each, in the small hours KST. */
export function cardTesting(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(6, 18));
    let t = orderTime(rng, c.w, rng.pick([-5, 1, 9]), c.start);
    const ua = botUa(rng);
    const exit = exitFor(rng, 'US', rng.chance(0.3));
    const bin = card(rng, rng.pick(VICTIM_COUNTRIES));
    const ship = krAddress(rng);
    for (let i = 0; i < size; i++) {
      t = soonAfter(rng, c.w, t, 40_000);
      const cards = Array.from({ length: rng.int(1, 3) }, () => ({
        ...card(rng, bin.country),
        bin: bin.bin,
        brand: bin.brand,
      }));
      const name = foreignName(rng, bin.country);
      const billing = abroad(rng, market(bin.country));
      const attempts = stolenAttempts(rng, cards, false, 0.25);
      out.push(
        build(rng, {
          kind: 'card_testing',
          fraud: true,
          at: t,
          buyer: {
            email: throwaway(rng, rng.chance(0.5) ? 'temp' : 'random'),
            name: name.display,
            locale: 'ko-KR',
          },
          billing,
          shipping: rng.chance(0.7) ? ship : krAddress(rng),
          ip: c.ips.draw(exit, 0.1),
          device: botDevice(rng, ua),
          channel: 'web',
          lines: [line(rng.pick(['MSK-SNAIL-1', 'MSK-CICA-1']))],
          method: 'card',
          attempts,
          later: attempts.some((a) => a.ok)
            ? [{ type: 'order.cancelled', afterMs: rng.float(1, 12) * 3_600_000, reason: 'fraud_review' }]
            : [],
        }),
      );
    }
  }
  return out;
}

function strangerBuyer(rng: Rng, at: number, country: string, throw_: boolean) {
  const name = foreignName(rng, country);
  const guest = rng.chance(0.4);
  return {
    ...(guest
      ? {}
      : {
          id: `M${rng.digits(8)}`,
          createdAt: at - Math.floor(rng.exp(throw_ ? 0.2 : 60) * DAY) - 5 * MINUTE,
        }),
    email: throw_
      ? throwaway(rng, rng.chance(0.3) ? 'temp' : 'random')
      : `${name.handle}${rng.digits(2)}@${rng.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}`,
    name: name.display,
    locale: 'en-US',
  };
}

/** A stolen foreign card (with or without the victim's details) and a parcel to a forwarder or reshipper. */
function stolen(
  rng: Rng,
  c: FraudCtx,
  kind: string,
  shipping: (country: string) => Address,
  recipient?: () => string,
): Purchase {
  const country = rng.pick(VICTIM_COUNTRIES);
  const careful = rng.chance(0.45);
  const details = careful || rng.chance(0.4);
  const at = orderTime(rng, c.w, market(country).tz, c.start);
  const victim = abroad(rng, market(country));
  const buyer = strangerBuyer(rng, at, country, !careful);
  const ship = shipping(country);
  const exit = careful
    ? exitFor(rng, country, true)
    : rng.chance(0.5)
      ? exitFor(rng, country, false)
      : ownLine(rng);
  const cards = Array.from({ length: careful ? 1 : rng.int(1, 3) }, () => card(rng, country));
  const attempts = stolenAttempts(rng, cards, details, careful ? 0.8 : 0.5);
  const lines = rng.chance(0.5)
    ? everyday(rng, rng.int(2, 4), rng.pick([3, 5, 8]))
    : [line(rng.pick(RESALE), rng.int(1, 3)), ...everyday(rng, rng.int(1, 3))];
  const d = careful ? device(rng, false, rng.chance(0.4)) : botDevice(rng, botUa(rng));
  return build(rng, {
    kind,
    fraud: true,
    at,
    buyer,
    billing: details ? victim : ship,
    shipping: ship,
    ...(recipient ? { recipient: recipient() } : {}),
    ip: c.ips.draw(exit, 0.15),
    device: d,
    channel: 'web',
    lines,
    method: 'card',
    attempts,
    later: attempts.some((a) => a.ok) ? chargedBack(rng) : [],
  });
}

export const stolenCardForwarder = (rng: Rng, c: FraudCtx, n: number): Purchase[] =>
  Array.from({ length: n }, (_, i) =>
    stolen(rng.fork(`s${i}`), c, 'stolen_card_forwarder', () =>
      lockered(rng, rng.chance(0.6) ? rng.pick(US_RESHIPPERS) : rng.pick(KR_FORWARDERS)),
    ),
  );

/** Mules: real people's homes across the US, hired "to receive parcels", each name different from the card. */
export const reshippingMule = (rng: Rng, c: FraudCtx, n: number): Purchase[] => {
  const mules = Array.from({ length: Math.max(1, Math.ceil(n / 3)) }, () => ({
    home: abroad(rng, market('US')),
    name: foreignName(rng, 'US').display,
  }));
  return Array.from({ length: n }, (_, i) => {
    const mule = rng.pick(mules);
    return stolen(
      rng.fork(`m${i}`),
      c,
      'reshipping_mule',
      () => mule.home,
      () => mule.name,
    );
  });
};

/**
 * Triangulation: a marketplace seller takes real buyers' orders and pays here with stolen cards, shipping to
 * the buyers; the goods arrive, the chargeback follows weeks later. The fraudster's own line shows.
 */
export function triangulation(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  const seller = {
    email: `${rng.token(7, 'abcdefghijklmnopqrstuvwxyz')}.kbeauty.store@gmail.com`,
    id: `M${rng.digits(8)}`,
  };
  const created = c.start - rng.int(20, 90) * DAY;
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const to = r.pick(['MY', 'PH', 'SG', 'US', 'AU', 'GB']);
    const buyerName = foreignName(r, to);
    const victimCountry = r.pick(VICTIM_COUNTRIES);
    const at = orderTime(r, c.w, 7, c.start);
    const c1 = card(r, victimCountry);
    const attempts = stolenAttempts(r, [c1], true, 0.9);
    return build(r, {
      kind: 'triangulation',
      fraud: true,
      at,
      buyer: { ...seller, createdAt: created, name: foreignName(r, victimCountry).display, locale: 'en-US' },
      billing: abroad(r, market(victimCountry)),
      shipping: abroad(r, market(to)),
      recipient: buyerName.display,
      ip: c.ips.draw(r.chance(0.5) ? ownLine(r) : exitFor(r, victimCountry, r.chance(0.5)), 0.1),
      device: device(r, false, false),
      channel: 'web',
      lines: everyday(r, r.int(1, 4)),
      method: 'card',
      attempts,
      later: attempts.some((a) => a.ok) ? chargedBack(r, { warn: 0.25, dispute: 0.75, cancel: 0.03 }) : [],
    });
  });
}

/** Phished Korean cards (delivery-text smishing): keyed in without app authentication, sent to drop flats. */
export function phishedKrCard(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  const drops = Array.from({ length: Math.max(2, Math.ceil(n / 3)) }, () => ({
    ...krAddress(rng),
    city: 'Seoul',
    line1: `${rng.pick(['관악구 신림로', '동작구 노량진로'])} ${rng.int(1, 200)}, ${rng.pick(['고시원', '원룸'])} ${rng.int(101, 420)}호`,
  }));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`p${i}`);
    const at = orderTime(r, c.w, 9, c.start);
    const holder = koreanName(r);
    const fake = koreanName(r);
    const cards = Array.from({ length: r.int(1, 2) }, () => card(r, 'KR'));
    const attempts = stolenAttempts(r, cards, false, 0.65);
    const drop = r.pick(drops);
    const careful = r.chance(0.5);
    return build(r, {
      kind: 'phished_kr_card',
      fraud: true,
      at,
      buyer: {
        id: `M${r.digits(8)}`,
        createdAt: at - Math.floor(r.exp(2 * 3_600_000)) - MINUTE,
        email: throwaway(r, 'random'),
        name: r.chance(0.5) ? holder.display : fake.display,
        locale: 'ko-KR',
      },
      billing: drop,
      shipping: drop,
      ip: c.ips.draw(
        network(careful ? r.pick(['kt-mobile', 'skt-mobile']) : r.pick(['do-sg', 'chinanet', 'aws-seoul'])),
      ),
      device: device(r, false, true),
      channel: 'web',
      lines: [line(r.pick(RESALE)), ...everyday(r, r.int(0, 2), 3)],
      method: 'card',
      attempts,
      later: attempts.some((a) => a.ok) ? chargedBack(r, { warn: 0.5, dispute: 0.45, cancel: 0.1 }) : [],
    });
  });
}
