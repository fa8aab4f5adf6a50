import { basket, byCategory, bySku } from './catalog.js';
import { fraudIp, stolenLabels, victimHome } from './fraud-kit.js';
import { addressIn, cityIn, type Home } from './geo.js';
import { homeIp, hostingIp } from './networks.js';
import { dropTime } from './honest-kit.js';
import { botDevice, device, makeCard, PREPAID } from './cards.js';
import { junkEmail, personName } from './people.js';
import {
  type Address,
  type Card,
  DAY,
  HOUR,
  type Later,
  MINUTE as MIN,
  type Window,
} from '../kit/purchase.js';
import { attempt, avs, type Purchase, between, when } from './purchase.js';
import { type Rng } from './random.js';

/** Fraud that comes in groups: card-testing runs, sneaker-drop bot crews, welcome-offer abuse rings. */

const currencyOf = (c: Home) => (c === 'CA' ? 'CAD' : 'USD');

/** One flat written several ways, so a per-address limit does not see one customer. */
function jig(rng: Rng, a: Address): Address {
  const [base = '', unit = '1A'] = (a.line1 ?? '').split(', Apt ');
  const forms = [
    `${base}, Apt ${unit}`,
    `${base} #${unit}`,
    `${base} Unit ${unit}`,
    `${base.replace(/ St$/, ' Street')} ${unit}`,
    `${unit}-${base}`,
    `${base.toUpperCase()} APT ${unit}`,
  ];
  return { ...a, line1: rng.pick(forms) };
}

function gmailVariant(rng: Rng, local: string, i: number): string {
  const dots = [...local].map((ch, k) => (k > 0 && rng.yes(0.25) ? `.${ch}` : ch)).join('');
  return rng.yes(0.5)
    ? `${dots}@gmail.com`
    : `${local}+${rng.pick(['mn', 'nord', 'shop', 'x'])}${i}@gmail.com`;
}

/** Runs of cheap guest orders on cards from one BIN: night bursts from one server, or a slower daytime drip. */
export function cardTestingRuns(rng: Rng, w: Window, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const r = rng.fork(String(out.length));
    const home: Home = r.yes(0.7) ? 'US' : 'CA';
    const issuer = r.yes(0.85) ? home : 'GB';
    const bin = makeCard(r, issuer);
    const burst = r.yes(0.6);
    const length = Math.min(count - out.length, r.int(4, 20));
    let at = burst ? between(r, w, -5, 1, 5) : when(r, w, -5);
    const serverIp = r.yes(0.65) ? hostingIp(r, r.pick(['US', 'CA', 'NL', 'DE'])) : undefined;
    const dev = botDevice(r);
    const item = bySku(r.pick(['FR-MN-DISC', 'FR-MN-DISC', 'FR-MN-TRAV']));
    for (let i = 0; i < length; i++) {
      const card: Card = { ...bin, last4: r.digits(4), fingerprint: `fp_${r.chars(16)}` };
      const ok = !r.yes(burst ? 0.88 : 0.8);
      const cvc = ok ? 'pass' : r.yes(0.45) ? 'fail' : 'pass';
      const fake = cityIn(r, home);
      const later: Later[] = [];
      if (ok && r.yes(0.3))
        later.push({
          type: 'fraud_warning.created',
          afterMs: r.range(1, 10) * DAY,
          reason: 'made_with_stolen_card',
        });
      if (ok && r.yes(0.15))
        later.push({ type: 'dispute.created', afterMs: r.range(15, 60) * DAY, reason: 'fraudulent' });
      else if (ok && r.yes(0.25))
        later.push({ type: 'refund.created', afterMs: r.range(2, 20) * HOUR, reason: 'fraudulent' });
      out.push({
        at: Math.floor(at),
        fraud: true,
        kind: 'card_testing',
        basket: basket(currencyOf(home), [[item, 1]]),
        buyer: { email: junkEmail(r), name: personName(r, home) },
        billing: addressIn(r, fake),
        shipping: addressIn(r, fake),
        ip: serverIp ?? homeIp(r, home),
        device: r.yes(0.8) ? dev : botDevice(r),
        attempts: [attempt(card, ok, r.int(1, 6) * 1000, avs(card, r.yes(0.7) ? 'fail' : 'partial'), cvc)],
        later,
      });
      at += burst ? r.range(20, 150) * 1000 : r.range(3, 30) * MIN;
    }
  }
  return out;
}

/** Resale crews: many aged accounts hit the limited release within seconds, one jigged address, one card BIN. */
export function sneakerBotCrews(rng: Rng, w: Window, count: number): Purchase[] {
  const out: Purchase[] = [];
  const drop = dropTime(w);
  while (out.length < count) {
    const r = rng.fork(String(out.length));
    const home: Home = r.yes(0.75) ? 'US' : 'CA';
    const size = Math.min(count - out.length, r.int(4, 12));
    const stolen = r.yes(0.35);
    const base = addressIn(r, cityIn(r, home), true);
    const catchAll = r.yes(0.5)
      ? `${r.pick(['kicks', 'cop', 'heat', 'resell'])}${r.chars(4, 'abcdefghijklmnopqrstuvwxyz')}.${r.pick(['io', 'com', 'shop'])}`
      : undefined;
    const owner = personName(r, home);
    const local = owner.toLowerCase().replace(/[^a-z]/g, '');
    const serverIp = r.yes(0.3) ? hostingIp(r, home) : undefined;
    const prepaid = makeCard(r, home, PREPAID[home]);
    for (let i = 0; i < size; i++) {
      const name = r.yes(0.5) ? owner : personName(r, home);
      const card: Card = stolen
        ? makeCard(r, home)
        : { ...prepaid, last4: r.digits(4), fingerprint: `fp_${r.chars(16)}` };
      const at = drop + Math.floor(r.lognormal(25, 0.8) * 1000);
      const ok = !r.yes(stolen ? 0.3 : 0.15);
      const later: Later[] = stolen
        ? stolenLabels(r, ok, 0.4, 0.75)
        : ok && r.yes(0.4)
          ? [{ type: 'order.cancelled', afterMs: r.range(1, 12) * HOUR }]
          : [];
      out.push({
        at,
        fraud: true,
        kind: 'sneaker_bot',
        basket: basket(currencyOf(home), [[r.pick(byCategory('limited_sneakers')), 1]]),
        buyer: {
          id: `cus_${r.digits(7)}`,
          email: catchAll
            ? `${name.split(' ')[0]?.toLowerCase() ?? 'x'}${r.digits(3)}@${catchAll}`
            : gmailVariant(r, local, i),
          name,
          createdAt: at - Math.floor(r.range(1, 25) * DAY),
        },
        billing: stolen ? addressIn(r, cityIn(r, home)) : jig(r, base),
        shipping: jig(r, base),
        ip: serverIp ?? fraudIp(r, home, { proxy: 85, hosting: 15, origin: 0 }),
        device: r.yes(0.6) ? device(r, 'iphone', true) : botDevice(r),
        attempts: [
          attempt(card, ok, r.int(1, 4) * 1000, avs(card, stolen ? 'fail' : r.yes(0.6) ? 'pass' : 'partial')),
        ],
        later,
      });
    }
  }
  return out;
}

/** One person's ring of fresh accounts redeeming the first-order offer: e-mail variants, one phone, one flat. */
export function promoAbuseCrews(rng: Rng, w: Window, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const r = rng.fork(String(out.length));
    const home = victimHome(r);
    const city = cityIn(r, home);
    const owner = personName(r, home);
    const local = owner.toLowerCase().replace(/[^a-z]/g, '');
    const size = Math.min(count - out.length, r.int(3, 8));
    const phone = device(r, r.pick(['iphone', 'android']), true);
    const ip = homeIp(r, home);
    const flat = addressIn(r, city, true);
    const cards = [makeCard(r, home), makeCard(r, home, PREPAID[home])];
    let at = when(r, w, city.tz);
    for (let i = 0; i < size; i++) {
      const card = r.yes(0.6) ? (cards[0] as Card) : r.yes(0.5) ? (cards[1] as Card) : makeCard(r, home);
      const item = r.pick([
        ...byCategory('fragrance').filter((x) => x.usd > 10000),
        ...byCategory('small_leather'),
      ]);
      out.push({
        at: Math.floor(at),
        fraud: true,
        kind: 'promo_abuse',
        basket: basket(currencyOf(home), [[item, 1]]),
        buyer: {
          id: `cus_${r.digits(7)}`,
          email: r.yes(0.8) ? gmailVariant(r, local, i) : junkEmail(r),
          name: r.yes(0.6) ? owner : personName(r, home),
          createdAt: Math.floor(at) - r.int(1, 15) * MIN,
        },
        billing: jig(r, flat),
        shipping: jig(r, flat),
        ip: r.yes(0.65) ? ip : homeIp(r, home),
        device: r.yes(0.6) ? phone : device(r),
        attempts: [
          attempt(card, !r.yes(0.05), r.int(3, 20) * 1000, avs(card, r.yes(0.5) ? 'pass' : 'partial')),
        ],
        later: r.yes(0.3)
          ? [{ type: 'order.cancelled', afterMs: r.range(1, 20) * HOUR }]
          : r.yes(0.1)
            ? [{ type: 'refund.created', afterMs: r.range(5, 25) * DAY, reason: 'requested_by_customer' }]
            : [],
      });
      at = Math.min(w.end - 1, at + r.range(10, 300) * MIN);
    }
  }
  return out;
}
