import { type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newcomer, purchaseOf, type World } from './build.js';
import { momentIn, RAMADAN_NIGHTS, SMALL_HOURS } from './calendar.js';
import { batchBins, type Decline, type IssuerCountry, newCard, testerDecline } from './cards.js';
import { basketOf, CATALOGUE, pickLines, RANGES } from './catalogue.js';
import { homeNetwork, type NetworkName, vpnExit } from './networks.js';
import { burnerEmail, deviceOf, emailFor, type Person, person, phoneFor } from './people.js';
import { metroHome, townHome } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  deliveryFor,
  fulfil,
  HOUR,
  isPaid,
  lastOf,
  type LaterEvent,
  type Purchase,
  releaseUnpaid,
  type Storefront,
} from './purchase.js';

/** Fraud on stolen cards: testing, foreign cards spent on parcels to Pakistan, triangulation. */

const WESTERN_FIRST = [
  'James',
  'Emily',
  'Oliver',
  'Sophie',
  'Daniel',
  'Charlotte',
  'Michael',
  'Jessica',
  'David',
  'Sarah',
  'Robert',
  'Laura',
  'Chris',
  'Megan',
];
const WESTERN_LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Walker',
  'Miller',
  'Anderson',
  'Clarke',
  'Martin',
  'Tremblay',
];

/** A card's owner: mostly strangers abroad, a quarter Pakistanis of the diaspora (phished by WhatsApp). */
function cardOwner(rng: Rng): Person {
  if (rng.chance(0.25)) return person(rng);
  const first = rng.pick(WESTERN_FIRST);
  const last = rng.pick(WESTERN_LAST);
  return { first, last, name: `${first} ${last}` };
}

/** A run of stolen cards until one goes through: OTP-challenged issuers mostly stop it, US issuers rarely. */
function stolenAttempts(rng: Rng, cards: readonly Card[], storefront: Storefront): Attempt[] {
  const out: Attempt[] = [];
  for (const card of cards) {
    const challenged = ['GB', 'AE', 'SA', 'PK'].includes(card.country);
    const ok = rng.chance(challenged ? 0.3 : 0.8);
    const decline: Decline = challenged
      ? 'authentication_failed'
      : rng.pick(['do_not_honor', 'stolen_card', 'insufficient_funds']);
    out.push(
      cardAttempt(rng, card, storefront, {
        ok,
        afterMs: out.length ? rng.int(40, 240) * 1000 : rng.int(20, 70) * 1000,
        ...(ok ? {} : { decline }),
      }),
    );
    if (ok) break;
  }
  return out;
}

/** After a stolen card went through: sometimes caught, else delivered and charged back. */
export function chargedBack(rng: Rng, delivered: LaterEvent[], warn: number, dispute: number): LaterEvent[] {
  const later = [...delivered];
  const end = lastOf(delivered);
  if (rng.chance(warn)) later.push({ type: 'fraud_warning.created', afterMs: end + rng.int(3, 18) * DAY });
  if (rng.chance(dispute))
    later.push({ type: 'dispute.created', afterMs: end + rng.int(18, 60) * DAY, reason: 'fraudulent' });
  return later;
}

export const caught = (rng: Rng, reason = 'suspected_fraud'): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason },
];

/** Testing stolen card numbers on the cheapest item, as guests from VPN exits at night, in bursts on a few BINs. */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const bursts = Math.min(n, rng.int(1, 3));
  const out: Purchase[] = [];
  for (let b = 0; b < bursts; b++) {
    const r = rng.fork(`burst${b}`);
    const size = b === bursts - 1 ? n - out.length : Math.floor(n / bursts);
    const issuer = r.weightedPick<IssuerCountry>([
      ['US', 60],
      ['GB', 25],
      ['CA', 15],
    ]);
    const bins = batchBins(r, issuer, 2);
    const used = deviceOf(r, r.chance(0.6) ? 'desktop' : 'android', 'web');
    const network: NetworkName = r.chance(0.7) ? vpnExit(r) : 'pk_mobile_a';
    let t = momentIn(r, w.window, { profile: 'even', tz: 5, hours: SMALL_HOURS });
    for (let i = 0; i < size; i++) {
      t = Math.min(w.window.end - 1, t + r.int(15, 150) * 1000);
      const who = newcomer(r, 'PK', t, { email: burnerEmail(r, person(r)) });
      const basket = basketOf(pickLines(r, RANGES.cheapest, 1, 'PKR'), 'PKR', 'courier', 'PK');
      const attempts: Attempt[] = [];
      for (let k = r.int(1, 3); k > 0; k--) {
        const ok = k === 1 && r.chance(0.12);
        attempts.push(
          cardAttempt(r, newCard(r, issuer, bins), 'pk', {
            ok,
            afterMs: r.int(4, 20) * 1000,
            match: 'none',
            ...(ok ? {} : { decline: testerDecline(r) }),
          }),
        );
      }
      const later = isPaid(attempts)
        ? r.chance(0.7)
          ? caught(r)
          : chargedBack(r, fulfil(r, deliveryFor('courier', 'card', who.home.address.city, false)), 0.8, 0.2)
        : [releaseUnpaid(r, attempts)];
      out.push(
        purchaseOf(r, {
          at: t,
          kind: 'card_testing',
          fraud: true,
          who,
          basket,
          storefront: 'pk',
          method: 'card',
          fulfilment: 'courier',
          attempts,
          later,
          used,
          network,
        }),
      );
    }
  }
  return out;
}

/**
 * A foreign card stolen with its owner's name and address, spent on formals shipped to Pakistan: on the rupee
 * storefront, where nobody asks for AVS, looking like family abroad sending Eid outfits home.
 */
export function stolenCardGiftHome(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`s${i}`);
    const issuer = r.weightedPick<'US' | 'GB' | 'CA' | 'AE'>([
      ['US', 45],
      ['GB', 30],
      ['CA', 15],
      ['AE', 10],
    ]);
    const owner = cardOwner(r);
    const at = momentIn(r, w.window, { profile: 'even', tz: 5, hours: RAMADAN_NIGHTS });
    const email = r.chance(0.5) ? burnerEmail(r, owner) : emailFor(r, owner, issuer);
    const who = newcomer(r, issuer, at, { person: owner, email, register: r.chance(0.3) });
    const dest = r.chance(0.6) ? townHome(r) : metroHome(r);
    const lines = pickLines(
      r,
      [...RANGES.formal, ...RANGES.formalUnstitched, CATALOGUE.lawnSilk],
      r.int(2, 5),
      'PKR',
    );
    const basket = basketOf(lines, 'PKR', 'courier', 'PK');
    const cards = [newCard(r, issuer), newCard(r, r.chance(0.5) ? issuer : 'US')].slice(0, r.int(1, 2));
    const attempts = stolenAttempts(r, cards, 'pk');
    const later = !isPaid(attempts)
      ? [releaseUnpaid(r, attempts)]
      : r.chance(0.1)
        ? caught(r)
        : chargedBack(r, fulfil(r, deliveryFor('courier', 'card', dest.address.city, false)), 0.45, 0.75);
    const network: NetworkName = r.chance(0.25)
      ? issuer === 'GB'
        ? 'vpn_gb'
        : 'vpn_us'
      : homeNetwork(r, 'PK', 0.75);
    return purchaseOf(r, {
      at,
      kind: 'stolen_card_gift_home',
      fraud: true,
      who,
      basket,
      storefront: 'pk',
      method: 'card',
      fulfilment: 'courier',
      attempts,
      later,
      used: deviceOf(r, 'android'),
      network,
      shipping: dest.address,
      recipient: person(r).name,
      phone: phoneFor(r, 'PK'),
      ...(r.chance(0.3) ? { giftMessage: 'Eid Mubarak' } : {}),
    });
  });
}

/**
 * An Instagram page selling "original" lawn at a discount takes real shoppers' orders and places them here with
 * stolen foreign cards, each to the shopper's own name and address, from the ring's phone and e-mail.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  const rings = n >= 6 ? 2 : 1;
  const out: Purchase[] = [];
  for (let g = 0; g < rings; g++) {
    const r = rng.fork(`ring${g}`);
    const size = g === rings - 1 ? n - out.length : Math.floor(n / rings);
    const used = deviceOf(r, 'android', 'web');
    const network: NetworkName = r.pick(['pk_mobile_a', 'pk_mobile_b']);
    const handle = r.pick(['lawn.outlet', 'brandedlawn.pk', 'eid.lawn.sale', 'original.lawn.hub']);
    const emails = [
      `${handle.replace(/\./g, '')}${r.digits(2)}@gmail.com`,
      `${handle.replace(/\./g, '_')}@gmail.com`,
    ];
    const ringPhone = phoneFor(r, 'PK');
    for (let i = 0; i < size; i++) {
      const at = momentIn(r, w.window, { profile: 'unstitched', tz: 5, hours: RAMADAN_NIGHTS });
      const who = newcomer(r, 'PK', at, { email: r.pick(emails) });
      const basket = basketOf(pickLines(r, RANGES.launchLawn, r.int(1, 2), 'PKR'), 'PKR', 'courier', 'PK');
      const issuer = r.weightedPick<IssuerCountry>([
        ['US', 50],
        ['GB', 20],
        ['CA', 15],
        ['AE', 15],
      ]);
      const attempts = stolenAttempts(r, [newCard(r, issuer), newCard(r, 'US')], 'pk');
      const later = isPaid(attempts)
        ? chargedBack(r, fulfil(r, deliveryFor('courier', 'card', who.home.address.city, false)), 0.35, 0.65)
        : [releaseUnpaid(r, attempts)];
      out.push(
        purchaseOf(r, {
          at,
          kind: 'triangulation',
          fraud: true,
          who,
          basket,
          storefront: 'pk',
          method: 'card',
          fulfilment: 'courier',
          attempts,
          later,
          used,
          network,
          ...(r.chance(0.3) ? { phone: ringPhone } : {}),
        }),
      );
    }
  }
  return out;
}
