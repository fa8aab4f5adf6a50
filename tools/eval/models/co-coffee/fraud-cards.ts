import { type Address, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { COT, when } from './calendar.js';
import { binsOf, cardFrom, fraudDecline, type HeldCard, newCard } from './cards.js';
import {
  basketOf,
  BEANS,
  BIG_GEAR,
  CAPSULES_10,
  CHEMEX,
  GEISHA,
  GIFT_CARD_300,
  GIFT_CARD_50,
  GIFT_SETS,
  KETTLE,
  line,
  type Line,
  MICRO_BOX,
  priced,
  SAMPLE,
  shippingFee,
} from './catalogue.js';
import { shipmentTo, officePickup, type Shipment } from './delivery.js';
import { alias, carrierOffice, dropAddress, fraudLater, throwaway } from './fraud-kit.js';
import { newAccountId } from './honest-home.js';
import { ipOn, network, networksOf } from './networks.js';
import { userAgent } from './devices.js';
import { nameIn, phoneIn } from './people.js';
import { addressIn, cityNamed, CO_CITIES, cityOf, coLine, marketCity } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  other,
  pseBank,
  pseTime,
  type Purchase,
  released,
  retryGap,
  unlessUnpaid,
  walletTime,
} from './purchase.js';
import { type World } from './world.js';

/** Fraud with cards and bank credentials: card testing, stolen cards, phished online banking and hijacked wallets. */

/**
 * Card testing: a script runs a batch of cards bought together (one or two BINs) through the cheapest thing on
 * the site, as guests, in bursts at night: 100 g samples on the dollar store with US cards, capsules or the
 * smallest gift card on the peso store with Colombian cards; rotating residential proxies (or a cloud host),
 * made-up names and addresses, one user agent for the run. Most are declined; the few that pass are refunded
 * when the store notices, or warned about and disputed later.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let left = n;
  for (let run = 0; left > 0; run++) {
    const r = rng.fork(`run${run}`);
    const size = Math.min(left, r.int(5, 14));
    left -= size;
    const usd = r.chance(0.6);
    const country = usd ? 'US' : 'CO';
    const bins = r.shuffle(binsOf(country)).slice(0, r.int(1, 2));
    const headless = r.chance(0.3);
    const ua = headless
      ? `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${r.int(148, 153)}.0.0.0 Safari/537.36`
      : userAgent(r, r.chance(0.7) ? 'windows' : 'android');
    const device: Device = { userAgent: ua, ...(r.chance(0.45) ? { id: `dv_${r.token(20)}` } : {}) };
    const proxies = r.chance(0.25)
      ? [network('us-cloud'), network('us-vps')]
      : usd
        ? [...networksOf('US', 'fixed'), ...networksOf('US', 'mobile')]
        : networksOf('CO', 'mobile');
    const giftCard = !usd && r.chance(0.5);
    const item = usd ? priced(SAMPLE, 'USD') : giftCard ? GIFT_CARD_50 : CAPSULES_10;
    let t = Math.min(when(r, w.window, COT, 'night'), w.window.end - size * 4 * MINUTE);
    t = Math.max(t, w.window.start);
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t = Math.min(w.window.end - 1, t + Math.floor(o.exp(70_000)) + 6_000);
      const lines = [line(item)];
      const city = usd ? marketCity(o, 'US') : cityOf(o, CO_CITIES);
      const billing = addressIn(o, city);
      const b = basketOf(
        usd ? 'USD' : 'COP',
        lines,
        shippingFee(usd ? 'USD' : 'COP', country, 'national', lines),
      );
      const attempts: Attempt[] = [];
      const tries = o.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      for (let k = 0; k < tries; k++) {
        const card = cardFrom(o, o.pick(bins) as NonNullable<(typeof bins)[number]>, country);
        const ok = o.chance(0.13);
        const decline = ok ? undefined : fraudDecline(o);
        attempts.push(
          cardAttempt(o, card, b, {
            ok,
            decline,
            match: 'none',
            afterMs: k === 0 ? o.int(3_000, 15_000) : o.int(2_000, 9_000),
            installments: 1,
          }),
        );
        if (ok) break;
      }
      const s: Shipment = giftCard
        ? { fulfilment: 'digital' }
        : usd
          ? { fulfilment: 'international_post', carrier: '4-72' }
          : shipmentTo(o, city, lines);
      const name = nameIn(o, country);
      out.push({
        at: t,
        fraud: true,
        kind: 'card_testing',
        basket: b,
        billing,
        attempts,
        later: unlessUnpaid(
          o,
          attempts,
          fraudLater(o, { fulfilment: s.fulfilment, placed: t, caught: 0.35, warning: 0.4, dispute: 0.2 }),
        ),
        buyer: { email: throwaway(o, name, country), name },
        ...(giftCard ? {} : { shipping: billing }),
        ...s,
        ip: ipOn(o, o.pick(proxies)),
        device,
        locale: usd ? 'en-US' : 'es-CO',
        channel: 'web',
        method: 'card',
        ...(usd ? {} : { documentType: 'CC' }),
      });
    }
  }
  return out;
}

/** What resells: grinders, gift cards (e-mailed at once), Geisha and micro-lots, Chemex and kettles, gift sets. */
function resaleBasket(rng: Rng): Line[] {
  const kind = rng.weighted({ grinders: 35, gift_cards: 20, geisha: 15, brewers: 15, sets: 15 });
  switch (kind) {
    case 'grinders':
      return [
        line(
          rng.pick(BIG_GEAR.slice(3)),
          rng.weightedPick([
            [1, 70],
            [2, 25],
            [3, 5],
          ] as const),
        ),
      ];
    case 'gift_cards':
      return [line(GIFT_CARD_300, rng.int(2, 5))];
    case 'geisha':
      return [line(GEISHA, rng.int(3, 8)), line(MICRO_BOX, rng.int(1, 3))];
    case 'brewers':
      return [line(CHEMEX), line(KETTLE), line(rng.pick(BEANS))];
    case 'sets':
      return [line(rng.pick(GIFT_SETS), rng.int(3, 6))];
  }
}

/** Where a fraudulent parcel goes: nowhere (gift cards), a carrier's office, a drop flat, or near the victim. */
function dropFor(rng: Rng, lines: readonly Line[], near?: Address): { shipping?: Address; s: Shipment } {
  if (lines.every((l) => l.category === 'gift_card')) return { s: { fulfilment: 'digital' } };
  const where = rng.weighted({ office: 40, drop: 45, near: near ? 15 : 0 });
  if (where === 'office') return { shipping: carrierOffice(rng), s: officePickup(rng) };
  const shipping = where === 'near' && near ? { ...near, line1: coLine(rng) } : dropAddress(rng);
  const city = CO_CITIES.find((c) => c.name === shipping.city);
  return { shipping, s: shipmentTo(rng, city ?? cityNamed('Bogotá'), lines) };
}

const FOREIGN_VICTIMS = { US: 50, ES: 20, CA: 10, GB: 10, DE: 10 } as const;

/**
 * Stolen cards (skimmed, phished or bought in bulk) spent on things that resell, shipped to a drop or a
 * carrier's office: Colombian credit cards under the holder's own name and city, or foreign cards on the peso
 * store (no AVS there) with the holder's foreign billing address; a guest or an account opened minutes before,
 * from a Colombian phone (or a proxy near a US holder); the first card is often declined and the next one tried.
 */
export function stolenCard(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`s${i}`);
    const foreign = o.chance(0.45);
    const country = foreign ? o.weighted<string>(FOREIGN_VICTIMS) : 'CO';
    const victim = nameIn(o, country);
    const victimCity = country === 'CO' ? cityOf(o, CO_CITIES) : marketCity(o, country);
    const billing = foreign && o.chance(0.3) ? dropAddress(o) : addressIn(o, victimCity);
    const at = when(o, w.window, COT, o.chance(0.35) ? 'night' : 'home');
    const lines = resaleBasket(o);
    const { shipping, s } = dropFor(o, lines, country === 'CO' ? billing : undefined);
    const b = basketOf('COP', lines, shippingFee('COP', 'CO', 'national', lines));
    const cards: HeldCard[] = [
      newCard(o, country, 'credit'),
      newCard(o, country === 'CO' && o.chance(0.5) ? 'CO' : o.weighted<string>(FOREIGN_VICTIMS), 'credit'),
    ];
    const attempts: Attempt[] = [];
    if (o.chance(0.35))
      attempts.push(
        cardAttempt(o, cards[0] as HeldCard, b, {
          ok: false,
          decline: fraudDecline(o),
          afterMs: firstAuth(o),
        }),
      );
    const ok = o.chance(attempts.length > 0 ? 0.75 : 0.88);
    attempts.push(
      cardAttempt(o, (attempts.length > 0 ? cards[1] : cards[0]) as HeldCard, b, {
        ok,
        decline: ok ? undefined : fraudDecline(o),
        afterMs: attempts.length > 0 ? retryGap(o) : firstAuth(o),
      }),
    );
    const signup = o.chance(0.4);
    const email = throwaway(o, victim);
    const usProxy = country === 'US' && o.chance(0.35);
    const ip = usProxy
      ? ipOn(o, o.pick(networksOf('US', 'fixed')))
      : ipOn(o, o.pick(networksOf('CO', o.chance(0.75) ? 'mobile' : 'fixed')));
    return {
      at,
      fraud: true,
      kind: 'stolen_card',
      basket: b,
      billing,
      attempts,
      later: unlessUnpaid(
        o,
        attempts,
        fraudLater(o, { fulfilment: s.fulfilment, placed: at, caught: 0.15, warning: 0.35, dispute: 0.7 }),
      ),
      buyer: signup
        ? { id: newAccountId(o), email, name: victim, createdAt: at - o.int(2, 30) * MINUTE }
        : { email, name: victim },
      ...(shipping ? { shipping } : {}),
      ...s,
      ip,
      device: phoneIn(o, 'CO'),
      locale: 'es-CO',
      channel: 'web',
      method: 'card',
      documentType: 'CC',
    };
  });
}

/**
 * Phished online-banking credentials paying through PSE, and Nequi or Daviplata wallets taken over by SIM swap:
 * gift cards, gear and sets to carrier offices and drops, from Colombian phones, often late at night. The bank's
 * own filter rejects some; the victims claim a reversal of the payment weeks later.
 */
export function bankCredentialFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`b${i}`);
    const who = alias(o);
    const at = when(o, w.window, COT, o.chance(0.4) ? 'night' : 'home');
    const lines = o.chance(0.35) ? [line(GIFT_CARD_300, o.int(2, 5))] : resaleBasket(o);
    const { shipping, s } = dropFor(o, lines);
    const b = basketOf('COP', lines, shippingFee('COP', 'CO', 'national', lines));
    const method = o.weighted({ pse: 65, nequi: 25, daviplata: 10 } as const);
    const attempts: Attempt[] = [];
    if (method === 'pse') {
      if (o.chance(0.3)) attempts.push(other('pse', false, pseTime(o), 'pse_rejected', pseBank(o)));
      const ok = o.chance(0.8);
      attempts.push(other('pse', ok, pseTime(o), ok ? undefined : 'pse_rejected', pseBank(o)));
    } else {
      const ok = o.chance(0.85);
      attempts.push(other(method, ok, walletTime(o), ok ? undefined : 'insufficient_funds'));
      if (!ok && o.chance(0.6))
        attempts.push(other(method === 'nequi' ? 'daviplata' : 'nequi', true, walletTime(o)));
    }
    const signup = o.chance(0.3);
    const paidLater = fraudLater(o, {
      fulfilment: s.fulfilment,
      placed: at,
      caught: 0.08,
      warning: 0.3,
      dispute: 0.55,
      disputeDays: [3, 25],
    });
    return {
      at,
      fraud: true,
      kind: 'bank_credential_fraud',
      basket: b,
      billing: addressIn(o, cityOf(o, CO_CITIES)),
      attempts,
      later: attempts.some((a) => a.ok) ? paidLater : [released(o, attempts)],
      buyer: signup
        ? { id: newAccountId(o), email: who.email, name: who.name, createdAt: at - o.int(2, 25) * MINUTE }
        : who,
      ...(shipping ? { shipping } : {}),
      ...s,
      ip: ipOn(o, o.pick(networksOf('CO', o.chance(0.85) ? 'mobile' : 'fixed'))),
      device: phoneIn(o, 'CO'),
      locale: 'es-CO',
      channel: 'web',
      method,
      documentType: 'CC',
    };
  });
}
