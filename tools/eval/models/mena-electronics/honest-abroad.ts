import { cardFrom } from './cards.js';
import { everyday, inCategory } from './catalog.js';
import { type Rng } from '../kit/random.js';
import { type MarketCode } from './markets.js';
import { address, networksIn, VPNS } from './networks.js';
import { HOME_COUNTRY, mailbox, nameIn, type Origin } from './people.js';
import { abroad, homeIn } from './places.js';
import { device, type Purchase, when, type Window } from './purchase.js';
import { connect, type Shopper, shopper, shopperOf } from './shoppers.js';
import { finish, gulf } from './honest-kit.js';
import { HOLIDAYS, type World } from './world.js';

/** Honest orders that cross a border: expatriates' home cards, parcels to family, travellers, VPNs, tourists. */

export function expatHomeCard(rng: Rng, _world: World, w: Window): Purchase {
  const m = gulf(rng);
  const origin = rng.weighted({
    indian: 34,
    pakistani: 16,
    filipino: 14,
    british: 14,
    egyptian: 12,
    jordanian: 5,
    lebanese: 5,
  });
  const s = shopperOf(rng, m, w.start, origin);
  const home = HOME_COUNTRY[origin];
  const card = { ...s, card: cardFrom(rng, home) };
  // The bank still has the address back home; many type the one they live at.
  const typesHome = rng.chance(0.45);
  return finish(rng, 'expat_home_card', card, when(rng, w, m), (method) => everyday(rng, m, method), {
    method: 'card',
    billing: typesHome ? abroad(rng, home) : s.home,
    billingMatches: typesHome,
    declineRate: 0.14,
  });
}

export function familyBackHome(rng: Rng, _world: World, w: Window): Purchase {
  // An Egyptian, Jordanian, Moroccan or Turkish worker in the Gulf sends a phone or appliance home.
  const target = rng.weighted({ EG: 55, JO: 20, MA: 12, TR: 13 });
  const origin: Origin =
    target === 'EG' ? 'egyptian' : target === 'JO' ? 'jordanian' : target === 'MA' ? 'moroccan' : 'turkish';
  const live = gulf(rng);
  const s = shopperOf(rng, live, w.start, origin);
  const buyer = { ...s, market: target, card: cardFrom(rng, live) };
  return finish(
    rng,
    'family_back_home',
    buyer,
    when(rng, w, live),
    (method) => everyday(rng, target, method, inCategory('phones', 'appliances', 'laptops', 'tablets')),
    {
      method: rng.chance(0.85) ? 'card' : 'cod',
      shipping: homeIn(rng, target),
      ip: connect(rng, s),
    },
  );
}

export function travellerAbroad(rng: Rng, _world: World, w: Window): Purchase {
  // On holiday in London, Istanbul, Cairo or Tbilisi: hotel Wi-Fi or a local SIM abroad; delivered home.
  const m = gulf(rng);
  const s = shopper(rng, m, w.start);
  const abroadNet = rng.pick(HOLIDAYS);
  return finish(rng, 'traveller_abroad', s, when(rng, w, m), (method) => everyday(rng, m, method), {
    ip: address(rng, abroadNet),
    declineRate: 0.1,
  });
}

export function vpnUser(rng: Rng, _world: World, w: Window): Purchase {
  // VPNs are everyday in the UAE and Qatar (calls) and Turkey (blocked sites).
  const m = rng.weighted({ AE: 50, QA: 12, SA: 12, TR: 16, EG: 10 });
  const s = shopper(rng, m, w.start);
  return finish(rng, 'vpn_user', s, when(rng, w, m), (method) => everyday(rng, m, method), {
    ip: address(rng, rng.pick(VPNS)),
  });
}

export function hotelVisitor(rng: Rng, _world: World, w: Window): Purchase {
  // A tourist in Dubai or Doha: a card from home, delivery to the hotel, roaming (a home IP) or hotel Wi-Fi.
  const m: MarketCode = rng.chance(0.8) ? 'AE' : 'QA';
  const from = rng.weighted({ GB: 30, DE: 15, US: 15, IN: 20, FR: 10, CA: 5, ES: 5 });
  const s = shopper(rng, m, w.start);
  const name = nameIn(rng, from);
  const [first = '', ...rest] = name.split(' ');
  const email = mailbox(
    rng,
    first,
    rest.join(' '),
    rng.pick(['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com']),
  );
  const visitor: Shopper = {
    ...s,
    person: { ...s.person, name, email },
    card: cardFrom(rng, from),
    device: device(rng, from, { app: 0, mweb: 8, desktop: 2 }),
  };
  delete visitor.account;
  const hotel = {
    ...homeIn(rng, m),
    line1: `Room ${rng.int(2, 40)}${rng.digits(2)}, ${rng.pick(['JW Marriott Marquis', 'Rove Downtown', 'Atlantis The Palm', 'Sheraton Grand', 'Hilton Garden Inn'])}`,
  };
  const roaming = networksIn(from, 'mobile', 'broadband');
  return finish(
    rng,
    'hotel_visitor',
    visitor,
    when(rng, w, m),
    (method) => everyday(rng, m, method, inCategory('phones', 'audio', 'watches', 'accessories', 'consoles')),
    {
      method: 'card',
      shipping: hotel,
      billing: abroad(rng, from),
      ip:
        rng.chance(0.5) && roaming.length > 0
          ? address(rng, rng.pick(roaming))
          : address(rng, rng.pick(networksIn(m, 'broadband'))),
      declineRate: 0.12,
    },
  );
}
