import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * fi-sauna: a Finnish maker and online retailer of sauna stoves, sauna kits, hot tubs and sauna accessories,
 * over five spring weeks from mid-April 2026 to Ascension (README.md).
 */

/** Monday 13 April 2026, 00:00 in Helsinki (UTC+3). */
export const START = Date.UTC(2026, 3, 12, 21);
export const DAYS = 35;
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'fi-sauna',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => customerBase(rng.fork('customers'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_200, 999, 3],
      orderId: (n) => `KS-${n}`,
      paymentId: (wire) => `ptr_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const fiSaunaModel: TrafficModel = {
  name: 'fi-sauna',
  description:
    'A Finnish maker and online retailer of wood and electric sauna stoves, barrel and garden sauna kits, hot ' +
    'tubs, sauna accessories and outdoor-kitchen gear selling in euros to Finland, the Baltics, Germany and the ' +
    'Netherlands, in kronor to Sweden and Norway and in dollars to the US and Canada over the spring weeks when ' +
    'cottages are readied (online-bank buttons, MobilePay, Swish, Vipps, iDEAL, cards with 3-D Secure, Klarna, ' +
    'instalments, invoices for installers and housing associations, PayPal; freight with a delivery slot, Posti ' +
    'lockers); with card testing, stolen cards, account takeover, phished online-bank logins, buy-now-pay-later ' +
    'identity theft, fake company invoices, friendly fraud and buyers from sanctioned countries via forwarders.',
  generate,
};
