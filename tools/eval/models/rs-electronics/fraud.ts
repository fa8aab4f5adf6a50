import { type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { campaignDays, CRNI_PETAK, momentIn, within } from './calendar.js';
import { basketOf, CATALOGUE, type Category, isDeal } from './catalogue.js';
import { accountCheckout, type Checkout, guestCheckout, purchaseOf, type World } from './honest.js';
import { ipOn } from './networks.js';
import { addressIn, cardOf, deviceOf, emailFor, nameIn } from './people.js';
import {
  type Attempt,
  authTime,
  cardAttempt,
  codSteps,
  DAY,
  fulfilled,
  HOUR,
  type LaterStep,
  MINUTE,
  phoneIn,
  plain,
  type Purchase,
  STORES,
} from './purchase.js';

/** Fraud as this store meets it; each kind is described in README.md. */
export const FRAUD = {
  card_testing: 14,
  phished_card: 16,
  account_takeover: 10,
  reshipping_mule: 10,
  fake_cod: 12,
  fake_payment_proof: 6,
  deal_reseller: 10,
  friendly_fraud: 8,
  refund_abuse: 7,
  sanctioned_country: 7,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

type Pick = readonly [Product<Category>, number];
const sku = (s: string): Product<Category> => {
  const found = Object.values(CATALOGUE)
    .flat()
    .find((x) => x.sku === s);
  if (!found) throw new Error(`no product ${s}`);
  return found;
};
/** What resells fastest on the classifieds: Apple, flagship phones, consoles, gift cards. */
const HOT = [
  'PH-APL-16P-256',
  'PH-APL-16-128',
  'PH-SAM-S25-256',
  'GM-SON-PS5PRO',
  'GM-SON-PS5SD',
  'LP-APL-MBA13-M4',
  'AU-APL-AP4',
  'GC-20000',
  'AU-SON-XM5',
  'SA-DYS-V15',
  'LP-LEN-LOQ15',
].map(sku);
const hotPicks = (rng: Rng, most = 2): Pick[] => {
  const out: Pick[] = [[rng.pick(HOT), 1]];
  if (most > 1 && rng.chance(0.35)) out.push([rng.pick(HOT), 1]);
  return out;
};

const withDevice = (c: Checkout, d: { id?: string; userAgent: string }): Checkout => ({
  ...c,
  device: { ...(d.id ? { id: d.id } : {}), userAgent: d.userAgent },
});

/** After a stolen card paid: the store catches a few before dispatch; the rest ship and come back as chargebacks. */
function stolenAfter(
  rng: Rng,
  f: 'courier' | 'pickup' | 'freight',
  catchShare: number,
  warn: number,
  dispute: number,
): LaterStep[] {
  if (rng.chance(catchShare))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'suspected_fraud' }];
  const steps = fulfilled(rng, f, false);
  if (rng.chance(warn))
    steps.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 9) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    steps.push({ type: 'dispute.created', afterMs: rng.int(12, 50) * DAY, reason: 'fraudulent' });
  return steps;
}

function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let run = 0;
  while (out.length < n) {
    const r = rng.fork(`run${run++}`);
    const size = Math.min(n - out.length, r.int(5, 14));
    const binCountry = r.weightedPick<string>([
      ['US', 45],
      ['GB', 25],
      ['RS', 30],
    ]);
    const issuer = cardOf(r, binCountry);
    const device = deviceOf(r, 'desktop');
    const keepDevice = r.chance(0.4);
    let t = momentIn(r, w.window, { rhythm: 'night' });
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + r.int(15_000, 4 * MINUTE));
      const c0 = guestCheckout(r, 'RS');
      const name = nameIn(r, binCountry === 'RS' ? 'RS' : binCountry);
      const d = keepDevice ? device : deviceOf(r, 'desktop');
      const c: Checkout = withDevice(
        {
          ...c0,
          buyer: {
            name,
            email: `${r.token(r.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${r.digits(3)}@gmail.com`,
          },
          ip: ipOn(r, r.pick(['nl-hosting', 'de-hosting', 'rs-mobile-a'])),
        },
        d,
      );
      const basket = basketOf(
        [[r.pick(CATALOGUE.accessory.filter((x) => x.price <= 99_000)), 1]],
        'RSD',
        t,
        true,
      );
      const attempts: Attempt[] = [];
      const tries = r.int(1, 3);
      for (let k = 0; k < tries; k++) {
        const card = { ...issuer, last4: r.digits(4), fingerprint: `cf_${r.token(16)}` };
        const ok = r.chance(0.1);
        attempts.push(
          cardAttempt(r, card, 'kartica', {
            ok,
            afterMs: r.int(4_000, 40_000),
            ...(ok
              ? {}
              : {
                  decline: r.weightedPick<string>([
                    ['card_declined', 35],
                    ['incorrect_cvc', 20],
                    ['authentication_failed', 25],
                    ['do_not_honor', 10],
                    ['expired_card', 10],
                  ]),
                }),
            goodAddress: false,
          }),
        );
        if (ok) break;
      }
      const paid = attempts.some((a) => a.ok);
      const later: LaterStep[] = paid
        ? stolenAfter(r, 'courier', 0.5, 0.5, 0.3)
        : [{ type: 'order.cancelled', afterMs: r.int(30, 90) * MINUTE, reason: 'payment_failed' }];
      out.push(
        purchaseOf(r, {
          kind: 'card_testing',
          fraud: true,
          at: t,
          c,
          basket,
          method: 'kartica',
          fulfilment: 'courier',
          attempts,
          later,
        }),
      );
    }
  }
  return out;
}

function phishedCard(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`ph${i}`);
  const at = momentIn(r, w.window, { rhythm: 'home' });
  const victim = r.chance(0.2) ? r.pick(w.accounts.filter((a) => a.country === 'RS')) : undefined;
  const card = victim ? r.pick(victim.cards) : cardOf(r, 'RS');
  const victimName = victim?.name ?? nameIn(r, 'RS');
  const billing = victim ? { ...victim.home } : addressIn(r, 'RS');
  const base = guestCheckout(r, 'RS');
  const name = r.chance(0.5) ? victimName : base.buyer.name;
  const fresh = r.chance(0.6);
  const device = deviceOf(r, r.chance(0.6) ? 'android' : 'desktop');
  const c = withDevice(
    {
      ...base,
      buyer: {
        name,
        email: emailFor(r, name, 'RS'),
        ...(fresh ? { id: `k${r.int(500_000, 599_999)}`, createdAt: at - r.int(2, 25) * MINUTE } : {}),
      },
      billing,
      ip: ipOn(
        r,
        r.weightedPick<string>([
          ['rs-mobile-a', 30],
          ['rs-mobile-b', 20],
          ['rs-mobile-c', 10],
          ['nl-hosting', 20],
          ['rs-cable', 20],
        ]),
      ),
    },
    device,
  );
  const pickup = r.chance(0.35);
  const basket = basketOf(hotPicks(r), 'RSD', at, !pickup);
  const attempts: Attempt[] = [];
  if (r.chance(0.3))
    attempts.push(
      cardAttempt(r, card, 'kartica', { ok: false, decline: 'authentication_failed', afterMs: authTime(r) }),
    );
  attempts.push(
    cardAttempt(r, card, 'kartica', { ok: true, threeDS: 'challenge_passed', afterMs: authTime(r) }),
  );
  const shipping = pickup ? undefined : addressIn(r, 'RS');
  return purchaseOf(r, {
    kind: 'phished_card',
    fraud: true,
    at,
    c,
    basket,
    method: 'kartica',
    fulfilment: pickup ? 'pickup' : 'courier',
    ...(shipping ? { shipping } : {}),
    ...(pickup ? { pickupStore: r.pick(STORES) } : {}),
    attempts,
    later: stolenAfter(r, pickup ? 'pickup' : 'courier', 0.15, 0.6, 0.8),
  });
}

function accountTakeover(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`ato${i}`);
  const at = momentIn(r, w.window, { rhythm: r.chance(0.5) ? 'night' : 'home' });
  const aged = w.accounts.filter((a) => a.country === 'RS' && a.createdAt < w.window.start - 60 * DAY);
  const a = r.pick(aged.length > 0 ? aged : w.accounts);
  const own = accountCheckout(r, a);
  const c = withDevice(
    { ...own, ip: ipOn(r, r.pick(['nl-hosting', 'de-hosting', 'rs-mobile-b', 'rs-mobile-c'])) },
    deviceOf(r, r.chance(0.5) ? 'android' : 'desktop'),
  );
  const pickup = r.chance(0.3);
  const basket = basketOf(hotPicks(r), 'RSD', at, !pickup);
  const card = r.pick(a.cards);
  const through = r.chance(0.45);
  const attempts: Attempt[] = [
    cardAttempt(
      r,
      card,
      'kartica',
      through
        ? { ok: true, saved: true, threeDS: 'frictionless', afterMs: r.int(5_000, 30_000) }
        : { ok: false, saved: true, decline: 'authentication_failed', afterMs: authTime(r) },
    ),
  ];
  if (!through && r.chance(0.5))
    attempts.push(
      cardAttempt(r, cardOf(r, 'US'), 'kartica', {
        ok: r.chance(0.5),
        decline: 'do_not_honor',
        goodAddress: false,
        afterMs: authTime(r),
      }),
    );
  const paid = attempts.some((x) => x.ok);
  const newAddress = addressIn(r, 'RS');
  const later: LaterStep[] = !paid
    ? [{ type: 'order.cancelled', afterMs: r.int(30, 90) * MINUTE, reason: 'payment_failed' }]
    : [
        ...(pickup
          ? []
          : [
              {
                type: 'order.updated' as const,
                afterMs: r.int(10, 90) * MINUTE,
                status: 'address_changed',
                shipping: newAddress,
              },
            ]),
        ...stolenAfter(r, pickup ? 'pickup' : 'courier', 0.2, 0.4, 0.7),
      ];
  return purchaseOf(r, {
    kind: 'account_takeover',
    fraud: true,
    at,
    c,
    basket,
    method: 'kartica',
    fulfilment: pickup ? 'pickup' : 'courier',
    ...(pickup ? { pickupStore: r.pick(STORES) } : {}),
    attempts,
    later,
  });
}

function reshippingMule(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`mule${i}`);
  const at = momentIn(r, w.window, { rhythm: r.chance(0.5) ? 'night' : 'home' });
  const country = r.weightedPick<string>([
    ['US', 60],
    ['GB', 25],
    ['DE', 15],
  ]);
  const holder = nameIn(r, country === 'DE' ? 'US' : country);
  const card = cardOf(r, country);
  const fromAbroad = r.chance(0.6);
  const net = country === 'US' ? 'us-cable' : country === 'GB' ? 'gb-dsl' : 'de-dsl';
  const device = deviceOf(r, 'desktop');
  const c = withDevice(
    {
      buyer: { name: holder, email: emailFor(r, holder, country) },
      billing: addressIn(r, country),
      ip: ipOn(r, fromAbroad ? net : r.pick(['rs-mobile-a', 'rs-cable'])),
      device: {},
      phone: phoneIn(r, 'RS'),
      locale: 'en-US',
    } as unknown as Checkout,
    device,
  );
  const mule = addressIn(r, 'RS', r.pick(['Beograd', 'Novi Beograd', 'Zemun', 'Novi Sad', 'Pančevo']));
  const cat = r.weighted({ laptop: 40, phone: 35, console: 25 });
  const top = CATALOGUE[cat].filter((x) => x.price >= 5_000_000);
  const basket = basketOf(
    [[r.pick(top.length > 0 ? top : CATALOGUE[cat]), r.chance(0.25) ? 2 : 1]],
    'RSD',
    at,
    true,
  );
  const ok = country === 'US' ? r.chance(0.7) : r.chance(0.4);
  const attempts = [
    cardAttempt(r, card, 'kartica', {
      ok,
      afterMs: authTime(r),
      ...(ok ? {} : { decline: r.pick(['authentication_failed', 'do_not_honor', 'stolen_card']) }),
    }),
  ];
  return purchaseOf(r, {
    kind: 'reshipping_mule',
    fraud: true,
    at,
    c,
    basket,
    method: 'kartica',
    fulfilment: 'courier',
    shipping: { ...mule, line1: `${mule.line1 ?? ''} (${nameIn(r, 'RS')})` },
    attempts,
    later: ok
      ? stolenAfter(r, 'courier', 0.2, 0.6, 0.75)
      : [{ type: 'order.cancelled', afterMs: r.int(30, 90) * MINUTE, reason: 'payment_failed' }],
  });
}

function fakeCod(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let actor = 0;
  while (out.length < n) {
    const r = rng.fork(`cod${actor++}`);
    const device = deviceOf(r, r.chance(0.7) ? 'android' : 'desktop');
    const phone = phoneIn(r, 'RS');
    const net = r.pick(['rs-mobile-a', 'rs-mobile-b', 'rs-cable']);
    let t = momentIn(r, w.window, { rhythm: 'home' });
    const size = Math.min(n - out.length, r.int(2, 5));
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + r.int(3, 600) * MINUTE);
      const c = withDevice({ ...guestCheckout(r, 'RS'), phone, ip: ipOn(r, net) }, device);
      const cat = r.weighted({ tv: 35, phone: 35, console: 15, laptop: 15 });
      const basket = basketOf([[r.pick(CATALOGUE[cat]), 1]], 'RSD', t, true);
      const f = cat === 'tv' ? 'freight' : 'courier';
      const steps = codSteps(r, f, false, 1);
      out.push(
        purchaseOf(r, {
          kind: 'fake_cod',
          fraud: true,
          at: t,
          c,
          basket,
          method: 'pouzecem',
          fulfilment: f,
          attempts: [],
          later: steps,
        }),
      );
    }
  }
  return out;
}

function fakePaymentProof(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`proof${i}`);
  const at = momentIn(r, w.window, { rhythm: 'office', weekdaysOnly: true });
  const firm = `${r.pick(['Elektro', 'Tehno', 'Global', 'Novi', 'Balkan', 'Prima'])}${r.pick(['market', 'promet', 'sistem', 'group'])} d.o.o.`;
  const country = r.chance(0.8) ? 'RS' : 'BA';
  const base = guestCheckout(r, country);
  const slug = firm.split(' ')[0]?.toLowerCase() ?? 'firma';
  const c: Checkout = {
    ...base,
    buyer: { ...base.buyer, email: `${slug}.nabavka@gmail.com` },
    billing: addressIn(r, 'RS'),
  };
  const pickup = r.chance(0.4);
  const basket = basketOf(
    [[r.pick(HOT.filter((x) => x.category !== 'gift_card')), r.int(2, 8)]],
    'RSD',
    at,
    !pickup,
  );
  const released = r.chance(0.5);
  const f = pickup ? 'pickup' : 'courier';
  const shipped = fulfilled(r, f, false).slice(0, pickup ? 2 : 1);
  const later: LaterStep[] = [
    ...(released ? shipped : []),
    { type: 'order.cancelled', afterMs: r.int(5, 8) * DAY, reason: 'payment_not_received' },
  ];
  return purchaseOf(r, {
    kind: 'fake_payment_proof',
    fraud: true,
    at,
    c,
    basket,
    method: r.chance(0.7) ? 'predracun' : 'uplatnica',
    fulfilment: f,
    ...(pickup ? { pickupStore: r.pick(STORES.slice(0, 2)) } : {}),
    company: { name: firm, pib: `1${r.digits(8)}` },
    attempts: [],
    later,
  });
}

function dealReseller(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let ring = 0;
  const deals = Object.values(CATALOGUE)
    .flat()
    .filter(
      (x) => isDeal(x.sku) && (x.category === 'console' || x.category === 'tv' || x.category === 'audio'),
    );
  while (out.length < n) {
    const r = rng.fork(`ring${ring++}`);
    const device = deviceOf(r, 'desktop');
    const ip = ipOn(r, r.pick(['rs-cable', 'rs-incumbent-dsl']));
    const home = addressIn(r, 'RS', 'Beograd');
    const item = r.pick(deals);
    const person = nameIn(r, 'RS');
    const [first = 'x', last = 'y'] = person
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'dj')
      .split(' ');
    const inWindow = CRNI_PETAK >= w.window.start && CRNI_PETAK < w.window.end;
    let t = inWindow
      ? CRNI_PETAK + r.int(0, 40) * MINUTE
      : momentIn(r, w.window, { rhythm: 'deal', days: campaignDays });
    const size = Math.min(n - out.length, r.int(3, 6));
    const card = cardOf(r, 'RS');
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + r.int(2, 15) * MINUTE);
      const name = i % 2 === 0 ? person : nameIn(r, 'RS');
      const c: Checkout = {
        buyer: {
          id: `k${r.int(600_000, 699_999)}`,
          email: `${first}.${last}+${i + 1}@gmail.com`,
          name,
          createdAt: t - r.int(1, 8) * MINUTE,
        },
        billing: { ...home, line1: `${home.line1 ?? ''}${i % 2 ? ', stan ' + r.int(1, 20) : ''}` },
        ip,
        device: { ...(device.id ? { id: device.id } : {}), userAgent: device.userAgent },
        phone: phoneIn(r, 'RS'),
        locale: 'sr-Latn-RS',
      };
      const basket = basketOf([[item, 1]], 'RSD', t, true);
      const f = item.category === 'tv' ? 'freight' : 'courier';
      const how = r.weightedPick<'kartica' | 'ips_qr' | 'pouzecem'>([
        ['kartica', 40],
        ['ips_qr', 30],
        ['pouzecem', 30],
      ]);
      const cancel = r.chance(0.3);
      const attempts =
        how === 'kartica'
          ? [cardAttempt(r, card, 'kartica', { ok: true, afterMs: authTime(r) })]
          : how === 'ips_qr'
            ? [plain('ips_qr', true, r.int(30_000, 3 * MINUTE))]
            : [];
      const later: LaterStep[] = cancel
        ? [{ type: 'order.cancelled', afterMs: r.int(2, 30) * HOUR, reason: 'limit_per_customer_exceeded' }]
        : how === 'pouzecem'
          ? codSteps(r, f, false, 0)
          : fulfilled(r, f, false);
      out.push(
        purchaseOf(r, {
          kind: 'deal_reseller',
          fraud: true,
          at: t,
          c,
          basket,
          method: how,
          fulfilment: f,
          attempts,
          later,
        }),
      );
    }
  }
  return out;
}

function friendlyFraud(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`ff${i}`);
  const at = momentIn(r, w.window);
  const a = r.pick(w.accounts.filter((x) => x.country === 'RS'));
  const c = accountCheckout(r, a);
  const basket = basketOf(hotPicks(r, 1), 'RSD', at, true);
  const attempts = [cardAttempt(r, r.pick(a.cards), 'kartica', { ok: true, afterMs: authTime(r) })];
  const steps = fulfilled(r, 'courier', false);
  const done = steps[1]?.afterMs ?? DAY;
  steps.push({
    type: 'dispute.created',
    afterMs: done + r.int(18, 60) * DAY,
    reason: r.pick(['product_not_received', 'unrecognized', 'product_not_received']),
  });
  return purchaseOf(r, {
    kind: 'friendly_fraud',
    fraud: true,
    at,
    c,
    basket,
    method: 'kartica',
    fulfilment: 'courier',
    attempts,
    later: steps,
  });
}

function refundAbuse(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`ra${i}`);
  const at = momentIn(r, w.window);
  const a = r.pick(w.accounts.filter((x) => x.country === 'RS'));
  const c = accountCheckout(r, a);
  const cat = r.weighted({ phone: 45, laptop: 25, console: 20, audio: 10 });
  const basket = basketOf([[r.pick(CATALOGUE[cat].filter((x) => x.price >= 1_500_000)), 1]], 'RSD', at, true);
  const how = r.weightedPick<'kartica' | 'ips_qr'>([
    ['kartica', 60],
    ['ips_qr', 40],
  ]);
  const attempts =
    how === 'kartica'
      ? [cardAttempt(r, r.pick(a.cards), 'kartica', { ok: true, afterMs: authTime(r) })]
      : [plain('ips_qr', true, r.int(30_000, 4 * MINUTE))];
  const steps = fulfilled(r, 'courier', false);
  const done = steps[1]?.afterMs ?? DAY;
  if (r.chance(0.35)) {
    steps.push(
      { type: 'order.updated', afterMs: done + r.int(1, 3) * DAY, status: 'complaint_item_missing' },
      {
        type: 'refund.created',
        afterMs: done + r.int(5, 9) * DAY,
        reason: 'item_missing_from_parcel',
        amount: basket.amount,
      },
    );
  } else {
    steps.push(
      { type: 'order.updated', afterMs: done + r.int(6, 13) * DAY, status: 'return_requested' },
      {
        type: 'refund.created',
        afterMs: done + r.int(15, 19) * DAY,
        reason: 'returned_within_14_days',
        amount: basket.amount,
      },
      { type: 'order.updated', afterMs: done + r.int(22, 30) * DAY, status: 'return_inspection_failed' },
    );
  }
  return purchaseOf(r, {
    kind: 'refund_abuse',
    fraud: true,
    at,
    c,
    basket,
    method: how,
    fulfilment: 'courier',
    attempts,
    later: steps,
  });
}

function sanctioned(rng: Rng, w: World, i: number): Purchase {
  const r = rng.fork(`sc${i}`);
  const at = momentIn(r, w.window);
  const variant = r.weightedPick<'ru_ip_cod' | 'mir_card' | 'by_card' | 'ru_ip_card'>([
    ['ru_ip_cod', 35],
    ['mir_card', 25],
    ['by_card', 15],
    ['ru_ip_card', 25],
  ]);
  const from = variant === 'by_card' ? 'BY' : 'RU';
  const name = nameIn(r, from);
  const device = deviceOf(r, r.chance(0.5) ? 'iphone' : 'desktop');
  const belgrade = addressIn(r, 'RS', r.pick(['Beograd', 'Novi Beograd', 'Novi Sad']));
  const ip =
    variant === 'mir_card' && r.chance(0.6)
      ? ipOn(r, r.pick(['rs-mobile-a', 'rs-cable']))
      : ipOn(r, from === 'BY' ? 'by-broadband' : r.pick(['ru-broadband', 'ru-mobile']));
  const billing = variant === 'mir_card' || variant === 'by_card' ? addressIn(r, from) : { ...belgrade };
  const c = withDevice(
    {
      buyer: { name, email: emailFor(r, name, from) },
      billing,
      ip,
      device: {},
      phone: phoneIn(r, 'RS'),
      locale: 'ru-RU',
    } as unknown as Checkout,
    device,
  );
  const cat = r.weighted({ phone: 45, laptop: 35, console: 10, audio: 10 });
  const top = CATALOGUE[cat].filter((x) => x.price >= 1_500_000);
  const basket = basketOf(
    [[r.pick(top.length > 0 ? top : CATALOGUE[cat]), r.chance(0.3) ? 2 : 1]],
    'RSD',
    at,
    true,
  );
  if (variant === 'ru_ip_cod')
    return purchaseOf(r, {
      kind: 'sanctioned_country',
      fraud: true,
      at,
      c,
      basket,
      method: 'pouzecem',
      fulfilment: 'courier',
      shipping: belgrade,
      attempts: [],
      later: codSteps(r, 'courier', false, 0.1),
    });
  const card =
    variant === 'mir_card'
      ? cardOf(r, 'RU', (x) => x.brand === 'mir')
      : variant === 'by_card'
        ? cardOf(r, 'BY')
        : cardOf(r, 'RS');
  const ok = variant === 'mir_card' ? false : variant === 'by_card' ? r.chance(0.35) : r.chance(0.8);
  const decline = variant === 'mir_card' ? 'card_not_supported' : 'do_not_honor';
  const attempts = [
    cardAttempt(r, card, 'kartica', { ok, afterMs: authTime(r), ...(ok ? {} : { decline }) }),
  ];
  const later: LaterStep[] = ok
    ? fulfilled(r, 'courier', false)
    : [{ type: 'order.cancelled', afterMs: r.int(30, 90) * MINUTE, reason: 'payment_failed' }];
  return purchaseOf(r, {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    c,
    basket,
    method: 'kartica',
    fulfilment: 'courier',
    shipping: belgrade,
    attempts,
    later,
  });
}

const each = (n: number, f: (i: number) => Purchase): Purchase[] => Array.from({ length: n }, (_, i) => f(i));

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  return [
    ...cardTesting(rng.fork('testing'), w, n.card_testing),
    ...each(n.phished_card, (i) => phishedCard(rng, w, i)),
    ...each(n.account_takeover, (i) => accountTakeover(rng, w, i)),
    ...each(n.reshipping_mule, (i) => reshippingMule(rng, w, i)),
    ...fakeCod(rng.fork('cod'), w, n.fake_cod),
    ...each(n.fake_payment_proof, (i) => fakePaymentProof(rng, w, i)),
    ...dealReseller(rng.fork('resell'), w, n.deal_reseller),
    ...each(n.friendly_fraud, (i) => friendlyFraud(rng, w, i)),
    ...each(n.refund_abuse, (i) => refundAbuse(rng, w, i)),
    ...each(n.sanctioned_country, (i) => sanctioned(rng, w, i)),
  ];
}
