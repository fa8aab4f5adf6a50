import { accountBuyer, type Buyer, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { assemble, currencyOf, freshBuyer, tzOf, type World } from './build.js';
import { newCard } from './cards.js';
import { type Fulfilment, ID_CHECK, type ItemKey, stackerPicks } from './catalogue.js';
import { ipOn, homeNetwork, mobileNetwork, vpnExit } from './networks.js';
import { type Account, emailFor, nameIn, newAccount, newDevice } from './people.js';
import { addressIn, EU_MIX } from './places.js';
import { type Attempt, honestAfter, honestPay, type Method, placedAt, type Purchase } from './purchase.js';

/** Honest buyers: who they are, what they buy, how they pay and collect. */

export const HONEST = {
  regular_stacker: 24,
  first_time_investor: 17,
  eu_buyer: 10,
  gift_buyer: 8,
  vault_investor: 7,
  counter_collection: 6,
  expat: 6,
  vpn_user: 6,
  shared_household: 5,
  wealth_manager: 5,
  overseas_buyer: 6,
} as const;

export type HonestKind = keyof typeof HONEST;

type Pay = (amount: number) => { method: Method; attempts: Attempt[] };

const pickAccount = (rng: Rng, w: World, ok: (a: Account) => boolean): Account => {
  for (let i = 0; i < 60; i++) {
    const a = rng.pick(w.customers);
    if (ok(a)) return a;
  }
  return rng.pick(w.customers);
};

/** Home line mostly, a phone now and then. */
const homeIp = (rng: Rng, a: { home: string; country: string }, mobile = 0.2): string =>
  ipOn(rng, rng.chance(mobile) ? mobileNetwork(rng, a.country) : a.home);

const delivery = (rng: Rng, vault: number, counter: number): Fulfilment =>
  rng.weightedPick<Fulfilment>([
    ['vault', vault],
    ['counter_collection', counter],
    ['insured_delivery', 1 - vault - counter],
  ]);

function regular(
  rng: Rng,
  w: World,
  a: Account,
  kind: string,
  ip: string,
  o: { pick?: Array<[ItemKey, number]>; vaultBias?: number } = {},
): Purchase {
  const at = placedAt(rng, w.window, tzOf(a.country), 'home');
  const currency = currencyOf(a.country);
  const size = a.big
    ? 'large'
    : rng.weightedPick<'small' | 'usual' | 'large'>([
        ['small', 30],
        ['usual', 55],
        ['large', 15],
      ]);
  const fulfilment = delivery(
    rng,
    a.vault ? 0.7 : (o.vaultBias ?? 0.05),
    a.address.city === 'Birmingham' ? 0.3 : 0.03,
  );
  const pay: Pay = (amount) =>
    honestPay(
      rng,
      { cards: a.cards, country: a.country, signedIn: true, firstTime: false },
      amount,
      currency,
      a.big ? 0.6 : 0.2,
    );
  return assemble(w, {
    kind,
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: a.address,
    shipping: a.address,
    fulfilment,
    picks: o.pick ?? stackerPicks(rng, size),
    currency,
    ip,
    device: rng.pick(a.devices),
    pay,
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment,
        paidAt,
        abroad: a.country !== 'GB',
        idCheck: false,
        amount,
        sellBack: 0.04,
      }),
  });
}

function firstTime(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['GB', 86],
    ['IE', 7],
    ['DE', 3],
    ['NL', 2],
    ['FR', 2],
  ]);
  const at = placedAt(rng, w.window, tzOf(country), 'home', { spike: 1.8 });
  const name = nameIn(rng, country);
  const email = emailFor(rng, name, country);
  const buyer: Buyer = rng.chance(0.35) ? { email, name } : freshBuyer(rng, name, email, at, [2, 40]);
  const fulfilment = delivery(rng, 0.08, country === 'GB' ? 0.07 : 0);
  const billing = addressIn(rng, country, fulfilment === 'counter_collection');
  const currency = currencyOf(country);
  const size = rng.weightedPick<'small' | 'usual' | 'large'>([
    ['small', 68],
    ['usual', 27],
    ['large', 5],
  ]);
  const picks: Array<[ItemKey, number]> =
    size === 'small'
      ? [
          [
            rng.weightedPick<ItemKey>([
              ['sovereign', 30],
              ['bar5g', 10],
              ['bar10g', 12],
              ['bar20g', 8],
              ['britannia', 15],
              ['quarterBritannia', 8],
              ['krugerrand', 7],
              ['silverBritannia', 10],
            ]),
            1,
          ],
        ]
      : stackerPicks(rng, size);
  if (picks[0]?.[0] === 'silverBritannia') picks[0][1] = rng.int(5, 25);
  const cards = [newCard(rng, country, rng.chance(0.8) ? 'debit' : 'credit')];
  const home = homeNetwork(rng, country);
  const phone = rng.chance(0.55);
  return assemble(w, {
    kind: 'first_time_investor',
    fraud: false,
    at,
    buyer,
    billing,
    shipping: billing,
    fulfilment,
    picks,
    currency,
    ip: ipOn(rng, phone && rng.chance(0.6) ? mobileNetwork(rng, country) : home),
    device: newDevice(rng, phone),
    pay: (amount) =>
      honestPay(
        rng,
        { cards, country, signedIn: buyer.id !== undefined, firstTime: true },
        amount,
        currency,
        0.15,
      ),
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment,
        paidAt,
        abroad: country !== 'GB',
        idCheck: amount > ID_CHECK[currency],
        amount,
      }),
  });
}

const GIFT_NOTES = [
  'Happy Mothering Sunday Mum, love always',
  'For your christening, with love from Grandma and Grandad',
  'Happy 18th birthday!',
  'Congratulations on your wedding',
  'Happy retirement, well deserved',
  'Happy birthday Dad',
  'For the new baby, a sovereign for a lifetime',
];

function gift(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.5);
  const a = known ? pickAccount(rng, w, (x) => x.country === 'GB' || x.country === 'IE') : undefined;
  const country = a?.country ?? (rng.chance(0.92) ? 'GB' : 'IE');
  const at = placedAt(rng, w.window, tzOf(country), 'home', { gift: true });
  const name = a?.name ?? nameIn(rng, country);
  const buyer: Buyer = a ? accountBuyer(a) : { email: emailFor(rng, name, country), name };
  const billing = a?.address ?? addressIn(rng, country);
  const shipping = rng.chance(0.6) ? addressIn(rng, rng.chance(0.9) ? country : 'GB') : billing;
  const currency = currencyOf(country);
  const picks: Array<[ItemKey, number]> = [
    [
      rng.weightedPick<ItemKey>([
        ['giftSovereign', 40],
        ['giftBar', 20],
        ['halfSovereign', 15],
        ['quarterBritannia', 10],
        ['bar5g', 10],
        ['sovereign', 5],
      ]),
      rng.chance(0.8) ? 1 : rng.int(2, 3),
    ],
  ];
  const cards = a?.cards ?? [newCard(rng, country, 'debit')];
  const phone = rng.chance(0.5);
  return assemble(w, {
    kind: 'gift_buyer',
    fraud: false,
    at,
    buyer,
    billing,
    shipping,
    fulfilment: 'insured_delivery',
    picks,
    currency,
    ip: a ? homeIp(rng, a, 0.3) : ipOn(rng, phone ? mobileNetwork(rng, country) : homeNetwork(rng, country)),
    device: a ? rng.pick(a.devices) : newDevice(rng, phone),
    giftMessage: rng.pick(GIFT_NOTES),
    pay: (amount) =>
      honestPay(rng, { cards, country, signedIn: a !== undefined, firstTime: !a }, amount, currency, 0.05),
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment: 'insured_delivery',
        paidAt,
        abroad: shipping.country !== 'GB',
        idCheck: false,
        amount,
      }),
  });
}

function wealthManager(rng: Rng, w: World): Purchase {
  const f = rng.pick(w.firms);
  const at = placedAt(rng, w.window, 0, 'office', { spike: 1.4 });
  const picks: Array<[ItemKey, number]> = [];
  const lines = rng.int(1, 3);
  for (let i = 0; i < lines; i++) {
    const k = rng.weightedPick<ItemKey>([
      ['bar1kg', 30],
      ['bar250g', 20],
      ['bar100g', 20],
      ['britannia', 15],
      ['silverKilo', 10],
      ['krugerrand', 5],
    ]);
    picks.push([
      k,
      k === 'bar1kg'
        ? rng.int(1, 3)
        : k === 'bar250g'
          ? rng.int(1, 6)
          : k === 'silverKilo'
            ? rng.int(10, 40)
            : rng.int(5, 30),
    ]);
  }
  const fulfilment: Fulfilment = rng.chance(0.65) ? 'vault' : 'insured_delivery';
  return assemble(w, {
    kind: 'wealth_manager',
    fraud: false,
    at,
    buyer: { id: f.id, email: f.email, name: f.contact, createdAt: f.createdAt },
    billing: f.address,
    shipping: f.address,
    fulfilment,
    picks,
    currency: 'GBP',
    ip: ipOn(rng, f.home),
    device: rng.pick(f.devices),
    company: { name: f.name, companyNumber: f.companyNumber },
    pay: () => ({
      method: 'bank_transfer',
      attempts: [{ method: 'bank_transfer', ok: true, afterMs: rng.int(40, 300) * MINUTE }],
    }),
    after: (paidAt, amount) =>
      honestAfter(rng, { fulfilment, paidAt, abroad: false, idCheck: false, amount }),
  });
}

const EXPAT_HOMES: ReadonlyArray<readonly [string, number]> = [
  ['AE', 45],
  ['QA', 10],
  ['SA', 10],
  ['KW', 5],
  ['ES', 15],
  ['FR', 5],
  ['US', 10],
];

function expat(rng: Rng, w: World): Purchase {
  const lives = rng.weightedPick(EXPAT_HOMES);
  const known = rng.chance(0.6);
  const a = known ? pickAccount(rng, w, (x) => x.country === 'GB') : undefined;
  const ukBilling = a !== undefined || rng.chance(0.5);
  const name = a?.name ?? nameIn(rng, 'GB');
  const at = placedAt(rng, w.window, tzOf(lives), 'home');
  const billing = a?.address ?? addressIn(rng, ukBilling ? 'GB' : lives);
  const buyer: Buyer = a ? accountBuyer(a) : freshBuyer(rng, name, emailFor(rng, name, 'GB'), at, [5, 90]);
  const currency = currencyOf(billing.country);
  const fulfilment: Fulfilment = rng.weightedPick<Fulfilment>([
    ['vault', 40],
    ['insured_delivery', 60],
  ]);
  const shipping = rng.chance(0.65) ? addressIn(rng, 'GB') : addressIn(rng, lives);
  const cards = a?.cards ?? [newCard(rng, billing.country)];
  const device = a ? rng.pick(a.devices) : newDevice(rng, rng.chance(0.5));
  return assemble(w, {
    kind: 'expat',
    fraud: false,
    at,
    buyer,
    billing,
    shipping,
    fulfilment,
    picks: stackerPicks(rng, rng.chance(0.3) ? 'large' : 'usual'),
    currency,
    ip: ipOn(rng, homeNetwork(rng, lives)),
    device,
    pay: (amount) =>
      honestPay(
        rng,
        { cards, country: billing.country, signedIn: true, firstTime: !a },
        amount,
        currency,
        0.35,
      ),
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment,
        paidAt,
        abroad: shipping.country !== 'GB',
        idCheck: !a && amount > ID_CHECK[currency],
        amount,
        sellBack: 0.06,
      }),
  });
}

function vpnUser(rng: Rng, w: World): Purchase {
  if (rng.chance(0.7)) {
    const a = pickAccount(rng, w, (x) => x.country === 'GB');
    return regular(rng, w, a, 'vpn_user', ipOn(rng, vpnExit(rng)), { vaultBias: 0.25 });
  }
  const at = placedAt(rng, w.window, 0, 'home');
  const name = nameIn(rng, 'GB');
  const email = rng.chance(0.4) ? `${rng.token(10)}@protonmail.com` : emailFor(rng, name, 'GB');
  const buyer = freshBuyer(rng, name, email, at, [5, 600]);
  const billing = addressIn(rng, 'GB');
  const cards = [newCard(rng, 'GB', 'debit')];
  const fulfilment = delivery(rng, 0.3, 0.05);
  return assemble(w, {
    kind: 'vpn_user',
    fraud: false,
    at,
    buyer,
    billing,
    shipping: billing,
    fulfilment,
    picks: stackerPicks(rng, rng.chance(0.6) ? 'usual' : 'small'),
    currency: 'GBP',
    ip: ipOn(rng, vpnExit(rng)),
    device: newDevice(rng, rng.chance(0.3), 0.45),
    pay: (amount) =>
      honestPay(rng, { cards, country: 'GB', signedIn: true, firstTime: true }, amount, 'GBP', 0.35),
    after: (paidAt, amount) =>
      honestAfter(rng, { fulfilment, paidAt, abroad: false, idCheck: amount > ID_CHECK.GBP, amount }),
  });
}

function euBuyer(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(EU_MIX);
  const known = rng.chance(0.55);
  const a = known ? pickAccount(rng, w, (x) => x.country === country) : undefined;
  const account =
    a && a.country === country
      ? a
      : known
        ? newAccount(rng, country, w.window.start - rng.int(40, 1500) * DAY)
        : undefined;
  const at = placedAt(rng, w.window, tzOf(country), 'home', { spike: 1.3 });
  const name = account?.name ?? nameIn(rng, country);
  const buyer: Buyer = account ? accountBuyer(account) : { email: emailFor(rng, name, country), name };
  const billing = account?.address ?? addressIn(rng, country);
  const cards = account?.cards ?? [newCard(rng, country)];
  const fulfilment: Fulfilment = rng.chance(0.15) ? 'vault' : 'insured_delivery';
  const picks: Array<[ItemKey, number]> = [
    [
      rng.weightedPick<ItemKey>([
        ['krugerrand', 25],
        ['britannia', 20],
        ['bar1oz', 15],
        ['bar100g', 10],
        ['sovereign', 15],
        ['bar20g', 10],
        ['mapleTube', 5],
      ]),
      rng.int(1, 4),
    ],
  ];
  if (rng.chance(0.3)) picks.push(...stackerPicks(rng, 'small'));
  const home = account?.home ?? homeNetwork(rng, country);
  return assemble(w, {
    kind: 'eu_buyer',
    fraud: false,
    at,
    buyer,
    billing,
    shipping: billing,
    fulfilment,
    picks,
    currency: 'EUR',
    ip: homeIp(rng, { home, country }, 0.15),
    device: account ? rng.pick(account.devices) : newDevice(rng, rng.chance(0.45)),
    pay: (amount) =>
      honestPay(
        rng,
        { cards, country, signedIn: account !== undefined, firstTime: !account },
        amount,
        'EUR',
        0.35,
      ),
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment,
        paidAt,
        abroad: true,
        idCheck: !account && amount > ID_CHECK.EUR,
        amount,
      }),
  });
}

function counter(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.6) ? pickAccount(rng, w, (x) => x.country === 'GB') : undefined;
  const at = placedAt(rng, w.window, 0, 'home');
  const name = a?.name ?? nameIn(rng, 'GB');
  const billing =
    a && ['Birmingham', 'Solihull', 'Coventry', 'Wolverhampton', 'Worcester'].includes(a.address.city ?? '')
      ? a.address
      : addressIn(rng, 'GB', true);
  const buyer: Buyer = a ? { ...accountBuyer(a) } : { email: emailFor(rng, name, 'GB'), name };
  const cards = a?.cards ?? [newCard(rng, 'GB', 'debit')];
  const phone = rng.chance(0.6);
  return assemble(w, {
    kind: 'counter_collection',
    fraud: false,
    at,
    buyer,
    billing,
    fulfilment: 'counter_collection',
    picks: stackerPicks(rng, rng.chance(0.25) ? 'large' : 'usual'),
    currency: 'GBP',
    ip: a ? homeIp(rng, a, 0.35) : ipOn(rng, phone ? mobileNetwork(rng, 'GB') : homeNetwork(rng, 'GB')),
    device: a ? rng.pick(a.devices) : newDevice(rng, phone),
    pay: (amount) =>
      honestPay(rng, { cards, country: 'GB', signedIn: a !== undefined, firstTime: !a }, amount, 'GBP', 0.3),
    after: (paidAt, amount) =>
      honestAfter(rng, { fulfilment: 'counter_collection', paidAt, abroad: false, idCheck: false, amount }),
  });
}

function vaultInvestor(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w, (x) => x.vault && (x.country === 'GB' || x.country === 'IE'));
  const at = placedAt(rng, w.window, tzOf(a.country), 'home', { spike: 1.5 });
  const currency = currencyOf(a.country);
  const picks: Array<[ItemKey, number]> = [
    [
      rng.weightedPick<ItemKey>([
        ['bar100g', 30],
        ['bar250g', 20],
        ['bar1kg', 10],
        ['britannia', 20],
        ['silverKilo', 10],
        ['bar1oz', 10],
      ]),
      rng.int(1, 5),
    ],
  ];
  return assemble(w, {
    kind: 'vault_investor',
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: a.address,
    fulfilment: 'vault',
    picks,
    currency,
    ip: homeIp(rng, a, 0.25),
    device: rng.pick(a.devices),
    pay: (amount) =>
      honestPay(
        rng,
        { cards: a.cards, country: a.country, signedIn: true, firstTime: false },
        amount,
        currency,
        0.6,
      ),
    // Some take their profit on the spike: bought earlier in the window, sold back days later.
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment: 'vault',
        paidAt,
        abroad: false,
        idCheck: false,
        amount,
        sellBack: 0.15,
      }),
  });
}

function overseas(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['US', 60],
    ['AE', 22],
    ['QA', 6],
    ['SA', 8],
    ['KW', 4],
  ]);
  const at = placedAt(rng, w.window, tzOf(country), 'home');
  const a = rng.chance(0.4) ? pickAccount(rng, w, (x) => x.country === country) : undefined;
  const account = a?.country === country ? a : undefined;
  const name = account?.name ?? nameIn(rng, country);
  const buyer: Buyer = account
    ? accountBuyer(account)
    : freshBuyer(rng, name, emailFor(rng, name, country), at, [3, 60]);
  const billing = account?.address ?? addressIn(rng, country);
  const cards = account?.cards ?? [newCard(rng, country, 'credit')];
  const us = country === 'US';
  const picks: Array<[ItemKey, number]> = us
    ? [
        [
          rng.weightedPick<ItemKey>([
            ['sovereign', 40],
            ['britannia', 30],
            ['halfSovereign', 15],
            ['quarterBritannia', 15],
          ]),
          rng.int(1, 6),
        ],
      ]
    : [
        [
          rng.weightedPick<ItemKey>([
            ['krugerrand', 30],
            ['bar100g', 30],
            ['bar250g', 15],
            ['sovereign', 25],
          ]),
          rng.int(1, 4),
        ],
      ];
  return assemble(w, {
    kind: 'overseas_buyer',
    fraud: false,
    at,
    buyer,
    billing,
    shipping: billing,
    fulfilment: 'insured_delivery',
    picks,
    currency: 'USD',
    ip: ipOn(rng, account?.home ?? homeNetwork(rng, country)),
    device: account ? rng.pick(account.devices) : newDevice(rng, rng.chance(0.5)),
    pay: (amount) =>
      honestPay(rng, { cards, country, signedIn: true, firstTime: !account }, amount, 'USD', us ? 0.1 : 0.4),
    after: (paidAt, amount) =>
      honestAfter(rng, {
        fulfilment: 'insured_delivery',
        paidAt,
        abroad: true,
        idCheck: !account && amount > ID_CHECK.USD,
        amount,
      }),
  });
}

function household(rng: Rng, w: World): Purchase {
  const a = pickAccount(rng, w, (x) => x.partner !== undefined);
  const partner = a.partner !== undefined ? w.customers[a.partner] : undefined;
  const p = regular(rng, w, a, 'shared_household', homeIp(rng, a, 0.15));
  // Now and then paid with the partner's card, on the household's shared computer or tablet.
  if (partner && rng.chance(0.3) && p.attempts.length > 0) {
    const card = rng.pick(partner.cards);
    p.attempts = p.attempts.map((x) => (x.card ? { ...x, card } : x));
  }
  return p;
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular_stacker': {
      const a = pickAccount(rng, w, (x) => x.partner === undefined);
      return regular(rng, w, a, kind, homeIp(rng, a));
    }
    case 'first_time_investor':
      return firstTime(rng, w);
    case 'gift_buyer':
      return gift(rng, w);
    case 'wealth_manager':
      return wealthManager(rng, w);
    case 'expat':
      return expat(rng, w);
    case 'vpn_user':
      return vpnUser(rng, w);
    case 'eu_buyer':
      return euBuyer(rng, w);
    case 'counter_collection':
      return counter(rng, w);
    case 'vault_investor':
      return vaultInvestor(rng, w);
    case 'overseas_buyer':
      return overseas(rng, w);
    case 'shared_household':
      return household(rng, w);
  }
}
