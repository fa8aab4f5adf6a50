import { type Address, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliveryTo } from './baskets.js';
import { CET, HOURS, momentIn } from './calendar.js';
import { binOf, cardOfBin, type Decline, newCard } from './cards.js';
import {
  BLANKETS,
  CARDIGANS,
  giftCard,
  GIFT_VALUES,
  HANDKNIT,
  type Line,
  line,
  PATTERN,
  priced,
  SWEATERS,
  sizeRun,
} from './catalogue.js';
import {
  DAY,
  dropPoint,
  fraudIp,
  fraudNetwork,
  fraudPurchase,
  freshDevice,
  gap,
  groups,
  lookalikeEmail,
  MINUTE,
  type Origin,
  ringDevice,
  stolenAfter,
  stolenTry,
  throwawayEmail,
} from './fraud-kit.js';
import { type Network } from './networks.js';
import { personIn, phoneIn } from './people.js';
import {
  addressIn,
  type Country,
  DROP_POINTS,
  forwarder,
  isCountry,
  pickupNear,
  storefrontOf,
} from './places.js';
import { type Attempt, cardAttempt, other, type Purchase } from './purchase.js';
import { currencyOf } from './shopper.js';

/** Fraud paid with cards and identities that are not the buyer's. */

/** Premium resale lines: the same sweater in a run of sizes, or a mix of the dearest sweaters and blankets. */
function resaleLines(rng: Rng, cur: ReturnType<typeof currencyOf>, handknit: number): Line[] {
  if (rng.chance(0.4)) return sizeRun(rng, rng.pick(SWEATERS.slice(1, 5)), cur, rng.int(3, 5));
  const lines = Array.from({ length: rng.int(2, 4) }, () =>
    line(
      rng,
      rng.weightedPick([
        [rng.pick(SWEATERS), 6],
        [rng.pick(CARDIGANS), 3],
        [rng.pick(BLANKETS), 1],
      ]),
      cur,
    ),
  );
  if (rng.chance(handknit)) lines.push(line(rng, rng.pick(HANDKNIT), cur));
  return lines;
}

/**
 * Card testing: bots run lists of card numbers against the cheapest thing with no parcel to wait for (a PDF
 * pattern, now and then the smallest gift card) as guests, at night, a few minutes apart, from a hosting range,
 * a VPN, a residential proxy or unhidden, each order trying one to three cards of the same BIN or two; most
 * declined. The few that go through are e-mailed at once and bring warnings and disputes later.
 */
export function cardTesting(rng: Rng, w: Window, count: number): Purchase[] {
  return groups(rng, count, 3, 8).flatMap((size, run) => {
    const r = rng.fork(`run${run}`);
    const origin = r.weightedPick<Origin>([
      ['hosting', 30],
      ['vpn', 18],
      ['residential', 27],
      ['abroad', 25],
    ]);
    const cardCountry = r.weightedPick<Country>([
      ['US', 70],
      ['GB', 14],
      ['DE', 8],
      ['NL', 8],
    ]);
    const n: Network = fraudNetwork(r, origin, cardCountry);
    const storefront = storefrontOf(n.country);
    const cur = currencyOf(storefront);
    const bins = [binOf(r, cardCountry), binOf(r, cardCountry)];
    const fixedIp = r.chance(0.55) ? fraudIp(r, n) : undefined;
    const seen = freshDevice(r, r.chance(0.45) ? ['headless'] : ['windows']);
    const device = r.chance(0.5) ? { userAgent: seen.userAgent } : seen;
    let t = Math.max(w.start, Math.min(momentIn(r, w, CET, HOURS.night), w.end - 45 * MINUTE));
    return Array.from({ length: size }, (_, i) => {
      t += i === 0 ? 0 : r.int(15_000, 200_000);
      const holder = personIn(r, cardCountry);
      const attempts: Attempt[] = [];
      const tries = r.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ]);
      for (let k = 0; k < tries; k++) {
        const card = cardOfBin(r, r.pick(bins), cardCountry);
        const ok = r.chance(0.18);
        const decline = r.weightedPick<Decline>([
          ['do_not_honor', 25],
          ['insufficient_funds', 14],
          ['incorrect_cvc', 15],
          ['expired_card', 12],
          ['generic_decline', 10],
          ['stolen_card', 8],
          ['lost_card', 5],
          ['authentication_failed', cardCountry === 'US' ? 3 : 25],
        ]);
        attempts.push(
          cardAttempt(r, card, {
            ok,
            afterMs: k === 0 ? r.int(4_000, 20_000) : r.int(3_000, 25_000),
            match: 'bad',
            small: true,
            ...(ok ? {} : { decline }),
          }),
        );
        if (ok) break;
      }
      const lines = r.chance(0.82) ? [line(r, PATTERN, cur)] : [giftCard(r, cur, false, GIFT_VALUES[cur][0])];
      return fraudPurchase({
        kind: 'card_testing',
        at: Math.min(t, w.end - 1),
        buyer: { email: throwawayEmail(r), name: holder.name },
        billing: addressIn(r, cardCountry),
        delivery: 'email',
        storefront,
        basket: priced(lines, cur, 'email', undefined),
        ip: fixedIp ?? fraudIp(r, n),
        device,
        attempts,
        later: stolenAfter(r, 'email', cardCountry, { caught: 0, warning: 0.45, dispute: 0.25 }),
      });
    });
  });
}

/**
 * Phished Norwegians: a fake parcel-fee or Vipps SMS collects the card, the one-time code or BankID approval,
 * or enough of an identity for Klarna's invoice; a ring orders premium sweaters in the victim's name as guests
 * (or on an account opened minutes before), to pick-up points and lockers in Oslo and Bergen's busy districts,
 * the SMS going to the ring's own prepaid number; from phones on Norwegian carriers, a VPN, or abroad.
 */
export function stolenIdentityPickup(rng: Rng, w: Window, count: number): Purchase[] {
  return groups(rng, count, 2, 6).flatMap((size, ring) => {
    const r = rng.fork(`ring${ring}`);
    const origin = r.weightedPick<Origin>([
      ['mobile', 45],
      ['vpn', 25],
      ['residential', 15],
      ['abroad', 15],
    ]);
    const n = fraudNetwork(r, origin, origin === 'abroad' ? r.pick(['SE', 'DK', 'NL']) : 'NO');
    const favourites = [r.pick(DROP_POINTS), r.pick(DROP_POINTS)];
    const phones = [phoneIn(r, 'NO'), phoneIn(r, 'NO')];
    const device = r.chance(0.7)
      ? ringDevice(r, r.pick(['iphone', 'android', 'samsung'] as const))
      : undefined;
    const first = momentIn(r, w, CET, HOURS.night, { shipsTo: 'NO' });
    return Array.from({ length: size }, () => {
      const at = Math.min(w.end - 1, first + Math.floor(r.float(0, 9) * DAY));
      const victim = personIn(r, 'NO');
      const home = addressIn(r, 'NO');
      const { delivery, shipping } = r.chance(0.8)
        ? dropPoint(r, favourites)
        : { delivery: 'parcel_locker' as const, shipping: pickupNear(r, home, true) };
      const account = r.chance(0.2);
      const lines = resaleLines(r, 'NOK', 0.1);
      const basket = priced(lines, 'NOK', delivery, 'NO');
      const card = newCard(r, 'NO');
      const attempts: Attempt[] = [];
      if (r.chance(0.6)) {
        attempts.push(stolenTry(r, card, 0.45, r.int(20_000, 90_000), { phished: true }));
        if (!attempts[0]?.ok && r.chance(0.6))
          attempts.push(other('klarna', r.chance(0.6), gap(r), 'klarna_rejected'));
      } else {
        attempts.push(other('klarna', r.chance(0.7), r.int(15_000, 60_000), 'klarna_rejected'));
        if (!attempts[0]?.ok && r.chance(0.5))
          attempts.push(stolenTry(r, card, 0.4, gap(r), { phished: true }));
      }
      const paidBy = attempts.find((a) => a.ok)?.method;
      return fraudPurchase({
        kind: 'stolen_identity_pickup',
        at,
        buyer: {
          email: r.chance(0.7) ? lookalikeEmail(r, victim) : throwawayEmail(r),
          name: victim.name,
          ...(account ? { id: `7${r.digits(12)}`, createdAt: at - r.int(3, 40) * MINUTE } : {}),
        },
        billing: home,
        shipping,
        delivery,
        storefront: 'NO',
        basket,
        ip: fraudIp(r, n),
        device: device ?? freshDevice(r, ['iphone', 'android']),
        phone: r.pick(phones),
        attempts,
        later: stolenAfter(r, delivery, 'NO', {
          caught: 0.08,
          warning: paidBy === 'klarna' ? 0 : 0.55,
          dispute: paidBy === 'klarna' ? 0.45 : 0.7,
        }),
      });
    });
  });
}

type Drop = 'us_forwarder' | 'us_drop' | 'gb_drop' | 'eu_drop' | 'no_drop';

/**
 * Foreign stolen cards bought as "fullz" (the holder's own address, so AVS passes) or with only the number: a
 * few sweaters and blankets at a time to a New Castle, Portland or Miami reshipper, a mule's flat in Britain,
 * Germany or the Netherlands, or a Norwegian pick-up point; behind a residential proxy in the holder's country,
 * a VPN, a hosting range or from home; an anti-detect browser that is new each time; two or three cards tried.
 */
export function stolenCardForwarder(rng: Rng, w: Window, count: number): Purchase[] {
  return groups(rng, count, 1, 3).flatMap((size, crew) => {
    const r = rng.fork(`crew${crew}`);
    const cardCountry = r.weightedPick<Country>([
      ['US', 55],
      ['GB', 20],
      ['DE', 10],
      ['NL', 5],
      ['SE', 5],
      ['DK', 5],
    ]);
    const drop = r.weightedPick<Drop>([
      ['us_forwarder', 40],
      ['us_drop', 15],
      ['gb_drop', 12],
      ['eu_drop', 15],
      ['no_drop', 10],
    ]);
    const origin = r.weightedPick<Origin>(
      drop === 'no_drop'
        ? [
            ['mobile', 50],
            ['vpn', 30],
            ['abroad', 20],
          ]
        : [
            ['residential', 45],
            ['vpn', 25],
            ['hosting', 12],
            ['abroad', 18],
          ],
    );
    const n = fraudNetwork(r, origin, origin === 'mobile' ? 'NO' : cardCountry);
    const storefront = r.chance(0.8) ? storefrontOf(cardCountry) : 'INTL';
    const cur = currencyOf(storefront);
    const first = momentIn(r, w, CET, HOURS.flat);
    return Array.from({ length: size }, () => {
      const at = Math.min(w.end - 1, first + Math.floor(r.float(0, 3) * DAY));
      const holder = personIn(r, cardCountry);
      const fullz = r.chance(0.7);
      const billing = addressIn(r, cardCountry);
      let to: Address | undefined;
      if (drop === 'us_forwarder') to = forwarder(r, 'US');
      else if (drop === 'us_drop') to = addressIn(r, 'US');
      else if (drop === 'gb_drop') to = addressIn(r, 'GB');
      else if (drop === 'eu_drop') to = addressIn(r, r.pick(['DE', 'NL']));
      const sent = to ? { delivery: deliveryTo(r, to).delivery, shipping: to } : dropPoint(r);
      const shipping = sent.shipping;
      const delivery = sent.delivery === 'eu_post' && r.chance(0.5) ? 'dhl_express' : sent.delivery;
      const basket = priced(resaleLines(r, cur, 0.2), cur, delivery, shipping.country);
      const okChance = cardCountry === 'US' ? 0.6 : 0.3;
      const attempts: Attempt[] = [];
      const tries = r.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ]);
      for (let k = 0; k < tries; k++) {
        const card = newCard(r, cardCountry);
        attempts.push(
          stolenTry(r, card, k === 0 ? okChance : okChance * 0.8, k === 0 ? r.int(30_000, 120_000) : gap(r), {
            match: k === 0 && fullz ? 'good' : 'bad',
          }),
        );
        if (attempts[k]?.ok) break;
      }
      return fraudPurchase({
        kind: 'stolen_card_forwarder',
        at,
        buyer: {
          email: r.chance(0.5) ? lookalikeEmail(r, holder) : throwawayEmail(r),
          name: holder.name,
          ...(r.chance(0.25) ? { id: `7${r.digits(12)}`, createdAt: at - r.int(2, 300) * MINUTE } : {}),
        },
        billing,
        shipping,
        delivery,
        storefront,
        basket,
        ip: fraudIp(r, n),
        device: freshDevice(r),
        phone: phoneIn(r, shipping.country),
        attempts,
        later: stolenAfter(r, delivery, shipping.country, { caught: 0.1, warning: 0.5, dispute: 0.7 }),
      });
    });
  });
}

/**
 * Gift-card cashing: stolen or phished cards turned into e-mailed gift cards of the larger values, sold on at a
 * discount before anyone notices; two or three orders in an hour from one device, to throwaway mailboxes.
 */
export function giftCardCashing(rng: Rng, w: Window, count: number): Purchase[] {
  return groups(rng, count, 1, 4).flatMap((size, session) => {
    const r = rng.fork(`session${session}`);
    const cardCountry = r.weightedPick<Country>([
      ['NO', 30],
      ['US', 35],
      ['GB', 20],
      ['DE', 15],
    ]);
    const storefront = isCountry(cardCountry) ? cardCountry : 'NO';
    const cur = currencyOf(storefront);
    const origin = r.weightedPick<Origin>([
      ['vpn', 35],
      ['hosting', 20],
      ['abroad', 20],
      ['residential', 25],
    ]);
    const n = fraudNetwork(r, origin, cardCountry);
    const device = freshDevice(r, ['windows', 'android', 'iphone']);
    const ip = fraudIp(r, n);
    let t = momentIn(r, w, CET, HOURS.night);
    const values = GIFT_VALUES[cur].slice(3);
    return Array.from({ length: size }, () => {
      t = Math.min(w.end - 1, t + r.int(3, 25) * MINUTE);
      const holder = personIn(r, cardCountry);
      const lines = Array.from({ length: r.int(1, 3) }, () => {
        const gc = giftCard(r, cur, false, r.pick(values));
        return {
          ...gc,
          quantity: r.weightedPick([
            [1, 6],
            [2, 3],
            [3, 1],
          ]),
        };
      });
      const attempts: Attempt[] = [];
      const tries = r.int(1, 3);
      for (let k = 0; k < tries; k++) {
        attempts.push(
          stolenTry(r, newCard(r, cardCountry), 0.5, k === 0 ? r.int(15_000, 60_000) : gap(r), {
            phished: cardCountry === 'NO',
            match: k === 0 ? 'good' : 'bad',
          }),
        );
        if (attempts[k]?.ok) break;
      }
      const to = personIn(r, cardCountry);
      return fraudPurchase({
        kind: 'gift_card_cashing',
        at: t,
        buyer: { email: r.chance(0.6) ? lookalikeEmail(r, holder) : throwawayEmail(r), name: holder.name },
        billing: addressIn(r, cardCountry),
        delivery: 'email',
        storefront,
        basket: priced(lines, cur, 'email', undefined),
        ip: r.chance(0.7) ? ip : fraudIp(r, n),
        device,
        ...(r.chance(0.3) ? { phone: phoneIn(r, cardCountry) } : {}),
        recipient: { name: to.name, email: throwawayEmail(r) },
        attempts,
        later: stolenAfter(r, 'email', cardCountry, { caught: 0, warning: 0.5, dispute: 0.65 }),
      });
    });
  });
}
