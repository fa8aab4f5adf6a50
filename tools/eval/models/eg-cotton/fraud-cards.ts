import { type Address, type Buyer, type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import { cardOf, type Decline, newCard, TESTER_BINS, type ThreeDS } from './cards.js';
import { basketOf, cheapestLine, type Fulfilment, giftCardLines, resaleLines } from './catalogue.js';
import { fraudPurchase, isPaid, paidAtOf, released, stolenAfter, stolenRun, usdOf } from './fraud-kit.js';
import { homeIp, hostingIp, ipFrom } from './networks.js';
import { type Country, COURIER_HUBS, homeIn, MARKETS, reshipperAddress } from './places.js';
import { deviceFor, emailOf, junkEmail, nameOf, userAgent } from './people.js';
import {
  type Attempt,
  cardTry,
  DAY,
  HOUR,
  type LaterEvent,
  MINUTE,
  type Purchase,
  type World,
} from './purchase.js';

/**
 * Fraud on cards: card testing in night-time bursts on the cheapest towel, stolen Gulf and European cards
 * shipping to re-shippers, Egyptian cards whose OTP was talked out of their holders, and orders touching
 * sanctioned countries.
 */

const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36';

/**
 * Card testing: runs of 5 to 14 guest checkouts a minute or two apart, mostly at night in Cairo, from hosting
 * ranges or abroad, each on a fresh card from one or two prepaid BINs; a face towel on the Egyptian
 * storefront (to a made-up Cairo address) or shipped to a US or British address. Most are declined; a few go
 * through, and the shop cancels those or the issuer warns.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let run = 0;
  while (out.length < count) {
    const r = rng.fork(`run${run++}`);
    const size = Math.min(count - out.length, r.int(5, 14));
    const bins = [r.pick(TESTER_BINS), r.pick(TESTER_BINS)];
    const egyptian = r.chance(0.5);
    const net = r.pick(['us-hosting', 'nl-hosting', 'de-hosting', 'vn-home', 'id-home', 'ng-home']);
    const headless = r.chance(0.4);
    const ua = headless ? HEADLESS : userAgent(r, 'windows');
    const device: Device = r.chance(0.5) ? { userAgent: ua, id: `dv_${r.token(22)}` } : { userAgent: ua };
    let t = Math.min(placeAt(r, w.window, 2, 'night'), w.window.end - size * 4 * MINUTE);
    t = Math.max(t, w.window.start);
    for (let i = 0; i < size; i++) {
      t += r.int(15, 170) * 1000;
      const [bin, brand, country] = r.chance(0.75)
        ? (bins[0] ?? TESTER_BINS[0])
        : (bins[1] ?? TESTER_BINS[0]);
      const to: Address = egyptian ? homeIn(r, 'EG') : homeIn(r, country === 'GB' ? 'GB' : 'US');
      const currency = egyptian ? 'EGP' : MARKETS[to.country as Country].currency;
      const f: Fulfilment = egyptian ? 'courier' : 'express_international';
      const basket = basketOf([cheapestLine(r, currency)], currency, f, to);
      const usd = usdOf(basket.amount, currency);
      const attempts: Attempt[] = [];
      const tries = r.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ] as const);
      for (let k = 0; k < tries; k++) {
        const card: Card = cardOf(r, bin ?? '435880', brand ?? 'visa', country ?? 'US');
        const afterMs = k === 0 ? r.int(4_000, 20_000) : r.int(3_000, 15_000);
        if (r.chance(0.13)) {
          const threeDS: ThreeDS = r.pick(['frictionless', 'exempt', 'not_enrolled']);
          attempts.push(cardTry(r, card, usd, { entry: 'typed', ok: true, afterMs, threeDS, match: 'bad' }));
          break;
        }
        const decline = r.weightedPick<Decline>([
          ['do_not_honor', 30],
          ['insufficient_funds', 15],
          ['incorrect_cvc', 18],
          ['expired_card', 12],
          ['stolen_card', 8],
          ['lost_card', 5],
          ['authentication_failed', 12],
        ]);
        const threeDS: ThreeDS = decline === 'authentication_failed' ? 'challenge_failed' : 'frictionless';
        attempts.push(
          cardTry(r, card, usd, { entry: 'typed', ok: false, decline, afterMs, threeDS, match: 'bad' }),
        );
      }
      const name = nameOf(r, 'western', 'US');
      const buyer: Buyer = { email: r.chance(0.6) ? junkEmail(r) : emailOf(r, name, 'US'), name };
      let later: LaterEvent[] = released(r);
      if (isPaid(attempts))
        later = r.chance(0.55)
          ? [{ type: 'order.cancelled', afterMs: r.int(20, 360) * MINUTE, reason: 'suspected_fraud' }]
          : stolenAfter(r, f, paidAtOf(attempts), {
              warning: 0.6,
              warningDays: [2, 9],
              dispute: 0.35,
              disputeDays: [10, 40],
              reason: 'fraudulent',
            });
      out.push(
        fraudPurchase({
          kind: 'card_testing',
          at: Math.floor(t),
          buyer,
          billing: to,
          shipping: to,
          basket,
          fulfilment: f,
          method: 'card',
          attempts,
          later,
          ip: ipFrom(r, net),
          device,
          locale: egyptian ? 'en-EG' : 'en-US',
        }),
      );
    }
  }
  return out;
}

/** Where stolen cards come from: the Gulf and Europe mostly, some US cards. */
const STOLEN_FROM: ReadonlyArray<readonly [Country, number]> = [
  ['SA', 20],
  ['AE', 18],
  ['KW', 8],
  ['QA', 5],
  ['GB', 18],
  ['DE', 9],
  ['FR', 8],
  ['US', 12],
];

/**
 * Stolen Gulf and European cards (full details bought online) buying king sateen sets, robes and bales for
 * re-shippers in the US, the UK and the Emirates, or for a drop flat in Cairo; one to three cards tried per
 * checkout behind a proxy in the card's country, a VPN or from abroad; warnings and fraud disputes follow.
 */
export function stolenCardReshipper(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`rs${i}`);
    const from = r.weightedPick(STOLEN_FROM);
    const gulf = ['SA', 'AE', 'KW', 'QA'].includes(from);
    const drop = r.chance(0.25);
    const to = drop ? homeIn(r, 'EG') : reshipperAddress(r);
    const currency = MARKETS[to.country as Country].currency;
    const f: Fulfilment = drop ? 'courier' : 'express_international';
    const basket = basketOf(resaleLines(r, currency, r.chance(0.4)), currency, f, to);
    const usd = usdOf(basket.amount, currency);
    const cards = Array.from(
      {
        length: r.weightedPick([
          [1, 5],
          [2, 3],
          [3, 2],
        ] as const),
      },
      () => newCard(r, from, { noMeeza: true }),
    );
    const attempts = stolenRun(r, cards, usd, {
      challengeFails: gulf ? 0.45 : from === 'US' ? 0.08 : 0.35,
      issuerDeclines: 0.2,
      passedAs: () => (from === 'US' ? 'frictionless' : r.chance(0.5) ? 'frictionless' : 'challenge_passed'),
    });
    const holder = nameOf(r, gulf ? (r.chance(0.5) ? 'gulf' : 'egyptian') : 'western', from);
    const holderHome = homeIn(r, from);
    const fresh = r.chance(0.45);
    const at = placeAt(r, w.window, 2, r.chance(0.5) ? 'night' : 'daytime');
    const buyer: Buyer = {
      ...(fresh ? { id: `cus_${r.token(14)}`, createdAt: at - r.int(2, 30) * MINUTE } : {}),
      email: r.chance(0.5) ? junkEmail(r) : emailOf(r, holder, from),
      name: holder,
    };
    const net = r.weightedPick([
      ['proxy', 45],
      ['hosting', 25],
      ['abroad', 15],
      ['egypt', drop ? 40 : 15],
    ] as const);
    const ip =
      net === 'proxy'
        ? homeIp(r, from, 0.2)
        : net === 'hosting'
          ? hostingIp(r)
          : net === 'egypt'
            ? homeIp(r, 'EG', 0.9)
            : ipFrom(r, r.pick(['ng-home', 'pk-home', 'vn-home', 'ma-home', 'id-home']));
    const later = isPaid(attempts)
      ? stolenAfter(r, f, paidAtOf(attempts), {
          warning: 0.45,
          warningDays: [4, 20],
          dispute: 0.8,
          disputeDays: [14, 50],
          reason: 'fraudulent',
          caughtEarly: 0.12,
        })
      : released(r);
    return fraudPurchase({
      kind: 'stolen_card_reshipper',
      at,
      buyer,
      billing: r.chance(0.65) ? holderHome : to,
      shipping: to,
      basket,
      fulfilment: f,
      method: 'card',
      attempts,
      later,
      ip,
      device: deviceFor(r, from, r.pick(['windows', 'iphone', 'mac', 'android_chrome'])),
      locale: drop ? 'ar-EG' : r.pick(MARKETS[from].locales),
    });
  });
}

/**
 * Egyptian cards whose holders were talked out of the OTP ("the bank's security department" on the phone):
 * 3-D Secure passes. New accounts or guests on cheap Android phones on Egyptian mobile data buy e-gift cards
 * and resellable linen for a courier hub or another governorate; the holder's bank warns and disputes follow.
 */
export function stolenEgyptianCard(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`eg${i}`);
    const victim = nameOf(r, 'egyptian', 'EG');
    const victimHome = homeIn(r, 'EG');
    const cards = [newCard(r, 'EG')];
    if (r.chance(0.25)) cards.push(newCard(r, 'EG'));
    const giftCards = r.chance(0.35);
    const to = giftCards ? undefined : r.chance(0.4) ? r.pick(COURIER_HUBS) : homeIn(r, 'EG');
    const f: Fulfilment = giftCards ? 'email' : to && COURIER_HUBS.includes(to) ? 'courier_hub' : 'courier';
    const basket = basketOf(giftCards ? giftCardLines(r) : resaleLines(r, 'EGP', false), 'EGP', f, to);
    const usd = usdOf(basket.amount, 'EGP');
    const attempts = stolenRun(r, cards, usd, {
      challengeFails: 0.22,
      issuerDeclines: 0.15,
      passedAs: () => 'challenge_passed',
    });
    const at = placeAt(r, w.window, 2, 'evening');
    const fresh = r.chance(0.6);
    const alias = nameOf(r, 'egyptian', 'EG');
    const buyer: Buyer = {
      ...(fresh ? { id: `cus_${r.token(14)}`, createdAt: at - r.int(4, 60) * MINUTE } : {}),
      email: r.chance(0.5) ? junkEmail(r) : emailOf(r, alias, 'EG'),
      name: r.chance(0.6) ? victim : alias,
    };
    let later: LaterEvent[] = released(r);
    if (isPaid(attempts)) {
      later = stolenAfter(r, f, paidAtOf(attempts), {
        warning: 0.5,
        warningDays: [2, 8],
        dispute: 0.55,
        disputeDays: [8, 35],
        reason: 'fraudulent',
      });
      if (!later.some((l) => l.type === 'dispute.created') && r.chance(0.3))
        later.push({ type: 'refund.created', afterMs: r.float(3, 12) * DAY, reason: 'fraudulent' });
    }
    return fraudPurchase({
      kind: 'stolen_egyptian_card',
      at,
      buyer,
      billing: victimHome,
      ...(to ? { shipping: to } : {}),
      basket,
      fulfilment: f,
      method: 'card',
      attempts,
      later,
      ip: homeIp(r, 'EG', 0.95),
      device: deviceFor(
        r,
        'EG',
        r.pick(['android_chrome', 'android_chrome', 'android_samsung', 'android_fb']),
      ),
      locale: 'ar-EG',
    });
  });
}

type Variant = 'russia' | 'syria' | 'iran' | 'belarus' | 'cuba';

const SANCTIONED_HOMES: Readonly<Record<Variant, readonly Address[]>> = {
  russia: [
    { country: 'RU', postalCode: '125009', city: 'Moscow', line1: 'Tverskaya ul. 12, kv. 45' },
    { country: 'RU', postalCode: '191025', city: 'Saint Petersburg', line1: 'Nevsky pr. 88, kv. 12' },
    { country: 'RU', postalCode: '620014', city: 'Yekaterinburg', line1: 'ul. Malysheva 51, kv. 130' },
  ],
  syria: [
    { country: 'SY', city: 'Damascus', line1: 'Abu Rummaneh, Al Jalaa St, Bldg 7' },
    { country: 'SY', city: 'Aleppo', line1: 'Al Furqan, Street 10, Bldg 3' },
  ],
  iran: [
    { country: 'IR', postalCode: '1969613111', city: 'Tehran', line1: 'Vali Asr St, No. 1540, Unit 6' },
    { country: 'IR', postalCode: '7134845794', city: 'Shiraz', line1: 'Zand Blvd, No. 212' },
  ],
  belarus: [{ country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'pr. Nezavisimosti 25, kv. 8' }],
  cuba: [{ country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 456, Vedado' }],
};

const SANCTIONED_NAMES: Readonly<Record<Variant, readonly string[]>> = {
  russia: ['Anna Ivanova', 'Dmitry Smirnov', 'Olga Kuznetsova', 'Sergey Popov', 'Ekaterina Volkova'],
  syria: ['Rami Haddad', 'Lina Al-Khatib', 'Omar Al-Halabi', 'Hiba Kassab'],
  iran: ['Reza Ahmadi', 'Maryam Hosseini', 'Ali Karimi'],
  belarus: ['Aliaksandr Kavaliou', 'Volha Novik'],
  cuba: ['Yanelis Pérez', 'Osvaldo Rodríguez'],
};

/**
 * Orders touching sanctioned countries: Russians who stayed in Hurghada or Sharm reordering from home (Mir
 * and Russian Visa cards refused abroad, a Kazakh card instead), Syrians in Egypt sending linen to family in
 * Damascus or Aleppo, Iranian buyers shipping to a Dubai trading address on an Emirati card, Belarusian and
 * Cuban buyers. The shop's compliance check cancels and refunds most that go through.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`sx${i}`);
    const v = r.weightedPick<Variant>([
      ['russia', 40],
      ['syria', 30],
      ['iran', 15],
      ['belarus', 10],
      ['cuba', 5],
    ]);
    const home = r.pick(SANCTIONED_HOMES[v]);
    const name = r.pick(SANCTIONED_NAMES[v]);
    let billing = home;
    let shipTo: Address = home;
    let ip: string;
    let cards: Card[];
    let declined: Decline | undefined;
    let currency: 'USD' | 'EGP' | 'AED' = 'USD';
    let tz = 3;
    let mail = 'gmail.com';
    if (v === 'russia') {
      ip = ipFrom(r, 'ru-home', 0.2);
      mail = r.pick(['yandex.ru', 'mail.ru', 'gmail.com']);
      if (r.chance(0.3)) {
        shipTo = {
          country: 'EG',
          postalCode: '84511',
          city: 'Hurghada',
          line1: `Hotel reception, Sheraton Rd, room ${r.int(100, 640)}`,
        };
        currency = 'EGP';
      }
      const mix = r.weightedPick([
        ['russian', 25],
        ['both', 45],
        ['kazakh', 30],
      ] as const);
      cards = mix === 'kazakh' ? [newCard(r, 'KZ')] : [newCard(r, 'RU')];
      if (mix === 'both') cards.push(newCard(r, 'KZ'));
      declined = 'card_not_supported';
    } else if (v === 'syria') {
      ip = homeIp(r, 'EG');
      billing = homeIn(r, 'EG');
      cards = [newCard(r, 'EG', { noMeeza: true })];
      tz = 2;
    } else if (v === 'iran') {
      ip = ipFrom(r, 'ir-home', 0.2);
      shipTo = { country: 'AE', city: 'Dubai', line1: `Deira, Al Ras, Trading Office ${r.int(101, 940)}` };
      currency = 'AED';
      cards = [newCard(r, 'AE')];
      tz = 3.5;
    } else if (v === 'belarus') {
      ip = ipFrom(r, 'by-home', 0.2);
      cards = r.chance(0.7) ? [newCard(r, 'BY'), newCard(r, 'DE')] : [newCard(r, 'BY')];
      declined = 'do_not_honor';
      mail = r.pick(['tut.by', 'gmail.com', 'mail.ru']);
    } else {
      ip = ipFrom(r, 'cu-home');
      cards = [newCard(r, 'ES')];
      tz = -5;
      mail = r.pick(['nauta.cu', 'gmail.com']);
    }
    const f: Fulfilment = shipTo.country === 'EG' ? 'courier' : 'express_international';
    const lines = resaleLines(r, currency, false).slice(0, 2);
    const basket = basketOf(lines, currency, f, shipTo);
    const usd = usdOf(basket.amount, currency);
    const attempts: Attempt[] = [];
    for (const [k, card] of cards.entries()) {
      const afterMs = k === 0 ? r.int(20_000, 90_000) : r.int(60_000, 6 * MINUTE);
      // Cards issued in Russia and Belarus are refused abroad.
      const refused = declined !== undefined && (card.country === 'RU' || card.country === 'BY');
      attempts.push(
        cardTry(r, card, usd, {
          entry: 'typed',
          ok: !refused,
          afterMs,
          ...(refused ? { decline: declined } : {}),
          threeDS:
            card.country === 'EG' ? 'challenge_passed' : r.chance(0.6) ? 'frictionless' : 'challenge_passed',
        }),
      );
      if (!refused) break;
    }
    const at = placeAt(r, w.window, tz, 'evening');
    let later: LaterEvent[] = released(r);
    if (isPaid(attempts))
      later =
        shipTo.country === 'EG' && r.chance(0.5)
          ? stolenAfter(r, f, paidAtOf(attempts), {
              warning: 0,
              warningDays: [1, 2],
              dispute: 0,
              disputeDays: [1, 2],
              reason: 'fraudulent',
            })
          : [
              { type: 'order.updated', afterMs: r.int(2, 20) * HOUR, status: 'compliance_review' },
              { type: 'order.cancelled', afterMs: r.int(21, 60) * HOUR, reason: 'restricted_destination' },
            ];
    const [first = 'x', ...rest] = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(' ');
    return fraudPurchase({
      kind: 'sanctioned_country',
      at,
      buyer: { email: `${first}.${rest.join('').replace(/[^a-z]/g, '')}${r.int(1, 99)}@${mail}`, name },
      billing,
      shipping: shipTo,
      basket,
      fulfilment: f,
      method: 'card',
      attempts,
      later,
      ip,
      device: deviceFor(r, 'GB', r.pick(['iphone', 'android_chrome', 'windows'])),
      locale: v === 'russia' ? 'ru-RU' : v === 'syria' ? 'ar-EG' : 'en-US',
    });
  });
}
