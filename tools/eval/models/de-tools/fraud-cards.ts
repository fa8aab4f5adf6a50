import { accountBuyer, DAY, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { anyDay, HOURS, placeAt, soonAfter } from './calendar.js';
import { cardOnBin, type Decline, type HeldCard, newCard, testingBins } from './cards.js';
import { bySku, line } from './catalogue.js';
import {
  crews,
  fraudPurchase,
  identityEmail,
  junkEmail,
  shippedAndDelivered,
  stolenAftermath,
} from './fraud-kit.js';
import { honest } from './honest.js';
import { ipOn, network, vpnExit } from './networks.js';
import { agent, type Account, fullName, newDevice } from './people.js';
import { type Country, anyPackstation, homeAddress } from './places.js';
import { type Attempt, cardAttempt, inEuros, other, type Purchase, retryGap } from './purchase.js';
import { type World, connect, shopperOf } from './shopper.js';

/** Fraud with cards, and fraud by customers who paid: card testing, stolen cards, refund abuse, friendly fraud. */

/**
 * Card testing: bots working through a list on one or two prepaid and credit BINs, as guests, on the cheapest
 * thing the shop sells, a minute or two apart in the European night, from data centres or residential proxies.
 * Most cards are dead; the few that go through get cancelled by the shop or a warning from the issuer.
 */
export function cardTesting(rng: Rng, w: Window, n: number): Purchase[] {
  const out: Purchase[] = [];
  crews(rng, n, 4, 12).forEach((size, r) => {
    const run = rng.fork(`run${r}`);
    const bins = run.shuffle(testingBins()).slice(0, run.int(1, 2));
    const net = network(
      run.weightedPick([
        ['us-hosting', 30],
        ['nl-hosting', 25],
        ['de-hosting', 20],
        ['us-fixed', 15],
        ['gb-hosting', 10],
      ] as const),
    );
    const bot = run.chance(0.55);
    const sameDevice = newDevice(run, 'desktop');
    const item = bySku(run.pick(['SCHLEIF-50', 'TRENN125-10', 'HOLZBOHR8', 'BOS-STICH10']));
    let at = placeAt(run, w, HOURS.night, anyDay);
    for (let i = 0; i < size; i++) {
      const o = run.fork(`o${i}`);
      if (i > 0) at = soonAfter(o, w, at, 20_000, 4 * MINUTE);
      const name = fullName(o, o.chance(0.5) ? 'US' : 'DE');
      const billing = homeAddress(o, 'DE');
      const device = bot
        ? { userAgent: agent(o.chance(0.7) ? 'headless' : 'python') }
        : o.chance(0.5)
          ? sameDevice
          : newDevice(o, 'desktop');
      const [bin, brand, funding] = o.pick(bins);
      out.push(
        fraudPurchase({
          kind: 'card_testing',
          at,
          buyer: { email: junkEmail(o), name },
          billing,
          shipping: billing,
          site: 'DE',
          ip: ipOn(o, net),
          device,
          locale: 'de-DE',
          lines: [line(item, 'DE')],
          delivery: 'parcel',
          attempts: (b) => {
            const tries: Attempt[] = [];
            const count = o.weightedPick([
              [1, 55],
              [2, 30],
              [3, 15],
            ] as const);
            for (let t = 0; t < count; t++) {
              const card = cardOnBin(o, bin, brand, 'US', funding);
              const ok = o.chance(0.12);
              const decline = o.weightedPick<Decline>([
                ['incorrect_number', 22],
                ['expired_card', 18],
                ['incorrect_cvc', 18],
                ['do_not_honor', 16],
                ['stolen_card', 10],
                ['lost_card', 6],
                ['generic_decline', 10],
              ]);
              tries.push(
                cardAttempt(o, card, inEuros(b, 'DE'), {
                  ok,
                  decline,
                  match: 'wrong',
                  threeDS: o.chance(0.7) ? 'not_enrolled' : 'attempted',
                  afterMs: t === 0 ? o.int(2_000, 9_000) : o.int(3_000, 20_000),
                }),
              );
              if (ok) break;
            }
            return tries;
          },
          later: () =>
            o.chance(0.55)
              ? [
                  { type: 'order.cancelled', afterMs: o.int(1, 10) * 60 * MINUTE, reason: 'suspected_fraud' },
                  { type: 'refund.created', afterMs: o.int(11, 14) * 60 * MINUTE, reason: 'fraudulent' },
                ]
              : stolenAftermath(o, at, 'parcel', { warning: 0.5, dispute: 0.2 }),
        }),
      );
    }
  });
  return out;
}

const RESALE = [
  'MIL-M18FPP2A3',
  'FES-TSC55-PLUS',
  'MET-COMBO31',
  'DEW-DCK266P2',
  'MAK-DC18RD-2X',
  'MIL-M18HB12',
  'BOS-PROCORE8',
  'HUS-AM305',
  'HUS-AM435XAWD',
  'STI-MSA220-SET',
  'FES-DF500',
  'KAE-K7SMART',
  'BOS-GSR18V55-SET',
  'HUS-450II',
];

/** Things that sell on classifieds within a day: premium cordless kits, batteries, robot mowers, chainsaws. */
export function resaleLines(rng: Rng, country: Country, min = 1, max = 3) {
  const n = rng.int(min, max);
  const skus = rng.shuffle(RESALE).slice(0, n);
  return skus.map((s) =>
    line(
      bySku(s),
      country,
      s.includes('BL18') || s.includes('HB12') || s.includes('PROCORE') ? rng.int(2, 4) : 1,
    ),
  );
}

/**
 * Stolen cards. Sloppy crews: data-centre or VPN IPs, junk mailboxes, cards from abroad that fail address
 * checks, several declines before one works, a Packstation in another city. Careful crews: a residential IP in
 * Germany, a mailbox in the cardholder's name, the cardholder's own address for billing, the one-time code
 * phished with the card, and the goods to a locker or a drop address with another name.
 */
export function stolenCard(rng: Rng, w: Window, n: number): Purchase[] {
  const out: Purchase[] = [];
  crews(rng, n, 1, 4).forEach((size, c) => {
    const crew = rng.fork(`crew${c}`);
    const careful = crew.chance(0.55);
    const device = careful
      ? newDevice(crew, crew.chance(0.6) ? 'phone' : 'desktop')
      : crew.chance(0.5)
        ? { userAgent: agent('winChromeOld'), id: `fp_${crew.token(22)}` }
        : newDevice(crew, 'desktop');
    const net = careful
      ? network(
          crew.weightedPick([
            ['de-dsl-incumbent', 40],
            ['de-cable', 30],
            ['de-mobile-b', 30],
          ] as const),
        )
      : crew.chance(0.6)
        ? vpnExit(crew)
        : network(crew.pick(['us-fixed', 'gb-fixed', 'nl-hosting']));
    const drop = anyPackstation(crew);
    let at = placeAt(crew, w, careful ? HOURS.evening : HOURS.night, anyDay);
    for (let i = 0; i < size; i++) {
      const o = crew.fork(`o${i}`);
      if (i > 0) at = soonAfter(o, w, at, 10 * MINUTE, careful ? 3 * DAY : 6 * 60 * MINUTE);
      const cardCountry = careful
        ? o.weightedPick([
            ['DE', 70],
            ['AT', 10],
            ['NL', 8],
            ['GB', 6],
            ['US', 6],
          ] as const)
        : o.weightedPick([
            ['US', 45],
            ['GB', 20],
            ['DE', 20],
            ['FR', 15],
          ] as const);
      const victim = fullName(o, cardCountry === 'US' || cardCountry === 'GB' ? cardCountry : 'DE');
      const billing = homeAddress(o, cardCountry === 'AT' || cardCountry === 'NL' ? cardCountry : 'DE');
      const toLocker = !careful || o.chance(0.6);
      const shipping = toLocker ? (careful ? anyPackstation(o) : drop) : homeAddress(o, 'DE');
      const lines = resaleLines(o, 'DE', 1, careful ? 1 : 3);
      const cards: HeldCard[] = [
        newCard(o, cardCountry, 'credit'),
        newCard(o, cardCountry),
        newCard(o, cardCountry),
      ];
      out.push(
        fraudPurchase({
          kind: 'stolen_card',
          at,
          buyer: careful
            ? { email: identityEmail(o, victim), name: victim }
            : { email: junkEmail(o), name: victim },
          billing,
          shipping,
          recipient: toLocker
            ? careful
              ? victim
              : fullName(o, 'DE')
            : fullName(o, o.chance(0.5) ? 'DE' : 'PL'),
          site: 'DE',
          ip: ipOn(o, net),
          device,
          locale: careful ? 'de-DE' : o.chance(0.5) ? 'de-DE' : 'en-GB',
          lines,
          delivery: toLocker ? 'packstation' : 'parcel',
          attempts: (b) => {
            const euros = inEuros(b, 'DE');
            const tries: Attempt[] = [];
            const fails = careful
              ? o.weightedPick([
                  [0, 70],
                  [1, 30],
                ] as const)
              : o.weightedPick([
                  [0, 25],
                  [1, 35],
                  [2, 25],
                  [3, 15],
                ] as const);
            for (let t = 0; t < fails; t++) {
              const decline = o.weightedPick<Decline>([
                ['stolen_card', 20],
                ['authentication_failed', careful ? 40 : 25],
                ['do_not_honor', 20],
                ['insufficient_funds', 15],
                ['incorrect_cvc', 10],
                ['card_velocity_exceeded', 10],
              ]);
              tries.push(
                cardAttempt(o, cards[t % cards.length] ?? cards[0] ?? newCard(o, 'DE'), euros, {
                  ok: false,
                  decline,
                  match: careful ? 'good' : 'wrong',
                  afterMs: t === 0 ? o.int(10_000, 60_000) : retryGap(o),
                }),
              );
            }
            const gives = !careful && o.chance(0.25);
            if (!gives) {
              const card = cards[fails % cards.length] ?? newCard(o, 'DE');
              const threeDS =
                card.country === 'US'
                  ? o.chance(0.7)
                    ? 'not_enrolled'
                    : 'attempted'
                  : o.chance(0.75)
                    ? 'challenge_passed'
                    : 'frictionless';
              tries.push(
                cardAttempt(o, card, euros, {
                  ok: true,
                  match: careful ? 'good' : o.chance(0.5) ? 'wrong' : 'zip_only',
                  threeDS,
                  entry: careful && o.chance(0.3) ? 'wallet' : 'typed',
                  afterMs: tries.length === 0 ? o.int(15_000, 90_000) : retryGap(o),
                }),
              );
            }
            return tries;
          },
          later: () =>
            stolenAftermath(o, at, toLocker ? 'packstation' : 'parcel', { warning: 0.4, dispute: 0.75 }),
        }),
      );
    }
  });
  return out;
}

/** An aged account that looks like every other one, for abuse by its own holder. */
const oldAccount = (rng: Rng, w: World): Account => {
  const found = w.accounts.filter((a) => !a.company && a.orders >= 2);
  return rng.pick(found.length > 0 ? found : w.accounts);
};

/**
 * Refund abuse: customers with a history, on their own devices and cards, who say the carton came empty,
 * send back an old tool in the new one's box, or return a machine after the weekend job it was bought for.
 */
export function refundAbuse(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`r${i}`);
    const a = oldAccount(o, w);
    const s = shopperOf(a);
    const at = placeAt(o, w.window, HOURS.consumer);
    const trick = o.weightedPick([
      ['empty_box', 40],
      ['swapped', 30],
      ['used_once', 30],
    ] as const);
    const main =
      trick === 'used_once'
        ? bySku(
            o.pick([
              'KAE-K7SMART',
              'KAE-K5PC',
              'BOS-GTS10XC',
              'SCH-HMS1080',
              'HON-EU22I',
              'BOS-AXT25TC',
              'MET-KGS305M',
            ]),
          )
        : bySku(
            o.pick([
              'MAK-DC18RD-2X',
              'MIL-M18HB12',
              'BOS-PROCORE8',
              'MIL-M18FPP2A3',
              'DEW-DCK266P2',
              'MAK-DHR243Z',
              'FES-DF500',
              'BOS-GSR18V55-SET',
            ]),
          );
    const lines = [line(main, a.country, main.category === 'battery' ? o.int(1, 3) : 1)];
    const conn = connect(o, s, 0.5);
    const delivery = main.freight ? 'freight' : a.locker && o.chance(0.5) ? 'packstation' : 'parcel';
    return fraudPurchase({
      kind: 'refund_abuse',
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping: delivery === 'packstation' ? (a.locker ?? a.address) : a.address,
      site: a.country,
      ...conn,
      locale: a.locale,
      lines,
      delivery,
      attempts: (b) => {
        const card = a.cards[0];
        return card && o.chance(0.5)
          ? [
              cardAttempt(o, card, inEuros(b, a.country), {
                ok: true,
                entry: 'saved',
                afterMs: o.int(5_000, 30_000),
              }),
            ]
          : [other(o.chance(0.7) ? 'paypal' : 'klarna_invoice', true, o.int(20_000, 90_000))];
      },
      later: (b) => {
        const { steps, delivered } = shippedAndDelivered(o, at, delivery);
        const claim = delivered + o.int(trick === 'used_once' ? 6 : 1, trick === 'used_once' ? 13 : 5) * DAY;
        const reason = trick === 'empty_box' ? 'item_not_received' : 'returned';
        return [
          ...steps,
          { type: 'refund.created', afterMs: claim, reason, amount: b.amount - b.shippingFee },
        ];
      },
    });
  });
}

/**
 * Friendly fraud: an ordinary checkout (the buyer's own account or name, home IP, own card, PayPal or Klarna:
 * the ways to pay that come with buyer protection) for a machine that was delivered and used; weeks later the
 * bank, PayPal or Klarna hears it never arrived, was not as described, or was not them.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`f${i}`);
    const kind = o.weightedPick([
      ['hobbyist', 50],
      ['financed_purchase', 30],
      ['repeat_customer', 20],
    ] as const);
    const base = honest(o.fork('as-honest'), w, kind);
    const euros = inEuros(base.basket, base.site);
    const own = base.attempts.find((a) => a.card)?.card ?? newCard(o, base.site);
    const how = o.weightedPick([
      ['card', 35],
      ['paypal', 45],
      ['klarna', base.site === 'DE' || base.site === 'AT' ? 20 : 0],
    ] as const);
    const attempts =
      how === 'card'
        ? [
            cardAttempt(o, own, euros, {
              ok: true,
              entry: o.chance(0.3) ? 'wallet' : 'typed',
              afterMs: o.int(8_000, 60_000),
            }),
          ]
        : [other(how === 'paypal' ? 'paypal' : 'klarna_invoice', true, o.int(20_000, 120_000))];
    const { steps } = shippedAndDelivered(o, base.at, base.basket.delivery);
    const reason =
      how === 'card'
        ? o.pick(['fraudulent', 'fraudulent', 'product_not_received'])
        : o.pick(['product_not_received', 'product_unacceptable']);
    return {
      ...base,
      fraud: true,
      kind: 'friendly_fraud',
      attempts,
      later: [...steps, { type: 'dispute.created', afterMs: o.int(15, 55) * DAY, reason }],
    };
  });
}
