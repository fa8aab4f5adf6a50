import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * fr-wine: "Caves des Chartrons", a Bordeaux wine and spirits merchant selling online in euros to twelve
 * countries, over the first sixteen days of December (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'fr-wine',
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
      numbers: [880_000, 9_999, 4],
      orderId: (n) => `CDC-${n}`,
      paymentId: (wire) => `pi_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const frWineModel: TrafficModel = {
  name: 'fr-wine',
  description:
    'A Bordeaux wine and spirits merchant selling online in euros to France, Benelux, Germany, Switzerland, the ' +
    'UK, the US, Hong Kong, Singapore, China and Japan over the weeks before Christmas (mixed cases, grands crus, ' +
    'rare vintages, allocations, en-primeur, Champagne, Cognac, gift boxes, corporate gifts and a wine club; ' +
    'duty-paid or in bond, signature courier or shop pickup), bought by households, gift-givers, collectors at ' +
    'home and in Asia, companies, expats, travellers, VPN and privacy-relay users, shared family devices and ' +
    'forwarder users; with card testing, stolen cards with and without the holder’s details, account takeover of ' +
    'collectors, allocation bots, reshipping mules, triangulation, fake corporate gifts, promo farms, friendly ' +
    'fraud, refund abuse and buyers from sanctioned jurisdictions.',
  generate,
};
