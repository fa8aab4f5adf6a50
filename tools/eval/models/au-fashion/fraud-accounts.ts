import { type Address, DAY, type Device, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { NIGHT, placedAt, saleAt, SHOPPERS, SYDNEY, within } from './calendar.js';
import {
  type Line,
  lineOfStyle,
  pickStyle,
  priced,
  rewardOffer,
  shopperLines,
  welcomeOffer,
} from './catalogue.js';
import {
  carefulBrowser,
  chargebacks,
  dropEmail,
  fullz,
  residentialProxy,
  sloppyExit,
  staleBrowser,
  stolenAttempts,
} from './crews.js';
import { fraudPurchase } from './fraud-cards.js';
import { ipIn } from './networks.js';
import { type Account, emailOf, localPart, personIn, phone, shopper, type World } from './people.js';
import { bigCity, parcelLocker, placeInMarket, rewritten, streetAddress } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  fulfilmentSteps,
  honestAfter,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
  type Source,
  walletOf,
} from './purchase.js';
import { buyerOf, connection, CURRENCY, freshAccount, fromAccount, purchaseOf } from './shop.js';

/**
 * Fraud through accounts: takeovers of Club members' accounts, Afterpay and Zip on stolen identities, farms of
 * new accounts for the welcome voucher, and customers who dispute what they received.
 */

/**
 * Account takeover: a Club login from a credential-stuffing list, used from a new browser on a rented
 * Australian home connection at ordinary hours (or, sloppily, a server at night). The saved card pays
 * without a CVC; points go as a reward voucher; the parcel goes to a locker or a drop, or home and is then
 * redirected. Some members notice and call (refunded), most dispute with their bank.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const victim = shopper(
      rng,
      w,
      undefined,
      (a) => a.market !== 'US' && a.createdAt < w.window.start - 30 * DAY,
    );
    const careful = rng.chance(0.7);
    const at = careful
      ? placedAt(rng, w.window, victim.place.tz)
      : placedAt(rng, w.window, SYDNEY, NIGHT, false);
    const currency = CURRENCY[victim.market];
    const email = rng.chance(0.25)
      ? dropEmail(rng, victim.person.first, victim.person.last, true)
      : victim.email;
    const place = victim.market === 'AU' ? bigCity(rng) : placeInMarket(rng, victim.market);
    const where = rng.weightedPick([
      ['locker', victim.market === 'AU' ? 50 : 0],
      ['drop', 30],
      ['home', 20],
    ] as const);
    const drop: Address =
      where === 'locker' || (where === 'home' && victim.market === 'AU')
        ? parcelLocker(rng, place)
        : streetAddress(rng, place);
    const lines: Line[] = [];
    for (let i = rng.int(1, 3); i > 0; i--)
      lines.push(lineOfStyle(rng, pickStyle(rng, { resale: rng.chance(0.7) }), currency));
    const offer = rng.chance(0.4) ? rewardOffer(rng, currency) : undefined;
    const basket = priced(lines, currency, 'express', saleAt(at, w.window, true), offer);
    const saved = victim.cards[0];
    let attempts: Attempt[];
    if (saved && rng.chance(0.7)) {
      const ok = rng.chance(basket.amount >= 25000 ? 0.7 : 0.92);
      attempts = [
        cardAttempt(rng, saved, basket.amount, {
          entry: 'saved',
          ok,
          afterMs: rng.int(8_000, 40_000),
          ...(ok
            ? {}
            : {
                decline:
                  basket.amount >= 25000 ? ('authentication_failed' as const) : ('do_not_honor' as const),
              }),
        }),
      ];
      if (!ok)
        attempts.push(
          ...stolenAttempts(rng, basket.amount, {
            success: 0.5,
            cards: [fullz(rng).card],
            cvcKnown: true,
            addressKnown: false,
          }).map((a) => ({ ...a, afterMs: retryGap(rng) })),
        );
    } else
      attempts = stolenAttempts(rng, basket.amount, {
        success: 0.55,
        cards: [fullz(rng).card, fullz(rng).card],
        cvcKnown: true,
        addressKnown: false,
      });
    const paid = attempts.some((a) => a.ok);
    const steps = fulfilmentSteps(rng, 'express', victim.market, false).steps;
    if (where === 'home')
      steps.push({
        type: 'order.updated',
        afterMs: rng.int(1, 4) * HOUR,
        shipping: drop,
        reason: 'address_changed',
      });
    let later: LaterEvent[] = chargebacks(rng, { warning: 0.3, dispute: 0.45, caught: 0.1 }, steps);
    if (!later.some((l) => l.type === 'dispute.created' || l.type === 'refund.created') && rng.chance(0.3))
      later = [...later, { type: 'refund.created', afterMs: rng.int(1, 6) * DAY, reason: 'fraudulent' }];
    return purchaseOf({
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer: { id: victim.id, email, name: victim.person.name, createdAt: victim.createdAt },
      billing: victim.home,
      shipping: where === 'home' ? victim.home : drop,
      fulfilment: 'express',
      basket,
      attempts,
      later: paid ? later : [],
      ip: careful ? residentialProxy(rng) : rng.chance(0.5) ? sloppyExit(rng) : ipIn(rng, 'au-cloud'),
      device: careful ? carefulBrowser(rng) : staleBrowser(rng),
      locale: victim.locale,
      source: 'direct',
      club: victim.tier,
    });
  });
}

/**
 * Afterpay and Zip on stolen identities: an account opened at checkout (or a guest) in a real person's name
 * and address, paid in instalments the victim never agreed to, to a parcel locker or Parcel Collect in another
 * suburb. The crew uses its own few phones on Australian mobile data and shops at ordinary hours; a declined
 * Afterpay is followed by Zip. Victims' identity-theft claims come back through the provider as disputes.
 */
export function bnplIdentityFraud(rng: Rng, w: World, n: number): Purchase[] {
  const phones: Device[] = Array.from({ length: Math.max(2, Math.round(n / 3)) }, () => phone(rng));
  return Array.from({ length: n }, () => {
    const victim = fullz(rng);
    const at = placedAt(rng, w.window, SYDNEY);
    const account = rng.chance(0.6) ? freshAccount(rng, at) : undefined;
    const place = bigCity(rng);
    const lines: Line[] = [];
    let total = 0;
    while (total < rng.int(40000, 90000) && lines.length < 5) {
      const style = pickStyle(rng, { resale: rng.chance(0.7) });
      const line = lineOfStyle(rng, style, 'AUD');
      lines.push(line);
      total += line.price;
    }
    const first = rng.chance(0.65) ? 'afterpay' : 'zip';
    const second = first === 'afterpay' ? 'zip' : 'afterpay';
    return fraudPurchase(w, {
      kind: 'bnpl_identity_fraud',
      at,
      buyer: {
        ...(account ?? {}),
        email: emailOf(rng, victim.person, 'AU', 'gmail.com').replace('@', `${rng.int(1, 99)}@`),
        name: victim.person.name,
      },
      billing: victim.home,
      shipping: rng.chance(0.7) ? parcelLocker(rng, place) : streetAddress(rng, place),
      fulfilment: rng.chance(0.5) ? 'express' : 'standard',
      lines,
      ip: ipIn(
        rng,
        rng.weightedPick([
          ['au-telstra-mobile', 45],
          ['au-optus-mobile', 30],
          ['au-vodafone-mobile', 25],
        ] as const),
        0.3,
      ),
      device: rng.pick(phones),
      source: rng.weightedPick<Source>([
        ['direct', 50],
        ['instagram', 30],
        ['google', 20],
      ]),
      attempts: () => {
        const t = firstAuth(rng, first);
        if (!rng.chance(0.35)) return [other(first, true, t)];
        const out = [other(first, false, t, 'provider_declined')];
        out.push(other(second, rng.chance(0.7), retryGap(rng) + firstAuth(rng, second), 'provider_declined'));
        return out;
      },
      later: (_paid, f, country) => {
        const steps = fulfilmentSteps(rng, f, country, false).steps;
        if (rng.chance(0.35))
          steps.push({ type: 'dispute.created', afterMs: rng.int(25, 60) * DAY, reason: 'fraudulent' });
        return steps;
      },
    });
  });
}

/**
 * Welcome-voucher farms: one person opens account after account minutes before each order, with Gmail dots
 * and plus-tags or numbered Outlook addresses, made-up or borrowed names, the same phone, the same one or two
 * cards and the same address written differently (or two lockers), each order just over A$100 so the A$20
 * voucher applies, bunched over a day or two of a sale. The goods are resold.
 */
export function promoAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(4, 9));
    const farmer = personIn(rng, 'AU');
    const base = localPart(rng, farmer).replace(/[^a-z]/g, '');
    const place = bigCity(rng);
    const home = streetAddress(rng, place);
    const lockers = [parcelLocker(rng, place), parcelLocker(rng, place)];
    const cards = [newCard(rng, 'AU', 'debit'), ...(rng.chance(0.5) ? [newCard(rng, 'AU', 'credit')] : [])];
    const devices = [phone(rng), ...(rng.chance(0.3) ? [phone(rng)] : [])];
    const homeIp = ipIn(
      rng,
      rng.weightedPick([
        ['au-telstra-nbn', 40],
        ['au-tpg-nbn', 35],
        ['au-optus-nbn', 25],
      ] as const),
      0.3,
    );
    const mobile = rng.weightedPick([
      ['au-telstra-mobile', 50],
      ['au-optus-mobile', 50],
    ] as const);
    let t = placedAt(rng, w.window, place.tz);
    for (let i = 0; i < size; i++) {
      t = within(t + (i === 0 ? 0 : rng.int(8, 8 * 60) * 60_000), w.window);
      const name = rng.chance(0.5) ? farmer : personIn(rng, 'AU');
      const email = rng.weightedPick<() => string>([
        [
          () =>
            `${base
              .split('')
              .map((ch, j) => (j > 0 && rng.chance(0.3) ? `.${ch}` : ch))
              .join('')}@gmail.com`,
          40,
        ],
        [() => `${base}+${rng.token(rng.int(2, 5), 'abcdefghijklmnopqrstuvwxyz0123456789')}@gmail.com`, 30],
        [() => `${base}${rng.int(1, 99)}@outlook.com`, 30],
      ])();
      const account = freshAccount(rng, t);
      const offer = welcomeOffer(rng, 'AUD');
      const sale = saleAt(t, w.window, true);
      const lines: Line[] = [];
      while (lines.length < 6 && priced(lines, 'AUD', 'standard', sale, offer).code === undefined)
        lines.push(lineOfStyle(rng, pickStyle(rng, { maxAud: 20000 }), 'AUD'));
      const shipping = rng.chance(0.6) ? rewritten(rng, home) : rng.pick(lockers);
      const card = rng.pick(cards);
      const basket = priced(lines, 'AUD', 'standard', sale, offer);
      const device = rng.pick(devices);
      const wallet = walletOf(device.userAgent);
      out.push(
        purchaseOf({
          kind: 'promo_abuse',
          fraud: true,
          at: t,
          buyer: { id: account.id, email, name: name.name, createdAt: account.createdAt },
          billing: home,
          shipping,
          fulfilment: 'standard',
          basket,
          attempts: [
            cardAttempt(rng, card, basket.amount, {
              ...(wallet && rng.chance(0.4)
                ? { entry: 'wallet' as const, wallet }
                : { entry: 'typed' as const }),
              ok: true,
              afterMs: rng.int(10_000, 50_000),
            }),
          ],
          later: fulfilmentSteps(rng, 'standard', 'AU', sale !== undefined).steps,
          ip: rng.chance(0.6) ? homeIp : ipIn(rng, mobile, 0.2),
          device,
          locale: 'en-AU',
          source: rng.weightedPick<Source>([
            ['instagram', 40],
            ['direct', 40],
            ['tiktok', 20],
          ]),
        }),
      );
    }
  }
  return out;
}

/**
 * Friendly fraud: Club members who order as always (own device, home connection, own card, a delivery to
 * home or their locker) and then dispute with the bank: "not received" for a parcel left at the door,
 * "not authorised" for what a teenager bought on the family card, "credit not processed" for a return never
 * sent. The bank's retrieval sometimes raises an issuer warning first.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const a: Account = shopper(
      rng,
      w,
      undefined,
      (x) => x.market !== 'US' && x.createdAt < w.window.start - 60 * DAY,
    );
    const who = fromAccount(a);
    const { device, ip } = connection(rng, who);
    const at = placedAt(rng, w.window, a.place.tz, SHOPPERS);
    const currency = CURRENCY[a.market];
    const sale = saleAt(at, w.window, true);
    const basket = priced(
      shopperLines(rng, currency, rng.chance(0.4) ? 'big' : 'usual'),
      currency,
      'standard',
      sale,
    );
    const attempts = honestPay(
      rng,
      {
        cards: a.cards,
        country: a.market,
        signedIn: true,
        userAgent: device.userAgent,
        methods: [
          ['card', 50],
          ['apple_pay', 30],
          ['paypal', 20],
        ],
      },
      basket.amount,
      0,
    );
    const fulfilled = honestAfter(rng, {
      fulfilment: 'standard',
      basket,
      country: a.market,
      busy: sale !== undefined,
      returns: 0,
    }).filter((l) => l.type === 'order.updated');
    const delivered = fulfilled.find((l) => l.status === 'delivered')?.afterMs ?? 5 * DAY;
    const reason = rng.weightedPick([
      ['product_not_received', 50],
      ['fraudulent', 30],
      ['credit_not_processed', 20],
    ] as const);
    const later: LaterEvent[] = [
      ...fulfilled,
      { type: 'dispute.created', afterMs: delivered + rng.int(15, 50) * DAY, reason },
    ];
    if (reason === 'fraudulent' && rng.chance(0.4))
      later.push({
        type: 'fraud_warning.created',
        afterMs: delivered + rng.int(5, 14) * DAY,
        reason: 'unauthorized_use_of_card',
      });
    return purchaseOf({
      kind: 'friendly_fraud',
      fraud: true,
      at,
      buyer: buyerOf(who),
      billing: a.home,
      shipping: a.market === 'AU' && rng.chance(0.15) ? parcelLocker(rng, a.place) : a.home,
      fulfilment: 'standard',
      basket,
      attempts,
      later: attempts.some((x) => x.ok) ? later : [],
      ip,
      device,
      locale: a.locale,
      source: rng.weightedPick<Source>([
        ['email', 40],
        ['direct', 40],
        ['instagram', 20],
      ]),
      club: a.tier,
    });
  });
}
