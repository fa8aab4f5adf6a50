import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ph-topups: "LoadBayan", a Manila online store for prepaid load, data promos, game credits, bills payment and
 * digital gift cards, selling in pesos across the Philippines and to OFWs abroad, over the fourteen days from the
 * 15 December payday to the Monday after Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ph-topups',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_210_000, 9_999, 3],
      orderId: (n) => `LB-${n}`,
      paymentId: (wire) => `pi_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const phTopupsModel: TrafficModel = {
  name: 'ph-topups',
  description:
    'A Manila online store for prepaid mobile load, data promos, game credits (Mobile Legends diamonds, Steam, ' +
    'PlayStation, Garena), bills payment and digital gift cards, selling in pesos across the Philippines and to ' +
    'overseas Filipino workers in the Gulf, Hong Kong, Singapore, the US and Italy over the two weeks of Christmas ' +
    'and 13th-month pay (GCash, Maya, GrabPay, 3-D Secure cards, 7-Eleven cash codes, online banking; instant ' +
    'delivery to a number, a player id or an inbox), bought by households, families, players, OFWs, godparents, ' +
    'sari-sari loading agents, companies, travellers and balikbayans, VPN users, shared phones and pisonet PCs, and ' +
    'expats; with card testing, careless stolen cards, phished cards with their OTPs, account takeover, the ' +
    'discounted-bills scam, promo farms, friendly fraud and buyers from sanctioned jurisdictions.',
  generate,
};
