import { cardFrom } from './cards.js';
import {
  basketOf,
  bySku,
  DEALS,
  everyday,
  FLAGSHIPS,
  giftCards,
  inCategory,
  line,
  product,
  RESALEABLE,
} from './catalog.js';
import { type Rng } from '../kit/random.js';
import { address, networksIn } from './networks.js';
import { homeIn, officeIn } from './places.js';
import { device, MIN, type Purchase, userId, when, type Window } from './purchase.js';
import { connect, type Shopper, shopper } from './shoppers.js';
import { expatHomeCard, familyBackHome, hotelVisitor, travellerAbroad, vpnUser } from './honest-abroad.js';
import { finish, market, saleMoment } from './honest-kit.js';
import { type World } from './world.js';

/** The honest populations, their shares of honest orders, and the planners of those at home. */

export const HONEST = {
  everyday_local: 30,
  loyal_repeat: 7,
  white_friday_deal: 13,
  expat_home_card: 8,
  family_back_home: 4,
  gift_delivery: 4,
  corporate_bulk: 1,
  traveller_abroad: 3,
  vpn_user: 6,
  shared_household: 5,
  office_network: 3,
  big_first_order: 4,
  small_reseller: 1.2,
  declined_card_retry: 4,
  hotel_visitor: 2,
  gift_card_codes: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

function everydayLocal(rng: Rng, _world: World, w: Window): Purchase {
  const m = market(rng);
  const s = shopper(rng, m, w.start);
  return finish(rng, 'everyday_local', s, when(rng, w, m), (method) => everyday(rng, m, method));
}

function loyalRepeat(rng: Rng, world: World, w: Window): Purchase {
  const s = rng.pick(world.loyal);
  return finish(rng, 'loyal_repeat', s, when(rng, w, s.market), (method) => everyday(rng, s.market, method));
}

function whiteFridayDeal(rng: Rng, _world: World, w: Window): Purchase {
  const m = market(rng);
  const s = shopper(rng, m, w.start);
  const fresh = rng.chance(0.3);
  const at = saleMoment(rng, w, m);
  const who = fresh
    ? { ...s, account: { id: userId(rng), createdAt: at - Math.floor(rng.float(2, 120) * MIN) } }
    : s;
  const [sku, off] = rng.pick(DEALS);
  return finish(rng, 'white_friday_deal', who, at, (method) => {
    const lines = [line(bySku(sku), m, rng.chance(0.12) ? 2 : 1, off)];
    if (rng.chance(0.3)) lines.push(line(product(rng, inCategory('accessories', 'audio')), m));
    return basketOf(lines, m, method);
  });
}

function giftDelivery(rng: Rng, _world: World, w: Window): Purchase {
  const m = market(rng);
  const s = shopper(rng, m, w.start);
  return finish(
    rng,
    'gift_delivery',
    s,
    when(rng, w, m),
    (method) => everyday(rng, m, method, inCategory('phones', 'watches', 'audio', 'appliances')),
    {
      shipping: homeIn(rng, m),
    },
  );
}

function sharedHousehold(rng: Rng, world: World, w: Window): Purchase {
  // Family members share the living-room laptop or an iPad and the home Wi-Fi; some pay with a spouse's card.
  const h = rng.pick(world.households);
  const member = rng.pick(h.members);
  const s: Shopper = {
    ...member,
    device: rng.chance(0.6) ? h.sharedDevice : member.device,
    homeIp: h.homeIp,
    home: h.home,
    card: rng.chance(0.3) ? h.sharedCard : member.card,
  };
  return finish(
    rng,
    'shared_household',
    s,
    when(rng, w, s.market),
    (method) => everyday(rng, s.market, method),
    {
      ip: rng.chance(0.75) ? h.homeIp : connect(rng, s),
    },
  );
}

function officeNetwork(rng: Rng, world: World, w: Window): Purchase {
  const o = rng.pick(world.offices);
  const s = shopper(rng, o.market, w.start);
  const at = when(rng, w, o.market);
  return finish(rng, 'office_network', s, at, (method) => everyday(rng, o.market, method), {
    ip: rng.pick(o.ips),
    shipping: rng.chance(0.5) ? o.address : s.home,
  });
}

function bigFirstOrder(rng: Rng, _world: World, w: Window): Purchase {
  const m = market(rng);
  const s = shopper(rng, m, w.start);
  const at = when(rng, w, m);
  const fresh = {
    ...s,
    account: { id: userId(rng), createdAt: at - Math.floor(rng.float(3, 90) * MIN) },
  };
  return finish(rng, 'big_first_order', fresh, at, (method) => everyday(rng, m, method, FLAGSHIPS), {
    declineRate: 0.12,
  });
}

function declinedCardRetry(rng: Rng, _world: World, w: Window): Purchase {
  const m = market(rng);
  const s = shopper(rng, m, w.start);
  return finish(rng, 'declined_card_retry', s, when(rng, w, m), (method) => everyday(rng, m, method), {
    method: 'card',
    declineRate: 1,
  });
}

function giftCardCodes(rng: Rng, _world: World, w: Window): Purchase {
  const m = rng.weighted({ AE: 40, SA: 35, KW: 10, QA: 8, EG: 7 });
  const s = shopper(rng, m, w.start);
  return finish(
    rng,
    'gift_card_codes',
    s,
    when(rng, w, m),
    () => giftCards(rng, m, rng.chance(0.8) ? 1 : rng.int(2, 3)),
    { method: 'card', shipping: null },
  );
}

function corporateBulk(rng: Rng, _world: World, w: Window): Purchase {
  const m = rng.weighted({ AE: 45, SA: 35, QA: 8, KW: 7, EG: 5 });
  const office = officeIn(rng, m);
  const s = shopper(rng, m, w.start);
  const domain = `${rng.pick(['alnoor', 'gulfstar', 'tamkeen', 'bayan', 'almadar', 'sahel'])}-${rng.pick(['group', 'trading', 'contracting', 'tech'])}.com`;
  const buyer: Shopper = {
    ...s,
    person: { ...s.person, email: `${rng.pick(['procurement', 'it', 'admin', 'purchasing'])}@${domain}` },
    device: device(rng, m, { app: 0, mweb: 0, desktop: 1 }),
    card: cardFrom(rng, m, { commercial: true }),
    home: office,
  };
  const at = when(rng, w, m);
  return finish(
    rng,
    'corporate_bulk',
    buyer,
    at,
    (method) => {
      const main = product(rng, inCategory('laptops', 'phones', 'tablets'));
      return basketOf(
        [line(main, m, rng.int(3, 12)), line(bySku('LOG-MXM3S'), m, rng.int(0, 1) + 2)],
        m,
        method,
      );
    },
    {
      method: 'card',
      ip: address(rng, rng.pick(networksIn(m, 'broadband').concat(networksIn(m, 'hosting')))),
      declineRate: 0.12,
    },
  );
}

function smallReseller(rng: Rng, _world: World, w: Window): Purchase {
  // A phone shop in Deira, Hawalli or Nasr City buys deal stock to resell.
  const m = rng.weighted({ AE: 40, KW: 15, SA: 20, EG: 25 });
  const s = shopper(rng, m, w.start);
  const item = rng.pick(RESALEABLE);
  return finish(
    rng,
    'small_reseller',
    s,
    saleMoment(rng, w, m),
    (method) => basketOf([line(item, m, rng.int(2, 6))], m, method),
    { shipping: officeIn(rng, m), declineRate: 0.15 },
  );
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, world: World, w: Window) => Purchase>> = {
  everyday_local: everydayLocal,
  loyal_repeat: loyalRepeat,
  white_friday_deal: whiteFridayDeal,
  expat_home_card: expatHomeCard,
  family_back_home: familyBackHome,
  gift_delivery: giftDelivery,
  corporate_bulk: corporateBulk,
  traveller_abroad: travellerAbroad,
  vpn_user: vpnUser,
  shared_household: sharedHousehold,
  office_network: officeNetwork,
  big_first_order: bigFirstOrder,
  small_reseller: smallReseller,
  declined_card_retry: declinedCardRetry,
  hotel_visitor: hotelVisitor,
  gift_card_codes: giftCardCodes,
};

/** One honest order of `kind`. */
export const honest = (rng: Rng, world: World, w: Window, kind: HonestKind): Purchase =>
  PLANNERS[kind](rng, world, w);
