import { type Rng } from '../kit/random.js';
import { anyHour, placedAt, smallHours, TZ } from './calendar.js';
import { type Decline, type HeldCard, newCard } from './cards.js';
import { linesOf, pickLines } from './catalogue.js';
import { HOLDER_ADDRESSES, holderOf } from './fraud-kit.js';
import { ipOn } from './networks.js';
import { accountOf, deviceOf, HEADLESS } from './people.js';
import { addressIn, DROPS } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  fulfilment,
  HOUR,
  type LaterEvent,
  MINUTE,
  paid,
  type Purchase,
  purchaseOf,
  unpaidRelease,
} from './purchase.js';
import { accountBuyer, guest, type World } from './world.js';

/** Fraud paid for with other people's cards: resale of stolen-card oud, card testing, sanctioned buyers. */

/** Labels that arrive weeks later, when they arrive at all: the issuer's warning, the cardholder's dispute. */
function stolenCardLabels(rng: Rng, after: number, warn: number, dispute: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: after + rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: after + rng.int(15, 60) * DAY, reason: 'fraudulent' });
  return out;
}

/**
 * Stolen cards buying the dearest oud oils, royal gift chests and e-gift cards for resale. Half are foreign
 * cards (American, British, Canadian, German) bought with the holder's address, run through Saudi residential
 * proxies, hosting exits or from abroad, with a few declines first; the rest are Saudi and Gulf cards whose
 * OTP was phished by SMS ("your parcel is held at customs"), which pass 3-D Secure and look like anyone.
 * Parcels go to drop flats in Riyadh, Jeddah, Dammam and Dubai, or to a mule's address.
 */
export function stolenCardResale(rng: Rng, w: World): Purchase {
  const foreign = rng.chance(0.5);
  const cardCountry = foreign
    ? rng.weightedPick([
        ['US', 5],
        ['GB', 3],
        ['CA', 1],
        ['DE', 1],
      ] as const)
    : rng.weightedPick([
        ['SA', 7],
        ['AE', 2],
        ['KW', 1],
      ] as const);
  const card = newCard(rng, cardCountry, cardCountry === 'SA' && rng.chance(0.4) ? 'mada' : 'credit');
  const holder = holderOf(rng, foreign);
  const billing = cardCountry === 'SA' ? addressIn(rng, 'SA') : rng.pick(HOLDER_ADDRESSES[cardCountry] ?? []);
  const net = foreign
    ? rng.weightedPick([
        ['sa-fibre', 3],
        ['sa-mobile-2', 2],
        ['us-hosting', 2],
        ['de-hosting', 1],
        ['nl-hosting', 1],
        [cardCountry === 'GB' ? 'gb-fixed' : 'us-fixed', 1],
        ['ng-mobile', 1],
        ['pk-mobile', 1],
      ] as const)
    : rng.pick(['sa-mobile-1', 'sa-mobile-2', 'sa-mobile-3', 'sa-fibre']);
  const digital = rng.chance(0.25);
  const lines = digital
    ? pickLines(rng, 'resale_digital', rng.int(1, 2), 5)
    : pickLines(rng, 'resale', rng.int(1, 2), 4);
  const at = placedAt(rng, w.window, TZ, rng.chance(0.5) ? smallHours : undefined);
  const opened = rng.chance(0.4) ? accountOf(rng, at - rng.int(5, 120) * MINUTE, 'SA') : undefined;
  if (opened) Object.assign(opened, { name: holder.name, email: holder.email });
  const p = purchaseOf({
    at,
    fraud: true,
    kind: 'stolen_card_resale',
    buyer: opened ? accountBuyer(opened) : guest(holder),
    phone: holder.phone,
    billing,
    shipping: rng.chance(0.7)
      ? rng.pick(DROPS)
      : addressIn(rng, 'SA', rng.pick(['Riyadh', 'Jeddah', 'Dammam'])),
    ip: ipOn(rng, net),
    device: deviceOf(rng, rng.pick(['desktop', 'web_iphone', 'web_android', 'app_ios'] as const)),
    lines,
    delivery: rng.chance(0.5) ? 'express' : 'standard',
    method: 'card',
    locale: foreign ? 'en' : 'ar',
  });
  const attempts: Attempt[] = [];
  let after = firstAuth(rng);
  if (rng.chance(0.35))
    for (let i = rng.int(1, 3); i > 0; i--) {
      const tried = newCard(rng, cardCountry, 'credit');
      const decline = rng.pick<Decline>([
        'stolen_card',
        'do_not_honor',
        'insufficient_funds',
        'authentication_failed',
        'lost_card',
      ]);
      attempts.push(
        cardAttempt(rng, tried, { ok: false, decline, afterMs: after, avsMatch: rng.chance(0.7) }),
      );
      after = rng.int(20_000, 3 * MINUTE);
    }
  const ok = rng.chance(0.85);
  attempts.push(
    cardAttempt(rng, card, {
      ok,
      ...(ok ? {} : { decline: rng.pick<Decline>(['stolen_card', 'do_not_honor']) }),
      afterMs: after,
      avsMatch: rng.chance(0.8),
      ...(foreign ? {} : { threeDS: 'challenge_passed' as const }),
    }),
  );
  p.attempts = attempts;
  if (!paid(p)) p.later = unpaidRelease(rng, attempts);
  else if (rng.chance(0.08))
    p.later = [{ type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'suspected_fraud' }];
  else {
    const f = fulfilment(rng, p);
    p.later = [...f.steps, ...stolenCardLabels(rng, 0, 0.35, foreign ? 0.7 : 0.55)];
  }
  return p;
}

/**
 * Card testing: bots run lists of foreign cards of one BIN through the cheapest product (a SAR 15 sample
 * vial) as guests, seconds apart, from hosting exits that rotate; most are declined; a few that pass are
 * cancelled by the store or shipped to nobody.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(6, 18));
    const country = rng.weightedPick([
      ['US', 5],
      ['GB', 2],
      ['CA', 1],
      ['AE', 1],
    ] as const);
    const base = newCard(rng, country, 'credit');
    const cardOfBin = (): HeldCard => ({ ...base, last4: rng.digits(4), fingerprint: `fp_${rng.token(16)}` });
    const headless = rng.chance(0.6);
    const device = deviceOf(rng, 'desktop');
    const net = rng.pick(['us-hosting', 'de-hosting', 'nl-hosting'] as const);
    let at = placedAt(rng, w.window, TZ, rng.chance(0.7) ? smallHours : anyHour);
    const address = addressIn(rng, 'SA', 'Riyadh');
    for (let i = 0; i < size; i++) {
      at += rng.int(15, 140) * 1000;
      const who = holderOf(rng, true);
      const p = purchaseOf({
        at,
        fraud: true,
        kind: 'card_testing',
        buyer: guest(who),
        phone: who.phone,
        billing: rng.pick(HOLDER_ADDRESSES[country] ?? []),
        shipping: address,
        ip: ipOn(rng, net),
        device: headless
          ? { userAgent: HEADLESS }
          : { userAgent: device.userAgent, id: `dev_${rng.token(20)}` },
        lines: rng.chance(0.75) ? linesOf(['vial', 1]) : linesOf(['tester', 1]),
        delivery: 'standard',
        method: 'card',
        locale: 'en',
      });
      const tries = rng.int(1, 3);
      let after = rng.int(3_000, 12_000);
      for (let t = 0; t < tries; t++) {
        const ok = t === tries - 1 && rng.chance(0.18);
        const decline = rng.pick<Decline>([
          'incorrect_cvc',
          'do_not_honor',
          'stolen_card',
          'expired_card',
          'insufficient_funds',
          'incorrect_cvc',
        ]);
        p.attempts.push(
          cardAttempt(rng, cardOfBin(), {
            ok,
            ...(ok ? {} : { decline }),
            afterMs: after,
            avsMatch: rng.chance(0.3),
          }),
        );
        after = rng.int(2_000, 9_000);
      }
      if (!paid(p)) p.later = unpaidRelease(rng, p.attempts);
      else if (rng.chance(0.5))
        p.later = [{ type: 'order.cancelled', afterMs: rng.int(1, 10) * HOUR, reason: 'suspected_fraud' }];
      else p.later = [...fulfilment(rng, p).steps, ...stolenCardLabels(rng, 0, 0.3, 0.25)];
      out.push(p);
    }
  }
  return out;
}

const PERSIAN = [
  'Reza Ahmadi',
  'Mehdi Karimi',
  'Sara Hosseini',
  'Ali Rezaei',
  'Maryam Mohammadi',
  'Hamid Moradi',
];
const SYRIAN = ['Omar Al-Halabi', 'Rami Haddad', 'Lina Al-Khatib', 'Yaser Al-Shami', 'Hiba Darwish'];
const SY_ADDRESSES = [
  { country: 'SY', city: 'Damascus', line1: 'Al Mazzeh, Fayez Mansour St, Bldg 14' },
  { country: 'SY', city: 'Aleppo', line1: 'Al Aziziyah, Baron St 22' },
  { country: 'SY', city: 'Homs', line1: 'Al Waer, Block 7' },
];

/**
 * Buyers tied to Iran or Syria: Iranians ordering from Iran to a Dubai forwarder with an Emirati or Turkish
 * card held for them; Syrian expatriates in the Kingdom sending Eid gifts home to Damascus or Aleppo with a
 * mada card; Syrians at home paying with a relative's Gulf card. The store's compliance check cancels some
 * (refunding any payment); the courier cannot take parcels to Syria.
 */
export function sanctionedCountry(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick([
    ['iran_forwarder', 4],
    ['syria_gift', 4],
    ['syria_home', 2],
  ] as const);
  const at = placedAt(rng, w.window, variant === 'iran_forwarder' ? 3.5 : TZ);
  const iran = variant === 'iran_forwarder';
  const name = rng.pick(iran ? PERSIAN : SYRIAN);
  const [first = 'x', last = 'y'] = name.toLowerCase().replace(/al-/, '').split(' ');
  const person = {
    name,
    email: `${first}.${last}${rng.digits(2)}@gmail.com`,
    phone: iran ? `+98912${rng.digits(7)}` : `+9665${rng.digits(8)}`,
  };
  const expat =
    variant === 'syria_gift' ? accountOf(rng, w.window.start - rng.int(60, 1500) * DAY, 'SA') : undefined;
  if (expat)
    Object.assign(expat, { name: person.name, email: person.email, phone: person.phone, expat: undefined });
  const cardCountry = variant === 'syria_gift' ? 'SA' : rng.pick(['AE', 'TR', 'KW']);
  const card = expat?.cards[0] ?? newCard(rng, cardCountry, 'credit');
  const shipping = iran
    ? (rng.pick(DROPS.filter((d) => d.country === 'AE')) ?? addressIn(rng, 'AE'))
    : rng.pick(SY_ADDRESSES);
  const p = purchaseOf({
    at,
    fraud: true,
    kind: 'sanctioned_country',
    buyer: expat ? accountBuyer(expat) : guest(person),
    phone: person.phone,
    billing: expat
      ? expat.home
      : iran
        ? (HOLDER_ADDRESSES.AE?.[0] ?? addressIn(rng, 'AE'))
        : rng.pick(SY_ADDRESSES),
    shipping,
    ip: ipOn(
      rng,
      variant === 'iran_forwarder'
        ? 'ir-mobile'
        : variant === 'syria_home'
          ? 'sy-fixed'
          : (expat?.mobile ?? 'sa-mobile-1'),
    ),
    device: expat
      ? rng.pick(expat.devices)
      : deviceOf(rng, rng.pick(['web_android', 'web_iphone', 'desktop'] as const)),
    lines: pickLines(rng, rng.chance(0.5) ? 'connoisseur' : 'eid_gifts', rng.int(1, 3), 2),
    delivery: 'standard',
    method: card.brand === 'mada' ? 'mada' : 'card',
    ...(variant === 'syria_gift' ? { giftNote: 'كل عام وأنتم بخير يا أمي' } : {}),
    locale: iran ? 'en' : 'ar',
  });
  const ok = rng.chance(0.85);
  p.attempts = [
    cardAttempt(rng, card, {
      ok,
      ...(ok ? {} : { decline: rng.pick<Decline>(['do_not_honor', 'transaction_not_permitted']) }),
      afterMs: firstAuth(rng),
    }),
  ];
  if (!paid(p)) p.later = unpaidRelease(rng, p.attempts);
  else if (shipping.country === 'SY' || rng.chance(0.4))
    p.later = [
      {
        type: 'order.cancelled',
        afterMs: rng.int(3, 40) * HOUR,
        reason: shipping.country === 'SY' ? 'shipping_restricted' : 'compliance_review',
      },
    ];
  else p.later = fulfilment(rng, p).steps;
  return p;
}
