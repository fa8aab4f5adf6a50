import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { momentIn, NIGHT } from './calendar.js';
import { newCard } from './cards.js';
import { type Category, linesOf } from './catalogue.js';
import { fraudAfter, stolenAttempts, stolenCards } from './fraud-kit.js';
import { ipOn, type NetworkName } from './networks.js';
import { emailFor, fullName, newDevice, townFor } from './people.js';
import { abroadAddress, EXPORT_TOWNS, FORWARDERS, homeIn, SANCTIONED_TOWNS } from './places.js';
import { cardAttempt, type Purchase } from './purchase.js';
import { assemble, type World } from './world.js';

/**
 * Parts for export to Russia and Belarus, and buyers on Iranian networks: shipped straight there, to a British
 * forwarder, or along the transit routes (the Caucasus, Central Asia, the Gulf, Turkey). Every one touches a
 * sanctioned country by its network, billing, delivery address or card; the only kind that does.
 */

const EXPORT_GOODS: ReadonlyArray<readonly [Category, number]> = [
  ['ecu', 25],
  ['turbo', 20],
  ['headlight', 20],
  ['diagnostic', 20],
  ['catalytic_converter', 10],
  ['brake', 5],
];

type Route = 'direct' | 'forwarder_ru_network' | 'transit_ru_card' | 'iran_network';

const RU_NETS: readonly NetworkName[] = ['ru_broadband', 'by_broadband'];
const IR_NETS: readonly NetworkName[] = ['ir_mobile', 'ir_broadband'];

function sanctioned(rng: Rng, w: World): Purchase {
  const route = rng.weightedPick<Route>([
    ['direct', 25],
    ['forwarder_ru_network', 30],
    ['transit_ru_card', 20],
    ['iran_network', 25],
  ]);
  const at = momentIn(rng, w.window, NIGHT, 3);
  const name = fullName(rng);
  const ru = rng.pick(SANCTIONED_TOWNS);
  const transit = abroadAddress(rng, rng.pick(EXPORT_TOWNS));
  let billing: Address = homeIn(rng, townFor(rng, 'GB'));
  let shipping: Address = rng.pick(FORWARDERS);
  let net: NetworkName = rng.pick(RU_NETS);
  let cards = stolenCards(rng, rng.int(1, 2), 0.2);
  if (route === 'direct') {
    shipping = abroadAddress(rng, ru);
    if (rng.chance(0.5)) net = rng.pick<NetworkName>(['nl_hosting', 'de_hosting', 'ch_privacy_vpn']);
  } else if (route === 'transit_ru_card') {
    billing = abroadAddress(rng, ru);
    shipping = transit;
    net = rng.chance(0.5) ? rng.pick(RU_NETS) : rng.pick<NetworkName>(['kz_dsl', 'ge_dsl', 'tr_dsl']);
    cards = [newCard(rng, ru.country), ...stolenCards(rng, rng.int(0, 1), 0.2)];
  } else if (route === 'iran_network') {
    net = rng.pick(IR_NETS);
    shipping = rng.chance(0.5) ? transit : rng.pick(FORWARDERS);
  }
  const sanctionedCardFirst = cards[0]?.country === 'RU' || cards[0]?.country === 'BY';
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'sanctioned_country',
    lines: linesOf(rng, EXPORT_GOODS, rng.int(1, 3)).map((l) => ({ ...l, quantity: rng.int(1, 4) })),
    fulfilment: shipping.country === 'GB' ? 'home_delivery' : 'export',
    buyer: {
      email: emailFor(rng, name).replace(
        /@.*/,
        `@${rng.pick(['gmail.com', 'mail.ru', 'yandex.ru', 'proton.me'])}`,
      ),
      name,
    },
    billing,
    shipping,
    recipient: `${fullName(rng)} ${rng.pick(['Trading', 'Logistics', 'Auto Parts'])} LLC`,
    ip: ipOn(rng, net, 0.1),
    device: newDevice(rng, rng.pick(['windows', 'android', 'iphone'])),
    attempts: (amount) => {
      const tries = stolenAttempts(rng, amount, { cards, success: 0.6, match: 'wrong' });
      // Cards of Russian and Belarusian banks are refused outright; the buyer then tries a stolen British one.
      if (sanctionedCardFirst && tries[0])
        tries[0] = cardAttempt(rng, cards[0] ?? newCard(rng, 'RU'), amount, {
          ok: false,
          afterMs: tries[0].afterMs,
          match: 'wrong',
          decline: 'restricted_card',
          threeDS: 'not_enrolled',
        });
      return tries;
    },
    later: () =>
      fraudAfter(rng, shipping.country === 'GB' ? 'home_delivery' : 'export', { warning: 0.3, dispute: 0.6 }),
  });
}

export const sanctionedFraud = {
  sanctioned_country: (rng: Rng, w: World, n: number) => Array.from({ length: n }, () => sanctioned(rng, w)),
};
