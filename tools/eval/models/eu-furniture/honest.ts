import { type Rng } from '../kit/random.js';
import { deliverySlot, moment } from './calendar.js';
import { basketOf, line, ofCategory, product, type Category, type Fulfilment } from './catalogue.js';
import { type Draft, honestDevice, honestNetwork, honestPurchase } from './honest-kit.js';
import { familyAbroad, holidayHome, studentRoom, tradeFitOut } from './honest-more.js';
import { customer, type World } from './people.js';
import { type Market, pickMarket } from './places.js';
import { DAY, honestPayment, type Purchase } from './purchase.js';

/** Honest kinds and their weights among honest orders, and the planners for the everyday ones. */

export const HONEST = {
  living_room: 20,
  bedroom_mattress: 15,
  appliance_swap: 13,
  sale_smalls: 18,
  click_and_collect: 10,
  financed_big_ticket: 7,
  trade_fit_out: 5,
  for_family: 5,
  holiday_home_abroad: 4,
  student_room: 3,
} as const;
export type HonestKind = keyof typeof HONEST;

const pickOf = (rng: Rng, ...cats: Category[]) => rng.pick(ofCategory(...cats));

interface Shop {
  kind: HonestKind;
  market: Market;
  lines: (rng: Rng, m: Market) => ReturnType<typeof line>[];
  fulfilment: (rng: Rng) => Fulfilment;
  assembly: number;
  /** Days to the soonest slot. */
  soonest?: number;
  returning?: number;
}

function everyday(rng: Rng, w: World, s: Shop): Purchase {
  const at = moment(rng, w.window, s.market, 'home');
  const person = customer(rng, w, s.market, at, s.returning ?? 0.5);
  const lines = s.lines(rng, s.market);
  const fulfilment = s.fulfilment(rng);
  const basket = basketOf(lines, s.market, fulfilment, { assembly: rng.chance(s.assembly) });
  const slot = fulfilment === 'two_person' ? deliverySlot(rng, at, s.market, s.soonest ?? 3) : undefined;
  const handover = slot?.from ?? at + rng.int(2, 5) * DAY;
  const d: Draft = {
    at,
    kind: s.kind,
    person,
    basket,
    fulfilment,
    attempts: honestPayment(
      rng,
      { cards: person.cards, market: s.market, signedIn: Boolean(person.id) },
      basket.amount,
      {
        at,
        handover,
        ...(fulfilment === 'collect' ? { without: ['cod'] } : {}),
      },
    ),
    network: honestNetwork(rng, person),
    device: honestDevice(rng, person),
    ...(slot ? { slot } : {}),
    ...(fulfilment === 'collect' ? { warehouse: person.city.warehouse ?? 'central' } : {}),
  };
  return honestPurchase(rng, d);
}

const twoPerson = (): Fulfilment => 'two_person';

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const market = pickMarket(rng);
  switch (kind) {
    case 'living_room':
      return everyday(rng, w, {
        kind,
        market,
        assembly: 0.5,
        fulfilment: twoPerson,
        lines: (r, m) => [
          line(r, pickOf(r, 'sofa', 'wardrobe', 'dining', 'storage'), m),
          ...(r.chance(0.5)
            ? [line(r, pickOf(r, 'textile', 'lighting', 'decor', 'storage'), m, r.int(1, 2))]
            : []),
          ...(r.chance(0.2) ? [line(r, product('DIN-CHAIR-VERA'), m, r.int(1, 3))] : []),
        ],
      });
    case 'bedroom_mattress':
      return everyday(rng, w, {
        kind,
        market,
        assembly: 0.4,
        fulfilment: twoPerson,
        lines: (r, m) =>
          r.chance(0.45)
            ? [
                line(r, pickOf(r, 'bed'), m),
                line(r, pickOf(r, 'mattress'), m),
                ...(r.chance(0.4) ? [line(r, product('TEX-PILLOW-2'), m)] : []),
              ]
            : [
                line(r, pickOf(r, 'mattress'), m, r.chance(0.15) ? 2 : 1),
                ...(r.chance(0.5) ? [line(r, product('TEX-DUVET'), m)] : []),
              ],
      });
    case 'appliance_swap':
      return everyday(rng, w, {
        kind,
        market,
        assembly: 0.6,
        soonest: 1,
        returning: 0.45,
        fulfilment: twoPerson,
        lines: (r, m) => [line(r, pickOf(r, 'appliance'), m, 1, 0.3)],
      });
    case 'sale_smalls':
      return everyday(rng, w, {
        kind,
        market,
        assembly: 0,
        returning: 0.55,
        fulfilment: () => 'parcel',
        lines: (r, m) =>
          Array.from({ length: r.int(1, 5) }, () =>
            line(r, pickOf(r, 'textile', 'lighting', 'decor', 'office'), m, r.chance(0.2) ? 2 : 1, 0.7),
          ),
      });
    case 'click_and_collect':
      return everyday(rng, w, {
        kind,
        market,
        assembly: 0,
        fulfilment: () => 'collect',
        lines: (r, m) => [
          line(r, pickOf(r, 'storage', 'office', 'mattress', 'dining', 'appliance'), m),
          ...(r.chance(0.5) ? [line(r, pickOf(r, 'textile', 'decor', 'lighting'), m, r.int(1, 3))] : []),
        ],
      });
    case 'financed_big_ticket':
      return financed(rng, w, market);
    case 'trade_fit_out':
      return tradeFitOut(rng, w);
    case 'for_family':
      return familyAbroad(rng, w);
    case 'holiday_home_abroad':
      return holidayHome(rng, w);
    case 'student_room':
      return studentRoom(rng, w);
  }
}

/** A kitchen or a room set on a financing plan (cards with instalments where the banks offer them). */
function financed(rng: Rng, w: World, market: Market): Purchase {
  const at = moment(rng, w.window, market, 'home');
  const person = customer(rng, w, market, at, 0.4);
  const lines = rng.chance(0.5)
    ? [line(rng, rng.pick(ofCategory('kitchen')), market, 1, 0.3)]
    : [
        line(rng, pickOf(rng, 'sofa'), market),
        line(rng, pickOf(rng, 'bed'), market),
        line(rng, pickOf(rng, 'wardrobe'), market),
        line(rng, pickOf(rng, 'mattress'), market),
      ];
  const basket = basketOf(lines, market, 'two_person', { assembly: true });
  const slot = deliverySlot(rng, at, market, 7);
  const only =
    market === 'GR' || market === 'RO'
      ? (['card', 'instalments'] as const)
      : (['instalments', 'klarna', 'card'] as const);
  const attempts = honestPayment(
    rng,
    { cards: person.cards, market, signedIn: Boolean(person.id) },
    basket.amount,
    {
      at,
      only,
      declineShare: 0.12,
      handover: slot.from,
    },
  );
  return honestPurchase(rng, {
    at,
    kind: 'financed_big_ticket',
    person,
    basket,
    fulfilment: 'two_person',
    attempts,
    network: person.homeNet,
    device: honestDevice(rng, person),
    slot,
  });
}
