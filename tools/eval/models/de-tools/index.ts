import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * de-tools: "Werkzeughaus Neckar", a Stuttgart online DIY, power-tool and garden-machinery retailer selling in
 * euros, francs and złoty to eight countries over four weeks of the spring garden season (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'de-tools',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        accounts: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_120_000, 9_999, 6],
      orderId: (n) => `WHN-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const deToolsModel: TrafficModel = {
  name: 'de-tools',
  description:
    'A Stuttgart online DIY, power-tool and garden-machinery retailer selling in euros to Germany, Austria, the ' +
    'Netherlands, Belgium, Luxembourg and France and in francs and złoty to Switzerland and Poland over four weeks ' +
    'of the spring garden season (cordless kits and batteries, robot mowers, chainsaws, pressure washers, workshop ' +
    'machines, generators, tool sets, vouchers; PayPal, Klarna invoice and instalments, SEPA debit, Sofort, ' +
    'giropay, local methods, 3-D Secure cards, trade invoice; DHL, Packstation, freight, shop collection), bought ' +
    'by hobbyists, allotment gardeners, trades on invoice terms, instalment buyers, gift-givers, travellers, VPN ' +
    'users, Swiss border shoppers, expats, shared households and payers who fail before they succeed; with card ' +
    'testing, stolen cards (sloppy and careful crews), account takeover, SEPA debit and Klarna invoice fraud in ' +
    'other people’s names, fake trade accounts, refund abuse, friendly fraud and buyers from sanctioned ' +
    'jurisdictions.',
  generate,
};
