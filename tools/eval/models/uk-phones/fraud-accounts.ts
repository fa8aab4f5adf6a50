import { type Address, accountBuyer, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { journey, readdressed } from './after.js';
import { appBankCard, type HeldCard } from './cards.js';
import {
  AUDIO,
  basketOf,
  COVER,
  flagship,
  type Fulfilment,
  GIFT_CARDS,
  HOT,
  type Line,
  lineIn,
  PHONES,
  TABLETS,
  WATCHES,
  ACCESSORIES,
} from './catalogue.js';
import { dropAddress, fraudAfter, fraudConnection, victim } from './fraud-kit.js';
import { connect, network, networksOf } from './networks.js';
import { fraudGadget, freshEmail, fullName, type Gadget, gadget, personName } from './people.js';
import { homeAddress, type Market, nearby, pickTown } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  financePay,
  honestPay,
  other,
  type LaterEvent,
  type Purchase,
  retryGap,
} from './purchase.js';
import { accountHolder } from './shoppers.js';
import { ownConnection, purchaseOf, shopNear, type World } from './world.js';

/** Fraud through accounts and identities: takeovers, finance in someone else's name, resellers, refunds, disputes. */

/**
 * Credential stuffing: an aged account with a saved card, a new device, a new delivery address (or a partner
 * shop, or the address changed after checkout), and an e-gift card to a new inbox now and then. The issuer
 * challenges the unfamiliar device often, and the owner's phone gets the code; some go through frictionless.
 * Owners who see the confirmation e-mail ring the shop, which cancels.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.filter((x) => x.cards.length > 0));
  const at = w.clock.draw(rng, rng.chance(0.35) ? 'launch' : rng.chance(0.4) ? 'night' : 'general');
  const careful = rng.chance(0.6);
  const gift = rng.chance(0.14);
  const lines: Line[] = gift
    ? [lineIn(rng.pick(GIFT_CARDS.slice(1)), 'GB', rng.int(1, 4))]
    : at >= w.calendar.preorders && rng.chance(0.55)
      ? [lineIn(rng.pick(HOT), a.market)]
      : [lineIn(rng.pick([...WATCHES.slice(0, 3), ...AUDIO.slice(0, 3), ...PHONES.slice(0, 4)]), a.market)];
  const where = rng.weightedPick([
    ['drop', 38],
    ['collect', 25],
    ['nearby', 17],
    ['readdress', 20],
  ] as const);
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const market: Market = gift ? 'GB' : a.market;
  const fulfilment: Fulfilment = gift
    ? 'e_gift'
    : where === 'collect'
      ? 'click_collect'
      : preorder
        ? 'launch_day'
        : 'next_day';
  const shop = fulfilment === 'click_collect' ? shopNear(rng, w, a.home) : undefined;
  const shipping: Address | undefined = gift
    ? undefined
    : (shop?.address ??
      (where === 'drop' ? dropAddress(rng) : where === 'nearby' ? nearby(rng, a.home) : a.home));
  const basket = basketOf(lines, market, fulfilment);
  const card = rng.pick(a.cards);
  const paypal = rng.chance(0.15);
  const outcome = rng.weightedPick([
    ['frictionless', 48],
    ['challenge_failed', 40],
    ['challenge_passed', 12],
  ] as const);
  const attempts: Attempt[] = paypal
    ? [other('paypal', true, firstAuth(rng))]
    : [
        cardAttempt(rng, card, basket.amount, {
          entry: 'saved',
          ok: outcome !== 'challenge_failed',
          afterMs: firstAuth(rng),
          familiar: false,
          ...(outcome === 'challenge_failed'
            ? { decline: 'authentication_failed' as const }
            : { threeDS: outcome }),
        }),
      ];
  // Another saved card when the first was challenged.
  const second = a.cards.find((c) => c !== card);
  if (outcome === 'challenge_failed' && second && rng.chance(0.5))
    attempts.push(
      cardAttempt(rng, second, basket.amount, {
        entry: 'saved',
        ok: rng.chance(0.5),
        afterMs: retryGap(rng),
        familiar: false,
        decline: 'authentication_failed',
      }),
    );
  const extra: LaterEvent[] =
    where === 'readdress' && !gift ? [readdressed(rng.int(10, 240) * MINUTE, dropAddress(rng))] : [];
  return purchaseOf({
    at,
    fraud: true,
    kind: 'account_takeover',
    market,
    buyer: accountBuyer(a),
    billing: a.home,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ...(shop ? { collectFrom: shop.name } : {}),
    ip: fraudConnection(rng, a.market, careful),
    device: fraudGadget(rng, !careful),
    basket,
    attempts,
    later: fraudAfter(rng, w.calendar, at, fulfilment, {
      caught: 0.3,
      warning: 0.35,
      dispute: 0.6,
      extra,
      preorder,
    }),
    preorder,
  });
}

/**
 * Pay-monthly finance in someone else's name: a stolen identity passes the credit check (or does not), the
 * phone goes to the victim's address and is intercepted or readdressed, or to a partner shop. The lender
 * learns weeks later, when the victim sees the agreement on their credit file, and claws the money back.
 */
export function financeFraud(rng: Rng, w: World): Purchase {
  const v = victim(rng, 'GB');
  const at = w.clock.draw(rng, rng.chance(0.6) ? 'launch' : 'general');
  const careful = rng.chance(0.7);
  const lines: Line[] = [
    lineIn(
      at >= w.calendar.preorders ? rng.pick(HOT) : rng.pick(PHONES.filter((x) => x.price > 100_000)),
      'GB',
    ),
  ];
  if (rng.chance(0.45))
    lines.push(lineIn(rng.pick([WATCHES[2]!, TABLETS[2]!, AUDIO[2]!, WATCHES[0]!]), 'GB'));
  if (rng.chance(0.3)) lines.push(lineIn(rng.pick(ACCESSORIES.slice(0, 2)), 'GB'));
  if (rng.chance(0.15)) lines.push(lineIn(COVER[1]!, 'GB'));
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const route = rng.weightedPick([
    ['victim_home', 35],
    ['readdress', 25],
    ['collect', 28],
    ['elsewhere', 12],
  ] as const);
  const fulfilment: Fulfilment =
    route === 'collect'
      ? 'click_collect'
      : preorder
        ? 'launch_day'
        : rng.chance(0.7)
          ? 'next_day'
          : 'premium';
  const shop = route === 'collect' ? shopNear(rng, w, v.home) : undefined;
  const shipping = shop?.address ?? (route === 'elsewhere' ? dropAddress(rng) : v.home);
  const basket = basketOf(lines, 'GB', fulfilment);
  const attempts = financePay(
    rng,
    { cards: [], country: 'GB', signedIn: true },
    basket.amount,
    careful ? 0.38 : 0.6,
  );
  const buyer: Buyer = {
    id: `C${rng.int(10_000_000, 99_999_999)}`,
    email: freshEmail(rng, v.person),
    name: fullName(v.person),
    createdAt: at - (rng.chance(0.7) ? rng.int(3, 50) * MINUTE : rng.int(1, 6) * DAY),
  };
  const extra: LaterEvent[] =
    route === 'readdress'
      ? [readdressed(rng.int(30, 900) * MINUTE, rng.chance(0.5) ? dropAddress(rng) : nearby(rng, v.home))]
      : [];
  return purchaseOf({
    at,
    fraud: true,
    kind: 'finance_application_fraud',
    market: 'GB',
    buyer,
    billing: v.home,
    shipping,
    fulfilment,
    ...(shop ? { collectFrom: shop.name } : {}),
    ip: fraudConnection(rng, 'GB', careful),
    device: fraudGadget(rng, !careful),
    basket,
    attempts,
    later: fraudAfter(rng, w.calendar, at, fulfilment, {
      caught: 0.05,
      warning: 0.5,
      dispute: 0.55,
      reason: 'fraudulent',
      extra,
      preorder,
    }),
    preorder,
    financeMonths: rng.pick([24, 36]),
  });
}

const jig = (rng: Rng, base: Address, i: number): Address => {
  const line = base.line1 ?? '';
  const variants = [
    line,
    `Flat ${i + 1}, ${line.replace(/^Flat \d+, /, '')}`,
    line.replace(/^(\d+)/, `$1${'ABCD'.charAt(i % 4)}`),
    `${line}, rear entrance`,
    line.replace('Road', 'Rd').replace('Street', 'St').replace('Avenue', 'Ave'),
    `Unit ${i + 2}, ${line.replace(/^Flat \d+, /, '')}`,
  ];
  return { ...base, line1: variants[rng.int(0, variants.length - 1)] ?? line };
};

/**
 * Resellers buying launch stock past the two-per-customer limit: a ring of accounts (new ones, opened the week
 * before, or old ones bought in), app-bank cards, the same one or two drop addresses jigged a little,
 * catch-all domains or dotted Gmail, a shared laptop or a bot on a data-centre range; checkout in the first
 * minutes of pre-orders. Their money is good; the shop cancels what it spots over the limit.
 */
export function launchResellers(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(2, 6));
    const bot = rng.chance(0.35);
    const base = homeAddress(rng, 'GB', pickTown(rng, 'GB'), 0.4);
    const drops = [base, ...(rng.chance(0.4) ? [nearby(rng, base)] : [])];
    const domain = rng.chance(0.45)
      ? `${rng.pick(['flip', 'tech', 'mobiles', 'deals', 'resell'])}${rng.digits(2)}.co.uk`
      : undefined;
    const shared: Gadget[] = bot
      ? [fraudGadget(rng, true)]
      : Array.from({ length: rng.int(1, 2) }, () => gadget(rng, false));
    const botNet = network(rng.pick(['gb-hosting', 'gb-hosting', 'nl-hosting']));
    const binCard = appBankCard(rng);
    const leader = personName(rng, 'GB');
    for (let i = 0; i < size; i++) {
      const at = w.clock.draw(rng, 'rush');
      const person =
        i === 0 || rng.chance(0.4)
          ? { ...personName(rng, 'GB'), last: rng.chance(0.5) ? leader.last : personName(rng, 'GB').last }
          : leader;
      const g = leader.first.toLowerCase();
      const email = domain
        ? `${rng.token(rng.int(3, 8), 'abcdefghijklmnopqrstuvwxyz')}@${domain}`
        : `${g
            .split('')
            .join(rng.chance(0.5) ? '.' : '')
            .slice(
              0,
              2 * g.length - 1,
            )}${leader.last.toLowerCase()}${i > 0 ? '+' + String(i) : ''}@gmail.com`;
      const aged = rng.chance(0.25);
      const buyer: Buyer = {
        id: `C${rng.int(10_000_000, 99_999_999)}`,
        email,
        name: fullName(person),
        createdAt: aged
          ? at - rng.int(200, 2000) * DAY
          : Math.min(at - 3 * MINUTE, w.calendar.preorders - rng.int(60, 14 * 24 * 60) * MINUTE),
      };
      const lines: Line[] = [lineIn(rng.pick(HOT), 'GB', rng.chance(0.7) ? 2 : 1)];
      const preorder = at < w.calendar.release;
      const fulfilment: Fulfilment = rng.chance(0.3) ? 'click_collect' : preorder ? 'launch_day' : 'next_day';
      const drop = rng.pick(drops);
      const shop = fulfilment === 'click_collect' ? shopNear(rng, w, drop) : undefined;
      const basket = basketOf(lines, 'GB', fulfilment);
      const card: HeldCard = rng.chance(0.6)
        ? { ...binCard, last4: rng.digits(4), fingerprint: `cf_${rng.token(16)}` }
        : appBankCard(rng);
      const attempts: Attempt[] = rng.chance(0.15)
        ? [
            cardAttempt(rng, card, basket.amount, {
              ok: false,
              decline: 'card_velocity_exceeded',
              afterMs: firstAuth(rng),
              familiar: true,
            }),
            cardAttempt(rng, appBankCard(rng), basket.amount, {
              ok: rng.chance(0.7),
              afterMs: rng.int(20_000, 90_000),
              familiar: true,
              decline: 'do_not_honor',
            }),
          ]
        : honestPay(rng, { cards: [card], country: 'GB', signedIn: aged, familiar: true }, basket.amount, {
            klarna: false,
            declines: 0.02,
            method: rng.chance(0.25) ? 'apple_pay' : 'card',
          });
      const j = journey(rng, w.calendar, at, fulfilment, preorder);
      const later: LaterEvent[] = rng.chance(0.35)
        ? [
            {
              type: 'order.cancelled',
              afterMs: rng.int(1, Math.max(2, Math.floor(j.dispatched / HOUR))) * HOUR,
              reason: 'order_limit_exceeded',
            },
            {
              type: 'refund.created',
              afterMs: j.dispatched + rng.int(0, 3) * HOUR,
              reason: 'order_limit_exceeded',
            },
          ]
        : j.steps;
      out.push(
        purchaseOf({
          at,
          fraud: true,
          kind: 'launch_reseller',
          market: 'GB',
          buyer,
          billing: rng.chance(0.6) ? jig(rng, drop, i) : homeAddress(rng, 'GB'),
          shipping: shop?.address ?? jig(rng, drop, i),
          fulfilment,
          ...(shop ? { collectFrom: shop.name } : {}),
          ip: bot
            ? connect(rng, botNet)
            : connect(rng, rng.pick([...networksOf('GB', 'broadband'), ...networksOf('GB', 'mobile')])),
          device: rng.pick(shared),
          basket,
          attempts,
          later,
          preorder,
        }),
      );
    }
  }
  return out;
}

/**
 * Refund abuse by real customers on their own cards: "never arrived" though the courier has a photo, a box
 * returned with an old or broken handset in it, a "faulty" phone that is not the one sold; some also dispute.
 */
export function refundAbuse(rng: Rng, w: World): Purchase {
  const s = rng.chance(0.65) ? accountHolder(rng, w, 'GB') : undefined;
  const at = w.clock.draw(rng, rng.chance(0.4) ? 'launch' : 'general');
  const market: Market = 'GB';
  const person = personName(rng, market);
  const home = s?.home ?? homeAddress(rng, market);
  const lines: Line[] = [
    lineIn(
      at >= w.calendar.preorders && rng.chance(0.5)
        ? flagship(rng)
        : rng.pick([...PHONES.slice(0, 7), ...AUDIO.slice(0, 3), ...WATCHES.slice(0, 2)]),
      market,
    ),
  ];
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const fulfilment: Fulfilment = preorder ? 'launch_day' : rng.chance(0.8) ? 'next_day' : 'standard';
  const basket = basketOf(lines, market, fulfilment);
  const buyer: Buyer = s?.buyer ?? {
    id: `C${rng.int(10_000_000, 99_999_999)}`,
    email: freshEmail(rng, person),
    name: fullName(person),
    createdAt: at - rng.int(5, 300) * MINUTE,
  };
  const j = journey(rng, w.calendar, at, fulfilment, preorder);
  const claim = rng.weightedPick([
    ['item_not_received', 35],
    ['returned', 45],
    ['faulty', 20],
  ] as const);
  const later: LaterEvent[] = [
    ...j.steps,
    {
      type: 'refund.created',
      afterMs: j.arrived + (claim === 'item_not_received' ? rng.int(1, 4) : rng.int(5, 14)) * DAY,
      reason: claim,
    },
  ];
  if (rng.chance(0.15))
    later.push({
      type: 'dispute.created',
      afterMs: j.arrived + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return purchaseOf({
    at,
    fraud: true,
    kind: 'refund_abuse',
    market,
    buyer,
    billing: home,
    shipping: home,
    fulfilment,
    ip: s ? s.ip : connect(rng, rng.pick(networksOf('GB', 'broadband'))),
    device: s?.gadget ?? gadget(rng),
    basket,
    attempts: honestPay(
      rng,
      { cards: s?.cards ?? [appBankCard(rng)], country: 'GB', signedIn: s !== undefined },
      basket.amount,
      { klarna: false },
    ),
    later,
    preorder,
  });
}

/**
 * Friendly fraud: a customer who got the phone disputes it anyway (not recognised, never arrived), weeks
 * later. Their own account, card, line and phone; nothing at checkout says so.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const s = accountHolder(rng, w, rng.chance(0.9) ? 'GB' : 'IE');
  const at = w.clock.draw(rng, rng.chance(0.4) ? 'launch' : 'general');
  const lines: Line[] = [
    lineIn(
      at >= w.calendar.preorders && rng.chance(0.5)
        ? flagship(rng)
        : rng.pick([...PHONES.slice(0, 6), ...WATCHES, ...TABLETS.slice(0, 3), ...AUDIO.slice(0, 3)]),
      s.market,
    ),
  ];
  const preorder = at < w.calendar.release && lines.some((l) => l.category === 'flagship');
  const fulfilment: Fulfilment = preorder ? 'launch_day' : 'next_day';
  const basket = basketOf(lines, s.market, fulfilment);
  const j = journey(rng, w.calendar, at, fulfilment, preorder);
  const reason = rng.weightedPick([
    ['fraudulent', 45],
    ['product_not_received', 35],
    ['unrecognized', 20],
  ] as const);
  const later: LaterEvent[] = [...j.steps];
  if (reason === 'fraudulent' && rng.chance(0.5))
    later.push({ type: 'fraud_warning.created', afterMs: j.arrived + rng.int(8, 30) * DAY, reason });
  later.push({ type: 'dispute.created', afterMs: j.arrived + rng.int(25, 75) * DAY, reason });
  return purchaseOf({
    at,
    fraud: true,
    kind: 'friendly_fraud',
    market: s.market,
    buyer: s.buyer,
    billing: s.home,
    shipping: s.home,
    fulfilment,
    ip: s.account ? ownConnection(rng, s.account).ip : s.ip,
    device: s.gadget,
    basket,
    attempts: honestPay(rng, { cards: s.cards, country: s.market, signedIn: true }, basket.amount, {
      method: rng.chance(0.85) ? 'card' : 'apple_pay',
    }),
    later,
    preorder,
  });
}
