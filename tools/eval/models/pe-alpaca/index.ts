import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest-kinds.js';
import { worldOf } from './world.js';

/**
 * pe-alpaca: "Sumaq Fibra", a Lima shop for alpaca and vicuña textiles selling online in US dollars abroad and
 * in soles at home, over five weeks of the northern autumn and the run-up to Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'pe-alpaca',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: worldOf,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 9_999, 3],
      orderId: (n) => `SF-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const peAlpacaModel: TrafficModel = {
  name: 'pe-alpaca',
  description:
    'A Lima shop for alpaca and vicuña textiles (baby and royal alpaca sweaters, scarves, wraps, ponchos, ' +
    'throws, yarn and vicuña pieces) selling online in US dollars to the US, Canada, Germany, the UK, Japan, ' +
    'Australia and a little to the rest of Europe, and in soles to Peru, over five weeks of the northern autumn ' +
    'with a Cyber Wow sale, Black Friday and the December gift rush: cards through a Peruvian acquirer with ' +
    '3-D Secure, PayPal, Yape and bank transfers, DHL Express abroad and couriers at home; bought by Peruvians ' +
    'at home and abroad, returning customers, tourists back home reordering what they saw in Cusco and tourists ' +
    'still on hotel wifi, gift-givers shipping to another country, boutiques buying wholesale, companies’ ' +
    'Christmas gifts, knitters and vicuña clients; with stolen US cards buying vicuña for resale, card testing ' +
    'on cheap accessories, account takeover, freight-forwarder drops, triangulation, friendly fraud, promotion ' +
    'farms of new accounts and buyers from sanctioned jurisdictions.',
  generate,
};
