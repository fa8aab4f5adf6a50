import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  ACCESSORIES,
  APPAREL,
  type Fulfilment,
  GENERAL,
  GIFT_CARD_VALUES,
  giftCard,
  kidSize,
  LIMITED,
  line,
  type Line,
  product,
  sizeRun,
} from './catalogue.js';
import { ipOn, type NetworkName } from './networks.js';
import { type Account, emailFor, newAccount, newCard, newDevice, personName } from './people.js';
import {
  ABROAD,
  type Abroad,
  abroadAddress,
  CA_CITIES,
  cityAddress,
  FORWARDERS,
  STORES,
  US_CITIES,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  honestAfter,
  honestPay,
  HOUR,
  MINUTE,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import {
  afterDrop,
  buyerOf,
  clamp,
  fcfsDrops,
  localeOf,
  localMoment,
  type Plan,
  purchase,
  raffle,
  type World,
} from './world.js';

/** Honest customers, each kind with its weight (shares of honest orders); see README.md for what they look like. */
export const HONEST = {
  regular: 20,
  drop_entrant: 11,
  raffle_winner: 3,
  first_time_buyer: 13,
  gift_shipped_elsewhere: 7,
  egift_card: 3,
  reseller_business: 3,
  international: 8,
  forwarder_abroad: 4,
  traveller: 3,
  tourist_pickup: 2,
  store_pickup: 6,
  shared_network: 5,
  vpn_or_relay: 4,
  card_retry: 4,
  big_basket: 2,
  afterpay: 4,
  accessories_only: 5,
} as const;

export type HonestKind = keyof typeof HONEST;

const pickAccount = (rng: Rng, w: World): Account => rng.pick(w.customers);

const home = (a: Account): Address => ({ ...a.address });

/** A general pair, sometimes a limited restock, and now and then something to wear with it. */
function everyday(rng: Rng, limitedShare = 0.12): Line[] {
  const lines = [line(rng, rng.chance(limitedShare) ? rng.pick(LIMITED.slice(3)) : rng.pick(GENERAL))];
  if (rng.chance(0.3)) lines.push(line(rng, rng.pick(APPAREL)));
  if (rng.chance(0.2)) lines.push(line(rng, rng.pick(ACCESSORIES)));
  return lines;
}

const shipOrExpress = (rng: Rng): Fulfilment => (rng.chance(0.08) ? 'ship_express' : 'ship');

/** What an account-holder's order looks like by default: home network and device, their address. */
function accountPlan(rng: Rng, w: World, kind: string, a: Account): Plan {
  const device = rng.pick(a.devices);
  const billing = home(a);
  return {
    at: localMoment(rng, w, a.home.tz),
    kind,
    fraud: false,
    buyer: buyerOf(a),
    billing,
    shipping: billing,
    fulfilment: shipOrExpress(rng),
    lines: everyday(rng),
    taxRate: a.country === 'US' ? a.home.tax : 0,
    ip: ipOn(rng, rng.chance(0.85) ? a.network : a.country === 'US' ? 'us_mobile' : 'ca_mobile'),
    device,
    checkoutSeconds: rng.logNormal(150, 0.7),
    loyalty: a,
    locale: a.home.state === 'QC' && rng.chance(0.5) ? 'fr-CA' : localeOf(a.country),
    pay: (amount) => honestPay(rng, { cards: a.cards, country: a.country, signedIn: true }, amount),
    after: (amount) => honestAfter(rng, 'ship', amount, a.country !== 'US'),
  };
}

/** A person abroad with their own card and network (a new account or a guest). */
function foreigner(rng: Rng, w: World, a: Abroad, guest: boolean) {
  const name = personName(rng);
  const buyer: Buyer = guest
    ? { email: emailFor(rng, name), name }
    : {
        id: `cus_${rng.digits(9)}`,
        email: emailFor(rng, name),
        name,
        createdAt: w.window.start - Math.floor(rng.float(0, 900) * DAY),
      };
  return { buyer, billing: abroadAddress(rng, a), card: newCard(rng, a.country), net: rng.pick(a.networks) };
}

function planOf(rng: Rng, w: World, kind: HonestKind): Plan {
  const a = pickAccount(rng, w);
  const base = accountPlan(rng, w, kind, a);
  const after = (f: Fulfilment, abroad: boolean) => (amount: number) => honestAfter(rng, f, amount, abroad);
  switch (kind) {
    case 'regular':
      return { ...base, after: after(base.fulfilment, a.country !== 'US') };
    case 'drop_entrant': {
      const d = rng.pick(fcfsDrops(w));
      const early = (a.tier === 'gold' || a.tier === 'black') && rng.chance(0.5);
      const opens = early ? d.at - 15 * MINUTE : d.at;
      const device = rng.chance(0.6)
        ? (a.devices.find((x) => x.userAgent.startsWith('Lacefront/')) ?? newDevice(rng, 'app'))
        : rng.pick(a.devices);
      const lines = [line(rng, product(d.drop.sku))];
      const f: Fulfilment = rng.chance(0.12) ? rng.pick(['pickup_la', 'pickup_ny'] as const) : 'ship';
      return {
        ...base,
        at: afterDrop(rng, w, opens, 75, 0.9),
        lines,
        device,
        fulfilment: f,
        ...(f === 'ship' ? {} : { shipping: undefined, taxRate: f === 'pickup_la' ? 0.095 : 0.08875 }),
        drop: d.drop.id,
        earlyAccess: early,
        checkoutSeconds: rng.logNormal(35, 0.5),
        pay: (amount) => honestPay(rng, { cards: a.cards, country: a.country, signedIn: true }, amount, 0.07),
        after: (amount) => honestAfter(rng, f, amount, a.country !== 'US'),
      };
    }
    case 'raffle_winner': {
      const r = raffle(w);
      const card = rng.pick(a.cards);
      return {
        ...base,
        at: clamp(w, r.at + rng.int(0, 40 * MINUTE)),
        lines: [line(rng, product(r.drop.sku))],
        channel: 'raffle',
        drop: r.drop.id,
        checkoutSeconds: 0,
        device: rng.pick(a.devices),
        pay: () => {
          const t = { entry: 'saved', match: 'good', offSession: true } as const;
          if (!rng.chance(0.08))
            return [cardAttempt(rng, card, { ...t, ok: true, afterMs: rng.int(2000, 9000) })];
          // The winner is e-mailed to update the card and has until the next morning.
          const out: Attempt[] = [
            cardAttempt(rng, card, { ...t, ok: false, decline: 'insufficient_funds', afterMs: 4000 }),
          ];
          if (rng.chance(0.7))
            out.push(
              cardAttempt(rng, a.cards[1] ?? newCard(rng, a.country), {
                ...t,
                entry: 'typed',
                ok: true,
                afterMs: rng.int(1, 16) * HOUR,
              }),
            );
          return out;
        },
        after: after('ship', a.country !== 'US'),
      };
    }
    case 'first_time_buyer': {
      const n = newAccount(rng, w.window.start, 0, 0);
      const guest = rng.chance(0.45);
      const at = localMoment(rng, w, n.home.tz);
      const buyer: Buyer = guest
        ? { email: n.email, name: n.name }
        : { id: n.id, email: n.email, name: n.name, createdAt: at - rng.int(2, 20) * MINUTE };
      return {
        ...accountPlan(rng, w, kind, n),
        at,
        buyer,
        loyalty: undefined,
        lines: everyday(rng, 0.05),
        device: newDevice(rng, rng.pick(['iphone', 'android', 'desktop'] as const)),
        checkoutSeconds: rng.logNormal(260, 0.7),
        pay: (amount) => honestPay(rng, { cards: n.cards, country: n.country, signedIn: !guest }, amount),
        after: after('ship', n.country !== 'US'),
      };
    }
    case 'gift_shipped_elsewhere': {
      const [city, cc] = rng.chance(0.85)
        ? [rng.weightedPick(US_CITIES), 'US' as const]
        : [rng.weightedPick(CA_CITIES), 'CA' as const];
      const kid = rng.chance(0.4);
      const lines = kid
        ? [line(rng, rng.pick(GENERAL.slice(0, 10)), 1, kidSize(rng))]
        : rng.chance(0.7)
          ? everyday(rng, 0.1)
          : [line(rng, giftCard(rng.pick(GIFT_CARD_VALUES.slice(1, 5)), false))];
      const recipient = personName(rng).split(' ')[0] ?? 'you';
      return {
        ...base,
        shipping: cityAddress(rng, city, cc),
        taxRate: cc === 'US' ? city.tax : 0,
        lines,
        giftMessage: rng.pick([
          `Happy birthday ${recipient}!`,
          `Good luck this semester, ${recipient}`,
          `Love, Mom & Dad`,
          `Congrats on the new job!`,
        ]),
        checkoutSeconds: rng.logNormal(300, 0.6),
        after: after('ship', cc !== 'US'),
      };
    }
    case 'egift_card': {
      const value = rng.pick(GIFT_CARD_VALUES.slice(1, 6));
      const recipient = personName(rng);
      return {
        ...base,
        shipping: undefined,
        fulfilment: 'email',
        lines: [line(rng, giftCard(value, true))],
        taxRate: 0,
        recipientEmail: emailFor(rng, recipient),
        giftMessage: 'Enjoy! Pick something fresh.',
        after: after('email', false),
      };
    }
    case 'reseller_business': {
      const item = rng.pick(GENERAL);
      const lines = sizeRun(rng, rng.int(3, 6)).map((s) => line(rng, item, 1, s));
      if (rng.chance(0.4)) lines.push(line(rng, rng.pick(GENERAL), rng.int(2, 4)));
      const company = `${rng.pick(['Sole', 'Kick', 'Heat', 'Grail', 'Box Fresh'])} ${rng.pick(['Exchange', 'Supply', 'Vault', 'Collective'])} LLC`;
      return {
        ...base,
        lines,
        company,
        checkoutSeconds: rng.logNormal(90, 0.5),
        shipping: { ...home(a), line1: `${rng.int(100, 9999)} Commerce Way Unit ${rng.int(1, 40)}` },
        pay: (amount) => honestPay(rng, { cards: a.cards, country: a.country, signedIn: true }, amount, 0.05),
        after: after('ship', a.country !== 'US'),
      };
    }
    case 'international':
    case 'forwarder_abroad': {
      const place = rng.weightedPick(ABROAD.map((x) => [x, x.weight] as const));
      const f = foreigner(rng, w, place, rng.chance(0.4));
      const toForwarder = kind === 'forwarder_abroad';
      const fw = rng.pick(FORWARDERS);
      const shipping: Address = toForwarder
        ? {
            country: fw.country,
            city: fw.city,
            postalCode: fw.postalCode,
            line1: `${fw.line1} Ste ${place.country}${rng.digits(5)}`,
          }
        : f.billing;
      const lines = toForwarder
        ? [line(rng, rng.pick(LIMITED.slice(3)))].concat(
            rng.chance(0.4) ? [line(rng, rng.pick(GENERAL))] : [],
          )
        : everyday(rng, 0.2);
      return {
        ...base,
        at: localMoment(rng, w, place.tz),
        buyer: f.buyer,
        loyalty: undefined,
        billing: f.billing,
        shipping,
        fulfilment: 'ship',
        lines,
        taxRate: 0,
        ip: ipOn(rng, f.net),
        device: newDevice(rng),
        locale: localeOf(place.country),
        checkoutSeconds: rng.logNormal(240, 0.6),
        pay: (amount) =>
          honestPay(
            rng,
            { cards: [f.card], country: place.country, signedIn: f.buyer.id !== undefined },
            amount,
            0.06,
          ),
        after: after('ship', !toForwarder),
      };
    }
    case 'traveller': {
      const place = rng.pick(ABROAD.filter((x) => ['GB', 'FR', 'JP', 'DE', 'NL', 'AU'].includes(x.country)));
      return {
        ...base,
        at: localMoment(rng, w, place.tz),
        ip: ipOn(rng, rng.chance(0.3) ? 'us_mobile' : rng.pick(place.networks)),
        device: rng.pick(a.devices),
        after: after(base.fulfilment, a.country !== 'US'),
      };
    }
    case 'tourist_pickup': {
      const place = rng.weightedPick(ABROAD.map((x) => [x, x.weight] as const));
      const f = foreigner(rng, w, place, true);
      const store = rng.chance(0.6) ? 'pickup_ny' : 'pickup_la';
      const s = STORES[store];
      return {
        ...base,
        at: localMoment(rng, w, s.tz),
        buyer: f.buyer,
        loyalty: undefined,
        billing: f.billing,
        shipping: undefined,
        fulfilment: store,
        taxRate: store === 'pickup_la' ? 0.095 : 0.08875,
        lines: everyday(rng, 0.25),
        ip: ipOn(
          rng,
          rng.chance(0.5) ? rng.pick(place.networks) : rng.pick(['us_fiber', 'us_cable'] as const),
        ),
        device: newDevice(rng, rng.pick(['iphone', 'android'] as const)),
        locale: localeOf(place.country),
        pay: (amount) =>
          honestPay(rng, { cards: [f.card], country: place.country, signedIn: false }, amount, 0.07),
        after: after(store, false),
      };
    }
    case 'store_pickup': {
      const store = a.home.tz === -7 || rng.chance(0.5) ? 'pickup_la' : 'pickup_ny';
      const la = store === 'pickup_la';
      const near = rng.weightedPick(
        US_CITIES.filter(([c]) =>
          la ? c.tz === -7 && c.state === 'CA' : c.state === 'NY' || c.state === 'NJ',
        ),
      );
      const person = {
        ...a,
        country: 'US' as const,
        home: near,
        address: cityAddress(rng, near, 'US'),
        network: a.country === 'US' ? a.network : ('us_cable' as NetworkName),
      };
      const p = accountPlan(rng, w, kind, person);
      return {
        ...p,
        shipping: undefined,
        fulfilment: store,
        taxRate: la ? 0.095 : 0.08875,
        after: after(store, false),
      };
    }
    case 'shared_network': {
      // Dorms on a campus network and phones behind a carrier's NAT: many customers, few addresses.
      const campus = rng.chance(0.4);
      return {
        ...base,
        ip: campus ? ipOn(rng, 'us_campus') : ipOn(rng, a.country === 'CA' ? 'ca_mobile' : 'us_mobile'),
        ...(campus
          ? {
              shipping: {
                ...home(a),
                line1: `${rng.int(2300, 2699)} Durant Ave Rm ${rng.int(100, 499)}`,
                city: 'Berkeley',
                postalCode: '94704',
              },
            }
          : {}),
        after: after(base.fulfilment, a.country !== 'US'),
      };
    }
    case 'vpn_or_relay': {
      const exit = rng.weightedPick<NetworkName>([
        ['us_relay', 4],
        ['us_vpn', 3],
        ['us_datacenter', 1],
        ['ca_datacenter', 1],
        ['nl_datacenter', 1],
        ['de_datacenter', 1],
        ['gb_datacenter', 1],
      ]);
      return { ...base, ip: ipOn(rng, exit), after: after(base.fulfilment, a.country !== 'US') };
    }
    case 'card_retry': {
      const card = rng.pick(a.cards);
      return {
        ...base,
        pay: () => {
          const t = { entry: 'typed', match: 'good' } as const;
          const why = rng.weightedPick<'incorrect_cvc' | 'incorrect_zip' | 'expired_card'>([
            ['incorrect_cvc', 5],
            ['incorrect_zip', 3],
            ['expired_card', 2],
          ]);
          const out = [cardAttempt(rng, card, { ...t, ok: false, decline: why, afterMs: firstAuth(rng) })];
          if (rng.chance(0.3))
            out.push(
              cardAttempt(rng, card, { ...t, ok: false, decline: why, afterMs: rng.int(15_000, 90_000) }),
            );
          if (rng.chance(0.05)) return out;
          const next = why === 'expired_card' ? (a.cards[1] ?? newCard(rng, a.country)) : card;
          out.push(cardAttempt(rng, next, { ...t, ok: true, afterMs: retryGap(rng) }));
          return out;
        },
        after: after(base.fulfilment, a.country !== 'US'),
      };
    }
    case 'big_basket': {
      const lines = [
        ...rng
          .shuffle(LIMITED.slice(3))
          .slice(0, rng.int(1, 3))
          .map((x) => line(rng, x)),
        ...rng
          .shuffle(GENERAL)
          .slice(0, rng.int(1, 3))
          .map((x) => line(rng, x)),
        ...rng
          .shuffle(APPAREL)
          .slice(0, rng.int(1, 3))
          .map((x) => line(rng, x)),
      ];
      return {
        ...base,
        lines,
        checkoutSeconds: rng.logNormal(400, 0.5),
        after: after(base.fulfilment, a.country !== 'US'),
      };
    }
    case 'afterpay': {
      const lines = everyday(rng, 0.15);
      return {
        ...base,
        lines,
        pay: () =>
          rng.chance(0.06)
            ? [
                other('afterpay', false, firstAuth(rng), 'card_declined'),
                other('paypal', true, retryGap(rng)),
              ]
            : [other('afterpay', true, firstAuth(rng))],
        after: after(base.fulfilment, a.country !== 'US'),
      };
    }
    case 'accessories_only': {
      const lines = rng
        .shuffle([...ACCESSORIES, ...APPAREL.filter((x) => x.price < 6000)])
        .slice(0, rng.int(1, 3))
        .map((x) => line(rng, x));
      return { ...base, lines, after: after(base.fulfilment, a.country !== 'US') };
    }
  }
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return purchase(planOf(rng, w, kind));
}
