import { type Address, type BasketLine, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { FOR_HER, FOR_HIM } from './baskets.js';
import { binOf, cardOn, type Decline } from './cards.js';
import { everydayDemand, giftDemand, nightHours, voucherDemand, when } from './calendar.js';
import { bySku, CHEAPEST, type Category, giftCard, lineOf, priced, RESALE } from './catalogue.js';
import { assemble, type Delivery, deliveryTo, transitTo, type World } from './checkout.js';
import {
  fraudAfter,
  fraudGadget,
  groups,
  holderIn,
  type Route,
  rotated,
  routeNet,
  stolenCountry,
  stolenTries,
  fitted,
} from './fraud-kit.js';
import { emailOf, fullName, throwawayEmail } from './names.js';
import { ipOn } from './networks.js';
import { originOf, shownDevice } from './people.js';
import { DROPS, homeIn, type Market, METRO, pickupIn } from './places.js';
import { cardAttempt, HOUR, other, type Purchase } from './purchase.js';

/** Fraud paid with other people's cards: testing them, turning them into perfume or gift cards, triangulating. */

const TEST_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['card_declined', 26],
  ['do_not_honor', 20],
  ['insufficient_funds', 14],
  ['incorrect_cvc', 14],
  ['stolen_card', 8],
  ['expired_card', 10],
  ['invalid_number', 8],
];

/**
 * Card testing: runs of guest checkouts at night, minutes apart, each on the cheapest thing in the shop sent to
 * a pick-up point, trying freshly bought cards on one or two BINs. Under €30 European cards are exempt from the
 * 3-D Secure challenge, which is the point; most cards are dead anyway.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  groups(rng, n, 3, 10).forEach((size, r) => {
    const run = rng.fork(`run${r}`);
    const route = run.weightedPick<Route>([
      ['hosting', 45],
      ['residential', 25],
      ['abroad', 30],
    ]);
    const net = routeNet(run, route, 'PT');
    const device = fraudGadget(run);
    const rotate = run.chance(0.5);
    const country = stolenCountry(run, [
      ['US', 30],
      ['PT', 20],
      ['GB', 15],
      ['BR', 15],
      ['ES', 10],
      ['FR', 10],
    ]);
    const bins = [binOf(run, country), binOf(run, country)].slice(0, run.int(1, 2));
    const start = when(run, w.window, 1, () => 1, run.chance(0.75) ? nightHours : () => 0.6);
    let gap = 0;
    const offsets = Array.from({ length: size }, (_, i) => (gap += i === 0 ? 0 : run.int(20, 180) * 1000));
    const times = fitted(w.window, start, offsets);
    for (let i = 0; i < size; i++) {
      const t = times[i] ?? start;
      const holder = holderIn(run, country);
      const ship: Address = pickupIn(run, 'PT', run.pick(METRO));
      const delivery: Delivery = {
        fulfilment: 'pickup_point',
        shipping: ship,
        transit: transitTo(ship, 'pickup_point'),
      };
      const basket = priced([lineOf(bySku(run.pick(CHEAPEST)))], {
        currency: 'EUR',
        fulfilment: 'pickup_point',
        to: ship,
      });
      const attempts = [];
      for (let k = 0, tries = run.int(1, 3); k < tries; k++) {
        const [bin, brand, funding] = run.pick(bins);
        const card = cardOn(run, bin, brand, country, funding);
        const ok = run.chance(0.16);
        attempts.push(
          cardAttempt(run, card, basket.amount, {
            ok,
            afterMs: k === 0 ? run.int(4_000, 20_000) : run.int(3_000, 15_000),
            match: 'none',
            threeDS: country === 'US' || country === 'BR' ? 'not_enrolled' : 'exempt',
            ...(ok ? {} : { decline: run.weightedPick(TEST_DECLINES) }),
          }),
        );
        if (ok) break;
      }
      const g = rotate ? rotated(run, device) : device;
      out.push(
        assemble({
          at: t,
          kind: 'card_testing',
          fraud: true,
          buyer: { email: throwawayEmail(run), name: holder.name },
          billing: holder.home,
          delivery,
          basket,
          attempts,
          later: fraudAfter(run, delivery, { review: 0.35, warn: 0.4, dispute: 0.15, disputable: true }),
          connection: { ip: ipOn(run, net), device: shownDevice(run, g), channel: 'web' },
          locale: run.chance(0.6) ? 'pt-PT' : 'en',
        }),
      );
    }
  });
  return out;
}

/** Where stolen perfume is received: pick-up lockers, mules' flats, now and then in Spain or France, express. */
function dropDelivery(rng: Rng): Delivery {
  const r = rng.next();
  const ptDrops = DROPS.filter((d) => d.country === 'PT');
  if (r < 0.4) {
    const ship = pickupIn(rng, 'PT', rng.pick(METRO));
    return { fulfilment: 'pickup_point', shipping: ship, transit: transitTo(ship, 'pickup_point') };
  }
  if (r < 0.75) {
    const ship = { ...rng.pick(ptDrops) };
    return { fulfilment: 'ctt_standard', shipping: ship, transit: transitTo(ship, 'ctt_standard') };
  }
  if (r < 0.85) {
    const ship = { ...rng.pick(DROPS.filter((d) => d.country !== 'PT')) };
    return { fulfilment: 'dpd_home', shipping: ship, transit: transitTo(ship, 'dpd_home') };
  }
  const ship = { ...rng.pick(ptDrops) };
  return { fulfilment: 'ctt_express', shipping: ship, transit: transitTo(ship, 'ctt_express') };
}

/** Two to four of the bottles that resell fastest, one or two of each; under `cap` cents when given. */
function resaleLines(rng: Rng, cap = Infinity): BasketLine<Category>[] {
  const lines = rng
    .shuffle(RESALE)
    .slice(0, rng.int(2, 4))
    .map((sku) => lineOf(bySku(sku), rng.chance(0.35) ? 2 : 1));
  const kept: BasketLine<Category>[] = [];
  let total = 0;
  for (const l of lines) {
    const q = Math.min(l.quantity, Math.floor((cap - total) / l.price));
    if (q > 0) {
      kept.push({ ...l, quantity: q });
      total += q * l.price;
    }
  }
  return kept.length ? kept : [lineOf(bySku('DIO-SAU-EDP-100'))];
}

/**
 * Stolen cards turned into designer and niche bottles for resale (Vinted, OLX, Instagram): crews of a few orders
 * over a few days sharing a phone line or a proxy and a handful of drops, guests or accounts opened minutes
 * before, the holder's name and address from the phishing kit, several cards tried. Some pay with MB Way after
 * tricking a seller on OLX into linking their card to the crew's phone.
 */
export function stolenCardResale(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  groups(rng, n, 2, 5).forEach((size, c) => {
    const crew = rng.fork(`crew${c}`);
    const route = crew.weightedPick<Route>([
      ['pt_mobile', 40],
      ['hosting', 25],
      ['residential', 25],
      ['relay', 10],
    ]);
    const device = fraudGadget(crew);
    const base = when(crew, w.window, 1, (t) => 0.3 + 0.7 * giftDemand(t, 'PT', 2));
    const times = fitted(
      w.window,
      base,
      Array.from({ length: size }, () => crew.float(0, 3) * DAY),
    );
    for (let i = 0; i < size; i++) {
      const r = crew.fork(`o${i}`);
      const at = times[i] ?? base;
      const country = stolenCountry(r, [
        ['PT', 40],
        ['ES', 10],
        ['FR', 10],
        ['US', 15],
        ['GB', 10],
        ['BR', 8],
        ['CA', 7],
      ]);
      const holders = [holderIn(r, country), holderIn(r, r.chance(0.7) ? country : 'US')].slice(
        0,
        r.int(1, 3),
      );
      const first = holders[0] ?? holderIn(r, country);
      const delivery = dropDelivery(r);
      const mbway = r.chance(0.12);
      const useHolder = !mbway && r.chance(0.7);
      const name = useHolder ? first.name : fullName(r, 'pt', 0.5);
      const billing =
        useHolder || !delivery.shipping || delivery.fulfilment === 'pickup_point'
          ? useHolder
            ? first.home
            : homeIn(r, 'PT')
          : { ...delivery.shipping };
      const basket = priced(resaleLines(r, mbway ? 72_000 : Infinity), {
        currency: 'EUR',
        fulfilment: delivery.fulfilment,
        ...(delivery.shipping ? { to: delivery.shipping } : {}),
      });
      const opened = r.chance(0.45);
      const email = r.chance(0.6)
        ? throwawayEmail(r)
        : emailOf(r, name, 'PT').replace('@', `${r.digits(3)}@`);
      const attempts = mbway
        ? [other('mbway', true, r.int(30_000, 150_000))]
        : stolenTries(
            r,
            holders.map((h) => h.card),
            basket.amount,
            { phished: 0.6, match: useHolder ? 'good' : 'none' },
          );
      const later = mbway
        ? [
            ...fraudAfter(r, delivery, { review: 0.05, warn: 0, dispute: 0, disputable: false }),
            ...(r.chance(0.25)
              ? [{ type: 'refund.created' as const, afterMs: r.int(5, 20) * DAY, reason: 'fraudulent' }]
              : []),
          ]
        : fraudAfter(r, delivery, { review: 0.08, warn: 0.35, dispute: 0.6, disputable: true });
      const net = routeNet(
        r,
        route,
        country === 'PT' || country === 'ES' || country === 'FR' ? country : 'PT',
      );
      out.push(
        assemble({
          at,
          kind: 'stolen_card_resale',
          fraud: true,
          buyer: opened
            ? { id: `c_${r.digits(9)}`, email, name, createdAt: at - r.int(3, 40) * MINUTE }
            : { email, name },
          billing,
          delivery,
          basket,
          attempts,
          later,
          connection: {
            ip: ipOn(r, net),
            device: shownDevice(r, r.chance(0.6) ? device : fraudGadget(r)),
            channel: 'web',
          },
          locale: r.chance(0.8) ? 'pt-PT' : 'en',
        }),
      );
    }
  });
  return out;
}

/**
 * Stolen cards turned into e-mailed gift cards, the easiest thing to cash out (sold at a discount, spent on
 * bottles by someone else): the highest values, several at once, sent to a few cash-out mailboxes, in the last
 * days before Mother's Day when gift-card sales are busiest anyway.
 */
export function giftCardFraud(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  groups(rng, n, 2, 6).forEach((size, c) => {
    const crew = rng.fork(`crew${c}`);
    const route = crew.weightedPick<Route>([
      ['hosting', 45],
      ['abroad', 25],
      ['residential', 30],
    ]);
    const mailboxes = [throwawayEmail(crew), throwawayEmail(crew)];
    const device = fraudGadget(crew);
    const day = crew.chance(0.7) ? 'PT' : 'CH';
    const base = when(
      crew,
      w.window,
      1,
      (t) => voucherDemand(t, day),
      (h) => 0.4 + 0.6 * nightHours(h),
    );
    const times = fitted(
      w.window,
      base,
      Array.from({ length: size }, () => crew.float(0, 30) * HOUR),
    );
    for (let i = 0; i < size; i++) {
      const r = crew.fork(`o${i}`);
      const at = times[i] ?? base;
      const country = stolenCountry(r, [
        ['US', 30],
        ['GB', 20],
        ['FR', 15],
        ['DE', 10],
        ['ES', 10],
        ['PT', 15],
      ]);
      const holders = [holderIn(r, country), holderIn(r, country), holderIn(r, 'US')].slice(0, r.int(1, 3));
      const first = holders[0] ?? holderIn(r, country);
      const lines = Array.from({ length: r.int(1, 3) }, () =>
        lineOf(giftCard(r.pick([10_000, 15_000, 20_000, 25_000])), r.int(1, 3)),
      );
      const basket = priced(lines, { currency: 'EUR', fulfilment: 'email' });
      const delivery: Delivery = { fulfilment: 'email', transit: [0, 0] };
      const opened = r.chance(0.3);
      const email = throwawayEmail(r);
      const net = routeNet(r, route, country === 'FR' || country === 'ES' ? country : 'PT');
      out.push(
        assemble({
          at,
          kind: 'gift_card_fraud',
          fraud: true,
          buyer: opened
            ? { id: `c_${r.digits(9)}`, email, name: first.name, createdAt: at - r.int(2, 30) * MINUTE }
            : { email, name: first.name },
          billing: first.home,
          delivery,
          basket,
          attempts: stolenTries(
            r,
            holders.map((h) => h.card),
            basket.amount,
            { phished: 0.3, match: 'good' },
          ),
          later: fraudAfter(r, delivery, { review: 0, warn: 0.45, dispute: 0.65, disputable: true }),
          connection: {
            ip: ipOn(r, net),
            device: shownDevice(r, r.chance(0.7) ? device : rotated(r, device)),
            channel: 'web',
          },
          locale: r.chance(0.5) ? 'pt-PT' : 'en',
          recipientEmail: r.pick(mailboxes),
          recipientName: fullName(r, 'pt', 1),
        }),
      );
    }
  });
  return out;
}

/**
 * Triangulation: a fake "original perfumes, cheap" shop on Instagram or OLX takes a real buyer's money and
 * orders the bottle here with a stolen card, to the real buyer's home. The parcel arrives; the card's holder
 * charges it back weeks later. One shop's orders share its e-mail, phone line and browser.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  groups(rng, n, 3, 8).forEach((size, s) => {
    const shop = rng.fork(`shop${s}`);
    const email = shop.pick([
      `perfumes.originais.${shop.digits(2)}@gmail.com`,
      `outlet.fragrancias${shop.digits(2)}@gmail.com`,
      `${shop.token(8, 'abcdefghijklmnopqrstuvwxyz')}.store@outlook.com`,
    ]);
    const route = shop.weightedPick<Route>([
      ['pt_mobile', 50],
      ['hosting', 30],
      ['abroad', 20],
    ]);
    const net = routeNet(shop, route);
    const device = fraudGadget(shop);
    for (let i = 0; i < size; i++) {
      const r = shop.fork(`o${i}`);
      const at = when(r, w.window, 1, everydayDemand);
      const market: Market = r.chance(0.8) ? 'PT' : 'ES';
      const victimBuyer = fullName(r, originOf(market), 0.6);
      const home = homeIn(r, market);
      const delivery = deliveryTo(r, home, { shops: false });
      const country = stolenCountry(r, [
        ['FR', 25],
        ['BE', 10],
        ['DE', 15],
        ['GB', 15],
        ['US', 15],
        ['ES', 10],
        ['PT', 10],
      ]);
      const holder = holderIn(r, country);
      const lines = [lineOf(r.pick(r.chance(0.75) ? FOR_HER : FOR_HIM))];
      if (r.chance(0.2)) lines.push(lineOf(r.pick(FOR_HER)));
      const basket = priced(lines, {
        currency: 'EUR',
        fulfilment: delivery.fulfilment,
        ...(delivery.shipping ? { to: delivery.shipping } : {}),
      });
      const cards = [holder.card, ...(r.chance(0.3) ? [holderIn(r, country).card] : [])];
      out.push(
        assemble({
          at,
          kind: 'triangulation',
          fraud: true,
          buyer: { email, name: r.chance(0.5) ? holder.name : victimBuyer },
          billing: holder.home,
          delivery,
          basket,
          attempts: stolenTries(r, cards, basket.amount, { phished: 0.6, match: 'good' }),
          later: fraudAfter(r, delivery, { review: 0.04, warn: 0.3, dispute: 0.6, disputable: true }),
          connection: { ip: ipOn(r, net), device: shownDevice(r, device), channel: 'web' },
          locale: market === 'ES' && r.chance(0.5) ? 'es-ES' : 'pt-PT',
          recipientName: victimBuyer,
        }),
      );
    }
  });
  return out;
}
