import { type Rng } from '../kit/random.js';
import { bill, groceryLines, linesOf } from './basket.js';
import { drawTime, HOUSEHOLD_HOURS, MORNING_HOURS, OFFICE_HOURS } from './calendar.js';
import { GIFT_DENOMINATIONS, giftCard, type Line } from './catalog.js';
import { newCard } from './cards.js';
import { newDevice } from './devices.js';
import { buyerOf } from './honest-kit.js';
import { delivery } from './delivery.js';
import { personalEmail, personName } from './names.js';
import { draw, network } from './networks.js';
import { customer, type World } from './people.js';
import { addressIn, pickCity } from './places.js';
import { cardAttempt, firstAuth, otherAttempt, type Purchase } from './purchase.js';

/** The honest kinds that bend the usual delivery: other people's addresses, other networks, other payers. */

/** A grown child orders for a parent in another city (or province): billing and delivery far apart. */
export function forParents(rng: Rng, w: World): Purchase {
  const withParent = w.of('household').filter((c) => c.parent);
  const c = rng.pick(withParent.length > 0 ? withParent : w.of('household'));
  const parent = c.parent ?? { name: c.name, address: addressIn(rng, pickCity(rng), false) };
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const city = pickCity(rng);
  const lines = groceryLines(rng, {
    items: rng.int(6, 18),
    province: city.province,
    holiday: rng.chance(0.25),
  });
  const basket = bill(lines, city.province, 'delivery');
  return delivery(rng, { kind: 'for_parents', customer: c, at, basket, shipping: { ...parent.address } });
}

/** Students: small baskets from residence or campus, the card billed to the family home, tight balances. */
export function student(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.of('student'));
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const lines = groceryLines(rng, { items: rng.int(3, 11), province: c.province, alcohol: rng.chance(0.12) });
  return delivery(rng, {
    kind: 'student',
    customer: c,
    at,
    basket: bill(lines, c.province, 'delivery'),
    declineShare: 0.11,
  });
}

/** Seniors ordering for themselves: mornings, an older computer or tablet, typed cards, typos in the CVC. */
export function senior(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.of('senior'));
  const at = drawTime(rng, w.window, c.tz, MORNING_HOURS);
  const lines = groceryLines(rng, { items: rng.int(5, 16), province: c.province, alcohol: rng.chance(0.1) });
  return delivery(rng, {
    kind: 'senior',
    customer: c,
    at,
    basket: bill(lines, c.province, 'delivery'),
    declineShare: 0.08,
  });
}

/** Office lunch: platters and drinks on the company card, ordered from the office network. */
export function officeLunch(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.of('office'));
  let at = drawTime(rng, w.window, c.tz, OFFICE_HOURS);
  for (let i = 0; i < 20 && [0, 6].includes(new Date(at + c.tz * 3_600_000).getUTCDay()); i++)
    at = drawTime(rng, w.window, c.tz, OFFICE_HOURS);
  const people = rng.int(8, 40);
  const lines = linesOf(rng, [
    [
      rng.pick(['PL-SAN', 'PL-SUS']),
      Math.max(1, Math.round(people / 12)),
      Math.max(1, Math.round(people / 8)),
    ],
    [rng.pick(['PL-VEG', 'PL-FRU']), 1, 2],
    ['SN-POP', 1, 4],
    ...(rng.chance(0.4) ? [['BK-SHB', 1, 3] as const] : []),
  ]);
  const p = delivery(rng, {
    kind: 'office_lunch',
    customer: c,
    at,
    basket: bill(lines, c.province, 'delivery'),
    match: rng.chance(0.3) ? 'moved' : 'good',
  });
  if (p.slot) p.slot = { from: at + 2 * 3_600_000, to: at + 3 * 3_600_000 };
  return p;
}

/** Guests: no account, a typed card, PayPal or a wallet; sometimes a first try at the store. */
export function guest(rng: Rng, w: World): Purchase {
  const c = customer(rng, 'household', w.window.start);
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const lines = groceryLines(rng, { items: rng.int(4, 16), province: c.province, alcohol: rng.chance(0.2) });
  return delivery(rng, {
    kind: 'guest_checkout',
    customer: c,
    at,
    basket: bill(lines, c.province, 'delivery'),
    buyer: buyerOf(c, false),
  });
}

/** eGift cards for teachers, a sister, a neighbour: e-mailed to someone else, no delivery. */
export function giftCards(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.of('household'));
  const at = drawTime(rng, w.window, c.tz, HOUSEHOLD_HOURS);
  const value = rng.pick(GIFT_DENOMINATIONS.slice(0, 4));
  const lines: Line[] = [
    {
      ...giftCard(value),
      quantity: rng.weightedPick<number>([
        [1, 70],
        [2, 15],
        [3, 8],
        [6, 7],
      ]),
    },
  ];
  const recipient = personalEmail(rng, personName(rng, c.person.french));
  const basket = bill(lines, c.province, 'email');
  return delivery(rng, {
    kind: 'gift_cards',
    customer: c,
    at,
    basket,
    how: 'email',
    giftRecipient: recipient,
    later: [],
  });
}

/**
 * Ordering from abroad: snowbirds in Florida or Arizona having groceries sent home for a house-sitter or the
 * kids, and family abroad (India, the Philippines, France, the UK) ordering for parents in Canada with a card
 * from their own country.
 */
export function abroad(rng: Rng, w: World): Purchase {
  const snowbird = rng.chance(0.5);
  if (snowbird) {
    const c = rng.pick([...w.of('senior'), ...w.of('household')]);
    const net = network(rng.pick(['us-florida-cable', 'us-arizona-cable', 'us-mobile']));
    const at = drawTime(rng, w.window, -5, HOUSEHOLD_HOURS);
    const lines = groceryLines(rng, { items: rng.int(5, 14), province: c.province });
    const session = { network: net, ip: draw(rng, net), device: rng.pick(c.devices) };
    return delivery(rng, {
      kind: 'from_abroad',
      customer: c,
      at,
      basket: bill(lines, c.province, 'delivery'),
      session,
    });
  }
  const country = rng.pick(['IN', 'PH', 'FR', 'GB']);
  const net = network(
    { IN: 'india-mobile', PH: 'philippines-broadband', FR: 'france-fibre', GB: 'uk-broadband' }[country] ??
      'uk-broadband',
  );
  const c = customer(rng, 'household', w.window.start);
  c.billing = {
    country,
    city: { IN: 'Pune', PH: 'Quezon City', FR: 'Lyon', GB: 'Leeds' }[country] ?? 'Leeds',
    postalCode: rng.digits(5),
    line1: `${rng.int(1, 200)} ${rng.pick(['Station Road', 'Rue Garibaldi', 'MG Road', 'Katipunan Ave'])}`,
  };
  const parent = addressIn(rng, c.city, rng.chance(0.3));
  const card = newCard(rng, 'foreign', country);
  const at = drawTime(rng, w.window, { IN: 5.5, PH: 8, FR: 1, GB: 0 }[country] ?? 0, HOUSEHOLD_HOURS);
  const lines = groceryLines(rng, { items: rng.int(6, 18), province: c.province, holiday: rng.chance(0.3) });
  const session = {
    network: net,
    ip: draw(rng, net),
    device: newDevice(rng, rng.chance(0.5) ? 'android_app' : 'desktop', c.person.french),
  };
  const attempts = rng.chance(0.3)
    ? [otherAttempt('paypal', true, firstAuth(rng))]
    : [cardAttempt(rng, card, true, 'typed', 'good', firstAuth(rng))];
  return delivery(rng, {
    kind: 'from_abroad',
    customer: c,
    at,
    basket: bill(lines, c.province, 'delivery'),
    session,
    shipping: parent,
    attempts,
  });
}
