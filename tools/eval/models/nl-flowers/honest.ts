import {
  accountBuyer,
  type Address,
  type Buyer,
  DAY,
  HOUR,
  localHour,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliveryDate, momentBetween, officeMoment, seasonalMoment } from './calendar.js';
import {
  basket,
  type Basket,
  CODES,
  CORPORATE,
  deliveryFee,
  giftLines,
  line,
  PLANTS,
  SUBSCRIPTIONS,
  voucher,
  VOUCHER_VALUES,
} from './catalogue.js';
import { homeIp, network, address } from './networks.js';
import { type HeldCard, honestPay, newCard, type Attempt, cardAttempt, other } from './payments.js';
import { type Customer, newDevice } from './people.js';
import { addressIn, type Country, DELIVERY, mailFor, personIn, PLACES } from './places.js';
import { cardMessage, type Courier, honestAfter, type Purchase } from './purchase.js';

/**
 * Honest orders. Nearly every one is a gift delivered to someone else, often in another country; most buyers are
 * guests who order once a year. The awkward ones: last-minute rushes on the 13th and 14th, expats sending flowers
 * home from abroad, secret admirers who sign nothing, companies sending thirty bouquets, subscriptions renewing
 * with no card code and no browser, privacy-minded buyers behind a VPN.
 */

export const HONEST = {
  gift_delivery: 36,
  valentine_rush: 12,
  repeat_customer: 10,
  cross_border_gift: 8,
  sending_home: 6,
  secret_admirer: 4,
  subscription_renewal: 6,
  gift_voucher: 6,
  corporate_gifting: 1.5,
  self_purchase: 8,
  privacy_vpn: 2.5,
} as const;
export type HonestKind = keyof typeof HONEST;

export interface World {
  window: Window;
  customers: Customer[];
}

const tzOf = (c: string) => PLACES[c as Country]?.tz ?? 1;

/** Where a gift goes, for a buyer at home in `from`: mostly the same country. */
function recipientCountry(rng: Rng, from: Country, abroad: boolean): Country {
  if (!abroad && DELIVERY.includes(from)) return from;
  const near: Partial<Record<Country, Country[]>> = {
    NL: ['BE', 'DE', 'ES', 'FR'],
    BE: ['NL', 'FR', 'DE'],
    DE: ['NL', 'AT', 'DK'],
    AT: ['DE'],
    FR: ['BE', 'NL', 'ES'],
    DK: ['DE', 'NL'],
    ES: ['NL', 'DE', 'FR'],
  };
  const choices = (near[from] ?? DELIVERY).filter((c) => c !== from);
  return rng.pick(choices.length > 0 ? choices : DELIVERY);
}

interface GiftPlan {
  at: number;
  buyer: Buyer;
  billing: Address;
  shipTo: Country;
  cards: HeldCard[];
  payCountry: string;
  ip: string;
  device: Purchase['device'];
  locale: string;
  signed?: boolean;
  secret?: boolean;
  lines?: ReturnType<typeof giftLines>;
  sameDay?: boolean;
  code?: string;
  kind: HonestKind;
  signedIn: boolean;
  channel?: Purchase['channel'];
}

/** A flower gift from a plan: the recipient's address, the delivery day, the card, payment and what follows. */
function gift(rng: Rng, g: GiftPlan): Purchase {
  const courier: Courier = PLACES[g.shipTo].courier === 'own' ? 'own' : 'partner';
  const hour = localHour(g.at, 1);
  const sameDay = g.sameDay ?? (courier === 'own' && hour < 14 && rng.chance(0.3));
  const date = deliveryDate(rng, g.at, 1, sameDay);
  const lines = g.lines ?? giftLines(rng, true);
  const b = basket(lines, deliveryFee(courier, sameDay), g.code);
  const p: Purchase = {
    at: g.at,
    fraud: false,
    kind: g.kind,
    basket: b,
    billing: g.billing,
    buyer: g.buyer,
    shipping: addressIn(rng, g.shipTo),
    recipient: { name: personIn(rng, g.shipTo) },
    courier,
    delivery: sameDay
      ? 'same_day'
      : date === new Date(g.at + 25 * HOUR).toISOString().slice(0, 10)
        ? 'next_day'
        : 'chosen_day',
    deliveryDate: date,
    cardMessage: cardMessage(rng, g.signed ?? rng.chance(0.85), g.secret),
    ip: g.ip,
    device: g.device,
    locale: g.locale,
    channel: g.channel ?? (g.device?.userAgent.startsWith('Bloemhuis/') ? 'app' : 'web'),
    attempts: honestPay(rng, { country: g.payCountry, cards: g.cards, signedIn: g.signedIn }, b.amount),
    later: [],
  };
  p.later = honestAfter(rng, p, 1);
  return p;
}

const guest = (rng: Rng, country: Country): Buyer => {
  const name = personIn(rng, country);
  return { email: mailFor(rng, name, country), name };
};

/** A guest at home in `country`: their own address, card, device and home or mobile line. */
function guestPlan(rng: Rng, w: World, country: Country, kind: HonestKind, at?: number): GiftPlan {
  const device = newDevice(rng);
  const mobile = /Mobile|iPhone|Android/.test(device.userAgent) && rng.chance(0.35);
  return {
    at: at ?? seasonalMoment(rng, w.window, tzOf(country)),
    buyer: guest(rng, country),
    billing: addressIn(rng, country),
    shipTo: recipientCountry(rng, country, false),
    cards: [newCard(rng, country)],
    payCountry: country,
    ip: homeIp(rng, country, mobile),
    device,
    locale: PLACES[country].locale,
    kind,
    signedIn: false,
    ...(rng.chance(0.06) ? { code: CODES.season } : {}),
  };
}

/** A signed-in customer: their account, saved cards, one of their devices and lines. */
function accountPlan(rng: Rng, w: World, c: Customer, kind: HonestKind, at?: number): GiftPlan {
  return {
    at: at ?? seasonalMoment(rng, w.window, tzOf(c.country)),
    buyer: accountBuyer(c),
    billing: c.home,
    shipTo: recipientCountry(rng, c.country, rng.chance(0.12)),
    cards: c.cards,
    payCountry: c.country,
    ip: rng.pick(c.ips),
    device: rng.pick(c.devices),
    locale: PLACES[c.country].locale,
    kind,
    signedIn: true,
  };
}

/** The 13th from five in the evening, or the 14th's morning; any evening when the window holds neither. */
function rushMoment(rng: Rng, w: Window): number {
  for (let i = 0; i < 500; i++) {
    const t = Math.floor(rng.float(w.start, w.end));
    const local = new Date(t + HOUR);
    const h = local.getUTCHours();
    if (local.getUTCMonth() !== 1) break;
    if ((local.getUTCDate() === 13 && h >= 17) || (local.getUTCDate() === 14 && h >= 6 && h < 13)) return t;
  }
  return momentBetween(rng, w, 1, 19, 24);
}

const people = (w: World, pred: (c: Customer) => boolean) => w.customers.filter(pred);

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const c0 = rng.pick(people(w, (c) => !c.company));
  switch (kind) {
    case 'gift_delivery': {
      const country = rng.pick<Country>([
        'NL',
        'NL',
        'NL',
        'NL',
        'BE',
        'BE',
        'DE',
        'DE',
        'DE',
        'FR',
        'AT',
        'DK',
        'ES',
      ]);
      return gift(
        rng,
        rng.chance(0.35) && c0 ? accountPlan(rng, w, c0, kind) : guestPlan(rng, w, country, kind),
      );
    }
    case 'valentine_rush': {
      const country = rng.pick<Country>(['NL', 'NL', 'NL', 'BE', 'DE', 'DE', 'FR', 'AT']);
      const g = guestPlan(rng, w, country, kind, rushMoment(rng, w.window));
      g.device = newDevice(rng, 0.85);
      g.ip = homeIp(rng, country, rng.chance(0.5));
      const local = new Date(g.at + HOUR);
      const sameDay = local.getUTCDate() === 14 && PLACES[g.shipTo].courier === 'own';
      return gift(rng, { ...g, sameDay, lines: giftLines(rng, true) });
    }
    case 'repeat_customer':
      return gift(rng, accountPlan(rng, w, c0 ?? rng.pick(w.customers), kind));
    case 'cross_border_gift': {
      const g =
        rng.chance(0.4) && c0
          ? accountPlan(rng, w, c0, kind)
          : guestPlan(rng, w, rng.pick<Country>(['NL', 'BE', 'DE', 'FR', 'DK', 'AT']), kind);
      return gift(rng, { ...g, shipTo: recipientCountry(rng, g.billing.country as Country, true) });
    }
    case 'sending_home': {
      // Living abroad (the UK, the US, Switzerland, or another EU country), sending flowers to family at home.
      const from = rng.pick<Country>(['GB', 'GB', 'US', 'CH', 'ES', 'DE', 'FR']);
      const home = rng.pick<Country>(['NL', 'NL', 'NL', 'BE', 'DE'].filter((c) => c !== from) as Country[]);
      const name = personIn(rng, home);
      const g = guestPlan(rng, w, from, kind);
      const cardFrom = rng.chance(0.35) ? home : from;
      return gift(rng, {
        ...g,
        buyer: { email: mailFor(rng, name, home), name },
        shipTo: home,
        cards: [newCard(rng, cardFrom)],
        payCountry: cardFrom === home ? home : from,
        locale: PLACES[home].locale,
      });
    }
    case 'secret_admirer': {
      const country = rng.pick<Country>(['NL', 'NL', 'BE', 'DE', 'FR']);
      const g = guestPlan(rng, w, country, kind);
      const alias = rng.pick(['geheim', 'anoniem.liefde', 'secret.valentine', 'raadeenswie', 'heimlich']);
      return gift(rng, {
        ...g,
        buyer: {
          ...g.buyer,
          email: `${alias}${rng.int(1, 9999)}@${rng.pick(['gmail.com', 'proton.me', 'outlook.com'])}`,
        },
        signed: false,
        secret: true,
      });
    }
    case 'self_purchase': {
      const g =
        rng.chance(0.5) && c0
          ? accountPlan(rng, w, c0, kind)
          : guestPlan(rng, w, rng.pick<Country>(['NL', 'NL', 'BE', 'DE']), kind);
      const own = g.billing.country as Country;
      if (!DELIVERY.includes(own)) return gift(rng, g);
      const p = gift(rng, { ...g, shipTo: own, lines: [line(rng.pick(PLANTS))], signed: false });
      p.shipping = { ...g.billing };
      p.recipient = { name: g.buyer.name };
      delete p.cardMessage;
      return p;
    }
    case 'privacy_vpn': {
      const country = rng.pick<Country>(['NL', 'NL', 'DE', 'BE']);
      const g = guestPlan(rng, w, country, kind);
      const vpn = network(rng.pick(['nl-hosting', 'de-hosting', 'us-hosting']));
      return gift(rng, { ...g, ip: address(rng, vpn, false), device: newDevice(rng, 0.3) });
    }
    case 'gift_voucher':
      return voucherOrder(rng, w, c0);
    case 'subscription_renewal':
      return renewal(rng, w);
    case 'corporate_gifting':
      return corporate(rng, w);
  }
}

/** An honest e-mailed voucher: €25–€100 mostly, to a friend's address, paid the usual way. */
function voucherOrder(rng: Rng, w: World, c0: Customer | undefined): Purchase {
  const g =
    rng.chance(0.3) && c0
      ? accountPlan(rng, w, c0, 'gift_voucher')
      : guestPlan(rng, w, rng.pick<Country>(['NL', 'NL', 'BE', 'DE', 'FR']), 'gift_voucher');
  const value = rng.weightedPick<number>(
    VOUCHER_VALUES.map((v) => [v, v <= 5000 ? 5 : v <= 10000 ? 3 : 0.6] as const),
  );
  const b = basket([line(voucher(value), rng.chance(0.08) ? 2 : 1)], 0);
  const friend = personIn(rng, g.billing.country as Country);
  const p: Purchase = {
    at: g.at,
    fraud: false,
    kind: 'gift_voucher',
    basket: b,
    billing: g.billing,
    buyer: g.buyer,
    recipient: { name: friend, email: mailFor(rng, friend, g.billing.country as Country) },
    courier: 'email',
    delivery: 'email',
    cardMessage: cardMessage(rng, true),
    ip: g.ip,
    device: g.device,
    locale: g.locale,
    channel: 'web',
    attempts: honestPay(rng, { country: g.payCountry, cards: g.cards, signedIn: g.signedIn }, b.amount),
    later: [],
  };
  p.later = honestAfter(rng, p, 1);
  return p;
}

/** A subscription renewal: charged by the shop at 05:00–06:00 on the saved card, off-session, no browser. */
function renewal(rng: Rng, w: World): Purchase {
  const c = rng.pick(people(w, (x) => x.subscriber && DELIVERY.includes(x.country))) ?? rng.pick(w.customers);
  const at = momentBetween(rng, w.window, 1, 5, 6);
  const shipTo = DELIVERY.includes(c.country) ? c.country : 'NL';
  const courier: Courier = PLACES[shipTo].courier === 'own' ? 'own' : 'partner';
  const b = basket([line(rng.pick(SUBSCRIPTIONS))], courier === 'own' ? 0 : 695);
  const card = rng.pick(c.cards);
  const declined = rng.chance(0.05);
  const attempts: Attempt[] = rng.chance(0.2)
    ? [other('paypal', true, rng.int(2000, 9000))]
    : declined
      ? [
          cardAttempt(rng, card, b.amount, {
            entry: 'off_session',
            ok: false,
            decline: 'insufficient_funds',
            afterMs: 3000,
          }),
          cardAttempt(rng, card, b.amount, {
            entry: 'off_session',
            ok: true,
            afterMs: rng.int(20, 30) * HOUR,
          }),
        ]
      : [cardAttempt(rng, card, b.amount, { entry: 'off_session', ok: true, afterMs: rng.int(2000, 9000) })];
  const p: Purchase = {
    at,
    fraud: false,
    kind: 'subscription_renewal',
    basket: b,
    billing: c.home,
    buyer: accountBuyer(c),
    shipping: { ...c.home, ...(rng.chance(0.15) ? addressIn(rng, shipTo) : {}) },
    recipient: { name: c.name },
    courier,
    delivery: 'chosen_day',
    deliveryDate: new Date(at + HOUR + DAY).toISOString().slice(0, 10),
    locale: PLACES[c.country].locale,
    channel: 'subscription',
    attempts,
    later: [],
  };
  p.later = honestAfter(rng, p, 1);
  return p;
}

/** Staff bouquets: 20–60 at once from a business account, on invoice or the company card, in office hours. */
function corporate(rng: Rng, w: World): Purchase {
  const c = rng.pick(people(w, (x) => x.company !== undefined)) ?? rng.pick(w.customers);
  const at = officeMoment(rng, w.window, 1);
  const drops = rng.int(20, 60);
  const prod = rng.pick(CORPORATE);
  const courier: Courier = c.country === 'NL' || c.country === 'BE' ? 'own' : 'partner';
  const b: Basket = basket(
    [line(prod, drops)],
    deliveryFee(courier, false) * drops,
    rng.chance(0.5) ? CODES.business : undefined,
  );
  const p: Purchase = {
    at,
    fraud: false,
    kind: 'corporate_gifting',
    basket: b,
    billing: c.home,
    buyer: accountBuyer(c),
    shipping: { ...c.home },
    recipient: { name: `${drops} medewerkers (adreslijst)` },
    courier,
    delivery: 'chosen_day',
    deliveryDate: deliveryDate(rng, at, 1, false),
    cardMessage: cardMessage(rng, true),
    ip: rng.pick(c.ips),
    device: rng.pick(c.devices),
    locale: PLACES[c.country].locale,
    channel: 'business_portal',
    ...(c.company ? { company: { ...c.company } } : {}),
    drops,
    attempts: honestPay(
      rng,
      {
        country: c.country,
        cards: c.cards,
        signedIn: true,
        ...(rng.chance(0.65) ? { method: 'invoice' as const } : { method: 'card' as const }),
      },
      b.amount,
      0.02,
    ),
    later: [],
  };
  p.later = honestAfter(rng, p, 1);
  return p;
}
