import { type Rng } from '../kit/random.js';
import {
  assemble,
  device,
  freshBuyer,
  localeOf,
  ownDevice,
  payer,
  type Plan,
  signedIn,
  someone,
  when,
  type World,
} from './build.js';
import { newCard } from './cards.js';
import { type Category, line, type Line } from './catalogue.js';
import { ipOn, type NetKind } from './networks.js';
import { nameIn, relayEmail } from './people.js';
import { addressIn, type Market, MARKET_LIST, MARKETS } from './places.js';
import { cardAttempt, firstAuth, honestPay, type Purchase, retryGap } from './purchase.js';
import { type Decline } from './cards.js';
import { honestMore } from './honest-more.js';

/** The honest customers, with their weights among honest orders (README.md has what each looks like). */
export const HONEST = {
  repeat_customer: 25,
  christmas_gift: 14,
  new_customer_freemail: 9,
  wine_club_renewal: 7,
  collector: 6,
  shop_pickup: 5,
  corporate_gifts: 5,
  expat_diaspora: 5,
  declined_then_retry: 4,
  traveller: 4,
  vpn_privacy_relay: 4,
  mobile_carrier_nat: 3,
  family_shared_device: 3,
  en_primeur_buyer: 3,
  international_collector: 3,
  big_one_off: 3,
  campus_network: 2,
  forwarder_user: 1.5,
} as const;
export type HonestKind = keyof typeof HONEST;

const everyday = (rng: Rng): Line[] => {
  const out: Line[] = [];
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) {
    const c = rng.weighted<Category>({
      everyday: 40,
      mixed_case: 22,
      champagne: 18,
      magnum: 6,
      cognac: 6,
      gift_box: 8,
    } as Record<Category, number>);
    out.push(
      line(rng, c, c === 'everyday' ? rng.pick([3, 6, 6, 12]) : c === 'champagne' ? rng.int(1, 6) : 1),
    );
  }
  return out;
};

const gifts = (rng: Rng): Line[] => [
  line(rng, rng.pick(['gift_box', 'gift_box', 'champagne', 'cognac', 'magnum'] as const), rng.int(1, 2)),
];

const fine = (rng: Rng): Line[] => {
  const out = [
    line(
      rng,
      rng.weighted({ grand_cru: 55, rare_vintage: 20, allocation: 15, magnum: 10 }),
      rng.pick([1, 1, 3, 6, 6, 12]),
    ),
  ];
  if (rng.chance(0.3)) out.push(line(rng, 'champagne', rng.int(2, 6)));
  return out;
};

/** A home-country network for `c`: mostly the home line, sometimes the phone. */
const homeIp = (rng: Rng, country: string, mobile = 0.3): string =>
  ipOn(rng, country, rng.chance(mobile) ? 'mobile' : 'home');

const weightsOf = (list: readonly Market[]) => list.map((m) => [m, MARKETS[m].weight] as const);

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const base = (
    c: ReturnType<typeof someone>,
    at: number,
    lines: Line[],
    more: Partial<Plan> = {},
  ): Plan => ({
    kind,
    fraud: false,
    at,
    buyer: signedIn(c),
    billing: c.home,
    shipping: c.home,
    fulfilment: 'courier',
    lines,
    ip: homeIp(rng, c.market),
    device: ownDevice(rng, c),
    locale: localeOf(c.market),
    pay: (amount) => honestPay(rng, payer(c.cards, c.market, true), amount),
    ...more,
  });
  switch (kind) {
    case 'repeat_customer': {
      const c = someone(rng, w);
      return assemble(rng, base(c, when(rng, w, c.market), everyday(rng)));
    }
    case 'christmas_gift': {
      const c = someone(rng, w);
      const known = rng.chance(0.6);
      const at = when(rng, w, c.market);
      const buyer = known ? signedIn(c) : freshBuyer(rng, c.market, at, { guest: rng.chance(0.5) });
      const to = {
        ...addressIn(rng, rng.chance(0.85) ? 'FR' : rng.pick(['BE', 'DE', 'GB', 'CH'] as Market[])),
      };
      return assemble(
        rng,
        base(c, at, gifts(rng), {
          buyer,
          shipping: to,
          giftNote: rng.pick([
            'Joyeux Noël !',
            'Bonnes fêtes, avec toute notre affection',
            'Merci pour tout — Santé !',
            'Happy Christmas!',
          ]),
          pay: (amount) => honestPay(rng, payer(c.cards, c.market, known), amount),
        }),
      );
    }
    case 'new_customer_freemail': {
      const m = rng.weightedPick(weightsOf(MARKET_LIST.filter((x) => MARKETS[x].eu)));
      const at = when(rng, w, m);
      const buyer = freshBuyer(rng, m, at, { guest: rng.chance(0.35) });
      const home = addressIn(rng, m);
      const card = newCard(rng, m);
      return assemble(rng, {
        kind,
        fraud: false,
        at,
        buyer,
        billing: home,
        shipping: home,
        fulfilment: 'courier',
        lines: everyday(rng),
        ip: homeIp(rng, m, 0.45),
        device: device(rng),
        locale: localeOf(m),
        promo: rng.chance(0.4) ? { code: 'BIENVENUE10', percent: 10 } : undefined,
        pay: (amount) => honestPay(rng, payer([card], m, false), amount),
      });
    }
    case 'collector': {
      const c = someone(rng, w, ['FR', 'BE', 'LU', 'CH', 'GB', 'DE']);
      const keep = rng.chance(0.35);
      return assemble(
        rng,
        base(c, when(rng, w, c.market), fine(rng), {
          ...(keep ? { fulfilment: 'in_bond' as const, shipping: undefined } : {}),
          pay: (amount) => honestPay(rng, payer(c.cards, c.market, true), amount),
        }),
      );
    }
    case 'en_primeur_buyer': {
      const c = someone(rng, w, ['FR', 'BE', 'CH', 'GB', 'HK', 'SG']);
      const lines = [line(rng, 'en_primeur', rng.pick([1, 1, 2, 3]))];
      return assemble(
        rng,
        base(c, when(rng, w, c.market), lines, { fulfilment: 'en_primeur', shipping: undefined }),
      );
    }
    case 'shop_pickup': {
      const c = someone(rng, w, ['FR']);
      const local = { ...c, home: addressIn(rng, 'FR', 'Bordeaux') };
      return assemble(
        rng,
        base(local, when(rng, w, 'FR'), everyday(rng), {
          billing: local.home,
          fulfilment: 'pickup',
          shipping: undefined,
        }),
      );
    }
    case 'declined_then_retry': {
      const c = someone(rng, w);
      const at = when(rng, w, c.market);
      return assemble(
        rng,
        base(c, at, rng.chance(0.5) ? everyday(rng) : fine(rng), {
          pay: (amount) => {
            const card = rng.pick(c.cards);
            const why = rng.pick<Decline>([
              'insufficient_funds',
              'authentication_failed',
              'incorrect_cvc',
              'card_velocity_exceeded',
              'expired_card',
            ]);
            const first = cardAttempt(rng, card, amount, {
              ok: false,
              decline: why,
              afterMs: firstAuth(rng),
            });
            const same = why === 'authentication_failed' || why === 'incorrect_cvc';
            const next = same ? card : (c.cards.find((x) => x !== card) ?? newCard(rng, c.market));
            const tries = [first];
            if (!same && rng.chance(0.3))
              tries.push(cardAttempt(rng, card, amount, { ok: false, decline: why, afterMs: retryGap(rng) }));
            tries.push(cardAttempt(rng, next, amount, { ok: true, afterMs: retryGap(rng) }));
            return tries;
          },
        }),
      );
    }
    case 'traveller': {
      const c = someone(rng, w, ['FR', 'BE']);
      const away = rng.pick<Market>(['CH', 'GB', 'US', 'HK', 'SG', 'JP', 'DE', 'NL']);
      const kindOfNet: NetKind = rng.chance(0.55) ? 'home' : rng.pick<NetKind>(['mobile', 'hosting']);
      return assemble(
        rng,
        base(c, when(rng, w, away), rng.chance(0.6) ? gifts(rng) : everyday(rng), {
          ip: ipOn(rng, away, kindOfNet),
        }),
      );
    }
    case 'vpn_privacy_relay': {
      const c = someone(rng, w, ['FR', 'BE', 'DE', 'NL', 'CH', 'GB']);
      const at = when(rng, w, c.market);
      const fresh = rng.chance(0.5);
      const buyer = fresh
        ? freshBuyer(rng, c.market, at, { email: relayEmail(rng), name: c.name })
        : signedIn(c);
      const exit = rng.pick(['NL', 'DE', 'CH', 'US', 'SG'] as const);
      return assemble(
        rng,
        base(c, at, everyday(rng), {
          buyer,
          ip: ipOn(rng, exit, exit === 'CH' ? 'home' : 'hosting'),
          pay: (amount) => honestPay(rng, payer(c.cards, c.market, !fresh), amount),
        }),
      );
    }
    default:
      return honestMore(rng, w, kind, { base, everyday, gifts, fine, homeIp });
  }
}

export type Helpers = {
  base: (c: ReturnType<typeof someone>, at: number, lines: Line[], more?: Partial<Plan>) => Plan;
  everyday: (rng: Rng) => Line[];
  gifts: (rng: Rng) => Line[];
  fine: (rng: Rng) => Line[];
  homeIp: (rng: Rng, country: string, mobile?: number) => string;
};

export { nameIn };
