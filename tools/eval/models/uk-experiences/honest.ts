import { type BasketLine, type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  EVENINGS,
  HOUR,
  LAST_MINUTE,
  moment,
  OFFICE,
  type Postage,
  postageOpen,
  weekday,
} from './calendar.js';
import { newCard } from './cards.js';
import {
  boxLine,
  type Category,
  EXPERIENCES,
  lineOf,
  pickExperience,
  POSTAGE_FEE,
  priced,
  voucherLine,
} from './catalogue.js';
import { giftPurchase } from './gifts.js';
import { addressIn, network } from './networks.js';
import { type Account, customerId, isMobile, newDevice, personName } from './people.js';
import { EXPAT_COUNTRIES } from './places.js';
import {
  type Attempt,
  attemptsTime,
  cardAttempt,
  currencyOf,
  DAY,
  firstAuth,
  honestAfter,
  honestPay,
  type LaterEvent,
  MINUTE,
  type Purchase,
  releaseUnpaid,
  usualMix,
  voucherAttempt,
} from './purchase.js';
import { accountShopper, newShopper, pickAccount, type Shopper } from './shoppers.js';
import { type World } from './world.js';

/** The honest kinds and their weights (shares of honest orders). */
export const HONEST = {
  gift_buyer: 26,
  returning_customer: 14,
  posted_gift_box: 9,
  last_minute: 9,
  irish_customer: 7,
  expat_abroad: 6,
  big_spender: 6,
  card_trouble: 6,
  voucher_upgrade: 5,
  traveller: 5,
  vpn_privacy: 4,
  corporate_rewards: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

const ONE_TO_THREE = [
  [1, 72],
  [2, 22],
  [3, 6],
] as const;

/** A shopper of `country`: one of the base's accounts, a sign-up or a guest, by the shares given. */
function someone(
  rng: Rng,
  w: World,
  at: number,
  country: string,
  shares: { account: number; signUp: number },
  mobileShare = 0.6,
): Shopper {
  const r = rng.next();
  if (r < shares.account) {
    const a = pickAccount(rng, w.accounts, (x) => x.country === country);
    if (a) return accountShopper(rng, a);
  }
  return newShopper(rng, country, at, { signUp: r < shares.account + shares.signUp, mobileShare });
}

const everyday = (rng: Rng, w: World) => moment(rng, w.window, { tz: 0, curve: EVENINGS });

function giftBuyer(rng: Rng, w: World, kind: HonestKind, declineShare?: number, giveUp?: number): Purchase {
  const t = everyday(rng, w);
  return giftPurchase(rng, w, {
    kind,
    at: t,
    shopper: someone(rng, w, t, 'GB', { account: 0.3, signUp: 0.22 }),
    market: 'GB',
    voucherShare: 0.18,
    items: ONE_TO_THREE,
    boxShare: 0.25,
    toRecipientAddress: 0.35,
    toRecipientEmail: 0.45,
    scheduleShare: 0.4,
    keen: 0.4,
    ...(declineShare !== undefined ? { declineShare } : {}),
    ...(giveUp !== undefined ? { giveUp } : {}),
  });
}

function returningCustomer(rng: Rng, w: World): Purchase {
  const t = everyday(rng, w);
  const a = pickAccount(rng, w.accounts, (x) => x.country === 'GB');
  return giftPurchase(rng, w, {
    kind: 'returning_customer',
    at: t,
    shopper: a ? accountShopper(rng, a) : newShopper(rng, 'GB', t, { signUp: true }),
    market: 'GB',
    voucherShare: 0.16,
    items: [
      [1, 58],
      [2, 31],
      [3, 11],
    ],
    boxShare: 0.2,
    toRecipientAddress: 0.3,
    toRecipientEmail: 0.5,
    scheduleShare: 0.45,
    keen: 0.45,
  });
}

function postedGiftBox(rng: Rng, w: World): Purchase {
  // Only while Special Delivery still gets there by Christmas.
  const t = moment(rng, w.window, { tz: 0, curve: EVENINGS, day: (d) => (d.left >= 4 ? 1 : 0) });
  return giftPurchase(rng, w, {
    kind: 'posted_gift_box',
    at: t,
    shopper: someone(rng, w, t, 'GB', { account: 0.45, signUp: 0.15 }, 0.45),
    market: 'GB',
    voucherShare: 0.15,
    items: ONE_TO_THREE,
    boxShare: 1,
    toRecipientAddress: 0.55,
    toRecipientEmail: 0.5,
    scheduleShare: 0.5,
    keen: 0.35,
  });
}

function lastMinute(rng: Rng, w: World): Purchase {
  const t = moment(rng, w.window, {
    tz: 0,
    curve: LAST_MINUTE,
    day: (d) => (d.left <= 1 ? 1.8 : d.left <= 2 ? 1 : d.left <= 3 ? 0.7 : 0),
  });
  return giftPurchase(rng, w, {
    kind: 'last_minute',
    at: t,
    shopper: someone(rng, w, t, 'GB', { account: 0.25, signUp: 0.15 }, 0.75),
    market: 'GB',
    voucherShare: 0.3,
    items: [
      [1, 85],
      [2, 15],
    ],
    boxShare: 0,
    toRecipientAddress: 0,
    toRecipientEmail: 0.4,
    scheduleShare: 0.55,
    keen: 0.25,
    declineShare: 0.05,
  });
}

function irishCustomer(rng: Rng, w: World): Purchase {
  const t = everyday(rng, w);
  return giftPurchase(rng, w, {
    kind: 'irish_customer',
    at: t,
    shopper: someone(rng, w, t, 'IE', { account: 0.45, signUp: 0.15 }),
    market: 'IE',
    voucherShare: 0.2,
    items: ONE_TO_THREE,
    boxShare: 0.12,
    toRecipientAddress: 0.35,
    toRecipientEmail: 0.45,
    scheduleShare: 0.4,
    keen: 0.35,
  });
}

function expatAbroad(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.45)
    ? pickAccount(rng, w.accounts, (x) => x.country !== 'GB' && x.country !== 'IE')
    : undefined;
  const place = a
    ? (EXPAT_COUNTRIES.find((e) => e.country === a.country) ?? EXPAT_COUNTRIES[0])
    : rng.weightedPick(EXPAT_COUNTRIES.map((e) => [e, e.weight]));
  const tz = place?.tz ?? 0;
  const country = place?.country ?? 'ES';
  const t = moment(rng, w.window, { tz, curve: EVENINGS });
  const shopper = a
    ? accountShopper(rng, a)
    : newShopper(rng, country, t, {
        signUp: rng.chance(0.3),
        tz,
        ...(rng.chance(0.45) ? { cardCountry: 'GB' } : {}),
      });
  return giftPurchase(rng, w, {
    kind: 'expat_abroad',
    at: t,
    shopper,
    market: 'GB',
    voucherShare: 0.25,
    items: ONE_TO_THREE,
    boxShare: 0.3,
    toRecipientAddress: 1,
    toRecipientEmail: 0.75,
    scheduleShare: 0.55,
    keen: 0.3,
    recipientCountry: 'GB',
  });
}

/** Big presents: a Spitfire flight, a helicopter over London, a country-house break, large money vouchers. */
function bigLines(rng: Rng): BasketLine<Category>[] {
  const bySku = (sku: string) => EXPERIENCES.find((e) => e.sku === sku) ?? EXPERIENCES[0];
  const pick = rng.weightedPick<() => BasketLine<Category>[]>([
    [() => [lineOf(bySku('FLY-SPT-1') ?? pickExperience(rng, 'GB'), 'GBP')], 6],
    [
      () => [
        lineOf(bySku('HTL-LUX-2') ?? pickExperience(rng, 'GB'), 'GBP'),
        lineOf(bySku('SPA-LUX-2') ?? pickExperience(rng, 'GB'), 'GBP'),
      ],
      18,
    ],
    [() => [lineOf(bySku('FLY-HEL-LDN') ?? pickExperience(rng, 'GB'), 'GBP', rng.int(1, 2))], 16],
    [() => [voucherLine(rng.pick([250, 500]), 'GBP', rng.int(1, 2))], 22],
    [
      () => {
        const out: BasketLine<Category>[] = [];
        for (let i = rng.int(3, 4); i > 0; i--) {
          const e = pickExperience(rng, 'GB', { min: 12_900 });
          const same = out.find((l) => l.sku === e.sku);
          if (same) same.quantity += 1;
          else out.push(lineOf(e, 'GBP'));
        }
        return out;
      },
      38,
    ],
  ]);
  return pick();
}

function bigSpender(rng: Rng, w: World): Purchase {
  const t = everyday(rng, w);
  const r = rng.next();
  const a = r < 0.55 ? pickAccount(rng, w.accounts, (x) => x.country === 'GB') : undefined;
  const shopper = a
    ? accountShopper(rng, a)
    : newShopper(rng, 'GB', t, { signUp: r < 0.7, funding: 'credit', mobileShare: 0.45 });
  return giftPurchase(rng, w, {
    kind: 'big_spender',
    at: t,
    shopper,
    market: 'GB',
    voucherShare: 0,
    items: ONE_TO_THREE,
    lines: bigLines(rng),
    boxShare: 0.3,
    toRecipientAddress: 0.3,
    toRecipientEmail: 0.4,
    scheduleShare: 0.5,
    keen: 0.35,
    mix: { ...usualMix(shopper.device, 50_000), card: 40, paypal: 12, klarna: 22 },
    declineShare: 0.08,
    giveUp: 0.04,
  });
}

/** An exchange: the recipient of an earlier voucher pays with it, and the difference by card or PayPal. */
function voucherUpgrade(rng: Rng, w: World): Purchase {
  const t = everyday(rng, w);
  const s = someone(rng, w, t, 'GB', { account: 0.35, signUp: 0.45 });
  const balance = rng.pick([25, 50, 50, 75, 100, 100, 150]) * 100;
  const covers = rng.chance(0.25);
  const e = covers
    ? pickExperience(rng, 'GB', { max: balance })
    : pickExperience(rng, 'GB', { min: balance + 1000, max: balance + 25_000 });
  const basket = priced('GBP', [lineOf(e, 'GBP')]);
  const part = Math.min(balance, basket.amount);
  const attempts: Attempt[] = [];
  let gap = firstAuth(rng);
  if (rng.chance(0.08)) {
    // A mistyped code or PIN first.
    attempts.push(voucherAttempt(rng, part, false, gap, 'invalid_voucher_code'));
    gap = rng.int(20_000, 90_000);
  }
  attempts.push(voucherAttempt(rng, part, true, gap));
  const rest = basket.amount - part;
  if (rest > 0) {
    const more = honestPay(
      rng,
      { cards: s.cards, saved: s.saved, device: s.device, currency: 'GBP', match: s.match },
      rest,
      { ...usualMix(s.device, rest), klarna: 0 },
      0.04,
      0,
    );
    attempts.push(
      ...more.map((a, i) => ({ ...a, amount: rest, afterMs: i === 0 ? rng.int(8_000, 60_000) : a.afterMs })),
    );
  }
  return {
    at: t,
    fraud: false,
    kind: 'voucher_upgrade',
    basket,
    billing: s.billing,
    attempts,
    later: honestAfter(rng, {
      format: 'e_voucher',
      paidAfter: attemptsTime(attempts),
      placed: t,
      amount: basket.amount,
      forSelf: true,
    }),
    buyer: s.buyer,
    ip: s.ip,
    device: s.device,
    locale: 'en-GB',
    format: 'e_voucher',
    giftMessage: false,
  };
}

/** Where British travellers are in December, with the UTC offset, a local network and a weight. */
const AWAY: ReadonlyArray<[string, number, string, number]> = [
  ['ES', 1, 'es-broadband', 25],
  ['FR', 1, 'fr-broadband', 15],
  ['AT', 1, 'at-broadband', 15],
  ['US', -5, 'us-cable', 15],
  ['AE', 4, 'ae-broadband', 10],
  ['PT', 0, 'pt-broadband', 8],
  ['IT', 1, 'it-broadband', 7],
  ['CH', 1, 'ch-mobile', 5],
  // Home to family in Lagos or Accra for Christmas, on a local SIM.
  ['NG', 1, 'ng-mobile', 4],
  ['GH', 0, 'gh-mobile', 2],
];

function traveller(rng: Rng, w: World): Purchase {
  const [, tz, local] = rng.weightedPick(AWAY.map((x) => [x, x[3]]));
  const t = moment(rng, w.window, { tz, curve: EVENINGS });
  const a = rng.chance(0.65) ? pickAccount(rng, w.accounts, (x) => x.country === 'GB') : undefined;
  const base = a
    ? accountShopper(rng, a)
    : newShopper(rng, 'GB', t, { signUp: rng.chance(0.3), mobileShare: 1 });
  const own = a?.devices.find(isMobile) ?? (isMobile(base.device) ? base.device : undefined);
  const phone: Device = own ?? newDevice(rng, { mobile: true });
  // Hotel or café Wi-Fi shows where they are; mobile data roams home through their British network.
  const ip = rng.chance(0.6)
    ? addressIn(rng, network(local), 0.1)
    : addressIn(rng, a?.mobile ?? network(rng.pick(['gb-mobile-a', 'gb-mobile-b', 'gb-mobile-c'])), 0.35);
  return giftPurchase(rng, w, {
    kind: 'traveller',
    at: t,
    shopper: { ...base, device: phone, ip, tz },
    market: 'GB',
    voucherShare: 0.22,
    items: ONE_TO_THREE,
    boxShare: 0.1,
    toRecipientAddress: 0.5,
    toRecipientEmail: 0.55,
    scheduleShare: 0.5,
    keen: 0.3,
  });
}

/** VPN exits people at home use: British ones mostly, some abroad. */
const VPN_EXITS: ReadonlyArray<[string, number]> = [
  ['gb-hosting-a', 22],
  ['gb-hosting-b', 15],
  ['gb-hosting-c', 18],
  ['nl-hosting', 20],
  ['de-hosting', 10],
  ['us-hosting', 15],
];

function vpnPrivacy(rng: Rng, w: World): Purchase {
  const t = everyday(rng, w);
  const base = someone(rng, w, t, 'GB', { account: 0.5, signUp: 0.15 }, 0.35);
  // Tracker blockers stop the fingerprint script for many of them.
  const device: Device = rng.chance(0.45) ? { userAgent: base.device.userAgent } : base.device;
  return giftPurchase(rng, w, {
    kind: 'vpn_privacy',
    at: t,
    shopper: { ...base, device, ip: addressIn(rng, network(rng.weightedPick(VPN_EXITS)), 0.15) },
    market: 'GB',
    voucherShare: 0.2,
    items: ONE_TO_THREE,
    boxShare: 0.22,
    toRecipientAddress: 0.35,
    toRecipientEmail: 0.45,
    scheduleShare: 0.4,
    keen: 0.45,
    mix: { card: 50, paypal: 35, apple_pay: /Macintosh|iPhone/.test(device.userAgent) ? 15 : 0, klarna: 0 },
  });
}

/** Staff rewards: money vouchers or team experiences by the dozen, on account or a company card. */
function corporateRewards(rng: Rng, w: World): Purchase {
  const t = moment(rng, w.window, { tz: 0, curve: OFFICE, day: (d) => (weekday(d) ? 1 : 0) });
  const existing: Account | undefined =
    rng.chance(0.7) && w.business.length ? rng.pick(w.business) : undefined;
  const firms = w.firms.filter((f) => f.client && !w.business.some((b) => b.company === f));
  const firm = existing?.company ?? rng.pick(firms.length ? firms : w.firms.filter((f) => f.client));
  const market = firm.country;
  const currency = currencyOf(market);
  let shopper: Shopper;
  if (existing) shopper = { ...accountShopper(rng, existing), ip: existing.homeIp };
  else {
    const name = personName(rng, market);
    const [first = 'x', ...rest] = name
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ');
    const net = network(market === 'GB' ? 'gb-business' : 'ie-fibre');
    shopper = {
      buyer: {
        id: customerId(rng),
        email: `${first}.${rest.join('')}@${firm.domain}`,
        name,
        createdAt: t - rng.int(4, 25) * MINUTE,
      },
      billing: { ...firm.office },
      cards: [newCard(rng, market, 'commercial')],
      saved: false,
      device: newDevice(rng, { mobile: false, os: rng.chance(0.8) ? 'windows' : 'mac' }),
      ip: addressIn(rng, net, 0),
      country: market,
      tz: 0,
      newCustomer: true,
      match: 'good',
    };
  }
  const lines: BasketLine<Category>[] = [];
  let promo: { code: string; rate: number } | undefined;
  if (rng.chance(0.6)) {
    const qty = Math.max(10, Math.min(200, Math.round(rng.logNormal(30, 0.7))));
    lines.push(voucherLine(rng.pick([25, 50, 50, 100]), currency, qty));
  } else {
    const e = pickExperience(rng, market, {
      categories: ['afternoon_tea', 'spa', 'adventure', 'driving', 'cookery'],
    });
    const qty = Math.max(5, Math.min(60, Math.round(rng.logNormal(15, 0.6))));
    lines.push(lineOf(e, currency, qty));
    if (qty >= 20) promo = { code: 'CORPORATE5', rate: 0.05 };
  }
  const open = postageOpen(t, w.window, market === 'IE');
  const postage: Postage | undefined =
    open.length && rng.chance(0.15)
      ? open.includes('special_delivery')
        ? 'special_delivery'
        : open[0]
      : undefined;
  if (postage)
    lines.push(
      boxLine(
        currency,
        lines.reduce((n, l) => n + l.quantity, 0),
      ),
    );
  const basket = priced(currency, lines, postage ? POSTAGE_FEE[postage] : 0, promo);
  const invoice = rng.chance(existing ? 0.65 : 0.5);
  const format = postage ? 'gift_box' : 'e_voucher';
  const company = { ...firm, ...(rng.chance(0.6) ? { poNumber: `PO-${rng.digits(6)}` } : {}) };
  let attempts: Attempt[] = [];
  let later: LaterEvent[];
  if (invoice) {
    // Approved on account (a credit check for a new one), vouchers issued, then the transfer arrives.
    const approved = existing ? rng.int(5, 40) * MINUTE : rng.int(2, 20) * HOUR;
    const issued = approved + rng.int(2, 15) * MINUTE;
    const overdue = rng.chance(0.1);
    later = [
      { type: 'order.updated', afterMs: approved, status: 'approved' },
      { type: 'order.updated', afterMs: issued, status: postage ? 'dispatched' : 'voucher_issued' },
      ...(overdue
        ? [{ type: 'order.updated' as const, afterMs: 31 * DAY, status: 'invoice_overdue' as const }]
        : []),
      { type: 'payment.succeeded', afterMs: (overdue ? rng.int(36, 50) : rng.int(10, 30)) * DAY },
    ];
  } else {
    const card = shopper.cards[0] ?? newCard(rng, market, 'commercial');
    attempts = rng.chance(0.06)
      ? [
          cardAttempt(rng, card, basket.amount, {
            ok: false,
            decline: 'insufficient_funds',
            afterMs: firstAuth(rng),
          }),
          cardAttempt(rng, card, basket.amount, { ok: true, afterMs: rng.int(10, 40) * MINUTE }),
        ]
      : [cardAttempt(rng, card, basket.amount, { ok: true, afterMs: firstAuth(rng) })];
    later = paid({ attempts })
      ? honestAfter(rng, {
          format,
          ...(postage ? { postage } : {}),
          paidAfter: attemptsTime(attempts),
          placed: t,
          amount: basket.amount,
        })
      : [releaseUnpaid(rng, attempts)];
  }
  return {
    at: t,
    fraud: false,
    kind: 'corporate_rewards',
    basket,
    billing: shopper.billing,
    attempts,
    later,
    buyer: shopper.buyer,
    ...(postage ? { shipping: { ...firm.office }, postage } : {}),
    ip: shopper.ip,
    device: shopper.device,
    locale: market === 'IE' ? 'en-IE' : 'en-GB',
    format,
    giftMessage: false,
    company,
    ...(invoice ? { terms: 'net_30' as const } : {}),
  };
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  gift_buyer: (rng, w) => giftBuyer(rng, w, 'gift_buyer'),
  returning_customer: returningCustomer,
  posted_gift_box: postedGiftBox,
  last_minute: lastMinute,
  irish_customer: irishCustomer,
  expat_abroad: expatAbroad,
  big_spender: bigSpender,
  // Declined first: funds short before payday, the bank's code not arriving, a fraud block, an old card.
  card_trouble: (rng, w) => giftBuyer(rng, w, 'card_trouble', 1, 0.14),
  voucher_upgrade: voucherUpgrade,
  traveller,
  vpn_privacy: vpnPrivacy,
  corporate_rewards: corporateRewards,
};

/** One honest purchase of a kind. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
