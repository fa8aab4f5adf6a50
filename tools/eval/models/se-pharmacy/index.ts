import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * se-pharmacy: "Apoteket Norrsken", a Swedish online pharmacy and health & beauty store selling in kronor to
 * Sweden, in euros to Finland and in kroner to Norway and Denmark, over three weeks of January cold-and-flu
 * season (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'se-pharmacy',
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
      numbers: [5_200_000, 9_999, 3],
      orderId: (n) => `AN${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const sePharmacyModel: TrafficModel = {
  name: 'se-pharmacy',
  description:
    'A Swedish online pharmacy and health & beauty store selling in kronor to Sweden, in euros to Finland and in ' +
    'kroner to Norway and Denmark over three weeks of January cold-and-flu season (over-the-counter medicines ' +
    'with painkiller limits, BankID prescriptions, vitamins, skincare, baby products, travel kits, electric ' +
    'toothbrushes, hair tools, e-mailed gift cards; Swish, 3-D Secure cards, Klarna, Trustly, Apple/Google Pay; ' +
    'lockers, evening home delivery and partner shops), bought by the sick and their families, regulars, parents, ' +
    'relatives of the elderly, Finns, Finland-Swedes, Norwegian border shoppers, Danes, Swedes wintering in Spain ' +
    'and Thailand, sun travellers, gift-givers, VPN users and small workplaces; with card testing, stolen cards ' +
    'for resale, Klarna in stolen identities, account takeover by credential stuffing and BankID scams, gift-card ' +
    'fraud, friendly fraud, refund abuse, welcome-code farms and buyers in sanctioned jurisdictions.',
  generate,
};
