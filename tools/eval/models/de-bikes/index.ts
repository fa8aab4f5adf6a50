import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest, sharedAddresses } from './honest.js';
import { customerBase } from './people.js';

/**
 * de-bikes: "Radwerk", a German bicycle and e-bike retailer selling online in euros to nine European countries
 * over the last two weeks of March 2027, with its Easter sale (README.md).
 */

/** Thursday 18 March 2027, 00:00 in Germany (CET). */
export const START = Date.UTC(2027, 2, 17, 23);
export const DAYS = 14;
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'de-bikes',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        base: customerBase(rng.fork('customers'), window.start, orders),
        shared: sharedAddresses(rng.fork('shared')),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [5_210_000, 9_999, 3],
      orderId: (n) => `RW${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const deBikesModel: TrafficModel = {
  name: 'de-bikes',
  description:
    'A German bicycle and e-bike retailer selling online in euros to Germany, Austria, Switzerland, the ' +
    'Netherlands, Belgium, Denmark, Sweden, France and Italy over the last two weeks of March with its Easter ' +
    'sale (e-bikes and cargo e-bikes, road, gravel and kids’ bikes, batteries, motors and groupsets, helmets, ' +
    'locks, clothing, workshop bookings; freight to the door, parcels, Packstations or collection in six shops; ' +
    'cards with 3-D Secure, PayPal, Klarna, SEPA debit, iDEAL, TWINT, transfers and company bike leasing), ' +
    'bought by regulars, first-time buyers, e-bike and cargo-bike families, leasing employees, gift-givers, ' +
    'Swiss buyers using German border addresses, travellers, VPN users, carrier-NAT crowds, clubs and fleets; ' +
    'with stolen-card e-bike orders to drops, card testing, battery reshipping, Klarna and SEPA identity fraud, ' +
    'account takeover, false non-delivery claims, refund abuse, Easter-voucher farming and buyers from ' +
    'sanctioned jurisdictions.',
  generate,
};
