import { type Address, accountBuyer, type Buyer, type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './honest.js';
import {
  type Attempt,
  basketOf,
  billingOf,
  cardTry,
  type Code,
  DAY,
  type Decline,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  provisioned,
  type ProductKey,
  type Purchase,
  retryGap,
  storeCharges,
} from './purchase.js';
import {
  type Account,
  address,
  cardFrom,
  cardIn,
  deviceOf,
  emailOf,
  ipIn,
  network,
  newAccount,
  PAYOUT_BINS,
  personName,
  PLACES,
  type Place,
  PREPAID_BINS,
  saleMoment,
  SCRIPT_HOURS,
  USER_AGENTS,
  VPN_EXITS,
} from './world.js';

/** Fraud against a SaaS store during its biggest sale, each kind the way it is really done. */

export const FRAUD = {
  card_testing: 22,
  stolen_card_resale: 20,
  trial_farm: 14,
  account_takeover: 12,
  friendly_fraud: 12,
  lifetime_reseller: 10,
  sanctioned_country: 10,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const DISPOSABLE = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', 'tempmail.dev', 'sharklasers.com'];
const FREEMAIL = ['gmail.com', 'outlook.com', 'mail.com', 'gmx.com', 'proton.me'];
/** Where stolen-card and reseller crews often sit (and their home or mobile networks). */
const CREW_COUNTRIES = ['NG', 'ID', 'PK', 'IN', 'BR', 'TR', 'PH'];

const place = (c: string): Place => PLACES[c] as Place;

/** A checkout's shape, for a fraud planner to fill in. */
function fraudPurchase(
  kind: FraudKind,
  at: number,
  items: ReadonlyArray<readonly [ProductKey, number]>,
  where: Place,
  postal: string | undefined,
  rest: Omit<Purchase, 'at' | 'fraud' | 'kind' | 'basket' | 'locale'> & { code?: Code; locale?: string },
): Purchase {
  const { code, locale, ...more } = rest;
  return {
    at,
    fraud: true,
    kind,
    basket: basketOf(items, where, postal, code),
    locale: locale ?? where.locale,
    ...more,
  };
}

/** A stolen card's disputes: the issuer's early warning, the cardholder's chargeback, or the store's own refund. */
function stolenCardLater(rng: Rng, amount: number, dispute = 0.65): LaterEvent[] {
  const out: LaterEvent[] = [provisioned(rng)];
  if (rng.chance(0.4))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 9) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(10, 50) * DAY, reason: 'fraudulent' });
  else if (rng.chance(0.3))
    out.push({ type: 'refund.created', afterMs: rng.int(1, 6) * DAY, reason: 'fraudulent', amount });
  return out;
}

/** Declines on stolen or tested cards. */
const STOLEN_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['stolen_card', 2],
  ['lost_card', 1],
  ['do_not_honor', 4],
  ['incorrect_cvc', 3],
  ['insufficient_funds', 2],
  ['expired_card', 2],
  ['incorrect_number', 2],
  ['card_velocity_exceeded', 1],
];

// ---------------------------------------------------------------------------------------------------------

/**
 * Card testing: a script checks stolen card numbers on the cheapest guest checkout (a single stock asset or 100
 * render minutes), in runs of a few to a dozen and a half orders a minute or so apart, on one or two BINs from
 * the same dump, from rotating residential proxies or a hosting range, mostly at the US night.
 */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const run = Math.min(count - out.length, rng.int(5, 16));
    let t = Math.min(saleMoment(rng, w.window, -5, SCRIPT_HOURS), w.window.end - run * 150_000);
    const bins = [cardIn(rng, 'US'), cardIn(rng, 'US')].slice(0, rng.int(1, 2));
    const viaProxy = rng.chance(0.6);
    const hosting = network(rng.pick(['us-hosting', 'nl-hosting', 'de-hosting']));
    const headless = rng.chance(0.5);
    const device: Device = headless
      ? { userAgent: USER_AGENTS.headless }
      : { id: `dv_${rng.token(16)}`, userAgent: USER_AGENTS.win };
    const key: ProductKey = rng.chance(0.6) ? 'stockSingle' : 'render100';
    for (let i = 0; i < run; i++) {
      t += rng.int(15_000, 150_000);
      const base = rng.pick(bins);
      const card: Card = { ...base, last4: rng.digits(4), fingerprint: `fp_${rng.token(14)}` };
      const name = personName(rng);
      const tries = rng.int(1, 3);
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const ok = k === tries - 1 && rng.chance(0.22);
        attempts.push(
          cardTry(
            rng,
            k === 0 ? card : { ...card, last4: rng.digits(4), fingerprint: `fp_${rng.token(14)}` },
            {
              entry: 'typed',
              ok,
              afterMs: k === 0 ? rng.int(2_000, 9_000) : rng.int(1_500, 8_000),
              ...(ok ? {} : { decline: rng.weightedPick(STOLEN_DECLINES) }),
              match: 'bad',
            },
          ),
        );
        if (ok) break;
      }
      const later: LaterEvent[] = attempts.some((a) => a.ok)
        ? rng.chance(0.35)
          ? [{ type: 'fraud_warning.created', afterMs: rng.int(1, 7) * DAY, reason: 'fraudulent' }]
          : []
        : [];
      const zip = String(rng.int(10_000, 99_999));
      out.push(
        fraudPurchase('card_testing', t, [[key, 1]], place('US'), zip, {
          buyer: { email: `${rng.token(rng.int(6, 10))}@${rng.pick(FREEMAIL)}`, name },
          billing: { country: 'US', postalCode: zip },
          ip: viaProxy ? ipIn(rng, 'US', rng.chance(0.5) ? 'home' : 'mobile', 0) : address(rng, hosting),
          device,
          channel: 'web',
          locale: 'en-US',
          attempts,
          later,
        }),
      );
    }
  }
  return out;
}

/**
 * Stolen cards buying annual plans, seat blocks and AI credit packs for accounts sold on marketplaces: a fresh
 * account in the cardholder's name, the cardholder's billing address from the "fullz", and either a residential
 * proxy in the cardholder's country (the skilled half, hard to tell from a real buyer) or a VPN or the crew's
 * own network. A declined card is followed by the next one on the list.
 */
function stolenCardResale(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const country = rng.weightedPick<string>([
      ['US', 6],
      ['GB', 1.5],
      ['CA', 1],
      ['DE', 0.8],
      ['FR', 0.7],
      ['AU', 0.6],
    ]);
    const where = place(country);
    const at = saleMoment(rng, w.window, rng.pick([1, 7, 8, -5]), SCRIPT_HOURS);
    const holder = newAccount(rng, where, at - rng.int(3, 40) * MINUTE);
    const skilled = rng.chance(0.45);
    const email = skilled
      ? emailOf(rng, holder.name, where.mail)
      : `${holder.name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.digits(4)}@${rng.pick(FREEMAIL)}`;
    const ip = skilled
      ? ipIn(rng, country, rng.chance(0.7) ? 'home' : 'mobile', 0)
      : rng.chance(0.5)
        ? address(rng, network(rng.pick(VPN_EXITS)))
        : ipIn(rng, rng.pick(CREW_COUNTRIES), 'home', 0);
    const choice = rng.weightedPick<number>([
      [0, 5],
      [1, 2],
      [2, 2],
      [3, 1],
    ]);
    const offers: Array<[Array<[ProductKey, number]>, Code | undefined]> = [
      [[['proAnnual', 1]], 'BFCM50'],
      [[['seatAnnual', rng.int(3, 6)]], 'CYBER40'],
      [[['credits10k', rng.int(1, 3)]], undefined],
      [
        [
          ['proAnnual', 1],
          ['credits10k', 1],
        ],
        'BFCM50',
      ],
    ];
    const [items, code] = offers[choice] ?? offers[0] ?? [[], undefined];
    const first = holder.cards[0] ?? cardIn(rng, country);
    const match = skilled ? 'good' : rng.pick(['zip_only', 'bad'] as const);
    const attempts: Attempt[] = [];
    if (rng.chance(0.4)) {
      attempts.push(
        cardTry(rng, first, {
          entry: 'typed',
          ok: false,
          afterMs: firstAuth(rng),
          decline: rng.weightedPick(STOLEN_DECLINES),
          match,
        }),
      );
      const next = cardIn(rng, country);
      attempts.push(
        cardTry(rng, next, {
          entry: 'typed',
          ok: rng.chance(0.7),
          afterMs: retryGap(rng),
          decline: 'do_not_honor',
          match,
        }),
      );
    } else attempts.push(cardTry(rng, first, { entry: 'typed', ok: true, afterMs: firstAuth(rng), match }));
    const buyer: Buyer = { ...accountBuyer(holder), email };
    const seats = items[0]?.[0] === 'seatAnnual' ? items[0][1] : undefined;
    return fraudPurchase('stolen_card_resale', at, items, where, holder.city[1], {
      code,
      buyer,
      billing: billingOf(holder),
      ip,
      device: deviceOf(rng),
      channel: 'web',
      interval: 'year',
      ...(seats ? { seats } : {}),
      attempts,
      later: stolenCardLater(rng, 0),
    });
  }).map((p) => ({
    ...p,
    later: p.later.map((l) => (l.type === 'refund.created' ? { ...l, amount: p.basket.amount } : l)),
  }));
}

/**
 * Trial farms: batches of throw-away accounts (disposable domains, numbered Gmail-style handles) created from
 * one machine minutes apart, each verifying a prepaid or virtual card with the $1 trial charge to harvest the
 * trial's AI credits; from a hosting range or a phone's mobile data.
 */
function trialFarm(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const batch = Math.min(count - out.length, rng.int(3, 9));
    const country = rng.weightedPick<string>([
      ['US', 3],
      ['IN', 2],
      ['ID', 1],
      ['PH', 1],
      ['BR', 1],
    ]);
    const where = place(country);
    let t = Math.min(saleMoment(rng, w.window, where.tz), w.window.end - batch * 12 * MINUTE);
    const device = deviceOf(rng);
    const handle = personName(rng).split(' ')[0]?.toLowerCase() ?? 'user';
    const hosting = rng.chance(0.5);
    const [bin, brand] = rng.pick(PREPAID_BINS);
    for (let i = 0; i < batch; i++) {
      t += rng.int(2, 12) * MINUTE;
      const created = t - rng.int(1, 4) * MINUTE;
      const email = rng.chance(0.6)
        ? `${rng.token(10)}@${rng.pick(DISPOSABLE)}`
        : `${handle}${rng.int(100, 9999)}@gmail.com`;
      const card = cardFrom(rng, bin, brand, 'US');
      const ok = rng.chance(0.8);
      const zip = rng.pick(where.cities)[1];
      out.push(
        fraudPurchase('trial_farm', t, [['trial', 1]], where, undefined, {
          buyer: { id: `usr_${rng.token(12)}`, email, name: personName(rng), createdAt: created },
          billing: { country, postalCode: zip },
          ip: hosting ? address(rng, network(rng.pick(VPN_EXITS))) : ipIn(rng, country, 'mobile', 0.3),
          device,
          channel: 'trial_signup',
          interval: 'month',
          attempts: [
            cardTry(rng, card, {
              entry: 'typed',
              ok,
              afterMs: rng.int(4_000, 20_000),
              ...(ok ? {} : { decline: 'insufficient_funds' }),
              match: 'zip_only',
            }),
          ],
          later: ok
            ? [{ type: 'refund.created', afterMs: rng.int(2, 20) * MINUTE, reason: 'verification_reversal' }]
            : [],
        }),
      );
    }
  }
  return out;
}

/**
 * Account takeover: credentials from an infostealer log or reuse; the crew signs in from a new device, through a
 * residential proxy near the owner (the careful ones) or a VPN, and spends the saved card on AI credits, a block
 * of seats or gift years to sell, with no card code asked. The owner notices the receipt: a refund, or a dispute.
 */
function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const aged = w.customers.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  return Array.from({ length: count }, () => {
    const victim: Account = rng.pick(aged.length > 0 ? aged : w.customers);
    const at = saleMoment(rng, w.window, rng.chance(0.5) ? victim.tz : 1);
    const careful = rng.chance(0.4);
    const ip = careful
      ? ipIn(rng, victim.place.country, 'home', 0)
      : rng.chance(0.5)
        ? address(rng, network(rng.pick(VPN_EXITS)))
        : ipIn(rng, rng.pick(CREW_COUNTRIES), 'mobile', 0);
    const offers: Array<[Array<[ProductKey, number]>, Code | undefined]> = [
      [[['credits10k', rng.int(1, 4)]], undefined],
      [[['seatAnnual', rng.int(5, 15)]], 'CYBER40'],
      [[['giftAnnual', rng.int(2, 5)]], 'BFCM50'],
      [[['stockPack', rng.int(3, 8)]], undefined],
    ];
    const [items, code] = rng.weightedPick(
      offers.map((o, k) => [o, k === 0 ? 4 : k === 1 ? 2 : k === 2 ? 2 : 1] as const),
    );
    const card = victim.cards[0] ?? cardIn(rng, victim.place.country);
    const later: LaterEvent[] = [provisioned(rng)];
    const r = rng.next();
    if (r < 0.45) later.push({ type: 'refund.created', afterMs: rng.int(1, 6) * DAY, reason: 'fraudulent' });
    else if (r < 0.8)
      later.push({ type: 'dispute.created', afterMs: rng.int(12, 45) * DAY, reason: 'fraudulent' });
    if (rng.chance(0.15))
      later.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 8) * DAY, reason: 'fraudulent' });
    const seats = items[0]?.[0] === 'seatAnnual' ? items[0][1] : undefined;
    return fraudPurchase('account_takeover', at, items, victim.place, victim.city[1], {
      code,
      buyer: accountBuyer(victim),
      billing: billingOf(victim),
      ip,
      device: deviceOf(rng),
      channel: seats ? 'admin_console' : 'web',
      ...(seats ? { seats } : {}),
      ...(items[0]?.[0] === 'giftAnnual'
        ? { channel: 'gift' as const, giftRecipient: `${rng.token(9)}@${rng.pick(DISPOSABLE)}` }
        : {}),
      attempts: [cardTry(rng, card, { entry: 'saved', ok: true, afterMs: firstAuth(rng) })],
      later,
    });
  }).map((p) => ({
    ...p,
    later: p.later.map((l) => (l.type === 'refund.created' ? { ...l, amount: p.basket.amount } : l)),
  }));
}

/**
 * Friendly fraud: a real customer, on their own account, card, device and network, who uses the product and then
 * charges the year back as cancelled or unrecognised. Half are last year's annual plan renewing, half this
 * sale's annual plan; nothing at checkout tells them apart from honest buyers.
 */
function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const a = rng.pick(w.customers);
    const renewal = rng.chance(0.5);
    const dispute: LaterEvent = {
      type: 'dispute.created',
      afterMs: rng.int(renewal ? 20 : 45, 118) * DAY,
      reason: rng.pick(
        renewal
          ? ['subscription_canceled', 'unrecognized']
          : ['unrecognized', 'product_unacceptable', 'subscription_canceled'],
      ),
    };
    if (renewal) {
      const at = Math.floor(w.window.start + rng.next() * (w.window.end - w.window.start));
      return fraudPurchase('friendly_fraud', at, [['proAnnual', 1]], a.place, a.city[1], {
        buyer: accountBuyer(a),
        billing: billingOf(a),
        channel: 'renewal',
        interval: 'year',
        attempts: storeCharges(rng, a.cards[0] ?? cardIn(rng, a.place.country), 0.05),
        later: [provisioned(rng), dispute],
      });
    }
    const at = Math.max(saleMoment(rng, w.window, a.tz), a.createdAt + HOUR);
    const card = a.cards[0] ?? cardIn(rng, a.place.country);
    return fraudPurchase(
      'friendly_fraud',
      at,
      [['proAnnual', 1], ...(rng.chance(0.3) ? [['credits2k', 1] as const] : [])],
      a.place,
      a.city[1],
      {
        code: 'BFCM50',
        buyer: accountBuyer(a),
        billing: billingOf(a),
        ip: address(rng, network(a.home), rng.chance(0.25)),
        ...(a.devices[0] ? { device: a.devices[0] } : {}),
        channel: 'web',
        interval: 'year',
        attempts: [
          cardTry(rng, card, {
            entry: rng.chance(0.6) ? 'saved' : 'typed',
            ok: true,
            afterMs: firstAuth(rng),
          }),
        ],
        later: [provisioned(rng), dispute],
      },
    );
  });
}

/**
 * Resellers of "lifetime" accounts: one seller's account, opened days earlier, buying gift years and Pro years
 * at the sale price over a day or two on a string of different cards (stolen, or payout cards later charged back)
 * from one machine, the gifts addressed to the marketplace buyers' e-mails.
 */
function lifetimeReseller(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const batch = Math.min(count - out.length, rng.int(2, 5));
    const home = rng.pick(CREW_COUNTRIES.filter((c) => PLACES[c]));
    const where = place(home);
    const seller = newAccount(rng, where, w.window.start - rng.int(1, 12) * DAY);
    const device = deviceOf(rng);
    const viaVpn = rng.chance(0.5);
    const gap = Math.min(240 * MINUTE, (w.window.end - w.window.start) / (batch + 1));
    let t = Math.max(
      w.window.start,
      Math.min(saleMoment(rng, w.window, where.tz), w.window.end - batch * gap),
    );
    for (let i = 0; i < batch; i++) {
      t += Math.floor(rng.float(gap / 12, gap));
      const payout = rng.chance(0.3);
      const [pbin, pbrand, pcountry] = rng.pick(PAYOUT_BINS);
      const card = payout ? cardFrom(rng, pbin, pbrand, pcountry) : cardIn(rng, 'US');
      const ok = rng.chance(0.8);
      const quantity = rng.int(2, 6);
      out.push(
        fraudPurchase('lifetime_reseller', t, [['giftAnnual', quantity]], place('US'), undefined, {
          code: 'BFCM50',
          buyer: accountBuyer(seller),
          billing: { country: 'US', postalCode: String(rng.int(10_000, 99_999)), city: 'New York' },
          ip: viaVpn ? address(rng, network(rng.pick(VPN_EXITS))) : ipIn(rng, home, 'home', 0),
          device,
          channel: 'gift',
          locale: where.locale,
          giftRecipient: `${rng.token(8)}@${rng.pick([...DISPOSABLE, 'gmail.com'])}`,
          attempts: [
            cardTry(rng, card, {
              entry: 'typed',
              ok,
              afterMs: firstAuth(rng),
              match: 'bad',
              ...(ok ? {} : { decline: rng.weightedPick(STOLEN_DECLINES) }),
            }),
          ],
          later: ok ? stolenCardLater(rng, 0, 0.55).filter((l) => l.type !== 'refund.created') : [],
        }),
      );
    }
  }
  return out;
}

/** Sanctioned jurisdictions: how buyers there reach a US store that may not sell to them. */
const SANCTIONED_WAYS = [
  'ru_vpn_foreign_card',
  'ru_leaked_ip',
  'crimea',
  'iran',
  'syria',
  'cuba',
  'belarus',
  'north_korea',
] as const;

const RU_CITIES: ReadonlyArray<Address> = [
  { country: 'RU', city: 'Moscow', postalCode: '101000' },
  { country: 'RU', city: 'Saint Petersburg', postalCode: '190000' },
  { country: 'RU', city: 'Novosibirsk', postalCode: '630099' },
];

/**
 * Orders from Russia, Crimea, Iran, Syria, Cuba, Belarus and North Korea: a VPN or a leaked home address, cards
 * from Kazakhstan, Armenia, Georgia, Turkey, the Emirates or Lebanon bought through intermediaries or a
 * relative's European card, and a billing address typed honestly or a Russian card (Crimea). Russian cards are
 * refused; the rest mostly pass and the store's sanctions screening cancels and refunds some later.
 */
function sanctioned(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const way =
      i < SANCTIONED_WAYS.length
        ? SANCTIONED_WAYS[i]
        : rng.weightedPick(SANCTIONED_WAYS.map((x, k) => [x, k < 2 ? 4 : k < 4 ? 2 : 1] as const));
    const name = personName(rng);
    const vpn = () => address(rng, network(rng.pick(VPN_EXITS)));
    let billing: Address;
    let ip: string;
    let card: Card;
    let tz = 3;
    let mail = ['gmail.com', 'yandex.ru', 'mail.ru'];
    switch (way) {
      case 'ru_vpn_foreign_card':
        billing = rng.pick(RU_CITIES);
        ip = vpn();
        card = cardIn(rng, rng.pick(['KZ', 'AM', 'GE', 'TR']));
        break;
      case 'ru_leaked_ip':
        billing = { country: 'KZ', city: 'Almaty', postalCode: '050000' };
        ip = ipIn(rng, 'RU', 'home', 0);
        card = cardIn(rng, 'KZ');
        break;
      case 'crimea':
        billing = {
          country: 'UA',
          city: rng.pick(['Simferopol', 'Sevastopol']),
          postalCode: rng.pick(['95000', '99000']),
        };
        ip = vpn();
        card = cardIn(rng, 'RU');
        break;
      case 'iran':
        tz = 3.5;
        mail = ['gmail.com', 'yahoo.com'];
        billing = rng.chance(0.5)
          ? { country: 'AE', city: 'Dubai', postalCode: '00000' }
          : { country: 'IR', city: 'Tehran', postalCode: '1458889694' };
        ip =
          billing.country === 'AE'
            ? ipIn(rng, 'IR', 'home', 0)
            : rng.chance(0.5)
              ? vpn()
              : ipIn(rng, 'IR', 'home', 0);
        card = cardIn(rng, rng.pick(['AE', 'TR']));
        break;
      case 'syria':
        mail = ['gmail.com', 'hotmail.com'];
        billing = { country: 'SY', city: 'Damascus' };
        ip = rng.chance(0.5) ? ipIn(rng, 'SY', 'home', 0) : vpn();
        card = cardIn(rng, 'LB');
        break;
      case 'cuba':
        tz = -5;
        mail = ['gmail.com', 'nauta.cu'];
        billing = { country: 'ES', city: 'Madrid', postalCode: '28004' };
        ip = ipIn(rng, 'CU', 'home', 0);
        card = cardIn(rng, 'ES');
        break;
      case 'belarus':
        billing = { country: 'BY', city: 'Minsk', postalCode: '220030' };
        ip = rng.chance(0.5) ? ipIn(rng, 'BY', 'home', 0) : vpn();
        card = cardIn(rng, 'GE');
        break;
      default:
        tz = 9;
        mail = ['gmail.com', 'outlook.com'];
        billing = { country: 'US', city: 'Seattle', postalCode: '98122' };
        ip = ipIn(rng, 'KP', 'home', 0);
        card = cardFrom(rng, ...rng.pick(PAYOUT_BINS));
    }
    const at = saleMoment(rng, w.window, tz);
    const refused = card.country === 'RU';
    const ok = !refused && rng.chance(0.85);
    const later: LaterEvent[] = [];
    if (ok) {
      later.push(provisioned(rng));
      if (rng.chance(0.45)) {
        const after = rng.int(6, 72) * HOUR;
        later.push({ type: 'order.cancelled', afterMs: after, reason: 'sanctions_screening' });
        later.push({ type: 'refund.created', afterMs: after + MINUTE, reason: 'sanctions_screening' });
      }
    }
    const key: ProductKey = rng.pick(['proAnnual', 'proMonthly', 'credits2k', 'seatAnnual']);
    const where = place('US');
    const created = at - rng.int(5, 400) * DAY;
    return fraudPurchase(
      'sanctioned_country',
      at,
      [[key, key === 'seatAnnual' ? rng.int(2, 5) : 1]],
      where,
      undefined,
      {
        ...(key === 'proAnnual'
          ? { code: 'BFCM50' as const }
          : key === 'seatAnnual'
            ? { code: 'CYBER40' as const }
            : {}),
        buyer: { id: `usr_${rng.token(12)}`, email: emailOf(rng, name, mail), name, createdAt: created },
        billing,
        ip,
        device: deviceOf(rng),
        channel: 'web',
        locale: way === 'cuba' ? 'es-ES' : 'en-US',
        attempts: [
          cardTry(rng, card, {
            entry: 'typed',
            ok,
            afterMs: firstAuth(rng),
            match: 'bad',
            ...(ok ? {} : { decline: refused ? 'restricted_card' : 'transaction_not_allowed' }),
          }),
        ],
        later,
      },
    );
  });
}

/** Each kind gets exactly its allocation; their purchases come back in one list. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...stolenCardResale(rng.fork('stolen_card_resale'), w, n.stolen_card_resale),
    ...trialFarm(rng.fork('trial_farm'), w, n.trial_farm),
    ...accountTakeover(rng.fork('account_takeover'), w, n.account_takeover),
    ...friendlyFraud(rng.fork('friendly_fraud'), w, n.friendly_fraud),
    ...lifetimeReseller(rng.fork('lifetime_reseller'), w, n.lifetime_reseller),
    ...sanctioned(rng.fork('sanctioned_country'), w, n.sanctioned_country),
  ];
}
