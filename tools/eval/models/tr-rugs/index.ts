import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * tr-rugs: "Arasta Halı & Kilim", an Istanbul dealer of handmade carpets, kilims, cushions and ceramics selling
 * worldwide online in US dollars (some euros and lira), over three autumn weeks from 19 October (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'tr-rugs',
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
      numbers: [410_000, 9_999, 3],
      orderId: (n) => `AHK-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const trRugsModel: TrafficModel = {
  name: 'tr-rugs',
  description:
    'An Istanbul dealer of handmade carpets, kilims, cushions and Iznik-style ceramics selling online worldwide ' +
    'in US dollars (some euros and lira) over three autumn weeks, with free DHL/FedEx shipping and baskets from ' +
    'a cushion cover to a museum-grade silk Hereke: tourists ordering after a visit to the shop (from home or ' +
    'still from their hotel), collectors, interior designers shipping to clients, Turkish buyers paying in ' +
    'instalments, Gulf buyers, gifts, VPN users and travellers; with stolen cards on big rugs sent to freight ' +
    'forwarders, triangulation, account takeover, fake designers, card testing on cushions, not-as-described ' +
    'and friendly chargebacks, and buyers from sanctioned jurisdictions.',
  generate,
};
