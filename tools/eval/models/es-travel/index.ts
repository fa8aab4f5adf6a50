import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { companies, customerBase } from './people.js';

/**
 * es-travel: "Viajes Sol de Invierno", a Madrid online travel agency selling flights, hotels, packages, rail,
 * car hire and travel gift cards in euros over the fortnight up to Christmas Eve (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'es-travel',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
        companies: companies(rng.fork('companies'), window.start),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_610_000, 99_999, 6],
      orderId: (n) => `VSI-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const esTravelModel: TrafficModel = {
  name: 'es-travel',
  description:
    'A Madrid online travel agency selling in euros over the two weeks up to Christmas Eve (flights within Spain, ' +
    'to the Canaries and Balearics, Europe, Morocco and Latin America; hotels, packages, rail, car hire, travel ' +
    'gift cards and post-booking extras), bought by Spanish families, students going home, Latin American, ' +
    'Moroccan and Romanian residents booking for relatives, company travel bookers, Spaniards and Britons in the ' +
    'UK and Portugal, stranded travellers abroad, points redeemers and VPN fare hunters, paying by card with 3-D ' +
    'Secure, Apple/Google Pay, PayPal, Bizum, MB WAY, seQura instalments or transfer; with ticket-resale rings ' +
    'booking same-day departures on stolen cards, loyalty account takeover, card testing on seat and bag fees, ' +
    'triangulation by fake cheap-flight sites, stolen-card hotel stays, gift-card cashing, friendly fraud after ' +
    'the trip and buyers from sanctioned jurisdictions.',
  generate,
};
