import { type Rng } from '../kit/random.js';
import { billingAt, fixedIp, guest, mobileIp, phLocale } from './build.js';
import { type World } from './build.js';
import { BILLS, HOUSEHOLD, momentIn, SMALL_HOURS, within } from './calendar.js';
import { binOf, cardOfBin, type Decline, type HeldCard, newCard } from './cards.js';
import {
  type Biller,
  billAccount,
  bill,
  billBasket,
  basketOf,
  brandOn,
  cheapestLoad,
  gameTopUp,
  giftCard,
  lineTo,
  mlPlayer,
  mobileOn,
  resaleCode,
  telcoOf,
  topGiftCard,
} from './catalogue.js';
import {
  fraudAfter,
  fraudPurchase,
  hostingIp,
  passesWithoutOtp,
  runs,
  stolenTries,
  unchallenged,
} from './fraud-kit.js';
import { ipIn } from './networks.js';
import {
  androidPhone,
  emailOf,
  filipino,
  foreignMobile,
  type Handset,
  nameFrom,
  phone,
  throwawayEmail,
  windowsPc,
} from './people.js';
import { CARD_HOMES, NEIGHBOUR_CARD_HOMES, type Place, phPlace, SANCTIONED_PLACES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  HOUR,
  MINUTE,
  otpTime,
  type Purchase,
  type ThreeDS,
} from './purchase.js';

/**
 * Fraud on cards: testing runs on the cheapest load, careless buyers of resaleable codes with stolen foreign cards,
 * a careful crew with Philippine cards and the OTPs phished from their holders, the "discounted bills" scam that
 * pays strangers' bills with stolen cards, and buyers from sanctioned jurisdictions.
 */

const HEADLESS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.109 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36',
  'python-requests/2.31.0',
];

/** A tested card refused: a wrong code or expiry, the issuer's refusal, a challenge the tester cannot answer. */
function testDecline(rng: Rng, card: HeldCard, afterMs: number, threeDS: ThreeDS): Attempt {
  const why = rng.weightedPick<Decline>([
    ['incorrect_cvc', 22],
    ['do_not_honor', 22],
    ['generic_decline', 18],
    ['expired_card', 10],
    ['insufficient_funds', 8],
    // A Philippine card is challenged unless the issuer's risk check waves it through.
    ['authentication_failed', card.country === 'PH' ? 80 : 12],
    ['lost_card', 4],
    ['stolen_card', 4],
  ]);
  return cardAttempt(rng, card, {
    ok: false,
    afterMs,
    match: 'wrong',
    decline: why,
    threeDS: why === 'authentication_failed' ? 'challenge_failed' : threeDS,
  });
}

/**
 * Card testing: guests in runs of 6–20 checkouts a minute or two apart, in the small hours, each a single ₱15–₱30
 * load to a random number with a throwaway e-mail, on one or two BINs of a leaked batch, through hosting exits or a
 * pool of Philippine mobile proxies; most are refused, the few that pass are barely noticed.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (const size of runs(rng, count, 6, 20)) {
    const country = rng.weightedPick<string>([
      ['US', 40],
      ['PH', 30],
      ['GB', 10],
      ['CA', 10],
      ['AU', 10],
    ]);
    const bins = [binOf(rng, country), binOf(rng, country)];
    const proxies = rng.chance(0.4);
    const hostingCountry = rng.pick(['NL', 'DE', 'US', 'SG']);
    const script = rng.chance(0.7);
    const device: Handset = script
      ? { surface: 'web', userAgent: rng.pick(HEADLESS) }
      : { ...androidPhone(rng, 0), surface: 'web' };
    let t = momentIn(rng, w.window, { tz: 8, curve: SMALL_HOURS });
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + rng.int(20_000, 150_000));
      const card = cardOfBin(rng, country, rng.pick(bins));
      const n = rng.chance(0.5) ? filipino(rng) : nameFrom(rng, 'US');
      const telco = telcoOf(rng);
      const number = mobileOn(rng, telco);
      const basket = basketOf([lineTo(cheapestLoad(rng, brandOn(rng, telco)), number)]);
      const threeDS = unchallenged(rng, card);
      const afterMs = rng.int(4_000, 15_000);
      const attempts = rng.chance(card.country === 'PH' ? 0.06 : 0.18)
        ? [cardAttempt(rng, card, { ok: true, afterMs, match: 'wrong', threeDS })]
        : [testDecline(rng, card, afterMs, threeDS)];
      // A second card of the batch straight after, now and then.
      if (!attempts[0]?.ok && rng.chance(0.25)) {
        const next = cardOfBin(rng, country, rng.pick(bins));
        const gap = rng.int(3_000, 12_000);
        attempts.push(
          rng.chance(0.15)
            ? cardAttempt(rng, next, {
                ok: true,
                afterMs: gap,
                match: 'wrong',
                threeDS: unchallenged(rng, next),
              })
            : testDecline(rng, next, gap, unchallenged(rng, next)),
        );
      }
      out.push(
        fraudPurchase({
          kind: 'card_testing',
          at: t,
          buyer: guest(throwawayEmail(rng), n.name),
          phone: number,
          ip: proxies ? mobileIp(rng, telcoOf(rng)) : ipIn(rng, hostingCountry, 'hosting'),
          device: script ? device : { ...device, ...(rng.chance(0.5) ? { id: `fp_${rng.token(22)}` } : {}) },
          locale: 'en-US',
          basket,
          billing: billingAt(
            rng,
            country === 'PH' ? phPlace(rng) : (CARD_HOMES[country]?.[0] ?? phPlace(rng)),
            false,
          ),
          attempts,
          later: fraudAfter(rng, basket, 0.2, 0.03),
        }),
      );
    }
  }
  return out;
}

const STOLEN_FROM: ReadonlyArray<readonly [string, number]> = [
  ['US', 40],
  ['GB', 15],
  ['CA', 10],
  ['AU', 10],
  ['FR', 8],
  ['DE', 7],
  ['PH', 10],
];

/**
 * Stolen cards, carelessly: a guest or an account opened minutes before, a throwaway or random address, the
 * holder's name (or not), a foreign card from a dump with a Philippine billing address or the holder's, hosting
 * exits or mobile data, Steam, PlayStation and big diamond packs or the dearest gift cards sent to another inbox;
 * two or three cards tried in a row. A few desktops and phones come back across several orders.
 */
export function stolenCard(rng: Rng, w: World, count: number): Purchase[] {
  const rigs: Handset[] = Array.from({ length: 4 }, () =>
    rng.chance(0.5) ? windowsPc(rng) : androidPhone(rng, 0),
  );
  return Array.from({ length: count }, () => {
    const at = momentIn(rng, w.window, { tz: 8, curve: rng.chance(0.4) ? SMALL_HOURS : HOUSEHOLD });
    const country = rng.weightedPick(STOLEN_FROM);
    const cards: HeldCard[] = Array.from({ length: rng.int(1, 3) }, () => newCard(rng, country));
    const holder = nameFrom(
      rng,
      country === 'PH' ? 'PH' : country === 'FR' || country === 'DE' ? country : 'US',
    );
    const n = rng.chance(0.5) ? holder : filipino(rng);
    const home = CARD_HOMES[country];
    const ownAddress = home !== undefined && rng.chance(0.4);
    const fresh = rng.chance(0.45);
    const email = rng.chance(0.6) ? throwawayEmail(rng) : emailOf(rng, n, 'gmail.com');
    const lines = Array.from({ length: rng.int(1, 3) }, () =>
      lineTo(
        rng.chance(0.6)
          ? resaleCode(rng)
          : topGiftCard(rng.pick(['google', 'sm', 'lazada', 'apple'] as const)),
        rng.chance(0.7) ? throwawayEmail(rng) : email,
      ),
    );
    const basket = basketOf(lines);
    const attempts = stolenTries(rng, cards, {
      chance: passesWithoutOtp,
      match: ownAddress ? 'good' : 'wrong',
      first: rng.int(6_000, 40_000),
      gap: () => rng.int(15_000, 120_000),
    });
    return fraudPurchase({
      kind: 'stolen_card',
      at,
      buyer: fresh
        ? { id: `u${rng.digits(9)}`, email, name: n.name, createdAt: at - rng.int(2, 30) * MINUTE }
        : guest(email, n.name),
      phone: mobileOn(rng, telcoOf(rng)),
      ip: rng.chance(0.55) ? hostingIp(rng) : mobileIp(rng, telcoOf(rng)),
      device: rng.chance(0.6) ? rng.pick(rigs) : rng.chance(0.5) ? windowsPc(rng) : androidPhone(rng, 0),
      locale: rng.chance(0.6) ? 'en-US' : phLocale(rng),
      basket,
      billing: billingAt(rng, ownAddress && home ? rng.pick(home) : phPlace(rng), true),
      attempts,
      later: fraudAfter(rng, basket, 0.5, 0.6),
    });
  });
}

/** A crew: a few phones, a home network, and the orders they place over the season. */
interface Crew {
  devices: Handset[];
  telco: 'globe' | 'smart' | 'dito';
}

const crewOf = (rng: Rng): Crew => ({
  devices: Array.from({ length: rng.int(1, 3) }, () => androidPhone(rng, 0.4)),
  telco: telcoOf(rng),
});

/**
 * Phished Philippine cards, carefully: holders tricked by a fake bank SMS give up the card and then the OTP, so the
 * challenge is passed. The crew opens an account days or weeks ahead in the holder's name (or one like it), on a
 * Gmail address that looks like anyone's, from Philippine mobile data in ordinary hours, and buys what resells
 * (big diamond packs, SM and Lazada gift cards) in amounts a household might spend; the holder disputes later.
 */
export function phishedCard(rng: Rng, w: World, count: number): Purchase[] {
  const crews = Array.from({ length: Math.max(1, Math.round(count / 5)) }, () => crewOf(rng));
  return Array.from({ length: count }, () => {
    const crew = rng.pick(crews);
    const at = momentIn(rng, w.window, { tz: 8, curve: HOUSEHOLD });
    const holder = filipino(rng);
    const n = rng.chance(0.7) ? holder : filipino(rng);
    const card = newCard(rng, 'PH', rng.chance(0.75) ? 'credit' : 'debit');
    const place = phPlace(rng);
    const lines = rng.chance(0.5)
      ? [lineTo(gameTopUp(rng, 'ml', 'big'), mlPlayer(rng))]
      : Array.from({ length: rng.int(1, 2) }, () =>
          lineTo(
            giftCard(rng, rng.pick(['sm', 'lazada', 'google'] as const)),
            emailOf(rng, filipino(rng), 'gmail.com'),
            rng.int(1, 3),
          ),
        );
    const basket = basketOf(lines);
    const r = rng.next();
    const attempts =
      r < 0.85
        ? [
            cardAttempt(rng, card, {
              ok: true,
              afterMs: otpTime(rng),
              threeDS: 'challenge_passed',
              match: 'good',
            }),
          ]
        : r < 0.95
          ? [
              cardAttempt(rng, card, {
                ok: false,
                afterMs: otpTime(rng),
                decline: 'authentication_timeout',
                match: 'good',
              }),
              cardAttempt(rng, card, {
                ok: true,
                afterMs: rng.int(2, 10) * MINUTE,
                threeDS: 'challenge_passed',
                match: 'good',
              }),
            ]
          : [
              cardAttempt(rng, card, {
                ok: false,
                afterMs: otpTime(rng),
                decline: 'do_not_honor',
                threeDS: 'challenge_passed',
                match: 'good',
              }),
            ];
    return fraudPurchase({
      kind: 'phished_card',
      at,
      buyer: {
        id: `u${rng.digits(9)}`,
        email: emailOf(rng, n, 'gmail.com'),
        name: n.name,
        createdAt: at - rng.int(3 * 24, 40 * 24) * HOUR,
      },
      phone: mobileOn(rng, crew.telco),
      ip: rng.chance(0.85) ? mobileIp(rng, crew.telco) : fixedIp(rng),
      device: rng.chance(0.8) ? rng.pick(crew.devices) : phone(rng, 0.15),
      locale: phLocale(rng),
      basket,
      billing: billingAt(rng, place, rng.chance(0.6)),
      attempts,
      later: fraudAfter(rng, basket, 0.3, 0.7),
    });
  });
}

const SCAM_BILLERS: ReadonlyArray<readonly [Biller, number]> = [
  ['meralco', 50],
  ['pldt', 12],
  ['converge', 12],
  ['globe_home', 8],
  ['maynilad', 10],
  ['manila_water', 8],
];

/**
 * The "discounted bills payment" scam: strangers hand over their bills at 20–30 % off and the crew pays them with
 * stolen cards (foreign cards that pass without a challenge, or Philippine ones with phished OTPs). Accounts a few
 * days old, one to three unrelated households' bills an order, big electricity bills first.
 */
export function billsScam(rng: Rng, w: World, count: number): Purchase[] {
  const crews = Array.from({ length: Math.max(1, Math.round(count / 6)) }, () => crewOf(rng));
  return Array.from({ length: count }, () => {
    const crew = rng.pick(crews);
    const at = momentIn(rng, w.window, { tz: 8, curve: BILLS });
    const n = filipino(rng);
    const lines = Array.from({ length: rng.int(1, 3) }, () => {
      const biller = rng.weightedPick(SCAM_BILLERS);
      return bill(rng, biller, billAccount(rng, biller), rng.float(1.3, 3.5));
    });
    const basket = billBasket(lines);
    const foreign = rng.chance(0.55);
    const country = foreign ? rng.pick(['US', 'US', 'GB', 'AU', 'CA']) : 'PH';
    const cards = Array.from({ length: rng.int(1, 2) }, () => newCard(rng, country, 'credit'));
    const attempts = stolenTries(rng, cards, {
      chance: () => (foreign ? 0.55 : 0.8),
      match: foreign ? 'wrong' : 'good',
      first: foreign ? rng.int(8_000, 40_000) : otpTime(rng),
      gap: () => rng.int(1, 6) * MINUTE,
      ...(foreign ? {} : { otp: true }),
    });
    return fraudPurchase({
      kind: 'bills_scam',
      at,
      buyer: {
        id: `u${rng.digits(9)}`,
        email: emailOf(rng, n, rng.chance(0.8) ? 'gmail.com' : 'yahoo.com'),
        name: n.name,
        createdAt: at - rng.int(1, 10) * DAY - rng.int(0, 23) * HOUR,
      },
      phone: mobileOn(rng, crew.telco),
      ip: rng.chance(0.7) ? mobileIp(rng, crew.telco) : fixedIp(rng),
      device: rng.chance(0.7) ? rng.pick(crew.devices) : windowsPc(rng),
      locale: phLocale(rng),
      basket,
      billing: billingAt(rng, phPlace(rng), rng.chance(0.5)),
      attempts,
      later: fraudAfter(rng, basket, 0.4, 0.7),
    });
  });
}

const SANCTIONED_SHARE: ReadonlyArray<readonly [number, number]> = [
  [0, 22],
  [1, 18],
  [2, 10],
  [3, 10],
  [4, 16],
  [5, 6],
  [6, 10],
  [7, 8],
];

/**
 * Buyers in Russia, Belarus, Iran, Syria and Cuba, cut off from Steam, PlayStation, Google Play and the App Store at
 * home, buying codes from a Philippine store with cards opened in Kazakhstan, Armenia, Kyrgyzstan, Türkiye or the
 * UAE; from home networks, or through a VPN with their real address typed at checkout. The cards are their own, so
 * the challenge is passed; a few are refused, a few refunded after the store's sanctions screening.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const place: Place = SANCTIONED_PLACES[rng.weightedPick(SANCTIONED_SHARE)] ?? {
      country: 'RU',
      city: 'Moskva',
      tz: 3,
    };
    const at = momentIn(rng, w.window, { tz: place.tz, curve: HOUSEHOLD });
    const n = nameFrom(rng, place.country);
    const cardCountry = rng.weightedPick<string>([
      ['KZ', 35],
      ['AM', 20],
      ['KG', 10],
      ['TR', 20],
      ['AE', 15],
    ]);
    const card = newCard(rng, cardCountry);
    const viaVpn = rng.chance(0.35);
    const ip = viaVpn ? hostingIp(rng, ['NL', 'DE']) : ipIn(rng, place.country, 'fixed', 0);
    // Through a VPN the real address is still typed; from home, now and then the card's own address instead.
    const billingPlace = viaVpn || rng.chance(0.6) ? place : (NEIGHBOUR_CARD_HOMES[cardCountry] ?? place);
    const domain =
      place.country === 'RU' || place.country === 'BY'
        ? rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])
        : 'gmail.com';
    const email = emailOf(rng, n, domain);
    const lines = Array.from({ length: rng.int(1, 3) }, () =>
      lineTo(
        rng.chance(0.6)
          ? gameTopUp(rng, rng.pick(['steam', 'psn'] as const), 'big')
          : topGiftCard(rng.pick(['google', 'apple'] as const)),
        email,
      ),
    );
    const basket = basketOf(lines);
    const ok = rng.chance(0.75);
    const attempts = [
      cardAttempt(rng, card, {
        ok,
        afterMs: otpTime(rng),
        match: 'good',
        ...(ok
          ? { threeDS: 'challenge_passed' as const }
          : {
              decline: rng.pick(['do_not_honor', 'transaction_not_allowed'] as const),
              threeDS: 'challenge_passed' as const,
            }),
      }),
    ];
    const screened = rng.chance(0.12)
      ? [{ type: 'refund.created' as const, afterMs: rng.int(1, 4) * DAY, reason: 'sanctions_screening' }]
      : [];
    return fraudPurchase({
      kind: 'sanctioned_country',
      at,
      buyer: rng.chance(0.5)
        ? guest(email, n.name)
        : { id: `u${rng.digits(9)}`, email, name: n.name, createdAt: at - rng.int(10, 90) * MINUTE },
      phone: foreignMobile(rng, place.country),
      ip,
      device: rng.chance(0.6) ? windowsPc(rng) : androidPhone(rng, 0),
      locale: 'en-US',
      basket,
      billing: billingAt(rng, billingPlace, true),
      attempts,
      later: [...fraudAfter(rng, basket, 0, 0), ...screened],
    });
  });
}
