import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * pt-perfume: "Essência", a Lisbon online perfumery and cosmetics retailer selling in euros to Portugal, Spain,
 * France, Luxembourg and Belgium and in francs to Switzerland, over the weeks before Mother's Day (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'pt-perfume',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        people: customerBase(rng.fork('customers'), window, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_210_000, 9_999, 3],
      orderId: (n) => `ESS${n}`,
      paymentId: (wire) => `psp_${wire.token(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ptPerfumeModel: TrafficModel = {
  name: 'pt-perfume',
  description:
    'A Lisbon online perfumery and cosmetics retailer ("Essência") selling in euros to Portugal, Spain, France, ' +
    'Luxembourg and Belgium and in francs to Switzerland over the three weeks covering the two weeks before ' +
    "Mother's Day in Portugal and Spain (first Sunday of May) and in Switzerland, Luxembourg and Belgium (second " +
    'Sunday): designer and niche fragrances, gift sets, skincare, make-up, e-mailed gift cards and a loyalty club; ' +
    'cards with 3-D Secure, MB Way, Multibanco references, PayPal, Klarna, Apple and Google Pay; CTT, DPD, pick-up ' +
    'points and shop collection in Lisbon and Porto. Bought by children for their mothers (often to another ' +
    'address), emigrants in France, Switzerland and Luxembourg sending presents home, regulars, first-timers, ' +
    'tourists and expats with foreign cards, travellers and VPN users, collectors, make-up artists in bulk and ' +
    'companies; with card testing, stolen cards turned into resale bottles and gift cards, loyalty account ' +
    'takeover, triangulation, friendly fraud, refund abuse, promo farms and orders from sanctioned jurisdictions.',
  generate,
};
