import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { type World } from './build.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';
import { type Purchase } from './purchase.js';

/**
 * fr-electronics: "Ohm & Sillon", a French electronics, appliance and entertainment retailer selling online in
 * euros to France, Belgium, Luxembourg and the overseas departments, and in francs to Switzerland, over the
 * first two weeks of the January winter sales (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream<World, Purchase, keyof typeof HONEST>(
    {
      name: 'fr-electronics',
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
      numbers: [41_200_000, 99_999, 7],
      orderId: (n) => `OS${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const frElectronicsModel: TrafficModel = {
  name: 'fr-electronics',
  description:
    'A French electronics, appliance and entertainment retailer selling online in euros to France, Belgium, ' +
    'Luxembourg, Réunion and Guadeloupe and in francs to Switzerland over the first two weeks of the January ' +
    'winter sales (phones, laptops, TVs, consoles, cameras, small and large appliances, books, vinyl, concert ' +
    'e-tickets and gift cards; home delivery, store pickup within the hour, relay points and two-person delivery; ' +
    'cards with 3-D Secure, Cartes Bancaires, Apple Pay, PayPal, 3x/4x instalments and gift cards), bought by ' +
    'loyalty members, first-time buyers, families, students, companies, overseas and cross-border customers, ' +
    'travellers and VPN users; with card testing, phished and foreign stolen cards, loyalty account takeover, ' +
    'instalment fraud on stolen identities, reshipping mules, gift-card cash-out, refund and friendly fraud, ' +
    'and buyers from sanctioned jurisdictions.',
  generate,
};
