import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { type World } from './build.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase, firms } from './people.js';

/**
 * uk-bullion: "Vyse Street Bullion", a Birmingham precious-metals dealer selling gold and silver coins and bars
 * online in pounds, euros and dollars, over the fortnight of a gold price spike in March (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'uk-bullion',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders): World => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
        firms: firms(rng.fork('firms'), window.start),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [310_000, 9_999, 3],
      orderId: (n) => `VSB-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ukBullionModel: TrafficModel = {
  name: 'uk-bullion',
  description:
    'A Birmingham precious-metals dealer selling gold and silver coins and bars online in pounds, euros and ' +
    'dollars to the UK, Ireland, the EU and a little to the US and the Gulf over two weeks of a gold price spike ' +
    'in March (sovereigns, Britannias, Krugerrands, 1 g to 1 kg bars, silver tubes, vault storage and sell-back; ' +
    'card payments capped per order, bank transfer and open banking for large orders, ID checks for new ' +
    'customers, insured tracked delivery with signature, collection from the Birmingham counter), bought by ' +
    'regular stackers, first-time investors, gift buyers, vault investors, wealth managers, expats, overseas ' +
    'collectors, VPN users and shared households; with stolen cards, card testing, account takeover, reshipping ' +
    'to drop addresses, friendly fraud after the price fell back, social-engineered transfers, vault cash-outs ' +
    'and buyers from sanctioned jurisdictions.',
  generate,
};
