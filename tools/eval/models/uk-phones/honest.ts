import { type Address, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { honestAfter } from './after.js';
import { abroadAddress, nearby, pickTown, workAddress } from './places.js';
import { newCard } from './cards.js';
import {
  basketOf,
  type Fulfilment,
  type Line,
  lineIn,
  PHONES,
  TRADE_IN,
  ACCESSORIES,
  COVER,
  flagship,
  FLAGSHIP,
} from './catalogue.js';
import { connect, network, networksOf } from './networks.js';
import {
  cardAttempt,
  financePay,
  firstAuth,
  honestPay,
  type Attempt,
  type Decline,
  type Purchase,
  type PayStyle,
  retryGap,
} from './purchase.js';
import { accountHolder, basketLines, type Mix, newcomer, type Shopper } from './shoppers.js';
import { purchaseOf, shopNear, type World } from './world.js';

/**
 * Honest orders, by kind. Weights are shares of honest orders. Honest customers are messy: they ship to work,
 * order from holiday, sit behind a VPN or the office network, share a laptop and a card with a partner, type
 * the wrong code, open an account a minute before paying, buy ten phones for the office.
 */
export const HONEST = {
  regular_customer: 19,
  launch_preorder: 17,
  first_time_buyer: 14,
  refurbished_bargain: 9,
  pay_monthly: 8,
  gift_to_another: 6,
  click_and_collect: 6,
  ireland_buyer: 5,
  traveller_or_vpn: 5,
  business_buyer: 3,
  fumbled_payment: 4,
  returner: 4,
} as const;
export type HonestKind = keyof typeof HONEST;

const GIFT_NOTES = [
  'Happy birthday! x',
  'Congratulations on the new job',
  'Love you, Mum & Dad',
  'Enjoy! From all of us',
  'Happy anniversary',
];

const deliveryFor = (rng: Rng, preorder: boolean): Fulfilment =>
  preorder
    ? rng.chance(0.85)
      ? 'launch_day'
      : 'click_collect'
    : rng.weightedPick<Fulfilment>([
        ['next_day', 50],
        ['standard', 35],
        ['premium', 6],
        ['click_collect', 9],
      ]);

interface Order {
  kind: HonestKind;
  at: number;
  s: Shopper;
  lines: Line[];
  fulfilment: Fulfilment;
  shipping?: Address;
  billing?: Address;
  style?: PayStyle;
  finance?: boolean;
  extra?: Partial<Pick<Purchase, 'tradeIn' | 'company' | 'giftMessage'>>;
  returns?: number;
  cancel?: number;
  code?: { code: string; discount: (items: number, lines: Line[]) => number };
  attempts?: (amount: number) => Attempt[];
}

function finish(rng: Rng, w: World, o: Order): Purchase {
  const c = w.calendar;
  const preorder = o.at < c.release && o.lines.some((l) => l.category === 'flagship');
  let fulfilment = o.fulfilment;
  if (o.lines.every((l) => l.category === 'gift_card')) fulfilment = 'e_gift';
  else if (fulfilment === 'launch_day' && !preorder) fulfilment = 'next_day';
  const basket = basketOf(o.lines, o.s.market, fulfilment, o.code);
  const shop = fulfilment === 'click_collect' ? shopNear(rng, w, o.shipping ?? o.s.home) : undefined;
  const shipping = fulfilment === 'e_gift' ? undefined : (shop?.address ?? o.shipping ?? o.s.home);
  const payer = { cards: o.s.cards, country: o.s.market, signedIn: o.s.signedIn, familiar: o.s.familiar };
  const attempts =
    o.attempts?.(basket.amount) ??
    (o.finance ? financePay(rng, payer, basket.amount) : honestPay(rng, payer, basket.amount, o.style));
  const months = o.finance ? rng.pick([12, 24, 36]) : undefined;
  return purchaseOf({
    at: o.at,
    fraud: false,
    kind: o.kind,
    market: o.s.market,
    buyer: o.s.buyer,
    billing: o.billing ?? o.s.home,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ...(shop ? { collectFrom: shop.name } : {}),
    ip: o.s.ip,
    device: o.s.gadget,
    basket,
    attempts,
    later: honestAfter(rng, c, o.at, fulfilment, basket.amount, {
      returns: o.returns ?? 0.03,
      cancel: o.cancel ?? (preorder ? 0.035 : 0.012),
      preorder,
    }),
    preorder,
    ...o.extra,
    ...(months ? { financeMonths: months } : {}),
  });
}

const tradeIn = (rng: Rng, share: number, lines: Line[]) => {
  if (!lines.some((l) => l.category === 'flagship' || l.category === 'phone') || !rng.chance(share))
    return {};
  const [device, quote] = rng.pick(TRADE_IN);
  return { tradeIn: { device, quote } };
};

/** Pre-orders and launch orders for the new phone: mostly account holders, a trade-in for a third. */
function launchPreorder(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'launch');
  const s = rng.chance(0.62) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.3);
  const phone = lineIn(flagship(rng), 'GB', rng.chance(0.07) ? 2 : 1);
  const lines = [
    phone,
    ...(rng.chance(0.7) ? [lineIn(rng.pick(ACCESSORIES.slice(0, 3)), 'GB')] : []),
    ...(rng.chance(0.3) ? [lineIn(rng.pick(COVER), 'GB')] : []),
  ];
  return finish(rng, w, {
    kind: 'launch_preorder',
    at,
    s,
    lines,
    fulfilment: deliveryFor(rng, at < w.calendar.release),
    style: { declines: 0.07 },
    extra: tradeIn(rng, 0.35, lines),
  });
}

const REGULAR: Mix = {
  accessories: 34,
  audio: 20,
  watch: 16,
  tablet: 10,
  phone: 9,
  gift_card: 6,
  refurbished: 5,
};

/** An account holder back for more: accessories, earbuds, a watch, now and then the new phone. */
function regular(rng: Rng, w: World, kind: HonestKind = 'regular_customer'): Purchase {
  const s = accountHolder(rng, w, 'GB');
  const wantsFlagship = rng.chance(0.12);
  const at = w.clock.draw(rng, wantsFlagship ? 'launch' : 'general');
  const { lines } = basketLines(rng, w.calendar, at, 'GB', wantsFlagship ? { flagship: 1 } : REGULAR);
  return finish(rng, w, {
    kind,
    at,
    s,
    lines,
    fulfilment: deliveryFor(rng, false),
    ...(rng.chance(0.1) ? { shipping: workAddress(rng, 'GB', pickTown(rng, 'GB')) } : {}),
    extra: tradeIn(rng, 0.3, lines),
    ...(kind === 'returner' ? { returns: 1 } : {}),
  });
}

const FIRST: Mix = {
  phone: 26,
  flagship: 8,
  refurbished: 12,
  audio: 20,
  watch: 10,
  tablet: 10,
  accessories: 14,
};

function firstTime(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'general');
  const s = newcomer(rng, at, 'GB');
  if (rng.chance(0.08)) s.ip = connect(rng, network('gb-university'));
  const { lines } = basketLines(rng, w.calendar, at, 'GB', FIRST);
  const welcome = rng.chance(0.2)
    ? {
        code: rng.chance(0.7) ? 'WELCOME10' : 'STUDENT10',
        discount: (_: number, ls: Line[]) =>
          Math.min(
            2_000,
            0.1 *
              ls
                .filter((l) => l.category === 'accessory' || l.category === 'audio')
                .reduce((x, l) => x + l.price * l.quantity, 0),
          ),
      }
    : undefined;
  return finish(rng, w, {
    kind: 'first_time_buyer',
    at,
    s,
    lines,
    fulfilment: deliveryFor(rng, false),
    ...(welcome ? { code: welcome } : {}),
    style: { declines: 0.06 },
  });
}

function refurbished(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'general');
  const s = rng.chance(0.45) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.5);
  const { lines } = basketLines(rng, w.calendar, at, 'GB', { refurbished: 1 });
  return finish(rng, w, {
    kind: 'refurbished_bargain',
    at,
    s,
    lines,
    fulfilment: deliveryFor(rng, false),
    returns: 0.07,
    style: {
      method: rng.weightedPick([
        ['card', 45],
        ['paypal', 25],
        ['klarna', 18],
        ['apple_pay', 12],
      ] as const),
    },
  });
}

function payMonthly(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, rng.chance(0.6) ? 'launch' : 'general');
  const s = rng.chance(0.4) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0);
  const { lines } = basketLines(rng, w.calendar, at, 'GB', { flagship: 60, phone: 28, tablet: 8, watch: 4 });
  if (rng.chance(0.2)) lines.push(lineIn(rng.pick(COVER), 'GB'));
  return finish(rng, w, {
    kind: 'pay_monthly',
    at,
    s,
    lines,
    fulfilment: rng.chance(0.85) ? deliveryFor(rng, at < w.calendar.release) : 'click_collect',
    finance: true,
    extra: tradeIn(rng, 0.25, lines),
  });
}

function gift(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'general');
  const s = rng.chance(0.6) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.55);
  const { lines } = basketLines(rng, w.calendar, at, 'GB', {
    audio: 28,
    watch: 22,
    gift_card: 14,
    tablet: 12,
    refurbished: 10,
    phone: 8,
    flagship: 6,
  });
  const recipient = rng.chance(0.3)
    ? nearby(rng, s.home)
    : { ...nearby(rng, { ...s.home, city: pickTown(rng, 'GB').city }) };
  return finish(rng, w, {
    kind: 'gift_to_another',
    at,
    s,
    lines,
    fulfilment: rng.weightedPick<Fulfilment>([
      ['next_day', 55],
      ['premium', 15],
      ['standard', 30],
    ]),
    shipping: recipient,
    extra: rng.chance(0.7) ? { giftMessage: rng.pick(GIFT_NOTES) } : {},
  });
}

function clickAndCollect(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'general');
  const s = rng.chance(0.5) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.6);
  const { lines } = basketLines(rng, w.calendar, at, 'GB', {
    accessories: 30,
    audio: 25,
    phone: 15,
    flagship: 10,
    watch: 10,
    refurbished: 10,
  });
  return finish(rng, w, { kind: 'click_and_collect', at, s, lines, fulfilment: 'click_collect' });
}

function ireland(rng: Rng, w: World): Purchase {
  const launch = rng.chance(0.35);
  const at = w.clock.draw(rng, launch ? 'launch' : 'general');
  const s = rng.chance(0.5) ? accountHolder(rng, w, 'IE') : newcomer(rng, at, 'IE', 0.4);
  const { lines } = basketLines(
    rng,
    w.calendar,
    at,
    'IE',
    launch
      ? { flagship: 1 }
      : { phone: 25, audio: 20, accessories: 20, watch: 15, tablet: 10, refurbished: 10 },
  );
  return finish(rng, w, {
    kind: 'ireland_buyer',
    at,
    s,
    lines,
    fulfilment: at < w.calendar.release && launch ? 'launch_day' : rng.chance(0.8) ? 'standard' : 'next_day',
  });
}

const HOLIDAY = [
  'es-home',
  'es-home',
  'fr-home',
  'pt-home',
  'us-cable',
  'ae-home',
  'tr-home',
  'pl-home',
  'de-home',
  'nl-home',
  'hk-home',
  'au-home',
];
const EXPAT_HOME = ['IN', 'PL', 'NG', 'RO', 'PK', 'ZA', 'US', 'AU', 'FR', 'DE'];
const EXPAT_ABROAD: ReadonlyArray<readonly [string, string]> = [
  ['ES', 'es-home'],
  ['AE', 'ae-home'],
  ['PT', 'pt-home'],
  ['US', 'us-cable'],
  ['HK', 'hk-home'],
  ['AU', 'au-home'],
];

/** On holiday abroad, British and living abroad, from abroad and living here, or behind a VPN or the office. */
function traveller(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'general');
  const s = rng.chance(0.55) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.5);
  const flavour = rng.weightedPick([
    ['holiday', 38],
    ['expat_abroad', 17],
    ['from_abroad', 17],
    ['vpn', 28],
  ] as const);
  let billing: Address | undefined;
  let shipping: Address | undefined;
  if (flavour === 'holiday') s.ip = connect(rng, network(rng.pick(HOLIDAY)));
  else if (flavour === 'expat_abroad') {
    // Buying for family at home, or to be brought over: a card and address abroad, the parcel to Britain.
    const [country, net] = rng.pick(EXPAT_ABROAD);
    s.ip = connect(rng, network(net));
    s.cards = [newCard(rng, country)];
    billing = abroadAddress(rng, country);
    shipping = rng.chance(0.85) ? nearby(rng, s.home) : undefined;
  } else if (flavour === 'from_abroad') {
    // Living in Britain with the card from home: the bank abroad, the address here.
    const country = rng.pick(EXPAT_HOME);
    s.cards = [newCard(rng, country), ...s.cards];
  } else {
    const exits = [
      ...networksOf('GB', 'hosting'),
      ...networksOf('NL', 'hosting'),
      ...networksOf('DE', 'hosting'),
      ...networksOf('FI', 'hosting'),
    ];
    s.ip = connect(rng, rng.chance(0.55) ? exits[0]! : rng.pick(exits));
  }
  s.familiar = flavour === 'from_abroad';
  const { lines } = basketLines(rng, w.calendar, at, 'GB', {
    phone: 25,
    flagship: 15,
    audio: 20,
    watch: 15,
    tablet: 10,
    accessories: 15,
  });
  return finish(rng, w, {
    kind: 'traveller_or_vpn',
    at,
    s,
    lines,
    fulfilment: deliveryFor(rng, false),
    ...(billing ? { billing } : {}),
    ...(shipping ? { shipping } : {}),
    style: { declines: 0.08, klarna: flavour !== 'expat_abroad' },
  });
}

const COMPANY = [
  'Northern Quarter Lettings',
  'Pennine Scaffolding',
  'Irwell Digital',
  'Bridgewater Care Services',
  'Hale Barns Dental',
  'Red Rose Plumbing & Heating',
  'Castlefield Studio',
  'Mersey Logistics',
];

/** Small firms kitting out staff: several phones on the company card, to the office, in office hours. */
function business(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, 'business');
  const s = rng.chance(0.65) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.3);
  const company = rng.pick(COMPANY);
  const office = workAddress(rng, 'GB', pickTown(rng, 'GB'));
  const staff = rng.int(3, 14);
  const model = rng.weightedPick([
    [PHONES[8]!, 4],
    [PHONES[0]!, 3],
    [at >= w.calendar.preorders ? FLAGSHIP[0]! : PHONES[0]!, 2],
    [PHONES[7]!, 2],
  ] as const);
  const lines = [lineIn(model, 'GB', staff), lineIn(ACCESSORIES[1]!, 'GB', staff)];
  if (rng.chance(0.4)) lines.push(lineIn(COVER[0]!, 'GB', staff));
  s.cards = [newCard(rng, 'GB', 'credit'), ...s.cards];
  s.buyer = {
    ...s.buyer,
    email: `${s.buyer.name.split(' ')[0]?.toLowerCase() ?? 'office'}@${company
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 18)}.co.uk`,
  };
  return finish(rng, w, {
    kind: 'business_buyer',
    at,
    s,
    lines,
    fulfilment: rng.chance(0.8) ? 'next_day' : 'premium',
    shipping: office,
    billing: office,
    style: { method: rng.chance(0.85) ? 'card' : 'paypal', declines: 0.14, klarna: false },
    extra: { company: { name: `${company} Ltd`, vatNumber: `GB${rng.digits(9)}` } },
  });
}

/** The wrong code, an expired card, the banking app not answered in time, not enough in the account: then right. */
function fumbled(rng: Rng, w: World): Purchase {
  const at = w.clock.draw(rng, rng.chance(0.3) ? 'launch' : 'general');
  const s = rng.chance(0.5) ? accountHolder(rng, w, 'GB') : newcomer(rng, at, 'GB', 0.5);
  const { lines } = basketLines(rng, w.calendar, at, 'GB', {
    phone: 25,
    flagship: 20,
    audio: 20,
    watch: 15,
    accessories: 20,
  });
  const attempts = (amount: number): Attempt[] => {
    const card = rng.pick(s.cards);
    const base = { familiar: s.familiar } as const;
    const out: Attempt[] = [];
    const tries = rng.weightedPick([
      [1, 6],
      [2, 3],
      [3, 1],
    ] as const);
    let t = firstAuth(rng);
    for (let i = 0; i < tries; i++) {
      const why = rng.weightedPick<Decline>([
        ['incorrect_cvc', 35],
        ['authentication_failed', 25],
        ['expired_card', 12],
        ['insufficient_funds', 18],
        ['do_not_honor', 10],
      ]);
      out.push(
        cardAttempt(rng, why === 'expired_card' && i > 0 ? newCard(rng, 'GB') : card, amount, {
          ...base,
          ok: false,
          decline: why,
          afterMs: t,
          match: rng.chance(0.15) ? 'partial' : 'good',
        }),
      );
      t = retryGap(rng);
    }
    if (rng.chance(0.1)) return out;
    if (rng.chance(0.2)) return [...out, { method: 'paypal', ok: true, afterMs: t }];
    const again = rng.chance(0.75) ? card : (s.cards.find((x) => x !== card) ?? newCard(rng, 'GB'));
    return [
      ...out,
      cardAttempt(rng, again, amount, { ...base, ok: true, afterMs: t + rng.int(0, 10) * MINUTE }),
    ];
  };
  return finish(rng, w, {
    kind: 'fumbled_payment',
    at,
    s,
    lines,
    fulfilment: deliveryFor(rng, at < w.calendar.release),
    attempts,
  });
}

/** A regular who sends things back: two sizes of case, a phone that did not suit, a refund the shop was slow with. */
function returner(rng: Rng, w: World): Purchase {
  const p = regular(rng, w, 'returner');
  if (rng.chance(0.12) && p.attempts.some((a) => a.ok)) {
    const refund = p.later.find((l) => l.type === 'refund.created');
    if (refund)
      p.later.push({
        type: 'dispute.created',
        afterMs: refund.afterMs - rng.int(2, 6) * HOUR,
        reason: 'credit_not_processed',
      });
  }
  return p;
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular_customer':
      return regular(rng, w);
    case 'launch_preorder':
      return launchPreorder(rng, w);
    case 'first_time_buyer':
      return firstTime(rng, w);
    case 'refurbished_bargain':
      return refurbished(rng, w);
    case 'pay_monthly':
      return payMonthly(rng, w);
    case 'gift_to_another':
      return gift(rng, w);
    case 'click_and_collect':
      return clickAndCollect(rng, w);
    case 'ireland_buyer':
      return ireland(rng, w);
    case 'traveller_or_vpn':
      return traveller(rng, w);
    case 'business_buyer':
      return business(rng, w);
    case 'fumbled_payment':
      return fumbled(rng, w);
    case 'returner':
      return returner(rng, w);
  }
}
