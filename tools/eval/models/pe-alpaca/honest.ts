import { type Address, type Buyer, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { saleAt, when } from './calendar.js';
import {
  basketOf,
  CODES,
  DOMESTIC,
  type Fulfilment,
  fulfilmentFor,
  itemBySku,
  type Pick,
  pickItems,
} from './catalogue.js';
import { type HeldCard } from './cards.js';
import { networkOf } from './networks.js';
import { businessEmail, companyOf, type Customer, deviceOf } from './people.js';
import { homeIn, officeIn, PERU } from './places.js';
import { honestAfter, honestPay, type Payer, type Purchase, type Referrer } from './purchase.js';
import {
  atHome,
  type Connection,
  customerBuyer,
  fitLabels,
  newcomer,
  newcomerBuyer,
  newcomerConnection,
} from './sessions.js';
import { type World, someOf } from './world.js';

/**
 * Honest kinds bought at home, in soles: everyday Peruvian shoppers, the Cyber Wow crowd and companies' Christmas
 * gifts. The kinds bought from abroad are in honest-abroad.ts; `HONEST` holds every kind's weight.
 */

export interface Shopper {
  buyer: Buyer;
  billing: Address;
  home: Address;
  tz: number;
  conn: Connection;
  cards: HeldCard[];
  signedIn: boolean;
  locale: string;
  customer?: Customer;
}

/** A base customer at home, or a newcomer of `m` (a guest, or an account opened minutes before). */
export function shopperFrom(
  rng: Rng,
  c: Customer | undefined,
  fresh: () => { n: ReturnType<typeof newcomer>; account: boolean },
  at: () => number,
): Shopper & { at: number } {
  if (c) {
    const conn = atHome(rng, c);
    return {
      at: at(),
      buyer: customerBuyer(c),
      billing: { ...c.home.address },
      home: c.home.address,
      tz: c.home.tz,
      conn,
      cards: c.cards,
      signedIn: true,
      locale: c.market.locale,
      customer: c,
    };
  }
  const { n, account } = fresh();
  const t = at();
  return {
    at: t,
    buyer: newcomerBuyer(rng, n, t, account),
    billing: { ...n.home.address },
    home: n.home.address,
    tz: n.home.tz,
    conn: newcomerConnection(rng, n),
    cards: [n.card],
    signedIn: account,
    locale: n.market.locale,
  };
}

/** How many different items: mostly one or two. */
export const lineCount = (rng: Rng, most = 3): number =>
  Math.min(
    most,
    rng.weightedPick<number>([
      [1, 55],
      [2, 30],
      [3, 11],
      [4, 4],
    ]),
  );

export const oneOrTwo = (rng: Rng) => (): number => (rng.chance(0.12) ? 2 : 1);

export const referrerOf = (rng: Rng, weights: Partial<Record<Referrer, number>>): Referrer =>
  rng.weighted(weights as Record<Referrer, number>);

/** Another address in Lima: the office, or a relative's home. */
export const limaElsewhere = (rng: Rng): Address => homeIn(rng, PERU).address;

/** The order, assembled: honest, with labels only where the paying method has them. */
export function honestPurchase(
  p: Omit<Purchase, 'fraud' | 'later'> & { later: Purchase['later'] },
): Purchase {
  return { ...p, fraud: false, later: fitLabels(p.attempts, p.later) };
}

function domesticCode(rng: Rng, at: number, account: boolean): { code?: string; rate?: number } {
  if (saleAt(at) === 'cyber_wow' && rng.chance(0.45)) return { code: 'CYBERWOW25', rate: 0.25 };
  if (saleAt(at) === 'black_friday' && rng.chance(0.25)) return { code: 'BLACKFRIDAY20', rate: 0.2 };
  if (account && rng.chance(0.1)) return { code: CODES.newsletter, rate: 0.15 };
  return {};
}

interface DomesticOptions {
  kind: string;
  signedIn: number;
  newAccount: number;
  day: 'peru' | 'cyber_wow';
  picks: (rng: Rng) => Pick[];
  methods?: Payer['methods'];
  referrers: Partial<Record<Referrer, number>>;
  code: (rng: Rng, at: number, account: boolean) => { code?: string; rate?: number };
}

function domestic(rng: Rng, w: World, o: DomesticOptions): Purchase {
  const c = rng.chance(o.signedIn) ? someOf(rng, w, 'domestic') : undefined;
  const s = shopperFrom(
    rng,
    c,
    () => ({ n: newcomer(rng, PERU), account: rng.chance(o.newAccount) }),
    () => when(rng, w.window, -5, o.day, 'consumer'),
  );
  const fulfilment = fulfilmentFor('PE', s.home.city, rng);
  const shipping =
    fulfilment === 'pickup_miraflores' ? undefined : rng.chance(0.15) ? limaElsewhere(rng) : { ...s.home };
  const f: Fulfilment =
    shipping && fulfilment !== 'pickup_miraflores' ? fulfilmentFor('PE', shipping.city, rng, 0) : fulfilment;
  const basket = basketOf(o.picks(rng), {
    currency: 'PEN',
    fulfilment: f,
    country: 'PE',
    ...o.code(rng, s.at, s.signedIn),
  });
  const attempts = honestPay(
    rng,
    {
      cards: s.cards,
      country: 'PE',
      signedIn: s.signedIn,
      yape: true,
      ...(o.methods ? { methods: o.methods } : {}),
    },
    basket,
  );
  return honestPurchase({
    at: s.at,
    kind: o.kind,
    basket,
    billing: s.billing,
    attempts,
    later: honestAfter(rng, f, basket, 'PE'),
    buyer: s.buyer,
    ...(shipping ? { shipping } : {}),
    fulfilment: f,
    ip: s.conn.ip,
    device: s.conn.device,
    locale: 'es-PE',
    referrer: referrerOf(rng, o.referrers),
    invoice: 'boleta',
  });
}

/** Peruvians at home: sweaters, ponchos and chullos for the sierra, Christmas presents; soles, Yape, transfers. */
export const domesticShopper = (rng: Rng, w: World): Purchase =>
  domestic(rng, w, {
    kind: 'domestic_shopper',
    signedIn: 0.6,
    newAccount: 0.4,
    day: 'peru',
    picks: (r) => pickItems(r, DOMESTIC, lineCount(r), oneOrTwo(r)),
    referrers: { instagram: 30, direct: 25, google: 20, facebook: 15, tiktok: 10 },
    code: domesticCode,
  });

/**
 * The Cyber Wow crowd: most on the sale's three days, many opening an account that day for the code, on the
 * phone from Instagram or TikTok, paying by Yape; baskets of two to four things.
 */
export const cyberWowShopper = (rng: Rng, w: World): Purchase =>
  domestic(rng, w, {
    kind: 'cyber_wow_shopper',
    signedIn: 0.45,
    newAccount: 0.6,
    day: 'cyber_wow',
    picks: (r) => pickItems(r, DOMESTIC, r.int(2, 4), oneOrTwo(r)),
    methods: [
      ['card', 42],
      ['yape', 45],
      ['bank_transfer', 9],
      ['paypal', 4],
    ],
    referrers: { instagram: 40, tiktok: 20, facebook: 15, google: 15, direct: 10 },
    code: (r, at, account) =>
      saleAt(at) === 'cyber_wow'
        ? r.chance(0.7)
          ? { code: 'CYBERWOW25', rate: 0.25 }
          : { code: 'CYBERWOW30', rate: 0.3 }
        : account && r.chance(0.5)
          ? { code: CODES.welcome.PEN, rate: 0.1 }
          : {},
  });

const CORPORATE_GIFTS: readonly string[] = [
  'SC-BA',
  'SC-STRIPE',
  'HT-CHULLO',
  'SK-3PACK',
  'TH-CUSHION',
  'AC-TOY',
  'GL-GLOVES',
];

/**
 * Peruvian companies' Christmas gifts for clients and staff: twenty to 150 scarves, chullos or socks, a volume
 * discount, a factura to the company's RUC, paid by transfer; ordered from the office on a weekday.
 */
export function corporateGifts(rng: Rng, w: World): Purchase {
  const c = rng.chance(0.7) ? someOf(rng, w, 'corporate') : undefined;
  const at = when(rng, w.window, -5, 'peru', 'office');
  let buyer: Buyer;
  let billing: Address;
  let conn: Connection;
  let company: { name: string; taxId?: string };
  let cards: HeldCard[];
  if (c && c.company) {
    buyer = customerBuyer(c);
    billing = { ...c.home.address };
    conn = atHome(rng, c, 0);
    company = c.company;
    cards = c.cards;
  } else {
    const n = newcomer(rng, PERU);
    company = companyOf(rng);
    buyer = {
      ...newcomerBuyer(rng, { ...n, email: businessEmail(rng, n.person, company.name, 'PE') }, at, true),
      createdAt: at - rng.int(1, 14) * DAY - rng.int(0, 600) * MINUTE,
    };
    billing = officeIn(rng).address;
    conn = newcomerConnection(rng, {
      ...n,
      homeNet: networkOf(rng, 'PE', 'office'),
      device: deviceOf(rng, 'windows'),
    });
    cards = [n.card];
  }
  const skus = rng.shuffle(CORPORATE_GIFTS).slice(0, rng.int(1, 3));
  const picks: Pick[] = skus.map((s) => [itemBySku(s), rng.int(4, 30) * 5]);
  const goods = picks.reduce((sum, [it, q]) => sum + it.pen * q, 0);
  const basket = basketOf(picks, {
    currency: 'PEN',
    fulfilment: 'courier_lima',
    country: 'PE',
    volume: goods > 1_500_000 ? 0.15 : goods > 500_000 ? 0.1 : 0,
  });
  const attempts = honestPay(
    rng,
    {
      cards,
      country: 'PE',
      signedIn: c !== undefined,
      yape: false,
      methods: [
        ['bank_transfer', 65],
        ['card', 35],
      ],
    },
    basket,
  );
  return honestPurchase({
    at,
    kind: 'corporate_gifts',
    basket,
    billing,
    attempts,
    later: honestAfter(rng, 'courier_lima', basket, 'PE'),
    buyer,
    shipping: { ...billing },
    fulfilment: 'courier_lima',
    ip: conn.ip,
    device: conn.device,
    locale: 'es-PE',
    referrer: referrerOf(rng, { direct: 60, google: 30, newsletter: 10 }),
    company: { ...company },
    invoice: 'factura',
  });
}
