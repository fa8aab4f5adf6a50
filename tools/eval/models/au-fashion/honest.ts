import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { OFFICE, placedAt, saleAt, weekday } from './calendar.js';
import {
  type Basket,
  type Currency,
  type Fulfilment,
  giftCardLine,
  influencerOffer,
  INFLUENCERS,
  lineOfStyle,
  type Offer,
  pickStyle,
  priced,
  rewardOffer,
  shopperLines,
  studentOffer,
  welcomeOffer,
} from './catalogue.js';
import { ipIn } from './networks.js';
import { computer, deviceOf, emailOf, localPart, personIn, phone, shopper, type World } from './people.js';
import {
  BOUTIQUES,
  bigCity,
  elsewhereInAustralia,
  type Market,
  parcelLocker,
  placeInCountry,
  placeInMarket,
  streetAddress,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  honestAfter,
  honestPay,
  type Method,
  type Purchase,
  retryGap,
  type Source,
} from './purchase.js';
import {
  buyerOf,
  connection,
  CURRENCY,
  freshAccount,
  fromAccount,
  GIFT_MESSAGES,
  newcomer,
  purchaseOf,
  type Who,
} from './shop.js';

/** The honest customers: who they are, how often each shape comes up, how each shops. */

export const HONEST = {
  regular: 35,
  first_timer: 14,
  loyalty_member: 12,
  gift_buyer: 7,
  click_and_collect: 7,
  new_zealand: 7,
  student: 4,
  family_device: 3,
  vpn_user: 3,
  overseas: 3,
  traveller: 2.5,
  company_gifts: 1.5,
} as const;

export type HonestKind = keyof typeof HONEST;

const SOURCES: ReadonlyArray<readonly [Source, number]> = [
  ['direct', 28],
  ['google', 24],
  ['email', 20],
  ['instagram', 12],
  ['facebook', 5],
  ['click_frenzy', 6],
  ['tiktok', 5],
];

interface Order {
  kind: HonestKind;
  who: Who;
  at: number;
  lines: Basket['lines'];
  fulfilment: Fulfilment;
  shipping?: Address | undefined;
  offer?: Offer | undefined;
  device: Device;
  ip: string;
  source: Source;
  fresh?: { id: string; createdAt: number } | undefined;
  currency?: Currency;
  methods?: ReadonlyArray<readonly [Method, number]>;
  declineShare?: number;
  store?: string;
  giftCardTo?: string[];
  giftMessage?: string;
  company?: { name: string; abn: string };
  billing?: Address;
  returns?: number;
  locale?: string;
  attempts?: (amount: number) => Attempt[];
}

/** Prices, pays and follows one honest order through. */
function finish(rng: Rng, w: World, o: Order): Purchase {
  const currency = o.currency ?? CURRENCY[o.who.market];
  const member = o.who.account !== undefined || o.fresh !== undefined;
  const sale = saleAt(o.at, w.window, member);
  const basket = priced(o.lines, currency, o.fulfilment, sale, o.offer);
  const signedIn = o.who.account !== undefined;
  const attempts =
    o.attempts?.(basket.amount) ??
    honestPay(
      rng,
      {
        cards: o.who.cards,
        country: o.who.cards[0]?.country ?? o.who.market,
        signedIn,
        userAgent: o.device.userAgent,
        ...(o.methods ? { methods: o.methods } : {}),
      },
      basket.amount,
      o.declineShare,
    );
  const country = o.shipping?.country ?? o.who.market;
  const later = honestAfter(rng, {
    fulfilment: o.fulfilment,
    basket,
    country,
    busy: sale !== undefined,
    ...(o.returns !== undefined ? { returns: o.returns } : {}),
  });
  return purchaseOf({
    kind: o.kind,
    fraud: false,
    at: o.at,
    buyer: buyerOf(o.who, o.fresh),
    billing: o.billing ?? o.who.home,
    shipping: o.shipping,
    fulfilment: o.fulfilment,
    basket,
    attempts,
    later,
    ip: o.ip,
    device: o.device,
    locale: o.locale ?? o.who.locale,
    // Click Frenzy's own site sends shoppers only while the Main Event runs.
    source: o.source === 'click_frenzy' && sale?.name !== 'Click Frenzy' ? 'direct' : o.source,
    club: o.who.account?.tier,
    store: o.store,
    giftCardTo: o.giftCardTo,
    giftMessage: o.giftMessage,
    company: o.company,
  });
}

const homeOrLocker = (rng: Rng, who: Who, locker = 0.08) =>
  who.market === 'AU' && rng.chance(locker) ? parcelLocker(rng, who.place) : who.home;

const shipping = (rng: Rng, market: Market): Fulfilment =>
  market === 'US'
    ? 'international'
    : market === 'NZ'
      ? 'standard'
      : rng.chance(0.18)
        ? 'express'
        : 'standard';

/** An Australian customer, signed in about half the time, or a guest. */
function regular(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.55) ? fromAccount(shopper(rng, w, 'AU')) : newcomer(rng, 'AU');
  const { device, ip } = connection(rng, who);
  const at = placedAt(rng, w.window, who.place.tz);
  const source = rng.weightedPick(SOURCES);
  const offer =
    source === 'instagram' && rng.chance(0.5)
      ? influencerOffer(rng.pick(INFLUENCERS))
      : who.account && rng.chance(0.1)
        ? rewardOffer(rng, 'AUD')
        : undefined;
  return finish(rng, w, {
    kind: 'regular',
    who,
    at,
    lines: shopperLines(rng, 'AUD'),
    fulfilment: shipping(rng, 'AU'),
    shipping: homeOrLocker(rng, who),
    offer,
    device,
    ip,
    source,
  });
}

/** From an ad or an influencer's post, often in the app's own browser; guest, or joins the Club at checkout. */
function firstTimer(rng: Rng, w: World): Purchase {
  const who = newcomer(rng, 'AU');
  const source = rng.weightedPick<Source>([
    ['instagram', 35],
    ['tiktok', 20],
    ['facebook', 10],
    ['google', 20],
    ['affiliate', 15],
  ]);
  const social = source === 'instagram' || source === 'tiktok' || source === 'facebook';
  const inApp = social && rng.chance(0.7) ? source : undefined;
  const onPhone = social || rng.chance(0.7);
  const device = onPhone
    ? inApp
      ? deviceOf(
          rng,
          rng.weightedPick([
            ['iphone', 65],
            ['android', 35],
          ] as const),
          inApp,
        )
      : phone(rng)
    : computer(rng);
  const ip = onPhone && rng.chance(0.55) ? ipIn(rng, who.mobile) : who.homeIp;
  const at = placedAt(rng, w.window, who.place.tz);
  const joins = rng.chance(0.55);
  const offer = joins
    ? welcomeOffer(rng, 'AUD')
    : source === 'affiliate' || (social && rng.chance(0.3))
      ? influencerOffer(rng.pick(INFLUENCERS))
      : undefined;
  return finish(rng, w, {
    kind: 'first_timer',
    who,
    at,
    lines: shopperLines(rng, 'AUD', 'small'),
    fulfilment: rng.chance(0.1) ? 'express' : 'standard',
    shipping: homeOrLocker(rng, who, 0.12),
    offer,
    device,
    ip,
    source,
    ...(joins ? { fresh: freshAccount(rng, at) } : {}),
    methods: [
      ['card', 28],
      ['apple_pay', 20],
      ['google_pay', 4],
      ['afterpay', 28],
      ['zip', 8],
      ['paypal', 12],
    ],
    declineShare: 0.07,
  });
}

/** Gold and Black members: saved cards, early access, bigger baskets, points spent as rewards. */
function loyaltyMember(rng: Rng, w: World): Purchase {
  const market: Market = rng.chance(0.9) ? 'AU' : 'NZ';
  const a = shopper(rng, w, market, (x) => x.tier !== 'member' || rng.chance(0.15));
  const who = fromAccount(a);
  const { device, ip } = connection(rng, who, rng.chance(0.65));
  const at = placedAt(rng, w.window, who.place.tz);
  const currency = CURRENCY[market];
  return finish(rng, w, {
    kind: 'loyalty_member',
    who,
    at,
    lines: shopperLines(rng, currency, rng.chance(0.5) ? 'big' : 'usual'),
    fulfilment: market === 'AU' && rng.chance(0.3) ? 'express' : 'standard',
    shipping: homeOrLocker(rng, who, 0.05),
    offer: rng.chance(0.25) ? rewardOffer(rng, currency) : undefined,
    device,
    ip,
    source: rng.weightedPick<Source>([
      ['email', 45],
      ['direct', 40],
      ['google', 10],
      ['instagram', 5],
    ]),
    returns: 0.22,
  });
}

/**
 * Presents: an e-gift card e-mailed to a friend, a piece sent to someone in another suburb or state with a
 * note (partners, mums, sisters; many buyers are men), or wrapped and sent home.
 */
function giftBuyer(rng: Rng, w: World): Purchase {
  const man = rng.chance(0.45);
  const who =
    !man && rng.chance(0.4) ? fromAccount(shopper(rng, w, 'AU')) : newcomer(rng, 'AU', undefined, man);
  const { device, ip } = connection(rng, who);
  const at = placedAt(rng, w.window, who.place.tz);
  const shape = rng.weightedPick([
    ['egift', 35],
    ['sent', 45],
    ['home', 20],
  ] as const);
  const recipient = personIn(rng, 'AU');
  const message = rng.chance(0.7) ? rng.pick(GIFT_MESSAGES) : undefined;
  if (shape === 'egift') {
    const value = rng.weightedPick([
      [50, 20],
      [100, 35],
      [150, 15],
      [200, 15],
      [250, 8],
      [300, 4],
      [500, 3],
    ] as const);
    return finish(rng, w, {
      kind: 'gift_buyer',
      who,
      at,
      lines: [giftCardLine('AUD', value)],
      fulfilment: 'email',
      device,
      ip,
      source: rng.weightedPick<Source>([
        ['direct', 50],
        ['google', 35],
        ['email', 15],
      ]),
      giftCardTo: [emailOf(rng, recipient, 'AU')],
      ...(message ? { giftMessage: message } : {}),
    });
  }
  const lines = rng.chance(0.7)
    ? [lineOfStyle(rng, pickStyle(rng, { categories: ['jewellery', 'bags', 'accessories'] }), 'AUD')]
    : shopperLines(rng, 'AUD', 'small');
  const away =
    shape === 'sent'
      ? rng.chance(0.6)
        ? elsewhereInAustralia(rng, who.place)
        : placeInMarket(rng, 'AU')
      : undefined;
  return finish(rng, w, {
    kind: 'gift_buyer',
    who,
    at,
    lines,
    fulfilment: rng.chance(0.35) ? 'express' : 'standard',
    shipping: away ? streetAddress(rng, away) : who.home,
    device,
    ip,
    source: rng.weightedPick<Source>([
      ['direct', 35],
      ['google', 35],
      ['email', 15],
      ['instagram', 15],
    ]),
    ...(message ? { giftMessage: message } : {}),
    returns: 0.08,
  });
}

/** Ordered online, picked up at one of the eight boutiques (often the same day, or tried on there). */
function clickAndCollect(rng: Rng, w: World): Purchase {
  const near = rng.chance(0.5)
    ? shopper(rng, w, 'AU', (a) => ['NSW', 'VIC', 'QLD'].includes(a.place.region))
    : undefined;
  const who = near ? fromAccount(near) : newcomer(rng, 'AU', bigCity(rng));
  const boutiques = BOUTIQUES.filter((b) => b.place.region === who.place.region);
  const boutique = rng.pick(boutiques.length > 0 ? boutiques : BOUTIQUES);
  const { device, ip } = connection(rng, who);
  const at = placedAt(rng, w.window, who.place.tz);
  return finish(rng, w, {
    kind: 'click_and_collect',
    who,
    at,
    lines: shopperLines(rng, 'AUD'),
    fulfilment: 'click_and_collect',
    device,
    ip,
    source: rng.weightedPick(SOURCES),
    store: boutique.store,
    returns: 0.1,
  });
}

/** New Zealand: the NZ$ site, NZ cards and Afterpay, NZ Post couriers. */
function newZealand(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.5) ? fromAccount(shopper(rng, w, 'NZ')) : newcomer(rng, 'NZ');
  const { device, ip } = connection(rng, who);
  const at = placedAt(rng, w.window, who.place.tz);
  return finish(rng, w, {
    kind: 'new_zealand',
    who,
    at,
    lines: shopperLines(rng, 'NZD'),
    fulfilment: 'standard',
    shipping: who.home,
    offer: !who.account && rng.chance(0.1) ? influencerOffer(rng.pick(INFLUENCERS)) : undefined,
    device,
    ip,
    source: rng.weightedPick(SOURCES),
  });
}

const STUDENT_DOMAINS = [
  'uni.sydney.edu.au',
  'student.unsw.edu.au',
  'student.unimelb.edu.au',
  'student.monash.edu',
  'uqconnect.edu.au',
  'student.uts.edu.au',
];

/**
 * Students, verified with UNiDAYS for 15 % off full price: on campus Wi-Fi or mobile data, small baskets on
 * Afterpay and Zip; a third are international students paying with a card from home (China, India, Malaysia),
 * writing from a university, QQ or 163 address, their phones set to Chinese.
 */
function student(rng: Rng, w: World): Purchase {
  const place = bigCity(rng);
  const international = rng.chance(0.3);
  const from = international
    ? rng.weightedPick([
        ['CN', 60],
        ['IN', 20],
        ['MY', 20],
      ] as const)
    : 'AU';
  const base = newcomer(rng, 'AU', place);
  const person = from === 'CN' ? personIn(rng, 'CN') : base.person;
  const local = localPart(rng, person);
  const email = rng.chance(0.4)
    ? `${local}@${rng.pick(STUDENT_DOMAINS)}`
    : from === 'CN' && rng.chance(0.6)
      ? `${rng.chance(0.5) ? rng.digits(rng.int(8, 10)) : local}@${rng.pick(['qq.com', '163.com'])}`
      : `${local}@gmail.com`;
  const who: Who = { ...base, person, email, cards: international ? [newCard(rng, from)] : base.cards };
  const onPhone = rng.chance(0.8);
  const device = onPhone ? phone(rng) : computer(rng);
  const ip = rng.chance(0.45) ? ipIn(rng, 'au-campus', 0) : onPhone ? ipIn(rng, who.mobile) : who.homeIp;
  const at = placedAt(rng, w.window, place.tz);
  return finish(rng, w, {
    kind: 'student',
    who,
    at,
    lines: shopperLines(rng, 'AUD', 'small'),
    fulfilment: 'standard',
    shipping: homeOrLocker(rng, who, 0.15),
    offer: studentOffer(rng),
    device,
    ip,
    source: 'unidays',
    methods: international
      ? [
          ['card', 60],
          ['apple_pay', 25],
          ['paypal', 15],
        ]
      : [
          ['card', 22],
          ['apple_pay', 25],
          ['afterpay', 30],
          ['zip', 13],
          ['paypal', 10],
        ],
    declineShare: 0.08,
    ...(from === 'CN' ? { locale: 'zh-CN' } : {}),
  });
}

/** A mother and daughters on the family iPad at home: each her own account, sometimes Mum's card. */
function familyDevice(rng: Rng, w: World): Purchase {
  const house = w.households.length > 0 ? rng.pick(w.households) : [shopper(rng, w, 'AU')];
  const a = rng.pick(house);
  const who = fromAccount(a);
  const at = placedAt(rng, w.window, who.place.tz);
  return finish(rng, w, {
    kind: 'family_device',
    who,
    at,
    lines: shopperLines(rng, CURRENCY[who.market]),
    fulfilment: 'standard',
    shipping: who.home,
    device: a.computer,
    ip: a.homeIp,
    source: rng.weightedPick(SOURCES),
  });
}

/** Privacy-minded Australians behind a commercial VPN (exits in Sydney, Singapore, the US, London). */
function vpnUser(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.5) ? fromAccount(shopper(rng, w, 'AU')) : newcomer(rng, 'AU');
  const email =
    !who.account && rng.chance(0.3) ? emailOf(rng, who.person, 'AU', 'privaterelay.appleid.com') : who.email;
  const { device } = connection(rng, who);
  const exit = rng.weightedPick([
    ['au-cloud', 45],
    ['sg-cloud', 15],
    ['us-cloud', 25],
    ['gb-cloud', 15],
  ] as const);
  const at = placedAt(rng, w.window, who.place.tz);
  return finish(rng, w, {
    kind: 'vpn_user',
    who: { ...who, email },
    at,
    lines: shopperLines(rng, 'AUD'),
    fulfilment: shipping(rng, 'AU'),
    shipping: homeOrLocker(rng, who),
    device: rng.chance(0.3) ? { userAgent: device.userAgent } : device,
    ip: ipIn(rng, exit, 0.2),
    source: rng.weightedPick(SOURCES),
  });
}

/**
 * Outside Australia: Americans on the US$ site (DHL Express, AVS answered); expats in London, Singapore and
 * the US sending something home in A$ on their local card; new arrivals in Sydney still on a card from home.
 */
function overseas(rng: Rng, w: World): Purchase {
  const shape = rng.weightedPick([
    ['us', 50],
    ['expat', 30],
    ['arrival', 20],
  ] as const);
  if (shape === 'us') {
    const who = rng.chance(0.4) ? fromAccount(shopper(rng, w, 'US')) : newcomer(rng, 'US');
    const { device, ip } = connection(rng, who);
    return finish(rng, w, {
      kind: 'overseas',
      who,
      at: placedAt(rng, w.window, who.place.tz),
      lines: shopperLines(rng, 'USD'),
      fulfilment: 'international',
      shipping: who.home,
      device,
      ip,
      source: rng.weightedPick<Source>([
        ['instagram', 40],
        ['google', 30],
        ['direct', 20],
        ['tiktok', 10],
      ]),
      returns: 0.12,
    });
  }
  if (shape === 'expat') {
    const country = rng.weightedPick([
      ['GB', 50],
      ['SG', 25],
      ['US', 25],
    ] as const);
    const place = placeInCountry(rng, country);
    const base = newcomer(rng, 'AU');
    const who: Who = { ...base, place, home: streetAddress(rng, place), cards: [newCard(rng, country)] };
    const net =
      country === 'GB'
        ? 'gb-broadband'
        : country === 'SG'
          ? 'sg-broadband'
          : rng.pick(['us-cable', 'us-mobile']);
    const family = placeInMarket(rng, 'AU');
    return finish(rng, w, {
      kind: 'overseas',
      who,
      at: placedAt(rng, w.window, place.tz),
      lines: rng.chance(0.4)
        ? [lineOfStyle(rng, pickStyle(rng, { categories: ['jewellery', 'bags', 'accessories'] }), 'AUD')]
        : shopperLines(rng, 'AUD', 'small'),
      fulfilment: rng.chance(0.3) ? 'express' : 'standard',
      shipping: streetAddress(rng, family),
      device: rng.chance(0.6) ? phone(rng) : computer(rng),
      ip: ipIn(rng, net),
      source: rng.weightedPick<Source>([
        ['email', 40],
        ['direct', 40],
        ['instagram', 20],
      ]),
      currency: 'AUD',
      methods: [
        ['card', 60],
        ['apple_pay', 25],
        ['paypal', 15],
      ],
      ...(rng.chance(0.6) ? { giftMessage: rng.pick(GIFT_MESSAGES) } : {}),
      returns: 0.03,
    });
  }
  const country = rng.weightedPick([
    ['GB', 40],
    ['IE', 15],
    ['US', 20],
    ['ZA', 10],
    ['SG', 15],
  ] as const);
  const base = newcomer(rng, 'AU', bigCity(rng));
  const abroad = country === 'GB' || country === 'US' || country === 'SG';
  const billing = abroad && rng.chance(0.6) ? streetAddress(rng, placeInCountry(rng, country)) : base.home;
  const who: Who = { ...base, cards: [newCard(rng, country)] };
  const { device, ip } = connection(rng, who);
  return finish(rng, w, {
    kind: 'overseas',
    who,
    at: placedAt(rng, w.window, base.place.tz),
    lines: shopperLines(rng, 'AUD'),
    fulfilment: 'standard',
    shipping: base.home,
    billing,
    device,
    ip,
    source: rng.weightedPick(SOURCES),
    currency: 'AUD',
    methods: [
      ['card', 65],
      ['apple_pay', 20],
      ['paypal', 15],
    ],
  });
}

/**
 * Australians on holiday (Bali, Japan, Thailand, London, the US, Singapore, New Zealand) ordering for home: on
 * the hotel's Wi-Fi or a local SIM, or roaming (Australian mobile data comes home, so the IP does too).
 */
function traveller(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.6) ? fromAccount(shopper(rng, w, 'AU')) : newcomer(rng, 'AU');
  const where = rng.weightedPick([
    ['ID', 30],
    ['JP', 20],
    ['TH', 12],
    ['GB', 10],
    ['US', 10],
    ['SG', 6],
    ['NZ', 12],
  ] as const);
  const networks: Record<typeof where, string[]> = {
    ID: ['id-hotel-wifi', 'id-mobile'],
    JP: ['jp-fibre'],
    TH: ['th-mobile'],
    GB: ['gb-broadband'],
    US: ['us-cable', 'us-mobile'],
    SG: ['sg-broadband'],
    NZ: ['nz-spark-fibre', 'nz-one-mobile'],
  };
  const roaming = rng.chance(0.25);
  const ip = roaming ? ipIn(rng, who.mobile) : ipIn(rng, rng.pick(networks[where]));
  const tz = where === 'NZ' ? 13 : placeInCountry(rng, where).tz;
  const device = who.account ? who.account.phone : phone(rng);
  return finish(rng, w, {
    kind: 'traveller',
    who,
    at: placedAt(rng, w.window, tz),
    lines: shopperLines(rng, 'AUD', 'small'),
    fulfilment: rng.chance(0.3) ? 'express' : 'standard',
    shipping: homeOrLocker(rng, who, 0.1),
    device,
    ip,
    source: rng.weightedPick<Source>([
      ['instagram', 35],
      ['email', 30],
      ['direct', 35],
    ]),
    methods: [
      ['card', 40],
      ['apple_pay', 35],
      ['paypal', 15],
      ['afterpay', 10],
    ],
  });
}

const COMPANIES = [
  ['Harbour Realty Pty Ltd', 'harbourrealty.com.au'],
  ['Bayside Dental Group', 'baysidedental.com.au'],
  ['Coastline Legal', 'coastlinelegal.com.au'],
  ['Northshore Physio', 'northshorephysio.com.au'],
  ['Eastside Hair Studio', 'eastsidehair.com.au'],
  ['Southbank Accounting', 'southbankaccounting.com.au'],
  ['Wattle Events Co', 'wattleevents.com.au'],
  ['Parkside Medical Centre', 'parksidemedical.com.au'],
] as const;

/**
 * Staff Christmas presents and client gifts, bought at a desk on a weekday: a stack of e-gift cards or a box
 * of scarves and earrings, on the company's credit card (the shop asks for 3-D Secure above A$250).
 */
function companyGifts(rng: Rng, w: World): Purchase {
  const [name, domain] = rng.pick(COMPANIES);
  const place = bigCity(rng);
  const base = newcomer(rng, 'AU', place);
  const email = rng.chance(0.4)
    ? `${rng.pick(['accounts', 'admin', 'office', 'hello'])}@${domain}`
    : `${base.person.first.toLowerCase()}@${domain}`;
  const office = streetAddress(rng, place);
  const card = newCard(rng, 'AU', 'credit');
  const who: Who = { ...base, email, home: office, cards: [card] };
  let at = placedAt(rng, w.window, place.tz, OFFICE);
  for (let i = 0; i < 20 && !weekday(at, place.tz); i++) at = placedAt(rng, w.window, place.tz, OFFICE);
  const egift = rng.chance(0.7);
  const qty = rng.int(8, 40);
  const lines = egift
    ? [
        giftCardLine(
          'AUD',
          rng.weightedPick([
            [50, 40],
            [100, 45],
            [150, 15],
          ] as const),
          qty,
        ),
      ]
    : [
        lineOfStyle(
          rng,
          pickStyle(rng, { categories: ['accessories', 'jewellery'], maxAud: 8000 }),
          'AUD',
          rng.int(8, 25),
        ),
      ];
  return finish(rng, w, {
    kind: 'company_gifts',
    who,
    at,
    lines,
    fulfilment: egift ? 'email' : 'express',
    ...(egift ? { giftCardTo: [email] } : { shipping: office }),
    device: deviceOf(rng, 'windows'),
    ip: who.homeIp,
    source: 'direct',
    company: { name, abn: rng.digits(11) },
    methods: [
      ['card', 75],
      ['paypal', 10],
      ['apple_pay', 15],
    ],
    attempts: (amount) => {
      const ok = rng.chance(0.95);
      const first = cardAttempt(rng, card, amount, {
        entry: 'typed',
        ok,
        afterMs: rng.int(40_000, 150_000),
        asked: true,
        ...(ok ? {} : { decline: 'authentication_failed' as const }),
      });
      return ok
        ? [first]
        : [
            first,
            cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng), asked: true }),
          ];
    },
    returns: 0,
  });
}

const PLANS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  regular,
  first_timer: firstTimer,
  loyalty_member: loyaltyMember,
  gift_buyer: giftBuyer,
  click_and_collect: clickAndCollect,
  new_zealand: newZealand,
  student,
  family_device: familyDevice,
  vpn_user: vpnUser,
  overseas,
  traveller,
  company_gifts: companyGifts,
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return PLANS[kind](rng, w);
}
