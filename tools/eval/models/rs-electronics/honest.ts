import { accountBuyer, type Address, type Buyer, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { campaignDays, momentIn } from './calendar.js';
import {
  type Basket,
  basketOf,
  CATALOGUE,
  type Category,
  type Currency,
  householdPicks,
  isDeal,
  pickFrom,
} from './catalogue.js';
import { ipOn, MOBILE_NETWORKS, HOME_NETWORKS } from './networks.js';
import { type Account, addressIn, cardOf, deviceOf, emailFor, nameIn } from './people.js';
import {
  type Attempt,
  codSteps,
  DAY,
  type Fulfilment,
  fulfilled,
  honestAfter,
  honestCard,
  HOUR,
  type LaterStep,
  type Method,
  MINUTE,
  phoneIn,
  plain,
  type Purchase,
  STORES,
  transferSteps,
} from './purchase.js';

/** The store's world for a window: the window and its account base. */
export interface World {
  window: Window;
  accounts: Account[];
}

export const HONEST = {
  cod_shopper: 30,
  card_buyer: 18,
  instalments: 8,
  ips_qr: 8,
  uplatnica: 4,
  store_pickup: 9,
  diaspora_gift: 5,
  regional_export: 8,
  business_proforma: 4,
  crni_petak_hunter: 6,
} as const;
export type HonestKind = keyof typeof HONEST;

/** Who checks out, from where, on what. */
export interface Checkout {
  buyer: Buyer;
  billing: Address;
  ip: string;
  device: { id?: string; userAgent: string };
  phone: string;
  locale: string;
}

const LOCALE: Record<string, string> = {
  RS: 'sr-Latn-RS',
  ME: 'sr-Latn-ME',
  BA: 'sr-Latn-BA',
  MK: 'mk-MK',
  DE: 'sr-Latn-RS',
  AT: 'sr-Latn-RS',
  CH: 'sr-Latn-RS',
};

/** A signed-in customer on one of their devices, at home or on the phone's network. */
export function accountCheckout(rng: Rng, a: Account): Checkout {
  const device = rng.pick(a.devices);
  const onMobile = device.screen !== 'desktop' && rng.chance(0.4);
  return {
    buyer: accountBuyer(a),
    billing: { ...a.home },
    ip: onMobile ? ipOn(rng, a.mobileNetwork) : a.homeIp,
    device: { ...(device.id ? { id: device.id } : {}), userAgent: device.userAgent },
    phone: phoneIn(rng, a.country),
    locale: LOCALE[a.country] ?? 'sr-Latn-RS',
  };
}

/** A guest at checkout: their own name, e-mail and address, a device the store has not seen. */
export function guestCheckout(rng: Rng, country: string): Checkout {
  const name = nameIn(rng, country);
  const device = deviceOf(rng);
  const nets =
    device.screen === 'desktop' ? HOME_NETWORKS : rng.chance(0.55) ? MOBILE_NETWORKS : HOME_NETWORKS;
  return {
    buyer: { email: emailFor(rng, name, country), name },
    billing: addressIn(rng, country),
    ip: ipOn(rng, rng.weightedPick(nets[country] ?? [])),
    device: { ...(device.id ? { id: device.id } : {}), userAgent: device.userAgent },
    phone: phoneIn(rng, country),
    locale: LOCALE[country] ?? 'sr-Latn-RS',
  };
}

const accountsIn = (w: World, countries: readonly string[]) =>
  w.accounts.filter((a) => countries.includes(a.country));

/** A customer of `countries`: an account `signedIn` of the time, else a guest. */
function someone(
  rng: Rng,
  w: World,
  countries: readonly string[],
  signedIn: number,
): { c: Checkout; a?: Account } {
  const pool = accountsIn(w, countries);
  if (pool.length > 0 && rng.chance(signedIn)) {
    const a = rng.pick(pool);
    return { c: accountCheckout(rng, a), a };
  }
  return { c: guestCheckout(rng, rng.pick(countries)) };
}

const fulfilmentFor = (b: Basket, pickup: boolean): Fulfilment =>
  pickup
    ? 'pickup'
    : b.lines.some((l) => l.category === 'white_goods' || l.category === 'tv')
      ? 'freight'
      : 'courier';

export interface Plan {
  kind: string;
  fraud: boolean;
  at: number;
  c: Checkout;
  shipping?: Address;
  basket: Basket;
  method: Method;
  fulfilment: Fulfilment;
  attempts: Attempt[];
  later: LaterStep[];
  company?: { name: string; pib: string };
  pickupStore?: string;
}

export function purchaseOf(rng: Rng, p: Plan): Purchase {
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket: p.basket,
    billing: p.c.billing,
    attempts: p.attempts,
    later: p.later,
    buyer: p.c.buyer,
    ...(p.fulfilment === 'pickup' ? {} : { shipping: p.shipping ?? { ...p.c.billing } }),
    ip: p.c.ip,
    device: p.c.device,
    method: p.method,
    fulfilment: p.fulfilment,
    ...(p.fulfilment === 'pickup' ? { pickupStore: p.pickupStore ?? rng.pick(STORES) } : {}),
    ...(p.company ? { company: p.company } : {}),
    locale: p.c.locale,
    phone: p.c.phone,
  };
}

/** Paid by card (saved or typed), then delivered or collected. */
function cardOrder(
  rng: Rng,
  c: Checkout,
  a: Account | undefined,
  basket: Basket,
  f: Fulfilment,
  abroad: boolean,
) {
  const cards = a ? a.cards : [cardOf(rng, c.billing.country ?? 'RS')];
  const attempts = honestCard(rng, cards, basket.amount, { saved: a !== undefined && rng.chance(0.4) });
  return { attempts, later: honestAfter(rng, f, abroad, basket.amount) };
}

function bigPicks(rng: Rng): Array<readonly [(typeof CATALOGUE)[Category][number], number]> {
  const cat = rng.weighted({ tv: 30, laptop: 25, white_goods: 30, phone: 15 });
  const options = CATALOGUE[cat].filter((x) => x.price >= 4_000_000);
  return [[rng.pick(options.length > 0 ? options : CATALOGUE[cat]), 1]];
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = momentIn(
    rng,
    w.window,
    kind === 'business_proforma' ? { rhythm: 'office', weekdaysOnly: true } : {},
  );
  const rsd: Currency = 'RSD';
  switch (kind) {
    case 'cod_shopper': {
      const { c } = someone(rng, w, ['RS'], 0.5);
      const picks = householdPicks(rng, at);
      const basket = basketOf(picks, rsd, at, true);
      const f = fulfilmentFor(basket, false);
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: 'pouzecem',
        fulfilment: f,
        attempts: [],
        later: codSteps(rng, f, false, 0.05),
      });
    }
    case 'card_buyer': {
      const { c, a } = someone(rng, w, ['RS'], 0.8);
      const pickup = rng.chance(0.15);
      const basket = basketOf(householdPicks(rng, at), rsd, at, !pickup);
      const f = fulfilmentFor(basket, pickup);
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: 'kartica',
        fulfilment: f,
        ...cardOrder(rng, c, a, basket, f, false),
      });
    }
    case 'instalments': {
      const { c, a } = someone(rng, w, ['RS'], 0.85);
      const held = a?.cards.filter((x) => x.instalments) ?? [];
      const cards = held.length > 0 ? held : [cardOf(rng, 'RS', (i) => i.instalments)];
      const basket = basketOf(bigPicks(rng), rsd, at, true);
      const f = fulfilmentFor(basket, false);
      const instalments = rng.weightedPick([
        [3, 10],
        [6, 25],
        [12, 40],
        [24, 25],
      ] as const);
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: 'kartica_na_rate',
        fulfilment: f,
        attempts: honestCard(rng, cards, basket.amount, { method: 'kartica_na_rate', instalments }),
        later: honestAfter(rng, f, false, basket.amount),
      });
    }
    case 'ips_qr': {
      const { c } = someone(rng, w, ['RS'], 0.6);
      const basket = basketOf(householdPicks(rng, at), rsd, at, true);
      const f = fulfilmentFor(basket, false);
      const scan = rng.int(40_000, 5 * MINUTE);
      const attempts = rng.chance(0.05)
        ? [plain('ips_qr', false, scan, 'expired'), plain('ips_qr', true, rng.int(60_000, 6 * MINUTE))]
        : [plain('ips_qr', true, scan)];
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: 'ips_qr',
        fulfilment: f,
        attempts,
        later: honestAfter(rng, f, false, basket.amount),
      });
    }
    case 'uplatnica': {
      const { c } = someone(rng, w, ['RS'], 0.4);
      const basket = basketOf(householdPicks(rng, at), rsd, at, true);
      const f = fulfilmentFor(basket, false);
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: 'uplatnica',
        fulfilment: f,
        attempts: [],
        later: transferSteps(rng, 'uplatnica', f, false, 0.8),
      });
    }
    case 'store_pickup': {
      const { c, a } = someone(rng, w, ['RS'], 0.6);
      const basket = basketOf(householdPicks(rng, at), rsd, at, false);
      const store = c.billing.city?.startsWith('Novi Sad')
        ? 'Novi Sad Big'
        : c.billing.city === 'Niš'
          ? 'Niš Forum'
          : c.billing.city === 'Kragujevac'
            ? 'Kragujevac Plaza'
            : rng.pick(STORES.slice(0, 2));
      if (rng.chance(0.5)) {
        const [ready, collected] = fulfilled(rng, 'pickup', false);
        const later: LaterStep[] =
          ready && collected
            ? rng.chance(0.04)
              ? [
                  ready,
                  {
                    type: 'order.cancelled',
                    afterMs: ready.afterMs + rng.int(5, 8) * DAY,
                    reason: 'not_collected',
                  },
                ]
              : [
                  ready,
                  {
                    type: 'payment.succeeded',
                    afterMs: collected.afterMs - 120_000,
                    method: 'placanje_u_radnji',
                  },
                  collected,
                ]
            : [];
        return purchaseOf(rng, {
          kind,
          fraud: false,
          at,
          c,
          basket,
          method: 'placanje_u_radnji',
          fulfilment: 'pickup',
          pickupStore: store,
          attempts: [],
          later,
        });
      }
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: 'kartica',
        fulfilment: 'pickup',
        pickupStore: store,
        ...cardOrder(rng, c, a, basket, 'pickup', false),
      });
    }
    case 'diaspora_gift': {
      const pool = accountsIn(w, ['DE', 'AT', 'CH']);
      const a = pool.length > 0 && rng.chance(0.75) ? rng.pick(pool) : undefined;
      const c = a ? accountCheckout(rng, a) : guestCheckout(rng, rng.pick(['DE', 'AT', 'CH']));
      const family = a?.family ?? addressIn(rng, 'RS');
      const giftName = `${nameIn(rng, 'RS').split(' ')[0]} ${c.buyer.name.split(' ')[1] ?? ''}`.trim();
      const cat = rng.weighted({ tv: 30, white_goods: 30, phone: 20, small_appliance: 12, laptop: 8 });
      const basket = basketOf([[pickFrom(rng, cat), 1]], rsd, at, true);
      const f = fulfilmentFor(basket, false);
      const paypal = rng.chance(0.35);
      const attempts = paypal
        ? [plain('paypal', true, rng.int(30_000, 3 * MINUTE))]
        : honestCard(rng, a?.cards ?? [cardOf(rng, c.billing.country ?? 'DE')], basket.amount);
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: paypal ? 'paypal' : 'kartica',
        fulfilment: f,
        shipping: { ...family, line1: `${family.line1 ?? ''} (za ${giftName})` },
        attempts,
        later: honestAfter(rng, f, false, basket.amount),
      });
    }
    case 'regional_export': {
      const country = rng.weightedPick<string>([
        ['ME', 35],
        ['BA', 45],
        ['MK', 20],
      ]);
      const { c, a } = someone(rng, w, [country], 0.55);
      const basket = basketOf(householdPicks(rng, at), 'EUR', at, true);
      const f: Fulfilment = 'courier';
      const how = rng.weightedPick<Method>([
        ['pouzecem', 50],
        ['kartica', 40],
        ['paypal', 10],
      ]);
      if (how === 'pouzecem')
        return purchaseOf(rng, {
          kind,
          fraud: false,
          at,
          c,
          basket,
          method: how,
          fulfilment: f,
          attempts: [],
          later: codSteps(rng, f, true, 0.06),
        });
      if (how === 'paypal')
        return purchaseOf(rng, {
          kind,
          fraud: false,
          at,
          c,
          basket,
          method: how,
          fulfilment: f,
          attempts: [plain('paypal', true, rng.int(30_000, 3 * MINUTE))],
          later: honestAfter(rng, f, true, basket.amount),
        });
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c,
        basket,
        method: how,
        fulfilment: f,
        ...cardOrder(rng, c, a, basket, f, true),
      });
    }
    case 'business_proforma': {
      const firm = `${rng.pick(['Agro', 'Tehno', 'Medi', 'Inter', 'Graditelj', 'Euro', 'Dunav', 'Sirius', 'Morava'])}${rng.pick(['trade', 'plan', 'kom', 'net', 'ing', 'soft'])} d.o.o.`;
      const { c } = someone(rng, w, ['RS'], 0.3);
      const slug = firm.split(' ')[0]?.toLowerCase() ?? 'firma';
      const buyer = {
        ...c.buyer,
        email: `${rng.pick(['nabavka', 'office', 'info', 'racunovodstvo'])}@${slug}.rs`,
      };
      const desk = deviceOf(rng, 'desktop');
      const cat = rng.weighted({ laptop: 55, phone: 15, tv: 10, small_appliance: 10, white_goods: 10 });
      const basket = basketOf(
        [
          [pickFrom(rng, cat), rng.int(2, 12)],
          ...(rng.chance(0.4) ? [[CATALOGUE.accessory[4], rng.int(2, 10)] as const] : []),
        ],
        rsd,
        at,
        true,
      );
      const f = fulfilmentFor(basket, false);
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at,
        c: {
          ...c,
          buyer: { ...buyer, name: c.buyer.name },
          ip: ipOn(rng, rng.pick(['rs-incumbent-dsl', 'rs-fibre-alt'])),
          device: { ...(desk.id ? { id: desk.id } : {}), userAgent: desk.userAgent },
        },
        basket,
        method: 'predracun',
        fulfilment: f,
        company: { name: firm, pib: `1${rng.digits(8)}` },
        attempts: [],
        later: transferSteps(rng, 'predracun', f, false, 0.92),
      });
    }
    case 'crni_petak_hunter': {
      const t = momentIn(rng, w.window, { rhythm: 'deal', days: campaignDays });
      const roll = rng.next();
      let c: Checkout;
      let a: Account | undefined;
      if (roll < 0.3) ({ c, a } = someone(rng, w, ['RS'], 1));
      else if (roll < 0.8) {
        c = guestCheckout(rng, 'RS');
        c = {
          ...c,
          buyer: { ...c.buyer, id: `k${rng.int(400_000, 499_999)}`, createdAt: t - rng.int(3, 40) * MINUTE },
        };
      } else c = guestCheckout(rng, 'RS');
      const deals = Object.values(CATALOGUE)
        .flat()
        .filter((x) => isDeal(x.sku));
      const basket = basketOf([[rng.pick(deals), 1]], rsd, t, true);
      const f = fulfilmentFor(basket, false);
      const how = rng.weightedPick<Method>([
        ['kartica', 50],
        ['ips_qr', 20],
        ['pouzecem', 30],
      ]);
      if (how === 'pouzecem')
        return purchaseOf(rng, {
          kind,
          fraud: false,
          at: t,
          c,
          basket,
          method: how,
          fulfilment: f,
          attempts: [],
          later: codSteps(rng, f, false, 0.05),
        });
      if (how === 'ips_qr')
        return purchaseOf(rng, {
          kind,
          fraud: false,
          at: t,
          c,
          basket,
          method: how,
          fulfilment: f,
          attempts: [plain('ips_qr', true, rng.int(40_000, 4 * MINUTE))],
          later: honestAfter(rng, f, false, basket.amount),
        });
      return purchaseOf(rng, {
        kind,
        fraud: false,
        at: t,
        c,
        basket,
        method: how,
        fulfilment: f,
        ...cardOrder(rng, c, a, basket, f, false),
      });
    }
  }
}

export { HOUR };
