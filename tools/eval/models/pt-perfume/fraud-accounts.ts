import { accountBuyer, type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketBetween, FOR_HER, mothersName, noteFor, presentLines } from './baskets.js';
import { type HeldCard, newCard } from './cards.js';
import { everydayDemand, giftDemand, nightHours, when } from './calendar.js';
import { bySku, type Category, DESIGNER, GIFT_SETS, lineOf, NICHE, priced, RESALE } from './catalogue.js';
import {
  assemble,
  buyerOf,
  connectFrom,
  type Delivery,
  deliveryTo,
  localeOf,
  transitTo,
  type World,
} from './checkout.js';
import {
  fitted,
  fraudAfter,
  fraudGadget,
  groups,
  holderIn,
  type Route,
  routeNet,
  stolenTries,
} from './fraud-kit.js';
import { fullName } from './names.js';
import { ipOn, network } from './networks.js';
import { type Account, gadget, person, shownDevice } from './people.js';
import { DROPS, FORWARDERS, homeAbroad, type Market, METRO, pickupIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
} from './purchase.js';
import { type BasketLine } from '../kit/purchase.js';

/** Fraud through accounts and by the buyers themselves, and orders touching sanctioned jurisdictions. */

/**
 * Loyalty account takeover: an aged account with points, its password from another site's leak, logged into from
 * a new browser on a proxy or a phone line; every point spent on a resale bottle, paid with the saved card (or the
 * attacker's own stolen one when the saved card asks for a code), sent to a locker, or to the owner's home and
 * redirected an hour later. The owner complains; the shop refunds or the bank charges back.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = (a: Account) => a.createdAt < w.window.start - 60 * DAY;
  const pool = [
    ...w.people.bySegment.local,
    ...w.people.bySegment.market,
    ...w.people.bySegment.diaspora,
    ...w.people.bySegment.luxury,
  ].filter(aged);
  const rich = pool.filter((a) => a.points >= 800);
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`ato${i}`);
    const a: Account =
      (rich.length && r.chance(0.8) ? r.pick(rich) : pool.length ? r.pick(pool) : undefined) ??
      person(r, { origin: 'pt', residence: 'PT', segment: 'local' }, w.window.start - 400 * DAY);
    const at = when(r, w.window, 1, everydayDemand, (h) => 0.25 + 0.75 * nightHours(h));
    const route = r.weightedPick<Route>([
      ['hosting', 45],
      ['pt_mobile', 30],
      ['abroad', 25],
    ]);
    const lines = r
      .shuffle(RESALE)
      .slice(0, r.int(1, 2))
      .map((sku) => lineOf(bySku(sku)));
    const mode = r.next();
    // Redirecting a parcel already under way only works inside Portugal; abroad, straight to a Lisbon locker.
    const redirect = mode >= 0.75 && a.residence === 'PT';
    const delivery: Delivery = redirect
      ? { fulfilment: 'ctt_standard', shipping: a.home, transit: transitTo(a.home, 'ctt_standard') }
      : mode < 0.5 || a.residence !== 'PT'
        ? (() => {
            const ship = pickupIn(r, 'PT', r.pick(METRO));
            return {
              fulfilment: 'pickup_point',
              shipping: ship,
              transit: transitTo(ship, 'pickup_point'),
            } as Delivery;
          })()
        : (() => {
            const ship = { ...r.pick(DROPS.filter((d) => d.country === 'PT')) };
            return {
              fulfilment: 'ctt_standard',
              shipping: ship,
              transit: transitTo(ship, 'ctt_standard'),
            } as Delivery;
          })();
    const basket = priced(lines, {
      currency: 'EUR',
      fulfilment: delivery.fulfilment,
      ...(delivery.shipping ? { to: delivery.shipping } : {}),
      points: a.points,
    });
    const saved = a.cards[0];
    const attempts: Attempt[] = [];
    if (saved && r.chance(0.5)) {
      const passes = r.chance(0.55);
      attempts.push(
        cardAttempt(r, saved, basket.amount, {
          entry: 'saved',
          ok: passes,
          afterMs: firstAuth(r),
          threeDS: passes ? 'frictionless' : 'challenge_failed',
          ...(passes ? {} : { decline: 'authentication_failed' as const }),
        }),
      );
    }
    if (!attempts.some((x) => x.ok)) {
      const own = holderIn(r, r.pick(['PT', 'US', 'GB', 'FR']));
      attempts.push(
        ...stolenTries(r, [own.card], basket.amount, {
          phished: 0.5,
          match: 'none',
          first: attempts.length ? 60_000 : firstAuth(r),
        }),
      );
    }
    const later: LaterEvent[] = [];
    if (redirect) {
      const locker = pickupIn(r, 'PT', r.pick(METRO));
      later.push({
        type: 'order.updated',
        afterMs: r.int(40, 300) * MINUTE,
        shipping: locker,
        reason: 'delivery_address_changed',
      });
    }
    if (r.chance(0.2)) {
      const t = r.int(2, 10) * HOUR;
      later.push(
        { type: 'order.cancelled', afterMs: t, reason: 'account_compromised' },
        { type: 'refund.created', afterMs: t + HOUR, reason: 'fraudulent' },
      );
    } else {
      later.push(...fraudAfter(r, delivery, { review: 0, warn: 0.2, dispute: 0.45, disputable: true }));
      if (!later.some((l) => l.type === 'dispute.created') && r.chance(0.5))
        later.push({ type: 'refund.created', afterMs: r.int(2, 8) * DAY, reason: 'fraudulent' });
    }
    return assemble({
      at,
      kind: 'account_takeover',
      fraud: true,
      buyer: accountBuyer(a),
      billing: a.home,
      delivery,
      basket,
      attempts,
      later,
      connection: {
        ip: ipOn(r, routeNet(r, route)),
        device: shownDevice(r, fraudGadget(r)),
        channel: r.chance(0.15) ? 'app' : 'web',
      },
      locale: 'pt-PT',
    });
  });
}

/**
 * Friendly fraud: a real customer, on their own phone, card and address, who later tells the bank the parcel never
 * came, the order was not theirs, or the box was empty, after it was delivered and signed for.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  const pool = [...w.people.bySegment.local, ...w.people.bySegment.market, ...w.people.bySegment.diaspora];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`ff${i}`);
    const found = pool.length && r.chance(0.75) ? r.pick(pool) : undefined;
    const a = found ?? person(r, { origin: 'pt', residence: 'PT', segment: 'local' }, w.window.start);
    const signedIn = found !== undefined;
    const market = (
      ['PT', 'ES', 'FR', 'LU', 'BE', 'CH'].includes(a.residence) ? a.residence : 'PT'
    ) as Market;
    const at = when(r, w.window, 1, (t) => giftDemand(t, 'PT', 2));
    const delivery = deliveryTo(r, a.home, { shops: false });
    const lines = r.chance(0.6) ? presentLines(r, 0.5) : [lineOf(r.pick([...NICHE.slice(0, 8), ...FOR_HER]))];
    const basket = priced(lines, {
      currency: delivery.shipping?.country === 'CH' ? 'CHF' : 'EUR',
      fulfilment: delivery.fulfilment,
      ...(delivery.shipping ? { to: delivery.shipping } : {}),
    });
    const card = r.pick(a.cards);
    const how = r.weightedPick<'card' | 'wallet' | 'paypal' | 'klarna'>([
      ['card', 55],
      ['wallet', 15],
      ['paypal', 20],
      ['klarna', 10],
    ]);
    const attempts: Attempt[] =
      how === 'paypal' || how === 'klarna'
        ? [other(how, true, firstAuth(r) + r.int(20_000, 80_000))]
        : [
            cardAttempt(r, card, basket.amount, {
              ok: true,
              afterMs: firstAuth(r),
              entry: how === 'wallet' ? 'wallet' : signedIn && r.chance(0.5) ? 'saved' : 'typed',
            }),
          ];
    const ship = r.int(6, 30) * HOUR;
    const arrive = ship + r.float(delivery.transit[0], delivery.transit[1]) * DAY;
    const later: LaterEvent[] = [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      delivery.fulfilment === 'pickup_point'
        ? { type: 'order.updated', afterMs: arrive, status: 'collected' }
        : { type: 'order.updated', afterMs: arrive, status: 'delivered' },
      {
        type: 'dispute.created',
        afterMs: arrive + r.int(20, 70) * DAY,
        reason: r.weightedPick<string>([
          ['product_not_received', 45],
          ['fraudulent', 35],
          ['product_unacceptable', 20],
        ]),
      },
    ];
    return assemble({
      at,
      kind: 'friendly_fraud',
      fraud: true,
      buyer: buyerOf(a, signedIn),
      billing: a.home,
      delivery,
      basket,
      attempts,
      later,
      connection: connectFrom(r, a),
      locale: localeOf(r, a, market),
    });
  });
}

/** The same street written the way a serial claimant varies it between accounts. */
function variant(rng: Rng, a: Address): Address {
  const line = a.line1 ?? '';
  const v = rng.pick([
    line,
    line.replace(/^Rua /, 'R. '),
    line.replace(/,/g, ''),
    line.replace(/º/g, 'o').replace(/\./g, ''),
    line.replace(/^Avenida /, 'Av. ').toUpperCase(),
  ]);
  return { ...a, line1: v };
}

/**
 * Refund abuse: a few people, each with several accounts on one device and one address written differently,
 * claiming the expensive bottle arrived broken, the box empty or an item missing, and getting their money back.
 */
export function refundAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  groups(rng, n, 2, 4).forEach((size, g) => {
    const r0 = rng.fork(`claimant${g}`);
    const self = person(
      r0,
      { origin: 'pt', residence: 'PT', cities: METRO, segment: 'local' },
      w.window.start - r0.int(5, 150) * DAY,
    );
    const accounts = Array.from({ length: r0.int(1, 3) }, (_, k) =>
      k === 0
        ? self
        : {
            ...self,
            id: `c_${r0.digits(9)}`,
            email: `${self.email.split('@')[0] ?? 'x'}${r0.digits(2)}@gmail.com`,
            createdAt: w.window.start - r0.int(2, 60) * DAY,
          },
    );
    for (let i = 0; i < size; i++) {
      const r = r0.fork(`o${i}`);
      const a = r.pick(accounts);
      const at = when(r, w.window, 1, everydayDemand);
      const home = variant(r, self.home);
      const delivery = deliveryTo(r, home, { shops: false });
      const lines: BasketLine<Category>[] = [
        lineOf(r.pick([...NICHE.filter((p) => p.price >= 15_000), ...DESIGNER])),
      ];
      if (r.chance(0.4)) lines.push(lineOf(r.pick(DESIGNER)));
      const basket = priced(lines, {
        currency: 'EUR',
        fulfilment: delivery.fulfilment,
        ...(delivery.shipping ? { to: delivery.shipping } : {}),
      });
      const ship = r.int(6, 30) * HOUR;
      const arrive = ship + r.float(delivery.transit[0], delivery.transit[1]) * DAY;
      const later: LaterEvent[] = [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        {
          type: 'order.updated',
          afterMs: arrive,
          status: delivery.fulfilment === 'pickup_point' ? 'collected' : 'delivered',
        },
        {
          type: 'refund.created',
          afterMs: arrive + r.int(1, 6) * DAY,
          reason: r.weightedPick<string>([
            ['item_missing', 40],
            ['damaged_in_transit', 30],
            ['empty_box', 30],
          ]),
          amount: Math.round(basket.amount * r.float(0.7, 1)),
        },
      ];
      out.push(
        assemble({
          at,
          kind: 'refund_abuse',
          fraud: true,
          buyer: accountBuyer(a),
          billing: home,
          delivery,
          basket,
          attempts: honestPay(
            r,
            { cards: self.cards, bank: 'PT', mbway: self.mbway, signedIn: true, known: true },
            { amount: basket.amount, giftCards: false, multibanco: true },
            0,
          ),
          later,
          connection: connectFrom(r, a, self.devices[0]),
          locale: 'pt-PT',
        }),
      );
    }
  });
  return out;
}

/**
 * Promo abuse: one person farming the welcome and referral codes (and the free mini that comes with them)
 * through accounts opened minutes apart, e-mail aliases of one mailbox, the same phone or laptop, home line, card
 * or MB Way, and the same door or locker.
 */
export function promoAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  groups(rng, n, 3, 8).forEach((size, g) => {
    const f = rng.fork(`farm${g}`);
    const self = person(
      f,
      { origin: 'pt', residence: 'PT', cities: METRO, segment: 'local' },
      w.window.start - 200 * DAY,
    );
    const [local = 'cliente', domain = 'gmail.com'] = self.email.split('@');
    const device = self.devices[0] ?? gadget(f);
    const card: HeldCard = self.cards[0] ?? newCard(f, 'PT');
    const mbway = f.chance(0.5);
    const referral = `AMIGA-${f.token(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`;
    const door = f.chance(0.5) ? self.home : pickupIn(f, 'PT', self.home.city);
    let gap = 0;
    const offsets = Array.from({ length: size }, (_, i) =>
      i === 0 ? 0 : (gap += f.chance(0.75) ? f.int(4, 40) * MINUTE : f.int(1, 4) * DAY),
    );
    const times = fitted(w.window, when(f, w.window, 1, everydayDemand), offsets);
    for (let i = 0; i < size; i++) {
      const r = f.fork(`o${i}`);
      const t = times[i] ?? w.window.start;
      const email = r.pick([
        `${local}+${i + 2}@${domain}`,
        `${local.slice(0, 1)}.${local.slice(1)}@${domain}`,
        `${local}${r.digits(2)}@${domain}`,
        `${local.replace('.', '')}.${i}@${domain}`,
      ]);
      const name = r.chance(0.6) ? self.name : fullName(r, 'pt', 0.7);
      const account = { id: `c_${r.digits(9)}`, email, name, createdAt: t - r.int(2, 25) * MINUTE };
      const shipping =
        door.line1?.startsWith('Locker') || door.line1?.includes('Pickup') || door.line1?.startsWith('Ponto')
          ? door
          : variant(r, door);
      const fulfilment = shipping === door && door !== self.home ? 'pickup_point' : 'ctt_standard';
      const delivery: Delivery = { fulfilment, shipping, transit: transitTo(shipping, fulfilment) };
      const lines = basketBetween(r, 3500, 6000);
      const code = r.chance(0.55) ? { code: 'BEMVINDA10', off: 0.1 } : { code: referral, off: 0.15 };
      const basket = priced(lines, { currency: 'EUR', fulfilment, to: shipping, code });
      const attempts = mbway
        ? [other('mbway', true, firstAuth(r) + r.int(15_000, 90_000))]
        : [cardAttempt(r, card, basket.amount, { ok: true, afterMs: firstAuth(r) })];
      const later: LaterEvent[] = r.chance(0.12)
        ? [
            { type: 'order.cancelled', afterMs: r.int(3, 20) * HOUR, reason: 'promo_abuse' },
            { type: 'refund.created', afterMs: r.int(21, 30) * HOUR, reason: 'promo_abuse' },
          ]
        : fraudAfter(r, delivery, { review: 0, warn: 0, dispute: 0, disputable: false });
      out.push(
        assemble({
          at: t,
          kind: 'promo_abuse',
          fraud: true,
          buyer: account,
          billing: self.home,
          delivery,
          basket,
          attempts,
          later,
          connection: connectFrom(r, self, r.chance(0.85) ? device : (self.devices[1] ?? device)),
          locale: 'pt-PT',
        }),
      );
    }
  });
  return out;
}

/**
 * Orders touching a comprehensively sanctioned jurisdiction. Iranian resellers (Iranian IP, or a Tehran billing
 * address behind a VPN) buying designer bottles in bulk on Turkish or Emirati cards, sent to a Lisbon parcel agency
 * that forwards through Turkey; Cubans on ETECSA connections buying for their mothers (Cuba's Mother's Day is the
 * second Sunday of May), billed in Havana or to a relative in Spain, sent to a Madrid or Lisbon agency for Cuba.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`sc${i}`);
    if (r.chance(0.6)) {
      const at = when(r, w.window, 3.5, everydayDemand);
      const onIranianLine = r.chance(0.6);
      const billingIran = !onIranianLine || r.chance(0.7);
      const name = fullName(r, 'ir', 0.5);
      const net = onIranianLine ? network(r.pick(['ir-fixed', 'ir-mobile'])) : routeNet(r, 'hosting');
      const cardCountry = r.chance(0.6) ? 'TR' : 'AE';
      const card = newCard(r, cardCountry, 'credit');
      const billing = billingIran ? homeAbroad(r, 'IR') : homeAbroad(r, cardCountry);
      const ship: Address = r.chance(0.7)
        ? { ...FORWARDERS.lisbonAgency }
        : { ...r.pick(DROPS.filter((d) => d.country === 'PT')) };
      const delivery: Delivery = {
        fulfilment: 'ctt_standard',
        shipping: ship,
        transit: transitTo(ship, 'ctt_standard'),
      };
      const lines = r
        .shuffle([...RESALE, 'LAN-LVEB-EDP-100', 'CH-GG-EDP-80', 'ARM-SI-EDP-100'])
        .slice(0, r.int(3, 7))
        .map((sku) => lineOf(bySku(sku), r.int(1, 3)));
      const basket = priced(lines, { currency: 'EUR', fulfilment: 'ctt_standard', to: ship });
      const email = `${name.split(' ')[0]?.toLowerCase() ?? 'info'}.${r.token(5, 'abcdefghijklmnopqrstuvwxyz')}@${r.chance(0.8) ? 'gmail.com' : 'yahoo.com'}`;
      return assemble({
        at,
        kind: 'sanctioned_country',
        fraud: true,
        buyer: { email, name },
        billing,
        delivery,
        basket,
        attempts: stolenTries(r, [card, ...(r.chance(0.3) ? [newCard(r, cardCountry)] : [])], basket.amount, {
          phished: 1,
          match: 'none',
        }),
        later: fraudAfter(r, delivery, {
          review: 0.3,
          warn: 0,
          dispute: 0,
          disputable: false,
          reviewReason: 'compliance_review',
        }),
        connection: { ip: ipOn(r, net), device: shownDevice(r, gadget(r)), channel: 'web' },
        locale: 'en',
      });
    }
    const at = when(r, w.window, -4, (t) => giftDemand(t, 'CH', 5));
    const name = fullName(r, 'cu', 0.6);
    const inHavana = r.chance(0.6);
    const relative = holderIn(r, r.chance(0.75) ? 'ES' : 'PT');
    const ship: Address = r.chance(0.7) ? { ...FORWARDERS.cubaAgency } : { ...FORWARDERS.lisbonAgency };
    const delivery: Delivery = {
      fulfilment: ship.country === 'ES' ? 'dpd_home' : 'ctt_standard',
      shipping: ship,
      transit: transitTo(ship, 'dpd_home'),
    };
    const lines = [lineOf(r.pick([...FOR_HER, ...GIFT_SETS]))];
    if (r.chance(0.5))
      lines.push(lineOf(bySku(r.pick(['CLP-VOG-SOAP', 'LOC-HC-30', 'NUX-HP-100', 'LAN-LVEB-BL']))));
    const basket = priced(lines, {
      currency: 'EUR',
      fulfilment: delivery.fulfilment,
      to: ship,
      wrap: r.chance(0.5),
    });
    const local =
      name
        .split(' ')[0]
        ?.normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase() ?? 'cliente';
    return assemble({
      at,
      kind: 'sanctioned_country',
      fraud: true,
      buyer: { email: `${local}${r.digits(4)}@${r.chance(0.6) ? 'nauta.cu' : 'gmail.com'}`, name },
      billing: inHavana ? homeAbroad(r, 'CU') : relative.home,
      delivery,
      basket,
      attempts: [
        cardAttempt(r, relative.card, basket.amount, {
          ok: r.chance(0.85),
          afterMs: firstAuth(r),
          match: inHavana ? 'none' : 'good',
          decline: 'do_not_honor',
        }),
      ],
      later: fraudAfter(r, delivery, {
        review: 0.25,
        warn: 0,
        dispute: 0,
        disputable: false,
        reviewReason: 'compliance_review',
      }),
      connection: {
        ip: ipOn(r, network('cu-fixed')),
        device: shownDevice(r, gadget(r, 'android')),
        channel: 'web',
      },
      locale: 'es-ES',
      ...(r.chance(0.6)
        ? { giftMessage: noteFor(r, 'es-ES'), recipientName: mothersName(r, name, 'cu') }
        : {}),
    });
  });
}
