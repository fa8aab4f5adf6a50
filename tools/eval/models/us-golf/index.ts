import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * us-golf: "Lone Star Links", a Texas online golf retailer selling in US dollars to the 50 states and a little to
 * Canada, Mexico and the UK over the three weeks before Father's Day (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-golf',
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
      numbers: [412_000, 9_999, 3],
      orderId: (n) => `LSL-${n}`,
      paymentId: (wire) => `pi_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usGolfModel: TrafficModel = {
  name: 'us-golf',
  description:
    'A Texas online golf retailer selling in US dollars to the 50 states and a little to Canada, Mexico and the UK ' +
    'over the three weeks before Father’s Day (drivers, iron sets, putters, balls by the dozen, launch monitors, ' +
    'rangefinders, golf carts and push carts, apparel, gift cards; custom-fit clubs built to order, trade-ins, price ' +
    'matching, Affirm, Klarna, PayPal, Apple Pay and cards with AVS, pickup at four Texas shops, fittings, corporate ' +
    'tournament orders, shipping to resorts and country clubs), bought by golfers, Father’s Day gift-givers at home ' +
    'and abroad, members, fitted players, travellers, cross-border buyers, VPN and Private Relay users, families ' +
    'sharing devices and cards, and companies; with card testing, sloppy reshipping and careful full-details stolen ' +
    'cards, account takeover, gift-card cash-outs, triangulation, friendly fraud, return fraud and buyers from ' +
    'sanctioned jurisdictions.',
  generate,
};
